"""Diktum ordinals in Indonesian: KESATU, KEDUA, … KESEBELAS, KEDUA BELAS, … KETIGA PULUH.

Written by hand because num2words gives cardinals ("dua belas") and no library gives
the ordinal form decrees use.  Both directions live here so that the renderer and the
readers agree.
"""

from __future__ import annotations

import re

from num2words import num2words

_SPECIAL = {1: "KESATU", 11: "KESEBELAS"}


def ordinal(number: int) -> str:
    """``1`` → ``"KESATU"``, ``12`` → ``"KEDUA BELAS"``, ``21`` → ``"KEDUA PULUH SATU"``."""
    if number < 1:
        raise ValueError(f"diktum ordinals start at 1, not {number}")
    if number in _SPECIAL:
        return _SPECIAL[number]
    # num2words writes "sepuluh", "dua belas", "dua puluh satu": the ordinal puts
    # KE- before the first word (KESEPULUH, KEDUA BELAS, KEDUA PULUH SATU).
    return "KE" + num2words(number, lang="id").upper()


_BY_NAME = {ordinal(n): n for n in range(1, 100)}
_BY_NAME["PERTAMA"] = 1
_SPACES = re.compile(r"\s+")


def ordinal_value(label: str) -> int | None:
    """``"KEDUA  BELAS"`` → 12; ``"Pertama"`` → 1; anything else → ``None``."""
    return _BY_NAME.get(_SPACES.sub(" ", label.strip()).upper())


#: A regular expression that matches any ordinal ``ordinal_value`` knows, longest first.
ORDINAL_PATTERN = "|".join(sorted((name.replace(" ", r"\s+") for name in _BY_NAME), key=len, reverse=True))
