// Puts the story's <title>, description, og: and twitter: tags (from corpus/articles.toml's [story],
// written by build.rs beside the build's output) into the page, in debug and release builds alike:
// link previews read the static HTML and never run the wasm.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The folder cargo builds into, as cargo itself reports it (CARGO_TARGET_DIR, config or ./target). */
function targetDir() {
  const meta = execFileSync('cargo', ['metadata', '--format-version', '1', '--no-deps', '--offline'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(meta).target_directory;
}

export async function storyHead(html, release) {
  const file = join(targetDir(), 'wasm32-unknown-unknown', release ? 'release' : 'debug', 'factlens-head.html');
  const tags = (await readFile(file, 'utf8')).trim().split('\n').join('\n  ');
  const title = /<title>[^<]*<\/title>\n?\s*/;
  const description = /<meta name="description"[^>]*>\n?\s*/;
  if (!title.test(html)) throw new Error('index.html has no <title> to replace');
  return html.replace(description, '').replace(title, () => `${tags}\n  `);
}
