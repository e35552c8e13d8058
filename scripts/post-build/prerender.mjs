// Renders the explorer's default view to HTML at build time (src/bin/prerender.rs) and puts it in
// the page, so cards show before the wasm loads (and without JavaScript at all); the app then
// renders the same cards over it.
import { execFileSync } from 'node:child_process';

export function prerender(html) {
  const cards = execFileSync('cargo', ['run', '--quiet', '--release', '--bin', 'prerender'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const root = '<div id="factlens-root"></div>';
  if (!html.includes(root)) throw new Error(`index.html has no ${root}`);
  return html.replace(root, () => `<div id="factlens-root">${cards}</div>`);
}
