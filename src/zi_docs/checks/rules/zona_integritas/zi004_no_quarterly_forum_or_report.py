"""ZI004: the decree does not require a team forum and a report to the Pengarah at
least every three months."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator

from ....i18n import Message
from ....model import Butir
from ....storage.regex_cache import regex
from ...context import CheckContext
from ...finding import Finding, Severity
from ...registry import Rule, register
from ..people._helpers import kelompok_di_diktum, tim
from ._helpers import tentang_zi

_ANGKA = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "enam": 6, "dua belas": 12, "sebelas": 11}
_KALI_DALAM = regex(
    r"(?P<n>\d+|satu|dua|tiga|sekali)\s*(?:\([a-z ]+\)\s*)?(?:kali\s+)?dalam\s+(?P<m>\d+|satu|dua|tiga|empat|enam)"
    r"\s*(?:\([a-z ]+\)\s*)?bulan",
    re.IGNORECASE,
)
_BERKALA = regex(
    r"\b(?:setiap|tiap|per|sekali\s+dalam|secara)\s+(?:bulan|triwulan|triwulanan|bulanan)\b|\btriwulan(?:an)?\b",
    re.IGNORECASE,
)
_FORUM = regex(r"\b(forum|rapat)\b", re.IGNORECASE)
_LAPOR = regex(r"\bmelapor|\blaporan\b", re.IGNORECASE)
_PENGARAH = regex(r"\bpengarah\b", re.IGNORECASE)


def _bilangan(teks: str) -> int | None:
    teks = teks.casefold()
    if teks == "sekali":
        return 1
    return int(teks) if teks.isdigit() else _ANGKA.get(teks)


@functools.lru_cache(maxsize=4096)  # a pure function of the text; a diktum's duties come again in the next decree
def _tiap_tiga_bulan(teks: str) -> bool:
    """At least once in every three months ("paling sedikit 1 (satu) kali dalam 3 (tiga)
    bulan", "setiap triwulan", "setiap bulan")."""
    if teks.isascii() and "bulan" not in teks.lower():
        return False  # every match of both patterns holds "bulan": a substring search is faster
    for m in _KALI_DALAM.finditer(teks):
        n, bulan = _bilangan(m["n"]), _bilangan(m["m"])
        if n and bulan and bulan / n <= 3:
            return True
    return bool(_BERKALA.search(teks))


def _kalimat(items: list[Butir]) -> Iterator[str]:
    for b in items:
        yield b.teks
        yield from _kalimat(b.rincian)
        if b.teks_penutup:
            yield b.teks_penutup


@register
class NoQuarterlyForumOrReport(Rule):
    code = "ZI004"
    name = "no-quarterly-forum-or-report"
    # A suggestion: PermenPANRB 90/2021 asks for regular monitoring, but does not require
    # the decree itself to oblige a quarterly forum or report.
    severity = Severity.info
    fixes = False
    summary = Message(
        "keputusan tidak mewajibkan forum tim dan laporan kepada Pengarah paling sedikit tiap tiga bulan",
        "the decree does not require a team forum and a report to the Pengarah at least every three months",
    )
    why = Message(
        "Pembangunan Zona Integritas dipantau dan dievaluasi secara berkala; tugas tim menyelenggarakan "
        "forum dan melaporkan kemajuan kepada Pengarah paling sedikit 1 (satu) kali dalam 3 (tiga) bulan "
        "adalah dasar laporan triwulan rencana aksi.",
        "Building a Zona Integritas is monitored and evaluated regularly; the team's duty to hold a forum "
        "and report progress to the Pengarah at least once every three months is the basis of the "
        "quarterly Rencana Aksi report.",
    )
    source = "PermenPANRB 90/2021 sebagaimana diubah dengan PermenPANRB 5/2024 (pemantauan dan evaluasi)"

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        k = ctx.keputusan
        if not tentang_zi(ctx) or not (tim(k) or kelompok_di_diktum(k)):
            return  # the duty belongs to a decree that forms a team, not to a plan alone
        forum = lapor = False
        for diktum in k.diktum:
            for teks in [diktum.teks, *_kalimat(diktum.rincian), diktum.teks_penutup or ""]:
                if not _tiap_tiga_bulan(teks):
                    continue
                forum = forum or bool(_FORUM.search(teks))
                lapor = lapor or bool(_LAPOR.search(teks) and _PENGARAH.search(teks))
        path = "diktum" if k.diktum else "kepala.tentang"
        if not forum:
            yield ctx.finding(
                type(self),
                path,
                "",
                Message(
                    "tidak ada diktum yang mewajibkan forum tim paling sedikit 1 (satu) kali dalam 3 (tiga) bulan",
                    "no diktum requires a team forum at least once every three months",
                ),
            )
        if not lapor:
            yield ctx.finding(
                type(self),
                path,
                "",
                Message(
                    "tidak ada diktum yang mewajibkan laporan kemajuan kepada Pengarah paling sedikit "
                    "1 (satu) kali dalam 3 (tiga) bulan",
                    "no diktum requires a progress report to the Pengarah at least once every three months",
                ),
            )
