"""The Ethiopic font Pathways ships: Noto Sans Ethiopic (SIL Open Font License 1.1, from
Debian's fonts-noto-core) cut with fontTools' pyftsubset to exactly the Ge'ez characters the
Tigrinya and Amharic catalogs use, as WOFF2. app.css declares it with a unicode-range of the
Ethiopic blocks, so a browser fetches it only when such characters are on the page.

    .venv/bin/python tools/ethiopic_font.py            write static/fonts/noto-sans-ethiopic.woff2
    .venv/bin/python tools/ethiopic_font.py --out F    write it to F instead (tools/font_check.py)

Only characters of the Ethiopic blocks go in: a browser uses a face only for the characters of
its unicode-range, so digits, Latin punctuation (« » …) and spaces come from the platform's own
font whatever the subset holds (tools/font_check.py checks that those fonts have them). No
hinting (phones do not use it) and no layout features: the catalogs use no combining mark, and
the kerning table alone was 14.4 KB of the 24.4 KB (measured on these catalogs). Regular only:
bold Ethiopic text is emboldened by the browser.

Reproducible: the same catalogs, source font (fonts-noto-core 20201225-1) and pinned tools
(requirements.txt) give the same bytes; scripts/generate.sh runs this after the catalogs change.
"""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = Path("/usr/share/fonts/truetype/noto/NotoSansEthiopic-Regular.ttf")
OUTPUT = ROOT / "static" / "fonts" / "noto-sans-ethiopic.woff2"
# The catalogs whose Ge'ez characters the subset holds.
CATALOGS = ["ti", "am"]
# The Ethiopic blocks, as app.css's unicode-range names them: Ethiopic and Ethiopic Supplement,
# Ethiopic Extended, Ethiopic Extended-A.
BLOCKS = [(0x1200, 0x139F), (0x2D80, 0x2DDF), (0xAB00, 0xAB2F)]


def is_ethiopic(c):
    return any(lo <= ord(c) <= hi for lo, hi in BLOCKS)


def texts(value):
    """Every string a catalog shows (its values, never its keys), at any depth."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from texts(v)
    elif isinstance(value, list):
        for v in value:
            yield from texts(v)


def read_catalog(path):
    """The JSON of a catalog file; a file that is not JSON is named with the reason."""
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise SystemExit(f"{path}: {e}")


def characters(catalog):
    """The characters a catalog's texts use."""
    return {c for text in texts(catalog) for c in text}


def needed(i18n=ROOT / "i18n"):
    """The Ethiopic characters the subset must hold: those of i18n/ti.json and i18n/am.json."""
    found = set()
    for code in CATALOGS:
        found |= {c for c in characters(read_catalog(Path(i18n) / f"{code}.json")) if is_ethiopic(c)}
    return found


def pyftsubset_args(chars, out):
    """The pyftsubset command line (after the program name) that cuts the subset."""
    unicodes = ",".join(f"U+{ord(c):04X}" for c in sorted(chars))
    return [
        str(SOURCE),
        f"--unicodes={unicodes}",
        "--flavor=woff2",
        "--no-hinting",
        "--layout-features=",
        # The copyright (0), the names (1-6) and the licence and its address (13, 14): the font
        # file carries its own notice, as the OFL asks of every copy.
        "--name-IDs=0,1,2,3,4,5,6,13,14",
        f"--output-file={out}",
    ]


def build(out=OUTPUT, i18n=ROOT / "i18n"):
    """Writes the subset to `out`; returns the characters it holds."""
    if not SOURCE.exists():
        raise SystemExit(f"{SOURCE} is missing: install Debian's fonts-noto-core (scripts/setup.sh)")
    from fontTools import subset

    chars = needed(i18n)
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    subset.main(pyftsubset_args(chars, out))
    return chars


if __name__ == "__main__":
    out = Path(sys.argv[sys.argv.index("--out") + 1]) if "--out" in sys.argv else OUTPUT
    held = build(out)
    print(f"wrote {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}: {len(held)} Ethiopic characters, {out.stat().st_size} bytes")
