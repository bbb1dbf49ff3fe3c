"""EJA003: the prepositions di and ke glued to a place or time word (dimasing-masing, kedalam)."""

from __future__ import annotations

from collections.abc import Iterable

from ....i18n import Message
from ...context import CheckContext
from ...finding import Finding, Fix, Severity
from ...registry import Rule, register
from ._helpers import answers, with_words


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
        # asked once per distinct word; only texts holding a flagged word are walked
        baku, preposition = answers(ctx, "baku"), answers(ctx, "glued_preposition")
        glued = {w for w in preposition if w not in baku}
        for teks in with_words(ctx, glued):
            seen: set[str] = set()
            for tok in teks.tokens:
                if tok.in_code or tok.text in seen or tok.text not in glued:
                    continue
                right = preposition[tok.text]
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
