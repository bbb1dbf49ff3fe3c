"""The realisation sheet to fill in, pre-filled from the Rencana Aksi: Excel or YAML.

Every action of the plan gets a row (Excel) or a record (YAML) with its key, the
plan's own text for reference and the status ``belum``; the person fills in the
status, the date done, the evidence and a note, and :func:`~.realisasi.load_realisasi`
reads it back.
"""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

from ..errors import UnsupportedFormatError
from ..i18n import Message
from ..model import Keputusan
from ..storage.load_save import write_atomic
from .aksi import daftar_aksi
from .berkas import jangan_timpa
from .realisasi import EXCEL_SUFFIXES, SHEET, STATUS, YAML_SUFFIXES

__all__ = ["write_realisasi_template"]


def _satu_baris(teks: str | None) -> str:
    return " ".join((teks or "").split())


def _yaml_templat(keputusan: Keputusan) -> str:
    baris = [
        "# Data realisasi Rencana Aksi (zi-docs laporan triwulan --realisasi BERKAS).",
        "# Kunci aksi: nomor bagian dan urutan baris di bagian itu (II.3 = baris ke-3 bagian II).",
        "# status: belum | proses | selesai; tanggal_selesai: 2025-09-12; bukti: nama berkas atau tautan.",
        "realisasi:",
    ]
    bagian = None
    for a in daftar_aksi(keputusan):
        if a.bagian is not bagian:
            bagian = a.bagian
            baris.append(f"  # {a.kunci.rsplit('.', 1)[0]}. {_satu_baris(bagian.judul)}")
        target = _satu_baris(a.baris.target_waktu.teks if a.baris.target_waktu else "")
        # json.dumps gives a double-quoted scalar that YAML reads back exactly.
        baris.append(f"  - aksi: {json.dumps(a.kunci)}  # {_satu_baris(a.langkah)[:90]} | target: {target}")
        baris += ["    status: belum", "    tanggal_selesai:", "    bukti: []", "    catatan:"]
    return "\n".join(baris) + "\n"


_KOLOM_EXCEL = [
    # header, width, from the plan (read-only for the user)?
    ("AKSI", 8, True), ("BAGIAN", 28, True), ("NO", 5, True), ("LANGKAH AKSI", 50, True),
    ("BUKTI FISIK (RENCANA)", 36, True), ("TARGET WAKTU", 18, True), ("TARGET CAPAIAN", 16, True),
    ("STATUS", 11, False), ("TANGGAL SELESAI", 16, False), ("BUKTI", 40, False), ("CATATAN", 36, False),
]  # fmt: skip


def _excel_templat(keputusan: Keputusan) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws.append([h for h, _, _ in _KOLOM_EXCEL])
    for c, (_, width, plan) in enumerate(_KOLOM_EXCEL, start=1):
        cell = ws.cell(row=1, column=c)
        cell.font = Font(bold=True, color="FFFFFF")
        # Plan columns grey, the user's columns green: it shows what to fill in.
        cell.fill = PatternFill("solid", fgColor="595959" if plan else "2E7D32")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = border
        ws.column_dimensions[get_column_letter(c)].width = width
    for a in daftar_aksi(keputusan):
        b = a.baris
        ws.append(
            [
                a.kunci,
                f"{a.bagian.nomor}. {_satu_baris(a.bagian.judul)}",
                _satu_baris(b.nomor) or (f"({a.nomor_cetak})" if a.nomor_cetak else ""),
                _satu_baris(a.langkah),
                _satu_baris(b.bukti_fisik),
                _satu_baris(b.target_waktu.teks if b.target_waktu else ""),
                _satu_baris(b.target_capaian.teks if b.target_capaian else ""),
                "belum",
                None,
                None,
                None,
            ]
        )
        row = ws.max_row
        for c, (_, _, plan) in enumerate(_KOLOM_EXCEL, start=1):
            cell = ws.cell(row=row, column=c)
            cell.alignment = Alignment(vertical="top", wrap_text=True)
            cell.border = border
            if plan:
                cell.fill = PatternFill("solid", fgColor="F2F2F2")
        ws.cell(row=row, column=9).number_format = "yyyy-mm-dd"
    last = max(ws.max_row, 2)
    status = DataValidation(
        type="list",
        formula1='"' + ",".join(STATUS) + '"',
        allow_blank=False,
        showErrorMessage=True,
        errorTitle="Status",
        error="Pilih belum, proses, atau selesai / choose belum, proses or selesai",
        promptTitle="Status",
        prompt="belum / proses / selesai",
        showInputMessage=True,
    )
    status.add(f"H2:H{last}")
    dates = DataValidation(type="date", operator="greaterThan", formula1="36526", allow_blank=True,
                           showErrorMessage=True, error="Tanggal (yyyy-mm-dd) / a date")  # fmt: skip
    dates.add(f"I2:I{last}")
    ws.add_data_validation(status)
    ws.add_data_validation(dates)
    ws.freeze_panes = "B2"  # the header and the key stay in view
    ws.auto_filter.ref = f"A1:{get_column_letter(len(_KOLOM_EXCEL))}{last}"
    ws.row_dimensions[1].height = 30
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def write_realisasi_template(
    keputusan: Keputusan, output: str | os.PathLike[str], *, inputs: tuple[Path, ...] = ()
) -> Path:
    """Write the realisation sheet pre-filled from the Rencana Aksi: ``.xlsx`` or ``.yaml``.

    ``inputs`` are files that must not be overwritten (the decree it came from).
    """
    output = Path(output)
    jangan_timpa(output, inputs)
    suffix = output.suffix.lower()
    if suffix in EXCEL_SUFFIXES:
        write_atomic(output, _excel_templat(keputusan))
    elif suffix in YAML_SUFFIXES:
        write_atomic(output, _yaml_templat(keputusan))
    else:
        raise UnsupportedFormatError(
            Message(f"tidak dapat menulis lembar isian '{suffix}'", f"cannot write a '{suffix}' sheet"),
            path=output,
            hint=Message("Gunakan akhiran .xlsx atau .yaml.", "Use a .xlsx or .yaml suffix."),
        )
    return output
