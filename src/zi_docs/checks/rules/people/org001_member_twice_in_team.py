"""ORG001: the same person listed twice in one team."""

from __future__ import annotations

from collections.abc import Iterable

from ....i18n import Message
from ....language.names import same_nip
from ...context import CheckContext
from ...finding import Finding, Severity
from ...registry import Rule, register
from ._helpers import Baris, baris


@register
class MemberTwiceInTeam(Rule):
    code = "ORG001"
    name = "member-twice-in-team"
    severity = Severity.error
    fixes = False
    summary = Message(
        "orang yang sama tercantum dua kali dalam satu tim", "the same person is listed twice in one team"
    )
    why = Message(
        "Satu orang menduduki satu baris dalam satu tim; baris ganda biasanya sisa salin-tempel dan "
        "menggeser nomor urut serta jumlah anggota yang ditetapkan.",
        "A person holds one row in a team; a second row is usually left over from copying and throws "
        "off the numbering and the number of members appointed.",
    )

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        pertama: dict[tuple[str, str], list[Baris]] = {}
        for b in baris(ctx.keputusan):
            sebelumnya = pertama.setdefault((b.tim.path, b.kunci), [])
            # One name with two different NIPs is two people.
            awal = next((a for a in sebelumnya if same_nip(a.anggota.nip, b.anggota.nip)), None)
            if awal is None:
                sebelumnya.append(b)
                continue
            baris_awal = int(awal.path.rsplit("[", 1)[1].rstrip("]")) + 1
            yield ctx.finding(
                type(self),
                f"{b.path}.nama",
                b.anggota.nama,
                Message(
                    f'"{b.anggota.nama}" sudah tercantum dalam {b.tim.kelompok.nama} pada baris {baris_awal}; '
                    "baris ini ganda",
                    f'"{b.anggota.nama}" is already listed in {b.tim.kelompok.nama} in row {baris_awal}; '
                    "this row is a duplicate",
                ),
                related=(f"{awal.path}.nama",),
            )
