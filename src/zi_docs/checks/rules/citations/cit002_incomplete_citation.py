"""CIT002: a citation in Mengingat without its full kind, its number, its year or its title;
"No." for "Nomor"."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from rapidfuzz.distance import Levenshtein

from ....i18n import Message
from ....language.peraturan import KIND_ABBREVIATIONS, catalogue, kind_key
from ....storage.regex_cache import regex
from ...context import CheckContext
from ...finding import Finding, Fix, Severity
from ...registry import Rule, register
from ._helpers import Dasar, bases, segments

# The kinds a citation starts with (a Mengingat item that starts otherwise — "Pasal 17
# ayat (3) Undang-Undang Dasar …", OCR noise — is not read here).
_KIND_START = regex(
    r"^(?:Undang[- ]?Undang(?!\s+Dasar)|Peraturan|Keputusan|Instruksi|Surat\s+Keputusan|"
    + "|".join(sorted((re.escape(k) for k in KIND_ABBREVIATIONS), key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
_ABBREVIATION = regex(
    r"^(" + "|".join(sorted((re.escape(k) for k in KIND_ABBREVIATIONS), key=len, reverse=True)) + r")(?=\s)",
    re.IGNORECASE,
)
_NO = regex(r"\b(No\.?)(?=\s*:?\s*\d)")
_COLON = regex(r"\b(Nomor\s*:)\s*(?=\S)", re.IGNORECASE)
_NO_NUMBER = regex(r"\bNomor\s*:?\s+(?=Tahun\b)", re.IGNORECASE)
_NUMBER_WITHOUT_NOMOR = regex(
    r"^(?P<jenis>(?:(?!\bNomor\b|\bNo\b)[^\d;()])+?)\s+(?P<nomor>\d+)\s+Tahun\s+\d{4}", re.IGNORECASE
)
_SMALL = regex(r"\b(nomor|tahun)\b(?=\s*\d)")
_YEAR_WORD = regex(r"\bTahun\b(?P<after>\s*(?:tentang\b|[;,.)]|$))", re.IGNORECASE)
_HAS_YEAR = regex(r"\bTahun\s+(?:19|20)\d\d\b|/(?:19|20)\d\d\b", re.IGNORECASE)
#: Figures a scanner read with letters for digits ("2Ol9", "2O2 1", "6L"): the year is
#: there, in the original.
_OCR_YEAR = regex(r"\b(?=[0-9OoIlL]*\d)(?=[0-9OoIlL]*[OoIlL])[0-9OoIlL]{2,4}\b")
_NUMBER = regex(
    r"\b(?:Nomor|No\.?)\s*:?\s*(?P<nomor>[^\s,;]+(?:(?:\s*/\s*|(?<=/)\s+)[^\s,;/][^\s,;]*)*)", re.IGNORECASE
)
_SLASH = regex(r"\s*/\s*")
_WORD = regex(r"[A-Za-z]+")


def _has_title(piece: str) -> bool:
    # "tentang", also mistyped or misread ("tentnag", "ten tang", "te'rt^ng"): a typo is
    # the spelling rules' business, the title is there.
    if re.search(r"\bten\s?tang\b", piece, re.IGNORECASE):
        return True
    words = ("".join(ch for ch in token if ch.isalpha()).casefold() for token in piece.split())
    return any(len(word) >= 5 and Levenshtein.distance(word, "tentang") <= 2 for word in words)


def _head(piece: str, size: int = 7) -> str:
    return " ".join(piece.split()[:size]).rstrip(",;")


@functools.lru_cache(maxsize=1024)  # a pure function of the piece: a distance per word (~0.2 ms a check)
def _misread_tahun(piece: str) -> bool:
    """Whether a word of the piece is "Tahun" as a scanner misreads it ("Tatrun")."""
    words = [w.casefold() for w in _WORD.findall(piece)]
    return any(w != "tahun" and 4 <= len(w) <= 7 and Levenshtein.distance(w, "tahun") <= 2 for w in words)


@register
class IncompleteCitation(Rule):
    code = "CIT002"
    name = "incomplete-citation"
    severity = Severity.warning
    summary = Message(
        "kutipan peraturan di Mengingat tidak lengkap (jenis, nomor, tahun, judul)",
        "a citation in Mengingat is incomplete (kind, number, year, title)",
    )
    why = Message(
        'Dasar hukum ditulis dengan jenis peraturan secara lengkap (bukan singkatan), kata "Nomor" (bukan '
        '"No."), nomor, "Tahun" dengan tahunnya, dan judul yang didahului "tentang"; tiap peraturan dalam '
        'rangkaian perubahan ("sebagaimana telah diubah dengan …") juga ditulis demikian.',
        'A legal basis names the kind of regulation in full (no abbreviation), the word "Nomor" (not "No."), '
        'the number, "Tahun" with its year and the title after "tentang"; so does every regulation of an '
        'amendment chain ("sebagaimana telah diubah dengan …").',
    )
    source = "UU 12/2011 Lampiran II, B.4 Dasar Hukum (cara penulisan dasar hukum)"

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        for dasar in bases(ctx):
            teks = " ".join(dasar.item.teks.split())
            for _, piece in segments(teks):
                # a kind with neither number nor "Nomor" is no citation yet: a page's
                # catchword ("Peraturan. . .") a reader kept as an item
                if _KIND_START.match(piece) and re.search(r"\d|\bN(?:omor|o\b)", piece, re.IGNORECASE):
                    yield from self._piece(ctx, dasar, piece)

    def _piece(self, ctx: CheckContext, dasar: Dasar, piece: str) -> Iterable[Finding]:
        where = f"Mengingat angka {dasar.label}"
        where_en = f"Mengingat item {dasar.label}"
        yield from self._kind_and_nomor(ctx, dasar, piece, where, where_en)
        for m in _NO.finditer(piece):
            yield ctx.finding(
                type(self),
                dasar.path,
                _head(piece[m.start() :], 2),
                Message(f'{where}: tulis "Nomor", bukan "{m[1]}"', f'{where_en}: write "Nomor", not "{m[1]}"'),
                fix=Fix(m[1], "Nomor", safe=True),
            )
        for m in _COLON.finditer(piece):
            yield ctx.finding(
                type(self),
                dasar.path,
                m[1],
                Message(
                    f'{where}: tanpa titik dua sesudah "Nomor" dalam kutipan peraturan',
                    f'{where_en}: no colon after "Nomor" in a citation',
                ),
                fix=Fix(m[1], "Nomor", safe=True),
            )
        for m in _SMALL.finditer(piece):
            yield ctx.finding(
                type(self),
                dasar.path,
                m[0],
                Message(
                    f'{where}: "{m[1].capitalize()}" dalam kutipan peraturan diawali huruf kapital',
                    f'{where_en}: "{m[1].capitalize()}" in a citation begins with a capital',
                ),
                fix=Fix(m[0], m[1].capitalize() + m[0][len(m[1]) :], safe=True),
                severity=Severity.info,
            )
        if m := _NO_NUMBER.search(piece):
            yield self._no_number(ctx, dasar, piece, m, where, where_en)
        yield from self._year(ctx, dasar, piece, where, where_en)
        if not _has_title(piece):
            through_year = re.match(r".*?\b(?:19|20)\d\d\b", piece)
            yield ctx.finding(
                type(self),
                dasar.path,
                through_year[0] if through_year else _head(piece, 10),
                Message(
                    f'{where}: judul peraturan ("tentang …") tidak ada',
                    f'{where_en}: the regulation\'s title ("tentang …") is missing',
                ),
            )

    def _kind_and_nomor(
        self, ctx: CheckContext, dasar: Dasar, piece: str, where: str, where_en: str
    ) -> Iterable[Finding]:
        """An abbreviated kind ("Permentan"), the word "Nomor" left out ("Permentan 25
        Tahun 2016"), or both: one finding, one fix."""
        abbreviation = _ABBREVIATION.match(piece)
        bare = _NUMBER_WITHOUT_NOMOR.match(piece)
        if abbreviation is None and bare is None:
            return
        full = None
        if abbreviation:
            full = next(v for k, v in KIND_ABBREVIATIONS.items() if k.casefold() == abbreviation[1].casefold())
        if bare:
            old = f"{bare['jenis']} {bare['nomor']}"
            new = f"{full or bare['jenis']} Nomor {bare['nomor']}"
        else:
            old, new = abbreviation[1], full
        if full and bare:
            said = Message(
                f'{where}: jenis peraturan ditulis lengkap dan nomornya didahului "Nomor": "{new}"',
                f'{where_en}: write the kind in full and "Nomor" before the number: "{new}"',
            )
        elif full:
            said = Message(
                f'{where}: jenis peraturan ditulis lengkap, "{full}", bukan "{old}"',
                f'{where_en}: write the kind in full, "{full}", not "{old}"',
            )
        else:
            said = Message(
                f'{where}: kata "Nomor" tidak ada sebelum nomor {bare["nomor"]}',
                f'{where_en}: the word "Nomor" is missing before number {bare["nomor"]}',
            )
        yield ctx.finding(type(self), dasar.path, old, said, fix=Fix(old, new, safe=True))

    def _year(self, ctx: CheckContext, dasar: Dasar, piece: str, where: str, where_en: str) -> Iterable[Finding]:
        if _misread_tahun(piece):
            return  # a scanned "Tahun" ("Tatrun"): the scanner misread the year too
        if _OCR_YEAR.search(piece):
            return  # a scanned year ("2Ol9"): the year is there, the scanner misread it
        if m := _YEAR_WORD.search(piece):
            yield ctx.finding(
                type(self),
                dasar.path,
                _head(piece[max(0, m.start() - 12) : m.end()].lstrip(), 5),
                Message(f'{where}: "Tahun" tanpa angka tahunnya', f'{where_en}: "Tahun" without its year'),
            )
            return
        before_title = re.split(r"\btentang\b", piece, maxsplit=1, flags=re.IGNORECASE)[0]
        number = _NUMBER.search(before_title)
        if number and not _HAS_YEAR.search(_SLASH.sub("/", before_title)):
            written = _SLASH.sub("/", number["nomor"])
            yield ctx.finding(
                type(self),
                dasar.path,
                _head(before_title, 8),
                Message(
                    f"{where}: tahun peraturan tidak ada (nomor {written})",
                    f"{where_en}: the regulation's year is missing (number {written})",
                ),
            )

    def _no_number(
        self, ctx: CheckContext, dasar: Dasar, piece: str, m: re.Match[str], where: str, where_en: str
    ) -> Finding:
        year = re.match(r"Tahun\s+(\d{4})", piece[m.end() :])
        text = piece[: m.end() + (year.end() if year else len("Tahun"))]
        hint = Message("", "")
        fix = None
        title = re.search(r"\btentang\s+(.+?)(?:\s*\(|;|$)", piece, re.IGNORECASE)
        if year and title:
            kind = kind_key(piece[: m.start()])
            known = [e for e in catalogue().titled(title[1]) if e.tahun == int(year[1]) and e.key[0] == kind]
            if len(known) == 1:
                hint = Message(
                    f"; menurut daftar peraturan: {known[0].cited()}", f"; the regulation list has: {known[0].cited()}"
                )
                fix = Fix(text, f"{text[: m.end() - len(m[0])]}Nomor {known[0].nomor} {text[m.end() :]}", safe=False)
        return ctx.finding(
            type(self),
            dasar.path,
            text,
            Message(
                f'{where}: nomor peraturan tidak ada ("{text}"){hint.id}',
                f'{where_en}: the regulation\'s number is missing ("{text}"){hint.en}',
            ),
            fix=fix,
            severity=Severity.error,
        )
