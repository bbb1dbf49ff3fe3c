"""Indonesian word shapes: prefixes with their sound changes, suffixes, clitics, case."""

from __future__ import annotations

import re
from collections.abc import Iterator

VOWELS = frozenset("aiueo")
#: Clitics and particles written together with the word before them; they never make a
#: word unknown (hunspell-id lacks many -nya forms: *timbulnya*, *terjadinya*).
CLITICS = ("nya", "lah", "kah", "pun", "ku", "mu")
LETTER = "A-Za-zÀ-ÖØ-öø-ÿ"
#: Bound forms (bentuk terikat, EYD V bab II: Kata Berimbuhan) written together with the
#: word after them (subbagian, antikorupsi, pascasarjana), with a hyphen before a capital
#: (non-ASN).  Left out: forms that are also names or free words in decrees (eka, dwi,
#: tri, pro, mikro "usaha mikro", kontra "pro dan kontra"), and maha (its own rule).
BOUND_FORMS = (
    "anti",
    "antar",
    "ekstra",
    "infra",
    "inter",
    "intra",
    "multi",
    "non",
    "pasca",
    "pra",
    "purna",
    "semi",
    "sub",
    "supra",
    "swa",
    "tuna",
    "ultra",
)


def match_case(template: str, word: str) -> str:
    """``word`` written in the case of ``template``: RESIKO→RISIKO, Resiko→Risiko.
    A standard that carries its own capitals (November) keeps them."""
    if template.isupper() and len(template) > 1:
        return word.upper()
    if any(c.isupper() for c in word):
        return word
    if template[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def melted(stem: str, nasal: str) -> str:
    """meN-/peN- + stem by EYD V (``nasal`` is "me" or "pe"): k, p, t, s before a vowel
    melt (mengomunikasikan, memengaruhi, menaati, menyosialisasikan); clusters do not
    (memproduksi, mentransfer, mengkritik); l m n r w y ng ny take plain me-/pe-;
    one-syllable stems take menge-/penge-."""
    s = stem
    if not s:
        return nasal
    first, second = s[0], s[1:2]
    if len(re.findall(r"[aiueo]", s)) == 1 and len(s) <= 4:  # cek, bom (not taat: ta-at)
        return nasal + "nge" + s
    if first in VOWELS:
        return nasal + "ng" + s
    if first == "k" and second in VOWELS:
        return nasal + "ng" + s[1:]
    if first in "gh" or first == "k" or s.startswith("kh"):
        return nasal + "ng" + s
    if first == "p" and second in VOWELS:
        return nasal + "m" + s[1:]
    if first in "bfvp":
        return nasal + "m" + s
    if first == "t" and second in VOWELS:
        return nasal + "n" + s[1:]
    if first == "s" and second in VOWELS:
        return nasal + "ny" + s[1:]
    if first in "cdjtzs":
        return nasal + "n" + s
    return nasal + s  # l m n r w y (ng, ny)


def prefixed(prefix: str, stem: str) -> str:
    """``prefix`` + ``stem`` with meN-/peN- sound changes; ``prefix`` is one of "di",
    "ter", "ber", "se", "ke", "per", "memper", "diper", "meN", "peN"."""
    if prefix == "meN":
        return melted(stem, "me")
    if prefix == "peN":
        return melted(stem, "pe")
    # a first syllable closed by r: bekerja, beserta, bepergian; not berperan, berperilaku
    if prefix == "ber" and (stem.startswith("r") or re.match(r"[^aiueo]er[^aiueo]", stem)):
        return "be" + stem  # berencana, bekerja, beserta
    if prefix == "ter" and stem.startswith("r"):
        return "te" + stem
    return prefix + stem


PREFIXES = ("", "di", "ter", "ber", "se", "ke", "per", "memper", "diper", "meN", "peN")
SUFFIXES = ("", "kan", "i", "an")


def stem_candidates(word: str, prefix: str) -> Iterator[str]:
    """Stems that ``prefix`` + stem could have produced ``word`` from (checked again by
    :func:`prefixed`, so over-generation here is harmless)."""
    if prefix in ("meN", "peN"):
        head = prefix[:2]
        if not word.startswith(head):
            return
        rest = word[2:]
        for nasal in ("nge", "ng", "ny", "m", "n", ""):
            if rest.startswith(nasal):
                r = rest[len(nasal) :]
                yield r
                for lost in "kptsg":
                    yield lost + r
        return
    if prefix == "ber" and word.startswith("be"):
        yield word[2:]
    if prefix == "ter" and word.startswith("te"):
        yield word[2:]
    if word.startswith(prefix):
        yield word[len(prefix) :]
