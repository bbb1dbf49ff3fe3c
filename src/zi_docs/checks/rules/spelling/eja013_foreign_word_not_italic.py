"""EJA013: a foreign term printed upright in a document that sets others in italics."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ....i18n import Message
from ....language.spelling import Kamus, Token, tokens
from ...context import CheckContext
from ...finding import Finding, Severity
from ...registry import Rule, register
from ._helpers import prose, the_kamus

if TYPE_CHECKING:
    from ....readers.italics import Italics

#: terms of the list that KBBI has taken in (input, output) or that name a product
_NOT_FOREIGN = frozenset({"input", "output", "zoom", "platform", "email"})


def _foreign(k: Kamus, word: str) -> bool:
    w = word.lower()
    return w not in _NOT_FOREIGN and w not in k.forms and (w in k.asing or not k.known(w))


def _terms(ctx: CheckContext, italics: Italics) -> tuple[re.Pattern[str] | None, frozenset[str]]:
    """The foreign phrases as one pattern (longest first) and the foreign single words:
    those of ``data/kamus/asing.txt`` that are no Indonesian word form, and those the
    document itself prints in italics somewhere (its own convention: the same term
    upright elsewhere is the slip)."""
    cached = ctx.cache.get("eja013.terms")
    if cached is None:
        k = the_kamus(ctx)
        phrases = {p for p in k.asing_frasa if " " in p}
        words = {p for p in k.asing_frasa if " " not in p and _foreign(k, p)}
        for line in italics.lines:
            for low, high in line.spans:
                own = [tok.text for tok in tokens(line.text[low:high]) if not tok.in_code]
                foreign = [w for w in own if len(w) >= 3 and _foreign(k, w)]
                words.update(w.lower() for w in foreign)
                if 2 <= len(own) <= 4 and len(foreign) == len(own):
                    phrases.add(" ".join(own).lower())
        alternatives = "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))
        pattern = re.compile(r"(?<![\w-])(?:" + alternatives + r")(?![\w-])", re.IGNORECASE) if phrases else None
        cached = ctx.cache["eja013.terms"] = (pattern, frozenset(words))
    return cached


def _inside_name(tokens: list[Token], begin: int) -> bool:
    """The term continues a name of capitalised words ("Aplikasi Gratifikasi Online"): a
    foreign name of a product or a body is not italicised (EYD V bab I.C)."""
    before = [tok for tok in tokens if tok.end <= begin]
    if not before:
        return False
    last = before[-1]
    name_word = last.text[:1].isupper() and not last.text.isupper()  # not an acronym (DUMAS)
    return name_word and not last.sentence_start and begin - last.end <= 1


@register
class ForeignWordNotItalic(Rule):
    code = "EJA013"
    name = "foreign-word-not-italic"
    severity = Severity.info
    fixes = False
    summary = Message("istilah asing tidak dicetak miring", "foreign term not printed in italics")
    why = Message(
        "Kata atau ungkapan dalam bahasa asing yang belum diserap ditulis dengan huruf miring "
        '("road map", "public campaign", "whistle blowing system"); padanannya dalam bahasa Indonesia '
        "lebih baik lagi (peta jalan, kampanye publik, sistem pelaporan pelanggaran). Istilahnya: daftar "
        "istilah asing zi_docs dan istilah yang dokumen itu sendiri cetak miring di tempat lain. Diperiksa hanya pada "
        "DOCX dan teks yang menandai huruf miring, dan hanya bila dokumen itu memiringkan sesuatu: tanpa "
        "itu huruf miringnya tidak diketahui.",
        "A word or phrase of a foreign language that Indonesian has not taken in is printed in italics "
        '("road map", "public campaign", "whistle blowing system"); its Indonesian equivalent is better '
        "still (peta jalan, kampanye publik, sistem pelaporan pelanggaran). The terms: zi_docs' list of foreign "
        "terms and those the document itself prints in italics elsewhere. Checked only in a DOCX or a text "
        "that marks italics, and only when the document italicises something: without that its italics "
        "are not known.",
    )
    source = "Pedoman Umum EYD V, bab I.C (Huruf Miring)"

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        italics = ctx.italics
        if italics is None:
            return
        pattern, words = _terms(ctx, italics)
        starts = list(ctx.source_map.values())
        for teks in prose(ctx):
            start = ctx.location(teks.path)
            if start is None:
                continue
            found: dict[str, tuple[int, str]] = {}
            taken: list[tuple[int, int]] = []
            if pattern is not None:
                for match in pattern.finditer(teks.text):
                    found.setdefault(" ".join(match.group().lower().split()), (match.start(), match.group()))
                    taken.append(match.span())
            for tok in teks.tokens:
                if tok.text.lower() in words and not any(a <= tok.start < b for a, b in taken):
                    found.setdefault(tok.text.lower(), (tok.start, tok.text))
            for begin, term in found.values():
                if term[:1].isupper() and _inside_name(teks.tokens, begin):
                    continue
                if italics.upright(start, starts, teks.text, term):
                    yield ctx.finding(
                        type(self),
                        teks.path,
                        term,
                        Message(
                            f'istilah asing "{term}" tidak dicetak miring',
                            f'the foreign term "{term}" is not printed in italics',
                        ),
                    )
