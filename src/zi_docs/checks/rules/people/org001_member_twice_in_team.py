"""ORG001: the same person listed twice in one team."""

from __future__ import annotations

from collections.abc import Iterable

from ....i18n import Message
from ...context import CheckContext
from ...finding import Finding, Severity
from ...registry import Rule, register
from ._helpers import baris


@register
class MemberTwiceInTeam(Rule):
    code = "ORG001"
    name = "member-twice-in-team"
    severity = Severity.error
    summary = Message(
        "orang yang sama tercantum dua kali dalam satu tim", "the same person is listed twice in one team"
    )
    why = Message(
        "Satu orang menduduki satu baris dalam satu tim; baris ganda biasanya sisa salin-tempel dan "
        "menggeser nomor urut serta jumlah anggota yang ditetapkan.",
        "A person holds one row in a team; a second row is usually left over from copying and throws "
        "off the numbering and the number of members appointed.",
    )
    wrong = "a. TIM MANAJEMEN PERUBAHAN: 2. Ahmad Ruzika … 5. Ahmad Ruzika"
    right = "a. TIM MANAJEMEN PERUBAHAN: 2. Ahmad Ruzika … 5. Arinil Hidayah Bahri"

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        pertama: dict[tuple[str, str], str] = {}
        for b in baris(ctx.keputusan):
            key = (b.tim.path, b.kunci)
            if key not in pertama:
                pertama[key] = b.path
                continue
            yield ctx.finding(
                type(self),
                f"{b.path}.nama",
                b.anggota.nama,
                Message(
                    f'"{b.anggota.nama}" sudah tercantum dalam {b.tim.kelompok.nama}',
                    f'"{b.anggota.nama}" is already listed in {b.tim.kelompok.nama}',
                ),
                related=(f"{pertama[key]}.nama",),
            )
