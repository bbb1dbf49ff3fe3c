"""Indonesia's provinces and kabupaten/kota, for checking the names a decree writes.

>>> g = gazetteer()
>>> [w.kode for w in g.cari("Penajam Paser Utara", "kabupaten")]
['64.09']
>>> g.mirip("Petajam Paser Utara", "kabupaten")[0][0].nama
'Penajam Paser Utara'

The data (``data/wilayah/wilayah.json``, Kepmendagri No. 300.2.2-2138 Tahun 2025, from
``cahyadsn/wilayah``; see the README next to it) is read once per process.  Names are
compared by a key that ignores case, spaces, hyphens and dots ("Toli-Toli" = "Tolitoli",
"Kep. Seribu" = "Kepulauan Seribu"): those are ways of writing a name, not other names.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Container
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal, NamedTuple

from rapidfuzz import fuzz, process

from ..storage.regex_cache import regex

Jenis = Literal["provinsi", "kabupaten", "kota"]
JENIS: tuple[Jenis, ...] = ("provinsi", "kabupaten", "kota")


class Wilayah(NamedTuple):
    """A province, kabupaten or kota."""

    kode: str
    """Kemendagri code: ``"64"`` (province), ``"64.09"`` (kabupaten/kota)."""

    nama: str
    """The name without the word Kabupaten/Kota/Provinsi: ``"Penajam Paser Utara"``."""

    jenis: Jenis
    kode_provinsi: str
    nama_resmi: str | None = None
    """The full official name where it is not "Kabupaten/Kota + nama"
    (``"Kota Administrasi Jakarta Pusat"``)."""

    @property
    def nama_lengkap(self) -> str:
        """``"Kabupaten Penajam Paser Utara"``, ``"Provinsi Kalimantan Timur"``."""
        return self.nama_resmi or f"{self.jenis.capitalize()} {self.nama}"


# Abbreviations written inside names ("Kep. Riau", "Kab. Adm. Kep. Seribu").
_SINGKATAN = [(regex(r"\bkep\b\.?", re.IGNORECASE), "kepulauan")]
_BUKAN_HURUF = regex(r"[^0-9a-z]+")


def kunci(nama: str) -> str:
    """The comparison key of a name: lower case, abbreviations written out, only
    letters and digits ("Toli-Toli" → "tolitoli", "Kep. Riau" → "kepulauanriau")."""
    teks = nama.casefold()
    for pola, ganti in _SINGKATAN:
        teks = pola.sub(ganti, teks)
    return _BUKAN_HURUF.sub("", teks)


# Other names in use for provinces, which decrees write and which are right: the
# gazetteer keeps the Kepmendagri form ("Daerah Khusus Ibukota Jakarta").  Jakarta is
# "Daerah Khusus Jakarta" since UU 2/2024; "DKI"/"DIY" are the usual short forms.
_ALIAS_PROVINSI = {
    "31": ["DKI Jakarta", "Daerah Khusus Jakarta", "DK Jakarta", "Jakarta", "Daerah Khusus Ibu Kota Jakarta"],
    "34": ["DI Yogyakarta", "D.I. Yogyakarta", "Yogyakarta", "DIY"],
    "19": ["Bangka Belitung", "Babel"],
    "11": ["Nanggroe Aceh Darussalam", "Aceh Darussalam"],
}


class Gazetteer:
    """The regions with an exact index by key and precomputed keys for fuzzy search."""

    def __init__(self, wilayah: list[Wilayah]) -> None:
        self.wilayah = tuple(wilayah)
        self._kode = {w.kode: w for w in self.wilayah}
        self._indeks: dict[tuple[Jenis, str], list[Wilayah]] = {}
        for w in self.wilayah:
            self._indeks.setdefault((w.jenis, kunci(w.nama)), []).append(w)
        for kode, aliases in _ALIAS_PROVINSI.items():
            for alias in aliases:
                self._indeks.setdefault(("provinsi", kunci(alias)), []).append(self._kode[kode])
        # Fuzzy search runs over the keys of one kind: keys computed once here.
        self._pilihan: dict[Jenis, list[str]] = {j: sorted({k for (jj, k) in self._indeks if jj == j}) for j in JENIS}

    def __len__(self) -> int:
        return len(self.wilayah)

    def kode(self, kode: str) -> Wilayah | None:
        return self._kode.get(kode)

    def dari_jenis(self, jenis: Jenis) -> list[Wilayah]:
        return [w for w in self.wilayah if w.jenis == jenis]

    def find(self, nama: str, jenis: Jenis | None = None) -> list[Wilayah]:
        """Regions named exactly ``nama`` (by key), of one kind or of any."""
        k = kunci(nama)
        return [w for j in ((jenis,) if jenis else JENIS) for w in self._indeks.get((j, k), [])]

    def nearest(
        self, nama: str, jenis: Jenis | None = None, *, limit: int = 3, min_score: float = 80.0
    ) -> list[tuple[Wilayah, float]]:
        """The nearest names, best first, with a score 0–100 (rapidfuzz ratio on keys)."""
        return list(_nearest(self, kunci(nama), jenis, limit, min_score))

    # The names these methods had before the naming rule (docs/architecture.md).
    cari = find
    mirip = nearest


@lru_cache(maxsize=4096)
def _nearest(
    g: Gazetteer, k: str, jenis: Jenis | None, limit: int, min_score: float
) -> tuple[tuple[Wilayah, float], ...]:
    hasil: list[tuple[Wilayah, float]] = []
    for j in (jenis,) if jenis else JENIS:
        for pilihan, skor, _ in process.extract(
            k, g._pilihan[j], scorer=fuzz.ratio, limit=limit, score_cutoff=min_score
        ):
            hasil.extend((w, skor) for w in g._indeks[(j, pilihan)])
    hasil.sort(key=lambda ws: -ws[1])
    unik: dict[str, tuple[Wilayah, float]] = {}
    for w, skor in hasil:
        unik.setdefault(w.kode, (w, skor))
    return tuple(list(unik.values())[:limit])


@cache
def gazetteer() -> Gazetteer:
    """The shipped gazetteer, loaded on first use and kept for the process."""
    teks = resources.files("zi_docs").joinpath("data", "wilayah", "wilayah.json").read_text(encoding="utf-8")
    data = json.loads(teks)
    return Gazetteer(
        [Wilayah(e["kode"], e["nama"], e["jenis"], e["kode_provinsi"], e.get("nama_resmi")) for e in data["wilayah"]]
    )


def _teks_tempat() -> str:
    raw = resources.files("zi_docs").joinpath("data", "wilayah", "tempat.tsv.gz").read_bytes()
    return gzip.decompress(raw).decode("utf-8")


@cache
def tempat() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Every kecamatan by code, with the names of its kelurahan/desa:
    ``tempat()["64.02.06"]`` → ``("Tenggarong", ("Jahab", "Loa Ipuh", …))``.

    From ``data/wilayah/tempat.tsv.gz`` (same source as the regions, see the README
    there), read on first use only: the name rules never need it."""
    hasil: dict[str, tuple[str, tuple[str, ...]]] = {}
    for line in _teks_tempat().splitlines():
        kode, kecamatan, desa = line.split("\t")
        hasil[kode] = (kecamatan, tuple(desa.split("|")) if desa else ())
    return hasil


_KATA_NAMA = regex(r"[^\W\d_][\w'-]+")
_WILAYAH_DIR = Path(__file__).resolve().parent.parent / "data" / "wilayah"
#: The place words, compiled (:func:`compile_kata_tempat`; ``tools/build_kamus.py`` writes it).
KATA_TEMPAT = _WILAYAH_DIR / "kata-tempat.kamus"
#: Bump when :func:`compile_kata_tempat` makes other words from the same files.
KATA_TEMPAT_VERSION = "1"


def kata_tempat_sources() -> str:
    """What the compiled place words are built from: both data files and the version."""
    from .spelling.compiled import files_digest

    return files_digest((_WILAYAH_DIR / "wilayah.json", _WILAYAH_DIR / "tempat.tsv.gz"), KATA_TEMPAT_VERSION)


def compile_kata_tempat() -> bytes:
    """The compiled file of every word of a place name (about 50 ms: one pass over the
    names of the regions, kecamatan and desa, without building :func:`tempat`)."""
    from .spelling.compiled import compile_tables

    teks = " ".join([*(w.nama for w in gazetteer().wilayah), _teks_tempat()]).casefold()
    words = dict.fromkeys(_KATA_NAMA.findall(teks), "")
    return compile_tables({"tempat": (words, False)}, kata_tempat_sources())


@cache
def kata_tempat() -> Container[str]:
    """Every word of a province, kabupaten/kota, kecamatan or desa name, lowercase
    ("tenggarong", "oksibil", "tungkal"): a place where a decree is signed is a word.

    Some 48 000 words, which take 50 ms to gather from the data and 10 ms to read into a
    set, for the few dozen a check asks about: so they are compiled when the package is
    built (``data/wilayah/kata-tempat.kamus``, checked against its sources and its
    checksum, tests/language/test_compiled_tables.py keeps it current) and looked up in
    the mapped file, as the dictionary is (:mod:`zi_docs.language.spelling.compiled`)."""
    from .spelling.compiled import WordTable, mapped

    data, spans = mapped(KATA_TEMPAT, kata_tempat_sources(), compile_kata_tempat, {"tempat"})
    return WordTable(data, *spans["tempat"])
