"""STR015: the diktum that adopts a Lampiran says it "merupakan bagian tidak terpisahkan dari Keputusan ini"."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ....grammar import NOT_ANOTHER_REGULATION, ROMAN_NUMERAL, lampiran_list
from ....i18n import Message
from ....model import Keputusan
from ...context import CheckContext
from ...finding import Finding, Fix, Severity
from ...registry import Rule, register
from ._helpers import roman_value

_JOIN = r"(?:\s*,\s*(?:dan\s+)?|\s+(?:dan|atau|sampai\s+dengan|s\.d\.?)\s+)"
# A reference to one of this decree's Lampiran: "Lampiran", "Lampiran I dan Lampiran II";
# not "Lampiran-lampiran" nor another regulation's ("Lampiran Peraturan Menteri …").
_REFERENCE = re.compile(rf"\b[Ll]ampiran\b(?!-)(?:\s+{lampiran_list(_JOIN)})?{NOT_ANOTHER_REGULATION}")
# The standard clause and the kind of decree it names: "… yang merupakan bagian (yang)
# tidak terpisahkan dari Keputusan (Menteri) ini".
_CLAUSE = re.compile(
    r"\byang\s+merupakan\s+bagian\s+(?:yang\s+)?tidak\s+terpisahkan\s+dari\s+(?P<kind>[^.;:]{1,80}?)\s+ini\b",
    re.IGNORECASE,
)
# Inseparability said some other way ("yang tidak terpisahkan dari Keputusan Direktur ini").
_LOOSE = re.compile(r"\btidak\s+terpisahkan\b", re.IGNORECASE)
# "tercantum dalam Lampiran Keputusan ini": the standard clause goes in place of the bare
# "Keputusan ini" with no judgement needed.
_BARE_END = re.compile(rf"\b(?P<lampiran>[Ll]ampiran(?:\s+{ROMAN_NUMERAL})?)\s+(?P<kind>[Kk]eputusan\s+ini)\b")


def _diktum_texts(keputusan: Keputusan) -> Iterator[tuple[int, str]]:
    """Each diktum as one text (its sentence, its items and its closing words)."""

    def walk(items) -> Iterator[str]:
        for item in items:
            yield item.teks
            yield from walk(item.rincian)
            if item.teks_penutup:
                yield item.teks_penutup

    for index, diktum in enumerate(keputusan.diktum):
        parts = [diktum.teks, *walk(diktum.rincian), diktum.teks_penutup or ""]
        yield index, " ".join(p for p in parts if p)


def _referred(text: str, count: int) -> set[int]:
    """The positions of the Lampiran a text refers to (a bare "Lampiran": all of them)."""
    found: set[int] = set()
    for match in _REFERENCE.finditer(text):
        if not match["list"]:
            found.update(range(count))
            continue
        values = [v for v in (roman_value(n) for n in re.findall(rf"\b{ROMAN_NUMERAL}\b", match["list"])) if v]
        if re.search(r"sampai\s+dengan|s\.d", match["list"]) and len(values) == 2 and values[0] < values[1]:
            values = list(range(values[0], values[1] + 1))
        found.update(v - 1 for v in values if 0 < v <= count)
    return found


@register
class AttachmentClause(Rule):
    code = "STR015"
    name = "attachment-clause"
    severity = Severity.warning
    summary = Message(
        'diktum yang merujuk Lampiran tidak menyatakan "yang merupakan bagian tidak terpisahkan dari Keputusan ini"',
        'the diktum referring to a Lampiran does not say "yang merupakan bagian tidak terpisahkan dari Keputusan ini"',
    )
    why = Message(
        "Bila keputusan memerlukan lampiran, batang tubuh menyatakan bahwa lampiran itu merupakan bagian yang "
        'tidak terpisahkan dari keputusan: "… tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan '
        'dari Keputusan ini." Tanpa pernyataan itu daya ikat lampiran dapat dipersoalkan.',
        "When a decree needs an attachment, its body states that the attachment is an inseparable part of the "
        'decree: "… tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini." '
        "Without that statement the attachment's binding force can be disputed.",
    )
    source = "UU 12/2011 Lampiran II angka 192-193"

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        k = ctx.keputusan
        count = len(k.lampiran)
        if not count:
            return
        kind = "Peraturan" if "PERATURAN" in k.kepala.jenis.upper() else "Keputusan"
        declared: set[int] = set()
        pending: dict[int, tuple[int, str, set[int]]] = {}
        for index, text in _diktum_texts(k):
            referred = _referred(text, count)
            if not referred:
                continue
            clause = _CLAUSE.search(text)
            if clause:
                declared.update(referred)
                if kind.lower() not in clause["kind"].lower():
                    wrong = clause["kind"]
                    yield ctx.finding(
                        type(self),
                        f"diktum[{index}]",
                        f"dari {wrong} ini",
                        Message(
                            f'Lampiran dinyatakan bagian dari "{wrong} ini", padahal yang ditetapkan adalah '
                            f'{kind.lower()}: ditulis "dari {kind} ini"',
                            f'the Lampiran is declared part of "{wrong} ini" although this is a '
                            f'{"regulation" if kind == "Peraturan" else "decree"}: write "dari {kind} ini"',
                        ),
                        fix=Fix(f"dari {wrong} ini", f"dari {kind} ini", safe=True),
                    )
                continue
            if _LOOSE.search(text):
                declared.update(referred)
                loose = _LOOSE.search(text)
                assert loose is not None
                start = text.rfind(" yang ", 0, loose.start())
                quoted = text[start + 1 if start >= 0 else loose.start() : loose.end()]
                yield ctx.finding(
                    type(self),
                    f"diktum[{index}]",
                    quoted,
                    Message(
                        f'rumusan baku: "yang merupakan bagian tidak terpisahkan dari {kind} ini"',
                        f'the standard wording is "yang merupakan bagian tidak terpisahkan dari {kind} ini"',
                    ),
                    severity=Severity.info,
                )
                continue
            for position in referred:
                pending.setdefault(position, (index, text, referred))
        reported: set[int] = set()
        for position in sorted(pending):
            if position in declared:
                continue
            index, text, referred = pending[position]
            if index in reported:
                continue
            reported.add(index)
            numbers = [k.lampiran[p].nomor for p in sorted(referred) if p not in declared and k.lampiran[p].nomor]
            names = " dan ".join(f"Lampiran {n}" for n in numbers) or "Lampiran"
            bare = _BARE_END.search(text)
            match = _REFERENCE.search(text)
            assert match is not None
            if bare and kind == "Keputusan":
                quoted = bare.group(0)
                new = f"{bare['lampiran']} yang merupakan bagian tidak terpisahkan dari Keputusan ini"
                fix: Fix | None = Fix(quoted, new, safe=True)
            else:
                # The reference and the words after it, as a reader finds it on the page.
                after = re.match(r"(?:\s+[\w/-]+){0,3}", text[match.end() :])
                quoted, fix = match.group(0) + (after.group(0) if after else ""), None
            yield ctx.finding(
                type(self),
                f"diktum[{index}]",
                quoted,
                Message(
                    f'{names} tidak dinyatakan "merupakan bagian tidak terpisahkan dari {kind} ini"',
                    f'{names} is not declared "merupakan bagian tidak terpisahkan dari {kind} ini"',
                ),
                fix=fix,
            )
