#!/usr/bin/env bash
# Sets up what is missing (without the test browser), builds the app for release and serves it on
# http://127.0.0.1:8080/ (PORT=9000 scripts/serve.sh for another port).
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
"$ROOT/scripts/setup.sh" --no-browser || exit 1
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
printf '\n==> building the app (trunk build --release)\n'
trunk build --release --offline --locked || { echo "BUILD FAILED: see the errors above." >&2; exit 1; }
exec node tools/serve.mjs dist "${PORT:-8080}"
