"""Kinds of regulation and a small catalogue of the regulations decrees cite.

The kinds follow the hierarchy of UU 12/2011 Pasal 7 and 8: :func:`rank_of` ranks a
kind as written ("Peraturan Menteri Pendayagunaan …", "Perpres", "Undang-undang RI"),
:func:`kind_key` gives one spelling for every way of writing the same kind, and
:func:`gazette_of` the gazette its kind is promulgated in (UU 12/2011 Pasal 81-87).

:func:`catalogue` reads ``data/peraturan/peraturan.yaml``: regulations with their kind,
number, year, title and gazette, each with the public page it was checked against (see
the README next to it).

>>> rank_of("Peraturan Komisi Pemilihan Umum")
(5, 'Peraturan Menteri/Lembaga')
>>> kind_key("Undang-undang Republik Indonesia") == kind_key("UU")
True
>>> catalogue().get("Undang-Undang", "7", 2017).judul
'Pemilihan Umum'
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from pathlib import Path
from typing import Any

from rapidfuzz.distance import Levenshtein

from ..storage.regex_cache import regex

__all__ = [
    "KIND_ABBREVIATIONS",
    "Catalogue",
    "Entry",
    "catalogue",
    "gazette_of",
    "kind_key",
    "normal_number",
    "normal_title",
    "rank_of",
    "slips_only",
]

# Most specific first: "Peraturan Pemerintah Pengganti Undang-Undang" before
# "Peraturan Pemerintah", "Undang-Undang Dasar" before "Undang-Undang".  The ranks
# follow the hierarchy of UU 12/2011 Pasal 7 and 8; regulations of ministers and
# agencies share one rank, decrees (beschikking) come after every regulation.
_RANKS: list[tuple[re.Pattern[str], int, str]] = [
    (regex(pattern), rank, name)
    for pattern, rank, name in (
        (r"undang[- ]undang\s+dasar|^uud\b", 0, "Undang-Undang Dasar"),
        (r"ketetapan\s+majelis|^tap\s+mpr", 1, "Ketetapan MPR"),
        (r"peraturan\s+pemerintah\s+pengganti|^perppu\b", 2, "Undang-Undang/Perppu"),
        (r"^undang[- ]undang|^uu\b", 2, "Undang-Undang/Perppu"),
        (r"^peraturan\s+pemerintah|^pp\b", 3, "Peraturan Pemerintah"),
        (r"^peraturan\s+presiden|^perpres\b", 4, "Peraturan Presiden"),
        (r"^peraturan\s+daerah\s+provinsi|^perda\s+provinsi", 6, "Peraturan Daerah Provinsi"),
        (r"^peraturan\s+daerah|^perda\b|^qanun", 7, "Peraturan Daerah Kabupaten/Kota"),
        (r"^peraturan\s+(?:gubernur|bupati|wali\s*kota)|^per(?:gub|bup|wal)\b", 8, "Peraturan Kepala Daerah"),
        (r"^peraturan\b|^perm(?:en|enpan)|^pkpu\b", 5, "Peraturan Menteri/Lembaga"),
        (r"^keputusan\s+presiden|^keppres\b", 9, "Keputusan Presiden"),
        (r"^keputusan\b|^kep(?:men|mendagri)?\b", 10, "Keputusan"),
        (r"^instruksi\s+presiden|^inpres\b", 9, "Instruksi Presiden"),
    )
]

#: Short forms of kinds that a citation writes out in full (UU 12/2011 Lampiran II, B.4
#: Dasar Hukum: a legal basis names its kind, as the regulation's own title does), with
#: that full name.
KIND_ABBREVIATIONS: dict[str, str] = {
    "UU": "Undang-Undang",
    "Perpu": "Peraturan Pemerintah Pengganti Undang-Undang",
    "Perppu": "Peraturan Pemerintah Pengganti Undang-Undang",
    "PP": "Peraturan Pemerintah",
    "Perpres": "Peraturan Presiden",
    "Keppres": "Keputusan Presiden",
    "Kepres": "Keputusan Presiden",
    "Inpres": "Instruksi Presiden",
    "PKPU": "Peraturan Komisi Pemilihan Umum",
    "PMK": "Peraturan Menteri Keuangan",
    "Permendagri": "Peraturan Menteri Dalam Negeri",
    "Permentan": "Peraturan Menteri Pertanian",
    "Permenkeu": "Peraturan Menteri Keuangan",
    "Permenkumham": "Peraturan Menteri Hukum dan Hak Asasi Manusia",
    "PermenPANRB": "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
    "Permenpan": "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
    "KepmenPANRB": "Keputusan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
    "Permendikbud": "Peraturan Menteri Pendidikan dan Kebudayaan",
    "Permendikbudristek": "Peraturan Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi",
}

# What a kind key drops or spells one way: "Republik Indonesia" and "RI" say nothing
# about which regulation it is; "Menteri Negara PAN" is the ministry's older name.
_KIND_NOISE = regex(r"\b(?:republik\s+indonesia|ri)\b|[,.]")
_ABBREVIATION_KEYS = {re.sub(r"\W", "", short).casefold(): full for short, full in KIND_ABBREVIATIONS.items()}
_ABBREVIATION_KEYS["permenpanrb"] = KIND_ABBREVIATIONS["PermenPANRB"]
_KIND_WORDS = [
    (regex(r"\bundang\s*-?\s*undang\b"), "undang-undang"),
    (regex(r"\bkomisi\s+pemilihan\s+umum\b|\bkpu\b"), "komisi pemilihan umum"),
    (regex(r"\bmenteri\s+negara\b"), "menteri"),
    (regex(r"\bpan\s*(?:-|dan|&)?\s*rb\b"), "pendayagunaan aparatur negara dan reformasi birokrasi"),
]


@lru_cache(maxsize=4096)  # a pure function of the text, asked ~90 times a check (~0.4 ms)
def kind_key(jenis: str) -> str:
    """One spelling for the ways of writing a kind: ``"Undang-undang RI"`` and ``"UU"`` →
    ``"undang-undang"``; ``"Permenpan RB"`` → the minister's full name."""
    text = " ".join(jenis.split())
    squeezed = re.sub(r"\W", "", text).casefold()
    if squeezed in _ABBREVIATION_KEYS:
        text = _ABBREVIATION_KEYS[squeezed]
    else:
        first, _, rest = text.partition(" ")
        short = re.sub(r"\W", "", first).casefold()
        if short in _ABBREVIATION_KEYS and rest.casefold().startswith(("rb", "ri", "republik")):
            text = _ABBREVIATION_KEYS[short] + " " + rest
    text = text.casefold()
    for pattern, replacement in _KIND_WORDS:
        text = pattern.sub(replacement, text)
    text = _KIND_NOISE.sub(" ", text)
    return " ".join(text.split())


@lru_cache(maxsize=4096)  # the citation rules ask it of each legal basis, rule after rule
def rank_of(jenis: str) -> tuple[int, str] | None:
    """The rank of a kind in the hierarchy (0 = UUD 1945) and the rank's name."""
    text = " ".join(jenis.split()).casefold()
    for pattern, rank, name in _RANKS:
        if pattern.search(text):
            return rank, name
    return None


def gazette_of(jenis: str) -> str | None:
    """Where the kind is promulgated: ``"Lembaran Negara"`` (UU, Perppu, PP, Perpres:
    UU 12/2011 Pasal 81-82), ``"Berita Negara"`` (regulations of ministers and agencies,
    Pasal 87), ``"Lembaran Daerah"``/``"Berita Daerah"``; ``None`` for the others."""
    ranked = rank_of(jenis)
    if ranked is None:
        return None
    return {2: "Lembaran Negara", 3: "Lembaran Negara", 4: "Lembaran Negara", 5: "Berita Negara"}.get(
        ranked[0], {6: "Lembaran Daerah", 7: "Lembaran Daerah", 8: "Berita Daerah"}.get(ranked[0])
    )


@lru_cache(maxsize=4096)  # a pure function of the text, asked of every entry a look-up compares
def normal_number(nomor: str | None) -> str | None:
    """A number as compared: spaces dropped, leading zeros of a plain number dropped
    (``"09"`` → ``"9"``, ``"61/ Permentan/OT.140/10/2010"`` → ``"61/permentan/ot.140/10/2010"``)."""
    if not nomor:
        return None
    text = re.sub(r"\s+", "", nomor).casefold()
    # isascii: "¹" and other digits of other scripts are isdigit() but no number int() reads
    return str(int(text)) if text.isascii() and text.isdigit() else text


_TITLE_ACRONYM = regex(r"\(\s*[A-Z]{2,}\s*\)")
_TITLE_NOISE = regex(r"\b(?:republik\s+indonesia)\b|[,.;:()\"'’“”]")
_DASH = regex(r"\s*[-–—]\s*")


@lru_cache(maxsize=4096)  # a pure function of the text, asked of each title by two rules
def normal_title(judul: str | None) -> str:
    """A title as compared: case, spacing, punctuation, dashes, "Republik Indonesia" and
    acronyms in brackets ("(WBK)") ignored — ways of writing a title, not other titles."""
    if not judul:
        return ""
    text = _TITLE_ACRONYM.sub(" ", judul).casefold()
    text = re.sub(r"\bundang\s*-?\s*undang\b", "undang-undang", text)
    text = _TITLE_NOISE.sub(" ", text)
    text = _DASH.sub("-", text)
    return " ".join(text.split())


def slips_only(a: str | None, b: str | None) -> bool:
    """Whether two titles differ only by slips of the pen or of a scanner: word for word,
    each differing word at most two letters off ("Stategi", "Nepotisore", "Titldak") and
    not another form of the word ("Intern"/"Internal", "Penyelenggara"/"Penyelenggaraan"),
    or words run together.

    >>> slips_only("Stategi Nasional Pencegahan Korupsi", "Strategi Nasional Pencegahan Korupsi")
    True
    >>> slips_only("Sistem Pengendalian Internal Pemerintah", "Sistem Pengendalian Intern Pemerintah")
    False
    """
    x, y = normal_title(a).split(), normal_title(b).split()
    if "".join(x) == "".join(y):
        return True  # words run together or split apart ("PelaksanaanUndang-Undang")
    if len(x) != len(y):
        return False
    for one, other in zip(x, y):
        if one == other:
            continue
        if one.startswith(other) or other.startswith(one) or Levenshtein.distance(one, other) > 2:
            return False
    return True


@dataclass(frozen=True)
class Entry:
    """One regulation of the catalogue."""

    jenis: str
    nomor: str
    tahun: int
    judul: str
    sumber: str
    """The public page the entry was checked against."""

    judul_lain: tuple[str, ...] = ()
    """Other titles that official texts write for it (accepted, not reported)."""

    media: str | None = None
    """``"Lembaran Negara"`` or ``"Berita Negara"``."""

    media_tahun: int | None = None
    media_nomor: str | None = None
    tambahan: str | None = None

    # kept once computed: a look-up by number compares every entry's key, and computing
    # them again was most of CIT004's ~2 ms a check
    @cached_property
    def key(self) -> tuple[str, str, int]:
        return kind_key(self.jenis), normal_number(self.nomor) or "", self.tahun

    def cited(self) -> str:
        return f"{self.jenis} Nomor {self.nomor} Tahun {self.tahun} tentang {self.judul}"

    def titles(self) -> frozenset[str]:
        return self._titles

    @cached_property  # asked for each citation the catalogue knows, by two rules
    def _titles(self) -> frozenset[str]:
        return frozenset({normal_title(self.judul), *(normal_title(t) for t in self.judul_lain)})


class Catalogue:
    """The entries, found by kind, number and year, or by title."""

    def __init__(self, entries: list[Entry]) -> None:
        self.entries = entries
        self._by_key = {entry.key: entry for entry in entries}
        self._by_title: dict[str, list[Entry]] = {}
        for entry in entries:
            for title in entry.titles():
                self._by_title.setdefault(title, []).append(entry)

    def get(self, jenis: str, nomor: str | None, tahun: int | None) -> Entry | None:
        if tahun is None:
            return None
        return self._by_key.get((kind_key(jenis), normal_number(nomor) or "", tahun))

    def same_number(self, jenis: str, nomor: str | None) -> list[Entry]:
        """Entries of this kind and number, whatever their year."""
        kind, number = kind_key(jenis), normal_number(nomor)
        return [e for e in self.entries if e.key[0] == kind and e.key[1] == number]

    def titled(self, judul: str | None) -> list[Entry]:
        """Entries whose title (or accepted variant) is this one."""
        return list(self._by_title.get(normal_title(judul), ()))


_CATALOGUE_DIR = Path(__file__).resolve().parent.parent / "data" / "peraturan"
#: The catalogue as people edit it, with comments and a source per entry.
CATALOGUE_SOURCE = _CATALOGUE_DIR / "peraturan.yaml"
#: The same entries as JSON (:func:`compile_catalogue`; ``python tools/build_kamus.py --no-copy``
#: writes it): reading them needs no YAML parser, whose import and patterns cost a check
#: 15 ms (issue 17).  Used only while it records the digest of today's YAML.
CATALOGUE_COMPILED = _CATALOGUE_DIR / "peraturan.json"


def _source_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _entries_of_yaml(text: str) -> list[dict[str, Any]]:
    import yaml  # only to build the JSON, or when it is stale

    # libyaml's loader where PyYAML has it: the pure-Python one takes 30 ms
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(text, Loader=loader) or []


def compile_catalogue() -> str:
    """The text of ``peraturan.json``: the YAML's entries and the digest of the YAML."""
    text = CATALOGUE_SOURCE.read_text(encoding="utf-8")
    body = {"sources": _source_digest(text), "entries": _entries_of_yaml(text)}
    return json.dumps(body, ensure_ascii=False, indent=1, default=str) + "\n"


def _raw_entries() -> list[dict[str, Any]]:
    text = CATALOGUE_SOURCE.read_text(encoding="utf-8")
    try:
        compiled = json.loads(CATALOGUE_COMPILED.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        compiled = None
    if isinstance(compiled, dict) and compiled.get("sources") == _source_digest(text):
        return compiled["entries"]
    return _entries_of_yaml(text)


@cache
def catalogue() -> Catalogue:
    """The catalogue shipped in ``data/peraturan/peraturan.yaml``, read once."""
    raw = _raw_entries()
    entries = []
    for item in raw:
        gazette = item.get("pengundangan") or {}
        entries.append(
            Entry(
                jenis=item["jenis"],
                nomor=str(item["nomor"]),
                tahun=int(item["tahun"]),
                judul=item["judul"],
                sumber=item["sumber"],
                judul_lain=tuple(item.get("judul_lain") or ()),
                media=gazette.get("media"),
                media_tahun=gazette.get("tahun"),
                media_nomor=str(gazette["nomor"]) if gazette.get("nomor") is not None else None,
                tambahan=str(gazette["tambahan"]) if gazette.get("tambahan") is not None else None,
            )
        )
    return Catalogue(entries)
