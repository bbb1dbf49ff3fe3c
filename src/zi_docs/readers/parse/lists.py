"""Nested items (Menimbang a, b; Mengingat 1, 2; a diktum's rincian) from labelled lines."""

from __future__ import annotations

from dataclasses import dataclass

from ...grammar import ITEM, norm
from ...model import Butir, Lokasi, SourceMap
from .text import join


@dataclass
class _Open:
    """An item whose list is open: further items of its style are its siblings."""

    style: str
    siblings: list[Butir]
    item: Butir
    path: str


class ListBuilder:
    """Builds nested items from labelled lines: a. → 1. → a) → 1) or any other scheme.

    A label whose style is already open is a sibling at that depth when it follows
    the last label there (or repeats it: a duplicated number is a finding, not a new
    level); a first label (``a``, ``1``) of a style that is open deeper in the stack
    starts a new list below the current item.
    """

    def __init__(self, sink: list[Butir], path: str, source_map: SourceMap):
        self.top = sink
        self.path = path
        self.source_map = source_map
        self.stack: list[_Open] = []

    @staticmethod
    def _style(label: str) -> str:
        return ("a" if label[0].isalpha() else "1") + label[-1]

    @staticmethod
    def _value(label: str) -> int:
        body = label[:-1]
        return ord(body.lower()) - 96 if body.isalpha() else int(body)

    def add(self, label: str | None, text: str, loc: Lokasi) -> None:
        if label is None:
            siblings, depth = (self.stack[-1].siblings, len(self.stack) - 1) if self.stack else (self.top, 0)
            self._append(siblings, None, text, loc, depth, style="")
            return
        style = self._style(label)
        value = self._value(label)
        open_at = [i for i, entry in enumerate(self.stack) if entry.style == style]
        if open_at:
            i = open_at[-1]
            last_value = self._value(self.stack[i].item.label or label)
            starts_new = value == 1 and last_value != 0 and i < len(self.stack) - 1 + 1 and value <= last_value
            if not starts_new or i == len(self.stack) - 1 and value == 1 and last_value == 1:
                del self.stack[i:]
                siblings = self.stack[-1].item.rincian if self.stack else self.top
                self._append(siblings, label, text, loc, i, style)
                return
        siblings = self.stack[-1].item.rincian if self.stack else self.top
        self._append(siblings, label, text, loc, len(self.stack), style)

    def _append(self, siblings: list[Butir], label: str | None, text: str, loc: Lokasi, depth: int, style: str) -> None:
        parent_path = self.stack[-1].path + ".rincian" if self.stack and siblings is not self.top else self.path
        item = Butir(label=label, teks=text)
        siblings.append(item)
        item_path = f"{parent_path}[{len(siblings) - 1}]"
        self.source_map[item_path] = loc
        if style:
            self.stack.append(_Open(style, siblings, item, item_path))

    def continue_last(self, text: str) -> bool:
        """Append a continuation line to the deepest open item."""
        if not self.stack:
            if self.top:
                self.top[-1].teks = join(self.top[-1].teks, text)
                return True
            return False
        item = self.stack[-1].item
        item.teks = join(item.teks, text)
        return True

    def line(self, text: str, loc: Lokasi) -> None:
        """A line of a list: a new item when it starts with a marker, else a continuation."""
        if m := ITEM.match(text):
            self.add(m["label"], norm(m["rest"]), loc)
        elif not self.continue_last(text):
            self.add(None, text, loc)


def flatten(butir: Butir) -> str:
    """An item and its sub-items as one text ("… : a. …; b. …")."""
    text = butir.teks
    for child in butir.rincian:
        text = join(text, " ".join(filter(None, [child.label, flatten(child)])))
    return text
