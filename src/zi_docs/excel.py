"""The team composition and the Rencana Aksi of a decree, to Excel and back.

Secretariats check and correct member lists and action plans in Excel, so
:func:`export_excel` writes each team-composition and Rencana Aksi Lampiran of a
decree to its own sheet (bold header row, fitted column widths, the header frozen
and repeated on printed pages, a drop-down for the ZI area), and
:func:`import_excel` reads such a workbook back into the decree.  Every bad cell is
reported at once with its sheet, row and column.

Sheets are named after the Lampiran they hold (``"Lampiran I Susunan Tim"``,
``"Lampiran II Rencana Aksi"``), which is how the import finds where each goes;
the kind of a sheet is told by its header (NAMA or LANGKAH AKSI), so a sheet may be
renamed as long as its name still starts with ``Lampiran`` and its number.

The team sheet has one row per member with the team repeated on every row, so
that Excel's filter and sort work; a team without members is a row with only its
team cells.  A target text (``"September - Desember 2025"``) is read again on import,
so its dates are those the text says.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from pydantic import ValidationError

from .errors import InvalidDataError, Problem, UnsupportedFormatError, ZiDocsError
from .i18n import Message
from .storage.load_save import write_atomic
from .members_excel import (
    HEADER_SEARCH_ROWS,
    _cell_problem,
    _cell_text,
    _field_for,
    _normalise_header,
    _open_workbook,
    _values,
    _where,
)
from .model import (
    Anggota,
    AreaZI,
    BagianRencanaAksi,
    BarisRencanaAksi,
    KelompokTim,
    Keputusan,
    LampiranRencanaAksi,
    LampiranSusunanTim,
)

__all__ = [
    "RENCANA_AKSI_HEADERS",
    "TEAM_HEADERS",
    "LembarExcel",
    "export_excel",
    "import_excel",
    "read_excel",
]

#: Columns of a team sheet, in order; the member's extra columns (``kolom_lain``) follow.
TEAM_HEADERS = ["NO. TIM", "TIM", "AREA ZI", "NO", "NAMA", "JABATAN", "KEDUDUKAN DALAM TIM", "NIP", "PANGKAT/GOLONGAN"]
#: Columns of a Rencana Aksi sheet, in order.
RENCANA_AKSI_HEADERS = [
    "BAGIAN",
    "JUDUL BAGIAN",
    "AREA ZI",
    "NO",
    "KOMPONEN",
    "INDIKATOR",
    "LANGKAH AKSI",
    "BUKTI FISIK",
    "TARGET WAKTU",
    "TARGET CAPAIAN",
]

_KIND_TEAM = "Susunan Tim"
_KIND_RA = "Rencana Aksi"
_JENIS = {_KIND_TEAM: "susunan_tim", _KIND_RA: "rencana_aksi"}

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

# Excel forbids these in sheet names and cuts names at 31 characters.
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_SHEET_MAX = 31

_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
_THIN = Side(style="thin", color="A6A6A6")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP_TOP = Alignment(wrap_text=True, vertical="top")
_HEADER_ALIGN = Alignment(wrap_text=True, vertical="center", horizontal="center")
_MIN_WIDTH, _MAX_WIDTH = 6, 60


# ------------------------------------------------------------------------- export


def _sheet_title(nomor: str | None, kind: str, taken: set[str]) -> str:
    base = "Lampiran" + (f" {_SHEET_FORBIDDEN.sub('-', nomor.strip())}" if nomor and nomor.strip() else "")
    title = f"{base} {kind}"[:_SHEET_MAX]
    count = 2
    while title.casefold() in taken:  # Excel compares sheet names without case
        suffix = f" ({count})"
        title = f"{base} {kind}"[: _SHEET_MAX - len(suffix)] + suffix
        count += 1
    taken.add(title.casefold())
    return title


def _area_text(area: AreaZI | None) -> str | None:
    return area.nama if area is not None else None


def _team_rows(lampiran: LampiranSusunanTim) -> tuple[list[str], list[list[Any]]]:
    extra: dict[str, None] = {}
    for group in lampiran.kelompok:
        for member in group.anggota:
            extra.update(dict.fromkeys(member.kolom_lain))
    headers = TEAM_HEADERS + list(extra)
    rows = []
    for group in lampiran.kelompok:
        team = [group.label, group.nama, _area_text(group.area)]
        if not group.anggota:
            rows.append(team + [None] * (len(headers) - len(team)))
        for m in group.anggota:
            rows.append(
                team
                + [m.nomor, m.nama, m.jabatan, m.kedudukan, m.nip, m.pangkat_golongan]
                + [m.kolom_lain.get(key) for key in extra]
            )
    return headers, rows


def _rencana_aksi_rows(lampiran: LampiranRencanaAksi) -> list[list[Any]]:
    rows = []
    for bagian in lampiran.bagian:
        section = [bagian.nomor, bagian.judul, _area_text(bagian.area)]
        if not bagian.baris:
            rows.append(section + [None] * (len(RENCANA_AKSI_HEADERS) - len(section)))
        for b in bagian.baris:
            rows.append(
                section
                + [
                    b.nomor,
                    b.komponen,
                    b.indikator,
                    b.langkah_aksi,
                    b.bukti_fisik,
                    b.target_waktu.teks if b.target_waktu else None,
                    b.target_capaian.teks if b.target_capaian else None,
                ]
            )
    return rows


def _width(values: Iterable[Any]) -> float:
    longest = max((len(line) for v in values if v is not None for line in str(v).split("\n")), default=0)
    return float(min(max(longest + 2, _MIN_WIDTH), _MAX_WIDTH))


def _write_sheet(ws: Any, headers: Sequence[str], rows: Sequence[Sequence[Any]], text_columns: Iterable[str]) -> None:
    ws.append(list(headers))
    for cell in ws[1]:
        cell.font, cell.fill, cell.alignment, cell.border = _HEADER_FONT, _HEADER_FILL, _HEADER_ALIGN, _BORDER
    text_at = {headers.index(name) + 1 for name in text_columns if name in headers}
    for values in rows:
        ws.append(list(values))
        for cell in ws[ws.max_row]:
            cell.alignment, cell.border = _WRAP_TOP, _BORDER
            if cell.column in text_at:
                # Stored as text, so that an 18-digit NIP typed later is not turned into 1.9E+17.
                cell.number_format = "@"
    for index, header in enumerate(headers, start=1):
        column = [header] + [row[index - 1] if index - 1 < len(row) else None for row in rows]
        ws.column_dimensions[get_column_letter(index)].width = _width(column)
    ws.freeze_panes = "A2"
    ws.print_title_rows = "1:1"  # the header repeats on every printed page
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(ws.max_row, 2)}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    area = headers.index("AREA ZI") + 1
    letter = get_column_letter(area)
    # A drop-down of the six areas; a warning only, since the import also takes the code names.
    choice = DataValidation(
        type="list",
        formula1='"' + ",".join(a.nama for a in AreaZI) + '"',
        allow_blank=True,
        errorStyle="warning",
        showErrorMessage=True,
        errorTitle="Area ZI",
        error="Pilih salah satu dari enam area Zona Integritas.",
    )
    choice.add(f"{letter}2:{letter}{max(ws.max_row, 2) + 200}")
    ws.add_data_validation(choice)


def export_excel(keputusan: Keputusan, path: str | os.PathLike[str]) -> Path:
    """Write the decree's team compositions and Rencana Aksi to an ``.xlsx`` workbook.

    One sheet per team-composition or Rencana Aksi Lampiran, in the decree's order.
    Raises :class:`~zi_docs.errors.ZiDocsError` when the decree has neither, and
    :class:`~zi_docs.errors.UnsupportedFormatError` for another suffix than ``.xlsx``.
    """
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise UnsupportedFormatError(
            Message(
                f"tidak dapat menulis Excel ke '{path.suffix or path.name}'",
                f"cannot write Excel to '{path.suffix or path.name}'",
            ),
            path=path,
            hint=Message("Gunakan akhiran .xlsx.", "Use a .xlsx suffix."),
        )
    workbook = Workbook()
    workbook.remove(workbook.active)
    taken: set[str] = set()
    for lampiran in keputusan.lampiran:
        if isinstance(lampiran, LampiranSusunanTim):
            headers, rows = _team_rows(lampiran)
            ws = workbook.create_sheet(_sheet_title(lampiran.nomor, _KIND_TEAM, taken))
            _write_sheet(ws, headers, rows, ["NO. TIM", "NO", "NIP"])
        elif isinstance(lampiran, LampiranRencanaAksi):
            ws = workbook.create_sheet(_sheet_title(lampiran.nomor, _KIND_RA, taken))
            _write_sheet(ws, RENCANA_AKSI_HEADERS, _rencana_aksi_rows(lampiran), ["BAGIAN", "NO"])
    if not workbook.worksheets:
        raise ZiDocsError(
            Message(
                "keputusan tidak punya Lampiran susunan tim atau Rencana Aksi untuk diekspor",
                "the decree has no team-composition or Rencana Aksi Lampiran to export",
            )
        )
    workbook.properties.title = " ".join(keputusan.kepala.tentang.split())
    workbook.properties.creator = "zi-docs"
    buffer = io.BytesIO()
    workbook.save(buffer)
    write_atomic(path, buffer.getvalue())
    return path


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


_TITLE = re.compile(r"^\s*lampiran\b\s*(?P<rest>.*?)\s*$", re.IGNORECASE)
_KIND_WORDS = re.compile(r"\s*(?:susunan\s+tim|rencana\s+aksi)(?:\s*\(\d+\))?\s*$", re.IGNORECASE)


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
        key = _normalise_header(text)
        if team:
            name = _TEAM_FIELDS.get(key) or _field_for(text)
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
        self.problems.append(Problem(_where(self.title, row, column), message))

    def cell_problems(self, row: int, raw: Sequence[Any], columns: _Columns) -> bool:
        bad = False
        for col, value in enumerate(raw):
            if (message := _cell_problem(value)) is not None:
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
            texts = [_cell_text(v) for v in raw]
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
            texts = [_cell_text(v) for v in raw]
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
        keys = {_normalise_header(_cell_text(v)) for v in raw if _cell_text(v)}
        if "LANGKAH AKSI" in keys:
            return index, _KIND_RA
        if any(_field_for(k) == "nama" for k in keys):
            return index, _KIND_TEAM
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
    workbook = _open_workbook(path)
    problems: list[Problem] = []
    sheets: list[LembarExcel] = []
    try:
        for ws in workbook.worksheets:
            if getattr(ws, "sheet_state", "visible") != "visible":
                continue
            ws.reset_dimensions()  # a recorded <dimension> can be wrong; trusting it cuts rows off
            rows = [(n, _values(r)) for n, r in enumerate(ws.iter_rows(), start=1)]
            if not any(_cell_text(v) for _n, raw in rows for v in raw):
                continue
            found = _find_header(rows)
            if found is None:
                problems.append(
                    Problem(
                        _where(ws.title),
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
            columns = _columns([_cell_text(v) for v in rows[index][1]], kind == _KIND_TEAM)
            reader = _SheetReader(ws.title, problems)
            named, nomor = _title_number(ws.title)
            sheet = LembarExcel(ws.title, _JENIS[kind], nomor, named, has_area="area" in columns.fields)
            body = rows[index + 1 :]
            if kind == _KIND_TEAM:
                if "kelompok_nama" not in columns.fields:
                    problems.append(
                        Problem(
                            _where(ws.title, rows[index][0]),
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


def _target(keputusan: Keputusan, sheet: LembarExcel) -> int | Message:
    """The index of the Lampiran a sheet goes into, or why there is none."""
    same_kind = [i for i, lamp in enumerate(keputusan.lampiran) if lamp.jenis == sheet.jenis]
    listed = ", ".join(f"{lamp.nomor or '(tanpa nomor)'} ({lamp.jenis})" for lamp in keputusan.lampiran) or "-"
    if not sheet.named or sheet.nomor is None:
        if len(same_kind) == 1:
            return same_kind[0]
        return Message(
            f"nama lembar tidak menyebut nomor Lampiran dan keputusan punya {len(same_kind)} Lampiran {sheet.jenis}; "
            f"namai lembar 'Lampiran <nomor> …' (Lampiran yang ada: {listed})",
            f"the sheet's name gives no Lampiran number and the decree has {len(same_kind)} {sheet.jenis} Lampiran; "
            f"name the sheet 'Lampiran <number> …' (Lampiran present: {listed})",
        )
    wanted = sheet.nomor.upper()
    matches = [
        i
        for i, lamp in enumerate(keputusan.lampiran)
        if _SHEET_FORBIDDEN.sub("-", (lamp.nomor or "").strip()).upper() == wanted
    ]
    if len(matches) != 1:
        return Message(
            f"keputusan tidak punya tepat satu Lampiran {sheet.nomor} (Lampiran yang ada: {listed})",
            f"the decree has no single Lampiran {sheet.nomor} (Lampiran present: {listed})",
        )
    if keputusan.lampiran[matches[0]].jenis != sheet.jenis:
        return Message(
            f"Lampiran {sheet.nomor} berjenis {keputusan.lampiran[matches[0]].jenis}, lembar ini {sheet.jenis}",
            f"Lampiran {sheet.nomor} is of kind {keputusan.lampiran[matches[0]].jenis}, this sheet {sheet.jenis}",
        )
    return matches[0]


def _keep_areas(new: Sequence[Any], old: Sequence[Any], key: Any) -> None:
    """A workbook without an AREA ZI column keeps the areas the decree's author set."""
    areas = {key(item): item.area for item in old}
    for item in new:
        if item.area is None:
            item.area = areas.get(key(item))


def import_excel(path: str | os.PathLike[str], into: Keputusan) -> Keputusan:
    """A copy of ``into`` whose team and Rencana Aksi tables come from the workbook.

    Each sheet replaces the table of the Lampiran its name gives (``"Lampiran I …"``);
    the Lampiran's title, header and signature stay.  Raises
    :class:`~zi_docs.errors.InvalidDataError` naming every bad cell or sheet.
    """
    path = Path(path)
    sheets = read_excel(path)
    result = into.model_copy(deep=True)
    problems: list[Problem] = []
    used: dict[int, str] = {}
    for sheet in sheets:
        target = _target(result, sheet)
        if isinstance(target, Message):
            problems.append(Problem(_where(sheet.sheet), target))
            continue
        if target in used:
            problems.append(
                Problem(
                    _where(sheet.sheet),
                    Message(
                        f"Lampiran ini sudah diisi dari lembar '{used[target]}'",
                        f"this Lampiran is already filled from sheet '{used[target]}'",
                    ),
                )
            )
            continue
        used[target] = sheet.sheet
        lampiran = result.lampiran[target]
        if isinstance(lampiran, LampiranSusunanTim):
            if not sheet.has_area:
                _keep_areas(sheet.kelompok, lampiran.kelompok, lambda g: " ".join(g.nama.split()).casefold())
            lampiran.kelompok = sheet.kelompok
        elif isinstance(lampiran, LampiranRencanaAksi):
            if not sheet.has_area:
                _keep_areas(sheet.bagian, lampiran.bagian, lambda b: b.nomor.strip().upper())
            lampiran.bagian = sheet.bagian
    if problems:
        raise InvalidDataError(problems, path=path)
    return result
