"""Reports and per-person documents made from a decree (``templates/laporan``).

>>> import datetime, zi_docs
>>> from zi_docs import laporan
>>> k = zi_docs.load("examples/kpu-penajam-paser-utara-42-2025.yaml")
>>> laporan.tulis_templat_realisasi(k, "realisasi.xlsx")                       # doctest: +SKIP
>>> r = laporan.muat_realisasi("realisasi.xlsx", k)                             # doctest: +SKIP
>>> laporan.laporan_triwulan(k, r, datetime.date(2025, 9, 30), "out/", pdf=True)  # doctest: +SKIP
>>> laporan.dokumen_forum(k, laporan.Rapat(tanggal="2025-09-30"), "out/", tim=["a."])  # doctest: +SKIP
>>> laporan.surat_pernyataan(k, "out/", gabung=True)                            # doctest: +SKIP

Every function that writes returns the paths it wrote.
"""

from __future__ import annotations

from .aksi import AksiRencana, cari_aksi, daftar_aksi, tim_per_area
from .forum import JENIS_FORUM, Rapat, TindakLanjut, dokumen_forum, muat_rapat, peserta
from .kemajuan import KATEGORI, Jumlah, Kemajuan, KemajuanAksi, hitung_kemajuan
from .orang import Orang, daftar_orang, kunci_nama, pilih_tim
from .pernyataan import JENIS_PERNYATAAN, surat_pernyataan
from .realisasi import DataRealisasi, Realisasi, muat_realisasi, realisasi_dari_data
from .realisasi_templat import tulis_templat_realisasi
from .triwulan import laporan_triwulan

__all__ = [
    "JENIS_FORUM",
    "JENIS_PERNYATAAN",
    "KATEGORI",
    "AksiRencana",
    "DataRealisasi",
    "Jumlah",
    "Kemajuan",
    "KemajuanAksi",
    "Orang",
    "Rapat",
    "Realisasi",
    "TindakLanjut",
    "cari_aksi",
    "daftar_aksi",
    "daftar_orang",
    "dokumen_forum",
    "hitung_kemajuan",
    "kunci_nama",
    "laporan_triwulan",
    "muat_rapat",
    "muat_realisasi",
    "peserta",
    "pilih_tim",
    "realisasi_dari_data",
    "surat_pernyataan",
    "tim_per_area",
    "tulis_templat_realisasi",
]
