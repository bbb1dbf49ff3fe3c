"""Import the members of a team-composition Lampiran from an Excel workbook.

Secretariats keep member lists in Excel, so this module reads a ``.xlsx`` file into
:class:`~zi_docs.model.KelompokTim` groups (:func:`load_members`) and puts them into
a decree's team-composition Lampiran (:func:`merge_members`).

Two layouts are read:

* one sheet per team: the team is named by the nearest non-empty row above the
  header row, or else by the sheet title (Excel cuts titles at 31 characters, too
  short for "TIM PENATAAN SISTEM MANAJEMEN SUMBER DAYA MANUSIA");
* one sheet with a TIM (or KELOMPOK) column: rows are grouped by it, groups in the
  order they first appear.

The header row is the first of the first :data:`HEADER_SEARCH_ROWS` rows that has a
NAMA column.  Headers are matched without regard to case, spacing and punctuation;
a column that is not part of the model goes to ``Anggota.kolom_lain`` under its
header, so nothing in the sheet is lost.  Every bad row is reported at once, each
with its sheet, row and column.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from .errors import InvalidDataError, Problem, UnreadableFileError, UnsupportedFormatError, ZiDocsError
from .storage.files import checked_size
from .i18n import Message
from .model import Anggota, KelompokTim, Keputusan, LampiranSusunanTim

__all__ = [
    "EXCEL_SUFFIXES",
    "HEADER_SEARCH_ROWS",
    "LampiranSelectionError",
    "find_team_lampiran",
    "load_members",
    "merge_members",
    "split_label",
]

#: Suffixes openpyxl reads (workbooks and templates, with or without macros).
EXCEL_SUFFIXES = (".xlsx", ".xlsm", ".xltx", ".xltm")

#: Largest workbook read, in bytes; a member list is far smaller.
MAX_BYTES = 50 * 1024 * 1024

#: How many rows at the top of a sheet are searched for the header row.
HEADER_SEARCH_ROWS = 10

# Excel keeps 15 significant digits.  A longer number typed into a cell (an 18-digit
# NIP, a 16-digit NIK) is stored with its last digits turned into zeros, so such a
# value cannot be trusted and is reported rather than imported.
_EXCEL_EXACT_LIMIT = 10**15

_ZIP_MAGIC = b"PK\x03\x04"
# Old .xls workbooks and password-protected .xlsx files are both OLE2 containers.
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


# --------------------------------------------------------------------------- headers

# Normalised header text → model field.  Normalisation (``_normalise_header``) drops
# case, dots and the separators people put between words, so "Pangkat/Gol.",
# "PANGKAT / GOL" and "pangkat gol" are one key.
_HEADER_NAMES: dict[str, list[str]] = {
    "nomor": ["NO", "NOMOR", "NO URUT", "NOMOR URUT", "#"],
    # A closed list rather than "anything starting with NAMA": a title above the table
    # such as "NAMA-NAMA ANGGOTA TIM" must not be taken for the header row.
    "nama": [
        "NAMA",
        "NAMA LENGKAP",
        "NAMA PEGAWAI",
        "NAMA ANGGOTA",
        "NAMA PERSONIL",
        "NAMA PERSONEL",
        "NAMA PEJABAT",
        "NAMA DAN GELAR",
        "NAMA LENGKAP DAN GELAR",
        "NAMA NIP",
    ],
    "jabatan": ["JABATAN", "JABATAN DINAS", "JABATAN PEGAWAI", "JABATAN DI KANTOR"],
    # "Jabatan dalam tim" is the position in the team, not in the office.
    "kedudukan": [
        "KEDUDUKAN",
        "KEDUDUKAN DALAM TIM",
        "KEDUDUKAN DI TIM",
        "KEDUDUKAN DALAM KELOMPOK",
        "JABATAN DALAM TIM",
        "JABATAN DI TIM",
        "PERAN",
        "PERAN DALAM TIM",
    ],
    "nip": ["NIP", "NIP BARU", "NIP NRP", "NIP NIK"],
    "pangkat_golongan": [
        "PANGKAT",
        "GOLONGAN",
        "GOL",
        "PANGKAT GOL",
        "PANGKAT GOLONGAN",
        "PANGKAT GOL RUANG",
        "PANGKAT GOLONGAN RUANG",
        "GOL RUANG",
        "GOLONGAN RUANG",
    ],
    "kelompok": ["TIM", "KELOMPOK", "NAMA TIM", "KELOMPOK TIM", "NAMA KELOMPOK", "TIM KERJA"],
}
_HEADER_FIELDS = {name: field_name for field_name, names in _HEADER_NAMES.items() for name in names}


def _normalise_header(text: str) -> str:
    text = text.upper().replace(".", "")
    text = re.sub(r"[\s/\\()\[\]\-_:,;]+", " ", text)
    return text.strip()


def _field_for(header: str) -> str | None:
    return _HEADER_FIELDS.get(_normalise_header(header))


# ------------------------------------------------------------------------ group names

_ROMAN = r"(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
_LABEL_RE = re.compile(rf"^(?P<label>(?:\d{{1,3}}|[A-Za-z]|{_ROMAN})[.)])\s*(?P<nama>\S.*)$", re.DOTALL)
# "TIM: TIM MANAJEMEN PERUBAHAN" or "Nama Tim : …" above the header names the team.
_TEAM_PREFIX_RE = re.compile(r"^(?:nama\s+)?(?:tim|kelompok)\s*:\s*", re.IGNORECASE)


def split_label(text: str) -> tuple[str | None, str]:
    """Split a group name into its printed marker and the name itself.

    ``"a. TIM MANAJEMEN PERUBAHAN"`` → ``("a.", "TIM MANAJEMEN PERUBAHAN")``;
    ``"1. PENGARAH"`` → ``("1.", "PENGARAH")``; ``"PENGARAH"`` → ``(None, "PENGARAH")``.
    Runs of whitespace (a line break inside a cell) become one space.
    """
    text = " ".join(text.split())
    match = _LABEL_RE.match(text)
    if match is None:
        return None, text
    return match["label"], match["nama"]


def _group_key(nama: str) -> str:
    return " ".join(nama.split()).casefold()


# ------------------------------------------------------------------------ cell values


class _ExcelError(str):
    """An error value such as ``#N/A`` left by a formula, told apart from the text "#N/A"."""


def _values(cells: Iterable[Any]) -> list[Any]:
    return [_ExcelError(cell.value) if cell.data_type == "e" else cell.value for cell in cells]


def _cell_text(value: Any) -> str:
    """A cell value as the text a person sees, trimmed; ``""`` for an empty cell."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):  # before int: bool is an int
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))  # a NIP or a row number typed as a number: no ".0"
        return format(value, ".15g")  # Excel's own precision, so 0.1+0.2 reads 0.3
    if isinstance(value, _dt.datetime):
        return value.date().isoformat() if value.time() == _dt.time() else value.isoformat(sep=" ")
    if isinstance(value, (_dt.date, _dt.time)):
        return value.isoformat()
    return str(value).strip()


def _cell_problem(value: Any) -> Message | None:
    """Why a cell's value cannot be imported as it stands, or ``None``."""
    if isinstance(value, float) and abs(value) >= _EXCEL_EXACT_LIMIT:
        shown = str(int(Decimal(format(value, ".15g"))))  # as Excel shows it: zeros at the end
        return Message(
            f"angka {shown} lebih dari 15 digit dan digit terakhirnya sudah hilang di Excel; "
            "ketik ulang sebagai teks (awali dengan tanda petik ')",
            f"the number {shown} has more than 15 digits and Excel has lost its last digits; "
            "type it again as text (start with an apostrophe ')",
        )
    if isinstance(value, _ExcelError):
        return Message(
            f"sel berisi galat Excel {value}; perbaiki rumusnya",
            f"the cell holds the Excel error {value}; fix its formula",
        )
    return None


# ----------------------------------------------------------------------- sheet layout


@dataclass
class _Header:
    row: int
    """1-based row number of the header row."""

    written: list[str]
    """Each column's header as written (trimmed, whitespace collapsed)."""

    fields: dict[int, str] = field(default_factory=dict)
    """0-based column → model field, for the first column of each field."""

    others: dict[int, str] = field(default_factory=dict)
    """0-based column → key in ``kolom_lain``."""

    def column_of(self, name: str) -> int | None:
        return next((col for col, f in self.fields.items() if f == name), None)

    def label(self, col: int) -> str:
        """The column as a person finds it in the sheet: its header, else its letter."""
        if col < len(self.written) and self.written[col]:
            return self.written[col]
        return get_column_letter(col + 1)

    def other_key(self, col: int) -> str:
        """The ``kolom_lain`` key for a column outside the header or without a known field."""
        if col not in self.others:
            # Data under no header still has to go somewhere; the letter finds it again.
            self.others[col] = f"Kolom {get_column_letter(col + 1)}"
        return self.others[col]


def _texts(row: Sequence[Any]) -> list[str]:
    return [_cell_text(v) for v in row]


def _make_header(row_number: int, texts: list[str]) -> _Header:
    header = _Header(row=row_number, written=[" ".join(t.split()) for t in texts])
    seen_other: set[str] = set()
    for col, text in enumerate(header.written):
        if not text:
            continue
        field_name = _field_for(text)
        if field_name is not None and field_name not in header.fields.values():
            header.fields[col] = field_name
            continue
        # A second NAMA column, or a header the model has no field for: keep it whole.
        key = text if text not in seen_other else f"{text} ({get_column_letter(col + 1)})"
        seen_other.add(text)
        header.others[col] = key
    return header


def _title_above(rows_above: list[list[str]]) -> str | None:
    """The team name written above the header: the nearest row with text in it.

    Its cells are joined, so a marker and a name in two cells ("c." | "TIM …")
    read as one, and a leading "TIM:" label is dropped.
    """
    for texts in reversed(rows_above):
        parts = [t for t in texts if t]
        if parts:
            title = _TEAM_PREFIX_RE.sub("", " ".join(" ".join(parts).split()))
            return title or None
    return None


def _is_column_number_row(texts: list[str], raw: Sequence[Any], header: _Header) -> bool:
    """Government forms number their columns under the header: 1 | 2 | 3 or (1) | (2) | (3).

    Only numbers (not text "2") or "(n)" count, so that a member whose name is a digit
    is still read.
    """
    columns = [col for col, text in enumerate(header.written) if text]
    if len(columns) < 3:
        return False
    for position, col in enumerate(columns, start=1):
        value = raw[col] if col < len(raw) else None
        is_number = isinstance(value, (int, float)) and not isinstance(value, bool) and value == position
        in_brackets = col < len(texts) and texts[col] == f"({position})"
        if not (is_number or in_brackets):
            return False
    return not any(text for col, text in enumerate(texts) if text and col not in columns)


def _is_repeated_header(texts: list[str], header: _Header) -> bool:
    """A header row repeated lower down (copied from a printed table, one per page)."""
    filled = {col: text for col, text in enumerate(texts) if text}
    if header.column_of("nama") not in filled:
        return False
    return all(
        col < len(header.written) and _normalise_header(text) == _normalise_header(header.written[col])
        for col, text in filled.items()
    )


def _where(sheet: str, row: int | None = None, column: str | None = None) -> str:
    where = f"lembar '{sheet}'"
    if row is not None:
        where += f", baris {row}"
    if column is not None:
        where += f", kolom {column}"
    return where


@dataclass
class _Group:
    label: str | None
    nama: str
    anggota: list[Anggota] = field(default_factory=list)


class _Collector:
    """Groups across the whole workbook, in order of first appearance, and the problems found."""

    def __init__(self) -> None:
        self.groups: dict[str, _Group] = {}
        self.problems: list[Problem] = []

    def group(self, raw_name: str) -> _Group:
        label, nama = split_label(raw_name)
        key = _group_key(nama)
        group = self.groups.get(key)
        if group is None:
            group = self.groups[key] = _Group(label, nama)
        elif group.label is None:
            group.label = label
        return group

    def result(self) -> list[KelompokTim]:
        return [KelompokTim(label=g.label, nama=g.nama, anggota=g.anggota) for g in self.groups.values()]


def _read_sheet(title: str, rows: Iterable[Sequence[Any]], out: _Collector) -> None:
    rows = iter(rows)
    above: list[list[str]] = []
    header: _Header | None = None
    for row_number, raw in enumerate(rows, start=1):
        texts = _texts(raw)
        if any(_field_for(t) == "nama" for t in texts if t):
            header = _make_header(row_number, texts)
            break
        above.append(texts)
        if row_number >= HEADER_SEARCH_ROWS:
            break

    if header is None:
        _report_missing_header(title, above, rows, out)
        return

    kelompok_col = header.column_of("kelompok")
    nama_col = header.column_of("nama")
    assert nama_col is not None  # the header was chosen for having one
    sheet_group: _Group | None = None
    if kelompok_col is None:
        sheet_group = out.group(_title_above(above) or title)

    current: _Group | None = None
    first_data_row = True
    for row_number, raw in enumerate(rows, start=header.row + 1):
        texts = _texts(raw)
        filled = [col for col, t in enumerate(texts) if t]
        if not filled:
            continue
        if first_data_row and _is_column_number_row(texts, raw, header):
            first_data_row = False
            continue
        first_data_row = False
        if _is_repeated_header(texts, header):
            continue
        # Forms come with numbered empty rows to fill in; a number alone is no member.
        if all(header.fields.get(col) == "nomor" for col in filled):
            continue

        row_problems = [
            Problem(_where(title, row_number, header.label(col)), message)
            for col, value in enumerate(raw)
            if (message := _cell_problem(value)) is not None
        ]
        nama = texts[nama_col] if nama_col < len(texts) else ""
        if not nama:
            columns = ", ".join(header.label(col) for col in filled)
            row_problems.append(
                Problem(
                    _where(title, row_number, header.label(nama_col)),
                    Message(
                        f"NAMA kosong padahal baris ini berisi ({columns})",
                        f"NAMA is empty although the row has data ({columns})",
                    ),
                )
            )

        if sheet_group is not None:
            group = sheet_group
        else:
            group_text = texts[kelompok_col] if kelompok_col < len(texts) else ""
            if group_text:
                current = out.group(group_text)
            elif current is None:
                # Later empty TIM cells continue the group above (a merged cell in Excel
                # keeps its value in the top row only); the first row has nothing to continue.
                row_problems.append(
                    Problem(
                        _where(title, row_number, header.label(kelompok_col)),
                        Message(
                            "nama tim kosong pada baris anggota pertama",
                            "the team name is empty on the first member row",
                        ),
                    )
                )
            group = current

        if row_problems:
            out.problems.extend(row_problems)
            continue
        assert group is not None
        group.anggota.append(_member(texts, header))


def _member(texts: list[str], header: _Header) -> Anggota:
    values: dict[str, Any] = {}
    kolom_lain: dict[str, str] = {}
    for col, text in enumerate(texts):
        if not text:
            continue
        field_name = header.fields.get(col)
        if field_name == "kelompok":
            continue
        if field_name is not None:
            values[field_name] = text
        else:
            kolom_lain[header.other_key(col)] = text
    return Anggota(**values, kolom_lain=kolom_lain)


def _report_missing_header(title: str, top: list[list[str]], rest: Iterable[Sequence[Any]], out: _Collector) -> None:
    """Say that a sheet has no NAMA header, unless the sheet is empty (then it is skipped)."""
    if not any(t for texts in top for t in texts) and not any(_cell_text(v) for raw in rest for v in raw):
        return
    # The fullest of the top rows is the one most likely meant as the header.
    best = max(top, key=lambda texts: sum(1 for t in texts if t), default=[])
    found = [" ".join(t.split()) for t in best if t]
    found_text = ", ".join(found)
    if found:
        message = Message(
            f"tidak ada kolom NAMA dalam {HEADER_SEARCH_ROWS} baris pertama; judul kolom yang ditemukan: {found_text}",
            f"no NAMA column in the first {HEADER_SEARCH_ROWS} rows; column headers found: {found_text}",
        )
    else:
        message = Message(
            f"{HEADER_SEARCH_ROWS} baris pertama kosong; baris judul kolom (dengan NAMA) harus ada di sana",
            f"the first {HEADER_SEARCH_ROWS} rows are empty; the header row (with NAMA) must be there",
        )
    out.problems.append(Problem(_where(title), message))


# ---------------------------------------------------------------------------- loading


def _open_workbook(path: Path):
    suffix = path.suffix.lower()
    if suffix in (".xls", ".xlsb", ".ods", ".csv"):
        raise UnsupportedFormatError(
            Message(
                f"format '{suffix}' tidak didukung untuk daftar anggota",
                f"format '{suffix}' is not supported for member lists",
            ),
            path=path,
            hint=Message(
                "Buka berkas di Excel atau LibreOffice lalu simpan sebagai Excel Workbook (.xlsx).",
                "Open the file in Excel or LibreOffice and save it as an Excel Workbook (.xlsx).",
            ),
        )
    if suffix not in EXCEL_SUFFIXES:
        raise UnsupportedFormatError(
            Message(
                f"'{path.name}' bukan buku kerja Excel (.xlsx)",
                f"'{path.name}' is not an Excel workbook (.xlsx)",
            ),
            path=path,
            hint=Message("Berikan berkas .xlsx.", "Give a .xlsx file."),
        )
    checked_size(path, MAX_BYTES)
    try:
        with path.open("rb") as handle:
            magic = handle.read(8)
    except OSError as exc:
        raise UnreadableFileError(
            Message(f"berkas tidak dapat dibaca: {exc.strerror}", f"cannot read the file: {exc.strerror}"), path=path
        ) from None
    not_xlsx_hint = Message(
        "Buka berkas di Excel atau LibreOffice lalu simpan sebagai Excel Workbook (.xlsx).",
        "Open the file in Excel or LibreOffice and save it as an Excel Workbook (.xlsx).",
    )
    if magic.startswith(_OLE2_MAGIC):
        raise UnreadableFileError(
            Message(
                "berkas ini format Excel lama (.xls) atau dilindungi kata sandi, bukan .xlsx",
                "this file is in the old Excel format (.xls) or password-protected, not .xlsx",
            ),
            path=path,
            hint=Message(
                "Hapus kata sandinya bila ada, lalu simpan sebagai Excel Workbook (.xlsx).",
                "Remove its password if it has one, then save it as an Excel Workbook (.xlsx).",
            ),
        )
    if not magic.startswith(_ZIP_MAGIC):
        raise UnreadableFileError(
            Message("berkas ini bukan buku kerja Excel .xlsx", "this file is not an Excel .xlsx workbook"),
            path=path,
            hint=not_xlsx_hint,
        )
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ParseError, ValueError, OSError) as exc:
        raise UnreadableFileError(
            Message(
                f"buku kerja Excel rusak atau tidak lengkap ({type(exc).__name__})",
                f"the Excel workbook is damaged or incomplete ({type(exc).__name__})",
            ),
            path=path,
            hint=not_xlsx_hint,
        ) from None


def load_members(path: str | os.PathLike[str]) -> list[KelompokTim]:
    """Read the teams and their members from an Excel workbook.

    Visible sheets are read in order; empty sheets and hidden ones (lookup lists for
    drop-downs) are skipped.  Raises :class:`~zi_docs.errors.InvalidDataError` listing
    every bad row (sheet, row, column) or a workbook without any member row,
    :class:`~zi_docs.errors.UnreadableFileError` for a missing or damaged file, and
    :class:`~zi_docs.errors.UnsupportedFormatError` for a file that is not ``.xlsx``.
    """
    path = Path(path)
    workbook = _open_workbook(path)
    out = _Collector()
    try:
        for sheet in workbook.worksheets:
            if getattr(sheet, "sheet_state", "visible") != "visible":
                continue
            # The <dimension> a writer records can be wrong; trusting it would cut rows off.
            sheet.reset_dimensions()
            _read_sheet(sheet.title, (_values(row) for row in sheet.iter_rows()), out)
    except (zipfile.BadZipFile, KeyError, ParseError, ValueError, OSError) as exc:
        # read-only mode parses lazily, so a damaged sheet shows up only here.
        raise UnreadableFileError(
            Message(
                f"buku kerja Excel rusak ({type(exc).__name__})",
                f"the Excel workbook is damaged ({type(exc).__name__})",
            ),
            path=path,
        ) from None
    finally:
        workbook.close()

    if out.problems:
        raise InvalidDataError(
            out.problems,
            path=path,
            hint=Message(
                "Perbaiki sel yang disebut di buku kerja, lalu jalankan lagi.",
                "Fix the cells listed in the workbook, then run again.",
            ),
        )
    groups = out.result()
    if not any(group.anggota for group in groups):
        raise InvalidDataError(
            [Problem("(buku kerja)", Message("tidak ada satu pun baris anggota", "there is no member row at all"))],
            path=path,
            hint=Message(
                f"Setiap lembar perlu baris judul kolom dengan NAMA (dalam {HEADER_SEARCH_ROWS} baris pertama) "
                "dan satu baris per anggota di bawahnya. Bila NAMA berupa rumus, buka dan simpan berkas di Excel "
                "agar hasilnya tersimpan.",
                f"Each sheet needs a header row with NAMA (within the first {HEADER_SEARCH_ROWS} rows) and one row "
                "per member below it. If NAMA holds formulas, open and save the file in Excel so that their "
                "results are stored.",
            ),
        )
    return groups


# ---------------------------------------------------------------------------- merging


class LampiranSelectionError(ZiDocsError):
    """The decree has no team-composition Lampiran to import into, or more than one."""

    def __init__(self, message: Message, *, available: list[str], hint: Message | None = None):
        self.available = available
        super().__init__(message, hint=hint)


def _describe(nomor: str | None) -> str:
    return nomor if nomor is not None else "(tanpa nomor)"


def find_team_lampiran(keputusan: Keputusan, lampiran: str | None = None) -> int:
    """The index in ``keputusan.lampiran`` of the team-composition Lampiran to fill.

    ``lampiran`` is its number as printed (``"I"``, compared without regard to case);
    ``None`` picks the only team-composition Lampiran.  Raises
    :class:`LampiranSelectionError`, naming the Lampiran present, when there is no
    such Lampiran, it is of another kind, or the choice is ambiguous.
    """
    listed = ", ".join(f"{_describe(item.nomor)} ({item.jenis})" for item in keputusan.lampiran) or "-"
    available = [_describe(item.nomor) for item in keputusan.lampiran]
    if lampiran is not None:
        wanted = lampiran.strip().upper()
        matches = [i for i, item in enumerate(keputusan.lampiran) if (item.nomor or "").strip().upper() == wanted]
        if not matches:
            raise LampiranSelectionError(
                Message(
                    f"tidak ada Lampiran {lampiran}; Lampiran yang ada: {listed}",
                    f"there is no Lampiran {lampiran}; Lampiran present: {listed}",
                ),
                available=available,
            )
        if len(matches) > 1:
            raise LampiranSelectionError(
                Message(
                    f"ada {len(matches)} Lampiran bernomor {lampiran}; perbaiki nomornya di keputusan",
                    f"{len(matches)} Lampiran are numbered {lampiran}; fix their numbers in the decree",
                ),
                available=available,
            )
        index = matches[0]
        if not isinstance(keputusan.lampiran[index], LampiranSusunanTim):
            raise LampiranSelectionError(
                Message(
                    f"Lampiran {lampiran} bukan susunan tim (jenis {keputusan.lampiran[index].jenis}); "
                    f"Lampiran yang ada: {listed}",
                    f"Lampiran {lampiran} is not a team composition (jenis {keputusan.lampiran[index].jenis}); "
                    f"Lampiran present: {listed}",
                ),
                available=available,
            )
    else:
        matches = [i for i, item in enumerate(keputusan.lampiran) if isinstance(item, LampiranSusunanTim)]
        if len(matches) != 1:
            numbers = ", ".join(_describe(keputusan.lampiran[i].nomor) for i in matches)
            raise LampiranSelectionError(
                Message(
                    f"keputusan tidak punya Lampiran susunan tim; Lampiran yang ada: {listed}"
                    if not matches
                    else f"keputusan punya {len(matches)} Lampiran susunan tim ({numbers}); pilih salah satu",
                    f"the decree has no team-composition Lampiran; Lampiran present: {listed}"
                    if not matches
                    else f"the decree has {len(matches)} team-composition Lampiran ({numbers}); choose one",
                ),
                available=available,
                hint=Message(
                    "Tambahkan Lampiran berjenis susunan_tim ke keputusan."
                    if not matches
                    else 'Sebutkan nomornya: --lampiran I (di Python: lampiran="I").',
                    "Add a Lampiran with jenis susunan_tim to the decree."
                    if not matches
                    else 'Give its number: --lampiran I (in Python: lampiran="I").',
                ),
            )
        index = matches[0]
    return index


def merge_members(keputusan: Keputusan, kelompok: Sequence[KelompokTim], lampiran: str | None = None) -> Keputusan:
    """A copy of the decree whose team-composition Lampiran holds ``kelompok``.

    ``lampiran`` is the Lampiran's number as printed (``"I"``); ``None`` picks the only
    team-composition one (see :func:`find_team_lampiran`).  The imported groups replace
    the old ones; an old group's ``area`` (and its ``label`` when the import has none)
    is kept for the imported group of the same name, compared without regard to case
    and spacing.  Neither ``keputusan`` nor ``kelompok`` is changed.
    """
    index = find_team_lampiran(keputusan, lampiran)
    result = keputusan.model_copy(deep=True)
    target = result.lampiran[index]
    assert isinstance(target, LampiranSusunanTim)
    existing = {_group_key(group.nama): group for group in target.kelompok}
    merged: list[KelompokTim] = []
    for imported in kelompok:
        group = imported.model_copy(deep=True)
        old = existing.get(_group_key(group.nama))
        if old is not None:
            # The workbook has no column for them; the decree's author set them by hand.
            if group.area is None:
                group.area = old.area
            if group.label is None:
                group.label = old.label
        merged.append(group)
    target.kelompok = merged
    return result
