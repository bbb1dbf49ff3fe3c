"""Citations in Mengingat and Memperhatikan → structured references.

"Peraturan Komisi Pemilihan Umum Nomor 8 Tahun 2019 tentang … (Berita Negara
Republik Indonesia Tahun 2019 Nomor 320) sebagaimana telah beberapa kali diubah
terakhir dengan …" becomes a :class:`~zi_docs.model.Peraturan` with its gazette and
an amendment chain.  What does not match keeps only its text: the sentence as
written is always the authority.  Hand-written: the citation form is fixed by UU
12/2011 Lampiran II and no library parses it.
"""

from __future__ import annotations

import re

from pydantic_core import PydanticCustomError

from ..model import Dokumen, Pengundangan, Peraturan, Perubahan
from ..model.tanggal import parse_tanggal

_WS = re.compile(r"\s+")
_AMENDMENT = re.compile(
    r",?\s*(sebagaimana\s+(?:telah\s+)?(?:beberapa\s+kali\s+)?diubah(?:\s+terakhir)?\s+dengan|"
    r"sebagaimana\s+telah\s+dicabut\s+dengan)\s+",
    re.IGNORECASE,
)
_REGULATION = re.compile(
    r"^(?P<jenis>(?:Undang-Undang|Peraturan|Keputusan|Instruksi|Surat\s+Edaran|Perpres|Permen\w*|Kepmen\w*)[^()]*?)"
    r"\s+(?:Nomor|No\.)\s*:?\s*(?P<nomor>[^\s,;]+(?:\s*/\s*[^\s,;]+)*)?"
    r"(?:\s+Tahun\s+(?P<tahun>\d{4}))?"
    r"(?:\s*,?\s+tentang\s+(?P<judul>.*?))?"
    r"\s*(?:\((?P<gazette>[^()]*(?:Berita|Lembaran)[^()]*)\))?\s*[;.,]?\s*(?:dan)?\s*$",
    re.IGNORECASE | re.DOTALL,
)
_GAZETTE = re.compile(
    r"^(?P<media>(?:Berita|Lembaran)\s+(?:Negara|Daerah)[^,]*?)\s+Tahun\s+(?P<tahun>\d{4})\s+Nomor\s+(?P<nomor>[\w./-]+)"
    r"(?:\s*,\s*Tambahan\s+(?:Berita|Lembaran)\s+\w+[^,]*?\s+Nomor\s+(?P<tambahan>[\w./-]+))?",
    re.IGNORECASE,
)
_DOCUMENT = re.compile(
    r"^(?P<jenis>Surat(?:\s+Edaran)?|Nota\s+Dinas|Berita\s+Acara|Memorandum|Notulen(?:si)?|Risalah|"
    r"(?:Surat\s+Pengesahan\s+)?(?:Daftar\s+Isian\s+Pelaksanaan\s+Anggaran|DIPA))\b"
    r"(?P<penerbit>.*?)\s+Nomor\s*:?\s*(?P<nomor>.+?)"
    r"(?:,?\s+tanggal\s+(?P<tanggal>\d{1,2}\s+\w+\s+\d{4}))?"
    r"(?:,?\s+(?:perihal|hal|tentang)\s+(?P<perihal>.*?))?\s*[;.,]?\s*(?:dan)?\s*$",
    re.IGNORECASE | re.DOTALL,
)


def _norm(text: str | None) -> str | None:
    return _WS.sub(" ", text).strip() if text else None


def parse_peraturan(text: str) -> Peraturan | None:
    """One citation without its amendment chain, or ``None`` when it is not one."""
    m = _REGULATION.match(_WS.sub(" ", text).strip())
    if not m:
        return None
    pengundangan = None
    if gazette := _norm(m["gazette"]):
        g = _GAZETTE.match(gazette)
        pengundangan = Pengundangan(
            teks=gazette,
            media=_norm(g["media"]) if g else None,
            tahun=int(g["tahun"]) if g else None,
            nomor=g["nomor"] if g else None,
            tambahan=g["tambahan"] if g else None,
        )
    nomor = _norm(m["nomor"])
    tahun = m["tahun"]
    if tahun is None and nomor and (year := re.search(r"/((?:19|20)\d\d)$", nomor)):
        tahun = year[1]  # a composite number ends with its year: 314/ORT.07-Kpt/01/KPU/V/2021
    return Peraturan(
        jenis=_norm(m["jenis"]) or "",
        nomor=nomor,
        tahun=int(tahun) if tahun else None,
        judul=_norm(m["judul"]),
        pengundangan=pengundangan,
    )


def parse_dasar_hukum(text: str) -> tuple[Peraturan | None, list[Perubahan]]:
    """A Mengingat sentence → the regulation and its amendment chain."""
    parts = _AMENDMENT.split(text)
    base = parse_peraturan(parts[0])
    chain = []
    for frasa, cited in zip(parts[1::2], parts[2::2]):
        peraturan = parse_peraturan(cited)
        if peraturan is not None:
            chain.append(Perubahan(frasa=_WS.sub(" ", frasa).strip(), peraturan=peraturan))
    return base, chain


def parse_dokumen(text: str) -> Dokumen | None:
    """A Memperhatikan sentence citing a letter, DIPA or minutes → the document."""
    m = _DOCUMENT.match(_WS.sub(" ", text).strip())
    if not m:
        return None
    jenis = _norm(m["jenis"]) or ""
    if "DIPA" in jenis.upper() or "ANGGARAN" in jenis.upper():
        jenis = "DIPA"
    tanggal = None
    if m["tanggal"]:
        try:
            tanggal = parse_tanggal(m["tanggal"])
        except PydanticCustomError:  # an impossible date stays in the text for the checker
            tanggal = None
    return Dokumen(
        jenis=jenis,
        penerbit=_norm(m["penerbit"]),
        nomor=_norm(m["nomor"]),
        tanggal=tanggal,
        perihal=_norm(m["perihal"]),
    )
