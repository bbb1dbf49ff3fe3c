"""Citations in Mengingat and Memperhatikan → structured references.

"Peraturan Komisi Pemilihan Umum Nomor 8 Tahun 2019 tentang … (Berita Negara
Republik Indonesia Tahun 2019 Nomor 320) sebagaimana telah beberapa kali diubah
terakhir dengan …" becomes a :class:`~zi_docs.model.Peraturan` with its gazette and
an amendment chain.  What does not match keeps only its text: the sentence as
written is always the authority.  Hand-written: the citation form is fixed by UU
12/2011 Lampiran II and no library parses it.
"""

from __future__ import annotations

from pydantic_core import PydanticCustomError

from ..grammar import AMENDMENT, DOCUMENT, GAZETTE, REGULATION, YEAR_AT_END, norm
from ..model import Dokumen, Pengundangan, Peraturan, Perubahan
from ..model.tanggal import parse_tanggal


def _norm(text: str | None) -> str | None:
    return norm(text) if text else None


def parse_peraturan(text: str) -> Peraturan | None:
    """One citation without its amendment chain, or ``None`` when it is not one."""
    m = REGULATION.match(norm(text))
    if not m:
        return None
    pengundangan = None
    if gazette := _norm(m["gazette"]):
        g = GAZETTE.match(gazette)
        pengundangan = Pengundangan(
            teks=gazette,
            media=_norm(g["media"]) if g else None,
            tahun=int(g["tahun"]) if g else None,
            nomor=g["nomor"] if g else None,
            tambahan=g["tambahan"] if g else None,
        )
    nomor = _norm(m["nomor"])
    tahun = m["tahun"]
    if tahun is None and nomor and (year := YEAR_AT_END.search(nomor)):
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
    parts = AMENDMENT.pattern.split(text)
    base = parse_peraturan(parts[0])
    chain = []
    for frasa, cited in zip(parts[1::2], parts[2::2]):
        peraturan = parse_peraturan(cited)
        if peraturan is not None:
            chain.append(Perubahan(frasa=norm(frasa), peraturan=peraturan))
    return base, chain


def parse_dokumen(text: str) -> Dokumen | None:
    """A Memperhatikan sentence citing a letter, DIPA or minutes → the document."""
    m = DOCUMENT.match(norm(text))
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
