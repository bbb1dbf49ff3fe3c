"""The Rencana Aksi table: sections I, II … with rows of seven columns."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date
from typing import Any, ClassVar, Literal

from pydantic import Field, GetJsonSchemaHandler, model_validator
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema

from .area import AreaZI
from .base import ZiModel
from .tanggal import Tanggal, angka_bulan

Berkala = Literal["bulanan", "triwulanan", "semesteran", "tahunan"]

_BERKALA = {
    "bulan": "bulanan",
    "bulanan": "bulanan",
    "triwulan": "triwulanan",
    "triwulanan": "triwulanan",
    "semester": "semesteran",
    "semesteran": "semesteran",
    "tahun": "tahunan",
    "tahunan": "tahunan",
}
_RENTANG_BULAN = re.compile(
    r"(?P<b1>[A-Za-z]+)(?:\s+(?P<t1>\d{4}))?\s*(?:-|–|s\.?d\.?|sampai(?: dengan)?)\s*(?P<b2>[A-Za-z]+)\s+(?P<t2>\d{4})"
)
_SATU_BULAN = re.compile(r"(?P<b>[A-Za-z]+)\s+(?P<t>\d{4})")
_PERIODE = re.compile(r"\b(?:per|setiap|tiap)\s+(bulan|triwulan|semester|tahun)\b", re.IGNORECASE)
_KATA_BERKALA = re.compile(r"\b(bulanan|triwulanan|semesteran|tahunan)\b", re.IGNORECASE)


class _DitulisSebagaiTeks(ZiModel):
    """A target YAML may give as its plain text; the subclass reads the parts from it
    (``urai``) and the text stays the authority."""

    #: Reads the parts from the text; each subclass names its reader.
    urai: ClassVar[Callable[[str], dict[str, Any]]]

    @model_validator(mode="before")
    @classmethod
    def _dari_teks(cls, data: Any) -> Any:
        return cls.urai(data) if isinstance(data, str) else data

    @classmethod
    def __get_pydantic_json_schema__(cls, core_schema: CoreSchema, handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        # The before-validator accepts the plain text too; say so to editors.
        schema = handler.resolve_ref_schema(handler(core_schema))
        return {
            "anyOf": [{"type": "string"}, dict(schema)],
            "title": schema.get("title"),
            "description": schema.get("description"),
        }


def _akhir_bulan(tahun: int, bulan: int) -> date:
    return date(tahun, bulan, calendar.monthrange(tahun, bulan)[1])


def urai_target_waktu(teks: str) -> dict[str, Any]:
    """Parse a target-time cell into its months and period.

    ``"September - Desember 2025 (Kartu Kendali)"`` → 1 September … 31 December 2025;
    ``"Oktober 2025"`` → the month; ``"Per Triwulan"`` → ``berkala="triwulanan"``.
    What it cannot read stays only in ``teks``: the text is the authority.
    Hand-written because no library reads Indonesian month ranges.
    """
    hasil: dict[str, Any] = {"teks": teks}
    if m := _RENTANG_BULAN.search(teks):
        b1, b2 = angka_bulan(m["b1"]), angka_bulan(m["b2"])
        if b1 and b2:
            t2 = int(m["t2"])
            t1 = int(m["t1"]) if m["t1"] else (t2 if b1 <= b2 else t2 - 1)
            hasil["mulai"] = date(t1, b1, 1)
            hasil["selesai"] = _akhir_bulan(t2, b2)
    if "mulai" not in hasil:
        for m in _SATU_BULAN.finditer(teks):
            if bulan := angka_bulan(m["b"]):
                tahun = int(m["t"])
                hasil["mulai"] = date(tahun, bulan, 1)
                hasil["selesai"] = _akhir_bulan(tahun, bulan)
                break
    if m := _PERIODE.search(teks) or _KATA_BERKALA.search(teks):
        hasil["berkala"] = _BERKALA[m[1].casefold()]
    return hasil


class TargetWaktu(_DitulisSebagaiTeks):
    """When an action is due: the text as written and the months it means.

    In YAML a plain string is enough (``target_waktu: September - Desember 2025``);
    the months are then read from it.
    """

    teks: str
    mulai: Tanggal | None = None
    """First day of the first month meant."""

    selesai: Tanggal | None = None
    """Last day of the last month meant: the deadline."""

    berkala: Berkala | None = None
    """For a recurring target ("Per Triwulan")."""

    urai = staticmethod(urai_target_waktu)


_CAPAIAN = re.compile(r"^\s*(?P<jumlah>\d+)\s*(?:\((?P<terbilang>[^)]*)\))?\s*(?P<satuan>.*?)\s*$", re.DOTALL)


def urai_target_capaian(teks: str) -> dict[str, Any]:
    """``"1 (satu) Dokumen"`` → jumlah 1, terbilang "satu", satuan "Dokumen"."""
    hasil: dict[str, Any] = {"teks": teks}
    if m := _CAPAIAN.match(teks):
        hasil["jumlah"] = int(m["jumlah"])
        if m["terbilang"] is not None:
            hasil["terbilang"] = m["terbilang"].strip()
        if m["satuan"]:
            hasil["satuan"] = m["satuan"]
    return hasil


class TargetCapaian(_DitulisSebagaiTeks):
    """How much is to be delivered: ``"1 (satu) Dokumen"`` as text and as parts.

    In YAML a plain string is enough; the parts are then read from it.
    """

    teks: str
    jumlah: int | None = None
    terbilang: str | None = None
    """The number in words, as written in brackets: ``"satu"``."""

    satuan: str | None = None
    """``"Dokumen"``, ``"Kegiatan"``, ``"Laporan"``, ``"Bulan"`` …"""

    urai = staticmethod(urai_target_capaian)


class BarisRencanaAksi(ZiModel):
    """One row of the Rencana Aksi table (columns 1–7).

    Every cell may be empty: an empty target is a finding for the checker, not a
    reason to refuse the decree.  A row without ``nomor`` continues the numbered
    row above it (another step of the same component).
    """

    nomor: str | None = None
    komponen: str | None = None
    indikator: str | None = None
    langkah_aksi: str | None = None
    bukti_fisik: str | None = None
    target_waktu: TargetWaktu | None = None
    target_capaian: TargetCapaian | None = None


class BagianRencanaAksi(ZiModel):
    """A section row of the table ("I  Pembangunan unit kerja") and the rows under it."""

    nomor: str
    """The section's Roman numeral as printed: ``"I"``, ``"II"`` …"""

    judul: str
    area: AreaZI | None = None
    """The ZI area this section serves, when known."""

    baris: list[BarisRencanaAksi] = Field(default_factory=list)
