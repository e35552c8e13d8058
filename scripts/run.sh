#!/usr/bin/env bash
# Installs what is missing, then serves the explorer with live reload at http://127.0.0.1:8080;
# with --editor, the editor view (editor.html, its own build in dist-editor/) at http://127.0.0.1:8081
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
if [ "${1:-}" = "--editor" ]; then
  shift
  exec trunk serve editor.html --dist dist-editor --port 8081 "$@"
fi
exec trunk serve "$@"
