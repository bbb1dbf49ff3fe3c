"""EJA006: two words run together (BagianPartisipasi, yangtelah)."""

from __future__ import annotations

from collections.abc import Iterable

from ....i18n import Message
from ....language.spelling import (
    GLUED_NUMBER,
    Kamus,
    glued_number,
    glued_words,
)
from ....storage.regex_cache import regex
from ...context import CheckContext
from ...finding import Finding, Fix, Severity
from ...registry import Rule, register
from ._helpers import detector, extra_words, prose, remembered, remembered_all, the_kamus, words_of

#: a digit, which every match of GLUED_NUMBER has: most texts have none (30 of the bundled
#: example's 297), and a search for one costs a fifth of the pattern's, which tries every letter
_DIGIT = regex(r"\d")


def _glued_numbers(k: Kamus, text: str) -> list[tuple[str, str]]:
    """Each word run into a number in ``text`` with its fix, in order."""
    if not _DIGIT.search(text):
        return []
    return [
        (m.group(), right) for m in GLUED_NUMBER.finditer(text) if (right := glued_number(k, m.group())) is not None
    ]


@register
class WordsRunTogether(Rule):
    code = "EJA006"
    name = "words-run-together"
    severity = Severity.error
    summary = Message(
        "dua kata (atau kata dan bilangan) tertulis tanpa spasi", "two words (or a word and a number) run together"
    )
    why = Message(
        "Spasi yang hilang menyatukan dua kata (Sub BagianPartisipasi); dokumen tampak tidak diperiksa "
        "dan nama unit tidak dapat dicari.  Huruf kapital di tengah kata menandainya, kecuali pada "
        "istilah yang memang ditulis begitu (KemenPANRB, eKinerja, WhatsApp); begitu pula kata yang "
        "menempel pada bilangan (Tahun2025).",
        "A lost space joins two words (Sub BagianPartisipasi); the document looks unchecked and the "
        "unit's name cannot be searched.  A capital inside a word shows it, except in terms written "
        "that way (KemenPANRB, eKinerja, WhatsApp); so does a word run into a number (Tahun2025).",
    )
    source = "Pedoman Umum EYD V, bab II (Penulisan Kata)"

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        k = the_kamus(ctx)
        extra = extra_words(ctx)

        camel, baku = detector(ctx, "camel_split"), detector(ctx, "baku")
        preposition, compound = detector(ctx, "glued_preposition"), detector(ctx, "compound_single")

        def split(word: str) -> tuple[str | None, bool]:
            right = camel(word)
            safe = True
            # a word another rule reports (EJA002/003/004) is no two words run together
            if right is None and word.islower() and not (baku(word) or preposition(word) or compound(word)):
                right, safe = glued_words(k, word, extra), False
            return right, safe

        decide = remembered(ctx, "eja006.split", split)
        # asked once per distinct word; only texts holding a flagged word are walked
        splits = remembered_all(ctx, "eja006.split", split, words_of(ctx))
        flagged = {w for w, (right, _) in splits.items() if right is not None and w.lower() not in extra}
        # a pure reading of the text with the dictionary: kept for the process (decrees share texts)
        numbers = remembered(ctx, "eja006.numbers", lambda text: _glued_numbers(k, text))
        for teks in prose(ctx):
            seen: set[str] = set()
            for tok in teks.tokens if not teks.words.isdisjoint(flagged) else ():
                word = tok.text
                if tok.in_code or word in seen or word.lower() in extra:
                    continue
                right, safe = decide(word)
                if right is None:
                    continue
                seen.add(word)
                yield ctx.finding(
                    type(self),
                    teks.path,
                    word,
                    Message(
                        f'kata tertulis rapat: "{right}", bukan "{word}"',
                        f'words run together: "{right}", not "{word}"',
                    ),
                    fix=Fix(word, right, safe=safe),
                )
            # a word run into a number (Tahun2025, 2025tentang): codes (PL1, HK.02) are no words;
            # in table cells a reader joined, "30" and "Menit" may be two cells
            if teks.joined:
                continue
            for word, right in numbers(teks.text):
                if word in seen:
                    continue
                seen.add(word)
                yield ctx.finding(
                    type(self),
                    teks.path,
                    word,
                    Message(
                        f'kata dan bilangan tertulis rapat: "{right}", bukan "{word}"',
                        f'a word and a number run together: "{right}", not "{word}"',
                    ),
                    fix=Fix(word, right, safe=True),
                )
