"""EJA017: letters a scanner read as others (Kornisi for Komisi, Pemi1ihan for Pemilihan)."""

from __future__ import annotations

from collections.abc import Iterable

from ....i18n import Message
from ....language.gazetteer import kata_tempat
from ....language.spelling import scan_swap
from ....language.word_sources import valid_word
from ....storage.regex_cache import regex
from ...context import CheckContext
from ...finding import Finding, Fix, Severity
from ...registry import Rule, register
from ._helpers import extra_words, prose, remembered, remembered_all, the_kamus, words_of

#: a word with a 1 or 0 among its letters, as a scanner misreads l, I and o
_WITH_DIGIT = regex(r"(?<![\w/.-])[A-Za-z]+(?:[01][A-Za-z]+)+(?![\w/-])")


@register
class ScanLetterSwap(Rule):
    code = "EJA017"
    name = "scan-letter-swap"
    severity = Severity.warning
    summary = Message(
        "huruf tertukar hasil pindaian (OCR): rn/m, 1/l/I, 0/O, li/h, cl/d",
        "letters swapped by a scan (OCR): rn/m, 1/l/I, 0/O, li/h, cl/d",
    )
    why = Message(
        "Pengenal huruf (OCR) pada naskah pindaian menukar huruf yang mirip bentuknya: rn dibaca m, "
        "1 dibaca l atau I, 0 dibaca O, li dibaca h.  Kata yang tidak ada dalam kamus dan menjadi kata "
        "kamus dengan satu pertukaran itu hampir pasti salah baca; periksa naskah aslinya.",
        "Text recognition (OCR) of a scan swaps letters that look alike: rn read as m, 1 as l or I, "
        "0 as O, li as h.  A word the dictionary does not know that becomes a dictionary word with one "
        "such swap is almost surely misread; check the original.",
    )
    source = "KBBI daring (kamus hunspell-id); Pedoman Umum EYD V, bab II (Penulisan Kata)"

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        extra = extra_words(ctx)

        k, tempat = the_kamus(ctx), kata_tempat()

        def swapped(word: str) -> str | None:
            low = word.lower()
            if low in extra or (word.isalpha() and (valid_word(low) or low in tempat)):
                return None
            return scan_swap(k, word)

        decide = remembered(ctx, "eja017.swap", swapped)
        # a short word read one way is as likely another word's slip ("impl": impi? a cut
        # "implementasi"?): only a word the decree itself uses elsewhere (darl → dari)
        vocabulary = words_of(ctx)
        used = {w.lower() for w in vocabulary}

        # asked once per distinct word (scan_swap reads no word in capitals); only texts
        # holding a flagged word are walked
        asked = {w for w in vocabulary if len(w) >= 4 and "-" not in w and not w.isupper()}
        flagged = {
            w
            for w, right in remembered_all(ctx, "eja017.swap", swapped, asked).items()
            if right is not None and not (len(right) <= 5 and right.lower() not in used)
        }
        for teks in prose(ctx):
            seen: set[str] = set()
            words = (
                []
                if teks.words.isdisjoint(flagged)
                else [t.text for t in teks.tokens if not t.in_code and t.text in flagged]
            )
            if "0" in teks.text or "1" in teks.text:  # what _WITH_DIGIT needs
                words += [m.group() for m in _WITH_DIGIT.finditer(teks.text)]
            for word in words:
                if word in seen:
                    continue
                right = decide(word)
                if right is None or (len(right) <= 5 and right.lower() not in used):
                    continue
                seen.add(word)
                yield ctx.finding(
                    type(self),
                    teks.path,
                    word,
                    Message(
                        f'"{word}" tampaknya salah baca pindaian (OCR); maksudnya "{right}"',
                        f'"{word}" looks misread by a scan (OCR); meant "{right}"',
                    ),
                    fix=Fix(word, right, safe=False),
                )
