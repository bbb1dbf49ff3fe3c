"""The decree as a whole: heading, recitals, bases, diktum, enactment, attachments."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator

from .base import ZiModel
from .butir import Butir
from .lampiran import KelompokTim, Lampiran
from .lokasi import TeksTakTerurai
from .penetapan import Penetapan, Salinan
from .rujukan import ButirMemperhatikan, DasarHukum

#: The version of the decree model's data shape.  It changes only when a file valid for
#: one version is not read the same by another (a field renamed or given a new meaning);
#: added optional fields keep it.  Downstream tools compare it before trusting field names.
#: A number, not text, so that nothing that walks the decree's texts (the spelling rules,
#: the fixer, the renderer) ever takes it for words of the decree.
VERSI_SKEMA = 1


class Kepala(ZiModel):
    """The heading: KEPUTUSAN …, NOMOR n TAHUN y, TENTANG …."""

    kop: list[str] = Field(default_factory=list)
    """Letterhead lines above the heading, as printed."""

    tanda_salinan: bool = False
    """The word SALINAN printed at the top: this is a certified copy."""

    jenis: str = "KEPUTUSAN"
    pejabat: str | None = None
    """The issuing official when the decree is theirs rather than the body's:
    ``"KEPALA"``, ``"DIREKTUR"``, ``"BUPATI"``.  ``None`` for a decree of a body such as
    the KPU."""

    instansi: str
    """The issuing body as written after the kind and the official:
    ``"KOMISI PEMILIHAN UMUM KABUPATEN PENAJAM PASER UTARA"``."""

    nomor: str
    """``"42"`` (then the heading reads NOMOR 42 TAHUN 2025) or a composite number such
    as ``"123/PP.01-Kpt/01/KPU/III/2019"``."""

    tahun: int | None = None
    """The year printed after TAHUN; ``None`` when the heading has only a composite number."""

    tentang: str
    """The title after TENTANG, as printed (usually in capitals)."""


class Diktum(ZiModel):
    """An article of the decision: ``KESATU : …``."""

    label: str
    """The ordinal as printed: ``"KESATU"``, ``"KEDUA BELAS"`` (other agencies: ``"PERTAMA"``)."""

    teks: str
    rincian: list[Butir] = Field(default_factory=list)
    kelompok: list[KelompokTim] = Field(default_factory=list)
    """Members named in the diktum itself ("Mengangkat nama-nama di bawah ini …"
    followed by a table) rather than in a Lampiran."""

    teks_penutup: str | None = None
    """Text after the list that still belongs to this diktum."""


class Keputusan(ZiModel):
    """A decree (*Keputusan*), part by part in the order they are printed.

    The model checks shape and types only.  It accepts a decree with mistakes in it
    (a wrong regency name, a member listed twice, a skipped number): finding those
    is the checker's job.
    """

    versi_skema: Literal[1] = VERSI_SKEMA
    """The version of the data model this decree follows (:data:`VERSI_SKEMA`).

    Saved files carry it so that a tool reading one can tell which field names and
    meanings to expect; a file without it is read as the current version."""

    kepala: Kepala
    pembukaan: str | None = None
    """An opening formula such as ``"DENGAN RAHMAT TUHAN YANG MAHA ESA"``, when printed."""

    jabatan_pembentuk: str
    """The issuer's title, in capitals, ending with a comma:
    ``"KETUA KOMISI PEMILIHAN UMUM KABUPATEN PENAJAM PASER UTARA,"``."""

    menimbang: list[Butir] = Field(default_factory=list)
    mengingat: list[DasarHukum] = Field(default_factory=list)
    memperhatikan: list[ButirMemperhatikan] = Field(default_factory=list)
    menetapkan: str | None = None
    """The decree's name after *Menetapkan*, in capitals, ending with a full stop."""

    diktum: list[Diktum] = Field(default_factory=list)
    penetapan: Penetapan | None = None
    salinan: Salinan | None = None
    tembusan: list[str] = Field(default_factory=list)
    lampiran: list[Lampiran] = Field(default_factory=list)
    tidak_terurai: list[TeksTakTerurai] = Field(default_factory=list)
    """Text a reader could not place, with where it was found."""

    @field_validator("versi_skema", mode="before")
    @classmethod
    def _versi_dari_teks(cls, value: object) -> object:
        # Written as text ("versi_skema: '1'") by hand or by another tool: same version.
        return int(value) if isinstance(value, str) and value.strip().isdigit() else value

    def _repr_html_(self) -> str:
        # Jupyter shows this instead of the long field dump: the decree's outline.
        from .html import keputusan_html

        return keputusan_html(self)
