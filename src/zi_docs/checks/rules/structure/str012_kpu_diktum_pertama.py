"""STR012: a KPU decree numbers its first diktum KESATU, not PERTAMA."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ....i18n import Message
from ....storage.regex_cache import regex
from ...context import CheckContext
from ...finding import Finding, Fix, Severity
from ...registry import Rule, register

_KPU = regex(r"\bKOMISI\s+PEMILIHAN\s+UMUM\b|\bKPU\b", re.IGNORECASE)


@register
class KpuDiktumPertama(Rule):
    code = "STR012"
    name = "kpu-diktum-pertama"
    severity = Severity.warning
    summary = Message(
        "diktum pertama keputusan KPU ditulis PERTAMA, bukan KESATU",
        "the first diktum of a KPU decree is written PERTAMA instead of KESATU",
    )
    why = Message(
        "Pedoman penyusunan keputusan di lingkungan KPU menomori diktum KESATU, KEDUA, dan seterusnya. "
        "Instansi lain memakai PERTAMA; dalam keputusan KPU itu tanda templat dari instansi lain.",
        "The KPU's drafting guideline numbers diktum KESATU, KEDUA and so on. Other agencies use PERTAMA; in a "
        "KPU decree it is a sign of another agency's template.",
    )
    source = "PKPU 1/2022; Keputusan KPU 1442/2019 (pedoman penyusunan keputusan)"

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        k = ctx.keputusan
        if not _KPU.search(" ".join(filter(None, (k.kepala.instansi, k.jabatan_pembentuk)))):
            return
        for index, diktum in enumerate(k.diktum):
            if " ".join(diktum.label.split()).upper() == "PERTAMA":
                new = "KESATU" if diktum.label.isupper() else "Kesatu"
                yield ctx.finding(
                    type(self),
                    f"diktum[{index}]",
                    diktum.label,
                    Message(
                        f'diktum "{diktum.label}" pada keputusan KPU; ditulis {new}',
                        f'diktum "{diktum.label}" in a KPU decree; write {new}',
                    ),
                    # Only the label changes, and references to it ("Diktum PERTAMA")
                    # need the same change: a person applies it.
                    fix=Fix(diktum.label, new, safe=False),
                )
