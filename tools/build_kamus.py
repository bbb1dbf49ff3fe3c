"""Refresh the bundled hunspell-id dictionary and check our affix expansion.

    python tools/build_kamus.py [--from /usr/share/hunspell] [--sample 2000]

Copies ``id_ID.dic``/``id_ID.aff`` from the system package ``hunspell-id`` (apt-get
install hunspell-id) into ``src/zi_docs/data/kamus/``, then expands them with
:mod:`zi_docs.language.spelling` and compares a random sample of the forms with spylls (hunspell's
algorithm in Python): every form we produce must be one hunspell accepts.  The licence
files next to the dictionary stay as they are; check
``/usr/share/doc/hunspell-id/copyright`` when the package changes.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from zi_docs.language.spelling import KAMUS_DIR, expand_dictionary


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--from", dest="source", type=Path, default=Path("/usr/share/hunspell"))
    parser.add_argument("--sample", type=int, default=2000)
    parser.add_argument("--no-copy", action="store_true", help="only check the bundled files")
    args = parser.parse_args()

    if not args.no_copy:
        for name in ("id_ID.dic", "id_ID.aff"):
            shutil.copyfile(args.source / name, KAMUS_DIR / name)
            print(f"copied {args.source / name} -> {KAMUS_DIR / name}")

    start = time.perf_counter()
    forms, stems = expand_dictionary(KAMUS_DIR / "id_ID.dic", KAMUS_DIR / "id_ID.aff")
    print(f"{len(stems)} stems -> {len(forms)} forms in {time.perf_counter() - start:.2f} s")

    from spylls.hunspell import Dictionary

    engine = Dictionary.from_files(str(KAMUS_DIR / "id_ID"))
    candidates = sorted(w for w in forms if "-" not in w)  # spylls breaks words at hyphens
    sample = random.Random(0).sample(candidates, min(args.sample, len(candidates)))
    rejected = [w for w in sample if not (engine.lookup(w) or engine.lookup(w.capitalize()))]
    print(f"spylls accepts {len(sample) - len(rejected)} of {len(sample)} sampled forms")
    if rejected:
        print("rejected:", ", ".join(rejected[:50]))
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
