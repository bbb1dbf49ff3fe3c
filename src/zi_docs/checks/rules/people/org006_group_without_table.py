"""ORG006: a group a diktum names that no table lists, or a table group no diktum names."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable

from rapidfuzz import fuzz

from ....i18n import Message
from ....model import area_dari_nama
from ...context import CheckContext
from ...finding import Finding, Severity
from ...registry import Rule, register
from ._helpers import kelompok_di_diktum, kunci_kelompok, tim


def _same() -> Callable[[str, str], bool]:
    """Whether two names are the same group, loosely: case, "Tim" before Pengarah, and a near
    spelling of the same ZI area (a second spelling is NAM002's finding, not a missing table).
    Each name's key and area worked out once: every diktum name is compared with every table."""
    kunci, area = functools.cache(kunci_kelompok), functools.cache(area_dari_nama)

    def sama(a: str, b: str) -> bool:
        ka, kb = kunci(a), kunci(b)
        return ka == kb or (area(a) == area(b) and fuzz.token_sort_ratio(ka, kb) >= 85)

    return sama


@register
class GroupWithoutTable(Rule):
    code = "ORG006"
    name = "group-without-table"
    severity = Severity.error
    fixes = False
    summary = Message(
        "kelompok yang disebut diktum tidak punya tabel susunan, atau tabel kelompok tidak disebut diktum",
        "a group named in a diktum has no composition table, or a table group is named by no diktum",
    )
    why = Message(
        "Diktum menetapkan kelompok-kelompok tim dan lampiran memuat susunan masing-masing; kelompok "
        "tanpa susunan tidak punya anggota yang sah, dan susunan tanpa diktum tidak ditetapkan.",
        "The diktum establishes the groups and the attachment lists each one's members; a group without "
        "a table has no lawful members, and a table no diktum establishes is not decided.",
    )

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        di_diktum = kelompok_di_diktum(ctx.keputusan)
        tabel = tim(ctx.keputusan)
        if not di_diktum or not tabel:
            return  # nothing to match: a decree without named groups or without tables
        sama = _same()
        for path, nama in di_diktum:
            # "Tim Kerja:" over the list of working teams names the teams, each with its table
            inner = path.removesuffix(".teks") + ".rincian["
            heading = any(other.startswith(inner) for other, _ in di_diktum)
            if not heading and not any(sama(nama, t.kelompok.nama) for t in tabel):
                yield ctx.finding(
                    type(self),
                    path,
                    nama,
                    Message(
                        f'"{nama}" disebut dalam diktum tetapi tidak ada tabel susunannya',
                        f'"{nama}" is named in a diktum but no table lists its members',
                    ),
                )
        for t in tabel:
            if not any(sama(t.kelompok.nama, nama) for _, nama in di_diktum):
                yield ctx.finding(
                    type(self),
                    f"{t.path}.nama",
                    t.kelompok.nama,
                    Message(
                        f"{t.kelompok.nama} ada dalam tabel susunan tetapi tidak disebut dalam diktum mana pun",
                        f"{t.kelompok.nama} has a table but no diktum names it",
                    ),
                    severity=Severity.warning,
                )
