"""Reports and per-person documents made from a decree (``templates/laporan``).

>>> import datetime, zi_docs
>>> from zi_docs import laporan
>>> k = zi_docs.load("examples/kpu-penajam-paser-utara-42-2025.yaml")
>>> laporan.write_realisasi_template(k, "realisasi.xlsx")                       # doctest: +SKIP
>>> r = laporan.load_realisasi("realisasi.xlsx", k)                             # doctest: +SKIP
>>> laporan.laporan_triwulan(k, r, datetime.date(2025, 9, 30), "out/", pdf=True)  # doctest: +SKIP
>>> laporan.dokumen_forum(k, laporan.Rapat(tanggal="2025-09-30"), "out/", tim=["a."])  # doctest: +SKIP
>>> laporan.surat_pernyataan(k, "out/", gabung=True)                            # doctest: +SKIP

Every function that writes returns the paths it wrote.
"""

from __future__ import annotations

from .aksi import AksiRencana, find_aksi, daftar_aksi, tim_per_area
from .forum import JENIS_FORUM, Rapat, TindakLanjut, dokumen_forum, load_rapat, peserta
from .kemajuan import KATEGORI, Jumlah, Kemajuan, KemajuanAksi, compute_kemajuan
from .orang import Orang, daftar_orang, kunci_nama, select_tim
from .pernyataan import JENIS_PERNYATAAN, surat_pernyataan
from .realisasi import DataRealisasi, Realisasi, load_realisasi, realisasi_dari_data
from .realisasi_templat import write_realisasi_template
from .triwulan import laporan_triwulan

# The names these functions had before the naming rule of docs/architecture.md
# (English verbs for what code does); kept so that code written against them runs.
muat_realisasi = load_realisasi
tulis_templat_realisasi = write_realisasi_template
hitung_kemajuan = compute_kemajuan
muat_rapat = load_rapat
cari_aksi = find_aksi
pilih_tim = select_tim

__all__ = [
    "AksiRencana",
    "DataRealisasi",
    "JENIS_FORUM",
    "JENIS_PERNYATAAN",
    "Jumlah",
    "KATEGORI",
    "Kemajuan",
    "KemajuanAksi",
    "Orang",
    "Rapat",
    "Realisasi",
    "TindakLanjut",
    "cari_aksi",
    "compute_kemajuan",
    "daftar_aksi",
    "daftar_orang",
    "dokumen_forum",
    "find_aksi",
    "hitung_kemajuan",
    "kunci_nama",
    "laporan_triwulan",
    "load_rapat",
    "load_realisasi",
    "muat_rapat",
    "muat_realisasi",
    "peserta",
    "pilih_tim",
    "realisasi_dari_data",
    "select_tim",
    "surat_pernyataan",
    "tim_per_area",
    "tulis_templat_realisasi",
    "write_realisasi_template",
]
