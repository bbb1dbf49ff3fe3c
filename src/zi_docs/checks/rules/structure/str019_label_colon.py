"""STR019: one colon after Menimbang, Mengingat, Memperhatikan and Menetapkan, and after each
diktum's ordinal (KESATU :), neither missing nor doubled.

The model keeps the parts, not their labels, so the rule reads the lines as the document
printed them (:attr:`~zi_docs.checks.context.CheckContext.printed`, filled by the readers;
a decree loaded from YAML has none, and only its texts are judged).  A keyword alone on its line
is not judged: two-column layouts print the colon in a column of its own.  A keyword the
reader could not recognise for want of its colon ("Menimbang a. bahwa …", "Menetapkan
KEPUTUSAN …") ends up inside another part or in the text left unplaced; it is reported
there.

A colon is the mark a PDF's text layer loses most often when it is a scanner's OCR (the
proofread text of the same decree has it): in a PDF a missing colon is only noted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ....grammar import DIKTUM_ORDINAL, KEYWORDS, PASAL
from ....i18n import Message
from ....storage.regex_cache import regex
from ...context import CheckContext
from ...finding import Finding, Fix, Severity
from ...registry import Rule, register

_SPACED = "|".join(r"[ ]?".join(word) for word in (*KEYWORDS, "Membaca"))
#: A keyword and the colons after it: "Menimbang : a.", "Menimbang :: a.", "M e n g i n g a t :".
_KEYWORD = regex(rf"^(?P<word>{_SPACED})(?P<colons>\s*(?::\s*)*)(?P<rest>.*)$", re.IGNORECASE)
_DIKTUM = regex(rf"^(?P<word>{DIKTUM_ORDINAL})(?P<colons>\s*(?::\s*)*)(?P<rest>.*)$", re.IGNORECASE)
#: A keyword printed without its colon and read into another part: followed by an item label
#: ("Menimbang a. bahwa", "Mengingat 1. Undang-Undang") or, for Menetapkan, by the decree's name.
_SWALLOWED = regex(
    rf"(?:^|(?<=[\s;.,]))(?P<word>(?-i:M)(?:{'|'.join(w[1:] for w in KEYWORDS)}))"
    r"\s+(?=(?:[a-z]|\d{1,2})[.)]\s|(?-i:KEPUTUSAN|PERATURAN)\b)",
    re.IGNORECASE,
)


def _colons(match: re.Match[str]) -> int:
    return match["colons"].count(":")


def _missing(ctx: CheckContext, path: str, usual: Severity) -> Severity:
    """``usual``, or info when the text came from a PDF's text layer."""
    location = ctx.location(path)
    if path.startswith("tidak_terurai["):
        index = int(path[len("tidak_terurai[") : -1])
        location = ctx.keputusan.tidak_terurai[index].lokasi
    berkas = (location.berkas or "") if location is not None else ""
    return Severity.info if berkas.lower().endswith(".pdf") else usual


@register
class LabelColon(Rule):
    code = "STR019"
    name = "label-colon"
    severity = Severity.warning
    summary = Message(
        "titik dua setelah Menimbang, Mengingat, Memperhatikan, Menetapkan, atau label diktum hilang atau ganda",
        "the colon after Menimbang, Mengingat, Memperhatikan, Menetapkan or a diktum's label is missing or doubled",
    )
    why = Message(
        "Kata Menimbang, Mengingat, Memperhatikan, dan Menetapkan serta urutan diktum (KESATU, KEDUA, …) "
        "diikuti satu titik dua, lalu isinya. Tanpa titik dua bagian itu tidak tampak sebagai bagian sendiri "
        "(juga bagi pembaca mesin); titik dua ganda adalah salah ketik.",
        "Menimbang, Mengingat, Memperhatikan and Menetapkan and the diktum's ordinals (KESATU, KEDUA, …) are "
        "followed by one colon, then their content. Without it the part does not show as a part of its own (to "
        "a machine reader either); a doubled colon is a typing slip.",
    )
    source = "UU 12/2011 Lampiran II Bab I huruf B (Pembukaan: konsiderans, dasar hukum, diktum, dan contohnya)"

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        k = ctx.keputusan
        for key, line in ctx.printed.items():
            if key.startswith("diktum["):
                yield from self._diktum(ctx, key, line)
            elif (match := _KEYWORD.match(line)) and _colons(match) > 1:
                yield self._doubled(ctx, self._path(ctx, key), match)
            elif match and _colons(match) == 0 and match["rest"].strip():
                yield self._without_colon(ctx, self._path(ctx, key), match)
        yield from self._swallowed(ctx, "jabatan_pembentuk", k.jabatan_pembentuk)
        for part in ("menimbang", "mengingat", "memperhatikan"):
            items = getattr(k, part)
            if items:
                yield from self._swallowed(ctx, f"{part}[{len(items) - 1}]", items[-1].teks)
        for index, unplaced in enumerate(k.tidak_terurai):
            yield from self._swallowed(ctx, f"tidak_terurai[{index}]", unplaced.teks)

    @staticmethod
    def _path(ctx: CheckContext, key: str) -> str:
        part = "memperhatikan" if key == "membaca" else key
        items = getattr(ctx.keputusan, part, None)
        return f"{part}[0]" if isinstance(items, list) and items else part

    def _diktum(self, ctx: CheckContext, key: str, line: str) -> Iterator[Finding]:
        if PASAL.match(line.strip()):
            return  # a regulation's Pasal stands alone, without a colon
        match = _DIKTUM.match(line)
        if match is None:
            return
        if _colons(match) > 1:
            yield self._doubled(ctx, key, match)
        elif _colons(match) == 0 and match["rest"].strip():
            word = " ".join(match["word"].split())
            yield ctx.finding(
                type(self),
                key,
                word,
                Message(
                    f'label diktum "{word}" tanpa titik dua; ditulis "{word} :"',
                    f'the diktum label "{word}" has no colon; write "{word} :"',
                ),
                fix=Fix(word, f"{word} :", safe=False),
                severity=_missing(ctx, key, Severity.warning),
            )

    def _doubled(self, ctx: CheckContext, path: str, match: re.Match[str]) -> Finding:
        word = " ".join(match["word"].split())
        shown = f"{match['word']}{match['colons']}".strip()
        return ctx.finding(
            type(self),
            path,
            shown,
            Message(f'titik dua ganda setelah "{word}"', f'a doubled colon after "{word}"'),
            fix=Fix(shown, f"{match['word']} :"),
        )

    def _without_colon(self, ctx: CheckContext, path: str, match: re.Match[str]) -> Finding:
        """A keyword the reader still recognised by the column gap after it ("Menetapkan<tab>KEPUTUSAN")."""
        word = " ".join(match["word"].split())
        return ctx.finding(
            type(self),
            path,
            word,
            Message(f'"{word}" tanpa titik dua; ditulis "{word} :"', f'"{word}" has no colon; write "{word} :"'),
            fix=Fix(word, f"{word} :", safe=False),
            severity=_missing(ctx, path, Severity.warning),
        )

    def _swallowed(self, ctx: CheckContext, path: str, text: str) -> Iterator[Finding]:
        for match in _SWALLOWED.finditer(text or ""):
            word = match["word"]
            yield ctx.finding(
                type(self),
                path,
                word,
                Message(
                    f'"{word}" tanpa titik dua, sehingga bagian itu tidak terbaca sebagai {word}; ditulis "{word} :"',
                    f'"{word}" has no colon, so that part is not read as {word}; write "{word} :"',
                ),
                fix=Fix(word, f"{word} :", safe=False),
                severity=_missing(ctx, path, Severity.error),
            )
