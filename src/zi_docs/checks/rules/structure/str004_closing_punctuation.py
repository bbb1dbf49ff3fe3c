"""STR004: items end with ";" (or "; dan" / "; atau") and the last with "."; the issuer's title
ends with ","; the decree's name after Menetapkan ends with ".".

The last Menimbang, Mengingat and Memperhatikan item follows the configured house style
(``profile``): ``kpu`` ends it with ".", ``peraturan`` (UU 12/2011 Lampiran II) with ";"
like every other item.  A decree that keeps the other style consistently gets one note."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from ....i18n import Message
from ....model import Butir
from ....storage.regex_cache import regex
from ...classify import JenisKeputusan, klasifikasi
from ...context import CheckContext
from ...finding import Finding, Fix, Severity
from ...registry import Rule, register
from ._helpers import tail

_MIDDLE = regex(r";(?:\s*(?:dan|atau|dan/atau))?\s*$")
_QUOTES = regex(r"(?:berbunyi|sebagai)\s+berikut\s*:\s*$", re.IGNORECASE)
_ANY_END = regex(r"(?:;\s*(?:dan|atau|dan/atau)|[.;,:])\s*$")


def _end(text: str) -> str:
    match = _ANY_END.search(text)
    return match.group(0).strip() if match else ""


def _running(items: list[Butir]) -> bool:
    """The list is one running enumeration: some of its items without sub-items end with ";"
    (not only headings such as "a. Tim Manajemen Perubahan, bertugas:" that each close a
    sentence of their own, which KPU decrees end with ".")."""
    return any(not item.rincian and _MIDDLE.search(item.teks.rstrip()) for item in items)


class _OtherStyle(NamedTuple):
    path: str
    text: str
    end: str

    def finding(self, ctx: CheckContext, rule: type, expected: str) -> Finding:
        profile, style = ("peraturan", "UU 12/2011 Lampiran II") if expected == "." else ("kpu", "keputusan KPU")
        return ctx.finding(
            rule,
            self.path,
            self.text,
            Message(
                f'butir terakhir Menimbang dan Mengingat seluruhnya diakhiri "{self.end}" seperti gaya {style}, '
                f'bukan "{expected}" seperti profil yang dipakai; bila gaya itu disengaja, pakai profile = "{profile}"',
                f'the last Menimbang and Mengingat items all end with "{self.end}" as in the {style} style, not '
                f'"{expected}" as the profile in use expects; if that style is meant, set profile = "{profile}"',
            ),
            severity=Severity.info,
        )


def _last_items(parts: list) -> list[tuple[str, str]] | None:
    """Each recital part's last item (path, text), parts without items left out; ``None``
    when a last item ends in a list of its own (its closing mark is the list's)."""
    ends = []
    for part, items, _ in parts:
        if not items:
            continue
        text, butir = items[-1]
        if butir is not None and butir.rincian:
            return None
        ends.append((f"{part}[{len(items) - 1}]", text.rstrip()))
    return ends


def _other_style(parts: list, expected: str) -> _OtherStyle | None:
    """The first recital part's last item when every part (at least two) ends its last item
    with the other house's mark, consistently; ``None`` otherwise."""
    other = ";" if expected == "." else "."
    ends = _last_items(parts)
    if ends is None or len(ends) < 2:
        return None
    if all((_MIDDLE.search(t) if other == ";" else _end(t) == ".") for _, t in ends):
        path, text = ends[0]
        return _OtherStyle(path, tail(text), _end(text))
    return None


def _mostly_other_style(parts: list, expected: str) -> bool:
    """Whether all three recital parts are there, none ends in a list, and exactly one
    closes its last item with ``expected`` while the two others close with the other mark."""
    other = ";" if expected == "." else "."
    ends = _last_items(parts)
    if ends is None or len(ends) != 3:
        return False
    marks = [_end(text) for _, text in ends]
    return marks.count(other) == 2 and marks.count(expected) == 1


@register
class ClosingPunctuation(Rule):
    code = "STR004"
    name = "closing-punctuation"
    severity = Severity.warning
    summary = Message(
        'tanda baca penutup butir salah (";", "; dan", "." atau ",")',
        'wrong closing punctuation of an item (";", "; dan", "." or ",")',
    )
    why = Message(
        "Tiap butir konsiderans dan dasar hukum diakhiri titik koma, butir terakhir diakhiri titik. Rincian "
        'diakhiri titik koma, dengan "dan" atau "atau" pada rincian kedua terakhir bila rinciannya kumulatif '
        "atau alternatif, dan rincian terakhir diakhiri titik. Nama jabatan pembentuk diakhiri koma; nama "
        "keputusan setelah Menetapkan diakhiri titik.",
        "Each recital and each legal basis ends with a semicolon, the last with a full stop. List items end "
        'with a semicolon, with "dan" or "atau" on the one before last, and the last item with a full stop. '
        "The issuer's title ends with a comma; the decree's name after Menetapkan with a full stop.",
    )
    source = "UU 12/2011 Lampiran II angka 26, 28, 45, 98, 100-102; tata naskah dinas KPU"

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        k = ctx.keputusan
        parts = [
            ("menimbang", [(b.teks, b) for b in k.menimbang], "Menimbang"),
            ("mengingat", [(d.teks, None) for d in k.mengingat], "Mengingat"),
            ("memperhatikan", [(m.teks, None) for m in k.memperhatikan], "Memperhatikan"),
        ]
        last_mark = "." if ctx.config.profile == "kpu" else ";"
        other = _other_style(parts, last_mark)
        if other is None and _mostly_other_style(parts, last_mark):
            # Two of the three parts close the other house's way and one does not: the decree
            # chose that style, and the odd part is the slip (polban 154/2023: Menimbang c
            # ends with "." where its Mengingat and Memperhatikan end with ";").
            last_mark = ";" if last_mark == "." else "."
        if other is not None:
            # Every recital part ends the other house's way: the decree is consistent in
            # a style the profile does not expect.  One note, not a warning per part.
            yield other.finding(ctx, type(self), last_mark)
        else:
            for part, items, name in parts:
                yield from self._recitals(ctx, part, items, name, last_mark)
        # An amendment quotes the new wording of the provisions it changes ("… diubah
        # sehingga berbunyi sebagai berikut: …"): those lists are the amended text's, with
        # its own punctuation, not lists of this decree.
        amends = klasifikasi(ctx).jenis is JenisKeputusan.perubahan
        for index, diktum in enumerate(k.diktum if not amends else []):
            if diktum.rincian:
                # Text after the list ("… , masing-masing bertugas …") takes over the end.
                # A regulation's Pasal holds ayat that the model does not keep apart: a "." there
                # may close an ayat, so a list closed early is judged only under a diktum.
                early = not diktum.label.lower().startswith("pasa")
                yield from self._list(
                    ctx, f"diktum[{index}].rincian", diktum.rincian, top=not diktum.teks_penutup, early=early
                )
        title = k.jabatan_pembentuk.rstrip()
        if title and not title.endswith(","):
            yield ctx.finding(
                type(self),
                "jabatan_pembentuk",
                tail(title),
                Message("jabatan pembentuk tidak diakhiri koma", "the issuer's title does not end with a comma"),
                fix=self._replace_end(tail(title), ","),
                severity=Severity.error,
            )
        if k.menetapkan is not None and k.menetapkan.strip() and not k.menetapkan.rstrip().endswith("."):
            text = tail(k.menetapkan)
            yield ctx.finding(
                type(self),
                "menetapkan",
                text,
                Message(
                    "nama keputusan setelah Menetapkan tidak diakhiri titik",
                    "the decree's name after Menetapkan does not end with a full stop",
                ),
                fix=self._replace_end(text, "."),
            )

    @staticmethod
    def _replace_end(text: str, mark: str) -> Fix:
        """Put ``mark`` in place of whatever closes ``text``; certain only when nothing did."""
        current = _end(text)
        stripped = text.rstrip()
        if current:
            return Fix(text, stripped[: len(stripped) - len(current)].rstrip() + mark, safe=False)
        return Fix(text, stripped + mark, safe=True)

    def _recitals(
        self, ctx: CheckContext, part: str, items: list, name: str, last_mark: str = "."
    ) -> Iterator[Finding]:
        for index, (text, butir) in enumerate(items):
            path = f"{part}[{index}]"
            if butir is not None and butir.rincian:
                yield from self._list(ctx, f"{path}.rincian", butir.rincian, top=index == len(items) - 1)
                if not butir.teks_penutup:
                    continue
                text = butir.teks_penutup
            last = index == len(items) - 1
            if last and last_mark == ";":
                # UU 12/2011 Lampiran II: every recital and legal basis ends with ";"
                yield from self._judge(ctx, path, text, False, f"{name} {index + 1}", nested=False)
                continue
            yield from self._judge(ctx, path, text, last, f"{name} {index + 1}", nested=False)

    def _list(
        self, ctx: CheckContext, path: str, items: list[Butir], top: bool, early: bool = True
    ) -> Iterator[Finding]:
        running = early and _running(items)
        for index, item in enumerate(items):
            item_path = f"{path}[{index}]"
            last = index == len(items) - 1
            if item.rincian:
                # An item that opens sub-items ends with ":"; its sub-list closes it.
                yield from self._list(ctx, f"{item_path}.rincian", item.rincian, top=top and last, early=early)
                if running and not last and not item.teks_penutup:
                    yield from self._closed_early(ctx, f"{item_path}.rincian", item.rincian, items[index + 1])
                if item.teks_penutup:
                    yield from self._judge(ctx, item_path, item.teks_penutup, last, None, nested=not top)
                continue
            yield from self._judge(ctx, item_path, item.teks, last, None, nested=not top)

    def _closed_early(self, ctx: CheckContext, path: str, items: list[Butir], following: Butir) -> Iterator[Finding]:
        """The sub-list's last item ends the sentence with "." although the enumeration it
        stands in goes on with ``following``: there it ends with ";" (UU 12/2011 Lampiran II
        angka 98 huruf d)."""
        while items[-1].rincian and not items[-1].teks_penutup:
            path, items = f"{path}[{len(items) - 1}].rincian", items[-1].rincian
        leaf = items[-1]
        text = (leaf.teks_penutup or leaf.teks).rstrip()
        if _end(text) != "." or text.endswith(".."):
            return
        shown = tail(text)
        after = following.label or following.teks.split(" ", 1)[0]
        yield ctx.finding(
            type(self),
            f"{path}[{len(items) - 1}]",
            shown,
            Message(
                f'butir diakhiri titik (".") padahal rincian induknya berlanjut ("{after}"); seharusnya titik koma '
                '(";")',
                f'the item ends with a full stop (".") although the list it stands in goes on ("{after}"); it should '
                'end with a semicolon (";")',
            ),
            fix=Fix(shown, shown[:-1].rstrip() + ";", safe=False),
        )

    def _judge(
        self, ctx: CheckContext, path: str, text: str, last: bool, name: str | None, nested: bool
    ) -> Iterator[Finding]:
        stripped = text.rstrip()
        if not stripped:
            return
        end = _end(stripped)
        shown = tail(stripped)
        if last:
            # The last item of a sub-list may close with "." (as KPU decrees print it)
            # or with ";" when the enclosing list goes on.
            fine = end == "." or (nested and _MIDDLE.search(stripped) is not None)
            if fine:
                return
            message = Message(
                f'butir terakhir diakhiri "{end or "tanpa tanda baca"}", seharusnya titik (".")',
                f'the last item ends with "{end or "no punctuation"}"; it should end with a full stop (".")',
            )
            fix = self._replace_end(shown, ".")
        else:
            if _MIDDLE.search(stripped):
                return
            message = Message(
                f'butir diakhiri "{end or "tanpa tanda baca"}", seharusnya titik koma (";", "; dan", atau "; atau")',
                f'the item ends with "{end or "no punctuation"}"; it should end with a semicolon (";", "; dan" or '
                '"; atau")',
            )
            fix = self._replace_end(shown, ";")
        if end == ":" and _QUOTES.search(stripped):
            return  # "… berbunyi sebagai berikut:" introduces quoted text, not sub-items
        if end == ":":
            message = Message(
                'butir diakhiri titik dua (":") padahal tidak diikuti rincian',
                'the item ends with a colon (":") but no sub-items follow',
            )
            fix = Fix(fix.old, fix.new, safe=False)
        yield ctx.finding(type(self), path, shown, message, fix=fix)
