"""Indonesian filters for decree templates: terbilang, tanggal, diktum ordinals, Roman numerals.

They are registered on the Jinja environment of every template (the built-in one and
an office's own), so a template writes ``{{ penetapan.tanggal | tanggal }}`` or
``{{ 4 | terbilang }}``.  Number words come from num2words and month names from
Babel (through :func:`zi_docs.model.tanggal.format_tanggal`), diktum ordinals from
:mod:`zi_docs.language.numbers`; Roman numerals and balanced heading lines are small enough
to write here.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from num2words import num2words

from ..model.tanggal import format_tanggal, parse_tanggal
from ..language.numbers import ordinal, to_roman

__all__ = ["FILTERS", "baris_seimbang", "diktum", "kata_bilangan", "romawi", "tanggal", "terbilang"]


def kata_bilangan(angka: int) -> str:
    """``4`` → ``"empat"``; ``11`` → ``"sebelas"`` (num2words, lang="id")."""
    return num2words(int(angka), lang="id")


def terbilang(angka: Any) -> str:
    """``4`` → ``"4 (empat)"``: a number followed by its words in brackets, as decrees write
    quantities ("paling sedikit 1 (satu) kali")."""
    nilai = int(angka)
    return f"{nilai} ({kata_bilangan(nilai)})"


def tanggal(nilai: Any) -> str:
    """A date as decrees write it: ``date(2025, 9, 8)`` or ``"2025-09-08"`` → ``"8 September 2025"``.

    ``None`` and the empty string give ``""`` so that an undated draft renders a blank."""
    if nilai is None or nilai == "":
        return ""
    if isinstance(nilai, datetime):
        nilai = nilai.date()
    if not isinstance(nilai, date):
        nilai = parse_tanggal(str(nilai))
    return format_tanggal(nilai)


def diktum(nomor: Any) -> str:
    """The ordinal of the n-th diktum: 1 → KESATU, 10 → KESEPULUH, 11 → KESEBELAS,
    12 → KEDUA BELAS, 21 → KEDUA PULUH SATU, 30 → KETIGA PULUH.

    The words come from :func:`zi_docs.language.numbers.ordinal`, which the readers use too,
    so that what is rendered is what is read back.
    """
    return ordinal(int(nomor))


def romawi(nomor: int) -> str:
    """``4`` → ``"IV"``: Lampiran and Rencana Aksi sections are numbered in Roman numerals."""
    n = int(nomor)
    if not 1 <= n <= 3999:
        raise ValueError(f"Roman numeral out of range 1..3999: {n}")
    return to_roman(n)


def baris_seimbang(teks: Any, lebar: int = 40) -> str:
    """Break a heading line into lines of nearly equal length, at most ``lebar`` characters.

    ``"KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN PENAJAM PASER UTARA"`` becomes two
    lines of about 30 characters instead of one full line and a lone ``UTARA``, the
    way a typist breaks a centred heading.  Text that already has line breaks is
    left as written, and so is text with tabs or repeated spaces.
    """
    teks = "" if teks is None else str(teks)
    # Only plain single-spaced text is rewrapped, so that the only change ever made is
    # a space becoming a line break: the words stay exactly as the user wrote them.
    if len(teks) <= lebar or teks != " ".join(teks.split()):
        return teks
    wrap = lambda width: textwrap.wrap(teks, width, break_long_words=False, break_on_hyphens=False)
    baris = wrap(lebar)
    target = len(baris)
    # The narrowest width that still needs no more lines gives the most even lines.
    for width in range(-(-len(teks) // target), lebar + 1):
        coba = wrap(width)
        if len(coba) <= target:
            return "\n".join(coba)
    return "\n".join(baris)


#: Filters registered on every template's Jinja environment.
FILTERS: dict[str, Callable[..., str]] = {
    "terbilang": terbilang,
    "tanggal": tanggal,
    "diktum": diktum,
    "romawi": romawi,
    "seimbang": baris_seimbang,
}
