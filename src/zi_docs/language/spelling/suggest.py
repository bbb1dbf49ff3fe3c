"""Spelling suggestions: the dictionary words nearest to an unknown word, fast.

hunspell's engine (spylls) suggests in seconds; comparing only words of about the same
length, with rapidfuzz's bit-parallel Levenshtein, takes about a millisecond.
"""

from __future__ import annotations

import os

from rapidfuzz import process
from rapidfuzz.distance import OSA, Levenshtein

from .kamus import Kamus
from .morphology import match_case


def candidates(k: Kamus, first: str, length: int) -> list[str]:
    """The words of ``length`` letters starting with ``first`` (any first letter for ""),
    sorted: the dictionary's, ours and the terms'.  Words with other characters than
    letters and hyphens (abbreviations with dots) are never suggested."""
    key = (first, length)
    words = k.suggestion_buckets.get(key)
    if words is None:
        ours = {w for w in k.tambahan | {t for t in k.istilah if t.isalpha()} if len(w) == length}
        ours = {w for w in ours if w.startswith(first)}
        found = k.forms.of_length(length, first)
        merged = sorted(set(found) | ours) if ours else found
        words = [w for w in merged if w.isalpha() or "-" in w]
        k.suggestion_buckets[key] = words
    return words


def suggest(k: Kamus, word: str, limit: int = 3) -> list[str]:
    """Up to ``limit`` dictionary words close to ``word``, best first.

    Only words whose length differs by at most the edit cutoff are compared, with
    rapidfuzz's bit-parallel Levenshtein (at most 2 edits); ties are broken by OSA
    distance (a swap counts once: pengaudan → pengaduan), then by a common
    beginning and end."""
    w = word.lower()
    if not w:
        return []
    found: dict[str, int] = {}
    # Widening passes, stopping at the first that finds something: one edit among
    # words with the same first letter (most typos; a twentieth of the words), then
    # two edits, then two edits among all words.
    for first, cutoff in ((w[0], 1), (w[0], 2), ("", 2)):
        for length in range(max(1, len(w) - cutoff), len(w) + cutoff + 1):
            choices = candidates(k, first, length)
            if not choices:
                continue
            for cand, dist, _ in process.extract(
                w, choices, scorer=Levenshtein.distance, score_cutoff=cutoff, limit=40
            ):
                found[cand] = dist
        if found:
            break

    def rank(cand: str) -> tuple[int, int, int, int]:
        prefix = len(os.path.commonprefix([w, cand]))
        suffix = len(os.path.commonprefix([w[::-1], cand[::-1]]))
        return (OSA.distance(w, cand), found[cand], -(prefix + suffix), abs(len(cand) - len(w)))

    best = sorted(found, key=rank)[:limit]
    # a term keeps its own spelling (monev, Plh); a word takes the case of the input
    return [k.istilah.get(b) or match_case(word, b) if b in k.istilah else match_case(word, b) for b in best]
