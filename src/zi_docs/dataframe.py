"""Members, Rencana Aksi rows and findings as pandas DataFrames.

pandas is optional (``pip install 'zi-docs[pandas]'``): zi_docs itself never needs
it, so it is imported only when :func:`to_dataframe` is called, and its absence is
reported as an ordinary zi_docs error with the command that installs it.

Every row carries its model ``path`` (``lampiran[0].kelompok[2].anggota[4]``), the
same path a finding names, so members and findings can be joined.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .errors import ZiDocsError
from .i18n import Lang, Message, default_lang
from .model import (
    BagianRencanaAksi,
    KelompokTim,
    Keputusan,
    LampiranRencanaAksi,
    LampiranSusunanTim,
)

if TYPE_CHECKING:
    import pandas

__all__ = ["INSTALL_HINT", "Tabel", "to_dataframe"]

Tabel = Literal["anggota", "rencana_aksi", "temuan"]
"""Which table of a decree: its members, its Rencana Aksi rows, or (for findings) the findings."""

INSTALL_HINT = "pip install 'zi-docs[pandas]'"

MEMBER_COLUMNS = [
    "lampiran",
    "kelompok_label",
    "kelompok",
    "area",
    "nomor",
    "nama",
    "jabatan",
    "kedudukan",
    "nip",
    "pangkat_golongan",
    "path",
]
RENCANA_AKSI_COLUMNS = [
    "lampiran",
    "bagian_nomor",
    "bagian",
    "area",
    "nomor",
    "komponen",
    "indikator",
    "langkah_aksi",
    "bukti_fisik",
    "target_waktu",
    "mulai",
    "selesai",
    "berkala",
    "target_capaian",
    "jumlah",
    "satuan",
    "path",
]
FINDING_COLUMNS = [
    "file",
    "rule",
    "severity",
    "message",
    "text",
    "description",
    "line",
    "page",
    "paragraph",
    "table",
    "row",
    "path",
    "fix_old",
    "fix_new",
    "fix_safe",
]


def _pandas() -> Any:
    """pandas, or an error that says how to install it."""
    try:
        return importlib.import_module("pandas")
    except ImportError:
        raise ZiDocsError(
            Message(
                "to_dataframe memerlukan pandas, yang belum terpasang",
                "to_dataframe needs pandas, which is not installed",
            ),
            hint=Message(f"Pasang dengan: {INSTALL_HINT}", f"Install it with: {INSTALL_HINT}"),
        ) from None


# ------------------------------------------------------------------------ records


def _member_records(groups: Iterable[KelompokTim], lampiran: str | None, prefix: str) -> list[dict[str, Any]]:
    records = []
    for gi, group in enumerate(groups):
        for ai, member in enumerate(group.anggota):
            record = {
                "lampiran": lampiran,
                "kelompok_label": group.label,
                "kelompok": group.nama,
                "area": group.area.value if group.area is not None else None,
                "nomor": member.nomor,
                "nama": member.nama,
                "jabatan": member.jabatan,
                "kedudukan": member.kedudukan,
                "nip": member.nip,
                "pangkat_golongan": member.pangkat_golongan,
                "path": f"{prefix}kelompok[{gi}].anggota[{ai}]",
            }
            # Extra columns of the source table after the model's, under their own header.
            for key, value in member.kolom_lain.items():
                record.setdefault(key, value)
            records.append(record)
    return records


def _rencana_aksi_records(
    sections: Iterable[BagianRencanaAksi], lampiran: str | None, prefix: str
) -> list[dict[str, Any]]:
    records = []
    for bi, bagian in enumerate(sections):
        for ri, baris in enumerate(bagian.baris):
            waktu, capaian = baris.target_waktu, baris.target_capaian
            records.append(
                {
                    "lampiran": lampiran,
                    "bagian_nomor": bagian.nomor,
                    "bagian": bagian.judul,
                    "area": bagian.area.value if bagian.area is not None else None,
                    "nomor": baris.nomor,
                    "komponen": baris.komponen,
                    "indikator": baris.indikator,
                    "langkah_aksi": baris.langkah_aksi,
                    "bukti_fisik": baris.bukti_fisik,
                    "target_waktu": waktu.teks if waktu else None,
                    "mulai": waktu.mulai if waktu else None,
                    "selesai": waktu.selesai if waktu else None,
                    "berkala": waktu.berkala if waktu else None,
                    "target_capaian": capaian.teks if capaian else None,
                    "jumlah": capaian.jumlah if capaian else None,
                    "satuan": capaian.satuan if capaian else None,
                    "path": f"{prefix}bagian[{bi}].baris[{ri}]",
                }
            )
    return records


def _finding_records(findings: Iterable[Any], file: str | None, lang: Lang) -> list[dict[str, Any]]:
    records = []
    for f in findings:
        place = f.location
        records.append(
            {
                "file": file,
                "rule": f.rule,
                "severity": f.severity.value,
                "message": f.message(lang),
                "text": f.text,
                "description": f.description(lang),
                "line": place.baris if place else None,
                "page": place.halaman if place else None,
                "paragraph": place.paragraf if place else None,
                "table": place.tabel if place else None,
                "row": place.baris_tabel if place else None,
                "path": f.path,
                "fix_old": f.fix.old if f.fix else None,
                "fix_new": f.fix.new if f.fix else None,
                "fix_safe": f.fix.safe if f.fix else None,
            }
        )
    return records


def _keputusan_records(keputusan: Keputusan, tabel: str) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    if tabel == "anggota":
        # Members named in a diktum's own table count too: they are appointed the same way.
        for di, diktum in enumerate(keputusan.diktum):
            records += _member_records(diktum.kelompok, None, f"diktum[{di}].")
        for li, lampiran in enumerate(keputusan.lampiran):
            if isinstance(lampiran, LampiranSusunanTim):
                records += _member_records(lampiran.kelompok, lampiran.nomor, f"lampiran[{li}].")
    else:
        for li, lampiran in enumerate(keputusan.lampiran):
            if isinstance(lampiran, LampiranRencanaAksi):
                records += _rencana_aksi_records(lampiran.bagian, lampiran.nomor, f"lampiran[{li}].")
    return records


def _unknown(obj: object, tabel: str | None) -> ZiDocsError:
    what = type(obj).__name__
    return ZiDocsError(
        Message(
            f"to_dataframe tidak tahu cara menjadikan {what} tabel" + (f" '{tabel}'" if tabel else ""),
            f"to_dataframe cannot make {what} into a table" + (f" '{tabel}'" if tabel else ""),
        ),
        hint=Message(
            "Berikan Keputusan (dengan tabel='anggota' atau 'rencana_aksi'), Lampiran susunan tim atau "
            "Rencana Aksi, KelompokTim, hasil zi_docs.check() atau zi_docs.check_file().",
            "Give a Keputusan (with tabel='anggota' or 'rencana_aksi'), a team or Rencana Aksi Lampiran, "
            "a KelompokTim, or what zi_docs.check() or zi_docs.check_file() returns.",
        ),
    )


def _records(obj: Any, tabel: str | None, lang: Lang) -> tuple[list[dict[str, Any]], list[str]]:
    from .checks.finding import Finding
    from .checks.run import FileResult

    if isinstance(obj, Keputusan):
        if tabel not in ("anggota", "rencana_aksi"):
            raise _unknown(obj, tabel)
        columns = MEMBER_COLUMNS if tabel == "anggota" else RENCANA_AKSI_COLUMNS
        return _keputusan_records(obj, tabel), columns
    if isinstance(obj, LampiranSusunanTim) and tabel in (None, "anggota"):
        return _member_records(obj.kelompok, obj.nomor, ""), MEMBER_COLUMNS
    if isinstance(obj, KelompokTim) and tabel in (None, "anggota"):
        return _member_records([obj], None, ""), MEMBER_COLUMNS
    if isinstance(obj, LampiranRencanaAksi) and tabel in (None, "rencana_aksi"):
        return _rencana_aksi_records(obj.bagian, obj.nomor, ""), RENCANA_AKSI_COLUMNS
    if isinstance(obj, BagianRencanaAksi) and tabel in (None, "rencana_aksi"):
        return _rencana_aksi_records([obj], None, ""), RENCANA_AKSI_COLUMNS
    if isinstance(obj, FileResult) and tabel in (None, "temuan"):
        return _finding_records(obj.findings, obj.path, lang), FINDING_COLUMNS
    if isinstance(obj, Sequence) and not isinstance(obj, (str, bytes)) and tabel in (None, "temuan", "anggota"):
        items = list(obj)
        if all(isinstance(item, Finding) for item in items) and tabel in (None, "temuan"):
            return _finding_records(items, None, lang), FINDING_COLUMNS
        if all(isinstance(item, FileResult) for item in items) and tabel in (None, "temuan"):
            records = [r for result in items for r in _finding_records(result.findings, result.path, lang)]
            return records, FINDING_COLUMNS
        if all(isinstance(item, KelompokTim) for item in items) and tabel in (None, "anggota"):
            return _member_records(items, None, ""), MEMBER_COLUMNS
    raise _unknown(obj, tabel)


def to_dataframe(obj: Any, tabel: Tabel | None = None, *, lang: Lang | None = None) -> pandas.DataFrame:
    """A pandas DataFrame of members, Rencana Aksi rows, or findings.

    * ``to_dataframe(keputusan, "anggota")``: one row per member of every team table
      (Lampiran susunan tim and tables inside a diktum), with the group, its area and
      the Lampiran number; extra source columns (``kolom_lain``) become columns too.
    * ``to_dataframe(keputusan, "rencana_aksi")``: one row per Rencana Aksi row, with
      its section, the target text and the dates and amounts read from it.
    * ``to_dataframe(zi_docs.check(k))``, ``to_dataframe(result)`` or a list of
      ``check_file`` results: one row per finding, messages in ``lang``.

    A Lampiran, a :class:`~zi_docs.model.KelompokTim` or a
    :class:`~zi_docs.model.BagianRencanaAksi` needs no ``tabel``.  Raises
    :class:`~zi_docs.errors.ZiDocsError` when pandas is not installed (saying how to
    install it) or the object is not one of these.
    """
    pd = _pandas()
    records, columns = _records(obj, tabel, lang or default_lang())
    extra = [key for record in records for key in record if key not in columns]
    frame = pd.DataFrame.from_records(records, columns=columns + list(dict.fromkeys(extra)))
    # Plain numbers stay integers even when some are missing (pandas would make them floats).
    for name in ("line", "page", "paragraph", "table", "row", "jumlah"):
        if name in frame.columns:
            frame[name] = frame[name].astype("Int64")
    return frame
