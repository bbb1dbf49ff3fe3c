"""EJA014: a bound form written apart or with a hyphen (Sub Bagian, anti gratifikasi, non ASN)."""

from __future__ import annotations

from collections.abc import Iterable

from ....i18n import Message
from ....language.spelling import BOUND_FORMS, bound_apart, bound_hyphenated
from ....storage.regex_cache import regex
from ...context import CheckContext
from ...finding import Finding, Fix, Severity
from ...registry import Rule, register
from ._helpers import prose, remembered, the_kamus, words_of

#: a bound form of time before a year: pasca-2025, pra-2024 (a hyphen before a number)
_BEFORE_YEAR = regex(r"(?<![\w-])(pasca|Pasca|PASCA|pra|Pra|PRA)[ \t]+((?:19|20)\d\d)(?![\d/-]|[.,]\d)")


def _may_be_before_year(text: str) -> bool:
    """What _BEFORE_YEAR needs: a year's first digits and the end of pra or pasca (the test
    is a few substring searches; the pattern starts at every letter of every text)."""
    return ("20" in text or "19" in text) and ("ra" in text or "RA" in text or "sca" in text or "SCA" in text)


@register
class BoundFormWrittenApart(Rule):
    code = "EJA014"
    name = "bound-form-written-apart"
    severity = Severity.error
    summary = Message(
        "bentuk terikat ditulis terpisah atau dengan tanda hubung",
        "bound form written apart or with a hyphen",
    )
    why = Message(
        "Bentuk terikat (anti-, antar-, sub-, non-, pasca-, pra-, multi-, swa-, semi- …) ditulis "
        "serangkai dengan kata yang mengikutinya: Subbagian, antigratifikasi, antarunit, pascapemilu.  "
        "Tanda hubung dipakai hanya bila kata berikutnya berhuruf awal kapital atau singkatan: non-ASN, "
        "anti-KKN.",
        "Bound forms (anti-, antar-, sub-, non-, pasca-, pra-, multi-, swa-, semi- …) are written "
        "together with the word after them: Subbagian, antigratifikasi, antarunit, pascapemilu.  A "
        "hyphen is used only before a capitalised word or an acronym: non-ASN, anti-KKN.",
    )
    source = "Pedoman Umum EYD V (Badan Bahasa, 2022), bab II.B Kata Berimbuhan butir 3 (bentuk terikat); KBBI"

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        k = the_kamus(ctx)
        apart = remembered(ctx, "eja014.apart", lambda pair: bound_apart(k, *pair))
        hyphen = remembered(ctx, "eja014.hyphen", lambda word: bound_hyphenated(k, word))
        # a finding starts at a bound form written with a hyphen or as a word (bound_apart
        # needs a bound form first): asked once per distinct word, and only texts holding one
        # are walked
        # (a pure function of the decree's set of words, the same each check of a decree: kept
        # for the process like the word answers; ~0.3 ms a check)
        starts = remembered(
            ctx,
            "eja014.starts",
            lambda words: frozenset(w for w in words if (hyphen(w) if "-" in w else w.lower() in BOUND_FORMS)),
        )(words_of(ctx))
        for teks in prose(ctx):
            toks = teks.tokens
            seen: set[str] = set()
            for i, tok in enumerate(toks if not teks.words.isdisjoint(starts) else ()):
                if tok.in_code:
                    continue
                hit = hyphen(tok.text) if "-" in tok.text else None
                if hit is None and i + 1 < len(toks) and not toks[i + 1].in_code:
                    gap = teks.text[tok.end : toks[i + 1].start]
                    if gap.isspace() and "\n\n" not in gap:
                        hit = apart((tok.text, toks[i + 1].text, teks.heading))
                        if hit is not None and gap != " ":  # a line break between them: quote it as written
                            hit = hit._replace(salah=teks.text[tok.start : toks[i + 1].end])
                if hit is None or hit.salah in seen:
                    continue
                seen.add(hit.salah)
                if hit.tanda_hubung:
                    message = Message(
                        f'bentuk terikat sebelum huruf kapital ditulis dengan tanda hubung: "{hit.benar}", '
                        f'bukan "{hit.salah}"',
                        f'a bound form before a capital takes a hyphen: "{hit.benar}", not "{hit.salah}"',
                    )
                else:
                    message = Message(
                        f'bentuk terikat ditulis serangkai: "{hit.benar}", bukan "{hit.salah}"',
                        f'a bound form is written together with its word: "{hit.benar}", not "{hit.salah}"',
                    )
                yield ctx.finding(
                    type(self), teks.path, hit.salah, message, fix=Fix(hit.salah, hit.benar, safe=hit.aman)
                )
            for m in _BEFORE_YEAR.finditer(teks.text) if _may_be_before_year(teks.text) else ():
                wrong, right = m.group(), f"{m[1]}-{m[2]}"
                if wrong in seen:
                    continue
                seen.add(wrong)
                yield ctx.finding(
                    type(self),
                    teks.path,
                    wrong,
                    Message(
                        f'bentuk terikat sebelum angka ditulis dengan tanda hubung: "{right}", bukan "{wrong}"',
                        f'a bound form before a number takes a hyphen: "{right}", not "{wrong}"',
                    ),
                    fix=Fix(wrong, right, safe=True),
                )
