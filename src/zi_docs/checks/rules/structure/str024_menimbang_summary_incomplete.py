"""STR024: the last Menimbang item, which sums up the others, cites every one of them."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ....i18n import Message
from ....model import Butir
from ....storage.regex_cache import regex
from ...context import CheckContext
from ...finding import Finding, Severity
from ...registry import Rule, register
from ._helpers import read_label

# "berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, huruf b, dan huruf c",
# "… huruf a dan b", "… huruf a sampai dengan huruf d", "berdasarkan pertimbangan huruf b"
_SUMMARY = regex(r"\bberdasarkan\s+pertimbangan\b", re.IGNORECASE)
_UNIT = r"\(?(?:[a-z]{1,2}|\d{1,2})\)?(?!\w)"
_JOIN = r"(?:\s*,\s*(?:dan\s+)?|\s+(?:dan|sampai\s+dengan|s\.d\.?)\s+)"
# "huruf" may stand glued to its letter where a scan's text layer lost the space ("hurufa,").
_CITED = regex(
    rf"\b(?P<word>huruf|angka)\s*(?P<series>{_UNIT}(?:{_JOIN}(?:(?:huruf|angka)\s+)?{_UNIT})*)",
    re.IGNORECASE,
)


def _cited(text: str, kind: str) -> set[int]:
    """The items a recital cites by letter (or number), ranges expanded."""
    values: set[int] = set()
    for match in _CITED.finditer(text):
        series = re.sub(r"\bs\.d\b\.?", " ", match["series"], flags=re.IGNORECASE)  # "a s.d. d": not letters
        units = re.findall(r"\(?\b([a-z]{1,2}|\d{1,2})\b\)?", series, re.IGNORECASE)
        numbers = [
            label.value
            for unit in units
            if (label := read_label(unit.lower() if kind == "letter" else unit, kind)) is not None
        ]
        if re.search(r"sampai\s+dengan|s\.d", match["series"], re.IGNORECASE) and len(numbers) == 2:
            numbers = list(range(numbers[0], numbers[1] + 1)) if numbers[0] < numbers[1] <= 30 else numbers
        values.update(numbers)
    return values


def _series(word: str, labels: list[str]) -> str:
    """``huruf a``, ``huruf a dan huruf b``, ``huruf a, huruf b, dan huruf c``, as Lampiran II writes them."""
    named = [f"{word} {label}" for label in labels]
    if len(named) <= 2:
        return " dan ".join(named)
    return ", ".join(named[:-1]) + ", dan " + named[-1]


def _kind(items: list[Butir]) -> str | None:
    first = read_label(items[0].label) if items[0].label else None
    return first.kind if first is not None and first.kind in ("letter", "number") else None


@register
class MenimbangSummaryIncomplete(Rule):
    code = "STR024"
    name = "menimbang-summary-incomplete"
    severity = Severity.warning
    fixes = False
    summary = Message(
        "butir Menimbang terakhir tidak menyebut semua pertimbangan sebelumnya",
        "the last Menimbang item does not cite every consideration before it",
    )
    why = Message(
        'Butir terakhir konsiderans merangkum pertimbangan sebelumnya: "bahwa berdasarkan pertimbangan '
        'sebagaimana dimaksud dalam huruf a, huruf b, dan huruf c, perlu menetapkan …". Pertimbangan yang '
        "tidak disebut di situ terlepas dari dasar penetapan keputusan.",
        'The last recital sums up the ones before it: "bahwa berdasarkan pertimbangan sebagaimana dimaksud '
        'dalam huruf a, huruf b, dan huruf c, perlu menetapkan …". A consideration it leaves out no longer '
        "bears on why the decree is made.",
    )
    source = "UU 12/2011 Lampiran II angka 19-26 (konsiderans)"

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        items = ctx.keputusan.menimbang
        if len(items) < 2 or not _SUMMARY.search(items[-1].teks):
            return
        kind = _kind(items)
        if kind is None:
            return
        labels: dict[int, str] = {}
        cites: dict[int, set[int]] = {}
        for item in items[:-1]:
            label = read_label(item.label, kind)
            if label is None:
                return  # labels a reader could not make out: nothing sure to compare
            labels[label.value] = item.label.strip().rstrip(".)").lstrip("(")
            cites.setdefault(label.value, set()).update(_cited(item.teks, kind))
        direct = _cited(items[-1].teks, kind)
        if not direct:
            return  # "berdasarkan pertimbangan tersebut di atas": it cites none by letter
        reached = set(direct)
        frontier = list(direct)
        while frontier:  # "c. … huruf b" where b says "berdasarkan pertimbangan huruf a": a is cited
            for value in cites.get(frontier.pop(), ()):
                if value not in reached:
                    reached.add(value)
                    frontier.append(value)
        word = "huruf" if kind == "letter" else "angka"
        missing = [labels[v] for v in labels if v not in reached]
        skipped = [labels[v] for v in labels if v not in direct]
        if not skipped:
            return
        every = _series(word, list(labels.values()))
        path = f"menimbang[{len(items) - 1}]"
        match = _CITED.search(items[-1].teks)
        assert match is not None
        quoted = match.group(0)
        if missing:
            names = _series(word, missing)
            yield ctx.finding(
                type(self),
                path,
                quoted,
                Message(
                    f'butir terakhir Menimbang tidak menyebut {names}; ditulis "{every}"',
                    f'the last Menimbang item leaves out {names}; write "{every}"',
                ),
            )
            return
        names = _series(word, skipped)
        yield ctx.finding(
            type(self),
            path,
            quoted,
            Message(
                f"butir terakhir Menimbang menyebut {names} hanya melalui butir lain; rumusan baku menyebut "
                f'semuanya: "{every}"',
                f"the last Menimbang item cites {names} only through another item; the standard wording "
                f'cites them all: "{every}"',
            ),
            severity=Severity.info,
        )
