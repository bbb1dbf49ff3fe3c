"""EJA009: a small letter in the name of a law (Undang-undang Nomor …), of the decree's own
institution or of its issuer's position (Kepala Balai pengelola Alih Teknologi Pertanian)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator

from ....i18n import Message
from ....storage.regex_cache import regex
from ...context import CheckContext
from ...finding import Finding, Fix, Severity
from ...registry import Rule, register
from ._helpers import prose

#: "Undang-undang" (or "undang-undang") that names one law: a number, "Republik
#: Indonesia" or "Dasar" follows.  "peraturan perundang-undangan" is a common noun
#: and stays in small letters (no word boundary before its "undang").
_UNDANG = regex(
    r"(?<![\w-])(?!Undang-Undang)([Uu]ndang-[Uu]ndang)(?=\s+(?:(?i:nomor|no\.)|Republik|RI\b|Dasar))"
    # the title of a law that enacts a Perppu: "… menjadi Undang-Undang"
    r"|(?<=menjadi )(Undang-undang)(?![\w-])"
)
#: words written small inside a name (EYD V bab I.B: kata tugas)
_KATA_TUGAS = frozenset(
    [
        "dan",
        "dari",
        "di",
        "ke",
        "pada",
        "untuk",
        "yang",
        "atas",
        "serta",
        "bagi",
        "dengan",
        "tentang",
        "oleh",
        "dalam",
        "atau",
        "terhadap",
    ]
)
#: from here on a name is a region's, which NAM001 checks
_WILAYAH = frozenset({"kabupaten", "kota", "provinsi"})
_NAME_WORD = regex(r"[A-Z][A-Z,]*")


def _judul(word: str) -> str:
    """A word of a name as it is written in running text."""
    bare = word.rstrip(",").lower()
    if bare in _KATA_TUGAS:
        return word.lower()
    return word[:1].upper() + word[1:].lower()


def _nama_sendiri(ctx: CheckContext) -> list[list[str]]:
    """The decree's own institution and its issuer's position, word by word, from the
    heading where they stand in capitals; only names of three words or more, all of
    letters (a scan's damaged heading, "MENTER!", is no name to hold the text to)."""
    k = ctx.keputusan
    found: list[list[str]] = []
    for raw in (k.kepala.instansi, k.jabatan_pembentuk):
        words = (raw or "").strip().rstrip(",").split()
        if len(words) >= 3 and all(_NAME_WORD.fullmatch(w) for w in words) and words not in found:
            found.append(words)
    # The position first: it holds the institution's name and is the longer match.
    return sorted(found, key=len, reverse=True)


def _small_letters(written: list[str], words: list[str]) -> list[int]:
    """Positions where ``written`` has a small letter for a capital of the name, before
    the region part of the name."""
    wrong = []
    for i, (w, name) in enumerate(zip(written, words, strict=True)):
        if name.rstrip(",").lower() in _WILAYAH:
            break
        if name.rstrip(",").lower() not in _KATA_TUGAS and w[:1].islower():
            wrong.append(i)
    return wrong


@functools.lru_cache(maxsize=64)
def _name_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])" + r"\s+".join(re.escape(w) for w in words) + r"(?![\w-])", re.IGNORECASE)


def _name_occurrences(text: str, words: list[str]) -> Iterator[tuple[str, str]]:
    """(as written, as it should be) for each occurrence of the name with a small letter."""
    if words[0].casefold() not in text.casefold():
        return  # the name is not in this text: most texts
    for match in _name_pattern(tuple(words)).finditer(text):
        written = match.group().split()
        wrong = _small_letters(written, words)
        if not wrong:
            continue
        right = [_judul(words[i]) if i in wrong else w for i, w in enumerate(written)]
        yield " ".join(written), " ".join(right)


# a pure function of the text and the names: casefolding each of ~430 texts to look for a
# name was ~0.6 ms a check; the decree's texts come again in the next check and decree
@functools.lru_cache(maxsize=4096)
def _names_in(text: str, names: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, str], ...]:
    """:func:`_name_occurrences` of each name, in order."""
    return tuple(hit for words in names for hit in _name_occurrences(text, list(words)))


@register
class CapitalsInNames(Rule):
    code = "EJA009"
    name = "capitals-in-names"
    severity = Severity.warning
    summary = Message(
        "huruf kecil dalam nama undang-undang, instansi, atau jabatan",
        "small letter in the name of a law, an institution or a position",
    )
    why = Message(
        "Huruf kapital dipakai sebagai huruf pertama setiap kata, termasuk unsur bentuk ulang sempurna, "
        'dalam nama lembaga dan dokumen resmi ("Undang-Undang Nomor 12 Tahun 2011", "Undang-Undang Dasar"), '
        'dan sebagai huruf pertama nama jabatan yang diikuti nama instansi ("Kepala Balai Pengelola Alih '
        'Teknologi Pertanian"), kecuali kata tugas (dan, dari, di). "peraturan perundang-undangan" adalah '
        "kata umum dan ditulis dengan huruf kecil.",
        "A capital starts every word, each half of a full reduplication included, of the name of an "
        'institution or an official document ("Undang-Undang Nomor 12 Tahun 2011", "Undang-Undang Dasar"), '
        "and a position followed by the institution's name (\"Kepala Balai Pengelola Alih Teknologi "
        'Pertanian"), except function words (dan, dari, di). "peraturan perundang-undangan" is a common '
        "noun and stays in small letters.",
    )
    source = "Pedoman Umum EYD V, bab I.B (Huruf Kapital); UU 12/2011 Lampiran II (penulisan jenis peraturan)"

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        names = tuple(tuple(words) for words in _nama_sendiri(ctx))
        for teks in prose(ctx):
            if teks.heading:
                continue
            text = teks.text
            seen: set[str] = set()
            if "ndang-" in text:
                for match in _UNDANG.finditer(text):
                    word = match.group(1) or match.group(2)
                    if word in seen:
                        continue
                    seen.add(word)
                    yield ctx.finding(
                        type(self),
                        teks.path,
                        word,
                        Message(
                            f'nama undang-undang ditulis "Undang-Undang", bukan "{word}"',
                            f'a law is named "Undang-Undang", not "{word}"',
                        ),
                        fix=Fix(word, "Undang-Undang", safe=True),
                    )
            taken: list[str] = []
            for written, right in _names_in(text, names):
                # The institution's name inside the position's, already reported.
                if written in seen or any(written in longer for longer in taken):
                    continue
                seen.add(written)
                taken.append(written)
                yield ctx.finding(
                    type(self),
                    teks.path,
                    written,
                    Message(
                        f'huruf kecil dalam nama: "{written}", seharusnya "{right}"',
                        f'a small letter in a name: "{written}", should be "{right}"',
                    ),
                    fix=Fix(written, right, safe=True),
                )
