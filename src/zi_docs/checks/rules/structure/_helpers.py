"""Helpers the structure rules share: item labels, walking nested lists, text normalisation.

Not a rule (no ``@register``): importing it registers nothing.
"""

from __future__ import annotations

import functools
import string
from collections.abc import Iterator
from typing import NamedTuple

from ....language.numbers import roman_value, to_roman
from ....model import Butir, Keputusan
from ....storage.regex_cache import regex

_LETTERS = string.ascii_lowercase
_SPACES = regex(r"\s+")


class Label(NamedTuple):
    """An item marker as printed, read: kind (letter/number/roman), value, and its decoration."""

    kind: str
    value: int
    prefix: str
    suffix: str

    def render(self, value: int) -> str:
        """The same decoration with another value: ``a)`` at 3 → ``c)``."""
        if self.kind == "letter":
            core = _letter(value)
        elif self.kind == "roman":
            core = to_roman(value)
        else:
            core = str(value)
        return f"{self.prefix}{core}{self.suffix}"


def _letter(value: int) -> str:
    # a … z, then aa, bb … as UU 12/2011 Lampiran II continues letters past z.
    if value < 1:
        return "?"
    return _LETTERS[(value - 1) % 26] * ((value - 1) // 26 + 1)


_LABEL = regex(r"^\s*(\(?)\s*([A-Za-z]+|\d+)\s*([.)]?)\s*$")


# a pure function of the label (a Label is frozen): the structure rules read the ~200 labels
# of a decree, most of them "1." or "a.", several times a check (~0.5 ms)
@functools.lru_cache(maxsize=4096)
def read_label(label: str | None, kind: str | None = None) -> Label | None:
    """``"a."`` → letter 1, ``"12)"`` → number 12, ``"IV"`` → roman 4 (when ``kind`` allows).

    ``kind`` settles the ambiguous ones: ``"i."`` is a letter in a lettered list and
    one in a Roman one.
    """
    if label is None:
        return None
    match = _LABEL.match(label)
    if not match:
        return None
    prefix, core, suffix = match[1], match[2], match[3]
    if core.isdigit():
        if kind not in (None, "number"):
            return None
        return Label("number", int(core), prefix, suffix)
    # A lone capital other than I, V or X ("C.", "D.") is a letter unless the list is Roman.
    is_roman = kind == "roman" or len(core) > 1 or core in ("I", "V", "X")
    if kind in (None, "roman") and core.isupper() and is_roman and (value := roman_value(core)) is not None:
        return Label("roman", value, prefix, suffix)
    if kind in (None, "letter") and core.isalpha() and len(set(core.lower())) == 1:
        value = _LETTERS.index(core[0].lower()) + 1 + 26 * (len(core) - 1)
        return Label("letter", value, prefix, suffix)
    return None


def normalise(text: str | None) -> str:
    """For comparing texts as a reader would: case, spacing and closing punctuation ignored."""
    if not text:
        return ""
    return _SPACES.sub(" ", text).strip().strip(",.;:").strip().casefold()


def tail(text: str, size: int = 40) -> str:
    """The end of a text, cut at a word, as the offending text of a punctuation finding."""
    text = text.rstrip()
    if len(text) <= size:
        return text
    cut = text.rfind(" ", 0, len(text) - size + 1)
    return text[cut + 1 :] if cut >= 0 else text[-size:]


def iter_lists(keputusan: Keputusan) -> Iterator[tuple[str, list[Butir], int]]:
    """Every list of items under the Menimbang and the diktum, with its model path and depth."""

    def walk(path: str, items: list[Butir], depth: int) -> Iterator[tuple[str, list[Butir], int]]:
        if items:
            yield path, items, depth
        for index, item in enumerate(items):
            yield from walk(f"{path}[{index}].rincian", item.rincian, depth + 1)

    for index, item in enumerate(keputusan.menimbang):
        yield from walk(f"menimbang[{index}].rincian", item.rincian, 1)
    for index, diktum in enumerate(keputusan.diktum):
        yield from walk(f"diktum[{index}].rincian", diktum.rincian, 0)


def body_texts(keputusan: Keputusan) -> Iterator[tuple[str, str]]:
    """Texts of the Menimbang and the diktum (where references are written), with their paths."""

    def walk(path: str, item: Butir) -> Iterator[tuple[str, str]]:
        yield path, item.teks
        for index, child in enumerate(item.rincian):
            yield from walk(f"{path}.rincian[{index}]", child)
        if item.teks_penutup:
            yield path, item.teks_penutup

    for index, item in enumerate(keputusan.menimbang):
        yield from walk(f"menimbang[{index}]", item)
    for index, diktum in enumerate(keputusan.diktum):
        yield f"diktum[{index}]", diktum.teks
        for child_index, child in enumerate(diktum.rincian):
            yield from walk(f"diktum[{index}].rincian[{child_index}]", child)
        if diktum.teks_penutup:
            yield f"diktum[{index}]", diktum.teks_penutup
