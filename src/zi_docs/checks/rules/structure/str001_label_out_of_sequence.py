"""STR001: letters and numbers run in sequence, without a gap or a repeat."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ....i18n import Message
from ....language.numbers import ordinal, ordinal_value
from ....model import LampiranRencanaAksi, LampiranSusunanTim
from ...classify import JenisKeputusan, klasifikasi
from ...context import CheckContext
from ...finding import Finding, Fix, Severity
from ...registry import Rule, register
from ._helpers import Label, iter_lists, read_label


@dataclass
class _Item:
    path: str
    text: str
    """The label as printed."""
    value: int | None
    label: Label | None = None
    """``None`` for diktum ordinals."""


_WHAT = {
    "diktum": Message("diktum", "diktum"),
    "menimbang": Message("huruf Menimbang", "Menimbang letter"),
    "mengingat": Message("angka Mengingat", "Mengingat number"),
    "memperhatikan": Message("nomor Memperhatikan", "Memperhatikan number"),
    "list": Message("nomor butir", "item label"),
    "lampiran": Message("nomor Lampiran", "Lampiran number"),
    "group": Message("nomor kelompok", "group label"),
    "member": Message("nomor baris", "row number"),
    "section": Message("nomor bagian", "section numeral"),
    "row": Message("nomor baris", "row number"),
}


@register
class LabelOutOfSequence(Rule):
    code = "STR001"
    name = "label-out-of-sequence"
    severity = Severity.error
    summary = Message(
        "huruf atau nomor tidak berurutan (terlewat atau berulang)",
        "letters or numbers are not in sequence (skipped or repeated)",
    )
    why = Message(
        "Rincian diberi huruf atau angka secara berurutan; diktum diberi urutan KESATU, KEDUA, dan "
        "seterusnya; Lampiran diberi angka Romawi. Nomor yang berulang atau terlewat membuat rujukan "
        '("sebagaimana dimaksud dalam huruf c") menunjuk ke tempat yang salah dan menandakan bagian '
        "yang hilang atau tersalin dua kali.",
        "Items are lettered or numbered in sequence; diktum are ordered KESATU, KEDUA and so on; "
        'Lampiran carry Roman numerals. A repeated or skipped label makes references ("as meant in '
        'letter c") point to the wrong place and is a sign of a part lost or copied twice.',
    )
    source = "UU 12/2011 Lampiran II angka 98, 206-207; PKPU 1/2022"

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        k = ctx.keputusan
        diktum = [_Item(f"diktum[{i}]", d.label, ordinal_value(d.label)) for i, d in enumerate(k.diktum)]
        # Articles labelled "Pasal 1" (a regulation read as a decree) are not ordinals to count.
        if any(item.value is not None for item in diktum):
            yield from self._sequence(ctx, diktum, "diktum")
        yield from self._labelled(ctx, [(f"menimbang[{i}]", b.label) for i, b in enumerate(k.menimbang)], "menimbang")
        yield from self._labelled(ctx, [(f"mengingat[{i}]", b.label) for i, b in enumerate(k.mengingat)], "mengingat")
        yield from self._labelled(
            ctx, [(f"memperhatikan[{i}]", b.label) for i, b in enumerate(k.memperhatikan)], "memperhatikan"
        )
        # An amendment numbers its changes across the articles it quotes ("1. Ketentuan
        # Pasal 7 diubah …", the quoted article, "2. …"): the lists a reader finds inside
        # the diktum of an amendment are those quotes, not this decree's own lists.
        amends = klasifikasi(ctx).jenis is JenisKeputusan.perubahan
        for path, items, _depth in iter_lists(k):
            if amends and path.startswith("diktum["):
                continue
            yield from self._labelled(ctx, [(f"{path}[{i}]", b.label) for i, b in enumerate(items)], "list")
        for i, d in enumerate(k.diktum):
            yield from self._groups(ctx, f"diktum[{i}]", d.kelompok)
        yield from self._labelled(
            ctx, [(f"lampiran[{i}]", lampiran.nomor) for i, lampiran in enumerate(k.lampiran)], "lampiran"
        )
        for i, lampiran in enumerate(k.lampiran):
            if isinstance(lampiran, LampiranSusunanTim):
                yield from self._groups(ctx, f"lampiran[{i}]", lampiran.kelompok)
            elif isinstance(lampiran, LampiranRencanaAksi):
                sections = [(f"lampiran[{i}].bagian[{j}]", b.nomor) for j, b in enumerate(lampiran.bagian)]
                yield from self._labelled(ctx, sections, "section", kind="roman")
                for j, bagian in enumerate(lampiran.bagian):
                    # Rows without a number continue the numbered row above them.
                    rows = [(f"lampiran[{i}].bagian[{j}].baris[{r}]", row.nomor) for r, row in enumerate(bagian.baris)]
                    yield from self._labelled(ctx, rows, "row", kind="number")

    def _groups(self, ctx: CheckContext, prefix: str, groups: list) -> Iterator[Finding]:
        # Group rows mix levels ("1. PENGARAH", "2. TIM KERJA", "a. TIM …"): each kind of
        # label runs in its own sequence, and letters start again under a new number.
        by_kind: dict[str, list[tuple[str, str | None]]] = {}
        for g, group in enumerate(groups):
            label = read_label(group.label)
            if label is not None and label.kind == "number":
                yield from self._labelled(ctx, by_kind.pop("letter", []), "group")
            if label is not None:
                by_kind.setdefault(label.kind, []).append((f"{prefix}.kelompok[{g}]", group.label))
            members = [(f"{prefix}.kelompok[{g}].anggota[{a}]", m.nomor) for a, m in enumerate(group.anggota)]
            yield from self._labelled(ctx, members, "member", kind="number")
        for items in by_kind.values():
            yield from self._labelled(ctx, items, "group")

    def _labelled(
        self, ctx: CheckContext, labels: list[tuple[str, str | None]], what: str, kind: str | None = None
    ) -> Iterator[Finding]:
        present = [(path, text) for path, text in labels if text is not None and text.strip()]
        if not present:
            return
        first = read_label(present[0][1], kind)
        if first is None:
            return  # not a list of letters or numbers (a free label): nothing to count
        items = []
        for path, text in present:
            label = read_label(text, first.kind)
            items.append(_Item(path, text, label.value if label else None, label))
        yield from self._sequence(ctx, items, what, first)

    def _sequence(
        self, ctx: CheckContext, items: list[_Item], what: str, style: Label | None = None
    ) -> Iterator[Finding]:
        def show(value: int) -> str:
            if style is None:
                return ordinal(value) if value >= 1 else "?"
            return style.render(value)

        noun = _WHAT[what]
        previous = 0
        for position, item in enumerate(items):
            if item.value is None:
                yield ctx.finding(
                    type(self),
                    item.path,
                    item.text,
                    Message(
                        f'{noun.id} "{item.text.strip()}" tidak sejenis dengan {noun.id} lainnya; seharusnya {show(previous + 1)}',
                        f'{noun.en} "{item.text.strip()}" is not of the same kind as the others; expected {show(previous + 1)}',
                    ),
                )
                previous += 1
                continue
            expected = previous + 1
            if item.value != expected:
                if item.value == previous:
                    message = Message(
                        f"{noun.id} {item.text.strip()} berulang; seharusnya {show(expected)}",
                        f"{noun.en} {item.text.strip()} is repeated; expected {show(expected)}",
                    )
                elif item.value > expected:
                    skipped = (
                        show(expected) if item.value == expected + 1 else f"{show(expected)}–{show(item.value - 1)}"
                    )
                    message = Message(
                        f"{noun.id} {item.text.strip()} melompati {skipped}; seharusnya {show(expected)}",
                        f"{noun.en} {item.text.strip()} skips {skipped}; expected {show(expected)}",
                    )
                else:
                    message = Message(
                        f"{noun.id} {item.text.strip()} tidak berurutan; seharusnya {show(expected)}",
                        f"{noun.en} {item.text.strip()} is out of order; expected {show(expected)}",
                    )
                # Renumbering may be what the drafter wants, or the row may be a copy
                # to delete: a person decides.
                fix = Fix(item.text, show(expected), safe=False) if expected >= 1 else None
                yield ctx.finding(type(self), item.path, item.text, message, fix=fix)
                # One mistake, one finding.  When the next label is the one after the
                # expected one, this label was a slip for the expected one ("1, 1, 3");
                # otherwise the count goes on from the highest label seen, so that a
                # repeated row ("1, 1, 2") or a skip ("1, 3, 4") is reported once.
                following = items[position + 1].value if position + 1 < len(items) else None
                if following == expected + 1 or fix is None:
                    previous = expected if following == expected + 1 else max(previous, item.value)
                    continue
                previous = max(previous, item.value)
                # The labels after it count on from this one ("1, 1, 2, 3"): renumbering this
                # one alone would give "1, 2, 2, 3", so the rest of the run is renumbered with it.
                shift, last = expected - item.value, item.value
                for later in items[position + 1 :]:
                    if later.value is None or later.value != last + 1 or later.value + shift < 1:
                        break
                    last = later.value
                    new = show(later.value + shift)
                    yield dataclasses.replace(
                        ctx.finding(
                            type(self),
                            later.path,
                            later.text,
                            Message(
                                f"{noun.id} {later.text.strip()} ikut dinomori ulang menjadi {new}, "
                                f"karena {item.text.strip()} sebelumnya menjadi {show(expected)}",
                                f"{noun.en} {later.text.strip()} is renumbered {new} with the one before "
                                f"({item.text.strip()} → {show(expected)})",
                            ),
                            fix=Fix(later.text, new, safe=False),
                            severity=Severity.info,
                        ),
                        cause=item.path,
                    )
                continue
            previous = item.value
