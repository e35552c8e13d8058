//! The command line's output formats: JSON (the whole model) and CSV (one row per fact).
use crate::model::{Facts, Mention};

pub fn json(facts: &Facts) -> String {
    serde_json::to_string_pretty(facts).unwrap_or_default()
}

fn cell(text: &str) -> String {
    // a leading =, +, - or @ would run as a formula in a spreadsheet
    let text = if text.starts_with(['=', '+', '-', '@']) { format!("'{text}") } else { text.to_string() };
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

/// One row per person and per figure: kind, id, name or label, value, unit, qualifier, subject,
/// role, aliases, outlets, mentions, documents.
pub fn csv(facts: &Facts) -> String {
    let mut out = String::from("kind,id,name_or_label,value,unit,qualifier,subject,role,aliases,outlets,mentions,documents\n");
    for p in &facts.people {
        let row = [
            "person".to_string(),
            p.id.clone(),
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
    for f in &facts.figures {
        let row = [
            "figure".to_string(),
            f.id.clone(),
            f.label.clone(),
            f.value.to_string(),
            f.unit.clone(),
            f.qualifier.words().to_string(),
            f.subject.clone().unwrap_or_default(),
            String::new(),
            String::new(),
            f.outlets.to_string(),
            f.mentions.len().to_string(),
            docs(&f.mentions),
        ];
        out.push_str(&row.iter().map(|c| cell(c)).collect::<Vec<_>>().join(","));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_cells_are_quoted_and_defused() {
        assert_eq!(cell("a, \"b\""), "\"a, \"\"b\"\"\"");
        assert_eq!(cell("=HYPERLINK(1)"), "'=HYPERLINK(1)");
    }
}
