"""STR020: the enactment says "Ditetapkan di <tempat>" and "pada tanggal 4 Januari 2021": a
place, no comma or colon after "tanggal", the day without a leading zero, the month in words
as KBBI spells it, the year in four digits.

The model keeps the date as a date, so the form is judged on the lines as printed
(:attr:`~zi_docs.checks.context.CheckContext.printed`); a decree loaded from YAML is always
printed in the right form, and only a missing place is judged there.  A line that holds no
date a reader can make out (a draft's empty "pada tanggal", an OCR smudge) is not judged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date

from ....i18n import Message
from ....model.tanggal import NAMA_BULAN, angka_bulan, format_tanggal
from ....storage.regex_cache import regex
from ...context import CheckContext
from ...finding import Finding, Fix, Severity
from ...registry import Rule, register
from ._helpers import normalise

_PADA_TANGGAL = regex(r"\bpada\s+tanggal\b(?P<mark>\s*[,:;.]+)?\s*(?P<date>.*)$", re.IGNORECASE)
_NUMERIC = regex(r"^(?P<d>\d{1,2})\s*(?P<sep>[-/.])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*(?P<y>\d{4})\b")
_WORDS = regex(r"^(?P<d>\d{1,2})\s+(?P<m>[A-Za-z]+)\.?\s+(?P<y>\d{2,4})\b")
#: A Lampiran's closing place and date: "Penajam, 8 September 2025".
_TEMPAT_TANGGAL = regex(r"^(?P<tempat>[A-Z][A-Za-z .'-]{1,40}),\s*(?P<date>\d.*)$")
_DITETAPKAN = regex(r"^(?:Ditetapkan|DITETAPKAN)\s+(?:di|DI)\b\s*(?P<colon>:)?\s*(?P<rest>.*)$")


def _month(word: str) -> int | None:
    """The month a written name means, also shortened ("Sept", "Des") or in an old spelling."""
    number = angka_bulan(word)
    if number is None and len(word) >= 3:
        found = [n for n, name in NAMA_BULAN.items() if name.casefold().startswith(word.casefold())]
        number = found[0] if len(found) == 1 else None
    return number


def _date(day: str, month: int, year: str) -> date | None:
    try:
        return date(int(year), month, int(day))
    except ValueError:
        return None


@register
class DateForm(Rule):
    code = "STR020"
    name = "date-form"
    severity = Severity.warning
    summary = Message(
        'tempat atau tanggal penetapan tidak ditulis "Ditetapkan di … pada tanggal 4 Januari 2021"',
        'the place or date of enactment is not written "Ditetapkan di … pada tanggal 4 Januari 2021"',
    )
    why = Message(
        'Penandatanganan memuat tempat dan tanggal penetapan: "Ditetapkan di" diikuti nama tempat, lalu '
        '"pada tanggal" diikuti tanggal dengan nama bulan ditulis lengkap (4 Januari 2021), tanpa tanda baca '
        "di antaranya. Tanggal berangka saja (04-01-2021, 4/1/2021) dapat dibaca lain dan tidak lazim dalam "
        "naskah dinas.",
        'The signature holds the place and date of enactment: "Ditetapkan di" and the place, then "pada '
        'tanggal" and the date with the month written in full (4 Januari 2021), with no mark between. A date '
        "in figures only (04-01-2021, 4/1/2021) can be read otherwise and is not used in official documents.",
    )
    source = (
        "UU 12/2011 Lampiran II Bab I huruf D (Penutup: penandatanganan dan contohnya); Pedoman Umum EYD V (penulisan "
        "tanggal); KBBI (nama bulan: Februari, November)"
    )

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        penetapan = ctx.keputusan.penetapan
        place = ctx.printed.get("penetapan.tempat")
        if penetapan is not None and not (penetapan.tempat or "").strip() and place is None:
            yield self._no_place(ctx, "Ditetapkan di")
        aligned = False
        if place is not None and (match := _DITETAPKAN.match(place)):
            aligned = match["colon"] is not None
            rest = _PADA_TANGGAL.sub("", match["rest"]).strip(" ,")
            tempat = normalise(penetapan.tempat if penetapan is not None else "")
            # With nothing after "Ditetapkan di" the reader takes the next line as the place
            # (a label column printed before its values); the issuer's title is no place.
            if not rest and (not tempat or tempat in normalise(ctx.keputusan.jabatan_pembentuk)):
                yield self._no_place(ctx, place.strip())
        line = ctx.printed.get("penetapan.tanggal")
        if line is not None and (match := _PADA_TANGGAL.search(line)):
            yield from self._date(ctx, "penetapan.tanggal", match, aligned)
        for index, _lampiran in enumerate(ctx.keputusan.lampiran):
            path = f"lampiran[{index}].penandatanganan.tanggal"
            line = ctx.printed.get(path)
            if line is not None and (match := _PADA_TANGGAL.search(line) or _TEMPAT_TANGGAL.match(line)):
                yield from self._date(ctx, path, match, aligned)

    def _no_place(self, ctx: CheckContext, text: str) -> Finding:
        return ctx.finding(
            type(self),
            "penetapan.tempat",
            text,
            Message(
                'tempat penetapan tidak ditulis setelah "Ditetapkan di"',
                'the place of enactment is not written after "Ditetapkan di"',
            ),
        )

    def _date(self, ctx: CheckContext, path: str, match: re.Match[str], aligned: bool) -> Iterator[Finding]:
        written = match["date"].strip()
        mark = (match.groupdict().get("mark") or "").strip()
        if mark and written:
            shown = match.group(0).strip()
            # "Ditetapkan di : Bogor / Pada tanggal : 4 Januari 2021": colons aligned in a
            # column, an office's layout rather than a slip; noted only.
            layout = aligned and mark == ":"
            yield ctx.finding(
                type(self),
                path,
                shown,
                Message(
                    f'tanda "{mark}" setelah "pada tanggal"; tanggal langsung mengikutinya',
                    f'a "{mark}" after "pada tanggal"; the date follows it directly',
                ),
                fix=Fix(shown, re.sub(r"\s*[,:;.]+\s*", " ", shown, count=1)),
                severity=Severity.info if layout else None,
            )
        if numeric := _NUMERIC.match(written):
            day = _date(numeric["d"], int(numeric["m"]), numeric["y"])
            if day is None:
                return
            yield ctx.finding(
                type(self),
                path,
                numeric.group(0),
                Message(
                    f'tanggal penetapan ditulis dengan angka ("{numeric.group(0)}"); ditulis "{format_tanggal(day)}"',
                    f'the date of enactment is written in figures ("{numeric.group(0)}"); write '
                    f'"{format_tanggal(day)}"',
                ),
                fix=Fix(numeric.group(0), format_tanggal(day), safe=False),
            )
            return
        words = _WORDS.match(written)
        if words is None or written.isupper():
            return  # no date a reader can make out, or a heading-style line in capitals
        month = _month(words["m"])
        day = _date(words["d"], month, words["y"]) if month is not None and len(words["y"]) == 4 else None
        if day is None:
            return
        standard = format_tanggal(day)
        if " ".join(words.group(0).split()) == standard:
            return
        problems = []
        if words["d"].startswith("0"):
            problems.append(Message("tanpa angka nol di depan tanggal", "no leading zero before the day"))
        if words["m"] != NAMA_BULAN[day.month]:
            problems.append(
                Message(
                    f'nama bulan ditulis lengkap "{NAMA_BULAN[day.month]}"',
                    f'the month written in full as "{NAMA_BULAN[day.month]}"',
                )
            )
        if not problems:
            return
        yield ctx.finding(
            type(self),
            path,
            words.group(0),
            Message(
                f'tanggal penetapan "{words.group(0)}" ditulis "{standard}": ' + "; ".join(p.id for p in problems),
                f'the date of enactment "{words.group(0)}" is written "{standard}": '
                + "; ".join(p.en for p in problems),
            ),
            fix=Fix(words.group(0), standard),
            severity=Severity.warning,
        )
