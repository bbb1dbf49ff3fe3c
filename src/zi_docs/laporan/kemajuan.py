"""Progress of the Rencana Aksi at a date: per action, per ZI area and per team.

Every action falls in exactly one of four categories, so that the counts of an
area add up to its number of actions:

* ``selesai``: status *selesai*;
* ``terlambat``: not *selesai*, and its deadline (``target_waktu.selesai``, the
  last day of the last target month) is before the report date;
* ``proses``: status *proses* and not late;
* ``belum``: status *belum* (or not reported) and not late.

The report tells the state at its date, so realisation data saying an action was
done after that date (``tanggal_selesai`` 2 Oktober for a report per 30 September)
is refused, each such record named with its line or sheet row: the data describe a
later day than the report, and counting the action as done would overstate the
quarter.  Make the report per a later date, or give the data as it stood then.

A recurring target ("Per Triwulan", ``berkala``) is never late by the date alone:
it has no single deadline, and whether this period's meeting or report happened is
what its status says.  Such actions are counted by their status and marked
"berkala" in the report.  An action whose target the parser could not read into a
date is likewise judged by its status only.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from ..errors import InvalidDataError, Problem
from ..i18n import Message
from ..model import AreaZI, KelompokTim, Keputusan
from ..model.tanggal import format_tanggal
from .aksi import AksiRencana, daftar_aksi, tim_per_area
from .realisasi import DataRealisasi, Realisasi

__all__ = ["KATEGORI", "Jumlah", "Kemajuan", "KemajuanAksi", "check_report_date", "compute_kemajuan"]

Kategori = Literal["selesai", "proses", "terlambat", "belum"]
KATEGORI: tuple[Kategori, ...] = ("selesai", "proses", "terlambat", "belum")


@dataclass(frozen=True)
class KemajuanAksi:
    aksi: AksiRencana
    realisasi: Realisasi | None
    """``None`` for an action the data does not mention (counted as not started)."""

    kategori: Kategori
    tim: tuple[KelompokTim, ...]

    @property
    def status(self) -> str:
        return self.realisasi.status if self.realisasi else "belum"

    @property
    def bukti(self) -> tuple[str, ...]:
        return self.realisasi.bukti if self.realisasi else ()


@dataclass
class Jumlah:
    """Counts of one area or team."""

    nama: str
    jumlah: int = 0
    per_kategori: Counter = field(default_factory=Counter)

    def __getitem__(self, kategori: Kategori) -> int:
        return self.per_kategori[kategori]

    def persen(self, kategori: Kategori) -> float | None:
        """Share of the actions in ``kategori``, 0–100; ``None`` when there are no actions."""
        return 100.0 * self.per_kategori[kategori] / self.jumlah if self.jumlah else None

    def tambah(self, kategori: Kategori) -> None:
        self.jumlah += 1
        self.per_kategori[kategori] += 1


@dataclass
class Kemajuan:
    per: date
    aksi: list[KemajuanAksi]
    per_area: dict[AreaZI | None, Jumlah]
    """In the regulation's order of areas; ``None`` for sections that name no area."""

    per_tim: list[tuple[KelompokTim, Jumlah]]
    total: Jumlah
    hilang: list[AksiRencana]

    @property
    def terlambat(self) -> list[KemajuanAksi]:
        return [k for k in self.aksi if k.kategori == "terlambat"]

    @property
    def tanpa_bukti(self) -> list[KemajuanAksi]:
        """Actions reported as under way or done but with no evidence named.

        Actions not started are left out: no evidence is expected of them yet.
        """
        return [k for k in self.aksi if k.status in ("proses", "selesai") and not k.bukti]


def kategori_aksi(aksi: AksiRencana, realisasi: Realisasi | None, per: date) -> Kategori:
    status = realisasi.status if realisasi else "belum"
    if status == "selesai":
        return "selesai"
    if aksi.berkala is None and aksi.tenggat is not None and aksi.tenggat < per:
        return "terlambat"
    return "proses" if status == "proses" else "belum"


def check_report_date(realisasi: DataRealisasi, per: date) -> None:
    """Refuse, all at once and each with its place, completion dates after the report date ``per``."""
    later = [r for r in realisasi.per_aksi.values() if r.tanggal_selesai is not None and r.tanggal_selesai > per]
    if not later:
        return
    tanggal_per = format_tanggal(per)
    problems = []
    for r in later:
        where, line = r.sumber_tanggal or (r.sumber or f"aksi {r.aksi}", None)
        selesai = format_tanggal(r.tanggal_selesai)
        problems.append(
            Problem(
                where,
                Message(
                    f"aksi {r.aksi} selesai {selesai}, sesudah tanggal laporan {tanggal_per}; "
                    "pada tanggal laporan aksi ini belum selesai",
                    f"action {r.aksi} was done on {selesai}, after the report date {tanggal_per}; "
                    "at the report date it was not done yet",
                ),
                line,
            )
        )
    raise InvalidDataError(
        problems,
        path=realisasi.path,
        hint=Message(
            "Laporan menggambarkan keadaan pada tanggal laporan: buat laporan per tanggal yang lebih akhir "
            "(--per), atau untuk laporan ini tulis aksi tersebut sebagai proses tanpa tanggal_selesai.",
            "A report tells the state at its date: make the report per a later date (--per), or for this "
            "report give those actions as proses without tanggal_selesai.",
        ),
    )


def compute_kemajuan(keputusan: Keputusan, realisasi: DataRealisasi, per: date) -> Kemajuan:
    """The progress of the decree's Rencana Aksi at the date ``per``.

    Raises :class:`~zi_docs.errors.InvalidDataError` when the data says an action was
    done after ``per`` (:func:`check_report_date`).
    """
    check_report_date(realisasi, per)
    tim_area = tim_per_area(keputusan)
    hasil: list[KemajuanAksi] = []
    per_area: dict[AreaZI | None, Jumlah] = {
        area: Jumlah(area.nama) for area in AreaZI
    }  # regulation order first; empty areas dropped below
    per_area[None] = Jumlah("Tanpa area")
    total = Jumlah("Jumlah")
    for aksi in daftar_aksi(keputusan):
        real = realisasi.per_aksi.get(aksi.kunci)
        kategori = kategori_aksi(aksi, real, per)
        hasil.append(KemajuanAksi(aksi, real, kategori, tuple(tim_area.get(aksi.area, ())) if aksi.area else ()))
        per_area[aksi.area].tambah(kategori)
        total.tambah(kategori)
    per_tim: list[tuple[KelompokTim, Jumlah]] = []
    for area, teams in tim_area.items():
        for kelompok in teams:
            jumlah = Jumlah(kelompok.nama)
            for k in hasil:
                if k.aksi.area == area:
                    jumlah.tambah(k.kategori)
            per_tim.append((kelompok, jumlah))
    # Teams in the order the decree lists them.
    urutan = {id(k): i for i, k in enumerate(k for teams in tim_area.values() for k in teams)}
    semua = [k for lamp in keputusan.lampiran for k in getattr(lamp, "kelompok", [])]
    posisi = {id(k): i for i, k in enumerate(semua)}
    per_tim.sort(key=lambda item: posisi.get(id(item[0]), urutan[id(item[0])]))
    per_area = {area: j for area, j in per_area.items() if j.jumlah}
    return Kemajuan(per, hasil, per_area, per_tim, total, list(realisasi.hilang))
