"""Spelling mistakes beyond an unknown word: a preposition glued to its noun, a compound
written wrong, two words run together, a capital inside a word, an unmelted meN-."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import NamedTuple

from ...storage.regex_cache import regex
from .kamus import Kamus
from .morphology import PREFIXES, match_case, prefixed


def _strip_clitic(word: str) -> tuple[str, str]:
    """("dalamnya" → "dalam", "nya"); only -nya, the clitic that follows these words."""
    if word.lower().endswith("nya") and len(word) > 6:
        return word[:-3], word[-3:]
    return word, ""


def glued_preposition(k: Kamus, word: str) -> str | None:
    """The word with its preposition written apart, when ``word`` is "di"/"ke" glued to
    a place, direction or time noun: "dimasing-masing" → "di masing-masing",
    "Kedalam" → "Ke dalam".  None for real words (dilakukan, kepada, kedua, diatasi)."""
    w = word.lower()
    if k.is_form(w):
        return None
    for prep in ("di", "ke"):
        if not w.startswith(prep) or len(w) < len(prep) + 3:
            continue
        rest, clitic = _strip_clitic(w[len(prep) :])
        if rest in k.tempat:
            hit = True
        else:
            # a dictionary noun: hunspell gives it no di-/meN- verb affixes
            flags = k.stem_flags.get(rest)
            hit = bool(flags) and len(rest) >= 4 and not any(f[0] in "DM" for f in flags) and not clitic
        if hit:
            head, tail = word[: len(prep)], word[len(prep) :]
            return f"{head} {tail.lower() if not word.isupper() else tail}"
    return None


class Gabungan(NamedTuple):
    """A compound written wrong: the text, how to write it, and whether that is certain."""

    salah: str
    benar: str
    aman: bool
    dua_kata: bool
    """The wrong text is two words that belong together (ditindak lanjuti)."""


@functools.cache
def _compound_tables(k: Kamus) -> tuple[dict[str, tuple[str, bool]], dict[tuple[str, str], str]]:
    """glued form → (split form, safe); (first, second) → glued form."""
    glued: dict[str, tuple[str, bool]] = {}
    split: dict[tuple[str, str], str] = {}
    for first, second in k.gabungan:
        for prefix in PREFIXES:
            for suffix in ("", "i", "kan", "an"):
                head = prefixed(prefix, first) if prefix else first
                tail = second + suffix
                if prefix and suffix:  # confix: written together (menindaklanjuti)
                    split.setdefault((head, tail), head + tail)
                else:
                    # suffix only: "tindaklanjuti" may mean the verb or the noun "tindak lanjut"
                    glued.setdefault(head + tail, (f"{head} {tail}", not suffix))
    return glued, split


def compound_single(k: Kamus, word: str) -> Gabungan | None:
    """ "tindaklanjuti" → "tindak lanjuti", "Kerjasama" → "Kerja sama"."""
    base, clitic = _strip_clitic(word)
    glued, _ = _compound_tables(k)
    for candidate, tail in ((word.lower(), ""), (base.lower(), clitic)):
        if candidate in glued:
            right, safe = glued[candidate]
            return Gabungan(word, match_case(word, right + tail), safe, False)
    return None


@functools.cache
def compound_heads(k: Kamus) -> frozenset[str]:
    """Every first word (lower case) for which :func:`compound_pair` can find anything."""
    _, split = _compound_tables(k)
    return frozenset(head for head, _ in split)


def compound_pair(k: Kamus, first: str, second: str) -> Gabungan | None:
    """ "ditindak lanjuti" → "ditindaklanjuti" (prefix and suffix: one word)."""
    _, split = _compound_tables(k)
    base, clitic = _strip_clitic(second)
    for tail, rest in ((second.lower(), ""), (base.lower(), clitic)):
        joined = split.get((first.lower(), tail))
        if joined:
            return Gabungan(f"{first} {second}", match_case(first, joined + rest), True, True)
    return None


_CAMEL = regex(r"(?<=[a-z]{2})(?=[A-Z][a-z]{2})")


def camel_split(k: Kamus, word: str) -> str | None:
    """ "BagianPartisipasi" → "Bagian Partisipasi": a small letter followed by a capital
    that starts a word inside one token.  Known camel-case terms (KemenPANRB, eKinerja,
    WhatsApp) are left alone."""
    # a small letter before a capital: none in a word in small letters, in capitals or
    # capitalised (most words; the test is cheaper than the pattern's)
    if word.islower() or word.isupper() or word.istitle():
        return None
    if word.casefold() in k.istilah or not _CAMEL.search(word):
        return None
    parts = _CAMEL.split(word)
    # each part must be a word or a name (capitalised): a code such as "SiPP" is not split
    if len(parts) < 2 or any(len(p) < 3 for p in parts):
        return None
    if not all(k.known(p) or p.casefold() in k.istilah for p in parts):
        return None  # OCR noise (bebErapa, RepUblik) or a product name (ScanSnap)
    if len(parts) == 2 and parts[0].casefold() == parts[1].casefold():
        return "-".join(parts)  # UndangUndang: a reduplication that lost its hyphen
    return " ".join(parts)


_UNMELTED = regex(r"(me|pe)(m|n|ng)([kpts][aiueo].*)$")


#: unmelted forms hunspell-id accepts although KBBI gives the melted one as the standard
#: (KBBI daring: memengaruhi, memedulikan, menaruh); its other such forms are words of
#: their own (mengkaji and mengaji, mentari and menari)
DICTIONARY_UNMELTED = {"mempengaruhi": "memengaruhi", "mempedulikan": "memedulikan", "mentaruh": "menaruh"}


def unmelted(k: Kamus, word: str) -> str | None:
    """The EYD V form of a meN-/peN- word whose k, p, t or s did not melt:
    "mempublikasikan" → "memublikasikan", "mensukseskan" → "menyukseskan".  Words the
    dictionary lists as they are (mempunyai, mengkaji) are left alone, and so is memper-."""
    w = word.lower()
    if not w.startswith(("me", "pe")):  # what _UNMELTED and DICTIONARY_UNMELTED need (most words)
        return None
    base, clitic = _strip_clitic(w)
    if base in DICTIONARY_UNMELTED:
        return match_case(word, DICTIONARY_UNMELTED[base] + clitic)
    m = _UNMELTED.match(w)
    if not m or k.is_form(w) or m[3].startswith("per"):
        return None
    rest = m[3]
    for suffix in ("", "kan", "i", "an", "nya", "kannya", "annya"):
        if suffix and not rest.endswith(suffix):
            continue
        stem = rest[: len(rest) - len(suffix)] if suffix else rest
        if len(stem) < 4 or not (stem in k.stems or k.is_form(stem)):
            continue
        right = prefixed("meN" if m[1] == "me" else "peN", stem) + suffix
        if right != w and k.known(right):
            return match_case(word, right)
    return None


#: Endings a typed word loses most often: a form that is a known word with one of them is
#: that word cut short (mempunya → mempunyai), not an unmelted prefix (memunya).
LOST_ENDINGS = ("i", "kan")


def cut_short(k: Kamus, word: str) -> str | None:
    """ "mempunya" → "mempunyai": an unmelted-looking word that is a standard word with its
    last letters lost."""
    if unmelted(k, word) is None:
        return None
    for end in LOST_ENDINGS:
        whole = word + end
        if k.known(whole.lower()) and unmelted(k, whole) is None and k.baku(whole) is None:
            return whole
    return None


#: dictionary words that are also prefixes or suffixes: a split at them is a derivation
#: (terutang is ter- + utang, not "ter utang")
_AFFIX_LIKE = frozenset(
    {"ber", "ter", "per", "pen", "pem", "peng", "men", "mem", "meng", "kan", "nya", "an", "pe", "se"}
)


def glued_words(k: Kamus, word: str, extra: Iterable[str] = ()) -> str | None:
    """ "yangtelah" → "yang telah": an unknown word that is two dictionary words of at
    least three letters each, when exactly one split works."""
    w = word.lower()
    if len(w) < 7 or "-" in w or k.known(w, extra):
        return None
    splits = [
        (w[:i], w[i:])
        for i in range(3, len(w) - 2)
        if w[:i] not in _AFFIX_LIKE and w[i:] not in _AFFIX_LIKE and k.is_form(w[:i]) and k.is_form(w[i:])
    ]
    if len(splits) != 1:
        return None
    # one letter off a real word is a typo (sebagaimala, pesember), not two words; asked
    # last, as it tries some 50 edits at each letter
    if k.near_form(w, 0, len(w), every_edit=True):
        return None
    first = splits[0][0]
    return f"{word[: len(first)]} {word[len(first) :]}"
