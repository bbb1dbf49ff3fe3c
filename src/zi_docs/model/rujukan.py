"""References: the regulations under Mengingat and the documents under Memperhatikan."""

from __future__ import annotations

from pydantic import Field

from .base import ZiModel
from .tanggal import Tanggal


class Pengundangan(ZiModel):
    """Where a regulation was promulgated: the gazette citation in brackets.

    ``(Berita Negara Republik Indonesia Tahun 2019 Nomor 320)`` or ``(Lembaran Negara
    Republik Indonesia Tahun 2011 Nomor 82, Tambahan Lembaran Negara Republik
    Indonesia Nomor 5234)``.
    """

    teks: str
    """The citation as written, without the brackets."""

    media: str | None = None
    """``"Berita Negara Republik Indonesia"``, ``"Lembaran Negara Republik Indonesia"``,
    ``"Lembaran Daerah Kabupaten …"``."""

    tahun: int | None = None
    nomor: str | None = None

    tambahan: str | None = None
    """The number in the Tambahan Lembaran Negara, when there is one."""


class Peraturan(ZiModel):
    """One regulation or decree cited by kind, number, year and title."""

    jenis: str
    """The kind as written: ``"Undang-Undang"``, ``"Peraturan Komisi Pemilihan Umum"``,
    ``"Keputusan Komisi Pemilihan Umum Republik Indonesia"``."""

    nomor: str | None = None
    """``"8"`` or ``"314/ORT.07-Kpt/01/KPU/V/2021"``; ``None`` when the citation leaves it out."""

    tahun: int | None = None
    judul: str | None = None
    """The title after *tentang*."""

    pengundangan: Pengundangan | None = None


class Perubahan(ZiModel):
    """One link of an amendment chain: "sebagaimana telah diubah dengan <peraturan>"."""

    frasa: str
    """``"sebagaimana telah diubah dengan"`` or
    ``"sebagaimana telah beberapa kali diubah terakhir dengan"``."""

    peraturan: Peraturan


class DasarHukum(ZiModel):
    """A Mengingat item: a legal basis, kept both as written and as structure.

    ``teks`` is the sentence as it stands in the decree and is what gets rendered;
    ``peraturan`` and ``perubahan`` are its parts for the checker (hierarchy and
    chronological order, citations).
    """

    label: str | None = None
    teks: str
    peraturan: Peraturan | None = None
    perubahan: list[Perubahan] = Field(default_factory=list)


class Dokumen(ZiModel):
    """A letter, DIPA or minutes cited under Memperhatikan."""

    jenis: str
    """``"Surat"``, ``"DIPA"``, ``"Berita Acara"``, ``"Nota Dinas"`` …"""

    penerbit: str | None = None
    """Who issued it, as written: ``"Pelaksana Harian Sekretaris Jenderal Komisi …"``."""

    nomor: str | None = None
    tanggal: Tanggal | None = None
    perihal: str | None = None


class ButirMemperhatikan(ZiModel):
    """A Memperhatikan item, kept as written and, where it cites one, as a document."""

    label: str | None = None
    teks: str
    dokumen: Dokumen | None = None
