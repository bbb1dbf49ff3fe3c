"""Finding the region names a text writes after KABUPATEN / KOTA / PROVINSI, and
judging each against the gazetteer.  Shared by NAM001 (which reports them) and NAM002
(which compares names after the region names are corrected, so that a misspelt regency
is reported once, by NAM001, and not again as a second spelling of the institution)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal, NamedTuple

from ....language.gazetteer import Jenis, Wilayah, gazetteer, kunci
from ....storage.regex_cache import regex

# The word that announces a region.  "(?<![\w/])" skips the second half of
# "Kabupaten/Kota"; the name must start with a capital ("Kota dalam …" is prose).
_SEBUTAN = regex(
    r"(?<![\w/])(?P<jenis>KABUPATEN|Kabupaten|KAB\.|Kab\.|KOTA|Kota|PROVINSI|Provinsi|PROV\.|Prov\.)"
    r"(?P<adm>[ \t]+(?:ADMINISTRASI|Administrasi|ADM\.|Adm\.))?"
    r"(?P<spasi>[ \t]*\n?[ \t]*|\s+)(?=[A-Z])"
)
_KATA = regex(r"\S+")
# A name word: letters, with inner hyphens or apostrophes ("Toli-Toli"), or "Kep.".
_KATA_NAMA = regex(r"(?:[A-Za-z][A-Za-z'’]*(?:-[A-Za-z][A-Za-z'’]*)*|KEP\.|Kep\.)")
_MAKS_KATA = 5

# Words that end a region name in running text and in capitals ("… PASER UTARA TAHUN
# 2025", "… Tapin Nomor 3"), and generic words that follow KOTA in prose.
_BERHENTI = {
    "tahun",
    "nomor",
    "tentang",
    "dan",
    "di",
    "ke",
    "dari",
    "yang",
    "pada",
    "dalam",
    "untuk",
    "atas",
    "oleh",
    "serta",
    "atau",
    "sebagai",
    "dengan",
    "melalui",
    "selaku",
    "periode",
    "masa",
    "kepada",
    "bagi",
    "sekretariat",
    "komisi",
    "dprd",
    "pemerintah",
    "kantor",
    "dinas",
    "badan",
    "bupati",
    "walikota",
    "wali",
    "gubernur",
    "ketua",
    "anggota",
    "kepala",
    "nip",
    "provinsi",
    "kabupaten",
    "kota",
    "kab",
    "prov",
    "anggaran",
    "se",
    "beserta",
    "telah",
    "akan",
    "adalah",
    "tersebut",
    "ini",
    "itu",
}
# First words after KOTA/KABUPATEN that make a generic phrase, not a region ("Kota Layak
# Anak", "Kabupaten Sehat", "Kota Besar"): an unknown name starting with one is not reported.
_UMUM = {
    "layak",
    "sehat",
    "besar",
    "kecil",
    "madya",
    "otonom",
    "induk",
    "pemekaran",
    "baru",
    "lama",
    "administratif",
    "tua",
    "mandiri",
    "cerdas",
    "pintar",
    "bersih",
    "hijau",
    "ramah",
    "inklusif",
    "setempat",
    "terkait",
    "masing",
    "lain",
    "lainnya",
    "tertentu",
    "bersangkutan",
}

_JENIS: dict[str, Jenis] = {
    "kabupaten": "kabupaten",
    "kab.": "kabupaten",
    "kota": "kota",
    "provinsi": "provinsi",
    "prov.": "provinsi",
}

Status = Literal["benar", "huruf", "salah_ketik", "salah_jenis", "tidak_dikenal"]
"""``benar``: a region, written right (or a name the team accepts); ``huruf``: a region
with a small letter where a capital belongs; ``salah_ketik``: no region, but close to
one; ``salah_jenis``: a region of the other kind (Kabupaten for a Kota);
``tidak_dikenal``: no region and close to none."""


class Sebutan(NamedTuple):
    """A region named in a text, and what the gazetteer says of it."""

    mulai: int
    akhir: int
    teks: str
    """The words as written, from the announcing word to the end of the name."""

    jenis: Jenis
    nama: str
    """The name part as written ("PETAJAM PASER UTARA")."""

    status: Status
    usulan: str | None = None
    """The whole of ``teks`` written right, for "huruf", "salah_ketik", "salah_jenis"."""

    wilayah: Wilayah | None = None
    skor: float = 100.0


def ikut_huruf(asli: str, baru: str) -> str:
    """Write ``baru`` in the case of ``asli``: PETAJAM → PENAJAM, petajam → penajam;
    otherwise the gazetteer's own capitals."""
    if asli.isupper():
        return baru.upper()
    if asli.islower():
        return baru.lower()
    return baru


class _Kata(NamedTuple):
    mulai: int
    akhir: int
    teks: str


def _kata_nama(teks: str, mulai: int) -> list[_Kata]:
    """The words after the announcing word that can belong to the name."""
    kata: list[_Kata] = []
    for m in _KATA.finditer(teks, mulai):
        word = m.group()
        inti = word.rstrip(",;:.)")
        if inti.casefold() in ("kep", "adm") and word.endswith("."):
            inti = inti + "."  # "Kep." is part of the name
        if not _KATA_NAMA.fullmatch(inti):
            break
        kata.append(_Kata(m.start(), m.start() + len(inti), inti))
        if len(kata) >= _MAKS_KATA or inti != word:
            break  # punctuation after the word ends the name
    return kata


def _huruf_salah(ditulis: str, resmi: str) -> bool:
    """A name found by its key but written with a small letter where the official name
    has a capital ("Penajam Paser utara"); names written all in capitals are fine."""
    if ditulis.isupper() or ditulis == resmi:
        return False
    a, b = ditulis.split(), resmi.split()
    if len(a) != len(b):
        return False
    return any(x[:1].islower() and y[:1].isupper() for x, y in zip(a, b, strict=True))


def sebutan(teks: str, diterima: frozenset[str] = frozenset()) -> tuple[Sebutan, ...]:
    """Every region named in ``teks`` after KABUPATEN/KOTA/PROVINSI (or Kab./Prov.)."""
    # most texts name no region: skip the regular expression (six substring tests written out,
    # not a generator: NAM001 and NAM002 ask it of each of ~850 texts, ~0.5 ms a check)
    if not ("ab" in teks or "AB" in teks or "ota" in teks or "OTA" in teks or "rov" in teks or "ROV" in teks):
        return ()
    return _sebutan(teks, diterima)


@lru_cache(maxsize=8192)
def _sebutan(teks: str, diterima: frozenset[str]) -> tuple[Sebutan, ...]:
    g = gazetteer()
    hasil: list[Sebutan] = []
    for m in _SEBUTAN.finditer(teks):
        jenis = _JENIS[m["jenis"].casefold()]
        kata = _kata_nama(teks, m.end())
        if not kata:
            continue
        awal = m.start()

        def potong(k: int, awal: int = awal, kata: list[_Kata] = kata) -> tuple[str, str]:
            return teks[awal : kata[k - 1].akhir], teks[kata[0].mulai : kata[k - 1].akhir]

        # 1. The longest run of words that is a region of this kind, or a name the team accepts.
        found = None
        for k in range(len(kata), 0, -1):
            utuh, nama = potong(k)
            if kunci(nama) in diterima or kunci(utuh) in diterima:
                found = (k, None)
                break
            cocok = g.find(nama, jenis)
            if cocok:
                found = (k, cocok[0])
                break
        if found:
            k, w = found
            utuh, nama = potong(k)
            if w is not None and _huruf_salah(nama, w.nama):
                usulan = teks[awal : kata[0].mulai] + w.nama
                hasil.append(Sebutan(awal, kata[k - 1].akhir, utuh, jenis, nama, "huruf", usulan, w))
            else:
                hasil.append(Sebutan(awal, kata[k - 1].akhir, utuh, jenis, nama, "benar", None, w))
            continue
        # 2. A region of the other kind: "Kabupaten Surakarta" where only Kota Surakarta exists.
        if jenis != "provinsi":
            lain: Jenis = "kota" if jenis == "kabupaten" else "kabupaten"
            for k in range(len(kata), 0, -1):
                utuh, nama = potong(k)
                if cocok := g.find(nama, lain):
                    kata_jenis = ikut_huruf(m["jenis"], lain.capitalize())
                    usulan = kata_jenis + teks[m.end("jenis") : kata[0].mulai] + nama
                    hasil.append(Sebutan(awal, kata[k - 1].akhir, utuh, jenis, nama, "salah_jenis", usulan, cocok[0]))
                    break
            else:
                cocok = None
            if cocok:
                continue
        # 3. The nearest real name for the leading capitalised words before a stop word.
        calon = 0
        for x in kata:
            w_ = x.teks
            if w_.casefold().rstrip(".") in _BERHENTI or not w_[:1].isupper():
                break
            calon += 1
        if not calon:
            continue
        terbaik: tuple[float, int, Wilayah] | None = None
        for k in range(1, calon + 1):
            _, nama = potong(k)
            if len(kunci(nama)) < 4:
                continue  # too short to tell a typo from another word
            dekat = g.nearest(nama, jenis, limit=2)
            if len(dekat) == 2 and dekat[1][1] >= dekat[0][1] - 0.5:
                continue  # two names as near: no way to tell which one was meant
            for w, skor in dekat[:1]:
                if kunci(nama)[:1] != kunci(w.nama)[:1] and skor < 90:
                    continue  # a different first letter is another name more often than a typo
                if kunci(w.nama).startswith(kunci(nama)):
                    continue  # the start of a longer name ("Provinsi Kalimantan" at a line end)
                if terbaik is None or (skor, k) > (terbaik[0], terbaik[1]):
                    terbaik = (skor, k, w)
        if terbaik:
            skor, k, w = terbaik
            utuh, nama = potong(k)
            usulan = teks[awal : kata[0].mulai] + ikut_huruf(nama, w.nama)
            hasil.append(Sebutan(awal, kata[k - 1].akhir, utuh, jenis, nama, "salah_ketik", usulan, w, skor))
            continue
        # 4. Capitalised words that are no region and close to none.
        if kata[0].teks.casefold() in _UMUM:
            continue
        utuh, nama = potong(calon)
        hasil.append(Sebutan(awal, kata[calon - 1].akhir, utuh, jenis, nama, "tidak_dikenal"))
    return tuple(hasil)


def betulkan(teks: str, diterima: frozenset[str] = frozenset()) -> str:
    """``teks`` with misspelt region names replaced by the real ones (for comparing)."""
    ganti = [s for s in sebutan(teks, diterima) if s.usulan and s.status in ("salah_ketik", "huruf")]
    for s in reversed(ganti):
        teks = teks[: s.mulai] + (s.usulan or "") + teks[s.akhir :]
    return teks


def nama_diterima(extra_names: set[str]) -> frozenset[str]:
    """The keys of the names a team accepts, with and without the word Kabupaten/Kota."""
    keys = set()
    for nama in extra_names:
        keys.add(kunci(nama))
        keys.add(kunci(re.sub(r"^(?:kabupaten|kab\.|kota|provinsi|prov\.)\s+", "", nama.strip(), flags=re.IGNORECASE)))
    return frozenset(keys)
