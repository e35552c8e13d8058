// Release builds: shortens the names the wasm and its JS glue know each other by. wasm-bindgen names
// each import after its JS function plus a 16-hex-digit hash (`__wbg_createElement_de4a31ed2fb252be`),
// written once in the wasm and once in the glue: ~110 such names are ~2.8 KB gzip of text that does
// not compress. binaryen's minify pass renames the wasm's imports, exports and import module to one
// or two letters and prints the mapping; the glue is rewritten with the same mapping.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const wasmOpt = fileURLToPath(new URL('../../node_modules/.bin/wasm-opt', import.meta.url));
// the features today's Rust wasm uses (as in index.html's data-wasm-opt-params)
const FEATURES = ['--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
  '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue'];

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Renames the wasm's imports and exports in `dir` in place; returns the glue, rewritten to match. */
export async function shortNames(dir, wasmName, js) {
  const wasm = join(dir, wasmName);
  // binaryen prints the mapping as almost-JSON (a trailing comma): read its rows by pattern
  const printed = execFileSync(wasmOpt, [...FEATURES, '--minify-imports-and-exports-and-modules', wasm, '-o', wasm],
    { encoding: 'utf8' });
  const imports = [...printed.matchAll(/\["([^"]+)", "([^"]+)", "([^"]+)"\]/g)].map((m) => m.slice(1));
  const exports = [...printed.matchAll(/\["([^"]+)", "([^"]+)"\]/g)].map((m) => m.slice(1));
  if (imports.length === 0 || exports.length === 0) throw new Error(`wasm-opt printed no name mapping:\n${printed}`);

  const module = await newModuleName(wasm);
  const modules = new Set(imports.map(([m]) => m));
  for (const old of modules) {
    // the glue hands the wasm its imports as { "<module>": { name: function, ... } }
    const key = new RegExp(`"${escape(old)}"(?=:)`, 'g');
    if (!key.test(js)) throw new Error(`the JS glue has no import object for the wasm module "${old}"`);
    js = js.replace(key, module);
  }
  for (const [, old, short] of imports) {
    // an import is a key of that object: `__wbg_body_5f97...:function(...)`
    const key = new RegExp(`(?<![\\w$.])"?${escape(old)}"?(?=:)`, 'g');
    if (!key.test(js)) throw new Error(`the JS glue defines no import "${old}"`);
    js = js.replace(key, short);
  }
  for (const [old, short] of exports) {
    // an export is read as a property of the instance's exports: `x.__wbindgen_start()`
    js = js.replace(new RegExp(`\\.${escape(old)}(?![\\w$])`, 'g'), `.${short}`);
  }
  const left = imports.map(([, old]) => old).concat(exports.map(([old]) => old).filter((n) => n.startsWith('__wbindgen')))
    .filter((old) => new RegExp(`(?<![\\w$])${escape(old)}(?![\\w$])`).test(js));
  if (left.length) throw new Error(`the JS glue still names ${left.join(', ')} after renaming`);
  return js;
}

// The module name binaryen gave the imports (one letter), read back from the wasm itself.
async function newModuleName(path) {
  const module = new WebAssembly.Module(await readFile(path));
  const names = new Set(WebAssembly.Module.imports(module).map((i) => i.module));
  if (names.size !== 1) throw new Error(`expected one import module after renaming, found ${[...names].join(', ')}`);
  const [name] = names;
  if (!/^[A-Za-z_$][\w$]*$/.test(name)) throw new Error(`import module "${name}" is not a plain JS name`);
  return name;
}
