//! The name an article's outlet goes by on the page: the one the engine found, else the start of its
//! headline as a quoted title, never "No outlet named".
use factlens::state::catalog::outlet_name;
use factlens_engine::model::Document;

fn doc(title: &str, outlet: Option<&str>) -> Document {
    Document {
        id: "a".into(),
        file: "a.txt".into(),
        title: title.into(),
        outlet: outlet.map(str::to_string),
        date: None,
        url: None,
        text: String::new(),
    }
}

#[test]
fn a_named_outlet_is_its_name_and_an_unnamed_one_a_short_quoted_headline() {
    assert_eq!(outlet_name(&doc("Harbour Strike Ends", Some("Reuters"))), "Reuters");
    assert_eq!(outlet_name(&doc("Harbour Strike Ends", None)), "“Harbour Strike Ends”");
    // about 32 characters of whole words, then "…"
    assert_eq!(
        outlet_name(&doc("Belarus Releases 123 Political Prisoners, Including Nobel Laureate", None)),
        "“Belarus Releases 123 Political…”"
    );
    // no "of", "the" or "in" left dangling, nor a comma
    assert_eq!(outlet_name(&doc("Dockers of Portvale vote to end the strike in the harbour", None)), "“Dockers of Portvale vote to end…”");
    assert_eq!(outlet_name(&doc("Dockers, unions and the port authority agree a deal", None)), "“Dockers, unions and the port…”");
    for title in ["", "x", "An extraordinarily-long-single-hyphenated-compound-word-headline here"] {
        let name = outlet_name(&doc(title, None));
        assert!(!name.contains("No outlet") && name.starts_with('“'), "{title}: {name}");
    }
}
