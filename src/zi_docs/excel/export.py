"""The team composition and the Rencana Aksi of a decree, written to an Excel workbook.

Secretariats check and correct member lists and action plans in Excel, so
:func:`export_excel` writes each team-composition and Rencana Aksi Lampiran of a
decree to its own sheet (bold header row, fitted column widths, the header frozen
and repeated on printed pages, a drop-down for the ZI area); :mod:`.tables` reads
such a workbook back into the decree.

Sheets are named after the Lampiran they hold (``"Lampiran I Susunan Tim"``,
``"Lampiran II Rencana Aksi"``), which is how the import finds where each goes.
The team sheet has one row per member with the team repeated on every row, so
that Excel's filter and sort work; a team without members is a row with only its
team cells.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from ..errors import UnsupportedFormatError, ZiDocsError
from ..i18n import Message
from ..model import AreaZI, Keputusan, LampiranRencanaAksi, LampiranSusunanTim
from ..storage.load_save import write_atomic
from ..storage.regex_cache import regex

__all__ = ["KIND_RA", "KIND_TEAM", "RENCANA_AKSI_HEADERS", "TEAM_HEADERS", "export_excel", "sheet_number"]

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

#: The kind of table a sheet holds, as its name says it.
KIND_TEAM = "Susunan Tim"
KIND_RA = "Rencana Aksi"

# Excel forbids these in sheet names and cuts names at 31 characters.
_SHEET_FORBIDDEN = regex(r"[\[\]:*?/\\]")
_SHEET_MAX = 31


def sheet_number(nomor: str) -> str:
    """A Lampiran number as a sheet name can hold it (Excel forbids ``[]:*?/\\``)."""
    return _SHEET_FORBIDDEN.sub("-", nomor.strip())


_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
_THIN = Side(style="thin", color="A6A6A6")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP_TOP = Alignment(wrap_text=True, vertical="top")
_HEADER_ALIGN = Alignment(wrap_text=True, vertical="center", horizontal="center")
_MIN_WIDTH, _MAX_WIDTH = 6, 60

# ------------------------------------------------------------------------- export


def _sheet_title(nomor: str | None, kind: str, taken: set[str]) -> str:
    base = "Lampiran" + (f" {sheet_number(nomor)}" if nomor and nomor.strip() else "")
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
            ws = workbook.create_sheet(_sheet_title(lampiran.nomor, KIND_TEAM, taken))
            _write_sheet(ws, headers, rows, ["NO. TIM", "NO", "NIP"])
        elif isinstance(lampiran, LampiranRencanaAksi):
            ws = workbook.create_sheet(_sheet_title(lampiran.nomor, KIND_RA, taken))
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
