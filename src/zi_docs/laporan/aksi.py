"""The actions of a decree's Rencana Aksi, each with a key a person can read and type.

A key is the section's numeral and the row's position in that section: ``"II.3"``
is the third row of section II.  Positions rather than the printed row numbers,
because continuation rows (a numbered row's further steps) have no number of their
own yet are separate actions with their own targets: in the example, section II
prints 1, –, 2, –, 3 …, so its printed "2" is the key ``"II.3"``.  Where a printed
number is printed on exactly one row of its section it is accepted too, written
``"II no 2"`` (:func:`find_aksi`: the row printed "2", not its continuation rows),
so that a person reading the printed table can use it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..model import (
    AreaZI,
    BagianRencanaAksi,
    BarisRencanaAksi,
    KelompokTim,
    Keputusan,
    LampiranRencanaAksi,
    LampiranSusunanTim,
    area_dari_nama,
)
from ..storage.regex_cache import regex

__all__ = ["AksiRencana", "KunciTidakDikenal", "daftar_aksi", "find_aksi", "tim_per_area"]


@dataclass(frozen=True)
class AksiRencana:
    """One row of the Rencana Aksi, with what a report needs about it."""

    kunci: str
    """``"II.3"``: section numeral and 1-based row position."""

    bagian: BagianRencanaAksi
    baris: BarisRencanaAksi
    posisi: int
    nomor_cetak: str | None
    """The printed number of the numbered row this row belongs to (``"2"`` for a
    continuation row under row 2)."""

    lanjutan: bool
    """A continuation row (no printed number of its own)."""

    area: AreaZI | None

    @property
    def langkah(self) -> str:
        """What the action is: its Langkah Aksi, else its indicator, component or evidence."""
        b = self.baris
        return next((t for t in (b.langkah_aksi, b.indikator, b.komponen, b.bukti_fisik) if t and t.strip()), "")

    @property
    def tenggat(self) -> date | None:
        return self.baris.target_waktu.selesai if self.baris.target_waktu else None

    @property
    def berkala(self) -> str | None:
        return self.baris.target_waktu.berkala if self.baris.target_waktu else None


def _nomor_bersih(nomor: str | None) -> str | None:
    return nomor.strip().rstrip(".").strip() if nomor and nomor.strip() else None


def daftar_aksi(keputusan: Keputusan) -> list[AksiRencana]:
    """Every Rencana Aksi row of the decree, in order, with its key.

    A decree with two Rencana Aksi attachments would repeat section numerals; the
    second's keys are prefixed with the attachment's number (``"III/II.3"``) so
    that every key stays unique.
    """
    hasil: list[AksiRencana] = []
    lampiran = [lamp for lamp in keputusan.lampiran if isinstance(lamp, LampiranRencanaAksi)]
    for urutan, lamp in enumerate(lampiran):
        awalan = f"{lamp.nomor or urutan + 1}/" if urutan else ""
        for bagian in lamp.bagian:
            area = bagian.area or area_dari_nama(bagian.judul)
            nomor_cetak = None
            for posisi, baris in enumerate(bagian.baris, start=1):
                sendiri = _nomor_bersih(baris.nomor)
                if sendiri is not None:
                    nomor_cetak = sendiri
                hasil.append(
                    AksiRencana(
                        kunci=f"{awalan}{bagian.nomor.strip()}.{posisi}",
                        bagian=bagian,
                        baris=baris,
                        posisi=posisi,
                        nomor_cetak=nomor_cetak,
                        lanjutan=sendiri is None and posisi > 1,
                        area=area,
                    )
                )
    return hasil


class KunciTidakDikenal(LookupError):
    """A key that names no action; ``saran`` holds the keys it may have meant."""

    def __init__(self, kunci: str, saran: list[str], alasan: str = "tidak_ada"):
        super().__init__(kunci)
        self.kunci = kunci
        self.saran = saran
        self.alasan = alasan
        """``"tidak_ada"`` (no such row) or ``"ganda"`` (a number printed on several rows of a section)."""


_KUNCI = regex(r"^\s*(?:(?P<lamp>[^/\s]+)\s*/\s*)?(?P<bagian>[IVXLCDM]+|\d+)\s*\.\s*(?P<baris>\d+)\s*$", re.IGNORECASE)
_CETAK = regex(
    r"^\s*(?:(?P<lamp>[^/\s]+)\s*/\s*)?(?P<bagian>[IVXLCDM]+|\d+)\s*(?:no\.?|nomor|#)\s*(?P<nomor>\d+)\s*\.?\s*$",
    re.IGNORECASE,
)


def _normal(kunci: str) -> str:
    """Keys compare without case and spaces: ``"ii . 3"`` is ``"II.3"``."""
    return re.sub(r"\s+", "", kunci).upper()


def find_aksi(kunci: str, aksi: list[AksiRencana]) -> AksiRencana:
    """The action a key names: ``"II.3"`` (position) or ``"II no 2"`` (the row printed "2", where unique).

    Raises :class:`KunciTidakDikenal`, with the keys it may have meant.
    """
    teks = str(kunci)
    per_kunci = {_normal(a.kunci): a for a in aksi}
    if (found := per_kunci.get(_normal(teks))) is not None:
        return found
    if m := _CETAK.match(teks):
        awalan = f"{m['lamp']}/" if m["lamp"] else ""
        bagian = _normal(awalan + m["bagian"])
        cocok = [
            a
            for a in aksi
            # The row printed with that number; its continuation rows have keys only.
            if _normal(a.kunci.rsplit(".", 1)[0]) == bagian and not a.lanjutan and a.nomor_cetak == str(int(m["nomor"]))
        ]
        if len(cocok) == 1:
            return cocok[0]
        if len(cocok) > 1:
            raise KunciTidakDikenal(teks, [a.kunci for a in cocok], "ganda")
    # Suggest the rows of the same section, or all sections' keys when the section is wrong.
    saran: list[str] = []
    if m := _KUNCI.match(teks) or _CETAK.match(teks):
        awalan = f"{m['lamp']}/" if m["lamp"] else ""
        bagian = _normal(awalan + m["bagian"])
        saran = [a.kunci for a in aksi if _normal(a.kunci.rsplit(".", 1)[0]) == bagian]
    raise KunciTidakDikenal(teks, saran)


def tim_per_area(keputusan: Keputusan) -> dict[AreaZI, list[KelompokTim]]:
    """The working teams of each ZI area: a team's ``area``, else the area its name speaks of."""
    hasil: dict[AreaZI, list[KelompokTim]] = {}
    for lamp in keputusan.lampiran:
        if isinstance(lamp, LampiranSusunanTim):
            for kelompok in lamp.kelompok:
                area = kelompok.area or area_dari_nama(kelompok.nama)
                if area is not None:
                    hasil.setdefault(area, []).append(kelompok)
    return hasil
