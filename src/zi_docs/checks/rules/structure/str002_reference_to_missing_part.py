"""STR002: every "sebagaimana dimaksud dalam Diktum X / huruf y / angka n / Lampiran Z" exists."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ....grammar import NOT_ANOTHER_REGULATION, ORDINAL, ROMAN_NUMERAL, lampiran_list
from ....i18n import Message
from ....language.numbers import ordinal_value
from ....model import Butir, Keputusan
from ....storage.regex_cache import regex
from ...context import CheckContext
from ...finding import Finding, Severity
from ...registry import Rule, register
from ._helpers import body_texts, read_label, roman_value, to_roman

_LETTER = r"[a-z]{1,2}"
_NUMBER = r"\d{1,3}"
# "huruf a", "huruf a dan huruf b", "huruf a, huruf b, dan huruf c", "huruf a sampai dengan huruf d"
_JOIN = r"(?:\s*,\s*(?:dan\s+|atau\s+)?|\s+(?:dan|atau|sampai\s+dengan|s\.d\.?)\s+)"


def _series(word: str, unit: str) -> str:
    return rf"\b{word}\s+{unit}\b(?:{_JOIN}(?:{word}\s+)?{unit}\b)*"


_DIKTUM = regex(
    rf"\bDiktum\s+(?P<ordinal>{ORDINAL})\b"
    rf"(?:\s+(?P<sub>{_series('huruf', _LETTER)}|{_series('angka', _NUMBER)}))?",
    re.IGNORECASE,
)
# A bare "huruf a" / "angka 1" counts only after "dimaksud dalam/pada": elsewhere it is
# likely to point into another regulation ("Pasal 5 huruf a").
_LOCAL = regex(
    rf"\bdimaksud\s+(?:dalam|pada)\s+(?P<sub>{_series('huruf', _LETTER)}|{_series('angka', _NUMBER)})",
    re.IGNORECASE,
)
_LAMPIRAN = regex(rf"\bLampiran\s+{lampiran_list(_JOIN)}{NOT_ANOTHER_REGULATION}")


def _units(series: str) -> tuple[str, list[str], bool]:
    """``"huruf a sampai dengan huruf c"`` → ("huruf", ["a", "c"], True)."""
    word = series.split()[0].lower()
    units = re.findall(r"\b(?:[a-z]{1,2}|\d{1,3})\b", series[len(word) :], re.IGNORECASE)
    units = [u for u in units if u.lower() not in ("dan", "atau", "s", "d", "huruf", "angka", "sampai", "dengan")]
    is_range = bool(re.search(r"sampai\s+dengan|s\.d", series, re.IGNORECASE))
    return word, units, is_range


def _expand(values: list[int], is_range: bool) -> list[int]:
    if is_range and len(values) == 2 and values[0] < values[1] <= values[0] + 100:
        return list(range(values[0], values[1] + 1))
    return values


def _labels(items: list[Butir], kind: str) -> set[int]:
    values = set()
    for item in items:
        label = read_label(item.label, kind)
        if label is not None:
            values.add(label.value)
    return values


def _containing_diktum(path: str) -> int | None:
    match = re.match(r"diktum\[(\d+)\]", path)
    return int(match[1]) if match else None


def _containing_list(keputusan: Keputusan, path: str) -> tuple[str, list[Butir]] | None:
    """The list of items a bare "huruf a" in this text refers to: the Menimbang for a
    Menimbang item, the diktum's own items for a diktum's text."""
    if path.startswith("menimbang"):
        return "menimbang", keputusan.menimbang
    index = _containing_diktum(path)
    if index is not None and index < len(keputusan.diktum):
        return f"diktum[{index}]", keputusan.diktum[index].rincian
    return None


@register
class ReferenceToMissingPart(Rule):
    code = "STR002"
    name = "reference-to-missing-part"
    severity = Severity.error
    fixes = False
    summary = Message(
        "rujukan ke diktum, huruf, angka, atau Lampiran yang tidak ada",
        "reference to a diktum, letter, number or Lampiran that does not exist",
    )
    why = Message(
        'Frasa "sebagaimana dimaksud dalam" menunjuk bagian lain dari keputusan yang sama; bila bagian itu '
        "tidak ada, atau yang dirujuk adalah bagian itu sendiri, ketentuan kehilangan isinya dan "
        "penafsirannya menjadi tidak pasti.",
        'The phrase "sebagaimana dimaksud dalam" points to another part of the same decree; when that part '
        "does not exist, or the reference is to the part itself, the provision loses its content and its "
        "reading becomes uncertain.",
    )
    source = "UU 12/2011 Lampiran II angka 219-222"

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        k = ctx.keputusan
        ordinals = {ordinal_value(d.label): i for i, d in enumerate(k.diktum)}
        lampiran = {roman_value(lamp.nomor) for lamp in k.lampiran if lamp.nomor}
        for path, text in body_texts(k):
            # each pattern holds its keyword, which a substring search finds faster than the
            # case-blind pattern (outside ASCII, case-blind matching is wider): most texts
            # hold none (~0.5 ms a check)
            low = text.lower() if text.isascii() else None
            if low is None or "diktum" in low:
                yield from self._diktum(ctx, path, text, ordinals)
            if low is None or "dimaksud" in low:
                yield from self._local(ctx, path, text)
            if k.lampiran and "Lampiran" in text:
                yield from self._lampiran(ctx, path, text, lampiran)

    def _missing(self, ctx: CheckContext, path: str, text: str, id_: str, en: str) -> Finding:
        return ctx.finding(type(self), path, text, Message(id_, en))

    def _diktum(self, ctx: CheckContext, path: str, text: str, ordinals: dict) -> Iterator[Finding]:
        here = _containing_diktum(path)
        for match in _DIKTUM.finditer(text):
            value = ordinal_value(match["ordinal"])
            target = ordinals.get(value)
            quoted = match.group(0)
            if target is None:
                yield self._missing(
                    ctx, path, quoted,
                    f"rujukan ke Diktum {match['ordinal']}, padahal diktum itu tidak ada",
                    f"reference to Diktum {match['ordinal']}, which does not exist",
                )  # fmt: skip
                continue
            if target == here and not match["sub"]:
                yield self._missing(
                    ctx, path, quoted,
                    f"Diktum {match['ordinal']} merujuk dirinya sendiri",
                    f"Diktum {match['ordinal']} refers to itself",
                )  # fmt: skip
                continue
            if match["sub"]:
                yield from self._sub(ctx, path, quoted, match["sub"], ctx.keputusan.diktum[target].rincian,
                                     f"Diktum {match['ordinal']}")  # fmt: skip

    def _local(self, ctx: CheckContext, path: str, text: str) -> Iterator[Finding]:
        found = _containing_list(ctx.keputusan, path)
        if found is None:
            return
        where, items = found
        for match in _LOCAL.finditer(text):
            # "Diktum KESATU huruf a" was judged against KESATU already.
            before = text[: match.start("sub")]
            if re.search(rf"Diktum\s+(?:{ORDINAL})\s*$", before, re.IGNORECASE):
                continue
            name = (
                "Menimbang"
                if where == "menimbang"
                else f"Diktum {ctx.keputusan.diktum[_containing_diktum(path)].label}"
            )
            yield from self._sub(ctx, path, match["sub"], match["sub"], items, name, own=path)

    def _sub(
        self,
        ctx: CheckContext,
        path: str,
        quoted: str,
        series: str,
        items: list[Butir],
        name: str,
        own: str | None = None,
    ) -> Iterator[Finding]:
        word, units, is_range = _units(series)
        kind = "letter" if word == "huruf" else "number"
        exists = _labels(items, kind)
        if not exists and all(item.label is None for item in items) and items:
            exists = set(range(1, len(items) + 1))  # unlabelled items are numbered by position
        values = []
        for unit in units:
            label = read_label(unit, kind)
            if label is not None:
                values.append((unit, label.value))
        wanted = _expand([v for _, v in values], is_range)
        shown = {v: u for u, v in values}
        own_value = None
        if own is not None and own.startswith("menimbang["):
            index = int(re.match(r"menimbang\[(\d+)\]", own)[1])
            own_label = read_label(ctx.keputusan.menimbang[index].label, "letter")
            own_value = own_label.value if own_label else index + 1
        for value in wanted:
            unit = shown.get(value, str(value))
            if value == own_value and "rincian" not in own:
                yield self._missing(
                    ctx, path, quoted,
                    f"{name} {word} {unit} merujuk dirinya sendiri",
                    f"{name} {word} {unit} refers to itself",
                )  # fmt: skip
            elif value not in exists:
                en_word = "letter" if word == "huruf" else "number"
                yield self._missing(
                    ctx, path, quoted,
                    f"rujukan ke {word} {unit} dalam {name}, padahal {word} itu tidak ada",
                    f"reference to {en_word} {unit} of {name}, which does not exist",
                )  # fmt: skip

    def _lampiran(self, ctx: CheckContext, path: str, text: str, existing: set) -> Iterator[Finding]:
        for match in _LAMPIRAN.finditer(text):
            numerals = re.findall(rf"\b{ROMAN_NUMERAL}\b", match["list"])
            values = _expand([v for v in (roman_value(n) for n in numerals) if v], "sampai" in match["list"])
            for value in values:
                numeral = to_roman(value)
                if value not in existing:
                    yield self._missing(
                        ctx, path, match.group(0),
                        f"rujukan ke Lampiran {numeral}, padahal Lampiran itu tidak ada",
                        f"reference to Lampiran {numeral}, which does not exist",
                    )  # fmt: skip
