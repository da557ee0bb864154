"""An independent age implementation for the tests: pyrage (Python bindings of rage), pinned in
requirements.txt and installed into .venv by scripts/setup.sh.

    .venv/bin/python tests/age/pyrage_tool.py decrypt PASSPHRASE < locked > plain
    .venv/bin/python tests/age/pyrage_tool.py encrypt PASSPHRASE [--armor] < plain > locked

Exit code 1 with pyrage's message on stderr when it refuses (a wrong passphrase).
"""
import sys

import pyrage


def main(argv):
    if len(argv) < 2 or argv[0] not in ("encrypt", "decrypt"):
        sys.stderr.write(__doc__)
        return 2
    data = sys.stdin.buffer.read()
    try:
        if argv[0] == "decrypt":
            out = pyrage.passphrase.decrypt(data, argv[1])
        else:
            out = pyrage.passphrase.encrypt(data, argv[1], armored="--armor" in argv[2:])
    except pyrage.DecryptError as e:
        sys.stderr.write(f"pyrage: {e}\n")
        return 1
    sys.stdout.buffer.write(out if isinstance(out, bytes) else out.encode())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
