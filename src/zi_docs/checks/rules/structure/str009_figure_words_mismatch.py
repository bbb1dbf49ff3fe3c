"""STR009: a figure and the words after it agree: "3 (tiga) bulan"."""

from __future__ import annotations

import functools
from collections.abc import Iterable

from ....i18n import Message
from ....language.numbers import cardinal
from ....model import LampiranRencanaAksi
from ....storage.regex_cache import regex
from ...context import CheckContext
from ...finding import Finding, Fix, Severity
from ...registry import Rule, register

_PAIR = regex(r"(?<![\d.,/])(\d{1,9})\s*\(\s*([A-Za-z][A-Za-z\s-]*?)\s*\)")
# Only words that spell numbers: "2025 (Kartu Kendali)" is not a figure with its words.
_NUMBER_WORDS = {
    "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
    "sepuluh", "sebelas", "belas", "puluh", "ratus", "ribu", "juta", "miliar", "triliun",
    "seratus", "seribu", "sejuta", "semiliar", "setriliun", "se",
}  # fmt: skip


def words_for(number: int) -> str:
    return cardinal(number)


def _same(words: str, number: int) -> bool:
    said = " ".join(words.replace("-", " ").split()).casefold()
    return said == words_for(number).casefold()


def is_number_words(words: str) -> bool:
    tokens = words.replace("-", " ").casefold().split()
    return bool(tokens) and all(token in _NUMBER_WORDS for token in tokens)


# a pure function of the text: the pattern and the words read again for each text with a
# bracket, check after check (~0.3 ms a check)
@functools.lru_cache(maxsize=4096)
def _mismatches(text: str) -> tuple[tuple[str, int, str], ...]:
    """Each figure with its words in brackets that disagree: as written, the figure, the words."""
    if "(" not in text:  # what _PAIR needs, which most texts lack (the pattern tries every digit)
        return ()
    found = []
    for match in _PAIR.finditer(text):
        figure, words = int(match[1]), match[2]
        if is_number_words(words) and not _same(words, figure):
            found.append((match.group(0), figure, words))
    return tuple(found)


@register
class FigureWordsMismatch(Rule):
    code = "STR009"
    name = "figure-words-mismatch"
    severity = Severity.error
    summary = Message(
        'angka dan huruf di dalam kurung tidak sama ("2 (tiga)")',
        'a figure and its words in brackets disagree ("2 (tiga)")',
    )
    why = Message(
        "Bilangan dalam keputusan ditulis dengan angka dan huruf agar tidak dapat diubah atau disalahbaca; "
        "bila keduanya berbeda, tidak jelas mana yang berlaku.",
        "Numbers in a decree are written as a figure and in words so that they cannot be altered or misread; "
        "when the two differ, it is unclear which one holds.",
    )
    source = "UU 12/2011 Lampiran II angka 254-255"

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        judged: set[str] = set()
        for path, text in ctx.texts():
            for pair, figure, words in _mismatches(text):
                judged.add(path.rsplit(".", 1)[0])
                yield self._finding(ctx, path, pair, figure, words)
        # A target whose parts were given apart from the text (jumlah and terbilang).
        for li, lampiran in enumerate(ctx.keputusan.lampiran):
            if not isinstance(lampiran, LampiranRencanaAksi):
                continue
            for bi, bagian in enumerate(lampiran.bagian):
                for ri, row in enumerate(bagian.baris):
                    target = row.target_capaian
                    path = f"lampiran[{li}].bagian[{bi}].baris[{ri}].target_capaian"
                    if target is None or target.jumlah is None or not target.terbilang or path in judged:
                        continue
                    if _PAIR.search(target.teks) or not is_number_words(target.terbilang):
                        continue  # the text itself was judged above
                    if not _same(target.terbilang, target.jumlah):
                        yield self._finding(ctx, path, target.teks, target.jumlah, target.terbilang)

    def _finding(self, ctx: CheckContext, path: str, text: str, figure: int, words: str) -> Finding:
        right = words_for(figure)
        return ctx.finding(
            type(self),
            path,
            text,
            Message(
                f'angka {figure} ditulis dengan huruf "{words}"; {figure} dibaca "{right}"',
                f'the figure {figure} is written in words as "{words}"; {figure} reads "{right}"',
            ),
            # The figure may be the wrong one: a person decides.
            fix=Fix(f"({words})", f"({right})", safe=False) if f"({words})" in text else None,
        )
