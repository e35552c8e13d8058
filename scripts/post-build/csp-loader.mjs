// Moves trunk's inline module loader into an external file, so the page runs under a strict
// Content-Security-Policy (no inline script), and in release builds adds that policy.
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; "
  + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

/** Returns the page with its loader moved out to a file in `dir`. */
export async function externalLoader(dir, html, release) {
  const inline = /<script type="module">([\s\S]*?)<\/script>/;
  const match = html.match(inline);
  if (!match) throw new Error('no inline module script in index.html; did trunk change its loader?');
  const code = match[1].trim() + '\n';
  const hash = createHash('sha384').update(code).digest();
  const name = `loader-${hash.toString('hex').slice(0, 16)}.js`;
  await writeFile(join(dir, name), code);
  const tag = `<script type="module" src="./${name}" integrity="sha384-${hash.toString('base64')}"></script>`;
  html = html.replace(inline, () => tag);
  // SRI on a stylesheet or icon needs a CORS request, or a sandboxed iframe (opaque origin) blocks it
  html = html.replace(/<link (?![^>]*crossorigin)([^>]*integrity=)/g, '<link crossorigin="anonymous" $1');
  html = html.replace(/<script type="module" src=/, '<script type="module" crossorigin="anonymous" src=');
  if (release) {
    html = html.replace('<meta charset="utf-8">', () => `<meta charset="utf-8">\n  <meta http-equiv="Content-Security-Policy" content="${CSP}">`);
  }
  return html;
}
