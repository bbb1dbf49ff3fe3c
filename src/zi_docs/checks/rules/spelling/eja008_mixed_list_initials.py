"""EJA008: the items of one list begin some with a capital, some with a small letter."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ....i18n import Message
from ....model import Butir
from ....storage.regex_cache import regex
from ...context import CheckContext
from ...finding import Finding, Fix, Severity
from ...registry import Rule, register
from ._helpers import tokens_of

_FIRST = regex(r"[A-Za-zÀ-ÖØ-öø-ÿ][\w'’-]*")


def _lists(items: list[Butir], path: str) -> Iterator[tuple[str, list[Butir]]]:
    """Every list of items with the path of its parent, nested lists included."""
    if items:
        yield path, items
    for index, butir in enumerate(items):
        yield from _lists(butir.rincian, f"{path}[{index}].rincian")


def _initial(teks: str) -> tuple[str, str] | None:
    """("upper"/"lower", first word), or None when the item opens with a number, an
    acronym or a code: its case is not a choice."""
    m = _FIRST.match(teks.lstrip(" \"'“(*"))
    if not m:
        return None
    word = m.group()
    if len(word) < 2 or word.isupper() or any(c.isupper() for c in word[1:]):
        return None
    if word.casefold() == "bahwa":  # a capital "Bahwa" is STR005's finding
        return None
    return ("upper" if word[0].isupper() else "lower"), word


def _titles(ctx: CheckContext) -> frozenset[str]:
    """Words written with a capital in the middle of a sentence in the body of the
    decree (Menimbang, Mengingat, diktum): titles and names such as Direktur, Tim."""
    cached = ctx.cache.get("eja.titles")
    if cached is None:
        found = set()
        for path, text in ctx.texts():
            if not path.startswith(("menimbang", "mengingat", "diktum")) or not path.endswith("teks"):
                continue
            for tok in tokens_of(ctx, text):
                if not tok.sentence_start and tok.text[:1].isupper() and not tok.text.isupper():
                    found.add(tok.text)
        cached = ctx.cache["eja.titles"] = frozenset(found)
    return cached


@register
class MixedListInitials(Rule):
    code = "EJA008"
    name = "mixed-list-initials"
    severity = Severity.warning
    summary = Message(
        "butir satu daftar diawali huruf kapital dan huruf kecil bercampur",
        "items of one list mix capital and small initials",
    )
    why = Message(
        "Rincian yang merupakan bagian dari satu kalimat (diakhiri titik koma) diawali huruf kecil, "
        "dan semua butir satu daftar ditulis seragam.  Butir yang berbeda dari kebanyakan butir "
        "daftarnya dilaporkan.",
        "Items that continue one sentence (ending with semicolons) begin with a small letter, and all "
        "items of one list are written alike.  Items that differ from most of their list are reported.",
    )
    source = "UU 12/2011 Lampiran II angka 98–99 (rincian); Pedoman Umum EYD V, bab I.B"

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        kep = ctx.keputusan
        roots: list[tuple[str, list[Butir]]] = [("menimbang", kep.menimbang)]
        roots += [(f"diktum[{i}].rincian", d.rincian) for i, d in enumerate(kep.diktum)]
        for root, items in roots:
            for path, group in _lists(items, root):
                yield from self._check_list(ctx, path, group)

    def _check_list(self, ctx: CheckContext, path: str, group: list[Butir]) -> Iterator[Finding]:
        initials = [_initial(b.teks) for b in group]
        cases = [i[0] for i in initials if i]
        if len(cases) < 3 or len(set(cases)) < 2:
            return  # alike already (leaving out titles below only takes items away)
        titles = _titles(ctx)
        # an item that opens with a title or a name (Direktur …, Tim Kerja …) is capital
        # by right: it neither sets nor breaks the list's pattern
        initials = [None if i and i[1] in titles else i for i in initials]
        cases = [i[0] for i in initials if i]
        if len(cases) < 3 or len(set(cases)) < 2:
            return
        upper, lower = cases.count("upper"), cases.count("lower")
        # a tie goes to the first item: it sets the list's pattern
        majority = "upper" if upper > lower else "lower" if lower > upper else cases[0]
        for index, (butir, initial) in enumerate(zip(group, initials, strict=True)):
            if initial is None or initial[0] == majority:
                continue
            word = initial[1]
            right = word[0].upper() + word[1:] if majority == "upper" else word[0].lower() + word[1:]
            label = (butir.label or str(index + 1)).strip()
            yield ctx.finding(
                type(self),
                f"{path}[{index}].teks",
                word,
                Message(
                    f'butir {label} diawali "{word}", butir lain daftar ini diawali huruf '
                    f'{"kapital" if majority == "upper" else "kecil"}: "{right}"',
                    f'item {label} begins with "{word}" while the other items of this list begin with a '
                    f'{"capital" if majority == "upper" else "small"} letter: "{right}"',
                ),
                fix=Fix(word, right, safe=False),
            )
