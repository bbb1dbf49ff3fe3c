"""The typed model of a decree (Pydantic v2).

Field names are the legal vocabulary and are kept stable: other KPU tools import them.
"""

from .area import AreaZI, area_dari_nama
from .butir import Butir
from .keputusan import Diktum, Kepala, Keputusan
from .lampiran import (
    Anggota,
    BlokLampiran,
    KelompokTim,
    KepalaLampiran,
    Lampiran,
    LampiranBebas,
    LampiranRencanaAksi,
    LampiranSusunanTim,
    Paragraf,
    Tabel,
)
from .lokasi import Lokasi, TeksTakTerurai
from .penetapan import Penetapan, Salinan
from .rencana_aksi import BagianRencanaAksi, BarisRencanaAksi, TargetCapaian, TargetWaktu
from .rujukan import ButirMemperhatikan, DasarHukum, Dokumen, Pengundangan, Peraturan, Perubahan
from .source_map import SourceMap, nearest_location

__all__ = [
    "Anggota",
    "AreaZI",
    "BagianRencanaAksi",
    "BarisRencanaAksi",
    "BlokLampiran",
    "Butir",
    "ButirMemperhatikan",
    "DasarHukum",
    "Diktum",
    "Dokumen",
    "KelompokTim",
    "Kepala",
    "KepalaLampiran",
    "Keputusan",
    "Lampiran",
    "LampiranBebas",
    "LampiranRencanaAksi",
    "LampiranSusunanTim",
    "Lokasi",
    "Paragraf",
    "Penetapan",
    "Pengundangan",
    "Peraturan",
    "Perubahan",
    "Salinan",
    "SourceMap",
    "Tabel",
    "TargetCapaian",
    "TargetWaktu",
    "TeksTakTerurai",
    "area_dari_nama",
    "nearest_location",
]
