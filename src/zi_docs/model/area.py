"""The six *area pengungkit* of Zona Integritas (PermenPANRB 90/2021, amended by 5/2024)."""

from __future__ import annotations

import re
from enum import Enum
from functools import lru_cache


class AreaZI(str, Enum):
    """An area of change that a ZI working team and its Rencana Aksi rows belong to."""

    manajemen_perubahan = "manajemen_perubahan"
    penataan_tata_laksana = "penataan_tata_laksana"
    penataan_sistem_manajemen_sdm = "penataan_sistem_manajemen_sdm"
    penguatan_akuntabilitas = "penguatan_akuntabilitas"
    penguatan_pengawasan = "penguatan_pengawasan"
    peningkatan_kualitas_pelayanan_publik = "peningkatan_kualitas_pelayanan_publik"

    @property
    def nama(self) -> str:
        """The area's name as the regulation writes it."""
        return _NAMA[self]


_NAMA = {
    AreaZI.manajemen_perubahan: "Manajemen Perubahan",
    AreaZI.penataan_tata_laksana: "Penataan Tata Laksana",
    AreaZI.penataan_sistem_manajemen_sdm: "Penataan Sistem Manajemen SDM",
    AreaZI.penguatan_akuntabilitas: "Penguatan Akuntabilitas",
    AreaZI.penguatan_pengawasan: "Penguatan Pengawasan",
    AreaZI.peningkatan_kualitas_pelayanan_publik: "Peningkatan Kualitas Pelayanan Publik",
}


# Words that name each area in team names and Rencana Aksi section titles, most
# specific first ("Penataan Sistem Manajemen SDM" before "Manajemen Perubahan").
_KATA_AREA = [
    (area, re.compile(pattern, re.IGNORECASE))
    for area, pattern in (
        (
            AreaZI.penataan_sistem_manajemen_sdm,
            r"manajemen\s+(?:sdm|sumber\s+daya\s+manusia)|\bsdm\b|sumber\s+daya\s+manusia",
        ),
        (AreaZI.manajemen_perubahan, r"manajemen\s+perubahan"),
        (AreaZI.penataan_tata_laksana, r"tata\s*laksana|ketatalaksanaan"),
        (AreaZI.penguatan_akuntabilitas, r"akuntabilitas"),
        (AreaZI.penguatan_pengawasan, r"pengawasan"),
        (AreaZI.peningkatan_kualitas_pelayanan_publik, r"pelayanan\s+publik"),
    )
]


@lru_cache(maxsize=4096)  # the name rules ask it of the same few team names hundreds of times a check
def area_dari_nama(nama: str) -> AreaZI | None:
    """The ZI area a team or section name speaks of: "TIM PENGUATAN PENGAWASAN" →
    ``penguatan_pengawasan``; ``None`` when it names none (PENGARAH, TIM KERJA)."""
    for area, pattern in _KATA_AREA:
        if pattern.search(nama):
            return area
    return None
