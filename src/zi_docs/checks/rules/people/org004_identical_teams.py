"""ORG004: two teams with exactly the same members."""

from __future__ import annotations

from collections.abc import Iterable

from ....i18n import Message
from ....language.names import person_key
from ...context import CheckContext
from ...finding import Finding, Severity
from ...registry import Rule, register
from ._helpers import tim


@register
class IdenticalTeams(Rule):
    code = "ORG004"
    name = "identical-teams"
    severity = Severity.warning
    fixes = False
    summary = Message("dua tim beranggotakan orang yang persis sama", "two teams have exactly the same members")
    why = Message(
        "Tiap area perubahan Zona Integritas dikerjakan tim kerjanya sendiri (PermenPANRB 90/2021); "
        "dua tim yang anggotanya sama biasanya berarti susunan satu tim tersalin ke tim lain.",
        "Each Zona Integritas area is worked on by its own team (PermenPANRB 90/2021); two teams with "
        "the same members usually mean one team's list was copied into another.",
    )
    source = "PermenPANRB 90/2021"

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        pertama: dict[frozenset[str], tuple[str, str]] = {}
        for t in tim(ctx.keputusan):
            anggota = frozenset(filter(None, (person_key(a.nama) for a in t.kelompok.anggota)))
            if len(anggota) < 2:
                continue  # one person heading a group is no team to compare
            if anggota not in pertama:
                pertama[anggota] = (t.path, t.kelompok.nama)
                continue
            path, nama = pertama[anggota]
            yield ctx.finding(
                type(self),
                f"{t.path}.nama",
                t.kelompok.nama,
                Message(
                    f"{t.kelompok.nama} beranggotakan {len(anggota)} orang yang sama persis dengan {nama}",
                    f"{t.kelompok.nama} has the same {len(anggota)} members as {nama}",
                ),
                related=(f"{path}.nama",),
            )
