"""ORG008: a NIP that no civil servant can have.

The 18 digits of a NIP are the birth date (yyyymmdd), the year and month of the first
appointment as CPNS (yyyymm), the sex (1 man, 2 woman) and a serial number (Peraturan
Kepala BKN 22/2007).  A birth date that does not exist, an appointment month 13 or more,
an appointment before the person was 15 or after the decree, a sex digit other than 1 or
2, or 17 or 19 digits where 18 belong are typing mistakes.

A PPPK's number (Nomor Induk PPPK, since 2019) has the same length but other digits where
the appointment month stands ("2022 21 …"): a month over 12 is not judged from 2019 on.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date

from ....i18n import Message
from ....storage.regex_cache import regex
from ...context import CheckContext
from ...finding import Finding, Severity
from ...registry import Rule, register

#: A NIP printed in running text: "NIP. 19640504 199003 1 002".
_IN_TEXT = regex(r"\bNIP\b\.?\s*:?\s*(\d[\d .]{15,24}\d)(?!\d)", re.IGNORECASE)
_PPPK_FROM = 2019
_YOUNGEST = 15


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _decree_year(ctx: CheckContext) -> int | None:
    k = ctx.keputusan
    if k.penetapan is not None and k.penetapan.tanggal is not None:
        return k.penetapan.tanggal.year
    return k.kepala.tahun


def problems(nip: str, latest: int | None = None) -> list[Message]:
    """What makes the 18 digits of ``nip`` impossible (empty when nothing does).

    ``latest``: the last year an appointment can have (the decree's)."""
    digits = _digits(nip)
    if len(digits) != 18:
        return [
            Message(f"NIP terdiri atas 18 angka, tertulis {len(digits)}", f"a NIP has 18 digits, not {len(digits)}")
        ]
    found: list[Message] = []
    born: date | None
    try:
        born = date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        born = None
    if born is None or born.year < 1900:
        found.append(
            Message(
                f"tanggal lahir {digits[6:8]}-{digits[4:6]}-{digits[:4]} (angka 1-8) tidak ada",
                f"the birth date {digits[:4]}-{digits[4:6]}-{digits[6:8]} (digits 1-8) does not exist",
            )
        )
    year, month = int(digits[8:12]), int(digits[12:14])
    if not 1 <= month <= 12 and not (month > 12 and year >= _PPPK_FROM):
        found.append(
            Message(
                f"bulan pengangkatan {digits[12:14]} (angka 13-14) tidak ada",
                f"the appointment month {digits[12:14]} (digits 13-14) does not exist",
            )
        )
    if born is not None and born.year >= 1900 and year - born.year < _YOUNGEST:
        found.append(
            Message(
                f"tahun pengangkatan {year} (angka 9-12) kurang dari {_YOUNGEST} tahun setelah lahir ({born.year})",
                f"the appointment year {year} (digits 9-12) is less than {_YOUNGEST} years after birth ({born.year})",
            )
        )
    elif latest is not None and year > latest:
        found.append(
            Message(
                f"tahun pengangkatan {year} (angka 9-12) sesudah tahun keputusan ({latest})",
                f"the appointment year {year} (digits 9-12) is after the decree's year ({latest})",
            )
        )
    if digits[14] not in "12":
        found.append(
            Message(
                f"angka jenis kelamin {digits[14]} (angka 15) bukan 1 (pria) atau 2 (wanita)",
                f"the sex digit {digits[14]} (digit 15) is neither 1 (man) nor 2 (woman)",
            )
        )
    return found


@register
class InvalidNip(Rule):
    code = "ORG008"
    name = "invalid-nip"
    severity = Severity.error
    fixes = False
    summary = Message(
        "NIP tidak mungkin (tanggal lahir, bulan pengangkatan, jenis kelamin, atau jumlah angka)",
        "an impossible NIP (birth date, appointment month, sex digit or number of digits)",
    )
    why = Message(
        "NIP terdiri atas 18 angka: tanggal lahir (tahun, bulan, tanggal), tahun dan bulan pengangkatan "
        "pertama sebagai CPNS, jenis kelamin (1 pria, 2 wanita), dan nomor urut. NIP yang salah satu bagiannya "
        "tidak mungkin salah ketik dan menunjuk ke pegawai yang tidak ada.",
        "A NIP has 18 digits: the birth date (year, month, day), the year and month of the first appointment "
        "as a CPNS, the sex (1 man, 2 woman) and a serial number. A NIP with an impossible part is mistyped and "
        "names no civil servant.",
    )
    source = "Peraturan Kepala BKN 22/2007 tentang Nomor Identitas Pegawai Negeri Sipil; Peraturan Kepala BKN 43/2007"

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        latest = _decree_year(ctx)
        for path, nip in self._nips(ctx):
            found = problems(nip, latest)
            if not found:
                continue
            yield ctx.finding(
                type(self),
                path,
                nip,
                Message(
                    f"NIP {nip} tidak mungkin: " + "; ".join(m.id for m in found),
                    f"NIP {nip} is impossible: " + "; ".join(m.en for m in found),
                ),
            )

    @staticmethod
    def _nips(ctx: CheckContext) -> Iterator[tuple[str, str]]:
        """NIP fields and NIPs printed in text; a field is judged only when it looks like a
        NIP (17 to 19 digits), since some tables put another number in that column."""
        for path, text in ctx.texts():
            if path.endswith(".nip"):
                if 17 <= len(_digits(text)) <= 19 and not re.search(r"[A-Za-z]", text):
                    yield path, text.strip()
                continue
            # an ASCII text without "nip" in small letters has no match: a substring search turns
            # away most of the ~850 texts faster than the case-blind pattern (~0.8 ms a check)
            if text.isascii() and "nip" not in text.lower():
                continue
            for match in _IN_TEXT.finditer(text):
                if 17 <= len(_digits(match[1])) <= 19:
                    yield path, match[1].strip()
