"""What every Excel reader of zi_docs shares: opening a workbook safely, cell values, headers.

The member lists (:mod:`.members`), the decree tables (:mod:`.tables`) and the
realisation sheets of the reports (:mod:`zi_docs.laporan.realisasi`) read workbooks
people filled in by hand, so they share one way to refuse what is not a readable
``.xlsx`` (an old ``.xls``, a password-protected or damaged file, one too big), to
turn a cell into the text a person sees, to notice values Excel has already spoilt
(numbers cut at 15 digits, formula errors), to match column headers whatever their
case and punctuation, and to name a place in a sheet.
"""

from __future__ import annotations

import datetime as _dt
import re
import zipfile
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from ..errors import UnreadableFileError, UnsupportedFormatError
from ..i18n import Message
from ..storage.files import checked_size

__all__ = [
    "EXCEL_SUFFIXES",
    "HEADER_SEARCH_ROWS",
    "MAX_BYTES",
    "ExcelError",
    "cell_problem",
    "cell_text",
    "field_for",
    "group_key",
    "normalise_header",
    "open_workbook",
    "sheet_place",
    "values",
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

# Normalised header text → model field.  Normalisation (:func:`normalise_header`) drops
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


def normalise_header(text: str) -> str:
    """A header as a key: upper case, no dots, one space for any run of separators."""
    text = text.upper().replace(".", "")
    text = re.sub(r"[\s/\\()\[\]\-_:,;]+", " ", text)
    return text.strip()


def field_for(header: str) -> str | None:
    """The member field a column header names (``"Pangkat/Gol."`` → ``pangkat_golongan``), or ``None``."""
    return _HEADER_FIELDS.get(normalise_header(header))


def group_key(nama: str) -> str:
    """A team name as a key: without case and extra spaces, so "Tim  Pengarah" is "TIM PENGARAH"."""
    return " ".join(nama.split()).casefold()


# ------------------------------------------------------------------------ cell values


class ExcelError(str):
    """An error value such as ``#N/A`` left by a formula, told apart from the text "#N/A"."""


def values(cells: Iterable[Any]) -> list[Any]:
    """The values of a row of cells, formula errors as :class:`ExcelError`."""
    return [ExcelError(cell.value) if cell.data_type == "e" else cell.value for cell in cells]


def cell_text(value: Any) -> str:
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


def cell_problem(value: Any) -> Message | None:
    """Why a cell's value cannot be imported as it stands, or ``None``."""
    if isinstance(value, float) and abs(value) >= _EXCEL_EXACT_LIMIT:
        shown = str(int(Decimal(format(value, ".15g"))))  # as Excel shows it: zeros at the end
        return Message(
            f"angka {shown} lebih dari 15 digit dan digit terakhirnya sudah hilang di Excel; "
            "ketik ulang sebagai teks (awali dengan tanda petik ')",
            f"the number {shown} has more than 15 digits and Excel has lost its last digits; "
            "type it again as text (start with an apostrophe ')",
        )
    if isinstance(value, ExcelError):
        return Message(
            f"sel berisi galat Excel {value}; perbaiki rumusnya",
            f"the cell holds the Excel error {value}; fix its formula",
        )
    return None


def sheet_place(sheet: str, row: int | None = None, column: str | None = None) -> str:
    """``"lembar 'PENGARAH', baris 3, kolom NAMA"``: where a person finds a cell."""
    where = f"lembar '{sheet}'"
    if row is not None:
        where += f", baris {row}"
    if column is not None:
        where += f", kolom {column}"
    return where


# ---------------------------------------------------------------------------- opening


def open_workbook(path: Path) -> Any:
    """The workbook at ``path``, read-only and with formula results; refuses what is no readable .xlsx."""
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
