"""Indonesian filters for decree templates: terbilang, tanggal, diktum ordinals, Roman numerals.

They are registered on the Jinja environment of every template (the built-in one and
an office's own), so a template writes ``{{ penetapan.tanggal | tanggal }}`` or
``{{ 4 | terbilang }}``.  Number words come from num2words and month names from
Babel (through :func:`zi_docs.model.tanggal.format_tanggal`), diktum ordinals from
:mod:`zi_docs.language.numbers`; Roman numerals and balanced heading lines are small enough
to write here.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from num2words import num2words

from ..language.gazetteer import gazetteer
from ..language.numbers import ordinal, to_roman
from ..model.tanggal import format_tanggal, parse_tanggal
from ..storage.regex_cache import regex

__all__ = [
    "FILTERS",
    "baris_seimbang",
    "diktum",
    "kata_bilangan",
    "nama_utuh",
    "panjang_cetak",
    "romawi",
    "tanggal",
    "terbilang",
]


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


#: Words that open the region of an office's name: a KPU heading breaks before it
#: ("KEPUTUSAN KOMISI PEMILIHAN UMUM" / "KABUPATEN PENAJAM PASER UTARA").
_AWAL_WILAYAH = regex(r"(?<=\S) (?=(?:KABUPATEN|KOTA|PROVINSI) \S)", re.IGNORECASE)
#: Word groups never broken inside: the institution's name, the region's kind with the
#: first word of its name (never "KABUPATEN" alone at the end of a line), and the
#: special regions' titles.
_SATU_KESATUAN = regex(
    r"\b(?:KOMISI PEMILIHAN UMUM|KOMISI INDEPENDEN PEMILIHAN|BADAN PENGAWAS PEMILIHAN UMUM"
    r"|(?:KABUPATEN|KOTA|PROVINSI) (?:ADMINISTRASI|DAERAH KHUSUS IBUKOTA|DAERAH ISTIMEWA|\S+))",
    re.IGNORECASE,
)
_LEKAT = "\u0000"  # stands for a space inside a group while wrapping; never in user text


#: Advance widths of the capitals in thousandths of an em (Bookman, the decree's font;
#: wider than Times or Arial, so a line that fits in Bookman fits in those too).
#: Other characters count as an average lower-case letter.
_LEBAR_HURUF = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", (
    680, 740, 740, 800, 720, 640, 800, 800, 340, 600, 720, 600, 920,
    740, 800, 620, 820, 720, 660, 620, 780, 700, 960, 720, 640, 640,
)))  # fmt: skip
_LEBAR_HURUF.update({" ": 320, ",": 320, ".": 320, "-": 400, _LEKAT: 320})
_LEBAR_LAIN = 560
#: ``lebar`` counts capitals of average width.
_RATA_RATA_KAPITAL = 710


def panjang_cetak(teks: str) -> float:
    """How long ``teks`` prints, in capitals of average width: "KOTA BIMA" is 8.7
    (I is narrow), "MMMM" 5.2."""
    return sum(_LEBAR_HURUF.get(c, _LEBAR_LAIN) for c in teks) / _RATA_RATA_KAPITAL


def _bungkus(teks: str, lebar: float) -> list[str]:
    """Greedy line filling by printed length; a word longer than the line stands alone."""
    baris: list[str] = []
    for kata in teks.split(" "):
        if baris and panjang_cetak(f"{baris[-1]} {kata}") <= lebar:
            baris[-1] = f"{baris[-1]} {kata}"
        else:
            baris.append(kata)
    return baris


def _bungkus_seimbang(teks: str, lebar: float) -> list[str]:
    """``teks`` in lines that print at most ``lebar`` average capitals wide, as even as
    possible, never breaking inside a :data:`_SATU_KESATUAN` group."""
    if panjang_cetak(teks) <= lebar:
        return [teks]
    terikat = _SATU_KESATUAN.sub(lambda m: m.group().replace(" ", _LEKAT), teks)
    baris = _bungkus(terikat, lebar)
    target = len(baris)
    # The narrowest width that still needs no more lines gives the most even lines.
    width = panjang_cetak(terikat) / target
    while width < lebar:
        coba = _bungkus(terikat, width)
        if len(coba) <= target:
            baris = coba
            break
        width += 0.25
    return [b.replace(_LEKAT, " ") for b in baris]


def baris_seimbang(teks: Any, lebar: float = 40, lebar_wilayah: float | None = None) -> str:
    """Break a heading line into lines of nearly equal length, each at most ``lebar``
    capitals of average width long (:func:`panjang_cetak`: what counts is how wide a
    line prints, so "MMMM" is longer than "IIII").

    A line that names an office breaks first where KPU decrees break it, between the
    institution and the region: ``"KEPUTUSAN KOMISI PEMILIHAN UMUM KOTA SAMARINDA"``
    becomes ``"KEPUTUSAN KOMISI PEMILIHAN UMUM"`` / ``"KOTA SAMARINDA"``, never
    ``"… PEMILIHAN"`` / ``"UMUM KOTA SAMARINDA"``.  A part still longer than
    ``lebar`` is balanced on its own ("KABUPATEN KEPULAUAN" / "SIAU TAGULANDANG
    BIARO"), and neither the institution's name nor "KABUPATEN" with the first
    word of the region's name is ever split.  Other text is balanced the way a
    typist breaks a centred heading: two lines of about 30 characters rather than a
    full line and a lone ``UTARA``.  Text that already has line breaks is left as
    written, and so is text with tabs or repeated spaces.

    ``lebar_wilayah`` lets the region's own line be longer than the line that decides
    the break (a centred heading breaks before the region even when the whole would
    fit, but prints a long region on one line).

    The lines are separated by ``\n``, which the template prints as a line break
    (``<w:br/>``): Word and LibreOffice both break there and nowhere else as long as
    a line fits its column.
    """
    teks = "" if teks is None else str(teks)
    # Only plain single-spaced text is rewrapped, so that the only change ever made is
    # a space becoming a line break: the words stay exactly as the user wrote them.
    if panjang_cetak(teks) <= lebar or teks != " ".join(teks.split()) or _LEKAT in teks:
        return teks
    m = _AWAL_WILAYAH.search(teks)
    if m is None:
        return "\n".join(_bungkus_seimbang(teks, lebar))
    lembaga, wilayah = teks[: m.start()], teks[m.end() :]
    return "\n".join(_bungkus_seimbang(lembaga, lebar) + _bungkus_seimbang(wilayah, lebar_wilayah or lebar))


@functools.cache
def _nama_lembaga() -> re.Pattern[str]:
    """The institution's name and every region's full name (the gazetteer's 552 and the
    provinces), longest first so that "KOTA ADMINISTRASI JAKARTA PUSAT" wins over
    a shorter match."""
    nama = {w.nama_lengkap for w in gazetteer().wilayah}
    nama |= {f"{w.jenis} {w.nama}" for w in gazetteer().wilayah}
    pilihan = "|".join(re.escape(n) for n in sorted(nama, key=len, reverse=True))
    return re.compile(rf"\b(?:KOMISI PEMILIHAN UMUM|KOMISI INDEPENDEN PEMILIHAN|{pilihan})\b", re.IGNORECASE)


def nama_utuh(teks: Any, lebar: float = 30) -> str:
    """Names that must not break across lines joined by non-breaking spaces: "KOMISI
    PEMILIHAN UMUM" and the office's region ("KABUPATEN PENAJAM PASER UTARA"), in text
    that wraps where the paper and font put the line end (a decree's title, a
    Lampiran's "TENTANG" text, the issuer's line).

    A name that prints wider than ``lebar`` capitals (:func:`panjang_cetak`) is left
    breakable, so that it can never overflow its column.  Readers see U+00A0 as a
    space.  Text that is not plain single-spaced text is left as written.
    """
    teks = "" if teks is None else str(teks)
    if teks != " ".join(teks.split()):
        return teks

    def ikat(m: re.Match[str]) -> str:
        nama = m.group()
        return nama.replace(" ", "\u00a0") if panjang_cetak(nama) <= lebar else nama

    return _nama_lembaga().sub(ikat, teks)


#: Filters registered on every template's Jinja environment.
FILTERS: dict[str, Callable[..., str]] = {
    "terbilang": terbilang,
    "tanggal": tanggal,
    "diktum": diktum,
    "romawi": romawi,
    "seimbang": baris_seimbang,
    "nama_utuh": nama_utuh,
}
