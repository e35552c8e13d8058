//! How the explorer is hosted: standalone, in an iframe (`?embed`) or as a script embed, with the
//! options a newsroom sets by URL query or element attributes. Anything unknown is ignored.
use super::url::{parse, ViewState};
use factlens_engine::model::CardId;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub fn parse(s: &str) -> Theme {
        match s {
            "light" => Theme::Light,
            "dark" => Theme::Dark,
            _ => Theme::Auto,
        }
    }

    /// The `data-theme` value the stylesheet reads; none for auto.
    pub fn attr(self) -> Option<&'static str> {
        match self {
            Theme::Auto => None,
            Theme::Light => Some("light"),
            Theme::Dark => Some("dark"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Config {
    /// Inside an iframe: post the content height to the parent, less chrome.
    pub embed: bool,
    pub compact: bool,
    pub transparent: bool,
    /// The story's title and intro above the explorer; a host page that shows its own says `heading=0`.
    pub heading: bool,
    pub theme: Theme,
    /// Card ids shown first, whatever the sort.
    pub pinned: Vec<CardId>,
    /// Whether the view is read from and written to the page's location hash.
    pub sync_url: bool,
    /// The hash is a host page's (script embed): only its `factlens=` part is the explorer's.
    pub shared_hash: bool,
    /// The view to start from when the URL has none: `q=...&kind=...` as in the hash.
    pub initial: ViewState,
}

fn flag(v: &str) -> bool {
    !matches!(v, "0" | "false" | "no" | "off")
}

/// Reads options from `key=value` pairs (a URL query or element attributes with `data-` removed).
// A slice, not any iterator: the page and the script embed would each instantiate its own copy.
pub fn from_pairs(pairs: &[(String, String)], standalone: bool) -> Config {
    let mut c = Config { sync_url: standalone, shared_hash: !standalone, heading: true, ..Config::default() };
    for (k, v) in pairs {
        let v = v.as_str();
        match k.as_str() {
            "embed" => c.embed = flag(v),
            "compact" => c.compact = flag(v),
            "transparent" => c.transparent = flag(v),
            "heading" | "title" => c.heading = flag(v),
            "theme" => c.theme = Theme::parse(v),
            "pinned" | "pin" => {
                c.pinned = v.split(',').map(str::trim).filter(|id| !id.is_empty() && id.len() <= 200).take(20).map(CardId::new).collect()
            }
            "sync-url" | "sync_url" => c.sync_url = flag(v),
            "view" => c.initial = parse(v),
            _ => {}
        }
    }
    c
}

/// Reads a URL query string (`?embed&theme=dark&view=kind%3Dfigure`).
pub fn from_query(query: &str) -> Config {
    let pairs: Vec<(String, String)> = query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, "1"));
            (k.to_string(), percent_decode(v))
        })
        .collect();
    from_pairs(&pairs, true)
}

fn percent_decode(v: &str) -> String {
    // the hash parser already decodes forgivingly: reuse it through a one-key hash
    parse(&("q=".to_string() + v)).query.text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_options_are_read_and_unknown_ones_ignored() {
        let c = from_query("?embed&theme=dark&compact=0&pinned=a,b,,c&view=kind%3Dfigure%26q%3Dprisoners&evil=%3Cscript%3E");
        assert!(c.embed && !c.compact && c.sync_url && c.heading);
        assert!(!from_query("?embed&heading=0").heading && !from_pairs(&[("title".into(), "no".into())], false).heading);
        assert!(from_pairs(&[("theme".into(), "dark".into())], false).heading, "embeds show the story's title unless asked not to");
        assert_eq!(c.theme, Theme::Dark);
        assert_eq!(c.pinned, ["a", "b", "c"]);
        assert_eq!(c.initial.query.text, "prisoners");
        assert!(c.initial.query.kinds.contains(&crate::state::catalog::CardKind::Figure));
    }

    #[test]
    fn script_embeds_do_not_touch_the_host_url_unless_asked() {
        assert!(!from_pairs(&[("theme".into(), "light".into())], false).sync_url);
        assert!(from_pairs(&[("sync-url".into(), "".into())], false).sync_url);
        assert_eq!(from_pairs(&[("theme".into(), "purple".into())], false).theme, Theme::Auto);
    }
}
