//! The command line's output formats: JSON (the whole model) and CSV (one row per fact).
use crate::model::{Facts, Mention};

/// Every number of the export is finite: JSON has no infinity or NaN (serde_json would write null,
/// a figure without a value), and a spreadsheet would read "inf" as text.
fn finite(facts: &Facts) -> Result<(), String> {
    if let Some(f) = facts.figures.iter().find(|f| !f.value.is_finite()) {
        return Err(format!("figure {} has no finite value ({})", f.id, f.value));
    }
    match facts.checks.iter().find(|c| !c.sum.is_finite()) {
        Some(c) => Err(format!("check {} has no finite sum ({})", c.id, c.sum)),
        None => Ok(()),
    }
}

/// The whole model as JSON, or why it cannot be written.
pub fn json(facts: &Facts) -> Result<String, String> {
    finite(facts)?;
    to_json(facts)
}

fn to_json(value: &impl serde::Serialize) -> Result<String, String> {
    serde_json::to_string_pretty(value).map_err(|e| e.to_string())
}

fn cell(text: &str) -> String {
    // a leading =, +, - or @ would run as a formula in a spreadsheet, and so would one after a
    // leading tab or carriage return, which spreadsheets skip
    let text = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{text}") } else { text.to_string() };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

fn docs(mentions: &[Mention]) -> String {
    let mut ids: Vec<&str> = mentions.iter().map(|m| m.doc.as_str()).collect();
    ids.dedup();
    ids.join(" ")
}

/// One row per person, organisation, place and figure: kind, id, name or label, value, unit, qualifier, subject,
/// role, aliases, outlets, mentions, documents; or why it cannot be written.
pub fn csv(facts: &Facts) -> Result<String, String> {
    finite(facts)?;
    let mut out = String::from("kind,id,name_or_label,value,unit,qualifier,subject,role,aliases,outlets,mentions,documents\n");
    for p in &facts.people {
        let row = [
            "person".to_string(),
            p.id.to_string(),
            p.name.clone(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            p.role.clone().unwrap_or_default(),
            p.aliases.join("; "),
            p.outlets.to_string(),
            p.mentions.len().to_string(),
            docs(&p.mentions),
        ];
        out.push_str(&row.iter().map(|c| cell(c)).collect::<Vec<_>>().join(","));
        out.push('\n');
    }
    for (kind, entities) in [("organisation", &facts.organisations), ("place", &facts.places)] {
        for e in entities {
            let (outlets, mentions) = (e.outlets.to_string(), e.mentions.len().to_string());
            let row = [kind, e.id.as_str(), &e.name, "", "", "", "", "", &e.aliases.join("; "), &outlets, &mentions, &docs(&e.mentions)];
            out.push_str(&row.iter().map(|c| cell(c)).collect::<Vec<_>>().join(","));
            out.push('\n');
        }
    }
    for f in &facts.figures {
        let row = [
            "figure".to_string(),
            f.id.to_string(),
            f.label.clone(),
            f.value.to_string(),
            f.unit.clone(),
            f.qualifier.words().to_string(),
            f.subject.as_ref().map(ToString::to_string).unwrap_or_default(),
            String::new(),
            String::new(),
            f.outlets.to_string(),
            f.mentions.len().to_string(),
            docs(&f.mentions),
        ];
        out.push_str(&row.iter().map(|c| cell(c)).collect::<Vec<_>>().join(","));
        out.push('\n');
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_cells_are_quoted_and_defused() {
        assert_eq!(cell("a, \"b\""), "\"a, \"\"b\"\"\"");
        assert_eq!(cell("=HYPERLINK(1)"), "'=HYPERLINK(1)");
        assert_eq!(cell("\t=1+1"), "'\t=1+1");
        assert_eq!(cell("\r=1+1"), "\"'\r=1+1\"");
    }

    #[test]
    fn a_number_json_cannot_hold_is_an_error_not_null() {
        let mut facts = Facts::default();
        facts.figures.push(crate::model::Figure {
            id: "f".into(),
            value: f64::INFINITY,
            display: "9".into(),
            unit: "people".into(),
            qualifier: crate::model::Qualifier::Exact,
            label: "people".into(),
            subject: None,
            outlets: 1,
            mentions: vec![],
        });
        assert_eq!(json(&facts), Err("figure f has no finite value (inf)".into()));
        assert!(csv(&facts).is_err());
        facts.figures[0].value = 9.0;
        assert!(json(&facts).is_ok_and(|j| j.contains("\"value\": 9.0")));
    }

    #[test]
    fn a_value_serde_cannot_write_is_an_error_not_an_empty_export() {
        struct Unwritable;
        impl serde::Serialize for Unwritable {
            fn serialize<S: serde::Serializer>(&self, _: S) -> Result<S::Ok, S::Error> {
                Err(serde::ser::Error::custom("cannot be written"))
            }
        }
        assert_eq!(to_json(&Unwritable), Err("cannot be written".into()));
    }
}
