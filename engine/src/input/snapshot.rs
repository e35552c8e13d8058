//! A corpus folder as the editor carries it: the decoded articles and the text of its metadata and
//! curation files, packed at build time so the editor compiles the facts as the build does.
use crate::corpus::Source;

/// What the editor starts from; every change it makes is written over `articles` and `curation`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Snapshot {
    pub articles: String,
    pub curation: String,
    /// Decoded and cleaned, without metadata (`curation_apply::compile_texts` applies it).
    pub sources: Vec<Source>,
}

fn put(out: &mut Vec<u8>, text: &str) {
    out.extend_from_slice(&(text.len() as u32).to_le_bytes());
    out.extend_from_slice(text.as_bytes());
}

/// Packs `snapshot` as length-prefixed strings.
pub fn encode(snapshot: &Snapshot) -> Vec<u8> {
    let mut out = Vec::new();
    put(&mut out, &snapshot.articles);
    put(&mut out, &snapshot.curation);
    for s in &snapshot.sources {
        put(&mut out, &s.file);
        put(&mut out, &s.text);
    }
    out
}

/// Unpacks what `encode` wrote; `None` for anything else.
pub fn decode(mut bytes: &[u8]) -> Option<Snapshot> {
    let mut take = || -> Option<String> {
        let len = u32::from_le_bytes(bytes.get(..4)?.try_into().ok()?) as usize;
        let text = std::str::from_utf8(bytes.get(4..4 + len)?).ok()?.to_string();
        bytes = &bytes[4 + len..];
        Some(text)
    };
    let (articles, curation) = (take()?, take()?);
    let mut sources = Vec::new();
    while let Some(file) = take() {
        sources.push(Source { file, text: take()?, ..Source::default() });
    }
    Some(Snapshot { articles, curation, sources })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_snapshot_unpacks_to_what_was_packed() {
        let s = Snapshot {
            articles: "[[article]]\n".into(),
            curation: String::new(),
            sources: vec![Source { file: "a.txt".into(), text: "Ann Lee, 43, said…".into(), ..Source::default() }],
        };
        assert_eq!(decode(&encode(&s)), Some(s));
        assert_eq!(decode(&[1, 0]), None);
    }
}
