#!/usr/bin/env bash
# Prints the figures: engine speed and memory (seed, x100, x1000), bundle weight, start-up and the
# reader steps (type, narrow, clear, facet on/off, open/close a card; median and p95) against
# ../shared/bench/baseline.html, memory after load, and the same steps on a 100x corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browser >/dev/null
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

echo "== Engine"
cargo run --quiet --release -p factlens-engine --example bench

echo "== Building the release bundle (seed corpus) and a 100x synthetic one"
trunk build --release >/dev/null 2>&1 || trunk build --release
large=target/bench-corpus-x100
rm -rf "$large" && cargo run --quiet --release -p factlens-engine --example bench -- --write "$large" 500
FACTLENS_CORPUS="$PWD/$large" trunk build --release --dist target/dist-x100 >/dev/null 2>&1
# build.rs reads FACTLENS_CORPUS: build the seed once more so dist/ and later builds use the real corpus
trunk build --release >/dev/null 2>&1

echo "== Inside the wasm (bench/wasm-contents.mjs), and a bare yew app for comparison"
bash bench/wasm-contents.sh
node bench/bench.mjs dist target/dist-x100

echo "== The editor's bundle (editor.html, release) beside the reader's: gzip -9 of the page's html, js, wasm, css"
trunk build editor.html --release --dist target/dist-editor-release >/dev/null 2>&1 || trunk build editor.html --release --dist target/dist-editor-release
# the reader's page leaves out embed.js and factlens-element.js, which only embeds load
weight() {
  local total=0 f
  for f in "$1"/*.wasm "$1"/*.js "$1"/*.css "$1"/*.html; do
    case "$f" in */embed.js | */factlens-element.js) continue ;; esac
    total=$((total + $(gzip -9c "$f" | wc -c)))
  done
  echo "$total"
}
echo "reader (dist/): $(weight dist) B; editor (never part of the reader's page): $(weight target/dist-editor-release) B"
