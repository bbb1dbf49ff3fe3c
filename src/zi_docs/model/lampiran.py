"""Attachments (Lampiran): team composition, Rencana Aksi, and free-form ones."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .area import AreaZI
from .base import ZiModel
from .penetapan import Penetapan, Salinan
from .rencana_aksi import BagianRencanaAksi


class KepalaLampiran(ZiModel):
    """The header block at the top right of a Lampiran, as printed.

    ``None`` on a Lampiran means "repeat the decree's own heading", which is what a
    renderer does; a reader fills it from the page so that the checker can compare.
    """

    keputusan: str
    """``"KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN PENAJAM PASER UTARA"``."""

    nomor: str
    tahun: int | None = None
    tentang: str


class Anggota(ZiModel):
    """A member of a team, one row of the composition table."""

    nomor: str | None = None
    """The row number as printed (``"1."``)."""

    nama: str
    jabatan: str | None = None
    """The person's position in the office (not in the team)."""

    kedudukan: str | None = None
    """The position in the team: ``"Pengarah"``, ``"Ketua"``,
    ``"Koordinator merangkap Anggota"``, ``"Anggota"``."""

    nip: str | None = None
    pangkat_golongan: str | None = None
    kolom_lain: dict[str, str] = Field(default_factory=dict)
    """Further columns of the table, by their header, so that nothing is lost."""


class KelompokTim(ZiModel):
    """A group row of the table and its members: "1. PENGARAH", "a. TIM MANAJEMEN PERUBAHAN"."""

    label: str | None = None
    """The group's marker as printed: ``"1."``, ``"a."``."""

    nama: str
    """The group's name as printed: ``"PENGARAH"``, ``"TIM MANAJEMEN PERUBAHAN"``."""

    area: AreaZI | None = None
    """The ZI area the team works on, for a working team."""

    anggota: list[Anggota] = Field(default_factory=list)

    def _repr_html_(self) -> str:
        # Jupyter shows the group as the member table a reader of the decree sees.
        from .html import kelompok_html

        return kelompok_html(self)


class _LampiranDasar(ZiModel):
    nomor: str | None = None
    """The attachment's number as printed: ``"I"``, ``"II"`` (or ``"1"``); ``None`` for a
    decree with a single, unnumbered LAMPIRAN."""

    kepala: KepalaLampiran | None = None
    judul: str
    """The centred title.  A line break in it is kept where the document breaks."""

    penandatanganan: Penetapan | None = None
    """Place, date and signature under the attachment."""

    salinan: Salinan | None = None

    def _repr_html_(self) -> str:
        # Jupyter shows the attachment as its table(s), not as a field dump.
        from .html import lampiran_html

        return lampiran_html(self)


class LampiranSusunanTim(_LampiranDasar):
    """A team-composition attachment: NO / NAMA / JABATAN / KEDUDUKAN DALAM TIM."""

    jenis: Literal["susunan_tim"]
    kelompok: list[KelompokTim] = Field(default_factory=list)


class LampiranRencanaAksi(_LampiranDasar):
    """A Rencana Aksi attachment: NO / KOMPONEN / INDIKATOR / LANGKAH AKSI /
    BUKTI FISIK / TARGET WAKTU / TARGET CAPAIAN."""

    jenis: Literal["rencana_aksi"]
    bagian: list[BagianRencanaAksi] = Field(default_factory=list)


class Paragraf(ZiModel):
    """A paragraph of a free-form attachment."""

    jenis: Literal["paragraf"]
    teks: str


class Tabel(ZiModel):
    """A table of a free-form attachment, cell texts row by row."""

    jenis: Literal["tabel"]
    baris: list[list[str]] = Field(default_factory=list)
    baris_judul: int = Field(default=1, ge=0)
    """How many leading rows are header rows (repeated on each page)."""


BlokLampiran = Annotated[Paragraf | Tabel, Field(discriminator="jenis")]


class LampiranBebas(_LampiranDasar):
    """Any other attachment: paragraphs and tables in order."""

    jenis: Literal["bebas"]
    isi: list[BlokLampiran] = Field(default_factory=list)


Lampiran = Annotated[
    LampiranSusunanTim | LampiranRencanaAksi | LampiranBebas,
    Field(discriminator="jenis"),
]
"""One attachment of a decree; ``jenis`` says which kind."""
