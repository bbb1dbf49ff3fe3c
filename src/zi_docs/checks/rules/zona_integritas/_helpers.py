"""What the ZI rules share: whether a decree is about Zona Integritas, which ZI area
each team and each Rencana Aksi section serves."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ....model import AreaZI, BagianRencanaAksi, Keputusan, LampiranRencanaAksi, area_dari_nama
from ....storage.regex_cache import regex
from ...classify import JenisKeputusan, klasifikasi
from ...context import CheckContext
from ..people._helpers import kelompok_di_diktum, tim


def tentang_zi(ctx: CheckContext) -> bool:
    """A decree about Zona Integritas: its title or Menetapkan says so, or it has a real
    Rencana Aksi.  Other decrees (a PPID, a service standard, an amendment of another
    decree) get no ZI findings."""
    jenis = klasifikasi(ctx)
    return jenis.zona_integritas and jenis.jenis is JenisKeputusan.tim_zi


def rencana_aksi(ctx: CheckContext) -> list[tuple[int, LampiranRencanaAksi]]:
    """The Lampiran that are real Rencana Aksi tables, with their index."""
    jenis = klasifikasi(ctx)
    return [
        (i, lamp)
        for i, lamp in enumerate(ctx.keputusan.lampiran)
        if isinstance(lamp, LampiranRencanaAksi) and jenis.rencana_aksi(i)
    ]


# The components (*komponen*) of each area pengungkit in the evaluation sheet of
# PermenPANRB 90/2021 (Lampiran, LKE): a section titled by a component ("Pengendalian
# Gratifikasi", "Whistle Blowing System") serves that component's area.
_KOMPONEN = [
    (area, regex(pola, re.IGNORECASE))
    for area, pola in (
        (
            AreaZI.manajemen_perubahan,
            (
                r"tim kerja|rencana (?:aksi|pembangunan|kerja)|pembangunan unit kerja|"
                r"pemantauan dan evaluasi pembangunan|wbk/wbbm|pola pikir|budaya kerja|agen perubahan|role model"
            ),
        ),
        (
            AreaZI.penataan_tata_laksana,
            (
                r"standar operasional prosedur|\bsop\b|\bspbe\b|e-office|berbasis elektronik|"
                r"keterbukaan informasi|proses bisnis"
            ),
        ),
        (
            AreaZI.penataan_sistem_manajemen_sdm,
            (
                r"kebutuhan pegawai|mutasi|pengembangan pegawai|kompetensi|kinerja individu|"
                r"disiplin|kode etik|kode perilaku|kepegawaian"
            ),
        ),
        (
            AreaZI.penguatan_akuntabilitas,
            (
                r"keterlibatan pimpinan|akuntabilitas|renstra|rencana strategis|perjanjian kinerja|"
                r"\bsakip\b|\blakip\b|indikator kinerja|capaian kinerja|data kinerja"
            ),
        ),
        (
            AreaZI.penguatan_pengawasan,
            (
                r"gratifikasi|\bspip\b|pengendalian intern|pengaduan masyarakat|whistle|"
                r"benturan kepentingan|manajemen risiko"
            ),
        ),
        (
            AreaZI.peningkatan_kualitas_pelayanan_publik,
            (
                r"standar pelayanan|pelayanan prima|kepuasan|maklumat pelayanan|"
                r"pengelolaan pengaduan|inovasi pelayanan"
            ),
        ),
    )
]


@lru_cache(maxsize=4096)  # asked of every Rencana Aksi row's component, rule after rule
def _area_komponen(teks: str) -> AreaZI | None:
    """The one area whose components ``teks`` names; ``None`` when none or several."""
    ditemukan = {area for area, pola in _KOMPONEN if pola.search(teks)}
    return ditemukan.pop() if len(ditemukan) == 1 else None


def area_bagian(bagian: BagianRencanaAksi) -> AreaZI | None:
    """The area a Rencana Aksi section serves: as set, else named by its title, else the
    area most of its rows' components belong to; ``None`` when that cannot be told."""
    if bagian.area:
        return bagian.area
    if area := area_dari_nama(bagian.judul) or _area_komponen(bagian.judul):
        return area
    suara = Counter(a for b in bagian.baris if b.komponen and (a := _area_komponen(b.komponen)))
    if suara:
        (area, n), *lain = suara.most_common(2)
        if n * 2 > sum(suara.values()) and (not lain or lain[0][1] < n):
            return area
    return None


def area_rencana_aksi(ctx: CheckContext) -> dict[AreaZI, str] | None:
    """Areas with at least one action, with the path of the first section; ``None``
    when the decree has no Rencana Aksi."""
    ada = False
    hasil: dict[AreaZI, str] = {}
    for i, lamp in rencana_aksi(ctx):
        ada = True
        for j, bagian in enumerate(lamp.bagian):
            if bagian.baris and (area := area_bagian(bagian)):
                hasil.setdefault(area, f"lampiran[{i}].bagian[{j}]")
    return hasil if ada else None


def area_tim(k: Keputusan) -> dict[AreaZI, str]:
    """Areas with a working team, with the path of the team (a table's group first,
    else the diktum item that names it)."""
    hasil: dict[AreaZI, str] = {}
    for t in tim(k):
        if area := t.kelompok.area or area_dari_nama(t.kelompok.nama):
            hasil.setdefault(area, f"{t.path}.nama")
    for path, nama in kelompok_di_diktum(k):
        if area := area_dari_nama(nama):
            hasil.setdefault(area, path)
    return hasil


def path_rencana_aksi(ctx: CheckContext) -> str | None:
    found = rencana_aksi(ctx)
    return f"lampiran[{found[0][0]}]" if found else None
