"""The tables a decree prints: the team composition and the Rencana Aksi (action plan).

The headers the templates print, and how a reader knows a table's kind and its columns
from whatever headers a real decree prints ("NO.", "NAMA / NIP", "KEDUDUKAN DALAM TIM").
"""

from __future__ import annotations

import re

from ..storage.regex_cache import regex
from .form import norm

#: The member table's header row as the template prints it.
TEAM_HEADERS = ("NO.", "NAMA", "JABATAN", "KEDUDUKAN DALAM TIM")
#: The Rencana Aksi table's header row as the template prints it.
PLAN_HEADERS = ("NO", "KOMPONEN", "INDIKATOR", "LANGKAH AKSI", "BUKTI FISIK", "TARGET WAKTU", "TARGET CAPAIAN")

TEAM = "susunan_tim"
PLAN = "rencana_aksi"

#: The first cells of a plan header that name its subject, one of which a plan has.
_PLAN_SUBJECTS = ("KOMPONEN", "LANGKAH AKSI", "INDIKATOR", "PROSES", "KEGIATAN")


def _header_words(cell: str) -> str:
    return norm(cell).upper().rstrip(".")


def table_kind(cells: tuple[str, ...] | list[str]) -> str | None:
    """:data:`TEAM` for a row with a NAMA column, :data:`PLAN` for a row naming an
    action and its time or target, else ``None`` (not a header row)."""
    upper = [_header_words(c) for c in cells]
    if any(c == "NAMA" or c.startswith(("NAMA ", "NAMA/")) for c in upper):
        # And another member column: "Nama : …" alone is a form's field, not a table.
        named = [field_ for field_ in member_columns(tuple(cells)).values() if not field_.startswith("kolom_lain:")]
        if len(named) >= 2:
            return TEAM
    if (
        any(c in _PLAN_SUBJECTS for c in upper)
        and any("WAKTU" in c or "TARGET" in c for c in upper)
        and len(_plan_fields_named(upper)) >= _PLAN_FIELDS_NAMED
    ):
        return PLAN
    return None


#: How many of a plan's fields its header must name: a subject and a time alone
#: ("Kegiatan | Waktu") is a schedule or a service standard, not a Rencana Aksi.
_PLAN_FIELDS_NAMED = 3


def _plan_fields_named(upper: list[str]) -> set[str]:
    named = set()
    for cell in (norm(c.replace(":", " ")) for c in upper):
        for field_, words in PLAN_HEADER_WORDS:
            if field_ != "nomor" and any(
                cell == w or cell.startswith(w + " ") or cell.endswith(" " + w) for w in words
            ):
                named.add(field_)
    return named


#: The longest cell of a table's header row, in characters ("Kedudukan dalam Tim").
_HEADER_CELL_CHARS = 40
#: A header cell: words, no sentence (no full stop inside, no colon after words).
_HEADER_CELL = regex(r"^[A-Za-z(][A-Za-z0-9 ./()&-]*$")


def is_header_row(cells: tuple[str, ...] | list[str]) -> bool:
    """Any table's header row: two or more short filled cells of words ("No | Jenis Layanan |
    Waktu"), the first a row-number column or a word.  A member or plan header is one too."""
    filled = [norm(c) for c in cells if norm(c)]
    if len(filled) < 2 or table_kind(cells) is not None:
        return len(filled) >= 2
    return all(len(c) <= _HEADER_CELL_CHARS and _HEADER_CELL.match(c) for c in filled) and not any(
        NUMBER_CELL.match(c) for c in filled
    )


def is_numbered_header(cells: tuple[str, ...] | list[str]) -> bool:
    """A header row of three or more columns that opens with the row-number column ("No |
    Jenis Layanan | Waktu"): in layout text, where any gap could be a column, only such a row
    (or a member or plan header) is taken for a table's header."""
    filled = [c for c in cells if norm(c)]
    return len(filled) >= 3 and _header_words(filled[0]) in ("NO", "NOMOR") and is_header_row(filled)


def member_columns(header: tuple[str, ...]) -> dict[int, str]:
    """Column index → member field (``nomor``, ``nama``, ``jabatan``, ``kedudukan``,
    ``nip``, ``pangkat_golongan``), or ``kolom_lain:<header>`` for any other column."""
    columns: dict[int, str] = {}
    for i, cell in enumerate(header):
        name = _header_words(cell)
        if name in ("NO", "NOMOR"):
            columns[i] = "nomor"
        elif name == "NAMA" or name.startswith(("NAMA ", "NAMA/")) and "nama" not in columns.values():
            columns[i] = "nama"
        elif (
            name.startswith("KEDUDUKAN")
            or "DALAM TIM" in name
            or "DALAM SATLAK" in name
            or re.match(r"JABATAN (DALAM|DI) ", name)
        ):
            columns[i] = "kedudukan"
        elif name.startswith("JABATAN"):
            columns[i] = "jabatan"
        elif name.startswith("NIP"):
            columns[i] = "nip"
        elif name.startswith(("PANGKAT", "GOL")):
            columns[i] = "pangkat_golongan"
        else:
            columns[i] = "kolom_lain:" + norm(cell)
    return columns


#: A plan row's fields in the order of the standard seven columns.
PLAN_FIELDS = ("nomor", "komponen", "indikator", "langkah_aksi", "bukti_fisik", "target_waktu", "target_capaian")
#: The header words that name each plan field.
PLAN_HEADER_WORDS = (
    ("nomor", ("NO", "NOMOR")),
    ("komponen", ("KOMPONEN", "PROSES", "AREA", "SUB KOMPONEN")),
    ("indikator", ("INDIKATOR",)),
    ("langkah_aksi", ("LANGKAH AKSI", "KEGIATAN", "RENCANA AKSI", "RENCANA KEGIATAN")),
    ("bukti_fisik", ("BUKTI FISIK", "BUKTI", "OUTPUT", "DATA DUKUNG")),
    ("target_waktu", ("TARGET WAKTU", "KURUN WAKTU", "WAKTU", "JADWAL")),
    ("target_capaian", ("TARGET CAPAIAN", "TARGET", "CAPAIAN", "KETERANGAN")),
)


def plan_columns(header: tuple[str, ...] | None) -> list[str]:
    """Column index → plan row field, from the header's words; the standard seven
    columns in order where the header says nothing."""
    if header is None:
        return list(PLAN_FIELDS)
    fields: list[str | None] = []
    for cell in header:
        name = _header_words(cell.replace(":", " "))
        found = None
        for field_, words in PLAN_HEADER_WORDS:
            if field_ not in fields and any(
                name == w or name.startswith(w + " ") or name.endswith(" " + w) for w in words
            ):
                found = field_
                break
        fields.append(found)
    remaining = [f for f in PLAN_FIELDS if f not in fields]
    return [f if f is not None else (remaining.pop(0) if remaining else "") for f in fields]


#: A cell holding only a row number ("12", "3.").
NUMBER_CELL = regex(r"^\d{1,3}\.?$")
#: A cell of the column-number row under a header ("1", "(2)").
COLUMN_NUMBER = regex(r"\(?\d+\)?")
#: A member table's group row: its label and name ("1. PENGARAH", "B. TIM PELAKSANA").
GROUP_LABEL = regex(r"^(?P<label>(?:[IVX]{1,4}|[a-zA-Z]|\d{1,2})[.)])\s*(?P<nama>.*)$")

# A team composition written as a list instead of a table (see readers.parse.members).
#: A group line: "I.   Pengarah", "B. Dewan Redaksi : …".
LIST_GROUP = regex(r"^(?P<label>[IVX]{1,4}\.|[A-H]\.)\s+(?P<name>[^:]{2,60}?)\s*(?::\s*(?P<value>.*))?$")
#: A role line: "Ketua     : Kepala Badan …".
LIST_ROLE = regex(r"^(?P<role>[A-Z][A-Za-z /]{1,30}?)\s*:\s*(?P<value>.+)$")
#: What marks a person's name: a comma before degrees, a title (Dr., Ir., Hj.), an initial, a degree.
PERSON = regex(r",|\b(?:Dr|Prof|Ir|drh|Drs|Hj?)\.|\b[A-Z]\.[A-Z][a-z]*\b|\bS\.\w+|\bM\.\w+|A\.Md")
