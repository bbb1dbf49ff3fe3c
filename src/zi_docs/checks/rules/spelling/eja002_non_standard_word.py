"""EJA002: a non-standard form (resiko, aktifitas, pengaudan) where KBBI has a standard one."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from ....i18n import Message
from ....language.spelling import match_case
from ...context import CheckContext
from ...finding import Finding, Fix, Severity
from ...registry import Rule, register
from ._helpers import answers, prose, remembered, the_kamus


@functools.cache
def _phrase_pattern(tidak_baku: str) -> str:
    return r"\s+".join(map(re.escape, tidak_baku.split()))


_PHRASES: dict[int, tuple[re.Pattern[str], dict[str, object]]] = {}


def _phrases(k) -> tuple[re.Pattern[str], dict[str, object]]:
    """One pattern for every two-word form of the table (one search per text, not one per
    form), and each form's entry by its words in small letters."""
    found = _PHRASES.get(id(k))
    if found is None:
        entries = {" ".join(b.tidak_baku.casefold().split()): b for b in k.baku_table if " " in b.tidak_baku}
        forms = sorted(entries, key=len, reverse=True)  # a longer form before one it begins with
        pattern = re.compile(r"\b(?:" + "|".join(map(_phrase_pattern, forms)) + r")\b", re.IGNORECASE)
        found = _PHRASES[id(k)] = (pattern, entries)
    return found


@register
class NonStandardWord(Rule):
    code = "EJA002"
    name = "non-standard-word"
    severity = Severity.error
    summary = Message("kata tidak baku", "non-standard word")
    why = Message(
        "Naskah dinas memakai ragam bahasa baku: kata ditulis menurut KBBI dan Pedoman Umum "
        "EYD V (risiko, bukan resiko; aktivitas, bukan aktifitas; izin, bukan ijin).  Salah ketik "
        "yang lazim (pengaudan, pemantuan) juga di sini; peluluhan meN-/peN- diperiksa EJA016.",
        "Official documents use standard Indonesian: words are spelled as in KBBI and the EYD V "
        "guide (risiko, not resiko; aktivitas, not aktifitas; izin, not ijin).  Common typos "
        "(pengaudan, pemantuan) are listed too; meN-/peN- sound changes are EJA016's.",
    )
    source = "KBBI daring; Pedoman Umum EYD V (Badan Bahasa, 2022); UU 12/2011 Lampiran II angka 242"

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        k = the_kamus(ctx)
        phrases, entries = _phrases(k)
        ends = tuple({form.split()[-1] for form in entries})

        def search(text: str) -> tuple[str, ...]:
            # the pattern is tried at every word; in a text of ASCII letters a match needs a
            # form's last word in it as written in small letters, which a substring search of
            # ~20 words tells faster (outside ASCII, case-insensitive matching is wider)
            if text.isascii():
                low = text.lower()
                if not any(map(low.__contains__, ends)):
                    return ()
            return tuple(m.group() for m in phrases.finditer(text))

        # the two-word forms a text holds depend on the text and the dictionary alone: kept for
        # the process like the word answers, as decrees share most of their texts (~1.5 ms a check)
        found = remembered(ctx, "eja002.phrases", search)
        baku = answers(ctx, "baku").get
        # "mempunya" is "mempunyai" with its last letter lost, not an unmelted "memunya"
        # (EJA016 reports the unmelted ones)
        short = answers(ctx, "cut_short").get
        # asked once per distinct word; only texts holding a flagged word are walked
        flagged = answers(ctx, "baku").keys() | answers(ctx, "cut_short").keys()
        for teks in prose(ctx):
            seen: set[str] = set()  # one finding per word per text; its fix covers every copy
            for tok in teks.tokens if not teks.words.isdisjoint(flagged) else ():
                if tok.in_code or tok.text in seen:
                    continue
                hit = baku(tok.text)
                if hit is None:
                    whole = short(tok.text)
                    if whole is not None:
                        seen.add(tok.text)
                        yield self._cut_short(ctx, teks.path, tok.text, whole)
                    continue
                right, entry = hit
                seen.add(tok.text)
                yield self._finding(ctx, teks.path, tok.text, right, entry.aman, entry.sumber)
            for written in found(teks.text):  # two-word forms: "terus menerus", "nara sumber"
                if written in seen:
                    continue
                seen.add(written)
                entry = entries[" ".join(written.casefold().split())]
                yield self._finding(ctx, teks.path, written, match_case(written, entry.baku), entry.aman, entry.sumber)

    def _cut_short(self, ctx: CheckContext, path: str, text: str, whole: str) -> Finding:
        return ctx.finding(
            type(self),
            path,
            text,
            Message(
                f'"{text}" tampaknya kehilangan huruf akhirnya; maksudnya "{whole}"?',
                f'"{text}" seems to have lost its last letters; did you mean "{whole}"?',
            ),
            fix=Fix(text, whole, safe=False),
        )

    def _finding(self, ctx: CheckContext, path: str, text: str, right: str, safe: bool, sumber: str) -> Finding:
        return ctx.finding(
            type(self),
            path,
            text,
            Message(
                f'"{text}" tidak baku; yang baku "{right}" ({sumber})',
                f'"{text}" is not standard; write "{right}" ({sumber})',
            ),
            fix=Fix(text, right, safe=safe),
        )
