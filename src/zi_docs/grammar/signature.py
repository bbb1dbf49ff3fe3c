"""The close: Ditetapkan di / pada tanggal, ttd., NIP, Salinan sesuai dengan aslinya, Tembusan."""

from __future__ import annotations

import re

from ..storage.regex_cache import regex
from .body import OCR_DIGITS
from .form import Form

#: Capitalised: "ditetapkan di dalam …" inside a sentence is not the enactment.
DITETAPKAN = Form(
    "Ditetapkan di",
    regex(
        r"^(?:Ditetapkan|DITETAPKAN)\s+(?:di|DI)\b\s*:?\s*(?P<tempat>.*?)"
        r"(?:,?\s*\b(?:pada|PADA|Pada)\s+(?:tanggal|TANGGAL)\b\s*:?\s*(?P<tanggal>.*))?$"
    ),
    (
        "Ditetapkan di Penajam",
        "DITETAPKAN DI : JAKARTA",
        "Ditetapkan di : Bogor",
        "Ditetapkan di : Pada tanggal :",
        "Ditetapkan di Bogor pada tanggal 4 Januari 2021",
    ),
)
PADA_TANGGAL = Form(
    "pada tanggal",
    regex(r"^pada\s+tanggal\s*:?\s*(?P<tanggal>.*)$", re.IGNORECASE),
    ("pada tanggal 3 Maret 2025", "PADA TANGGAL : 3 MARET 2025"),
)
#: "Penajam, 3 Maret 2025": the place and date a Lampiran's closing signature prints.
TEMPAT_TANGGAL = Form(
    "Penajam, 3 Maret 2025",
    regex(r"^(?P<tempat>[A-Z][A-Za-z .'-]{1,40}),\s*(?P<tanggal>\d{1,2}\s+[A-Za-z]+\s+\d{4})\s*$"),
    ("Jakarta, 12 Januari 2021",),
)


#: A regulation's promulgation under its enactment ("Diundangkan di Jakarta / pada tanggal … /
#: the minister or secretary who promulgates"): no part of the enactment's signature.
DIUNDANGKAN = Form(
    "Diundangkan di",
    regex(r"^(?:Diundangkan|DIUNDANGKAN)\s+(?:di|DI)\b"),
    ("Diundangkan di Jakarta", "DIUNDANGKAN DI KOTABARU"),
)


def tempat_tanggal(tempat: str | None, tanggal: str | None) -> str:
    """``"Penajam, 3 Maret 2025"``, leaving out what is not known."""
    return ", ".join(part for part in (tempat, tanggal) if part)


#: The signature mark of a published copy (or an editor's note in its place).
TTD = Form(
    "ttd.",
    regex(r"^(?:ttd\.?|dto\.?|\[\s*tanda\s+tangan[^\]]*\]|ditandatangani\s+secara\s+elektronik)$", re.IGNORECASE),
    ("ttd", "TTD.", "dto.", "[tanda tangan]", "Ditandatangani secara elektronik"),
)
NIP = Form(
    "NIP",
    regex(r"^NIP\.?\s*:?\s*(?P<nip>[\d ]{8,})$", re.IGNORECASE),
    ("NIP. 19800101 200501 1 001", "NIP: 198001012005011001"),
    filled="NIP 19800101 200501 1 001",
)


#: A NIP written after the name in the same cell ("NAMA / NIP": "Budi / NIP. 19800101 …").
NIP_AFTER_NAME = regex(r"\s*/?\s*NIP\.?\s*:?\s*(?P<nip>\d[\d ]{7,}\d)\s*$", re.IGNORECASE)


def nip_line(nip: str) -> str:
    """``"NIP 19800101 200501 1 001"``."""
    return f"{NIP.printed} {nip}"


SALINAN = Form(
    "Salinan sesuai dengan aslinya",
    regex(r"^Salinan\s+sesuai\s+dengan\s+aslinya\b\s*(?P<rest>.*)$", re.IGNORECASE),
    ("SALINAN SESUAI DENGAN ASLINYA", "Salinan sesuai dengan aslinya KEPALA BAGIAN HUKUM,"),
)
TEMBUSAN = Form(
    "Tembusan:",
    regex(r"^(?:Tembusan|Salinan\s+Keputusan\s+ini\s+disampaikan)\b[^:]*:?\s*(?P<rest>.*)$", re.IGNORECASE),
    ("Tembusan", "TEMBUSAN : 1. Ketua KPU", "Salinan Keputusan ini disampaikan kepada Yth.:"),
)


#: The comma that ends a signatory's title, with what a scanner's OCR makes of the stamp or
#: the signature beside it ("DIREKTUR POLITEKNIK NEGERI BANDUNG, “4").
TITLE_COMMA = regex(r",[^A-Za-z]{0,4}$")


#: A written date whose day or year a scanner's OCR read with letters: "I Februari 2O23".
_OCR_DATE = regex(r"^([0-9IlO]{1,2})(\s+[A-Za-z]+\s+)([0-9IlO]{4})$")


def repaired_date(text: str) -> str:
    """``"I Februari 2O23"`` → ``"1 Februari 2023"``; any other text as it is (whether the
    month is one is the date parser's question)."""
    m = _OCR_DATE.match(text)
    if not m:
        return text
    return m[1].translate(OCR_DIGITS) + m[2] + m[3].translate(OCR_DIGITS)
