"""Checks the translators' PO files (`pathways catalog export`) with tools other than ours.

For every language: GNU `msgfmt --check` accepts the file with no warning; Python's `polib` reads
it, with one entry per English key or plural family, each with its key as msgctxt, English's text
as msgid (and msgid_plural), the catalog's text as msgstr, and "fuzzy" exactly on the translated
entries no review is recorded for; the file compiled by msgfmt and read by Python's own `gettext`
gives, for every count from 0 to 1,200 (and a million), the catalog's text for the plural
category Babel's CLDR data gives that count (so the Plural-Forms header and the order of the
forms are right); and the file as polib and as GNU `msgcat` write it back (their own line
wrapping) imports with no change, byte for byte.

    .venv/bin/python tools/po_check.py      (scripts/setup.sh makes .venv from requirements.txt)

Ends with "N passed, M failed" and exits 1 if anything failed.
"""

import gettext
import json
import os
import shutil
import subprocess
import sys
import tempfile

import polib
from babel import Locale

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
I18N = os.path.join(ROOT, "i18n")
FORMS = ["zero", "one", "two", "few", "many", "other"]


def build_pathways():
    """Builds the command-line tool once; its path."""
    subprocess.run(["cargo", "build", "--quiet", "--locked", "--bin", "pathways"], cwd=ROOT, check=True)
    meta = json.loads(subprocess.run(["cargo", "metadata", "--format-version", "1", "--no-deps"], cwd=ROOT, capture_output=True, text=True, check=True).stdout)
    return os.path.join(meta["target_directory"], "debug", "pathways")


PATHWAYS = None


def pathways(*args):
    return subprocess.run([PATHWAYS, *args], cwd=ROOT, capture_output=True, text=True)


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def entries(english):
    """Each English key, or plural family (a key with .one and .other forms), as the PO has them."""
    out = {}
    for key in english:
        if key.startswith("_"):
            continue
        family, _, form = key.rpartition(".")
        if form in FORMS and f"{family}.one" in english and f"{family}.other" in english:
            out[family] = True
        else:
            out[key] = False
    return out


def check_language(code, english, work):
    """The problems found in one language's file, by check."""
    catalog = load(os.path.join(I18N, f"{code}.json"))
    review_path = os.path.join(I18N, "review", f"{code}.json")
    records = load(review_path) if os.path.exists(review_path) else {}
    po_path = os.path.join(work, f"{code}.po")
    done = pathways("catalog", "export", "--lang", code, "--out", po_path)
    if done.returncode != 0:
        return {"export": [done.stderr.strip()]}
    problems = {}

    # GNU gettext: no error, no warning.
    mo_path = os.path.join(work, f"{code}.mo")
    done = subprocess.run(["msgfmt", "--check", "--use-fuzzy", "-o", mo_path, po_path], capture_output=True, text=True)
    problems["msgfmt --check"] = [] if done.returncode == 0 and not done.stderr.strip() else [done.stderr.strip() or f"exit {done.returncode}"]

    # polib: the entries, their English, their texts and their marks.
    po = polib.pofile(po_path)
    found = []
    if po.metadata.get("Language") != code:
        found.append(f"Language: {po.metadata.get('Language')!r}")
    expected = entries(english)
    contexts = [e.msgctxt for e in po]
    if sorted(contexts) != sorted(expected) or len(set(contexts)) != len(contexts):
        found.append(f"msgctxt: {len(contexts)} entries, {len(set(contexts))} distinct; English has {len(expected)} keys and families")
    for e in po:
        plural = expected.get(e.msgctxt)
        if plural is None:
            continue
        want_id = english[f"{e.msgctxt}.one"] if plural else english[e.msgctxt]
        if e.msgid != want_id or (plural and e.msgid_plural != english[f"{e.msgctxt}.other"]):
            found.append(f"{e.msgctxt}: msgid {e.msgid!r}")
        texts = [v for _, v in sorted(e.msgstr_plural.items())] if plural else [e.msgstr]
        translated = any(texts)
        if not plural and e.msgstr != catalog.get(e.msgctxt, ""):
            found.append(f"{e.msgctxt}: msgstr {e.msgstr!r}, the catalog has {catalog.get(e.msgctxt)!r}")
        if ("fuzzy" in e.flags) != (translated and e.msgctxt not in records):
            found.append(f"{e.msgctxt}: fuzzy is {'fuzzy' in e.flags}, translated {translated}, reviewed {e.msgctxt in records}")
    problems["polib"] = found

    # Python's gettext on msgfmt's compiled file, against Babel's CLDR plural categories.
    found = []
    locale = Locale.parse(code)
    with open(mo_path, "rb") as f:
        translations = gettext.GNUTranslations(f)
    for family in (k for k, plural in expected.items() if plural):
        one, other = english[f"{family}.one"], english[f"{family}.other"]
        if f"{family}.other" not in catalog:
            continue
        for n in list(range(0, 1201)) + [1_000_000, 2_000_000]:
            got = translations.npgettext(family, one, other, n)
            want = catalog[f"{family}.{locale.plural_form(n)}"]
            if got != want:
                found.append(f"{family}, n={n}: gettext gives {got!r}, CLDR's {locale.plural_form(n)} form is {want!r}")
                break
    problems["gettext + Babel plural forms"] = found

    # Written back by other tools (their own wrapping), the file imports with no change.
    for tool in ["polib", "msgcat"]:
        copy = os.path.join(work, f"i18n-{code}-{tool}")
        shutil.copytree(I18N, copy)
        rewritten = os.path.join(work, f"{code}.{tool}.po")
        if tool == "polib":
            po.save(rewritten)
        else:
            subprocess.run(["msgcat", "--width=60", "-o", rewritten, po_path], check=True)
        with open(rewritten, encoding="utf-8") as f:
            wrapped = sum(1 for line in f if line.startswith('"'))
        done = pathways("catalog", "import", rewritten, "--i18n", copy)
        found = []
        if done.returncode != 0 or ": 0 text(s) changed, 0 review(s) recorded, 0 entr(ies) skipped" not in done.stdout:
            found.append(f"import: exit {done.returncode}: {done.stdout.strip()} {done.stderr.strip()[:2000]}")
        for name in [f"{code}.json", os.path.join("review", f"{code}.json")]:
            with open(os.path.join(copy, name), "rb") as a, open(os.path.join(I18N, name), "rb") as b:
                if a.read() != b.read():
                    found.append(f"i18n/{name} changed")
        if wrapped < 50:
            found.append(f"only {wrapped} continuation lines: {tool} did not wrap, so this proves little")
        problems[f"{tool} rewrite, imported"] = found
    return problems


def main():
    global PATHWAYS
    PATHWAYS = build_pathways()
    english = load(os.path.join(I18N, "en.json"))
    codes = sorted(f[:-5] for f in os.listdir(I18N) if f.endswith(".json") and f.count(".") == 1 and f != "en.json")
    passed = failed = 0
    with tempfile.TemporaryDirectory(prefix="pathways-po-") as work:
        for code in codes:
            for check, found in check_language(code, english, work).items():
                if found:
                    failed += 1
                    print(f"FAIL {code}: {check}")
                    for line in found[:10]:
                        print(f"  {line}")
                else:
                    passed += 1
                    print(f"ok   {code}: {check}")
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
