//! The cards' markup, written as text: a card is one string of HTML that the browser parses in one
//! go, instead of a tree of yew nodes built element by element.
// Why text: every element a yew `html!` block builds costs its own wasm code (the card views were
// the largest functions in the bundle), and drawing many cards at once (clearing a search) was
// mostly yew creating elements one call at a time. Buttons and links carry `data-act`, and one
// listener on the explorer's root answers them (components/delegate.rs).
pub mod card;
mod figure;
mod named;
pub mod results;
pub mod source;

/// HTML being written. Whatever comes from the articles or the facts goes through `text`, which
/// escapes it for element content and quoted attribute values alike; only the code's own literals
/// go through `tag`.
#[derive(Default)]
pub struct Markup(String);

impl Markup {
    /// Markup the code writes itself: tags, attribute names, classes.
    // Never inlined, here and below: inlined, each of the cards' hundred calls grew by a copy of
    // `push_str` (a few KB of wasm in all).
    #[inline(never)]
    pub fn tag(&mut self, s: &str) -> &mut Self {
        self.0.push_str(s);
        self
    }

    /// Text from the corpus or the facts: shown as text, never read as markup.
    #[inline(never)]
    pub fn text(&mut self, s: &str) -> &mut Self {
        let mut rest = s;
        while let Some(at) = rest.find(['&', '<', '>', '"', '\'']) {
            self.0.push_str(&rest[..at]);
            self.0.push_str(match rest.as_bytes()[at] {
                b'&' => "&amp;",
                b'<' => "&lt;",
                b'>' => "&gt;",
                b'"' => "&quot;",
                _ => "&#39;",
            });
            rest = &rest[at + 1..];
        }
        self.0.push_str(rest);
        self
    }

    /// A whole number.
    #[inline(never)]
    pub fn num(&mut self, n: usize) -> &mut Self {
        crate::format::integer(&mut self.0, n as u64);
        self
    }

    /// `<tag class="...">text</tag>`, the most common shape.
    #[inline(never)]
    pub fn el(&mut self, open: &str, text: &str, close: &str) -> &mut Self {
        self.tag(open).text(text).tag(close)
    }

    pub fn finish(self) -> String {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_never_becomes_markup() {
        let mut m = Markup::default();
        m.tag("<p title=\"").text("a\"b' onmouseover='x").tag("\">").text("<script>alert(1)</script> & co").tag("</p>");
        assert_eq!(m.finish(), "<p title=\"a&quot;b&#39; onmouseover=&#39;x\">&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</p>");
    }

    #[test]
    fn text_without_specials_and_multibyte_text_pass_unchanged() {
        let mut m = Markup::default();
        m.text("Łukasz Żółć — “quoted” 1,227").text("");
        assert_eq!(m.finish(), "Łukasz Żółć — “quoted” 1,227");
    }
}
