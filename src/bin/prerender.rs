//! Prints the explorer's default view as HTML; `scripts/prerender.mjs` puts it in the release page.
fn main() {
    print!("{}", factlens::prerender());
}
