"""Enactment, signature and the certified-copy block."""

from __future__ import annotations

from .base import ZiModel
from .tanggal import Tanggal


class Penetapan(ZiModel):
    """Place, date and signature: "Ditetapkan di … pada tanggal …", jabatan, ttd., NAMA.

    The same shape closes each Lampiran ("Penajam, 8 September 2025" …).
    """

    tempat: str | None = None
    tanggal: Tanggal | None = None
    """``None`` in a draft that is not dated yet."""

    jabatan: str
    """The signatory's title as written, with its closing comma:
    ``"KETUA KOMISI PEMILIHAN UMUM KABUPATEN PENAJAM PASER UTARA,"``."""

    tanda_tangan: str | None = None
    """``"ttd."`` in a published copy; ``None`` on the original to be signed."""

    nama: str
    """The signatory's name as printed, usually in capitals."""

    nip: str | None = None


class Salinan(ZiModel):
    """The block "Salinan sesuai dengan aslinya" that certifies a copy."""

    frasa: str = "Salinan sesuai dengan aslinya"
    unit: str | None = None
    """The certifying unit: ``"SEKRETARIAT KOMISI PEMILIHAN UMUM KABUPATEN …"``."""

    jabatan: str | None = None
    """The certifying official's title, often with ``Plh.``, ending with a comma."""

    tanda_tangan: str | None = None
    nama: str | None = None
    nip: str | None = None
