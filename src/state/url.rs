//! The view in the URL hash (`#q=...&kind=figure&open=...`), read forgivingly: unknown, garbled or
//! oversized parts are dropped, never a panic.
use super::catalog::CardKind;
use super::query::{Query, Sort};
use factlens_engine::model::{CardId, DocId};

/// Longer hashes are not ours (or are hostile): ignore them whole.
pub const MAX_HASH: usize = 4096;
const MAX_VALUE: usize = 512;

/// The quote opened in the source view: a document and the byte offset of the sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceRef {
    pub doc: DocId,
    pub start: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ViewState {
    pub query: Query,
    pub open: Option<CardId>,
    pub source: Option<SourceRef>,
}

fn decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = s.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else if b == b' ' {
            out.push('+');
        } else {
            let hex = b"0123456789ABCDEF";
            out.push('%');
            out.push(hex[usize::from(b >> 4)] as char);
            out.push(hex[usize::from(b & 15)] as char);
        }
    }
    out
}

fn id_like(s: &str) -> bool {
    !s.is_empty() && s.len() <= 200 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// Reads a location hash (with or without the leading `#`).
pub fn parse(hash: &str) -> ViewState {
    let mut state = ViewState::default();
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    if hash.len() > MAX_HASH {
        return state;
    }
    for pair in hash.split('&') {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let Some(v) = decode(v).filter(|v| v.len() <= MAX_VALUE) else { continue };
        match k {
            "q" => state.query.text = v.chars().filter(|c| !c.is_control()).collect(),
            "kind" => {
                state.query.kinds.extend(v.split(',').filter_map(CardKind::parse));
            }
            "outlet" => {
                // no outlet name holds control characters or the separator; repeated pairs add up to
                // what one written pair can carry back (50 names, MAX_VALUE bytes joined)
                for name in v.split('|').filter(|o| !o.is_empty() && !o.chars().any(char::is_control)) {
                    let joined: usize = state.query.outlets.iter().map(|o| o.len() + 1).sum::<usize>() + name.len();
                    if state.query.outlets.len() < 50 && joined <= MAX_VALUE {
                        state.query.outlets.insert(name.to_string());
                    }
                }
            }
            "contested" => state.query.contested = v == "1",
            "sort" => state.query.sort = Sort::parse(&v).unwrap_or_default(),
            "open" if id_like(&v) => state.open = Some(CardId::new(v)),
            "src" => {
                if let Some((doc, start)) = v.rsplit_once(':') {
                    if let (true, Ok(start)) = (id_like(doc), start.parse::<usize>()) {
                        state.source = Some(SourceRef { doc: DocId::new(doc), start });
                    }
                }
            }
            _ => {}
        }
    }
    state
}

/// The explorer's part of a host page's hash when it is embedded there (`#intro&factlens=q%3Dx`):
/// the page's own anchors and pairs stay the page's.
const EMBED_KEY: &str = "factlens=";

/// The view a location hash holds for the explorer: the whole hash on its own page, only the
/// `factlens=` part in a host page (None when the hash has none, e.g. after an in-page anchor link).
pub fn view_part(hash: &str, shared: bool) -> Option<String> {
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    if !shared {
        return Some(hash.to_string());
    }
    hash.split('&').find_map(|p| p.strip_prefix(EMBED_KEY)).map(|v| decode(v).unwrap_or_default())
}

/// The hash (without `#`) that shows `view`: all of it on the explorer's own page; in a host page,
/// its `factlens=` part replaced (or dropped for the default view) and every other part kept.
pub fn with_view(hash: &str, view: &str, shared: bool) -> String {
    if !shared {
        return view.to_string();
    }
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    let mut parts: Vec<String> = hash.split('&').filter(|p| !p.is_empty() && !p.starts_with(EMBED_KEY)).map(str::to_string).collect();
    if !view.is_empty() {
        parts.push(EMBED_KEY.to_string() + &encode(view));
    }
    parts.join("&")
}

/// Writes the hash for `state` (without `#`); the default view is the empty string.
pub fn format(state: &ViewState) -> String {
    let q = &state.query;
    // "key=value" pairs joined by "&", written by hand rather than with `format!` (wasm weight)
    let mut out = String::new();
    let mut part = |key: &str, value: &str| {
        if !out.is_empty() {
            out.push('&');
        }
        out.push_str(key);
        out.push('=');
        out.push_str(value);
    };
    if !q.text.is_empty() {
        part("q", &encode(&q.text));
    }
    if !q.kinds.is_empty() {
        part("kind", &q.kinds.iter().map(|k| k.as_str()).collect::<Vec<_>>().join(","));
    }
    if !q.outlets.is_empty() {
        part("outlet", &encode(&q.outlets.iter().cloned().collect::<Vec<_>>().join("|")));
    }
    if q.contested {
        part("contested", "1");
    }
    if q.sort != Sort::default() {
        part("sort", q.sort.as_str());
    }
    if let Some(open) = &state.open {
        part("open", &encode(open.as_str()));
    }
    if let Some(src) = &state.source {
        let mut at = encode(src.doc.as_str());
        at.push(':');
        crate::format::integer(&mut at, src.start as u64);
        part("src", &at);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_full_view_round_trips() {
        let mut state = ViewState::default();
        state.query.text = "Kalesnikava & co, 1,227 ✓".into();
        state.query.kinds.insert(CardKind::Figure);
        state.query.kinds.insert(CardKind::Place);
        state.query.outlets.insert("Daily | A".into());
        state.query.outlets.insert("B&B".into());
        state.query.contested = true;
        state.query.sort = Sort::Value;
        state.open = Some("maria-kalesnikava".into());
        state.source = Some(SourceRef { doc: "000_abc".into(), start: 42 });
        let hash = format(&state);
        let back = parse(&format!("#{hash}"));
        assert_eq!(back.query.text, state.query.text);
        assert_eq!(back.query.kinds, state.query.kinds);
        assert_eq!(back.open, state.open);
        assert_eq!(back.source, state.source);
        assert_eq!(back.query.sort, Sort::Value);
        assert!(back.query.contested);
    }

    #[test]
    fn garbled_and_unknown_parts_are_ignored() {
        let s = parse("#q=%E2%28&kind=robot,person,organisation&sort=sideways&open=<script>&src=x:y&zzz=1&contested=yes");
        assert_eq!(s.query.text, "");
        assert_eq!(s.query.kinds.iter().copied().collect::<Vec<_>>(), [CardKind::Person, CardKind::Organisation]);
        assert_eq!(s.query.sort, Sort::Reported);
        assert_eq!((s.open, s.source), (None, None));
        assert!(!s.query.contested);
    }

    #[test]
    fn in_a_host_page_only_the_factlens_part_is_ours() {
        let view = "q=a+b&kind=person";
        let hash = with_view("#intro&tab=2", view, true);
        assert_eq!(hash, "intro&tab=2&factlens=q%3Da%2Bb%26kind%3Dperson");
        assert_eq!(view_part(&hash, true).as_deref(), Some(view));
        assert_eq!(parse(&view_part(&hash, true).unwrap()).query.text, "a b");
        // a later view replaces ours and keeps the page's; the default view leaves only the page's
        assert_eq!(with_view(&hash, "kind=figure", true), "intro&tab=2&factlens=kind%3Dfigure");
        assert_eq!(with_view(&hash, "", true), "intro&tab=2");
        // an in-page anchor link: no view for us, so the explorer keeps the one it shows
        assert_eq!(view_part("#section-3", true), None);
        // the explorer's own page owns the whole hash
        assert_eq!(with_view("#anything", view, false), view);
        assert_eq!(view_part("#q=x", false).as_deref(), Some("q=x"));
    }

    #[test]
    fn a_state_read_from_any_hash_writes_back_to_itself() {
        // found by the url_hash fuzz target: repeated outlet pairs with NUL bytes and "+"
        for bytes in [&include_bytes!("testdata/url_hash_crash_1.bin")[..], &include_bytes!("testdata/url_hash_crash_2.bin")[..]] {
            let state = parse(std::str::from_utf8(bytes).unwrap());
            assert!(state.query.outlets.len() <= 50 && state.query.outlets.iter().all(|o| !o.chars().any(char::is_control)));
            assert_eq!(parse(&format(&state)), state);
        }
    }

    #[test]
    fn oversized_hashes_are_ignored_whole() {
        let s = parse(&format!("#q=a&open={}", "x".repeat(MAX_HASH)));
        assert_eq!(s, ViewState::default());
    }

    proptest! {
        #[test]
        fn any_hash_parses_without_panic(hash in ".{0,600}") {
            let _ = parse(&hash);
        }

        #[test]
        fn host_hashes_keep_their_own_parts(own in "[a-z0-9=_-]{0,20}", text in "[^\\p{Cc}]{0,40}") {
            let mut state = ViewState::default();
            state.query.text = text;
            let hash = with_view(&own, &format(&state), true);
            prop_assert_eq!(parse(&view_part(&hash, true).unwrap_or_default()), state);
            if !own.is_empty() && !own.starts_with("factlens=") {
                prop_assert!(hash.starts_with(own.as_str()));
            }
        }

        #[test]
        fn formatted_states_parse_back(text in "[^\\p{Cc}]{0,80}", open in "[a-z0-9-]{1,30}", start in 0usize..100_000) {
            let mut state = ViewState::default();
            state.query.text = text;
            state.open = Some(CardId::new(open));
            state.source = Some(SourceRef { doc: "doc-1".into(), start });
            prop_assert_eq!(parse(&format(&state)), state);
        }
    }
}
