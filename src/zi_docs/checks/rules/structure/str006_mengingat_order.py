"""STR006: Mengingat lists its bases by hierarchy of the kind of regulation, then chronologically."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ....i18n import Message
from ....language.peraturan import rank_of
from ....model import Peraturan
from ...context import CheckContext
from ...finding import Finding, Severity
from ...registry import Rule, register


def _number(nomor: str | None) -> int | None:
    match = re.match(r"\D*(\d+)", nomor or "")
    return int(match[1]) if match else None


def _short(peraturan: Peraturan) -> str:
    parts = [peraturan.jenis]
    if peraturan.nomor:
        parts.append(f"Nomor {peraturan.nomor}")
    if peraturan.tahun:
        parts.append(f"Tahun {peraturan.tahun}")
    return " ".join(parts)


@register
class MengingatOrder(Rule):
    code = "STR006"
    name = "mengingat-order"
    severity = Severity.warning
    fixes = False
    summary = Message(
        "dasar hukum Mengingat tidak urut menurut hierarki lalu kronologi",
        "Mengingat bases are not ordered by hierarchy, then chronologically",
    )
    why = Message(
        "Dasar hukum diurutkan sesuai dengan hierarki peraturan perundang-undangan (UUD 1945, Undang-Undang/"
        "Perppu, Peraturan Pemerintah, Peraturan Presiden, peraturan menteri/lembaga, …); yang sejenis "
        "diurutkan menurut tahun pengundangan, lalu nomornya.",
        "Legal bases are listed in the hierarchy of regulations (the 1945 Constitution, laws, government "
        "regulations, presidential regulations, ministerial/agency regulations, …); bases of one kind by "
        "year of enactment, then number.",
    )
    source = "UU 12/2011 Pasal 7-8; Lampiran II angka 40-41"

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        previous = None
        for index, dasar in enumerate(ctx.keputusan.mengingat):
            if dasar.peraturan is None:
                continue
            ranked = rank_of(dasar.peraturan.jenis)
            if ranked is None:
                continue
            rank, name = ranked
            key = (
                rank,
                dasar.peraturan.tahun,
                _number(dasar.peraturan.nomor),
                " ".join(dasar.peraturan.jenis.split()).casefold(),
            )
            if previous is not None:
                prev_index, prev_key, prev_name, prev_peraturan = previous
                label = dasar.label or str(index + 1)
                prev_label = ctx.keputusan.mengingat[prev_index].label or str(prev_index + 1)
                text = _short(dasar.peraturan)
                if rank < prev_key[0]:
                    yield ctx.finding(
                        type(self),
                        f"mengingat[{index}]",
                        text,
                        Message(
                            f"{name} (angka {label.rstrip('.')}) lebih tinggi hierarkinya daripada {prev_name} "
                            f"(angka {prev_label.rstrip('.')}); letakkan sebelumnya",
                            f"{name} (item {label.rstrip('.')}) ranks above {prev_name} (item "
                            f"{prev_label.rstrip('.')}); put it first",
                        ),
                    )
                elif rank == prev_key[0] and self._earlier(key, prev_key):
                    yield ctx.finding(
                        type(self),
                        f"mengingat[{index}]",
                        text,
                        Message(
                            f"{text} lebih dahulu daripada {_short(prev_peraturan)} (angka "
                            f"{prev_label.rstrip('.')}); yang sejenis diurutkan menurut tahun lalu nomor",
                            f"{text} is older than {_short(prev_peraturan)} (item {prev_label.rstrip('.')}); "
                            "bases of one kind go by year, then number",
                        ),
                    )
            previous = (index, key, name, dasar.peraturan)

    @staticmethod
    def _earlier(key: tuple, prev_key: tuple) -> bool:
        _, year, number, jenis = key
        _, prev_year, prev_number, prev_jenis = prev_key
        if year is None or prev_year is None:
            return False
        if year != prev_year:
            return year < prev_year
        # Numbers run per kind: Peraturan KPU 8 and Peraturan Menteri 90 of one year
        # say nothing about which came first.
        return jenis == prev_jenis and number is not None and prev_number is not None and number < prev_number
