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
echo "== trunk build --release, and the single-file build"
trunk build --release
node scripts/single-file.mjs
echo "== browser tests (npm test)"
npm test
