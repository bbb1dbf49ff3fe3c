"""ORG002: the same person with different jabatan in different places."""

from __future__ import annotations

from collections.abc import Iterable

from ....i18n import Message
from ....language.names import same_nip
from ...context import CheckContext
from ...finding import Finding, Severity
from ...registry import Rule, register
from ._helpers import Baris, baris


def _kunci_jabatan(jabatan: str) -> str:
    return " ".join(jabatan.casefold().replace("-", " - ").split())


@register
class PersonWithTwoPositions(Rule):
    code = "ORG002"
    name = "person-with-two-positions"
    severity = Severity.error
    fixes = False
    summary = Message(
        "orang yang sama ditulis dengan jabatan berbeda",
        "the same person is given different positions (jabatan)",
    )
    why = Message(
        "Jabatan dalam susunan tim adalah jabatan orang itu di kantor pada tanggal penetapan; satu "
        "orang hanya punya satu jabatan, jadi dua jabatan berarti salah satunya keliru.",
        "The jabatan in a composition table is the person's position in the office on the date of the "
        "decree; a person holds one, so two different ones mean one of them is wrong.",
    )

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        pertama: dict[str, list[Baris]] = {}
        dilaporkan: set[tuple[str, str]] = set()
        for b in baris(ctx.keputusan):
            jabatan = (b.anggota.jabatan or "").strip()
            if not jabatan:
                continue
            sebelumnya = pertama.setdefault(b.kunci, [])
            # One name with two different NIPs is two people, each with a jabatan of their own.
            awal = next((a for a in sebelumnya if same_nip(a.anggota.nip, b.anggota.nip)), None)
            if awal is None:
                sebelumnya.append(b)
                continue
            if awal.tim.path == b.tim.path:
                # A second row in the same team is a duplicate row (ORG001 reports it), not a second
                # position: there is no jabatan to change, the row is to be removed.
                continue
            jabatan_awal = (awal.anggota.jabatan or "").strip()
            if _kunci_jabatan(jabatan) == _kunci_jabatan(jabatan_awal):
                continue
            if (b.kunci, _kunci_jabatan(jabatan)) in dilaporkan:
                continue
            dilaporkan.add((b.kunci, _kunci_jabatan(jabatan)))
            yield ctx.finding(
                type(self),
                f"{b.path}.jabatan",
                jabatan,
                Message(
                    f'{b.anggota.nama} berjabatan "{jabatan}" di {b.tim.kelompok.nama}, '
                    f'tetapi "{jabatan_awal}" di {awal.tim.kelompok.nama}',
                    f'{b.anggota.nama} has the jabatan "{jabatan}" in {b.tim.kelompok.nama} '
                    f'but "{jabatan_awal}" in {awal.tim.kelompok.nama}',
                ),
                # Which of the two is the person's position only the office knows: no fix,
                # not even one to review (`fix --unsafe-fixes` would copy a guess over).
                related=(f"{awal.path}.jabatan",),
            )
