#!/usr/bin/env bash
# Sets up what is missing (scripts/setup.sh), then builds the Yew floor app (bench/floor) and
# Pathways and compares them in one run (tools/benchmark.mjs): critical bytes on the wire,
# Lighthouse median and Total Blocking Time, and the answer-to-next-screen time at 4x CPU throttling.
# Figures go to the terminal and test-output/benchmark.json; README.md gives the latest.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
"$ROOT/scripts/setup.sh" || exit 1
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
exec node tools/benchmark.mjs "$@"
