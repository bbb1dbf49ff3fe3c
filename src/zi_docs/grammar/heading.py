"""The heading of a decree: kind and issuer, NOMOR … TAHUN …, TENTANG, the opening formula."""

from __future__ import annotations

import re

from ..storage.regex_cache import regex
from .form import Form, norm

#: The copy mark printed above the heading (and above a LAMPIRAN) of a published copy.
COPY_MARK = Form("SALINAN", regex(r"\**SALINAN\**"), ("*SALINAN*",))


def is_copy_mark(text: str) -> bool:
    """``"SALINAN"`` alone on its line, in any capitals, bold stars allowed."""
    return COPY_MARK.pattern.fullmatch(norm(text).upper()) is not None


#: The kind of the instrument and the issuer that follows it on the same line.  No word
#: boundary after the kind: OCR glues words ("PERATURANMENTER! PERHUBUNGAN").
JENIS = Form(
    "KEPUTUSAN",
    regex(r"^(?P<jenis>(?:SALINAN\s+)?(?:SURAT\s+)?KEPUTUSAN|PERATURAN)\s*(?P<rest>.*)$"),
    ("KEPUTUSAN KETUA KOMISI PEMILIHAN UMUM", "SALINAN KEPUTUSAN MENTERI", "SURAT KEPUTUSAN BUPATI"),
)
#: The prefix a published copy adds to the kind ("SALINAN KEPUTUSAN …").
COPY_PREFIX = "SALINAN "

NOMOR = Form(
    "NOMOR",
    regex(r"^NOMOR\b\s*:?\s*(?P<nomor>.*?)(?:\s+TAHUN\s+(?P<tahun>\d{4}))?[\s.]*$", re.IGNORECASE),
    ("NOMOR 42 TAHUN 2025", "Nomor : 105/Kpts/OT.160/2/2020", "Nomor : 18/Kpts/OT.140/1/2021", "NOMOR: 7 TAHUN 2024"),
)


_SLASH = regex(r"\s*/\s*")


def tidy_nomor(nomor: str) -> str:
    """A number as read, without the spaces a scanner's OCR puts around its slashes:
    ``"B/ 154/PL1 / HK.02.00 / 2023"`` → ``"B/154/PL1/HK.02.00/2023"`` (a decree's number
    has none there)."""
    return _SLASH.sub("/", nomor)


def nomor_tahun(nomor: str, tahun: int | None) -> str:
    """``"NOMOR 42 TAHUN 2025"``; a composite number prints without its year."""
    return f"{NOMOR.printed} {nomor}" + (f" {TAHUN.printed} {tahun}" if tahun else "")


#: TAHUN on a line of its own, under NOMOR.
TAHUN = Form("TAHUN", regex(r"^TAHUN\s+(\d{4})$", re.IGNORECASE), ("Tahun 2021",), filled="TAHUN 2025")
TENTANG = Form("TENTANG", regex(r"^TENTANG\b\s*:?\s*(?P<rest>.*)$", re.IGNORECASE), ("Tentang :", "TENTANG:"))
#: TENTANG anywhere in a header block joined to one line (a Lampiran header).
TENTANG_IN_TEXT = regex(r"\bTENTANG\b\s*:?\s*(.*)$", re.IGNORECASE)
#: The TANGGAL field of a Lampiran header.
TANGGAL = Form("TANGGAL", regex(r"^TANGGAL\b\s*:?\s*(?P<rest>.*)$", re.IGNORECASE), ("TANGGAL : 3 Maret 2025",))
PEMBUKAAN = Form(
    "DENGAN RAHMAT TUHAN YANG MAHA ESA",
    regex(r"^DENGAN\s*RAHMAT\s*TUHAN\s*YANG\s*MAHA\s*ESA\s*,?$", re.IGNORECASE),
    ("DENGAN RAHMAT TUHAN YANG MAHA ESA,", "Dengan Rahmat Tuhan Yang Maha Esa"),
)
#: The field that opens a line of a Lampiran header block.
HEADER_FIELD = regex(r"^(NOMOR|TANGGAL|TENTANG|KEPUTUSAN)\b", re.IGNORECASE)
#: The first cell of a borderless header-table row ("NOMOR | : | 42 TAHUN 2025").
HEADER_ROW_FIELD = regex(r"^(LAMPIRAN|KEPUTUSAN|NOMOR|TENTANG|TANGGAL)\b", re.IGNORECASE)
#: The official at the start of an issuer ("KETUA KOMISI …") or of a signatory's title.
OFFICIALS = regex(
    r"^(?P<pejabat>KUASA\s+PENGGUNA\s+ANGGARAN|KEPALA|DIREKTUR(?:\s+JENDERAL)?|BUPATI|WALI\s*KOTA|GUBERNUR|MENTERI|"
    r"SEKRETARIS(?:\s+JENDERAL)?|REKTOR|KETUA|INSPEKTUR(?:\s+JENDERAL)?)\s+(?P<instansi>.+)$"
)
#: An editor's note in brackets ("[halaman 2 kosong]"), not decree text.
ANNOTATION = regex(r"^\[[^\]]*\]$")
#: The provenance line a text export starts with.
SOURCE_NOTE_PREFIX = "# source:"

#: The heading of a page that follows a decree in the same file but is no part of it:
#: minutes, attendance lists, an official memo, a record of a selection.
FOREIGN_PAGE = Form(
    "BERITA ACARA",
    regex(r"^(?:BERITA\s+ACARA|NOTA\s+DINAS|NOTULEN|NOTULA|DAFTAR\s+HADIR|LAPORAN\s+HASIL\s+RAPAT)\b"),
    ("NOTA DINAS", "NOTULEN RAPAT", "DAFTAR HADIR", "BERITA ACARA SELEKSI"),
)
