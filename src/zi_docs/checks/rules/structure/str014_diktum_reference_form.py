"""STR014: a diktum is cited by its printed ordinal word in capitals: "Diktum KESATU"."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ....grammar import ORDINAL
from ....i18n import Message
from ....language.numbers import ordinal_value
from ....storage.regex_cache import regex
from ...context import CheckContext
from ...finding import Finding, Fix, Severity
from ...registry import Rule, register
from ._helpers import body_texts

# "Diktum KESATU", "diktum kesatu", "Diktum 1", "diktum ke-2", "dictum KESATU" (the Latin
# spelling); the ordinal may be any the decree could have printed (KESATU or PERTAMA).
_REFERENCE = regex(
    rf"\b(?P<word>di[ck]?tum)\s+(?P<ordinal>(?:{ORDINAL})\b|ke\s*-\s*\d{{1,2}}\b|\d{{1,2}}\b(?![.,]\d))",
    re.IGNORECASE,
)
# "Diktum KEDUA Keputusan Bupati … Nomor …" is another decree's diktum: its ordinals are
# that decree's own.
_ANOTHER_DECREE = regex(
    r"(?:\s+(?:huruf|angka)\s+\w+)*\s+(?:Keputusan|Peraturan|Surat|Instruksi)\b(?!\s+ini\b)", re.IGNORECASE
)


_FIGURE = regex(r"(?:ke\s*-\s*)?(\d{1,2})", re.IGNORECASE)


def _value(ordinal: str) -> int | None:
    """``"KESATU"``, ``"pertama"``, ``"1"``, ``"ke-1"`` → 1."""
    figure = _FIGURE.fullmatch(ordinal)
    return int(figure[1]) if figure else ordinal_value(ordinal)


@register
class DiktumReferenceForm(Rule):
    code = "STR014"
    name = "diktum-reference-form"
    severity = Severity.warning
    summary = Message(
        'rujukan ke diktum tidak memakai nama diktum seperti tercetak ("Diktum KESATU")',
        'a reference to a diktum does not use its printed name ("Diktum KESATU")',
    )
    why = Message(
        "Diktum dirujuk dengan namanya seperti tercetak pada keputusan — kata urutan dalam huruf kapital, "
        '"Diktum KESATU" — bukan dengan angka ("Diktum 1", "diktum ke-2"), kata urutan lain ("diktum pertama" '
        'pada keputusan yang menomori KESATU), atau huruf kecil ("diktum kesatu"): rujukan harus menunjuk '
        "bagian yang ada dengan tepat.",
        'A diktum is cited by its name as the decree prints it — the ordinal word in capitals, "Diktum '
        'KESATU" — not by a figure ("Diktum 1", "diktum ke-2"), another ordinal ("diktum pertama" in a decree '
        'numbered KESATU) or in small letters ("diktum kesatu"): a reference names an existing part exactly.',
    )
    source = "UU 12/2011 Lampiran II angka 219-222 (rujukan); Keputusan KPU 1442/2019 (pedoman penyusunan keputusan)"

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        printed: dict[int, str] = {}
        as_printed: dict[int, str] = {}
        for diktum in ctx.keputusan.diktum:
            value = ordinal_value(diktum.label)
            if value is not None:
                printed.setdefault(value, " ".join(diktum.label.split()).upper())
                as_printed.setdefault(value, " ".join(diktum.label.split()))
        if not printed:
            return  # articles (Pasal 1, Pasal 2): not diktum
        for path, text in body_texts(ctx.keputusan):
            for match in _REFERENCE.finditer(text):
                if _ANOTHER_DECREE.match(text, match.end()):
                    continue
                value = _value(match["ordinal"])
                name = printed.get(value) if value is not None else None
                if name is None:
                    continue  # a diktum that does not exist: STR002 reports it
                old = match.group(0)
                new = f"Diktum {name}"
                if old == new:
                    continue
                word, ordinal = match["word"], " ".join(match["ordinal"].split())
                # The right word, written as the label itself is printed ("diktum KESATU",
                # "Diktum Kesatu" where the labels read Kesatu): the reference is exact, its
                # capitals are house style.
                only_case = ordinal in (name, as_printed[value]) and word.lower() == "diktum"
                yield ctx.finding(
                    type(self),
                    path,
                    old,
                    Message(
                        f'diktum dirujuk dengan namanya seperti tercetak: "{new}", bukan "{old}"',
                        f'cite the diktum by its printed name: "{new}", not "{old}"',
                    ),
                    fix=Fix(old, new, safe=True),
                    severity=Severity.info if only_case else None,
                )
