"""Read the team and Rencana Aksi sheets of a workbook written by :func:`~.export.export_excel`.

The kind of a sheet is told by its header (NAMA or LANGKAH AKSI), so a sheet may be
renamed as long as its name still starts with ``Lampiran`` and its number.  A target
text (``"September - Desember 2025"``) is read again, so its dates are those the text
says.  Every bad cell is reported at once with its sheet, row and column.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter
from pydantic import ValidationError

from ..errors import InvalidDataError, Problem
from ..i18n import Message
from ..model import Anggota, AreaZI, BagianRencanaAksi, BarisRencanaAksi, KelompokTim
from ..storage.regex_cache import regex
from .export import KIND_RA, KIND_TEAM
from .workbook import (
    HEADER_SEARCH_ROWS,
    cell_problem,
    cell_text,
    field_for,
    normalise_header,
    open_workbook,
    sheet_place,
    values,
)

__all__ = ["LembarExcel", "read_excel"]

_JENIS = {KIND_TEAM: "susunan_tim", KIND_RA: "rencana_aksi"}

# Headers of the export itself, normalised; the team headers Excel users already use
# (TIM, KELOMPOK, NAMA TIM …) are taken from the member import.
_TEAM_FIELDS = {"NO TIM": "kelompok_label", "LABEL TIM": "kelompok_label", "AREA ZI": "area", "AREA": "area"}
_RA_FIELDS = {
    "BAGIAN": "bagian_nomor",
    "NO BAGIAN": "bagian_nomor",
    "JUDUL BAGIAN": "bagian_judul",
    "AREA ZI": "area",
    "AREA": "area",
    "NO": "nomor",
    "NOMOR": "nomor",
    "KOMPONEN": "komponen",
    "INDIKATOR": "indikator",
    "LANGKAH AKSI": "langkah_aksi",
    "BUKTI FISIK": "bukti_fisik",
    "TARGET WAKTU": "target_waktu",
    "TARGET CAPAIAN": "target_capaian",
}
_RA_ROW_FIELDS = ("nomor", "komponen", "indikator", "langkah_aksi", "bukti_fisik", "target_waktu", "target_capaian")
_MEMBER_FIELDS = ("nomor", "nama", "jabatan", "kedudukan", "nip", "pangkat_golongan")


# ------------------------------------------------------------------------- import


@dataclass
class LembarExcel:
    """One sheet read back: which Lampiran it names and its table."""

    sheet: str
    jenis: str
    """``"susunan_tim"`` or ``"rencana_aksi"``, from the sheet's header."""

    nomor: str | None
    """The Lampiran number in the sheet's name (``"I"``); ``None`` for "Lampiran Susunan
    Tim" (a single unnumbered Lampiran)."""

    named: bool
    """Whether the sheet's name starts with ``Lampiran`` at all."""

    kelompok: list[KelompokTim] = field(default_factory=list)
    bagian: list[BagianRencanaAksi] = field(default_factory=list)
    has_area: bool = True
    """Whether the sheet has an AREA ZI column (without one, the decree's areas are kept)."""


_TITLE = regex(r"^\s*lampiran\b\s*(?P<rest>.*?)\s*$", re.IGNORECASE)
_KIND_WORDS = regex(r"\s*(?:susunan\s+tim|rencana\s+aksi)(?:\s*\(\d+\))?\s*$", re.IGNORECASE)


def _title_number(title: str) -> tuple[bool, str | None]:
    match = _TITLE.match(title)
    if match is None:
        return False, None
    rest = _KIND_WORDS.sub("", match["rest"]).strip()
    return True, rest or None


def _area_from(text: str) -> AreaZI | None:
    key = " ".join(text.split()).casefold()
    for area in AreaZI:
        if key in (area.value.casefold(), area.nama.casefold()):
            return area
    return None


def _area_problem(text: str) -> Message:
    names = ", ".join(a.nama for a in AreaZI)
    return Message(
        f"area '{text}' tidak dikenal; pilih salah satu: {names}",
        f"unknown area '{text}'; choose one of: {names}",
    )


@dataclass
class _Columns:
    written: list[str]
    fields: dict[str, int]
    """Model field → 0-based column."""
    others: dict[int, str]
    """0-based column → header, for the extra member columns."""

    def label(self, col: int) -> str:
        """A column as a person finds it: its header and its letter."""
        letter = get_column_letter(col + 1)
        header = self.written[col] if col < len(self.written) else ""
        return f"{header} ({letter})" if header else letter


def _columns(texts: list[str], team: bool) -> _Columns:
    written = [" ".join(t.split()) for t in texts]
    fields: dict[str, int] = {}
    others: dict[int, str] = {}
    for col, text in enumerate(written):
        if not text:
            continue
        key = normalise_header(text)
        if team:
            name = _TEAM_FIELDS.get(key) or field_for(text)
            name = "kelompok_nama" if name == "kelompok" else name
        else:
            name = _RA_FIELDS.get(key)
        if name is not None and name not in fields:
            fields[name] = col
        elif team:
            others[col] = text
    return _Columns(written, fields, others)


class _SheetReader:
    def __init__(self, title: str, problems: list[Problem]):
        self.title = title
        self.problems = problems

    def problem(self, row: int, columns: _Columns | None, col: int | None, message: Message) -> None:
        column = columns.label(col) if columns is not None and col is not None else None
        self.problems.append(Problem(sheet_place(self.title, row, column), message))

    def cell_problems(self, row: int, raw: Sequence[Any], columns: _Columns) -> bool:
        bad = False
        for col, value in enumerate(raw):
            if (message := cell_problem(value)) is not None:
                self.problem(row, columns, col, message)
                bad = True
        return bad

    @staticmethod
    def get(texts: list[str], columns: _Columns, name: str) -> str:
        col = columns.fields.get(name)
        return texts[col] if col is not None and col < len(texts) else ""

    def area(self, row: int, texts: list[str], columns: _Columns) -> tuple[AreaZI | None, bool]:
        text = self.get(texts, columns, "area")
        if not text:
            return None, True
        area = _area_from(text)
        if area is None:
            self.problem(row, columns, columns.fields["area"], _area_problem(text))
            return None, False
        return area, True

    # -- team sheet

    def team(self, rows: Iterable[tuple[int, Sequence[Any]]], columns: _Columns) -> list[KelompokTim]:
        groups: list[KelompokTim] = []
        current: KelompokTim | None = None
        for row, raw in rows:
            texts = [cell_text(v) for v in raw]
            if not any(texts) or self.cell_problems(row, raw, columns):
                continue
            label = self.get(texts, columns, "kelompok_label") or None
            nama = self.get(texts, columns, "kelompok_nama")
            area, area_ok = self.area(row, texts, columns)
            if nama:
                if current is None or (current.label, current.nama) != (label, nama):
                    current = KelompokTim(label=label, nama=nama, area=area)
                    groups.append(current)
                elif area is not None and current.area not in (None, area):
                    self.problem(
                        row,
                        columns,
                        columns.fields["area"],
                        Message(
                            f"area berbeda dengan baris lain tim '{nama}' ({current.area.nama})",
                            f"the area differs from the other rows of team '{nama}' ({current.area.nama})",
                        ),
                    )
                elif area is not None:
                    current.area = area
            elif label or area is not None:
                self.problem(
                    row,
                    columns,
                    columns.fields.get("kelompok_nama"),
                    Message(
                        "nama TIM kosong padahal NO. TIM atau AREA ZI diisi",
                        "TIM is empty although NO. TIM or AREA ZI is filled in",
                    ),
                )
                continue
            member_cols = [columns.fields[f] for f in _MEMBER_FIELDS if f in columns.fields] + list(columns.others)
            if not any(col < len(texts) and texts[col] for col in member_cols) or not area_ok:
                continue
            if current is None:
                self.problem(
                    row,
                    columns,
                    columns.fields.get("kelompok_nama"),
                    Message(
                        "baris anggota tanpa TIM; isi nama timnya",
                        "a member row without TIM; fill in its team",
                    ),
                )
                continue
            if not self.get(texts, columns, "nama"):
                self.problem(
                    row,
                    columns,
                    columns.fields["nama"],
                    Message(
                        "NAMA kosong padahal baris ini berisi data anggota",
                        "NAMA is empty although the row holds member data",
                    ),
                )
                continue
            values = {f: self.get(texts, columns, f) or None for f in _MEMBER_FIELDS}
            extra = {header: texts[col] for col, header in columns.others.items() if col < len(texts) and texts[col]}
            current.anggota.append(Anggota(**values, kolom_lain=extra))
        return groups

    # -- Rencana Aksi sheet

    def rencana_aksi(self, rows: Iterable[tuple[int, Sequence[Any]]], columns: _Columns) -> list[BagianRencanaAksi]:
        sections: list[BagianRencanaAksi] = []
        current: BagianRencanaAksi | None = None
        for row, raw in rows:
            texts = [cell_text(v) for v in raw]
            if not any(texts) or self.cell_problems(row, raw, columns):
                continue
            nomor = self.get(texts, columns, "bagian_nomor")
            judul = self.get(texts, columns, "bagian_judul")
            area, area_ok = self.area(row, texts, columns)
            if nomor or judul:
                if not (nomor and judul):
                    missing = "bagian_judul" if nomor else "bagian_nomor"
                    self.problem(
                        row,
                        columns,
                        columns.fields.get(missing),
                        Message(
                            "BAGIAN dan JUDUL BAGIAN harus diisi keduanya",
                            "BAGIAN and JUDUL BAGIAN must both be filled in",
                        ),
                    )
                    continue
                if current is None or (current.nomor, current.judul) != (nomor, judul):
                    current = BagianRencanaAksi(nomor=nomor, judul=judul, area=area)
                    sections.append(current)
                elif area is not None and current.area is None:
                    current.area = area
            values = {f: self.get(texts, columns, f) or None for f in _RA_ROW_FIELDS}
            if not any(values.values()) or not area_ok:
                continue
            if current is None:
                self.problem(
                    row,
                    columns,
                    columns.fields.get("bagian_nomor"),
                    Message(
                        "baris Rencana Aksi tanpa BAGIAN; isi BAGIAN dan JUDUL BAGIAN",
                        "a Rencana Aksi row without BAGIAN; fill in BAGIAN and JUDUL BAGIAN",
                    ),
                )
                continue
            try:
                current.baris.append(BarisRencanaAksi(**values))
            except ValidationError as exc:  # a target the model cannot take
                error = exc.errors()[0]
                name = str(error["loc"][0]) if error["loc"] else "nomor"
                self.problem(row, columns, columns.fields.get(name), Message(error["msg"], error["msg"]))
        return sections


def _find_header(rows: list[tuple[int, list[Any]]]) -> tuple[int, str] | None:
    """The index in ``rows`` of the header row and the sheet's kind."""
    for index, (_row, raw) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        keys = {normalise_header(cell_text(v)) for v in raw if cell_text(v)}
        if "LANGKAH AKSI" in keys:
            return index, KIND_RA
        if any(field_for(k) == "nama" for k in keys):
            return index, KIND_TEAM
    return None


def read_excel(path: str | os.PathLike[str]) -> list[LembarExcel]:
    """Read every team and Rencana Aksi sheet of a workbook.

    Hidden and empty sheets are skipped.  Raises
    :class:`~zi_docs.errors.InvalidDataError` listing every bad cell (sheet, row,
    column), or :class:`~zi_docs.errors.UnreadableFileError` /
    :class:`~zi_docs.errors.UnsupportedFormatError` for a file that is not a readable
    ``.xlsx`` workbook.
    """
    path = Path(path)
    workbook = open_workbook(path)
    problems: list[Problem] = []
    sheets: list[LembarExcel] = []
    try:
        for ws in workbook.worksheets:
            if getattr(ws, "sheet_state", "visible") != "visible":
                continue
            ws.reset_dimensions()  # a recorded <dimension> can be wrong; trusting it cuts rows off
            rows = [(n, values(r)) for n, r in enumerate(ws.iter_rows(), start=1)]
            if not any(cell_text(v) for _n, raw in rows for v in raw):
                continue
            found = _find_header(rows)
            if found is None:
                problems.append(
                    Problem(
                        sheet_place(ws.title),
                        Message(
                            f"tidak ada baris judul kolom dengan NAMA (susunan tim) atau LANGKAH AKSI (Rencana Aksi) "
                            f"dalam {HEADER_SEARCH_ROWS} baris pertama",
                            f"no header row with NAMA (team composition) or LANGKAH AKSI (Rencana Aksi) "
                            f"in the first {HEADER_SEARCH_ROWS} rows",
                        ),
                    )
                )
                continue
            index, kind = found
            columns = _columns([cell_text(v) for v in rows[index][1]], kind == KIND_TEAM)
            reader = _SheetReader(ws.title, problems)
            named, nomor = _title_number(ws.title)
            sheet = LembarExcel(ws.title, _JENIS[kind], nomor, named, has_area="area" in columns.fields)
            body = rows[index + 1 :]
            if kind == KIND_TEAM:
                if "kelompok_nama" not in columns.fields:
                    problems.append(
                        Problem(
                            sheet_place(ws.title, rows[index][0]),
                            Message(
                                "tidak ada kolom TIM; setiap anggota perlu nama timnya",
                                "there is no TIM column; every member needs its team's name",
                            ),
                        )
                    )
                    continue
                sheet.kelompok = reader.team(body, columns)
            else:
                sheet.bagian = reader.rencana_aksi(body, columns)
            sheets.append(sheet)
    finally:
        workbook.close()
    if problems:
        raise InvalidDataError(
            problems,
            path=path,
            hint=Message(
                "Perbaiki sel yang disebut di buku kerja, lalu impor lagi.",
                "Fix the cells listed in the workbook, then import again.",
            ),
        )
    if not sheets:
        raise InvalidDataError(
            [
                Problem(
                    "(buku kerja)",
                    Message(
                        "tidak ada lembar susunan tim atau Rencana Aksi",
                        "there is no team-composition or Rencana Aksi sheet",
                    ),
                )
            ],
            path=path,
            hint=Message(
                "Ekspor dulu dengan: zi-docs excel export KEPUTUSAN.yaml -o tabel.xlsx",
                "Export one first with: zi-docs excel export DECREE.yaml -o tables.xlsx",
            ),
        )
    return sheets
