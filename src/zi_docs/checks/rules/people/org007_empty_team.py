"""ORG007: a team in a composition table with nobody in it."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ....i18n import Message
from ....storage.regex_cache import regex
from ...context import CheckContext
from ...finding import Finding, Severity
from ...registry import Rule, register
from ._helpers import Tim, tim

_HURUF = regex(r"^\(?[a-z]\W*$", re.IGNORECASE)


def _judul_subtim(t: Tim, berikut: Tim | None) -> bool:
    """A group row that heads sub-teams rather than listing people: "2. TIM KERJA" followed,
    in the same table, by "a. TIM MANAJEMEN PERUBAHAN"."""
    if berikut is None or berikut.path.rsplit(".", 1)[0] != t.path.rsplit(".", 1)[0]:
        return False
    label, label_berikut = (t.kelompok.label or "").strip(), (berikut.kelompok.label or "").strip()
    return bool(label_berikut) and _HURUF.match(label_berikut) is not None and not _HURUF.match(label)


@register
class EmptyTeam(Rule):
    code = "ORG007"
    name = "empty-team"
    severity = Severity.error
    fixes = False
    summary = Message("tim tanpa anggota dalam tabel susunan", "a team with no members in its composition table")
    why = Message(
        "Keputusan membentuk tim dengan menetapkan orang-orangnya; tim yang tercantum tanpa seorang "
        "anggota pun tidak dapat bekerja, tidak punya koordinator dan tidak dapat dinilai. Biasanya "
        "baris anggotanya terhapus atau belum diisi ketika tabel disalin.",
        "A decree forms a team by appointing its people; a team listed with nobody in it cannot work, "
        "has no coordinator and cannot be assessed. Usually its member rows were deleted, or not yet "
        "filled in when the table was copied.",
    )

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        semua = tim(ctx.keputusan)
        for i, t in enumerate(semua):
            if t.kelompok.anggota or _judul_subtim(t, semua[i + 1] if i + 1 < len(semua) else None):
                continue
            nama = t.kelompok.nama
            yield ctx.finding(
                type(self),
                f"{t.path}.nama",
                nama,
                Message(f"{nama} tidak beranggota seorang pun", f"{nama} has no members"),
            )
