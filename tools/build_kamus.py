"""Refresh the bundled hunspell-id dictionary, compile it, and check our affix expansion.

    python tools/build_kamus.py [--from /usr/share/hunspell] [--sample 2000]
    python tools/build_kamus.py --no-copy          # only recompile and check the bundled files

Copies ``id_ID.dic``/``id_ID.aff`` from the system package ``hunspell-id`` (apt-get
install hunspell-id) into ``src/zi_docs/data/kamus/``, expands them with
:mod:`zi_docs.language.spelling` into the compiled dictionary ``id_ID.kamus`` that
checks map from disk (commit it with the .dic/.aff; tests/language/test_spelling_compiled.py
fails while it is stale), then the tables compiled the same way beside it: the forms the
table of non-standard words claims (``baku.kamus``, from baku.tsv and baku-lazim.tsv) and
the words of every place name (``data/wilayah/kata-tempat.kamus``, from the gazetteer;
and the regulation catalogue ``data/peraturan/peraturan.json`` from its YAML;
tests/language/test_compiled_tables.py fails while any is stale), and compares a random sample of the forms with spylls
(hunspell's algorithm in Python): every form we produce must be one hunspell accepts.  The licence
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

from zi_docs.language.gazetteer import KATA_TEMPAT, compile_kata_tempat
from zi_docs.language.peraturan import CATALOGUE_COMPILED, compile_catalogue
from zi_docs.language.spelling import COMPILED, KAMUS_DIR, Kamus, compile_dictionary, expand_dictionary
from zi_docs.language.spelling.kamus import BAKU_COMPILED


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--from", dest="source", type=Path, default=Path("/usr/share/hunspell"))
    parser.add_argument("--sample", type=int, default=2000)
    parser.add_argument("--no-copy", action="store_true", help="only compile and check the bundled files")
    parser.add_argument("--no-spylls", action="store_true", help="only compile (no comparison with spylls)")
    args = parser.parse_args()

    if not args.no_copy:
        for name in ("id_ID.dic", "id_ID.aff"):
            shutil.copyfile(args.source / name, KAMUS_DIR / name)
            print(f"copied {args.source / name} -> {KAMUS_DIR / name}")

    start = time.perf_counter()
    COMPILED.write_bytes(compile_dictionary(KAMUS_DIR / "id_ID.dic", KAMUS_DIR / "id_ID.aff"))
    print(
        f"wrote {COMPILED.relative_to(ROOT)} ({COMPILED.stat().st_size} bytes) in {time.perf_counter() - start:.2f} s"
    )
    # The tables a check looks words up in beside the dictionary, compiled the same way.
    for path, build in ((BAKU_COMPILED, lambda: Kamus().compile_baku_claims()), (KATA_TEMPAT, compile_kata_tempat)):
        path.write_bytes(build())
        print(f"wrote {path.relative_to(ROOT)} ({path.stat().st_size} bytes)")
    # and the regulation catalogue as JSON, which a check reads without a YAML parser
    CATALOGUE_COMPILED.write_text(compile_catalogue(), encoding="utf-8")
    print(f"wrote {CATALOGUE_COMPILED.relative_to(ROOT)}")
    if args.no_spylls:
        return 0

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
