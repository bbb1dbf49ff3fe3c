"""STR003: every Lampiran is referred to by a diktum; bare "Lampiran" is ambiguous when there are several."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ....grammar import NOT_ANOTHER_REGULATION, ROMAN_NUMERAL, lampiran_list
from ....i18n import Message
from ....storage.regex_cache import regex
from ...context import CheckContext
from ...finding import Finding, Fix, Severity
from ...registry import Rule, register
from ._helpers import body_texts, roman_value

_ROMAN = ROMAN_NUMERAL
_JOIN = r"(?:\s*,\s*(?:dan\s+)?|\s+(?:dan|atau|sampai\s+dengan|s\.d\.?)\s+)"
# "Lampiran I", "Lampiran I dan Lampiran II", "Lampiran I sampai dengan III"
_NUMBERED = regex(rf"\b[Ll]ampiran\s+{lampiran_list(_JOIN)}")
# "Lampiran" not followed by a numeral; "Lampiran-lampiran" and another regulation's
# Lampiran ("Lampiran Peraturan Menteri …") are not references to this decree's.
_BARE = regex(rf"\b[Ll]ampiran\b(?!\s+{_ROMAN}\b)(?!-){NOT_ANOTHER_REGULATION}(?P<rest>[^.;:,]{{0,25}})")


def _words(text: str) -> set[str]:
    return {
        w for w in re.findall(r"[a-z]{4,}", text.casefold()) if w not in {"dalam", "tercantum", "keputusan", "lampiran"}
    }


def _likely(text: str, lampiran: list) -> int | None:
    words = _words(text)
    scores = [len(words & _words(lamp.judul)) for lamp in lampiran]
    best = max(scores, default=0)
    return scores.index(best) if best > 0 else None


@register
class AttachmentNotReferred(Rule):
    code = "STR003"
    name = "attachment-not-referred"
    severity = Severity.error
    summary = Message(
        'Lampiran tidak dirujuk oleh diktum, atau rujukan "Lampiran" tanpa nomor padahal ada beberapa',
        'a Lampiran is not referred to by any diktum, or "Lampiran" without a number while there are several',
    )
    why = Message(
        "Lampiran merupakan bagian tidak terpisahkan dari keputusan hanya bila batang tubuh menyebutnya; "
        "bila ada lebih dari satu Lampiran, tiap Lampiran diberi nomor urut angka Romawi dan dirujuk dengan "
        'nomornya. "Lampiran" saja tidak menunjuk Lampiran yang mana.',
        "An attachment is an inseparable part of the decree only when the body names it; with more than "
        'one, each carries a Roman numeral and is referred to by it. A bare "Lampiran" does not say '
        "which one.",
    )
    source = "UU 12/2011 Lampiran II angka 192-196"

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        k = ctx.keputusan
        if not k.lampiran:
            return
        several = len(k.lampiran) > 1
        referred: set[int] = set()
        bare_seen = False
        for path, text in body_texts(k):
            # both patterns hold "[Ll]ampiran": a substring test turns away most texts
            if not path.startswith("diktum") or "ampiran" not in text:
                continue
            for match in _NUMBERED.finditer(text):
                values = [v for v in (roman_value(n) for n in re.findall(rf"\b{_ROMAN}\b", match["list"])) if v]
                if re.search(r"sampai\s+dengan|s\.d", match["list"]) and len(values) == 2 and values[0] < values[1]:
                    values = list(range(values[0], values[1] + 1))
                referred.update(values)
            for match in _BARE.finditer(text):
                bare_seen = True
                if several:
                    numbers = ", ".join(f"Lampiran {lamp.nomor}" for lamp in k.lampiran if lamp.nomor)
                    # The Lampiran the drafter most likely meant: the one whose title shares
                    # most words with the diktum ("Susunan Keanggotaan" → SUSUNAN DAN PERSONALIA).
                    # It counts as referred to, so that only the others are reported missing.
                    meant = _likely(text, k.lampiran)
                    quoted = ("Lampiran" + match["rest"]).rstrip()
                    guess = Message("", "")
                    fix = None
                    if meant is not None and k.lampiran[meant].nomor:
                        nomor = k.lampiran[meant].nomor
                        referred.update({roman_value(nomor) or 0})
                        guess = Message(f" (maksudnya Lampiran {nomor}?)", f" (meant Lampiran {nomor}?)")
                        fix = Fix(quoted, quoted.replace("Lampiran", f"Lampiran {nomor}", 1), safe=False)
                    yield ctx.finding(
                        type(self),
                        path,
                        quoted,
                        Message(
                            f'"Lampiran" tanpa nomor, padahal keputusan ini memiliki {len(k.lampiran)} Lampiran '
                            f"({numbers}); sebutkan nomornya{guess.id}",
                            f'"Lampiran" without a number while this decree has {len(k.lampiran)} attachments '
                            f"({numbers}); name the number{guess.en}",
                        ),
                        fix=fix,
                    )
        for index, lampiran in enumerate(k.lampiran):
            value = roman_value(lampiran.nomor) if lampiran.nomor else None
            if not several and (bare_seen or value in referred or lampiran.nomor is None and referred):
                continue
            if value is not None and value in referred:
                continue
            if lampiran.nomor is None and several:
                continue  # an unnumbered one among several: STR001 reports the numbering
            name = f"Lampiran {lampiran.nomor}" if lampiran.nomor else "Lampiran"
            title = " ".join(lampiran.judul.split())
            title = title if len(title) <= 60 else title[:59] + "…"
            yield ctx.finding(
                type(self),
                f"lampiran[{index}]",
                name,
                Message(
                    f"{name} ({title}) tidak dirujuk oleh diktum mana pun",
                    f"{name} ({title}) is not referred to by any diktum",
                ),
            )
