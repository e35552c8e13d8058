// Trunk post-build hook (release builds): renders the explorer's default view to HTML at build time
// and puts it in index.html, so cards show before the wasm loads (and without JavaScript at all);
// the app then renders the same cards over it.
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);
const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('prerender: TRUNK_STAGING_DIR is not set; run this as a trunk post_build hook');
  process.exit(1);
}
const html = execFileSync('cargo', ['run', '--quiet', '--release', '--bin', 'prerender'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
const page = join(dir, 'index.html');
const index = await readFile(page, 'utf8');
const root = '<div id="factlens-root"></div>';
if (!index.includes(root)) {
  console.error(`prerender: index.html has no ${root}`);
  process.exit(1);
}
await writeFile(page, index.replace(root, () => `<div id="factlens-root">${html}</div>`));
