"""Dates as Indonesian decrees write them ("8 September 2025").

The month names come from Babel's CLDR data for the ``id`` locale rather than a
hand-typed list.  Babel formats dates but does not parse month names, so the small
parser below is ours.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime
from typing import Annotated, Any

from pydantic import BeforeValidator, WithJsonSchema
from pydantic_core import PydanticCustomError

#: Month number → Indonesian month name ("Januari" … "Desember"), as CLDR writes them
#: (babel's ``Locale("id").months["format"]["wide"]``; tests/model/test_model_sources.py holds
#: the two equal).  Written out because loading babel's locale data costs a fresh process
#: 25 ms, and every process that imports the model would pay it.
NAMA_BULAN: dict[int, str] = dict(
    enumerate(
        (
            "Januari",
            "Februari",
            "Maret",
            "April",
            "Mei",
            "Juni",
            "Juli",
            "Agustus",
            "September",
            "Oktober",
            "November",
            "Desember",
        ),
        start=1,
    )
)
_BULAN_KE_ANGKA: dict[str, int] = {name.casefold(): n for n, name in NAMA_BULAN.items()}
# Common short and old spellings met in published decrees.
_BULAN_KE_ANGKA.update({"nopember": 11, "pebruari": 2, "agustus": 8, "agt": 8})
for _n, _name in NAMA_BULAN.items():
    _BULAN_KE_ANGKA.setdefault(_name[:3].casefold(), _n)

_TANGGAL_TEKS = re.compile(r"^\s*(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})\s*$")
_TANGGAL_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


def angka_bulan(nama: str) -> int | None:
    """The month number of an Indonesian month name, or ``None``."""
    return _BULAN_KE_ANGKA.get(nama.strip().casefold())


def format_tanggal(tanggal: date) -> str:
    """``date(2025, 9, 8)`` → ``"8 September 2025"``."""
    return f"{tanggal.day} {NAMA_BULAN[tanggal.month]} {tanggal.year}"


def _tanggal_tidak_ada(teks: str, tahun: int, bulan: int, hari: int) -> PydanticCustomError:
    hari_terakhir = calendar.monthrange(tahun, bulan)[1] if 1 <= bulan <= 12 else 0
    return PydanticCustomError(
        "tanggal_tidak_ada",
        "date {teks} does not exist",
        {
            "teks": teks,
            "bulan": NAMA_BULAN.get(bulan, str(bulan)),
            "tahun": tahun,
            "hari_terakhir": hari_terakhir,
        },
    )


def parse_tanggal(nilai: Any) -> Any:
    """Accept a ``date``, an ISO string or an Indonesian date such as "8 September 2025".

    Anything else is passed on unchanged so that pydantic reports it with its own
    type error.  An impossible date ("31 Februari 2025") raises an error that names
    the last day of that month.
    """
    if isinstance(nilai, datetime):
        return nilai.date()
    if isinstance(nilai, date) or not isinstance(nilai, str):
        return nilai
    if m := _TANGGAL_ISO.match(nilai):
        tahun, bulan, hari = (int(g) for g in m.groups())
    elif m := _TANGGAL_TEKS.match(nilai):
        hari, nama_bulan, tahun = int(m[1]), m[2], int(m[3])
        angka = angka_bulan(nama_bulan)
        if angka is None:
            raise PydanticCustomError(
                "bulan_tidak_dikenal", "unknown month name {bulan!r}", {"bulan": nama_bulan, "teks": nilai}
            )
        bulan = angka
    else:
        raise PydanticCustomError("tanggal_tidak_sah", "not a date: {teks!r}", {"teks": nilai})
    try:
        return date(tahun, bulan, hari)
    except ValueError:
        raise _tanggal_tidak_ada(nilai.strip(), tahun, bulan, hari) from None


Tanggal = Annotated[
    date,
    BeforeValidator(parse_tanggal),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "string", "format": "date"},
                {"type": "string", "pattern": r"^\s*\d{1,2}\s+[A-Za-z]+\s+\d{4}\s*$"},
            ],
            "description": 'Tanggal: "2025-09-08" atau "8 September 2025".',
        }
    ),
]
"""A date field that also accepts the Indonesian written form."""
