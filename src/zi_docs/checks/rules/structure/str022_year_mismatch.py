"""STR022: the year the title gives its subject ("… AGEN PERUBAHAN BPATP TAHUN 2021") is the
year the Menimbang, the diktum and the Lampiran titles give the same subject.

A decree copied from last year's keeps last year's number in a recital ("… agen perubahan
Balai Pengelola Alih Teknologi Pertanian tahun 2017") while its title was updated.  Only
the same subject counts: the three words before "tahun" must be the title's three words
before TAHUN, and of the four nearest words before it that are not the office's name, two
must be the title's (a place name alone, "… Kabupaten Penajam Paser Utara Tahun 2024", is
no subject).  A year of an earlier evaluation or report ("hasil evaluasi …", "laporan …")
is another subject.  So a regulation's year ("Nomor 8 Tahun 2019"), a period ("tahun 2020-2024"),
a budget year of another document or last year's evaluation ("hasil evaluasi tahun 2024")
are not compared.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from ....i18n import Message
from ....storage.regex_cache import regex
from ...context import CheckContext
from ...finding import Finding, Fix, Severity
from ...registry import Rule, register
from ._helpers import body_texts

_WORD = regex(r"[^\W\d_]+(?:[-/][^\W\d_]+)*")
#: "tahun 2017", "Tahun Anggaran 2021", not followed by a period ("2020-2024", "2020 s.d. 2024").
_YEAR = regex(
    r"\b(?P<word>tahun)(?:\s+anggaran)?\s+(?P<year>(?:19|20)\d\d)\b(?!\s*(?:[-–—/]|s\.?\s?d\.?|sampai|hingga)\s*\d)",
    re.IGNORECASE,
)
_SAME = 3
_NEAREST = 4
_SHARED = 2
_LOOK_BACK = 20
#: Words that make the year another document's: last year's evaluation, a report, a result.
_EARLIER = frozenset(["hasil", "laporan", "evaluasi", "capaian", "realisasi", "penilaian", "sebelumnya", "lalu"])
_SMALL = frozenset(
    [
        "dan",
        "di",
        "ke",
        "dari",
        "pada",
        "dalam",
        "untuk",
        "yang",
        "atau",
        "serta",
        "tentang",
        "menuju",
        "tahun",
        "anggaran",
    ]
)


def _words_before(text: str, end: int) -> tuple[str, ...]:
    return tuple(w.casefold() for w in _WORD.findall(text[:end])[-_SAME:])


# a pure function of the text: the words before each year were found again for each of
# ~130 texts check after check (~0.2 ms a check)
@functools.lru_cache(maxsize=4096)
def _subject_years(text: str) -> tuple[tuple[tuple[str, ...], int, int, int], ...]:
    """Each year of the text: the words before it, the year, and where it starts and ends."""
    return tuple(
        (_words_before(text, match.start()), int(match["year"]), match.start(), match.end())
        for match in _YEAR.finditer(text)
    )


@register
class YearMismatch(Rule):
    code = "STR022"
    name = "year-mismatch"
    severity = Severity.warning
    summary = Message(
        "tahun pada judul berbeda dari tahun hal yang sama di Menimbang, diktum, atau Lampiran",
        "the year in the title differs from the year the Menimbang, a diktum or a Lampiran gives the same subject",
    )
    why = Message(
        "Judul, konsiderans, dan diktum menyebut hal yang sama; bila judul menyebut tahun 2021 tetapi "
        "konsiderans menyebut hal itu tahun 2017, keputusan itu disalin dari keputusan lama dan salah satu "
        "tahunnya tidak diperbarui.",
        "The title, the recitals and the diktum speak of one subject; when the title gives it the year 2021 and "
        "a recital 2017, the decree was copied from an old one and one of the years was not updated.",
    )
    source = "UU 12/2011 Lampiran II Bab I huruf A dan B (judul dan konsiderans memuat hal yang sama)"

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        k = ctx.keputusan
        title = " ".join(k.kepala.tentang.split())
        subjects = {words: year for words, year, _, _ in _subject_years(title) if len(words) == _SAME}
        if not subjects:
            return
        office = {w.casefold() for w in _WORD.findall(f"{k.kepala.instansi} {k.jabatan_pembentuk}")}
        own = {w.casefold() for w in _WORD.findall(title)} - office - _SMALL
        texts = [(path, text) for path, text in body_texts(k)]
        texts += [(f"lampiran[{i}].judul", lampiran.judul) for i, lampiran in enumerate(k.lampiran)]
        for path, text in texts:
            for words, year, start, end in _subject_years(text):
                wanted = subjects.get(words)
                if wanted is None or wanted == year:
                    continue
                before = [w.casefold() for w in _WORD.findall(text[:start])[-_LOOK_BACK:]]
                nearest = [w for w in reversed(before) if w not in office and w not in _SMALL]
                if len(set(nearest[:_NEAREST]) & own) < _SHARED or _EARLIER & set(nearest[: 2 * _NEAREST]):
                    continue
                shown = " ".join(text[:end].split()[-(_SAME + 3) :])
                yield ctx.finding(
                    type(self),
                    path,
                    shown,
                    Message(
                        f"tahun {year} berbeda dari judul keputusan, yang menyebut hal yang sama tahun {wanted}",
                        f"the year {year} differs from the decree's title, which gives the same subject the year "
                        f"{wanted}",
                    ),
                    fix=Fix(shown, shown[: len(shown) - 4] + str(wanted), safe=False),
                )
