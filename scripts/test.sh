#!/usr/bin/env bash
# Sets up what is missing (scripts/setup.sh), then runs every test suite in order:
#   format, lint (native and wasm32), native unit and integration tests, the scenario files,
#   the command-line tool's output read by other parsers (tests/cli: its calendar by ical.js),
#   the country names and the fonts of every catalog,
#   the translators' PO files in GNU gettext and Python's polib, gettext and Babel,
#   component tests in headless Chromium, the release build, end-to-end tests in Chromium, in
#   WebKit and in Gecko (Firefox ESR), the Nu Html Checker on the built pages and every screen the
#   Chromium tests visited, accessibility and performance audits, and the size report.
# Ends with one line "N passed, M failed" (N and M count tests over all suites; a suite that is
# a single check, such as the build, counts as one), and exits non-zero if anything failed.
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
"$ROOT/scripts/setup.sh" || { echo "0 passed, 1 failed"; exit 1; }
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver CHROME_PATH=/usr/bin/chromium
export WASM_BINDGEN_TEST_TIMEOUT=180 WASM_BINDGEN_TEST_DRIVER_TIMEOUT=60
OUT="$ROOT/test-output"
mkdir -p "$OUT"
PASSED=0
FAILED=0
SUMMARY=()

# suite NAME KIND COMMAND...   KIND says how to count: check | cargo | scenarios | node
# (scenarios: the last line "N passed, M failed", as the scenario runner and tools/po_check.py end)
suite() {
  local name="$1" kind="$2"
  shift 2
  local log="$OUT/$name.log" p=0 f=0
  printf '\n==> test: %s\n' "$name"
  local start=$SECONDS
  "$@" 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]}
  case "$kind" in
    check) if [ "$rc" = 0 ]; then p=1; else f=1; fi ;;
    cargo)
      p=$(grep -Eo 'test result: [A-Za-z]+\. [0-9]+ passed' "$log" | awk '{s+=$4} END {print s+0}')
      f=$(grep -Eo '[0-9]+ failed;' "$log" | awk '{s+=$1} END {print s+0}') ;;
    scenarios)
      p=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$log" | tail -1 | awk '{print $1+0}')
      f=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$log" | tail -1 | awk '{print $3+0}') ;;
    node)
      p=$(grep -E '^# pass [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')
      f=$(grep -E '^# fail [0-9]+' "$log" | awk '{s+=$3} END {print s+0}') ;;
  esac
  p=${p:-0}; f=${f:-0}
  # A command that failed without a counted failure still counts as one failure.
  if [ "$rc" != 0 ] && [ "$f" = 0 ]; then f=1; fi
  PASSED=$((PASSED + p)); FAILED=$((FAILED + f))
  SUMMARY+=("$(printf '%-22s %5s passed %4s failed  (%ss)' "$name" "$p" "$f" "$((SECONDS - start))")")
}

suite fmt check cargo fmt --all --check
suite clippy check cargo clippy --all-targets --locked -- -D warnings
suite clippy-wasm check cargo clippy --target wasm32-unknown-unknown --lib --bins --locked -- -D warnings
suite unit cargo cargo test --locked
suite scenarios scenarios cargo run --quiet --locked --bin pathways -- scenarios tests/scenarios
suite cli node bash -c 'cargo build --quiet --locked --bin pathways && node --test tests/cli/'
suite countries check node tools/countries.mjs --check
suite fonts check .venv/bin/python tools/font_check.py
suite po-tools scenarios "$ROOT/.venv/bin/python" tools/po_check.py
suite wasm-components cargo cargo test --locked --target wasm32-unknown-unknown --test components
suite build check trunk build --release --offline --locked
suite wasm-names check node tools/wasm-names.mjs
if [ -f dist/index.html ]; then
  rm -rf "$OUT/dom"
  suite e2e node node --test --test-concurrency=1 tests/e2e/
  suite webkit node node --test --test-concurrency=1 tests/webkit/
  suite gecko node node --test --test-concurrency=1 tests/gecko/
  suite html check node tools/html-check.mjs dist "$OUT/dom"
  suite lighthouse check node tools/lighthouse.mjs dist
  suite size check node tools/size-report.mjs dist
else
  echo "no dist/: the end-to-end tests, the HTML check and the size report cannot run"
  FAILED=$((FAILED + 6))
  SUMMARY+=("e2e, webkit, gecko, html, lighthouse, size: not run (no build)")
fi

printf '\n==> summary\n'
printf '  %s\n' "${SUMMARY[@]}"
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
