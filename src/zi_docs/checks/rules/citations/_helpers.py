"""What the citation rules share: the Mengingat items as structure, and every citation of a
regulation the decree writes (in Mengingat, inside titles, in Menimbang, Memperhatikan and
the diktum), found once per run.

Not a rule (no ``@register``): importing it registers nothing.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from ....language.peraturan import KIND_ABBREVIATIONS
from ....model import DasarHukum, Peraturan, Perubahan
from ....readers.citations import parse_dasar_hukum
from ....storage.regex_cache import regex
from ...context import CheckContext

__all__ = [
    "BASES_KEY",
    "Dasar",
    "Kutipan",
    "bases",
    "citations",
    "cites_gazette",
    "clean_title",
    "piece_of",
    "segments",
    "short",
]

BASES_KEY = "cit.bases"


class Dasar(NamedTuple):
    """A Mengingat item with its regulation and amendment chain, read from its text (the
    parts the data keeps where the text cannot be read)."""

    index: int
    path: str
    item: DasarHukum
    peraturan: Peraturan | None
    perubahan: tuple[Perubahan, ...]

    @property
    def label(self) -> str:
        return (self.item.label or str(self.index + 1)).rstrip(".")


def bases(ctx: CheckContext) -> list[Dasar]:
    """The Mengingat items, once per run."""
    cached = ctx.cache.get(BASES_KEY)
    if cached is None:
        cached = []
        for index, item in enumerate(ctx.keputusan.mengingat):
            # The sentence as written is the authority: read it again, so that parts a
            # source file kept from an older wording cannot hide what the text says.
            peraturan, perubahan = _read_item(item.teks)
            # each decree its own copies: the parts are models a caller may edit
            peraturan = peraturan.model_copy(deep=True) if peraturan is not None else None
            perubahan = [link.model_copy(deep=True) for link in perubahan]
            if peraturan is None and not perubahan:
                peraturan, perubahan = item.peraturan, list(item.perubahan)
            cached.append(Dasar(index, f"mengingat[{index}]", item, peraturan, tuple(perubahan)))
        ctx.cache[BASES_KEY] = cached
    return cached


# A pure function of the sentence: the grammar's patterns over each item were ~1 ms a check,
# and decrees of one office cite the same regulations in the same words
@functools.lru_cache(maxsize=1024)
def _read_item(teks: str) -> tuple[Peraturan | None, tuple[Perubahan, ...]]:
    peraturan, perubahan = parse_dasar_hukum(_written_out(teks))
    return peraturan, tuple(perubahan)


_SHORT_KIND = regex(
    r"(^|(?<=dengan )|(?<=juncto )|(?<=jo\. ))("
    + "|".join(sorted((re.escape(k) for k in KIND_ABBREVIATIONS), key=len, reverse=True))
    + r")(?=\s+(?:Nomor|No\b|\d))",
    re.IGNORECASE,
)


def _written_out(teks: str) -> str:
    """The sentence with short kinds written out ("UU No. 7" → "Undang-Undang No. 7"), so
    that an abbreviated citation is read too (CIT002 reports the abbreviation itself)."""

    def full(m: re.Match[str]) -> str:
        return m[1] + next(v for k, v in KIND_ABBREVIATIONS.items() if k.casefold() == m[2].casefold())

    return _SHORT_KIND.sub(full, " ".join(teks.split()))


def short(jenis: str, nomor: str | None, tahun: int | None) -> str:
    """``"Undang-Undang Nomor 7 Tahun 2017"``: a regulation named in a message."""
    parts = [" ".join(jenis.split())]
    if nomor:
        parts.append(f"Nomor {nomor}")
    if tahun:
        parts.append(f"Tahun {tahun}")
    return " ".join(parts)


# -- citations anywhere in the text ----------------------------------------------------

_KIND = (
    r"Undang[- ]Undang(?!\s+Dasar)|Peraturan\s+Pemerintah\s+Pengganti\s+Undang[- ]Undang|"
    r"Peraturan\s+Pemerintah|Peraturan\s+Presiden|Keputusan\s+Presiden|Instruksi\s+Presiden|"
    r"(?:Peraturan|Keputusan|Instruksi)\s+(?:Menteri|Komisi|Badan|Lembaga|Kepala|Ketua|Daerah|Gubernur|Bupati|"
    r"Wali\s*kota|Sekretaris|Direktur)(?:(?!\bNomor\b)[^;()\n]){0,120}?"
)
#: "<kind> Nomor <n> Tahun <yyyy> [tentang <title>]": the title runs to the gazette's
#: bracket, a ";", an amendment phrase or "juncto" (a bracketed acronym such as "(WBK)"
#: belongs to the title).
_CITATION = regex(
    rf"(?P<jenis>(?:{_KIND})(?:\s+(?:Republik\s+Indonesia|RI))?)\s+Nomor\s*:?\s*(?P<nomor>[\w.\-]+(?:\s*/\s*[\w.\-]+)*)\s+Tahun\s+(?P<tahun>(?:19|20)\d\d)\b"
    r"(?:\s*,?\s+tentang\s+(?P<judul>(?:[^;(]|\((?=[A-Z]{2,8}\)))*?))?"
    r"(?P<akhir>\s*\((?![A-Z]{2,8}\))|\s*;|,?\s+sebagaimana\b|,?\s+(?:juncto|jo\.)|\s*$)",
    re.IGNORECASE | re.DOTALL,
)


_MENJADI = regex(r"\s+menjadi\s+undang[- ]?undang\s*$", re.IGNORECASE)


class Kutipan(NamedTuple):
    """One citation of a regulation as the decree writes it."""

    path: str
    jenis: str
    nomor: str
    tahun: int
    judul: str | None
    lengkap: bool
    """Whether the title runs to its true end (in Mengingat, where a bracket or ";"
    closes it), or may be cut short or run on (in running text)."""

    written: str = ""
    """Kind, number and year as the decree writes them."""

    @property
    def name(self) -> str:
        return short(self.jenis, self.nomor, self.tahun)


def _scan(path: str, text: str, closed: bool, found: list[Kutipan]) -> None:
    found.extend(Kutipan(path, *cited) for cited in _cited_in(text, closed))


# a pure function of the text: the case-blind pattern over each sentence of the decree was
# most of the ~1 ms the first citation rule paid a check; a decree's texts come again
@functools.lru_cache(maxsize=4096)
def _cited_in(text: str, closed: bool, depth: int = 0) -> tuple[tuple[str, str, int, str | None, bool, str], ...]:
    """The citations in a text, in order, as :class:`Kutipan`'s fields after its path."""
    if text.isascii():
        low = text.lower()
        if "nomor" not in low or "tahun" not in low:
            return ()  # what every citation holds, found faster than by the case-blind pattern
    found: list[tuple[str, str, int, str | None, bool, str]] = []
    for m in _CITATION.finditer(text):
        judul = " ".join((m["judul"] or "").split()).rstrip(" ,.") or None
        written = text[m.start() : m.end("tahun")]
        found.append((" ".join(m["jenis"].split()), m["nomor"], int(m["tahun"]), judul, closed, written))
        if judul and depth < 3:
            # "Perubahan atas <kind> Nomor … tentang <title>": a citation inside a title
            # ends about where the title ends, but the outer title may go on after it
            # ("… tentang Pemilihan Umum Menjadi Undang-Undang").
            found.extend(_cited_in(_MENJADI.sub("", judul), False, depth + 1))
    return tuple(found)


_FREE_TEXT = regex(r"^(menimbang|memperhatikan|diktum)\[")


def citations(ctx: CheckContext) -> list[Kutipan]:
    """Every citation of a regulation in the decree, once per run, in reading order
    (Menimbang, Mengingat, Memperhatikan, the diktum)."""
    cached = ctx.cache.get("cit.citations")
    if cached is None:
        # the sentences only: a Memperhatikan item's ``dokumen`` repeats parts of its text
        # (the suffix first: a string test that turns away most of the ~850 paths)
        free = [(p, t) for p, t in ctx.texts() if p.endswith((".teks", ".teks_penutup")) and _FREE_TEXT.match(p)]
        cached = []
        for path, text in free:
            if path.startswith("menimbang"):
                _scan(path, text, False, cached)
        for dasar in bases(ctx):
            _scan(dasar.path, dasar.item.teks, True, cached)
        for path, text in free:
            if not path.startswith("menimbang"):
                _scan(path, text, False, cached)
        ctx.cache["cit.citations"] = cached
    return cached


# -- one Mengingat item in pieces ------------------------------------------------------

#: What strings citations together in one item: an amendment or revocation phrase in any
#: of the ways decrees write it ("sebagaimana telah diubah beberapa kali, terakhir dengan",
#: "yang telah beberapa kali diubah terakhir dengan", "sebagaimana diubah dengan"), or
#: "juncto"/"jo." before the next citation.
_LINK = regex(
    r",?\s*(?:sebagaimana|yang)\s+(?:telah\s+)?(?:beberapa\s+kali\s+)?(?:diubah|dicabut)"
    r"(?:,?\s+(?:beberapa\s+kali|kedua\s+kali|terakhir))*,?\s+dengan\s+"
    r"|,?\s+(?:juncto|jo\.?)\s+(?=(?:Undang|Peraturan|Keputusan|UU|PP)\b)",
    re.IGNORECASE,
)


# a pure function of the text, asked of each Mengingat item by three rules and once per
# regulation it cites: _LINK tries every place of a long item (~1 ms a check uncached)
@functools.lru_cache(maxsize=4096)
def segments(teks: str) -> tuple[tuple[int, str], ...]:
    """The citations a Mengingat item strings together — the regulation, each amendment
    ("sebagaimana telah diubah dengan …"), each "juncto …" — with where each starts."""
    pieces: list[tuple[int, str]] = []
    start = 0
    low = teks.lower()
    # what every match of _LINK holds (a substring search, where the pattern tries each place)
    links = not teks.isascii() or "diubah" in low or "dicabut" in low or "jo" in low or "juncto" in low
    for m in _LINK.finditer(teks) if links else ():
        pieces.append((start, teks[start : m.start()].strip()))
        start = m.end()
    pieces.append((start, teks[start:].strip()))
    return tuple(pieces)


def piece_of(teks: str, peraturan: Peraturan) -> str | None:
    """The piece of a Mengingat item's text (:func:`segments`) that cites this regulation."""
    for _, piece in segments(teks):
        head = re.split(r"\btentang\b", piece, maxsplit=1, flags=re.IGNORECASE)[0]
        if peraturan.nomor and peraturan.nomor.split("/")[0].strip() not in head:
            continue
        if peraturan.tahun is None or str(peraturan.tahun) in head:
            return piece
    return None


@functools.lru_cache(maxsize=4096)  # a pure function of the text, asked of each title by two rules
def clean_title(judul: str | None) -> str | None:
    """A parsed title without what a reader could not cut off: a gazette it took in, the
    amendment phrase that follows ("yang telah beberapa kali diubah …")."""
    if not judul:
        return None
    cut = _LINK.search(judul)
    text = judul[: cut.start()] if cut else judul
    text = re.split(r"\s*\((?![A-Z]{2,8}\))|\b(?:Lembar(?:an)?|Berita)\s+Negara\b|;", text, maxsplit=1)[0]
    return " ".join(text.split()).rstrip(" ,.") or None


_GAZETTE = regex(r"\b(?:Lembar(?:an)?|Berita)\s+(?:Negara|Daerah)\b", re.IGNORECASE)


def cites_gazette(text: str) -> bool:
    """Whether a text names a Lembaran/Berita Negara or Daerah at all."""
    return bool(_GAZETTE.search(text))
