#!/usr/bin/env bash
# Every test: native unit, property and corpus tests, the release build, and the browser suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browser
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

echo "== cargo fmt --check, cargo clippy -D warnings"
cargo fmt --all -- --check
cargo clippy --quiet --workspace --all-targets -- -D warnings
echo "== cargo test --workspace"
cargo test --workspace
echo "== engine check on the corpus"
cargo run --quiet --release -p factlens-engine -- check corpus
echo "== engine score on the evaluation set (fails below eval/floors.toml)"
cargo run --quiet --release -p factlens-engine --example score -- --check
echo "== trunk build --release, and the single-file build"
trunk build --release
node scripts/single-file.mjs
echo "== the editor's build (editor.html, debug as run.sh --editor serves it), which its browser test drives"
trunk build editor.html --dist target/dist-editor
echo "== browser tests (npm test)"
FACTLENS_EDITOR_DIST="$PWD/target/dist-editor" npm test
echo "== fuzz targets, ${FUZZ_SECONDS:-60} s each (a crash fails the run)"
mkdir -p target
for target in text_pipeline url_hash; do
  log="target/fuzz-$target.log"
  if ! RUSTC_BOOTSTRAP=1 cargo fuzz run "$target" -- -max_total_time="${FUZZ_SECONDS:-60}" >"$log" 2>&1; then
    tail -40 "$log"
    echo "fuzz target $target failed: its crash input is under fuzz/artifacts/$target" >&2
    exit 1
  fi
  echo "$target: $(grep -Eo 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1)"
done
