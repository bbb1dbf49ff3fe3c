"""ZI001: a ZI area with no working team (or, without teams, no action)."""

from __future__ import annotations

from collections.abc import Iterable

from ....i18n import Message
from ....model import AreaZI
from ...context import CheckContext
from ...finding import Finding, Severity
from ...registry import Rule, register
from ._helpers import area_rencana_aksi, area_tim, path_rencana_aksi, tentang_zi


@register
class ZiAreaNotCovered(Rule):
    code = "ZI001"
    name = "zi-area-not-covered"
    severity = Severity.error
    fixes = False
    summary = Message(
        "area perubahan Zona Integritas tanpa tim kerja atau tanpa rencana aksi",
        "a Zona Integritas area of change has no working team or no action",
    )
    why = Message(
        "Pembangunan Zona Integritas menggarap enam area pengungkit: Manajemen Perubahan, Penataan Tata "
        "Laksana, Penataan Sistem Manajemen SDM, Penguatan Akuntabilitas, Penguatan Pengawasan, dan "
        "Peningkatan Kualitas Pelayanan Publik; masing-masing dinilai, jadi masing-masing perlu tim dan "
        "rencana aksi.",
        "Building a Zona Integritas works on six areas: change management, business process, human "
        "resources, accountability, supervision and public service; each is assessed, so each needs a "
        "team and actions.",
    )
    source = "PermenPANRB 90/2021 sebagaimana diubah dengan PermenPANRB 5/2024, Lampiran"

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        k = ctx.keputusan
        if not tentang_zi(ctx):
            return
        tim = area_tim(k)
        aksi = area_rencana_aksi(ctx)
        if tim:
            # Teams are the decree's subject: an area without one is the finding (ZI002
            # reports a team whose area has no action).
            tempat = next(iter(tim.values())).rsplit(".", 1)[0].rsplit(".kelompok", 1)[0]
            for area in AreaZI:
                if area in tim:
                    continue
                tanpa_aksi = aksi is not None and area not in aksi
                yield ctx.finding(
                    type(self),
                    tempat,
                    area.nama,
                    Message(
                        f"tidak ada tim kerja untuk area {area.nama}"
                        + (" dan tidak ada rencana aksinya" if tanpa_aksi else ""),
                        f"no working team for the area {area.nama}" + (" and no action for it" if tanpa_aksi else ""),
                    ),
                )
        elif aksi is not None:
            tempat = path_rencana_aksi(ctx) or "lampiran"
            for area in AreaZI:
                if area not in aksi:
                    yield ctx.finding(
                        type(self),
                        tempat,
                        area.nama,
                        Message(
                            f"Rencana Aksi tidak memuat aksi untuk area {area.nama}",
                            f"the Rencana Aksi has no action for the area {area.nama}",
                        ),
                        severity=Severity.warning,
                    )
