#!/usr/bin/env bash
# Installs whatever Factlens needs that this machine lacks, and skips what is already there.
#   scripts/setup.sh            tools to build and serve the explorer
#   scripts/setup.sh --browser  also Debian's chromium (browser tests, bench) and cargo-fuzz (the fuzz run in test.sh)
# Only package registries are used (the Rust package registry, npm, Debian); nothing is downloaded from anywhere else.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

if ! command -v cargo >/dev/null; then
  echo "cargo is missing: install Rust with rustup first (https://rustup.rs), then run this again" >&2
  exit 1
fi

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# trunk 0.22 needs a newer rustc than 1.95; 0.21 is the line that builds here
if ! trunk --version 2>/dev/null | grep -q '^trunk 0\.21\.'; then
  say "installing trunk 0.21 (a few minutes, once)"
  cargo install trunk --version '^0.21' --locked
fi

# trunk only uses a wasm-bindgen whose version equals Cargo.lock's; --locked fails on this registry
want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ -z "$want" ]; then
  echo "Cargo.lock names no wasm-bindgen version; run 'cargo generate-lockfile' and try again" >&2
  exit 1
fi
if ! wasm-bindgen --version 2>/dev/null | grep -q " $want\$"; then
  say "installing wasm-bindgen-cli $want (a few minutes, once)"
  cargo install wasm-bindgen-cli --version "=$want"
fi

# the fuzz targets build with sanitizers through cargo-fuzz (RUSTC_BOOTSTRAP on this stable toolchain)
if [ "${1:-}" = "--browser" ] && ! cargo fuzz --version >/dev/null 2>&1; then
  say "installing cargo-fuzz (a few minutes, once)"
  cargo install cargo-fuzz --locked || cargo install cargo-fuzz
fi

if [ "${1:-}" = "--browser" ] && ! [ -x /usr/bin/chromium ]; then
  say "installing Debian's chromium for the browser tests"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
fi

# wasm-opt (binaryen: Debian's is too old for today's Rust wasm), terser (release JS), playwright-core and axe-core
if ! [ -x node_modules/.bin/wasm-opt ] || ! [ -d node_modules/playwright-core ] || ! [ -d node_modules/axe-core ] || ! [ -d node_modules/terser ] \
   || [ package.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages (binaryen, terser, playwright-core, axe-core)"
  npm install --no-audit --no-fund --loglevel=error
fi
say "ready"
