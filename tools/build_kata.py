"""Build ``src/zi_docs/data/kata/wordfreq-id.txt``: valid Indonesian words that the
hunspell-id list lacks (doktoral is not in it, kolaboratif, disabilitas, rutinitas are),
taken from wordfreq's Indonesian frequency list at packaging time, so that zi_docs needs
no wordfreq at run time.

    pip install wordfreq==3.1.1 && python tools/build_kata.py

A word is kept when it is frequent (Zipf frequency ≥ 3.0, about once in a million
words), at least four letters, unknown to hunspell-id, and cannot be a slip for a word
hunspell-id knows: a word one edit away from a more frequent known word
(telpon/telepon, negri/negeri, yan/yang) is left out, and so is a word at least as
frequent in English as in Indonesian (money, council, letter).  Non-standard forms listed in ``data/kamus/baku.tsv`` and words the
more precise rules read (a preposition or words run together) are never kept: this
list adds words, it never makes a non-standard form right.

wordfreq's data is CC BY-SA 4.0 (Robyn Speer and contributors); the list built from it
is shipped under that licence with its attribution (``data/kata/README.md``).
"""

from __future__ import annotations

import re
import string
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "zi_docs" / "data" / "kata" / "wordfreq-id.txt"
MIN_ZIPF = 3.0
_WORD = re.compile(r"[a-z]{4,}(?:-[a-z]+)*")

HEADER = """\
# Valid Indonesian words missing from hunspell-id, from wordfreq {version} (Indonesian,
# Zipf frequency >= {zipf}); built by tools/build_kata.py.  Data: wordfreq, Robyn Speer and
# contributors, CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); see README.md.
"""


def _edits1(word: str) -> set[str]:
    letters = string.ascii_lowercase
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return (
        {a + b[1:] for a, b in splits if b}
        | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
        | {a + c + b[1:] for a, b in splits if b for c in letters}
        | {a + c + b for a, b in splits for c in letters}
    )


def main() -> None:
    from importlib import metadata

    import wordfreq

    sys.path.insert(0, str(ROOT / "src"))
    from zi_docs.checks.rules.spelling.eja001_unknown_word import handled_elsewhere
    from zi_docs.language.spelling import kamus

    k = kamus()
    none: frozenset[str] = frozenset()
    known = {}

    def is_known(w: str) -> bool:
        if w not in known:
            known[w] = k.known(w, none)
        return known[w]

    kept = []
    for word in wordfreq.get_frequency_dict("id"):
        if not _WORD.fullmatch(word) or wordfreq.zipf_frequency(word, "id") < MIN_ZIPF:
            continue
        if is_known(word) or k.baku(word) or handled_elsewhere(k, word, none):
            continue
        # English in Indonesian text (money, council): as common or more in English, it is
        # no Indonesian word, and in a decree it is more often a slip (money for monev)
        if wordfreq.zipf_frequency(word, "en") >= wordfreq.zipf_frequency(word, "id"):
            continue
        # a slip is rarer than the word it is a slip for: telpon/telepon, negri/negeri
        zipf = wordfreq.zipf_frequency(word, "id")
        if any(wordfreq.zipf_frequency(e, "id") > zipf and is_known(e) for e in _edits1(word) if e != word):
            continue
        kept.append(word)
    text = HEADER.format(version=metadata.version("wordfreq"), zipf=MIN_ZIPF) + "\n".join(sorted(kept)) + "\n"
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {len(kept)} words to {OUT.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
