//! The story as the tags of a page's `<head>` that browsers and link previews read: `<title>`, the
//! description, and the `og:` and `twitter:` meta. Written at build time into the static page, since
//! the services that unfurl a shared link do not run the page's scripts.
use crate::model::Story;

/// Text made safe inside an HTML attribute or element: the story comes from an editor's file, and a
/// quote or angle bracket in a title must not end the tag.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The tags, one a line: `<title>`, `description`, `og:*`, `twitter:*` and, with a `url`, the
/// canonical link. A picture makes the preview a large card; without one, a summary.
pub fn tags(story: &Story) -> String {
    let mut out = format!("<title>{}</title>\n", escape(&story.title));
    let mut meta = |attr: &str, key: &str, value: &str| out.push_str(&format!("<meta {attr}=\"{key}\" content=\"{}\">\n", escape(value)));
    meta("name", "description", &story.intro);
    meta("property", "og:type", "article");
    meta("property", "og:title", &story.title);
    meta("property", "og:description", &story.intro);
    let optional = [("og:url", &story.url), ("og:image", &story.image), ("og:image:alt", &story.image_alt), ("og:site_name", &story.site)];
    for (key, value) in optional {
        if let Some(v) = value {
            meta("property", key, v);
        }
    }
    meta("name", "twitter:card", if story.image.is_some() { "summary_large_image" } else { "summary" });
    meta("name", "twitter:title", &story.title);
    meta("name", "twitter:description", &story.intro);
    if let Some(alt) = &story.image_alt {
        meta("name", "twitter:image:alt", alt);
    }
    if let Some(image) = &story.image {
        meta("name", "twitter:image", image);
    }
    if let Some(url) = &story.url {
        out.push_str(&format!("<link rel=\"canonical\" href=\"{}\">\n", escape(url)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_value_is_escaped_and_optional_tags_follow_the_fields() {
        let story = Story { title: "A \"quoted\" <b>title</b> & more".into(), intro: "It's one line.".into(), ..Story::default() };
        let html = tags(&story);
        assert!(html.starts_with("<title>A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt; &amp; more</title>\n"), "{html}");
        assert!(html.contains("<meta property=\"og:description\" content=\"It&#39;s one line.\">"), "{html}");
        assert!(html.contains("<meta name=\"twitter:card\" content=\"summary\">"), "{html}");
        assert!(!html.contains("og:image") && !html.contains("canonical") && !html.contains("og:url"), "{html}");
        let full = Story {
            url: Some("https://news.example/a?b=1&c=2".into()),
            image: Some("https://news.example/a.jpg".into()),
            image_alt: Some("Cranes".into()),
            site: Some("The Herald".into()),
            ..story
        };
        let html = tags(&full);
        for tag in [
            "<meta property=\"og:url\" content=\"https://news.example/a?b=1&amp;c=2\">",
            "<meta property=\"og:image\" content=\"https://news.example/a.jpg\">",
            "<meta property=\"og:image:alt\" content=\"Cranes\">",
            "<meta property=\"og:site_name\" content=\"The Herald\">",
            "<meta name=\"twitter:card\" content=\"summary_large_image\">",
            "<meta name=\"twitter:image\" content=\"https://news.example/a.jpg\">",
            "<link rel=\"canonical\" href=\"https://news.example/a?b=1&amp;c=2\">",
        ] {
            assert!(html.contains(tag), "{tag} in {html}");
        }
    }
}
