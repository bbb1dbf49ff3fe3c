"""ZI003: a Rencana Aksi row without indicator, evidence, target time or quantity."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ....i18n import Message
from ....model import BarisRencanaAksi
from ....model.tanggal import angka_bulan
from ....storage.regex_cache import regex
from ...context import CheckContext
from ...finding import Finding, Severity
from ...registry import Rule, register
from ._helpers import rencana_aksi, tentang_zi

_KOSONG = regex(r"^[\s\-–—.]*$")
# A quantity ("1 (satu) Kegiatan") or a month ("Oktober 2025", "Per Triwulan") found in
# the neighbouring cell: a converter joined two cells, the value is there.
_JUMLAH = regex(r"\b\d+\s*\([^)]*\)\s*[A-Za-z]")
_WAKTU = regex(r"\b([A-Za-z]+)\s+\d{4}\b|\b(?:per|setiap|tiap)\s+(?:bulan|triwulan|semester|tahun)\b", re.IGNORECASE)

_KOLOM = {
    "indikator": Message("indikator", "indicator"),
    "bukti_fisik": Message("bukti fisik", "evidence (bukti fisik)"),
    "target_waktu": Message("target waktu", "target time"),
    "target_capaian": Message("target capaian", "target quantity"),
}


def _teks(nilai: object) -> str:
    if nilai is None:
        return ""
    return str(getattr(nilai, "teks", nilai))


def _ada_waktu(teks: str) -> bool:
    return any(m[1] is None or angka_bulan(m[1]) for m in _WAKTU.finditer(teks))


def _kosong(baris: BarisRencanaAksi, kolom: str) -> bool:
    if not _KOSONG.match(_teks(getattr(baris, kolom))):
        return False
    if kolom == "target_capaian":
        return not _JUMLAH.search(_teks(baris.target_waktu))
    if kolom == "target_waktu":
        return not _ada_waktu(_teks(baris.target_capaian))
    return True


@register
class IncompleteAction(Rule):
    code = "ZI003"
    name = "incomplete-action"
    severity = Severity.error
    fixes = False
    summary = Message(
        "baris Rencana Aksi tanpa indikator, bukti fisik, target waktu, atau target capaian",
        "a Rencana Aksi row without indicator, evidence, target time or target quantity",
    )
    why = Message(
        "Setiap aksi diukur: indikator mengatakan apa yang dicapai, bukti fisik apa yang diperiksa "
        "penilai, target waktu kapan, target capaian berapa. Baris tanpa salah satunya tidak dapat "
        "dipantau dalam laporan triwulan kepada Pengarah.",
        "Every action is measured: the indicator says what is achieved, the evidence what the assessor "
        "checks, the target time when, the quantity how much. A row missing one cannot be followed in "
        "the quarterly report to the Pengarah.",
    )
    source = "PermenPANRB 90/2021 sebagaimana diubah dengan PermenPANRB 5/2024"

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        if not tentang_zi(ctx):
            return
        for i, lamp in rencana_aksi(ctx):
            # A column no row of the attachment fills is a table without that column (a
            # shorter Rencana Aksi format), not an empty cell in each row.
            ada = {k_ for b in lamp.bagian for baris in b.baris for k_ in _KOLOM if not _kosong(baris, k_)}
            for j, bagian in enumerate(lamp.bagian):
                for r, baris in enumerate(bagian.baris):
                    # A continuation row (no number) shares the component and indicator of
                    # the numbered row above; its own evidence and targets are required.
                    kolom = ["indikator"] if baris.nomor else []
                    kolom += ["bukti_fisik", "target_waktu", "target_capaian"]
                    nama = (baris.komponen or baris.indikator or baris.langkah_aksi or "").strip()
                    nomor = f"{bagian.nomor}.{baris.nomor}" if baris.nomor else f"{bagian.nomor}, baris {r + 1}"
                    for k_ in kolom:
                        if k_ not in ada or not _kosong(baris, k_):
                            continue
                        yield ctx.finding(
                            type(self),
                            f"lampiran[{i}].bagian[{j}].baris[{r}].{k_}",
                            nama,
                            Message(
                                f"aksi {nomor} ({nama[:60]}) tidak punya {_KOLOM[k_].id}",
                                f"action {nomor} ({nama[:60]}) has no {_KOLOM[k_].en}",
                            ),
                        )
