"""ORG005: a working team with no coordinator, or with two."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ....i18n import Message
from ....model import area_dari_nama
from ....storage.regex_cache import regex
from ...context import CheckContext
from ...finding import Finding, Severity
from ...registry import Rule, register
from ._helpers import tim, tim_kerja

# "Koordinator merangkap Anggota", "Ketua", "Ketua Tim" — not "Wakil Ketua".
_PEMIMPIN = regex(r"^(?!.*\bwakil\b).*\b(koordinator|ketua)\b", re.IGNORECASE)


@register
class TeamWithoutOneCoordinator(Rule):
    code = "ORG005"
    name = "team-without-one-coordinator"
    severity = Severity.error
    fixes = False
    summary = Message(
        "tim kerja tanpa koordinator/ketua, atau dengan lebih dari satu",
        "a working team with no coordinator/ketua, or with more than one",
    )
    why = Message(
        "Setiap tim kerja dipimpin satu koordinator (atau ketua) yang bertanggung jawab atas rencana "
        "aksi areanya dan melaporkannya kepada Pengarah; tanpa koordinator tidak ada yang bertanggung "
        "jawab, dengan dua koordinator tanggung jawabnya tidak jelas.",
        "Each working team is led by one coordinator (or ketua) who answers for the area's Rencana Aksi "
        "and reports to the Pengarah; without one nobody answers for it, with two it is unclear who does.",
    )

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        for t in tim(ctx.keputusan):
            kel = t.kelompok
            if not tim_kerja(kel.nama) or not kel.anggota:
                continue
            # Only a team laid out as leader and members ("Anggota" in KEDUDUKAN) and that is
            # a working team by its name or ZI area: an editorial board's sub-group or a team
            # of change agents (Katalis, Mediator …) has no coordinator by design.
            if not any("anggota" in (a.kedudukan or "").casefold() for a in kel.anggota):
                continue
            if not (kel.area or area_dari_nama(kel.nama) or kel.nama.strip().casefold().startswith("tim")):
                continue
            pemimpin = [i for i, a in enumerate(kel.anggota) if _PEMIMPIN.search(a.kedudukan or "")]
            # "Ketua I" and "Ketua II" are a deliberate order; two people with the same
            # leading role are not.
            sebutan: dict[str, int] = {}
            kedua = []
            for i in pemimpin:
                kunci = " ".join((kel.anggota[i].kedudukan or "").casefold().split())
                if kunci in sebutan:
                    kedua.append(i)
                else:
                    sebutan[kunci] = i
            if len(sebutan) > 1 and not any(re.search(r"\b(i+|\d+)$", k) for k in sebutan):
                kedua = pemimpin[1:]
            if not pemimpin:
                yield ctx.finding(
                    type(self),
                    f"{t.path}.nama",
                    kel.nama,
                    Message(
                        f"{kel.nama} tidak punya koordinator atau ketua",
                        f"{kel.nama} has no coordinator or ketua",
                    ),
                )
            for i in kedua:
                a = kel.anggota[i]
                yield ctx.finding(
                    type(self),
                    f"{t.path}.anggota[{i}].kedudukan",
                    a.kedudukan or "",
                    Message(
                        f"{kel.nama} punya lebih dari satu koordinator/ketua: {a.nama} ({a.kedudukan})",
                        f"{kel.nama} has more than one coordinator/ketua: {a.nama} ({a.kedudukan})",
                    ),
                    related=(f"{t.path}.anggota[{pemimpin[0]}].kedudukan",),
                )
