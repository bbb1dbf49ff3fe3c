"""The people of a decree's teams, wherever they are listed, and which rows name one
person (:func:`zi_docs.language.names.person_key` and ``same_nip``, shared with the
per-person statements of ``zi_docs.laporan``).  Shared by the ORG rules (and the ZI rules,
for teams)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from ....language.names import person_key
from ....model import Anggota, Butir, KelompokTim, Keputusan
from ....storage.regex_cache import regex

_BUKAN_HURUF = regex(r"[^\w\s]")


class Tim(NamedTuple):
    """A group of people in a table (a Lampiran's or a diktum's) with its model path."""

    path: str
    kelompok: KelompokTim


class Baris(NamedTuple):
    """One member row, with the paths of the team and of the row."""

    tim: Tim
    path: str
    anggota: Anggota
    kunci: str


def tim(k: Keputusan) -> list[Tim]:
    """Every group of every composition table, in document order."""
    hasil = [
        Tim(f"diktum[{d}].kelompok[{g}]", kel)
        for d, diktum in enumerate(k.diktum)
        for g, kel in enumerate(diktum.kelompok)
    ]
    for i, lamp in enumerate(k.lampiran):
        for g, kel in enumerate(getattr(lamp, "kelompok", [])):
            hasil.append(Tim(f"lampiran[{i}].kelompok[{g}]", kel))
    return hasil


def baris(k: Keputusan) -> Iterator[Baris]:
    for t in tim(k):
        for a, anggota in enumerate(t.kelompok.anggota):
            kunci = person_key(anggota.nama)
            if kunci:
                yield Baris(t, f"{t.path}.anggota[{a}]", anggota, kunci)


# Groups that steer or oversee rather than work: no coordinator is expected of them.
_BUKAN_TIM_KERJA = regex(
    r"\b(pengarah|penanggung\s*jawab|pembina|penasi?hat|pelindung|narasumber|nara\s+sumber)\b", re.IGNORECASE
)


def tim_kerja(nama: str) -> bool:
    """A working team (not PENGARAH, PENANGGUNG JAWAB …)."""
    return not _BUKAN_TIM_KERJA.search(nama)


def kunci_kelompok(nama: str) -> str:
    """A group's name for loose comparison: "TIM MANAJEMEN PERUBAHAN" = "Tim Manajemen
    Perubahan"; "Tim Pengarah" = "PENGARAH"."""
    teks = " ".join(_BUKAN_HURUF.sub(" ", nama).casefold().split())
    return re.sub(r"^tim\s+(?=pengarah\b)", "", teks)


# A diktum item that is a group's name: "Pengarah;", "Tim Kerja:", "a. Tim Manajemen
# Perubahan;", "Tim Penguatan Pengawasan, bertugas:", "Tim Kerja, yang terdiri atas:".
_BUTIR_KELOMPOK = regex(
    r"^\s*(?P<nama>(?:Tim|TIM)\s+[^,;:.()]+?|Pengarah|PENGARAH|Penanggung\s+Jawab|PENANGGUNG\s+JAWAB)"
    r"\s*(?:,?\s*(?:bertugas|yang\s+bertugas|(?:yang\s+)?terdiri\s+(?:atas|dari))\s*:?|;\s*dan|[;:.])?\s*$"
)


def _butir(items: list[Butir], path: str) -> Iterator[tuple[str, Butir]]:
    for i, b in enumerate(items):
        p = f"{path}.rincian[{i}]"
        yield p, b
        yield from _butir(b.rincian, p)


def kelompok_di_diktum(k: Keputusan) -> list[tuple[str, str]]:
    """(path, name) of every diktum item that names a group, in document order."""
    hasil = []
    for d, diktum in enumerate(k.diktum):
        for path, b in _butir(diktum.rincian, f"diktum[{d}]"):
            if (m := _BUTIR_KELOMPOK.match(b.teks)) and len(m["nama"].split()) <= 10:
                hasil.append((f"{path}.teks", m["nama"]))
    return hasil
