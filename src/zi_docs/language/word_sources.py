"""Valid Indonesian words from sources other than hunspell-id.

hunspell-id misses words KBBI lists (doktoral, kolaboratif, disabilitas, rutinitas);
the unknown-word rule asks :func:`valid_word` before reporting one.  Two lists, both in
``data/kata/`` with their source and licence next to them: frequent words of wordfreq's
Indonesian list (CC BY-SA 4.0, built at packaging time by ``tools/build_kata.py``) and
the domain's own words.  Place names come from :func:`zi_docs.language.gazetteer.kata_tempat`.

>>> valid_word("doktoral"), valid_word("kolaboratifnya"), valid_word("pembanguan")
(True, True, False)

These lists only add words: a non-standard form (``data/kamus/baku.tsv``) stays
non-standard, because the non-standard-word rule reads that list on its own.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

FILES = ("wordfreq-id.txt", "kata-domain.txt")
#: what may follow a word without making another word (timbulnya, kolaboratiflah)
_CLITICS = ("nya", "lah", "kah", "pun", "ku", "mu")


@cache
def words() -> frozenset[str]:
    """Every word of the lists, lowercase (read on first use, kept for the process)."""
    folder = resources.files("zi_docs").joinpath("data", "kata")
    found: set[str] = set()
    for name in FILES:
        for line in folder.joinpath(name).read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                found.add(line.lower())
    return frozenset(found)


def valid_word(word: str) -> bool:
    """``word`` (any case) is in a list, alone, with a clitic, or reduplicated."""
    w = word.lower()
    table = words()
    if w in table:
        return True
    if "-" in w:
        return all(part in table for part in w.split("-") if part)
    return any(w.endswith(c) and w[: -len(c)] in table for c in _CLITICS)
