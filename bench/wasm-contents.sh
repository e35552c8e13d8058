#!/usr/bin/env bash
# The largest contributors inside the release wasm, by crate and by item: the same build as trunk's
# (release profile, wasm-bindgen, wasm-opt -Oz) but keeping symbol names, read by bench/wasm-contents.mjs.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
out=target/wasm-names
# v0 mangling names the generic arguments: which component a yew lifecycle function renders
# (RUSTFLAGS replaces .cargo/config.toml's flags for the target: repeat them)
RUSTFLAGS="-Csymbol-mangling-version=v0 -Ctarget-feature=-reference-types" CARGO_PROFILE_RELEASE_STRIP=none \
  cargo build --quiet --release --target wasm32-unknown-unknown --bin factlens --target-dir "$out"
# as in the stripped release build, wasm-bindgen must not see std's feature list (.cargo/config.toml)
wasm-opt -g --strip-target-features "$out/wasm32-unknown-unknown/release/factlens.wasm" -o "$out/factlens.wasm"
wasm-bindgen --target web --out-dir "$out/bindgen" "$out/factlens.wasm"
wasm-opt -Oz --converge --strip-dwarf --debuginfo --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue "$out/bindgen/factlens_bg.wasm" -o "$out/named.wasm"
node bench/wasm-contents.mjs "$out/named.wasm"

# the floor under the explorer: what yew alone weighs, built the same way
bare=bench/bare-yew
cargo build --quiet --release --target wasm32-unknown-unknown --offline --manifest-path "$bare/Cargo.toml" --target-dir "$out/bare"
wasm-opt --strip-target-features "$out/bare/wasm32-unknown-unknown/release/bare-yew.wasm" -o "$out/bare/bare-yew.wasm"
wasm-bindgen --target web --out-dir "$out/bare/bindgen" "$out/bare/bare-yew.wasm"
wasm-opt -Oz --converge --strip-debug --strip-producers --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue "$out/bare/bindgen/bare-yew_bg.wasm" -o "$out/bare/opt.wasm"
node --input-type=module -e "
  import { readFileSync } from 'node:fs'; import { gzipSync } from 'node:zlib'; import { minify } from 'terser';
  const wasm = readFileSync('$out/bare/opt.wasm'); const js = (await minify(readFileSync('$out/bare/bindgen/bare-yew.js', 'utf8'), { module: true })).code;
  const gz = (b) => gzipSync(b, { level: 9 }).length / 1024;
  console.log('bare yew app (bench/bare-yew, 3 cards and a search box): wasm ' + (wasm.length / 1024).toFixed(1) + ' KB raw, '
    + gz(wasm).toFixed(1) + ' KB gzip; JS glue (minified) ' + gz(js).toFixed(1) + ' KB gzip');
"
