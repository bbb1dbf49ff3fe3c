"""ZI002: a working team whose area has no action in the Rencana Aksi."""

from __future__ import annotations

from collections.abc import Iterable

from ....i18n import Message
from ...context import CheckContext
from ...finding import Finding, Severity
from ...registry import Rule, register
from ._helpers import area_rencana_aksi, area_tim, path_rencana_aksi, tentang_zi


@register
class TeamAreaWithoutActions(Rule):
    code = "ZI002"
    name = "team-area-without-actions"
    severity = Severity.error
    fixes = False
    summary = Message(
        "ada tim kerja untuk suatu area, tetapi Rencana Aksi tidak memuat aksi untuk area itu",
        "a working team exists for an area but the Rencana Aksi has no action for it",
    )
    why = Message(
        "Rencana Aksi adalah rencana kerja tim; tim yang areanya tidak punya aksi, target waktu dan "
        "bukti fisik tidak punya apa yang dikerjakan dan dilaporkan kepada Pengarah tiap triwulan, dan "
        "area itu tidak punya bukti saat dinilai.",
        "The Rencana Aksi is the teams' work plan; a team whose area has no action, deadline and evidence "
        "has nothing to do and report to the Pengarah each quarter, and the area has no evidence when it "
        "is assessed.",
    )
    source = "PermenPANRB 90/2021 sebagaimana diubah dengan PermenPANRB 5/2024"

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        k = ctx.keputusan
        if not tentang_zi(ctx):
            return
        aksi = area_rencana_aksi(ctx)
        if aksi is None:
            return  # no Rencana Aksi in this decree: nothing to compare
        lampiran = path_rencana_aksi(ctx)
        for area, path in area_tim(k).items():
            if area in aksi:
                continue
            yield ctx.finding(
                type(self),
                path,
                area.nama,
                Message(
                    f"ada tim untuk area {area.nama}, tetapi Rencana Aksi tidak memuat satu pun aksinya",
                    f"there is a team for the area {area.nama}, but the Rencana Aksi has no action for it",
                ),
                related=(lampiran,) if lampiran else (),
            )
