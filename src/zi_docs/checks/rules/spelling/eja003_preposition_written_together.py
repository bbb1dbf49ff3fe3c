"""EJA003: the prepositions di and ke glued to a place or time word (dimasing-masing, kedalam)."""

from __future__ import annotations

from collections.abc import Iterable

from ....i18n import Message
from ....language.spelling import glued_preposition
from ...context import CheckContext
from ...finding import Finding, Fix, Severity
from ...registry import Rule, register
from ._helpers import detector, the_kamus, with_words, words_of


@register
class PrepositionWrittenTogether(Rule):
    code = "EJA003"
    name = "preposition-written-together"
    severity = Severity.error
    summary = Message(
        'kata depan "di"/"ke" ditulis serangkai', 'preposition "di"/"ke" written together with the next word'
    )
    why = Message(
        'Kata depan "di" dan "ke" ditulis terpisah dari kata yang mengikutinya (di masing-masing, '
        "ke dalam, di masa); yang ditulis serangkai hanyalah awalan di- pada kata kerja (dilakukan, "
        "ditetapkan) dan kata yang memang satu kata (kepada, kedua).",
        'The prepositions "di" and "ke" are written apart from the next word (di masing-masing, ke '
        "dalam, di masa); only the verb prefix di- (dilakukan, ditetapkan) and whole words (kepada, "
        "kedua) are written together.",
    )
    source = "Pedoman Umum EYD V, bab II.G (Kata Depan)"

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        k = the_kamus(ctx)
        # asked once per distinct word; only texts holding a flagged word are walked
        baku, preposition = detector(ctx, "baku"), detector(ctx, "glued_preposition")
        glued = {w for w in words_of(ctx) if not baku(w) and preposition(w) is not None}
        for teks in with_words(ctx, glued):
            seen: set[str] = set()
            for tok in teks.tokens:
                if tok.in_code or tok.text in seen or k.baku(tok.text):
                    continue
                right = glued_preposition(k, tok.text)
                if right is None:
                    continue
                seen.add(tok.text)
                yield ctx.finding(
                    type(self),
                    teks.path,
                    tok.text,
                    Message(
                        f'kata depan ditulis terpisah: "{right}", bukan "{tok.text}"',
                        f'the preposition is written apart: "{right}", not "{tok.text}"',
                    ),
                    fix=Fix(tok.text, right, safe=True),
                )
