"""What was done of the Rencana Aksi: the realisation data, from YAML or Excel.

The user records, per Rencana Aksi row (by its key, :mod:`.aksi`), a status
(``belum`` / ``proses`` / ``selesai``), the date it was done, the evidence (file
names or links) and a note.  As YAML::

    - aksi: "I.1"
      status: selesai
      tanggal_selesai: 2025-09-12
      bukti: [SK-Tim-ZI.pdf, https://kpu-ppu.go.id/zi/sk]
      catatan: SK ditandatangani Ketua

or as an Excel sheet with the columns AKSI, STATUS, TANGGAL SELESAI, BUKTI,
CATATAN (other columns, such as the plan's own text that the generated sheet
shows, are ignored).  :func:`~.realisasi_templat.write_realisasi_template` writes
either, pre-filled from the Rencana Aksi.

Loading refuses, all at once, rows naming an action that is not in the plan (each
with its line, or sheet and row), bad statuses and dates and an action given
twice; plan actions the data does not mention are not an error (a team reports
what it has) but are listed in :attr:`DataRealisasi.hilang` and in the report.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from ..errors import InvalidDataError, Problem, UnsupportedFormatError
from ..i18n import Message
from ..model import Keputusan
from ..model.tanggal import parse_tanggal
from ..storage.files import read_text_utf8
from ..storage.yaml_io import YamlDocument
from .aksi import AksiRencana, KunciTidakDikenal, find_aksi, daftar_aksi

__all__ = [
    "STATUS",
    "DataRealisasi",
    "Realisasi",
    "Status",
    "load_realisasi",
    "realisasi_dari_data",
]

Status = Literal["belum", "proses", "selesai"]
STATUS: tuple[Status, ...] = ("belum", "proses", "selesai")
# What people type for the three statuses, in both languages.
_STATUS_SINONIM: dict[str, Status] = {
    "belum": "belum", "belum dimulai": "belum", "belum mulai": "belum", "not started": "belum",
    "proses": "proses", "dalam proses": "proses", "berjalan": "proses", "in progress": "proses",
    "selesai": "selesai", "sudah": "selesai", "done": "selesai",
}  # fmt: skip
KOLOM = ("aksi", "status", "tanggal_selesai", "bukti", "catatan")
#: The sheet the generated workbook holds the data in.
SHEET = "Realisasi"
EXCEL_SUFFIXES = (".xlsx", ".xlsm")
YAML_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class Realisasi:
    """What was done of one action."""

    aksi: str
    """The action's key, as :func:`~zi_docs.laporan.aksi.daftar_aksi` writes it (``"II.3"``)."""

    status: Status = "belum"
    tanggal_selesai: _dt.date | None = None
    bukti: tuple[str, ...] = ()
    catatan: str | None = None
    sumber: str | None = None
    """Where it was written: ``"baris 12"`` or ``"lembar 'Realisasi', baris 5"``."""

    sumber_tanggal: tuple[str, int | None] | None = None
    """Where ``tanggal_selesai`` was written: the place as problems name it, and its YAML line."""


@dataclass
class DataRealisasi:
    """The realisation data of a decree: by action key, and the plan actions not mentioned."""

    per_aksi: dict[str, Realisasi]
    hilang: list[AksiRencana] = field(default_factory=list)
    path: Path | None = None

    def __getitem__(self, kunci: str) -> Realisasi:
        return self.per_aksi[kunci]

    def __len__(self) -> int:
        return len(self.per_aksi)


# --------------------------------------------------------------------------- checking


def _status(nilai: Any) -> Status | None:
    teks = " ".join(str(nilai).split()).casefold() if nilai is not None else ""
    return _STATUS_SINONIM.get(teks)


def _bukti(nilai: Any) -> tuple[str, ...] | None:
    """Evidence as a list of names or links; in one cell, one per line or separated by ``;``."""
    if nilai is None or nilai == "":
        return ()
    if isinstance(nilai, str):
        return tuple(p.strip() for p in re.split(r"[;\n]", nilai) if p.strip())
    if isinstance(nilai, list) and all(isinstance(v, (str, int, float)) for v in nilai):
        return tuple(str(v).strip() for v in nilai if str(v).strip())
    return None


def _pesan_kunci(exc: KunciTidakDikenal, hilang: list[str]) -> Message:
    if exc.alasan == "ganda":
        pilihan = ", ".join(exc.saran)
        return Message(
            f"nomor cetak '{exc.kunci}' tercetak pada beberapa baris ({pilihan}); tulis salah satu kuncinya",
            f"the number '{exc.kunci}' is printed on several rows ({pilihan}); write one of their keys",
        )
    # The likeliest meaning is an action of the same section that is not reported yet.
    mungkin = [k for k in exc.saran if k in hilang] or exc.saran
    saran_id = f"; maksudnya {' atau '.join(mungkin[:3])}?" if mungkin else ""
    saran_en = f"; did you mean {' or '.join(mungkin[:3])}?" if mungkin else ""
    return Message(
        f"aksi '{exc.kunci}' tidak ada dalam Rencana Aksi keputusan{saran_id}",
        f"action '{exc.kunci}' is not in the decree's Rencana Aksi{saran_en}",
    )


@dataclass
class _Baris:
    """One record as read, before checking: its fields and where each one stands."""

    nilai: dict[str, Any]
    where: str
    line: int | None
    where_kolom: dict[str, tuple[str, int | None]]


def _validated(rows: list[_Baris], keputusan: Keputusan, path: Path | None) -> DataRealisasi:
    """Check every record against the plan; all problems are raised at once."""
    aksi = daftar_aksi(keputusan)
    problems: list[Problem] = []
    hasil: dict[str, Realisasi] = {}
    asal: dict[str, str] = {}
    tertunda: list[tuple[_Baris, KunciTidakDikenal]] = []
    for row in rows:

        def masalah(kolom: str, pesan: Message) -> None:
            where, line = row.where_kolom.get(kolom, (row.where, row.line))
            problems.append(Problem(where, pesan, line))

        kunci_teks = row.nilai.get("aksi")
        if kunci_teks is None or str(kunci_teks).strip() == "":
            masalah("aksi", Message("kolom 'aksi' kosong: sebutkan kunci aksinya (mis. II.3)",
                                    "'aksi' is empty: give the action's key (e.g. II.3)"))  # fmt: skip
            continue
        try:
            target = find_aksi(str(kunci_teks), aksi)
        except KunciTidakDikenal as exc:
            tertunda.append((row, exc))  # reported once the missing actions are known, to suggest them
            continue
        status = _status(row.nilai.get("status", "belum"))
        if status is None:
            masalah("status", Message(
                f"status '{row.nilai.get('status')}' tidak dikenal; pilih belum, proses, atau selesai",
                f"unknown status '{row.nilai.get('status')}'; choose belum, proses or selesai",
            ))  # fmt: skip
        tanggal = None
        mentah = row.nilai.get("tanggal_selesai")
        if mentah not in (None, ""):
            try:
                tanggal = parse_tanggal(mentah if not isinstance(mentah, _dt.datetime) else mentah.date())
                if not isinstance(tanggal, _dt.date):
                    raise ValueError
            except Exception:  # pydantic's custom error or our ValueError: one message either way
                masalah("tanggal_selesai", Message(
                    f"tanggal_selesai '{mentah}' bukan tanggal (tulis 2025-09-12 atau 12 September 2025)",
                    f"tanggal_selesai '{mentah}' is not a date (write 2025-09-12 or 12 September 2025)",
                ))  # fmt: skip
                tanggal = None
        bukti = _bukti(row.nilai.get("bukti"))
        if bukti is None:
            masalah("bukti", Message("bukti harus berupa daftar nama berkas atau tautan",
                                     "bukti must be a list of file names or links"))  # fmt: skip
            bukti = ()
        catatan = row.nilai.get("catatan")
        if catatan is not None and not isinstance(catatan, (str, int, float)):
            masalah("catatan", Message("catatan harus berupa teks", "catatan must be text"))
            catatan = None
        if target.kunci in hasil:
            masalah("aksi", Message(
                f"aksi {target.kunci} sudah diisi di {asal[target.kunci]}",
                f"action {target.kunci} is already given at {asal[target.kunci]}",
            ))  # fmt: skip
            continue
        asal[target.kunci] = row.where if row.line is None else f"baris {row.line}"
        hasil[target.kunci] = Realisasi(
            aksi=target.kunci,
            status=status or "belum",
            tanggal_selesai=tanggal,
            bukti=bukti,
            catatan=str(catatan).strip() if catatan not in (None, "") else None,
            sumber=asal[target.kunci],
            sumber_tanggal=row.where_kolom.get("tanggal_selesai", (row.where, row.line)),
        )
    hilang = [a for a in aksi if a.kunci not in hasil]
    kunci_hilang = [a.kunci for a in hilang]
    for row, exc in tertunda:
        where, line = row.where_kolom.get("aksi", (row.where, row.line))
        problems.append(Problem(where, _pesan_kunci(exc, kunci_hilang), line))
    if problems:
        problems.sort(key=lambda p: p.line or 0)
        hint = None
        if kunci_hilang:
            daftar = ", ".join(kunci_hilang[:20]) + (" …" if len(kunci_hilang) > 20 else "")
            hint = Message(
                f"Aksi Rencana Aksi yang belum ada di data realisasi: {daftar}.",
                f"Rencana Aksi actions missing from the realisation data: {daftar}.",
            )
        raise InvalidDataError(problems, path=path, hint=hint)
    return DataRealisasi(per_aksi=hasil, hilang=hilang, path=path)


# ----------------------------------------------------------------------------- YAML


def realisasi_dari_data(data: Any, keputusan: Keputusan, *, line_of=None, path: Path | None = None) -> DataRealisasi:
    """Realisation data from already-parsed YAML/JSON: a list of records, or ``{realisasi: [...]}``."""
    awal: list[int | str] = []
    if isinstance(data, dict) and "realisasi" in data:
        data, awal = data["realisasi"], ["realisasi"]
    line = (lambda p: line_of(awal + p)) if line_of else (lambda p: None)
    if data is None:
        data = []
    if not isinstance(data, list):
        raise InvalidDataError(
            [
                Problem(
                    "(dokumen)",
                    Message(
                        "isi berkas harus berupa daftar (- aksi: II.3 …)", "the file must hold a list (- aksi: II.3 …)"
                    ),
                    line([]),
                )
            ],  # fmt: skip
            path=path,
        )
    rows: list[_Baris] = []
    problems: list[Problem] = []
    for i, item in enumerate(data):
        where = f"realisasi[{i}]"
        if not isinstance(item, dict):
            problems.append(Problem(where, Message("harus berupa pemetaan (aksi: …, status: …)",
                                                   "must be a mapping (aksi: …, status: …)"), line([i])))  # fmt: skip
            continue
        for key in item:
            if key not in KOLOM:
                from difflib import get_close_matches

                dekat = get_close_matches(str(key), KOLOM, n=1)
                saran = (f"; maksudnya '{dekat[0]}'?", f"; did you mean '{dekat[0]}'?") if dekat else ("", "")
                problems.append(Problem(
                    f"{where}.{key}",
                    Message(f"kolom '{key}' tidak dikenal{saran[0]}", f"unknown field '{key}'{saran[1]}"),
                    line([i, key]),
                ))  # fmt: skip
        rows.append(
            _Baris(
                nilai={k: item.get(k) for k in KOLOM if k in item},
                where=where,
                line=line([i]),
                where_kolom={k: (f"{where}.{k}", line([i, k])) for k in KOLOM},
            )
        )
    try:
        hasil = _validated(rows, keputusan, path)
    except InvalidDataError as exc:
        exc_problems = sorted(problems + exc.problems, key=lambda p: p.line or 0)
        raise InvalidDataError(exc_problems, path=path, hint=exc.hint) from None
    if problems:
        raise InvalidDataError(problems, path=path)
    return hasil


# ---------------------------------------------------------------------------- Excel


def _kepala(teks: str) -> str:
    return re.sub(r"[^a-z]+", "_", teks.casefold()).strip("_")


_HEADER = {"aksi": "aksi", "kunci": "aksi", "kunci_aksi": "aksi", "status": "status",
           "tanggal_selesai": "tanggal_selesai", "tgl_selesai": "tanggal_selesai", "bukti": "bukti",
           "bukti_dukung": "bukti", "catatan": "catatan", "keterangan": "catatan"}  # fmt: skip


def _baris_excel(path: Path) -> list[_Baris]:
    from openpyxl.utils import get_column_letter

    from ..excel.workbook import cell_problem, cell_text, open_workbook, values

    workbook = open_workbook(path)
    problems: list[Problem] = []
    rows: list[_Baris] = []
    try:
        sheets = [workbook[SHEET]] if SHEET in workbook.sheetnames else workbook.worksheets
        found = False
        for sheet in sheets:
            kolom: dict[str, int] = {}
            for number, raw in enumerate(sheet.iter_rows(), start=1):
                row_values = values(raw)
                if not kolom:
                    if number > 10:
                        break  # the header is at the top; a sheet without one is not ours
                    heads = {_HEADER.get(_kepala(cell_text(v))): c for c, v in enumerate(row_values)}
                    if "aksi" in heads and "status" in heads:
                        kolom = {k: c for k, c in heads.items() if k}
                        found = True
                    continue
                if all(cell_text(v) == "" for v in row_values):
                    continue
                where = f"lembar '{sheet.title}', baris {number}"
                nilai: dict[str, Any] = {}
                for name, c in kolom.items():
                    value = row_values[c] if c < len(row_values) else None
                    if (problem := cell_problem(value)) is not None:
                        problems.append(Problem(f"{where}, kolom {get_column_letter(c + 1)}", problem))
                        continue
                    # A date cell stays a date; everything else is the text a person sees.
                    nilai[name] = value if isinstance(value, (_dt.date, _dt.datetime)) else cell_text(value) or None
                if nilai.get("aksi") is None and all(nilai.get(k) in (None, "belum") for k in KOLOM[1:]):
                    continue  # a row with only a default status left in it
                rows.append(
                    _Baris(
                        nilai=nilai,
                        where=where,
                        line=None,
                        where_kolom={k: (f"{where}, kolom {get_column_letter(c + 1)}", None) for k, c in kolom.items()},
                    )
                )
            if found:
                break
    finally:
        workbook.close()
    if not found:
        raise InvalidDataError(
            [
                Problem(
                    "(buku kerja)",
                    Message(
                        "tidak ada lembar dengan kolom AKSI dan STATUS", "no sheet has the columns AKSI and STATUS"
                    ),
                )
            ],  # fmt: skip
            path=path,
            hint=Message(
                "Buat lembar isian dengan: zi-docs laporan template-realisasi KEPUTUSAN.yaml -o realisasi.xlsx",
                "Make the sheet with: zi-docs laporan template-realisasi DECREE.yaml -o realisasi.xlsx",
            ),
        )
    if problems:
        raise InvalidDataError(problems, path=path)
    return rows


# ----------------------------------------------------------------------------- load

#: Largest realisation file read, in bytes (one row per action: a few kB).
MAX_BYTES = 5 * 1024 * 1024


def load_realisasi(path: str | os.PathLike[str], keputusan: Keputusan) -> DataRealisasi:
    """Read realisation data (``.yaml``/``.yml``/``.json`` or ``.xlsx``) and check it against the decree."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in EXCEL_SUFFIXES:
        return _validated(_baris_excel(path), keputusan, path)
    if suffix in (*YAML_SUFFIXES, ".json"):
        text = read_text_utf8(path, MAX_BYTES)
        doc = YamlDocument(text, str(path))  # JSON is YAML too, and this gives line numbers
        return realisasi_dari_data(doc.data, keputusan, line_of=doc.line_of, path=path)
    raise UnsupportedFormatError(
        Message(f"format data realisasi '{suffix}' tidak didukung", f"unsupported realisation data format '{suffix}'"),
        path=path,
        hint=Message("Gunakan .yaml atau .xlsx.", "Use .yaml or .xlsx."),
    )
