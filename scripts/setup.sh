#!/usr/bin/env bash
# Installs everything Pathways needs to build, serve and test, pinned.
# Idempotent: each step checks first and is skipped when already done.
# Usage: scripts/setup.sh [--no-browser]   (--no-browser skips Chromium, for serving only)
set -uo pipefail

TRUNK_VERSION="0.21.14"
WASM_BINDGEN_VERSION="0.2.130"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
NEED_BROWSER=1
[ "${1:-}" = "--no-browser" ] && NEED_BROWSER=0

export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"

step() { printf '\n==> setup: %s\n' "$*"; }
fail() {
  printf '\nSETUP FAILED at step: %s\n' "$1" >&2
  printf 'What to do: %s\n' "$2" >&2
  exit 1
}
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }

step "checking the Rust toolchain (cargo, rustup)"
command -v cargo >/dev/null || fail "Rust toolchain" "install Rust with rustup (https://rustup.rs), then run this again."
command -v rustup >/dev/null || fail "Rust toolchain" "rustup is needed to add the wasm32 target; install Rust with rustup."

if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "wasm32-unknown-unknown target: already installed"
else
  step "adding the wasm32-unknown-unknown target (rustup, under a minute)"
  rustup target add wasm32-unknown-unknown || fail "rustup target add wasm32-unknown-unknown" "check that the rustup server is reachable, then run this again."
fi

if command -v trunk >/dev/null && trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION\$"; then
  step "trunk $TRUNK_VERSION: already installed"
else
  step "installing trunk $TRUNK_VERSION from crates.io (cargo install --locked; about 12 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked \
    || fail "cargo install trunk $TRUNK_VERSION" "check that crates.io is reachable (cargo search trunk) and that a C compiler is installed, then run this again."
fi

if command -v wasm-bindgen >/dev/null && wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION\$"; then
  step "wasm-bindgen-cli $WASM_BINDGEN_VERSION: already installed"
else
  # Not --locked: its lockfile names a webpki-roots version the registry no longer serves.
  step "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION from crates.io (about 5 minutes)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" \
    || fail "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION" "check that crates.io is reachable, then run this again."
fi

command -v npm >/dev/null || fail "Node.js and npm" "install Node.js 20 and npm (Debian: apt-get install nodejs npm), then run this again."
if [ -f "$ROOT/node_modules/.package-lock.json" ] && cmp -s "$ROOT/package-lock.json" "$ROOT/node_modules/.pathways-lock" 2>/dev/null; then
  step "npm dev tools (binaryen, playwright-core, puppeteer-core, axe-core, lighthouse, vnu-jar): already installed"
else
  step "installing npm dev tools from package-lock.json (npm ci; about a minute)"
  # puppeteer-core downloads no browser (the tests drive Debian's); PUPPETEER_SKIP_DOWNLOAD says so
  # to anything of puppeteer's that might try.
  (cd "$ROOT" && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund) \
    || fail "npm ci" "read the npm error above: if package-lock.json is out of sync with package.json, run 'npm install' and commit the lock file; otherwise check that registry.npmjs.org is reachable (npm ping)."
  cp "$ROOT/package-lock.json" "$ROOT/node_modules/.pathways-lock"
fi
wasm-opt --version 2>/dev/null | grep -q "version 132" \
  || fail "wasm-opt from npm binaryen@132" "node_modules/.bin/wasm-opt is missing or not version 132; delete node_modules and run this again."

# Python tools, pinned in requirements.txt, in a virtual environment of the project's own (.venv,
# not committed): polib and Babel check the translators' PO files (tools/po_check.py); fontTools
# and brotli check the fonts and cut the Ethiopic subset (tools/font_check.py, tools/ethiopic_font.py).
if [ -x "$ROOT/.venv/bin/python" ] && cmp -s "$ROOT/requirements.txt" "$ROOT/.venv/.pathways-requirements" 2>/dev/null; then
  step "Python tools of requirements.txt (polib, Babel, fontTools, brotli) in .venv: already installed"
else
  step "installing the Python tools of requirements.txt (polib, Babel, fontTools, brotli) into .venv (pip; under a minute)"
  command -v python3 >/dev/null || fail "python3" "install Python 3 (Debian: apt-get install python3 python3-venv), then run this again."
  if ! python3 -m venv "$ROOT/.venv" >/dev/null 2>&1; then
    # Debian's own Python has its venv module in a package of its own.
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null && rm -rf "$ROOT/.venv" \
      && python3 -m venv "$ROOT/.venv" \
      || fail "python3 -m venv .venv" "install Python's venv module (Debian: apt-get install python3-venv), then run this again."
  fi
  "$ROOT/.venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$ROOT/requirements.txt" \
    || fail "pip install -r requirements.txt" "check that the Python package index is reachable (pip download polib==1.2.0), then run this again."
  cp "$ROOT/requirements.txt" "$ROOT/.venv/.pathways-requirements"
fi

if [ "$NEED_BROWSER" = 1 ]; then
  # GNU gettext: msgfmt and msgcat check the translators' PO files (tools/po_check.py).
  if command -v msgfmt >/dev/null && command -v msgcat >/dev/null; then
    step "Debian gettext (msgfmt, msgcat): already installed"
  else
    step "installing Debian gettext (apt-get; under a minute)"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq \
      || fail "apt-get update" "run as root (or with sudo) and check that the Debian mirror is reachable, then run this again."
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gettext >/dev/null \
      || fail "apt-get install gettext" "run as root (or with sudo); check 'apt-cache policy gettext', then run this again."
  fi
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    step "Debian chromium and chromium-driver: already installed"
  else
    step "installing Debian chromium and chromium-driver (apt-get; about a minute)"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq \
      || fail "apt-get update" "run as root (or with sudo) and check that the Debian mirror is reachable, then run this again."
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null \
      || fail "apt-get install chromium chromium-driver" "run as root (or with sudo); check 'apt-cache policy chromium', then run this again."
  fi
  # WebKit (the engine of every iPhone browser): WebKitWebDriver drives MiniBrowser under Xvfb.
  # Java runs the Nu Html Checker (npm vnu-jar).
  if command -v WebKitWebDriver >/dev/null && command -v xvfb-run >/dev/null && compgen -G '/usr/lib/*/webkit2gtk-4.1/MiniBrowser' >/dev/null \
    && command -v java >/dev/null; then
    step "Debian webkit2gtk-driver, xvfb and a Java runtime: already installed"
  else
    step "installing Debian webkit2gtk-driver, xvfb and default-jre-headless (apt-get; about two minutes)"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq \
      || fail "apt-get update" "run as root (or with sudo) and check that the Debian mirror is reachable, then run this again."
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq webkit2gtk-driver xvfb default-jre-headless >/dev/null \
      || fail "apt-get install webkit2gtk-driver xvfb default-jre-headless" "run as root (or with sudo); check 'apt-cache policy webkit2gtk-driver', then run this again."
  fi
  # The font check (tools/font_check.py) and regenerating the Ethiopic font: Debian's Noto fonts
  # (the source of the subset, and the stand-ins for the platform fonts) and fontTools.
  NOTO=/usr/share/fonts/truetype/noto
  if [ -f "$NOTO/NotoSansEthiopic-Regular.ttf" ] && [ -f "$NOTO/NotoSans-Regular.ttf" ] && [ -f "$NOTO/NotoNaskhArabic-Regular.ttf" ]; then
    step "Debian fonts-noto-core: already installed"
  else
    step "installing Debian fonts-noto-core (apt-get; about a minute)"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq \
      || fail "apt-get update" "run as root (or with sudo) and check that the Debian mirror is reachable, then run this again."
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-core >/dev/null \
      || fail "apt-get install fonts-noto-core" "run as root (or with sudo); check 'apt-cache policy fonts-noto-core', then run this again."
  fi
  # Gecko: Debian's Firefox ESR (153 from bookworm-security), driven by npm puppeteer-core over
  # WebDriver BiDi (no geckodriver). Checked: it runs and is ESR 140 or later.
  firefox_major() { firefox-esr --version 2>/dev/null | sed -n 's/^Mozilla Firefox \([0-9]*\).*/\1/p'; }
  if [ -x /usr/bin/firefox-esr ] && [ "$(firefox_major)" -ge 140 ] 2>/dev/null; then
    step "Debian firefox-esr: already installed ($(firefox-esr --version 2>/dev/null))"
  else
    step "installing Debian firefox-esr (apt-get; about 80 MB, half a minute)"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq \
      || fail "apt-get update" "run as root (or with sudo) and check that the Debian mirror is reachable, then run this again."
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr >/dev/null \
      || fail "apt-get install firefox-esr" "run as root (or with sudo); check 'apt-cache policy firefox-esr', then run this again."
    [ "$(firefox_major)" -ge 140 ] 2>/dev/null \
      || fail "firefox-esr 140 or later" "'firefox-esr --version' says '$(firefox-esr --version 2>&1)'; enable the bookworm-security suite in /etc/apt/sources.list (apt-cache policy firefox-esr), then run this again."
  fi
fi

# Python test tools, pinned in requirements.txt (pyrage: an independent age implementation that
# checks the locked case files), in a virtual environment of their own: .venv (not committed).
command -v python3 >/dev/null || fail "Python 3" "install Python 3 with venv (Debian: apt-get install python3 python3-venv), then run this again."
if [ -x "$ROOT/.venv/bin/python" ] && cmp -s "$ROOT/requirements.txt" "$ROOT/.venv/.pathways-requirements" 2>/dev/null; then
  step "Python test tools (requirements.txt, in .venv): already installed"
else
  step "installing the Python test tools from requirements.txt into .venv (pip; under a minute)"
  { [ -x "$ROOT/.venv/bin/python" ] || python3 -m venv "$ROOT/.venv"; } \
    || fail "python3 -m venv .venv" "install the venv module (Debian: apt-get install python3-venv), delete .venv, then run this again."
  "$ROOT/.venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$ROOT/requirements.txt" \
    || fail "pip install -r requirements.txt" "check that pypi.org is reachable (.venv/bin/python -m pip index versions pyrage), then run this again."
  cp "$ROOT/requirements.txt" "$ROOT/.venv/.pathways-requirements"
fi
"$ROOT/.venv/bin/python" -c "import pyrage" 2>/dev/null \
  || fail "pyrage in .venv" "delete .venv and run this again (it is installed from requirements.txt)."

step "fetching Rust crates (cargo fetch --locked)"
(cd "$ROOT" && cargo fetch --locked) || fail "cargo fetch --locked" "check that crates.io is reachable; if Cargo.lock is out of date run 'cargo generate-lockfile' and commit it."

step "setup complete"
