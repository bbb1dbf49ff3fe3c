"""Suggestion speed: our length-bucketed rapidfuzz index against spylls' ``suggest``.

    python benchmarks/spelling.py [--words 1000] [--engine-sample 20]

Misspellings are made by mutating real dictionary words (drop, swap, double or
replace one letter) and keeping only those that are not words themselves.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from zi_docs.language.spelling import KAMUS_DIR, kamus


def mutate(word: str, rng: random.Random) -> str:
    i = rng.randrange(len(word))
    kind = rng.choice(("drop", "swap", "double", "replace"))
    if kind == "drop":
        return word[:i] + word[i + 1 :]
    if kind == "swap" and i < len(word) - 1:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == "double":
        return word[:i] + word[i] + word[i:]
    return word[:i] + rng.choice("aiueokgnmtsrl") + word[i + 1 :]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=1000)
    parser.add_argument("--engine-sample", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    start = time.perf_counter()
    k = kamus()
    print(f"dictionary loaded in {time.perf_counter() - start:.3f} s ({len(k.forms)} forms)")
    start = time.perf_counter()
    k.suggest("pengaudan")
    print(f"suggestion index built in {time.perf_counter() - start:.3f} s")

    pool = sorted(w for w in k.forms if w.isalpha() and 5 <= len(w) <= 14)
    misspelled: list[tuple[str, str]] = []
    while len(misspelled) < args.words:
        word = rng.choice(pool)
        wrong = mutate(word, rng)
        if wrong != word and not k.known(wrong):
            misspelled.append((wrong, word))

    ours: list[float] = []
    hits = 0
    for wrong, right in misspelled:
        t = time.perf_counter()
        suggestions = k.suggest(wrong)
        ours.append(time.perf_counter() - t)
        hits += right in suggestions
    ours_mean = statistics.fmean(ours)
    print(
        f"ours:   {ours_mean * 1000:.2f} ms/word over {len(misspelled)} words "
        f"(median {statistics.median(ours) * 1000:.2f} ms); original word among the 3 suggestions: {hits / len(misspelled):.0%}"
    )

    from spylls.hunspell import Dictionary

    engine = Dictionary.from_files(str(KAMUS_DIR / "id_ID"))
    sample = rng.sample(misspelled, min(args.engine_sample, len(misspelled)))
    theirs: list[float] = []
    engine_hits = 0
    for wrong, right in sample:
        t = time.perf_counter()
        suggestions = list(engine.suggest(wrong))[:3]
        theirs.append(time.perf_counter() - t)
        engine_hits += right in suggestions
    theirs_mean = statistics.fmean(theirs)
    print(
        f"spylls: {theirs_mean * 1000:.1f} ms/word over {len(sample)} words; "
        f"original word among its first 3: {engine_hits / len(sample):.0%}"
    )
    print(f"ratio ours/spylls: 1/{theirs_mean / ours_mean:.0f}")


if __name__ == "__main__":
    main()
