// Trunk post-build hook. One script, so the steps that rewrite index.html run in order (trunk starts
// the hooks of a stage together): minify (release), move the inline loader out (strict CSP), and
// put the story's title and link-preview meta in the head, and the pre-rendered default view in the
// page (release), without preloads. The editor's build (editor.html) only loses its inline script
// and gains the policy: it keeps its own title, and its wasm is neither the reader's nor pre-rendered.
import { readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { minifyAssets } from './minify.mjs';
import { externalLoader } from './csp-loader.mjs';
import { prerender } from './prerender.mjs';
import { storyHead } from './head.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('post-build: TRUNK_STAGING_DIR is not set; run this as a trunk post_build hook');
  process.exit(1);
}
const release = process.env.TRUNK_PROFILE === 'release';
// trunk 0.21 names the target page in TRUNK_HTML_FILE (an absolute path); the reader's is index.html
const editor = basename(process.env.TRUNK_HTML_FILE ?? 'index.html') === 'editor.html';
const page = join(dir, 'index.html');
try {
  let html = await readFile(page, 'utf8');
  if (release && !editor) html = await minifyAssets(dir, html);
  html = await externalLoader(dir, html, release);
  if (!editor) html = await storyHead(html, release);
  if (release && !editor) {
    html = prerender(html);
    // The page's first cards are its HTML: early fetches of the wasm and its glue competed with
    // parsing it (first card ~1.3x the baseline page with them, ~1.05x without, in bench/bench.mjs),
    // while the app became interactive no sooner. (Their integrity hashes go with them: the loader
    // keeps its own, and the CSP allows scripts from this origin only.)
    html = html.replace(/<link rel="(?:module)?preload"[^>]*>\n?/g, '');
  }
  await writeFile(page, html);
} catch (error) {
  console.error(`post-build: ${error.message}`);
  process.exit(1);
}
