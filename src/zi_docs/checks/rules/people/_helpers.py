"""The people of a decree's teams, wherever they are listed, and how to tell that two
rows name the same person.  Shared by the ORG rules (and the ZI rules, for teams)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ....model import Anggota, Butir, KelompokTim, Keputusan

# Academic degrees and honorifics, before or after a name, that do not tell people
# apart: "Dr. Ir. Ketut Suarna, M.Si" and "Ketut Suarna" are one person.
_GELAR_DEPAN = re.compile(
    r"^(?:(?:prof|drs|dra|drg|dr|ir|hj|h|kh|k\.\s?h|ns|apt|dt|ustadz|ust)(?:\.\s*|\s+))+", re.IGNORECASE
)
_GELAR_BELAKANG = re.compile(r",.*$")
_BUKAN_HURUF = re.compile(r"[^\w\s]")


def kunci_orang(nama: str) -> str:
    """A person's name without titles and degrees, in lower case, spaces collapsed."""
    teks = _GELAR_BELAKANG.sub("", nama.strip())  # degrees follow the first comma
    teks = _GELAR_DEPAN.sub("", teks)
    teks = _BUKAN_HURUF.sub(" ", teks)
    return " ".join(teks.casefold().split())


@dataclass(frozen=True)
class Tim:
    """A group of people in a table (a Lampiran's or a diktum's) with its model path."""

    path: str
    kelompok: KelompokTim


@dataclass(frozen=True)
class Baris:
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
            kunci = kunci_orang(anggota.nama)
            if kunci:
                yield Baris(t, f"{t.path}.anggota[{a}]", anggota, kunci)


# Groups that steer or oversee rather than work: no coordinator is expected of them.
_BUKAN_TIM_KERJA = re.compile(
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
# Perubahan;", "Tim Penguatan Pengawasan, bertugas:".
_BUTIR_KELOMPOK = re.compile(
    r"^\s*(?P<nama>(?:Tim|TIM)\s+[^,;:.()]+?|Pengarah|PENGARAH|Penanggung\s+Jawab|PENANGGUNG\s+JAWAB)"
    r"\s*(?:,\s*(?:bertugas|yang\s+bertugas)\s*:?|;\s*dan|[;:.])?\s*$"
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
