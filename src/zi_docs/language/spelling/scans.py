"""What a scanner's text recognition gets wrong: letters it takes for others (rn for m,
1 for l, 0 for o, li for h, cl for d) and words run into a number."""

from __future__ import annotations

from ...storage.regex_cache import regex
from .kamus import Kamus
from .morphology import match_case

#: what OCR reads → what was printed; tried one place at a time
SWAPS = (
    ("rn", "m"),
    ("m", "rn"),
    ("li", "h"),
    ("h", "li"),
    ("cl", "d"),
    ("d", "cl"),
    ("1", "l"),
    ("1", "i"),
    ("l", "i"),
    ("i", "l"),
    ("I", "l"),
    ("l", "I"),
    ("0", "o"),
    ("0", "O"),
    ("vv", "w"),
)


def _readings(word: str) -> set[str]:
    """``word`` with one swap of :data:`SWAPS` made, at each place it can be made."""
    out = set()
    for wrong, right in SWAPS:
        start = word.find(wrong)
        while start >= 0:
            out.add(word[:start] + right + word[start + len(wrong) :])
            start = word.find(wrong, start + 1)
    return out


def scan_swap(k: Kamus, word: str) -> str | None:
    """The dictionary word that ``word`` is, read with one letter (or digit) swapped the
    way a scanner swaps them: "Kornisi" → "Komisi", "Pemi1ihan" → "Pemilihan",
    "lnformasi" → "Informasi"; two swaps in a long word ("lntemal" → "Internal").  None
    when ``word`` is a word, or no reading, or more than one, is a word."""
    if len(word) < 4 or word.isupper():
        return None
    if word.isalpha() and k.known(word.lower()):
        return None

    def words(readings: set[str]) -> dict[str, str]:
        # lower case → as found (0 → o and 0 → O are one reading)
        return {c.lower(): c for c in readings if c.isalpha() and len(c) >= 4 and k.is_form(c.lower())}

    once = _readings(word)
    found = words(once)
    if not found and len(word) >= 7:
        found = words({two for one in once for two in _readings(one)})
    if len(found) != 1:
        return None
    (low,) = found
    if word[0] == "l" and low[0] == "i" and word[1:].islower():
        return "I" + low[1:]  # lnformasi: a capital I read as a small l
    return match_case(word.replace("0", "o").replace("1", "l"), low)


#: a word run into a number, or a number into a word: "Tahun2025", "2025tentang"
GLUED_NUMBER = regex(r"(?<![\w/.-])(?:([A-Za-z]{4,})(\d+)|(\d+)([A-Za-z]{4,}))(?![\w/-])")


def glued_number(k: Kamus, text: str) -> str | None:
    """ "Tahun2025" → "Tahun 2025": a dictionary word (not a term or a code) run into a number."""
    m = GLUED_NUMBER.fullmatch(text)
    if not m:
        return None
    word = m[1] or m[4]
    low = word.lower()
    if low in k.istilah or (word.isupper() and not k.is_form(low)) or not k.is_form(low):
        return None
    return f"{m[1]} {m[2]}" if m[1] else f"{m[3]} {m[4]}"
