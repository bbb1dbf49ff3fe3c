"""EJA001: a word that is in no dictionary (KBBI via hunspell-id, and our own lists)."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable
from functools import cache
from importlib import resources

from rapidfuzz import process
from rapidfuzz.distance import OSA

from ....i18n import Message
from ....language.gazetteer import kata_tempat
from ....language.spelling import (
    Kamus,
    Token,
)
from ....language.word_sources import valid_word
from ...context import CheckContext
from ...finding import Finding, Fix, Severity
from ...registry import Rule, register
from ._helpers import (
    Teks,
    answers,
    detector,
    extra_words,
    memo,
    names,
    prose,
    remembered,
    remembered_all,
    the_kamus,
    words_of,
)


def _plain(word: str) -> bool:
    """Not a short word, an acronym or a word with capitals inside (see ``UnknownWord.check``).
    For a token's text: its letters are all cased (:data:`~zi_docs.language.spelling.LETTER`)
    and it ends with one, so "no capital after the first letter" is ``word[1:].islower()``."""
    return not (len(word) < 3 or word.isupper() or not word[1:].islower())


@cache
def domain_words() -> frozenset[str]:
    """The domain's own words (monev, plh, renstra …), lowercase: data/kata/kata-domain.txt."""
    text = resources.files("zi_docs").joinpath("data", "kata", "kata-domain.txt").read_text(encoding="utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _vocabulary(ctx: CheckContext, k: Kamus, extra: frozenset[str]) -> frozenset[str]:
    """The known words the decree itself uses, lowercase, and the domain's: what a typo in
    it most likely meant ("money" in a decree that writes MONEV elsewhere)."""

    def build() -> frozenset[str]:
        counts = Counter(tok.text.lower() for teks in prose(ctx) for tok in teks.tokens if tok.text.isalpha())
        used = {w for w in counts if len(w) > 1 and (k.known(w, extra) or valid_word(w))}
        return frozenset(used | domain_words())

    return memo(ctx, "eja001.vocabulary", lambda _: build())(None)


def ranked(word: str, suggestions: list[str], local: frozenset[str]) -> tuple[list[str], bool]:
    """Candidates for ``word``, best first, and whether the first is clearly best.

    Ranked by edit distance (a swap counts once), then by whether the decree or the domain
    uses the word, then by whether the word is the candidate cut short (mempunya →
    mempunyai, not memunya), then by the beginning and end it shares.  Clearly best:
    better than the second on one of these."""
    w = word.lower()
    found = {c.lower() for c in suggestions}
    found |= {c for c, _, _ in process.extract(w, local, scorer=OSA.distance, score_cutoff=2, limit=10)}
    found.discard(w)

    def key(c: str) -> tuple[int, int, int, int]:
        # last, as the dictionary's own ranking does: the longer beginning and end in common
        # (pembanguan → pembangunan, not pembangun)
        ends = len(os.path.commonprefix([w, c])) + len(os.path.commonprefix([w[::-1], c[::-1]]))
        return (OSA.distance(w, c), 0 if c in local else 1, 0 if c.startswith(w) else 1, -ends)

    order = sorted(found, key=lambda c: (*key(c), c))
    clear = bool(order) and (len(order) == 1 or key(order[0]) < key(order[1]))
    cased = [c.capitalize() if word[:1].isupper() and not word.isupper() else c for c in order]
    return cased, clear


#: the detectors of the more precise rules (EJA002/003/004/006/016): what they flag among
#: the decree's words is looked up; EJA017's and the second EJA006's are asked of a word
_FOUND_ELSEWHERE = ("baku", "unmelted", "glued_preposition", "compound_single", "camel_split")
_ASKED_ELSEWHERE = ("scan_swap", "glued_words")


def handled_elsewhere(ctx: CheckContext) -> Callable[[str], bool]:
    """Whether a more precise rule reports a word: then this one does not report it twice.
    The detectors' answers are the run's, shared with the rules that report them."""
    found = set().union(*(answers(ctx, name).keys() for name in _FOUND_ELSEWHERE))
    vocabulary = words_of(ctx)
    lookups = [detector(ctx, name) for name in _FOUND_ELSEWHERE]
    asks = [detector(ctx, name) for name in _ASKED_ELSEWHERE]

    def elsewhere(word: str) -> bool:
        if word in vocabulary:
            return word in found or any(ask(word) for ask in asks)
        return any(ask(word) for ask in lookups) or any(ask(word) for ask in asks)

    return elsewhere


@register
class UnknownWord(Rule):
    code = "EJA001"
    name = "unknown-word"
    severity = Severity.warning
    summary = Message("kata tidak ada dalam kamus", "word not in the dictionary")
    why = Message(
        "Kata yang tidak dikenal kamus biasanya salah ketik (pembanguan, sekertariat).  Nama orang, "
        "nama diri di tengah kalimat, singkatan, kode, dan istilah asing yang lazim tidak diperiksa; "
        "kata setempat yang benar dapat ditambahkan pada extra-words di konfigurasi.",
        "A word the dictionary does not know is usually a typo (pembanguan, sekertariat).  Person "
        "names, proper nouns inside a sentence, acronyms, codes and common foreign terms are not "
        "checked; a correct local word can be added to extra-words in the configuration.",
    )
    source = "KBBI daring (kamus hunspell-id); Pedoman Umum EYD V"

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        k = the_kamus(ctx)
        extra = extra_words(ctx)
        seen_names = names(ctx)
        # asked once per distinct word (a set's membership test is no call in Python)
        plain = frozenset(filter(_plain, words_of(ctx))).__contains__
        elsewhere = handled_elsewhere(ctx)
        tempat = kata_tempat()

        def is_unknown(word: str) -> bool:
            low = word.lower()
            return not (
                low in extra
                or k.known(low, extra)
                or elsewhere(word)
                # hunspell-id lacks many KBBI words and every place name
                or valid_word(low)
                or (word[0].isupper() and low in tempat)
            )

        unknown = remembered(ctx, "eja001.unknown", is_unknown)

        def read(teks: Teks, joined: bool) -> tuple[list[str], int]:
            """The unknown words of a text, once each, and how many of its words were checked.

            Checked: ordinary words that the dictionary should know.  Left out: a text in
            capitals (a heading), codes, one-letter labels, words in capitals (acronyms), words
            with capitals inside (KemenPANRB; EJA006 reads those), and capitalised words in the
            middle of a sentence, which are names and titles.  A capitalised word at the start
            of a sentence is checked unless it is followed by another capitalised word (a name:
            "Ali Yamin …") or is used as a name elsewhere in the decree; in cells a reader
            joined, no capitalised word is."""
            reported: list[str] = []
            checked = 0
            if teks.heading:
                return reported, checked
            toks, text, last = teks.tokens, teks.text, len(teks.tokens) - 1
            for i, tok in enumerate(toks):
                word = tok.text
                if tok.in_code or not plain(word):
                    continue
                if word[0].isupper():
                    if joined or not tok.sentence_start or word in seen_names:
                        continue
                    if i < last:
                        after = toks[i + 1]
                        if after.text[:1].isupper() and text[tok.end : after.start].strip() == "":
                            continue
                checked += 1
                if word not in reported and unknown(word):
                    reported.append(word)
            return reported, checked

        # what a text holds depends on its words alone (and on whether a reader joined its
        # cells): a text the decree repeats (a position, a unit) is read once
        by_text: dict[tuple[str, bool], tuple[list[str], int]] = {}

        def tally(texts: Iterable[Teks]) -> tuple[list[tuple[Teks, list[str], int, bool]], int]:
            found: list[tuple[Teks, list[str], int, bool]] = []
            total_checked = 0
            for teks in texts:
                # table cells a reader joined: each cell starts with a capital, and names sit
                # in them (a member table flattened into a paragraph); only small words are read
                joined = teks.joined
                got = by_text.get((teks.text, joined))
                if got is None:
                    got = by_text[teks.text, joined] = read(teks, joined)
                reported, checked = got
                if reported:
                    found.append((teks, reported, checked, joined))
                total_checked += checked
            return found, total_checked

        # Only a text holding an unknown word can report one (a capitalised word used as a
        # name is never checked), and how many words the others check counts only when the
        # decree has so many unknown words that it may be a scan: then every text is counted.
        asked = {w for w in words_of(ctx) if plain(w) and not (w[0].isupper() and w in seen_names)}
        suspects = {w for w, bad in remembered_all(ctx, "eja001.unknown", is_unknown, asked).items() if bad}
        found, total_checked = tally(teks for teks in prose(ctx) if not teks.words.isdisjoint(suspects))
        if sum(len(words) for _, words, _, _ in found) >= NOISE_DOCUMENT_WORDS:
            found, total_checked = tally(prose(ctx))
        # a scan read by OCR: unknown words all through the text, not a writer's typos
        scanned = noise(sum(len(words) for _, words, _, _ in found), total_checked, document=True)
        for teks, words, checked, joined in found:
            if scanned or noise(len(words), checked):
                yield self._noise(ctx, teks, words)
            else:
                for word in words:
                    yield self._unknown(ctx, k, teks, word, joined)
        if not scanned:
            yield from self._capitalised(ctx, k, extra)

    def _capitalised(self, ctx: CheckContext, k: Kamus, extra: frozenset[str]) -> Iterable[Finding]:
        """Capitalised words inside a sentence are names and titles, and not checked above;
        but one that misses a dictionary word by one letter inside a title of dictionary
        words ("Inspetorat Jenderal", "Stategi Nasional") is a typo in the title."""
        elsewhere = handled_elsewhere(ctx)
        near = remembered(ctx, "eja001.near_capital", lambda word: near_capital(k, word, extra, elsewhere))

        def read(teks: Teks) -> list[tuple[str, str]]:
            toks = teks.tokens
            reported: dict[str, str] = {}
            for i, tok in enumerate(toks):
                word = tok.text
                if tok.in_code or tok.sentence_start or word in reported or not word.istitle() or not word.isalpha():
                    continue
                if i and toks[i - 1].text.casefold().rstrip(".") in _REGION_WORDS:
                    continue  # Kabupaten Penajem …: a region's name is NAM001's
                right = near(word)
                if right is None or not _in_title(k, teks, toks, i, extra):
                    continue
                reported[word] = right
            return list(reported.items())

        # the words asked are capitalised ones inside a sentence: names() has them all
        asked = {w for w in names(ctx) if w.istitle() and w.isalpha()}
        found = remembered_all(ctx, "eja001.near_capital", lambda word: near_capital(k, word, extra, elsewhere), asked)
        suspects = {w for w, right in found.items() if right is not None}
        by_text: dict[str, list[tuple[str, str]]] = {}  # a text the decree repeats is read once
        for teks in prose(ctx):
            if teks.heading or teks.joined or teks.words.isdisjoint(suspects):
                continue
            hits = by_text.get(teks.text)
            if hits is None:
                hits = by_text[teks.text] = read(teks)
            for word, right in hits:
                yield ctx.finding(
                    type(self),
                    teks.path,
                    word,
                    Message(
                        f'"{word}" tidak ada dalam kamus; mungkin: {right}',
                        f'"{word}" is not in the dictionary; did you mean: {right}',
                    ),
                    fix=Fix(word, right, safe=False),
                )

    def _unknown(self, ctx: CheckContext, k: Kamus, teks: Teks, word: str, joined: bool) -> Finding:
        suggestions, clear = ranked(word, k.suggest(word, limit=5), _vocabulary(ctx, k, extra_words(ctx)))
        suggestions = suggestions[:3]
        if suggestions:
            listed = ", ".join(suggestions)
            message = Message(
                f'"{word}" tidak ada dalam kamus; mungkin: {listed}',
                f'"{word}" is not in the dictionary; did you mean: {listed}',
            )
        else:
            message = Message(f'"{word}" tidak ada dalam kamus', f'"{word}" is not in the dictionary')
        # A fix only for a clear best: two equally good candidates are a person's choice.
        fix = Fix(word, suggestions[0], safe=False) if suggestions and clear else None
        # in cells a reader joined, a word may be two pieces of a word the table wrapped
        # ("penyelengg | araan"): a suggestion to look, not a mistake to correct
        severity = Severity.info if joined else None
        return ctx.finding(type(self), teks.path, word, message, fix=fix, severity=severity)

    def _noise(self, ctx: CheckContext, teks: Teks, words: list[str]) -> Finding:
        listed = ", ".join(words[:8]) + (" …" if len(words) > 8 else "")
        return ctx.finding(
            type(self),
            teks.path,
            words[0],
            Message(
                f"{len(words)} kata tidak dikenal dalam satu paragraf ({listed}): teks ini tampaknya hasil OCR "
                "yang belum diperiksa; bandingkan dengan naskah aslinya",
                f"{len(words)} unknown words in one paragraph ({listed}): this text looks like unchecked OCR "
                "output; compare it with the original",
            ),
            severity=Severity.info,
        )


_REGION_WORDS = frozenset({"kabupaten", "kab", "kota", "provinsi", "prov", "kecamatan", "desa", "kelurahan"})


def near_capital(k: Kamus, word: str, extra: frozenset[str], elsewhere: Callable[[str], bool]) -> str | None:
    """The one dictionary word a capitalised unknown word misses by one edit
    ("Inspetorat" → "Inspektorat"), when it is no place, term or acronym."""
    low = word.lower()
    if len(low) < 6 or low in extra or low in k.istilah or low in kata_tempat() or k.known(low, extra):
        return None
    if valid_word(low) or elsewhere(word):
        return None
    close = {c.lower() for c in k.suggest(low, limit=5) if OSA.distance(low, c.lower()) == 1 and k.is_form(c.lower())}
    # a swap of two letters (Dearah: Daerah or Darah?) is one edit too, which suggest() ranks lower
    close |= {w for i in range(len(low) - 1) if k.is_form(w := low[:i] + low[i + 1] + low[i] + low[i + 2 :])}
    close.discard(low)
    if len(close) != 1:
        return None  # two words as near (or none): a name more likely than a typo
    return next(iter(close)).capitalize()


def _in_title(k: Kamus, teks: Teks, toks: list[Token], i: int, extra: frozenset[str]) -> bool:
    """A capitalised dictionary word right before or after the word (Inspetorat Jenderal,
    tentang Stategi Nasional): a title of ordinary words, where a person's name is not."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(toks):
            a, b = (toks[j], toks[i]) if j < i else (toks[i], toks[j])
            if teks.text[a.end : b.start] != " ":
                continue
            other = toks[j].text
            if other.istitle() and len(other) >= 4 and k.is_form(other.lower()):
                return True
    return False


#: A paragraph where this many words, and this share of its words, are unknown is OCR
#: noise (a scan read badly), not a writer's typos: one note for it, not one per word.
NOISE_WORDS = 4
NOISE_SHARE = 0.15
#: the same for a whole decree: a careful drafter leaves a few typos in thousands of
#: words; a scan leaves dozens (one in fifty words or more)
NOISE_DOCUMENT_WORDS = 25
NOISE_DOCUMENT_SHARE = 0.02


def noise(unknown: int, checked: int, *, document: bool = False) -> bool:
    if document:
        return unknown >= NOISE_DOCUMENT_WORDS and unknown >= NOISE_DOCUMENT_SHARE * checked
    return unknown >= NOISE_WORDS and unknown >= NOISE_SHARE * checked
