"""What every report and forum document takes from the decree: letterhead, office, signer."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..model import Keputusan
from ..model.tanggal import format_tanggal
from ..rendering.filters import baris_seimbang
from .orang import semua_tim, title_case

__all__ = ["Penanda", "instansi_pendek", "ketua_tim_kerja", "kop", "tahun_keputusan", "tempat", "tempat_tanggal"]


def kop(keputusan: Keputusan) -> list[str]:
    """The letterhead lines: the decree's own, else the institution in balanced lines."""
    if keputusan.kepala.kop:
        return list(keputusan.kepala.kop)
    return baris_seimbang(keputusan.kepala.instansi, 40).split("\n")


def instansi(keputusan: Keputusan) -> str:
    """``"Komisi Pemilihan Umum Kabupaten Penajam Paser Utara"``."""
    return title_case(keputusan.kepala.instansi)


def instansi_pendek(keputusan: Keputusan) -> str:
    """``"KPU Kabupaten Penajam Paser Utara"``: the short form used in running text."""
    return re.sub(r"^Komisi Pemilihan Umum\b", "KPU", instansi(keputusan))


def tempat(keputusan: Keputusan) -> str | None:
    """Where the office signs: the decree's place of enactment."""
    return keputusan.penetapan.tempat if keputusan.penetapan else None


def tahun_keputusan(keputusan: Keputusan) -> int:
    """The decree's year: of its enactment date, else of its number (TAHUN 2025), else this year."""
    if keputusan.penetapan is not None and isinstance(keputusan.penetapan.tanggal, date):
        return keputusan.penetapan.tanggal.year
    return keputusan.kepala.tahun or date.today().year


def tempat_tanggal(keputusan: Keputusan, tanggal: date | None) -> str:
    """``"Penajam, 30 September 2025"``; without a date, dots to write day and month by hand.

    The year printed after the dots is the decree's (:func:`tahun_keputusan`): a
    statement for a decree of 2025 made in 2026 still belongs to 2025's team.
    """
    teks_tanggal = format_tanggal(tanggal) if tanggal else f"{'.' * 24} {tahun_keputusan(keputusan)}"
    return ", ".join(p for p in (tempat(keputusan), teks_tanggal) if p)


@dataclass(frozen=True)
class Penanda:
    """Who signs a report or an invitation."""

    jabatan: str
    nama: str
    nip: str | None = None


def ketua_tim_kerja(keputusan: Keputusan) -> Penanda:
    """The head of the working team ("TIM KERJA", kedudukan Ketua), who reports to the Pengarah.

    Falls back to the first member whose position begins with "Ketua", then to the
    decree's signatory.
    """
    teams = semua_tim(keputusan)
    ordered = [k for k in teams if "tim kerja" in " ".join(k.nama.split()).casefold()] + teams
    for kelompok in ordered:
        for a in kelompok.anggota:
            if (a.kedudukan or "").strip().casefold().startswith("ketua"):
                return Penanda(jabatan=f"Ketua {title_case(kelompok.nama)},", nama=a.nama.upper(), nip=a.nip)
    p = keputusan.penetapan
    return Penanda(jabatan=p.jabatan if p else "", nama=p.nama if p else "", nip=p.nip if p else None)
