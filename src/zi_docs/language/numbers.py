"""Numbers as decrees write them, both ways: diktum ordinals (KESATU, KEDUA, …
KESEBELAS, KEDUA BELAS, … KETIGA PULUH) and Roman numerals (Lampiran, Rencana Aksi
sections and some lists are numbered I, II, III).

One place, so that the renderer, the readers (and Word's numbering) and the checker
agree.  Written by hand: num2words gives cardinals ("dua belas") and no library gives
the ordinal form decrees use; the Roman numerals are a dozen lines, not worth a
dependency.
"""

from __future__ import annotations

from ..storage.regex_cache import regex

_SPECIAL = {1: "KESATU", 11: "KESEBELAS"}
_UNITS = ("", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")


def cardinal(number: int) -> str:
    """What num2words(number, lang="id") writes: below 100 by hand, because importing
    num2words loads every language it has (~80 ms, at the start of every read and check);
    tests/cli/test_startup.py compares the two."""
    if number >= 100:
        from num2words import num2words

        return num2words(number, lang="id")
    tens, units = divmod(number, 10)
    if tens == 0:
        return _UNITS[units]
    if tens == 1:
        return {0: "sepuluh", 1: "sebelas"}.get(units) or f"{_UNITS[units]} belas"
    return f"{_UNITS[tens]} puluh" + (f" {_UNITS[units]}" if units else "")


def ordinal(number: int) -> str:
    """``1`` → ``"KESATU"``, ``12`` → ``"KEDUA BELAS"``, ``21`` → ``"KEDUA PULUH SATU"``."""
    if number < 1:
        raise ValueError(f"diktum ordinals start at 1, not {number}")
    if number in _SPECIAL:
        return _SPECIAL[number]
    # num2words writes "sepuluh", "dua belas", "dua puluh satu": the ordinal puts
    # KE- before the first word (KESEPULUH, KEDUA BELAS, KEDUA PULUH SATU).
    return "KE" + cardinal(number).upper()


_BY_NAME = {ordinal(n): n for n in range(1, 100)}
_BY_NAME["PERTAMA"] = 1
_SPACES = regex(r"\s+")


def ordinal_value(label: str) -> int | None:
    """``"KEDUA  BELAS"`` → 12; ``"Pertama"`` → 1; anything else → ``None``."""
    return _BY_NAME.get(_SPACES.sub(" ", label.strip()).upper())


_NUMERALS = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
]  # fmt: skip
_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_SHAPE = regex(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")


def to_roman(number: int) -> str:
    """``4`` → ``"IV"`` in capitals; ``0`` or less → ``""`` (callers decide what that means)."""
    out = []
    for value, numeral in _NUMERALS:
        count, number = divmod(number, value) if number > 0 else (0, number)
        out.append(numeral * count)
    return "".join(out)


def roman_value(text: str) -> int | None:
    """``"IV"`` (or ``"iv."``) → 4; anything that is not a well-formed Roman numeral → ``None``."""
    text = text.strip().rstrip(".").upper()
    if not text or not _SHAPE.match(text):
        return None
    total = 0
    for char, following in zip(text, text[1:] + " "):
        value = _VALUES[char]
        total += -value if following != " " and _VALUES[following] > value else value
    return total
