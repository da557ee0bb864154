#!/usr/bin/env bash
# Regenerates the files built from the rules data and committed to the repository:
# the static Rules pages (static/rules/<lang>.html), the start page in index.html, and the
# country names of every catalog (from CLDR, npm cldr-localenames-full), and the Ethiopic font cut
# to the catalogs' characters (after the country names, which are among them).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --quiet --bin pathways
for lang in en fr; do
  ./target/debug/pathways rules --html --lang "$lang" > "static/rules/$lang.html"
  echo "generated static/rules/$lang.html"
done
./target/debug/pathways start-page --into index.html
node tools/countries.mjs >/dev/null
echo "wrote the country names (CLDR) into i18n/*.json"
[ -x .venv/bin/python ] || { echo "no .venv: run scripts/setup.sh first (it installs fontTools)" >&2; exit 1; }
.venv/bin/python tools/ethiopic_font.py
echo "wrote the start page into index.html"
