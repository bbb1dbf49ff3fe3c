"""STR015: the diktum that adopts a Lampiran says it "merupakan bagian tidak terpisahkan dari Keputusan ini"."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ....grammar import NOT_ANOTHER_REGULATION, ROMAN_NUMERAL, lampiran_list
from ....i18n import Message
from ....model import Keputusan
from ....storage.regex_cache import regex
from ...context import CheckContext
from ...finding import Finding, Fix, Severity
from ...registry import Rule, register
from ._helpers import roman_value

_JOIN = r"(?:\s*,\s*(?:dan\s+)?|\s+(?:dan|atau|sampai\s+dengan|s\.d\.?)\s+)"
# A reference to one of this decree's Lampiran: "Lampiran", "Lampiran I dan Lampiran II";
# not "Lampiran-lampiran" nor another regulation's ("Lampiran Peraturan Menteri …").
_REFERENCE = regex(rf"\b[Ll]ampiran\b(?!-)(?:\s+{lampiran_list(_JOIN)})?{NOT_ANOTHER_REGULATION}")
# A diktum that adopts a Lampiran points to it: "tercantum dalam Lampiran", "sebagaimana
# Lampiran", "seperti terlampir dalam lampiran". A lampiran named otherwise ("kelengkapan
# lampiran", "Lampiran I dan Lampiran II merupakan …") is not the place the clause goes.
_POINTING = regex(r"\b(?:tercantum|terlampir|sebagaimana|seperti)\s+(?:(?:dalam|pada|di)\s+)?$", re.IGNORECASE)
# The statement and the kind of decree it names: "… (yang) merupakan bagian (yang) tidak
# terpisahkan dari Keputusan (Menteri) ini".
_CLAUSE = regex(
    r"\bmerupakan\s+bagian\s+(?:yang\s+)?tidak\s+terpisahkan\s+"
    r"(?P<tail>dari\s+(?P<kind>[^.;:]{1,80}?)\s+ini)\b",
    re.IGNORECASE,
)
# Inseparability said some other way ("yang tidak terpisahkan dari Keputusan Direktur ini").
_LOOSE = regex(r"\btidak\s+terpisahkan\b", re.IGNORECASE)
# "tercantum dalam Lampiran Keputusan ini": the standard clause goes in place of the bare
# "Keputusan ini" with no judgement needed.
_BARE_END = regex(rf"\b(?P<lampiran>[Ll]ampiran(?:\s+{ROMAN_NUMERAL})?)\s+(?P<kind>[Kk]eputusan\s+ini)\b")


def _diktum_texts(keputusan: Keputusan) -> Iterator[tuple[int, list[str]]]:
    """Each diktum's texts: its sentence, its items and its closing words."""

    def walk(items) -> Iterator[str]:
        for item in items:
            yield item.teks
            yield from walk(item.rincian)
            if item.teks_penutup:
                yield item.teks_penutup

    for index, diktum in enumerate(keputusan.diktum):
        parts = [diktum.teks, *walk(diktum.rincian), diktum.teks_penutup or ""]
        yield index, [p for p in parts if p]


def _positions(match: re.Match[str], count: int) -> set[int]:
    """The positions of the Lampiran one reference names (a bare "Lampiran": all of them)."""
    if not match["list"]:
        return set(range(count))
    values = [v for v in (roman_value(n) for n in re.findall(rf"\b{ROMAN_NUMERAL}\b", match["list"])) if v]
    if re.search(r"sampai\s+dengan|s\.d", match["list"]) and len(values) == 2 and values[0] < values[1]:
        values = list(range(values[0], values[1] + 1))
    return {v - 1 for v in values if 0 < v <= count}


def _references(text: str, count: int) -> tuple[set[int], list[tuple[re.Match[str], set[int]]]]:
    """The Lampiran a diktum names at all, and its references that point to one as its content."""
    named: set[int] = set()
    pointing = []
    for match in _REFERENCE.finditer(text):
        positions = _positions(match, count)
        named |= positions
        if positions and _POINTING.search(text[max(0, match.start() - 40) : match.start()]):
            pointing.append((match, positions))
    return named, pointing


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
        pending: list[tuple[int, str, re.Match[str], set[int]]] = []
        for index, texts in _diktum_texts(k):
            named: set[int] = set()
            pointing: list[tuple[str, re.Match[str], set[int]]] = []
            for text in texts:
                some, points = _references(text, count)
                named |= some
                pointing.extend((text, match, positions) for match, positions in points)
            if not named:
                continue
            clause = next((m for t in texts if (m := _CLAUSE.search(t))), None)
            loose = next(((t, m) for t in texts if (m := _LOOSE.search(t))), None)
            if clause:
                declared |= named
                if kind.lower() not in clause["kind"].lower():
                    yield self._wrong_kind(ctx, index, clause, kind)
            elif loose:
                declared |= named
                yield self._loose(ctx, index, *loose, kind)
            else:
                pending.extend((index, text, match, positions) for text, match, positions in pointing)
        # One finding per diktum, at its first reference, naming every Lampiran it leaves undeclared.
        by_diktum: dict[int, tuple[str, re.Match[str], set[int]]] = {}
        for index, text, match, positions in pending:
            first = by_diktum.setdefault(index, (text, match, set()))
            first[2].update(positions - declared)
        for index, (text, match, missing) in by_diktum.items():
            if missing:
                yield self._missing(ctx, index, text, match, [k.lampiran[p].nomor for p in sorted(missing)], kind)

    def _wrong_kind(self, ctx: CheckContext, index: int, clause: re.Match[str], kind: str) -> Finding:
        wrong = clause["kind"]
        return ctx.finding(
            type(self),
            f"diktum[{index}]",
            clause["tail"],
            Message(
                f'Lampiran dinyatakan bagian dari "{wrong} ini", padahal yang ditetapkan adalah '
                f'{kind.lower()}: ditulis "dari {kind} ini"',
                f'the Lampiran is declared part of "{wrong} ini" although this is a '
                f'{"regulation" if kind == "Peraturan" else "decree"}: write "dari {kind} ini"',
            ),
            fix=Fix(clause["tail"], f"dari {kind} ini", safe=True),
        )

    def _loose(self, ctx: CheckContext, index: int, text: str, loose: re.Match[str], kind: str) -> Finding:
        start = text.rfind(" yang ", 0, loose.start())
        quoted = text[start + 1 if start >= 0 else loose.start() : loose.end()]
        return ctx.finding(
            type(self),
            f"diktum[{index}]",
            quoted,
            Message(
                f'rumusan baku: "yang merupakan bagian tidak terpisahkan dari {kind} ini"',
                f'the standard wording is "yang merupakan bagian tidak terpisahkan dari {kind} ini"',
            ),
            severity=Severity.info,
        )

    def _missing(
        self, ctx: CheckContext, index: int, text: str, match: re.Match[str], numbers: list, kind: str
    ) -> Finding:
        names = " dan ".join(f"Lampiran {n}" for n in numbers if n) or "Lampiran"
        bare = _BARE_END.search(text, match.start())
        fix: Fix | None = None
        if bare and kind == "Keputusan":
            quoted = bare.group(0)
            fix = Fix(quoted, f"{bare['lampiran']} yang merupakan bagian tidak terpisahkan dari Keputusan ini")
        else:
            # The reference and the words after it, as a reader finds it on the page.
            after = re.match(r"(?:\s+[\w/-]+){0,3}", text[match.end() :])
            quoted = match.group(0) + (after.group(0) if after else "")
        return ctx.finding(
            type(self),
            f"diktum[{index}]",
            quoted,
            Message(
                f'{names} tidak dinyatakan "merupakan bagian tidak terpisahkan dari {kind} ini"',
                f'{names} is not declared "merupakan bagian tidak terpisahkan dari {kind} ini"',
            ),
            fix=fix,
        )
