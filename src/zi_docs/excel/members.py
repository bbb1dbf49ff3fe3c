"""Read the members of a team-composition Lampiran from an Excel workbook.

Secretariats keep member lists in Excel, so this module reads a ``.xlsx`` file into
:class:`~zi_docs.model.KelompokTim` groups (:func:`load_members`); :mod:`.merge` puts them into
a decree's team-composition Lampiran.

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

import os
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from openpyxl.utils import get_column_letter

from ..errors import InvalidDataError, Problem, UnreadableFileError
from ..i18n import Message
from ..language.numbers import roman_value
from ..model import Anggota, KelompokTim
from ..storage.regex_cache import regex
from .workbook import (
    HEADER_SEARCH_ROWS,
    cell_problem,
    cell_text,
    field_for,
    group_key,
    normalise_header,
    open_workbook,
    sheet_place,
    values,
)

__all__ = ["load_members", "split_label"]


# ------------------------------------------------------------------------ group names

# A marker is a number, one letter, or a Roman numeral up to C (checked by roman_value).
_LABEL_RE = regex(r"^(?P<label>(?P<mark>\d{1,3}|[A-Za-z]|[IVXLC]+)[.)])\s*(?P<nama>\S.*)$", re.DOTALL)
# "TIM: TIM MANAJEMEN PERUBAHAN" or "Nama Tim : …" above the header names the team.
_TEAM_PREFIX_RE = regex(r"^(?:nama\s+)?(?:tim|kelompok)\s*:\s*", re.IGNORECASE)


def split_label(text: str) -> tuple[str | None, str]:
    """Split a group name into its printed marker and the name itself.

    ``"a. TIM MANAJEMEN PERUBAHAN"`` → ``("a.", "TIM MANAJEMEN PERUBAHAN")``;
    ``"1. PENGARAH"`` → ``("1.", "PENGARAH")``; ``"PENGARAH"`` → ``(None, "PENGARAH")``.
    Runs of whitespace (a line break inside a cell) become one space.
    """
    text = " ".join(text.split())
    match = _LABEL_RE.match(text)
    if match is None or (len(match["mark"]) > 1 and not match["mark"].isdigit() and roman_value(match["mark"]) is None):
        return None, text
    return match["label"], match["nama"]


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
    return [cell_text(v) for v in row]


def _make_header(row_number: int, texts: list[str]) -> _Header:
    header = _Header(row=row_number, written=[" ".join(t.split()) for t in texts])
    seen_other: set[str] = set()
    for col, text in enumerate(header.written):
        if not text:
            continue
        field_name = field_for(text)
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
        col < len(header.written) and normalise_header(text) == normalise_header(header.written[col])
        for col, text in filled.items()
    )


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
        key = group_key(nama)
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
        if any(field_for(t) == "nama" for t in texts if t):
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
            Problem(sheet_place(title, row_number, header.label(col)), message)
            for col, value in enumerate(raw)
            if (message := cell_problem(value)) is not None
        ]
        nama = texts[nama_col] if nama_col < len(texts) else ""
        if not nama:
            columns = ", ".join(header.label(col) for col in filled)
            row_problems.append(
                Problem(
                    sheet_place(title, row_number, header.label(nama_col)),
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
                        sheet_place(title, row_number, header.label(kelompok_col)),
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
    if not any(t for texts in top for t in texts) and not any(cell_text(v) for raw in rest for v in raw):
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
    out.problems.append(Problem(sheet_place(title), message))


# ---------------------------------------------------------------------------- loading


def load_members(path: str | os.PathLike[str]) -> list[KelompokTim]:
    """Read the teams and their members from an Excel workbook.

    Visible sheets are read in order; empty sheets and hidden ones (lookup lists for
    drop-downs) are skipped.  Raises :class:`~zi_docs.errors.InvalidDataError` listing
    every bad row (sheet, row, column) or a workbook without any member row,
    :class:`~zi_docs.errors.UnreadableFileError` for a missing or damaged file, and
    :class:`~zi_docs.errors.UnsupportedFormatError` for a file that is not ``.xlsx``.
    """
    path = Path(path)
    workbook = open_workbook(path)
    out = _Collector()
    try:
        for sheet in workbook.worksheets:
            if getattr(sheet, "sheet_state", "visible") != "visible":
                continue
            # The <dimension> a writer records can be wrong; trusting it would cut rows off.
            sheet.reset_dimensions()
            _read_sheet(sheet.title, (values(row) for row in sheet.iter_rows()), out)
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
