"""STR008: dates in order — Memperhatikan documents before the enactment, Rencana Aksi targets
inside the budget year and not before the decree."""

from __future__ import annotations

from collections.abc import Iterable

from ....i18n import Message
from ....model import LampiranRencanaAksi
from ....model.tanggal import format_tanggal
from ...context import CheckContext
from ...finding import Finding, Severity
from ...registry import Rule, register


@register
class DatesOutOfOrder(Rule):
    code = "STR008"
    name = "dates-out-of-order"
    severity = Severity.error
    fixes = False
    summary = Message(
        "tanggal tidak masuk akal: dokumen yang diperhatikan sesudah penetapan, atau target di luar tahun anggaran",
        "dates out of order: a document considered dated after the enactment, or a target outside the budget year",
    )
    why = Message(
        "Yang diperhatikan (surat, DIPA, berita acara) sudah ada ketika keputusan ditetapkan, jadi bertanggal "
        "sebelum atau pada tanggal penetapan. Target Rencana Aksi yang dibiayai DIPA tahun keputusan berada di "
        "dalam tahun anggaran itu dan tidak berakhir sebelum keputusan ditetapkan.",
        "What the decree takes into account (letters, the DIPA, minutes) existed when it was enacted, so it is "
        "dated on or before the enactment. Rencana Aksi targets funded by the year's DIPA fall inside that "
        "budget year and do not end before the decree was enacted.",
    )
    source = "UU 12/2011 Lampiran II angka 29; UU 17/2003 Pasal 4 (tahun anggaran)"

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        k = ctx.keputusan
        enacted = k.penetapan.tanggal if k.penetapan else None
        if enacted is not None:
            for index, item in enumerate(k.memperhatikan):
                dated = item.dokumen.tanggal if item.dokumen else None
                if dated is not None and dated > enacted:
                    shown = format_tanggal(dated)
                    yield ctx.finding(
                        type(self),
                        f"memperhatikan[{index}]",
                        shown,
                        Message(
                            f"dokumen bertanggal {shown}, sesudah keputusan ditetapkan ({format_tanggal(enacted)})",
                            f"the document is dated {shown}, after the decree was enacted ({format_tanggal(enacted)})",
                        ),
                    )
        year = k.kepala.tahun or (enacted.year if enacted else None)
        for li, lampiran in enumerate(k.lampiran):
            if not isinstance(lampiran, LampiranRencanaAksi):
                continue
            for bi, bagian in enumerate(lampiran.bagian):
                for ri, row in enumerate(bagian.baris):
                    target = row.target_waktu
                    if target is None:
                        continue
                    path = f"lampiran[{li}].bagian[{bi}].baris[{ri}].target_waktu"
                    outside = [d for d in (target.mulai, target.selesai) if d is not None and year and d.year != year]
                    if outside:
                        yield ctx.finding(
                            type(self),
                            path,
                            target.teks,
                            Message(
                                f"target waktu {target.teks!r} di luar tahun anggaran {year}",
                                f"target time {target.teks!r} lies outside the budget year {year}",
                            ),
                        )
                    elif target.selesai is not None and enacted is not None and target.selesai < enacted:
                        yield ctx.finding(
                            type(self),
                            path,
                            target.teks,
                            Message(
                                f"target waktu {target.teks!r} berakhir sebelum keputusan ditetapkan "
                                f"({format_tanggal(enacted)})",
                                f"target time {target.teks!r} ends before the decree was enacted "
                                f"({format_tanggal(enacted)})",
                            ),
                        )
