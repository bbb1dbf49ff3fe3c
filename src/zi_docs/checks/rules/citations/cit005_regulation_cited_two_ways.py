"""CIT005: one regulation cited twice in a decree with different titles or years."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from ....i18n import Message
from ....language.peraturan import kind_key, normal_number, normal_title, slips_only
from ...context import CheckContext
from ...describe import describe_path
from ...finding import Finding, Severity
from ...registry import Rule, register
from ._helpers import Kutipan, citations


def _same_title(a: Kutipan, b: Kutipan) -> bool | None:
    """Whether two citations give one title; ``None`` when one gives none.

    A title in running text may run on into the sentence ("…Kabupaten/Kota, perlu
    menetapkan") or stop early: there the shorter must begin the longer.  A slip of the
    pen or of the scanner is the spelling rules' business, not another title."""
    if not a.judul or not b.judul:
        return None
    x, y = normal_title(a.judul), normal_title(b.judul)
    if x == y or slips_only(x, y):
        return True
    if not (a.lengkap and b.lengkap):
        shorter, longer = sorted((x.split(), y.split()), key=len)
        return len(shorter) >= 2 and slips_only(" ".join(shorter), " ".join(longer[: len(shorter)]))
    return False


def _shown(kutipan: Kutipan, other: Kutipan) -> str:
    """A title as a message shows it: one from running text cut to the other's length
    (it runs on into the sentence)."""
    title = kutipan.judul or ""
    if kutipan.lengkap or not other.judul:
        return title
    return " ".join(title.split()[: len(other.judul.split())]).rstrip(",;")


@register
class RegulationCitedTwoWays(Rule):
    code = "CIT005"
    name = "regulation-cited-two-ways"
    severity = Severity.warning
    fixes = False
    summary = Message(
        "satu peraturan dikutip dua kali dengan judul atau tahun yang berbeda",
        "one regulation is cited twice with different titles or years",
    )
    why = Message(
        "Peraturan yang sama dikutip dengan jenis, nomor, tahun dan judul yang sama di mana pun dalam keputusan "
        "(Mengingat, rangkaian perubahan, Menimbang, Memperhatikan, diktum); dua judul atau dua tahun untuk "
        "satu peraturan berarti salah satunya keliru.",
        "A regulation is cited with the same kind, number, year and title wherever the decree cites it "
        "(Mengingat, amendment chains, Menimbang, Memperhatikan, the diktum); two titles or two years for one "
        "regulation mean one of them is wrong.",
    )
    source = "UU 12/2011 Lampiran II, B.4 Dasar Hukum"

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        groups: dict[tuple[str, str], list[Kutipan]] = {}
        for kutipan in citations(ctx):
            groups.setdefault((kind_key(kutipan.jenis), normal_number(kutipan.nomor) or ""), []).append(kutipan)
        for group in groups.values():
            if len(group) > 1:
                yield from self._years(ctx, group)
                yield from self._titles(ctx, group)

    def _years(self, ctx: CheckContext, group: list[Kutipan]) -> Iterable[Finding]:
        """One regulation (same kind, number and title) with two years: reported where the
        year differs from the one most citations give (the first one's, on a tie)."""
        years = Counter(k.tahun for k in group)
        usual = max(years, key=lambda year: (years[year], -next(i for i, k in enumerate(group) if k.tahun == year)))
        for year in years:
            if year == usual:
                continue
            for odd in (k for k in group if k.tahun == year):
                match = next((k for k in group if k.tahun == usual and _same_title(k, odd) is True), None)
                if match is not None:
                    yield self._finding(ctx, match, odd, "year")
                    break

    def _titles(self, ctx: CheckContext, group: list[Kutipan]) -> Iterable[Finding]:
        """The same kind, number and year with two titles: reported at the later one, once."""
        for index, later in enumerate(group):
            first = next((k for k in group[:index] if k.tahun == later.tahun and _same_title(k, later) is False), None)
            if first is not None:
                yield self._finding(ctx, first, later, "title")
                return

    def _finding(self, ctx: CheckContext, first: Kutipan, later: Kutipan, what: str) -> Finding:
        there = describe_path(ctx.keputusan, first.path)
        if what == "year":
            text = later.written or later.name
            title = _shown(later, first)
            message = Message(
                f"{later.jenis} Nomor {later.nomor} tentang {title} ditulis bertahun {later.tahun} di sini, tetapi "
                f"{first.tahun} di {there('id')}",
                f"{later.jenis} Nomor {later.nomor} on {title} is given the year {later.tahun} here, but "
                f"{first.tahun} in {there('en')}",
            )
        else:
            text = _shown(later, first) or later.name
            other = _shown(first, later)
            message = Message(
                f'{later.name} berjudul "{text}" di sini, tetapi "{other}" di {there("id")}',
                f'{later.name} is titled "{text}" here, but "{other}" in {there("en")}',
            )
        return ctx.finding(type(self), later.path, text, message, related=(first.path,))
