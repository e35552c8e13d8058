// Release builds: minifies the JS glue wasm-bindgen writes (terser: 7.4 -> 5.4 KB gzip), shortens the
// names it shares with the wasm (short-names.mjs), drops the stylesheet's comments and indentation,
// then fixes the page's integrity hashes to match.
// (Trunk's own minifier fails on wasm-bindgen's `export default`.)
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';
import { shortNames } from './short-names.mjs';

const sri = (body) => 'sha384-' + createHash('sha384').update(body).digest('base64');

async function rewrite(dir, html, name, transform) {
  const path = join(dir, name);
  const before = await readFile(path, 'utf8');
  const after = await transform(before);
  await writeFile(path, after);
  const old = sri(before);
  if (!html.includes(old)) throw new Error(`index.html has no integrity hash for ${name}`);
  return html.replaceAll(old, sri(after));
}

export async function minifyAssets(dir, html) {
  html = await rewrite(dir, html, 'factlens.js', async (js) => {
    const out = await minify(js, { module: true, compress: { passes: 2 }, mangle: true });
    if (!out.code) throw new Error('terser returned nothing for factlens.js');
    return shortNames(dir, 'factlens_bg.wasm', out.code);
  });
  // comments, and the spaces around braces, semicolons, commas, child combinators and after a
  // property's colon (styles/main.css has no string with such a character in it but "▾" / "")
  html = await rewrite(dir, html, 'main.css', (css) => css.replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s*([{};,>])\s*/g, '$1').replace(/;}/g, '}').replace(/:\s+/g, ':').trim() + '\n');
  return html;
}
