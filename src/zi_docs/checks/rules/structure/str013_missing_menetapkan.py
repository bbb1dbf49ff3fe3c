"""STR013: the decree names itself after Menetapkan."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ....i18n import Message
from ....storage.regex_cache import regex
from ...context import CheckContext
from ...finding import Finding, Severity
from ...registry import Rule, register
from ._helpers import normalise

_PRINTED = regex(r"\s*Menetapkan\b\s*:?\s*\w")
_RI = regex(r"\s+REPUBLIK\s+INDONESIA$", re.IGNORECASE)


@register
class MissingMenetapkan(Rule):
    code = "STR013"
    name = "missing-menetapkan"
    severity = Severity.warning
    fixes = False
    summary = Message(
        "tidak ada Menetapkan, atau Menetapkan tanpa nama keputusan",
        "no Menetapkan, or Menetapkan without the decree's name",
    )
    why = Message(
        'Diktum terdiri atas kata MEMUTUSKAN, kata "Menetapkan", dan jenis serta nama keputusan: nama yang '
        "tercantum pada judul dicantumkan lagi setelah Menetapkan, dalam huruf kapital dan diakhiri titik. "
        "Tanpa itu tidak tertulis apa yang ditetapkan; diktum KESATU dan seterusnya baru menyusul sesudahnya.",
        'The decision consists of the word MEMUTUSKAN, the word "Menetapkan" and the kind and name of the '
        "decree: the name in the heading is written again after Menetapkan, in capitals, ending with a full "
        "stop. Without it nothing says what is enacted; diktum KESATU and the others only follow it.",
    )
    source = "UU 12/2011 Lampiran II angka 62"

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        k = ctx.keputusan
        if normalise(k.menetapkan) or not k.diktum:
            return  # a decree read without its diktum: the reader lost the part, not the drafter
        if any(_PRINTED.match(text) for path, text in ctx.texts() if path.startswith("tidak_terurai")):
            return  # printed with its name where a reader could not place it (a damaged scan)
        name = " ".join(part for part in (k.kepala.jenis, k.kepala.pejabat, k.kepala.instansi) if part)
        name = _RI.sub("", " ".join(name.split()))  # a minister's decree names itself without it
        name = f"{name} TENTANG {' '.join(k.kepala.tentang.split())}."
        printed = "menetapkan" in ctx.source_map
        yield ctx.finding(
            type(self),
            "menetapkan",
            "Menetapkan" if printed else k.diktum[0].label,
            Message(
                f'Menetapkan tidak diikuti nama keputusan; ditulis "Menetapkan : {name}"'
                if printed
                else f'tidak ada Menetapkan sebelum diktum pertama; ditulis "Menetapkan : {name}"',
                f'Menetapkan is not followed by the decree\'s name; write "Menetapkan : {name}"'
                if printed
                else f'no Menetapkan before the first diktum; write "Menetapkan : {name}"',
            ),
        )
