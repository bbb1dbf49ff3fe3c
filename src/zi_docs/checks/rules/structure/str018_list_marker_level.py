"""STR018: the markers of nested items follow their level (a. → 1. → a) → 1)).

UU 12/2011 Lampiran II angka 98 orders the levels: small letter with a full stop, Arabic
numeral with a full stop, small letter with a closing bracket, Arabic numeral with a
closing bracket.  KPU decrees start a diktum's list at "1." and go on with "a.", "1)",
"a)", so the rule does not insist on where a list starts; what both orders share is that
the bracket forms are the inner levels, and letters and numbers take turns.  A list marked
"a." or "1." under an item marked "3)" goes back up the order; a list marked like its own
parent ("1)" under "2)"), or with the parent's kind in brackets ("a)" under "b."), does not
take the next level of either order.  Lists marked with a full stop under one marked with a full stop are not
judged: text readers nest those by the labels themselves, so a wrong level there is
mostly the reader's guess, not the printed decree.

Menimbang items are lettered and Mengingat items numbered (Lampiran II Bab I huruf B): another kind
there is noted (info), because offices outside the KPU number their recitals their own
way.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ....i18n import Message
from ...context import CheckContext
from ...finding import Finding, Severity
from ...registry import Rule, register
from ._helpers import Label, iter_lists, read_label


def _bracket(label: Label | None) -> bool:
    return label is not None and label.suffix == ")" and not label.prefix


def _dot(label: Label | None) -> bool:
    return label is not None and label.suffix == "." and not label.prefix


def _inner(parent: Label) -> str:
    """The marker kind a level below a bracketed ``parent``: "3)" → "a)", "b)" → "1)"."""
    return "a)" if parent.kind == "number" else "1)"


@register
class ListMarkerLevel(Rule):
    code = "STR018"
    name = "list-marker-level"
    severity = Severity.warning
    fixes = False
    summary = Message(
        "tanda rincian tidak sesuai tingkatnya (a. → 1. → a) → 1))",
        "an item marker does not fit its level (a. → 1. → a) → 1))",
    )
    why = Message(
        "Pembagian rincian dengan urutan makin kecil ditulis dengan huruf kecil bertitik, angka Arab "
        "bertitik, huruf kecil berkurung tutup, lalu angka Arab berkurung tutup. Rincian bertanda titik di "
        "bawah butir berkurung tutup kembali ke tingkat yang lebih tinggi, dan rincian bertanda sama dengan "
        'butir induknya tidak dapat dibedakan darinya, sehingga rujukan seperti "huruf a" menjadi kabur.',
        "Ever smaller levels of items are marked with a small letter and a full stop, an Arabic numeral and "
        "a full stop, a small letter and a closing bracket, then an Arabic numeral and a closing bracket. "
        "Items marked with a full stop under an item marked with a bracket go back up the levels, and items "
        'marked like their parent cannot be told from it, so that a reference such as "huruf a" is unclear.',
    )
    source = (
        "UU 12/2011 Lampiran II angka 98 (tabulasi) dan Bab I huruf B (konsiderans a., b.; dasar hukum 1., 2.); "
        "tata naskah dinas KPU (diktum: 1. → a. → 1) → a))"
    )

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        yield from self._recitals(ctx)
        for path, items, _depth in iter_lists(ctx.keputusan):
            yield from self._sublists(ctx, path, items)

    def _sublists(self, ctx: CheckContext, path: str, items: list) -> Iterator[Finding]:
        # ``iter_lists`` gives every list; here each list is judged against its parent item.
        for index, item in enumerate(items):
            if not item.rincian:
                continue
            parent = read_label(item.label)
            first = item.rincian[0]
            child = read_label(first.label)
            if parent is None or child is None or child.prefix or parent.kind == "roman" or child.kind == "roman":
                continue
            where = f"{path}[{index}].rincian[0]"
            if _dot(parent) and _bracket(child) and child.kind == parent.kind:
                # "a)" under "b.", "1)" under "2.": both orders turn to the other kind here.
                other = "1." if parent.kind == "letter" else "a."
                yield ctx.finding(
                    type(self),
                    where,
                    first.label or "",
                    Message(
                        f'rincian di bawah butir "{item.label}" bertanda "{first.label}", jenis tanda yang sama; '
                        f'seharusnya "{other}" atau "{other[0]})"',
                        f'the items under "{item.label}" are marked "{first.label}", the same kind of marker; '
                        f'they should be marked "{other}" or "{other[0]})"',
                    ),
                )
                continue
            if not _bracket(parent):
                continue
            expected = _inner(parent)
            if _dot(child):
                yield ctx.finding(
                    type(self),
                    where,
                    first.label or "",
                    Message(
                        f'rincian di bawah butir "{item.label}" bertanda "{first.label}", tingkat di atasnya; '
                        f'seharusnya "{expected}" (a. → 1. → a) → 1))',
                        f'the items under "{item.label}" are marked "{first.label}", a higher level; they '
                        f'should be marked "{expected}" (a. → 1. → a) → 1))',
                    ),
                )
            elif child.kind == parent.kind and child.suffix == parent.suffix:
                yield ctx.finding(
                    type(self),
                    where,
                    first.label or "",
                    Message(
                        f'rincian di bawah butir "{item.label}" bertanda sama ("{first.label}"); '
                        f'seharusnya "{expected}"',
                        f'the items under "{item.label}" are marked the same way ("{first.label}"); they '
                        f'should be marked "{expected}"',
                    ),
                )

    def _recitals(self, ctx: CheckContext) -> Iterator[Finding]:
        k = ctx.keputusan
        for part, items, want, name in (
            ("menimbang", k.menimbang, "letter", "huruf (a., b., c.)"),
            ("mengingat", k.mengingat, "number", "angka (1., 2., 3.)"),
        ):
            labels = [read_label(item.label) for item in items]
            known = [label for label in labels if label is not None]
            # Only a list that is wholly of the other kind: a single odd label is STR001's.
            if len(known) < 2 or len(known) != len(items) or any(label.kind == want for label in known):
                continue
            english = "letters (a., b., c.)" if want == "letter" else "numbers (1., 2., 3.)"
            yield ctx.finding(
                type(self),
                f"{part}[0]",
                items[0].label or "",
                Message(
                    f'butir {part.capitalize()} bertanda "{items[0].label}"; lazimnya diberi {name}',
                    f'the {part.capitalize()} items are marked "{items[0].label}"; they are usually marked with '
                    f"{english}",
                ),
                severity=Severity.info,
            )
