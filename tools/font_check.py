"""Every character of every catalog has a font to draw it, and the shipped Ethiopic font is
current (scripts/test.sh, suite "fonts"):

    .venv/bin/python tools/font_check.py

1. Each character of each catalog's texts (i18n/*.json, rules.*.json included) is in the
   character map of a font for its script: Ge'ez in the font the page declares
   (static/fonts/noto-sans-ethiopic.woff2, and inside app.css's unicode-range for it, or the
   browser would not use it); Arabic script in Noto Naskh Arabic or Noto Sans Arabic; anything
   else in Noto Sans, or Noto Sans Symbols (arrows). These Debian Noto files (fonts-noto-core)
   stand in for the platform fonts the README names, per script.
2. The committed subset is what tools/ethiopic_font.py makes from the catalogs now (same bytes).
3. Its licence, static/fonts/OFL.txt, carries the font's own copyright line.

It first proves on crafted catalogs that it fails when a character has no font or the subset
is stale (the self-tests below), then checks the real ones. Exits 1 on any problem.
"""

import json
import re
import sys
import tempfile
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ethiopic_font  # noqa: E402  (beside this file)
from fontTools.ttLib import TTFont, TTLibError  # noqa: E402

ROOT = ethiopic_font.ROOT
NOTO = Path("/usr/share/fonts/truetype/noto")
SUBSET = ethiopic_font.OUTPUT
CSS = ROOT / "static" / "app.css"
FAMILY = "Pathways Ethiopic"
REGENERATE = ".venv/bin/python tools/ethiopic_font.py (or scripts/generate.sh), then commit static/fonts/"
ARABIC = [(0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)]


def rel(path):
    """A path as the project names it (relative to the repository when inside it)."""
    path = Path(path)
    return path.relative_to(ROOT) if path.is_absolute() and path.is_relative_to(ROOT) else path


def is_arabic(c):
    return any(lo <= ord(c) <= hi for lo, hi in ARABIC)


def scripts(subset=SUBSET):
    """(script, test, fonts) rows, first match wins: the fonts that draw a character of a script."""
    return [
        ("Ethiopic", ethiopic_font.is_ethiopic, [Path(subset)]),
        ("Arabic", is_arabic, [NOTO / "NotoNaskhArabic-Regular.ttf", NOTO / "NotoSansArabic-Regular.ttf"]),
        ("Latin and the rest", lambda c: True, [NOTO / "NotoSans-Regular.ttf", NOTO / "NotoSansSymbols-Regular.ttf"]),
    ]


_cmaps = {}


def cmap(font):
    """The code points a font file maps (read once)."""
    font = Path(font)
    if font not in _cmaps:
        if not font.exists():
            raise SystemExit(f"{font} is missing: install Debian's fonts-noto-core (scripts/setup.sh)")
        try:
            with TTFont(font) as f:
                _cmaps[font] = set(f.getBestCmap())
        except TTLibError as e:
            raise ValueError(f"{rel(font)} is not a font file fontTools can read ({e})") from e
    return _cmaps[font]


def unicode_range(css_text, family=FAMILY):
    """The (first, last) code point ranges of the @font-face of `family` in a style sheet."""
    for face in re.findall(r"@font-face\s*\{([^}]*)\}", css_text):
        if re.search(r"font-family:\s*[\"']?" + re.escape(family) + r"[\"']?\s*;", face):
            found = re.search(r"unicode-range:\s*([^;}]*)", face)
            if not found:
                return None
            ranges = []
            for part in found.group(1).split(","):
                lo, _, hi = part.strip().removeprefix("U+").removeprefix("u+").partition("-")
                ranges.append((int(lo, 16), int(hi or lo, 16)))
            return ranges
    return None


def in_ranges(c, ranges):
    return any(lo <= ord(c) <= hi for lo, hi in ranges)


def where(catalog, c):
    """The first key whose text holds `c`."""
    return next((k for k, v in catalog.items() if c in "".join(ethiopic_font.texts(v))), "?")


def uncovered(path, subset=SUBSET, ranges=None):
    """Problems with the characters of the catalog file `path`: those no font of their script has."""
    catalog = ethiopic_font.read_catalog(path)
    problems = []
    for c in sorted(ethiopic_font.characters(catalog)):
        script, _, fonts = next(row for row in scripts(subset) if row[1](c))
        name = f'"{c}" (U+{ord(c):04X}, in {where(catalog, c)})'
        if not any(ord(c) in cmap(f) for f in fonts):
            problems.append(f"{path}: {name} is in no {script} font ({', '.join(f.name for f in fonts)})")
        elif script == "Ethiopic" and ranges is not None and not in_ranges(c, ranges):
            problems.append(f"{path}: {name} is outside the unicode-range of {FAMILY} in {CSS.name}: the browser would not use the font for it")
    return problems


def stale(subset=SUBSET, i18n=ROOT / "i18n"):
    """Problems if the subset differs from what tools/ethiopic_font.py makes from the catalogs now."""
    if not Path(subset).exists():
        return [f"{rel(subset)} is missing: run {REGENERATE}"]
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.woff2"
        chars = ethiopic_font.build(fresh, i18n)
        if fresh.read_bytes() == Path(subset).read_bytes():
            return []
        try:
            held = {chr(u) for u in cmap(subset)}
        except ValueError as e:
            return [f"{e}: run {REGENERATE}"]
        lacks, extra = sorted(chars - held), sorted(held - chars)
        if lacks or extra:
            return [f"{rel(subset)} is out of date with the catalogs (it lacks {''.join(lacks) or 'nothing'}; it has {''.join(extra) or 'nothing'} no catalog uses): run {REGENERATE}"]
        return [f"{rel(subset)} holds the right characters but regenerating it gives other bytes: the source font or the tools differ from those pinned (fonts-noto-core 20201225-1, requirements.txt); run {REGENERATE}"]


def problems():
    """Every problem with the real catalogs, the shipped subset and its licence."""
    out = []
    ranges = unicode_range(CSS.read_text(encoding="utf-8"))
    if ranges is None:
        out.append(f"{CSS}: no @font-face for {FAMILY} with a unicode-range")
        ranges = []
    for code in sorted(chr(u) for u in cmap(SUBSET) if not in_ranges(chr(u), ranges)):
        out.append(f"{SUBSET.name} holds U+{ord(code):04X}, outside its unicode-range: a glyph no browser would use")
    files = sorted((ROOT / "i18n").glob("*.json"))
    for path in files:
        found = uncovered(path.relative_to(ROOT), ranges=ranges)
        out += found
        if not found:
            print(f"  {path.relative_to(ROOT)}: {len(ethiopic_font.characters(ethiopic_font.read_catalog(path)))} characters, each in a font")
    out += stale()
    with TTFont(SUBSET) as font:
        copyright_line = font["name"].getDebugName(0)
    if copyright_line not in (ROOT / "static" / "fonts" / "OFL.txt").read_text(encoding="utf-8"):
        out.append(f"static/fonts/OFL.txt does not carry the font's copyright line: {copyright_line}")
    return out


class Crafted(unittest.TestCase):
    """The check fails where it must: crafted catalogs beside copies of the real ones."""

    def crafted(self, tmp, text):
        """A catalog file in `tmp` with one text, `text`."""
        path = Path(tmp) / "xx.json"
        path.write_text(json.dumps({"crafted.key": text}, ensure_ascii=False), encoding="utf-8")
        return path

    def catalogs(self, tmp, extra):
        """i18n/ in `tmp`: ti.json and am.json as they are, with `extra` added to ti.json's texts."""
        i18n = Path(tmp) / "i18n"
        i18n.mkdir()
        for code in ethiopic_font.CATALOGS:
            catalog = ethiopic_font.read_catalog(ROOT / "i18n" / f"{code}.json")
            if code == "ti":
                catalog["crafted.key"] = extra
            (i18n / f"{code}.json").write_text(json.dumps(catalog, ensure_ascii=False), encoding="utf-8")
        return i18n

    def test_a_character_no_font_has_fails_naming_file_character_and_key(self):
        with tempfile.TemporaryDirectory() as tmp:
            found = uncovered(self.crafted(tmp, "ሰላም 😀"))
            self.assertEqual(len(found), 1, found)
            self.assertIn("U+1F600, in crafted.key", found[0])

    def test_a_geez_character_outside_the_subset_fails(self):
        # U+1380, ETHIOPIC SYLLABLE SEBATBEIT MWA: in Noto Sans Ethiopic, in no catalog.
        self.assertIn(0x1380, cmap(ethiopic_font.SOURCE))
        with tempfile.TemporaryDirectory() as tmp:
            found = uncovered(self.crafted(tmp, "ሰላም \u1380"))
            self.assertEqual(len(found), 1, found)
            self.assertIn("U+1380", found[0])
            self.assertIn("no Ethiopic font", found[0])

    def test_a_geez_character_outside_the_unicode_range_fails(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = self.crafted(tmp, "ሀ ሰ")
            found = uncovered(path, ranges=[(0x1200, 0x122F)])
            self.assertEqual(len(found), 1, found)
            self.assertIn("U+1230", found[0])
            self.assertIn("outside the unicode-range", found[0])
            self.assertEqual(uncovered(path, ranges=[(0x1200, 0x139F)]), [])

    def test_the_unicode_range_is_read_from_the_style_sheet(self):
        css = '@font-face { font-family: "Other"; unicode-range: U+0-FF; }\n' \
              '@font-face { font-family: "Pathways Ethiopic"; src: url(x.woff2); unicode-range: U+1200-139F, U+AB00; }'
        self.assertEqual(unicode_range(css), [(0x1200, 0x139F), (0xAB00, 0xAB00)])
        self.assertIsNone(unicode_range('@font-face { font-family: "Pathways Ethiopic"; src: url(x.woff2); }'))

    def test_a_stale_subset_fails_and_says_which_command_to_run(self):
        # A catalog gains U+1380: the committed subset lacks it.
        with tempfile.TemporaryDirectory() as tmp:
            i18n = self.catalogs(tmp, "\u1380")
            found = stale(SUBSET, i18n)
            self.assertEqual(len(found), 1, found)
            self.assertIn("lacks \u1380", found[0])
            self.assertIn("tools/ethiopic_font.py", found[0])

    def test_a_subset_with_other_bytes_fails(self):
        # The same characters cut another way (hinting kept), as another fontTools might.
        from fontTools import subset

        with tempfile.TemporaryDirectory() as tmp:
            other = Path(tmp) / "other.woff2"
            args = ethiopic_font.pyftsubset_args(ethiopic_font.needed(), other)
            subset.main([a for a in args if a != "--no-hinting"])
            found = stale(other)
            self.assertEqual(len(found), 1, found)
            self.assertIn("other bytes", found[0])

    def test_a_file_that_is_not_a_font_fails_with_its_name(self):
        with tempfile.TemporaryDirectory() as tmp:
            broken = Path(tmp) / "broken.woff2"
            broken.write_bytes(SUBSET.read_bytes()[:100])
            found = stale(broken)
            self.assertEqual(len(found), 1, found)
            self.assertIn("broken.woff2 is not a font file", found[0])


if __name__ == "__main__":
    print("font check: self-tests on crafted catalogs")
    result = unittest.main(argv=[sys.argv[0]], exit=False, verbosity=2).result
    print("font check: the catalogs, the shipped subset and its licence")
    found = problems()
    for p in found:
        print(f"  PROBLEM {p}")
    failed = len(result.failures) + len(result.errors) + len(found)
    print(f"font check: {result.testsRun} self-tests, {len(result.failures) + len(result.errors)} failed; {len(found)} problem(s) in the real files")
    sys.exit(1 if failed else 0)
