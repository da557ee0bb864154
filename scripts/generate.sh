#!/usr/bin/env bash
# Regenerates the files built from the rules data and committed to the repository:
# the static Rules pages (static/rules/<lang>.html), the start page in index.html, and the
# country names of every catalog (from CLDR, npm cldr-localenames-full).
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
echo "wrote the start page into index.html"
