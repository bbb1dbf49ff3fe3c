"""STR005: every Menimbang item begins with "bahwa"."""

from __future__ import annotations

from collections.abc import Iterable

from ....i18n import Message
from ...context import CheckContext
from ...finding import Finding, Fix, Severity
from ...registry import Rule, register


@register
class MenimbangWithoutBahwa(Rule):
    code = "STR005"
    name = "menimbang-without-bahwa"
    severity = Severity.error
    summary = Message('butir Menimbang tidak diawali "bahwa"', 'Menimbang item does not begin with "bahwa"')
    why = Message(
        "Konsiderans memuat uraian singkat pokok pikiran yang menjadi pertimbangan; tiap pokok pikiran "
        'dirumuskan dalam satu kalimat yang diawali kata "bahwa".',
        'The recitals state the considerations; each is one sentence that begins with the word "bahwa".',
    )
    source = "UU 12/2011 Lampiran II angka 19"

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        for index, butir in enumerate(ctx.keputusan.menimbang):
            words = butir.teks.split()
            first = words[0] if words else ""
            if first.lower() == "bahwa":
                if first != "bahwa":  # "Bahwa": the word is written small inside the sentence
                    yield ctx.finding(
                        type(self),
                        f"menimbang[{index}]",
                        first,
                        Message('"bahwa" ditulis dengan huruf kecil', '"bahwa" is written in small letters'),
                        fix=Fix(first, "bahwa"),
                        severity=Severity.warning,
                    )
                continue
            yield ctx.finding(
                type(self),
                f"menimbang[{index}]",
                " ".join(words[:6]),
                Message(
                    f'butir Menimbang {butir.label or index + 1} tidak diawali "bahwa"',
                    f'Menimbang item {butir.label or index + 1} does not begin with "bahwa"',
                ),
            )
