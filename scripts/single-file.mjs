// Builds dist-single/factlens.html: the whole explorer in one file (script, styles and the wasm
// inlined) that opens by double-click from file:// for offline sharing. Run after trunk build.
import { createHash } from 'node:crypto';
import { readFile, writeFile, mkdir } from 'node:fs/promises';

const dist = process.argv[2] ?? 'dist';
const out = process.argv[3] ?? 'dist-single';
const read = (name) => readFile(`${dist}/${name}`);
const [bindings, wasm, css, page] = await Promise.all([read('factlens.js'), read('factlens_bg.wasm'), read('main.css'), read('index.html')]);
// the story's title and description as the build put them in the page (already escaped there)
const head = (re) => page.toString('utf8').match(re)?.[0] ?? '';
const title = head(/<title>[^<]*<\/title>/) || '<title>Factlens</title>';
const description = head(/<meta name="description"[^>]*>/);
// inside an inline script, "</" would end the tag early
const js = (value) => JSON.stringify(value).replaceAll('</', '<\\/');
const loader = `
const source = ${js(bindings.toString('utf8'))};
const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
const bindings = await import(url);
const bytes = Uint8Array.from(atob(${js(wasm.toString('base64'))}), (c) => c.charCodeAt(0));
await bindings.default({ module_or_path: bytes });
`;
const style = css.toString('utf8').replaceAll('</', '<\\/');
// A Content-Security-Policy without 'unsafe-inline': the one inline script and the one inline style
// are allowed by their hashes; the bindings run from a blob: URL the inline script makes itself, and
// nothing is fetched (default-src 'none').
const sha = (text) => `'sha384-${createHash('sha384').update(text).digest('base64')}'`;
const csp = `default-src 'none'; script-src ${sha(loader)} blob: 'wasm-unsafe-eval'; style-src ${sha(style)}; `
  + "img-src data:; object-src 'none'; base-uri 'none'; form-action 'none'";
const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
${title}
${description}
<style>${style}</style>
</head>
<body>
<noscript><p>Factlens needs JavaScript and WebAssembly to show its cards.</p></noscript>
<script type="module">${loader}</script>
</body>
</html>
`;
await mkdir(out, { recursive: true });
await writeFile(`${out}/factlens.html`, html);
console.log(`${out}/factlens.html: ${(html.length / 1024).toFixed(1)} KB`);
