"""Which words of a read document are printed in italics, for the rules that ask.

The model keeps what a decree says, not how it is printed; one rule needs the print
all the same: a foreign term is set in italics (EYD V bab I.C).  The DOCX reader sees
each run's italics and the text reader a converter's ``<i>``/``*…*`` marks
(:attr:`Line.italic`); :meth:`Italics.of` keeps them beside the reading result,
line by line with each line's place, so that a part of the model is found again by
its place in the source map (:meth:`Italics.upright`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

from ..model import Lokasi
from .lines import Line

__all__ = ["ItalicLine", "Italics"]

Key = tuple[int | None, ...]


def _key(lokasi: Lokasi) -> Key:
    """A place without its cell: a DOCX row is one line, its cells parts of it."""
    return (lokasi.halaman, lokasi.baris, lokasi.paragraf, lokasi.tabel, lokasi.baris_tabel)


class ItalicLine(NamedTuple):
    """One line of the document: where it is, its text, and its italic stretches."""

    location: Lokasi
    text: str
    spans: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Italics:
    """The document's lines with what of them is printed in italics."""

    lines: tuple[ItalicLine, ...]

    @classmethod
    def of(cls, lines: Sequence[Line]) -> Italics | None:
        """The italics of a reader's lines; ``None`` when the reader cannot tell (PDF) or
        the document prints nothing in italics: a document that italicises no word at
        all has lost its formatting or never had it, and holding each of its foreign
        terms to EYD would report the converter rather than the drafter."""
        kept = tuple(ItalicLine(line.location, line.text, line.italic or ()) for line in lines)
        if not any(line.spans for line in kept) or any(line.italic is None for line in lines):
            return None
        return cls(kept)

    def upright(self, start: Lokasi, starts: Iterable[Lokasi], text: str, word: str) -> bool | None:
        """Whether ``word`` (a word or a phrase of the model's ``text``) is printed
        upright somewhere in that text, in the part of the document that begins at
        ``start`` and ends where the next part in ``starts`` begins; ``None`` when the
        words are not found there (a reader joined or split them)."""
        extent = self._extent(_key(start), {_key(lokasi) for lokasi in starts})
        if not extent:
            return None
        whole = r"\s+".join(map(re.escape, text.split()))
        wanted = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, word.split())) + r"(?!\w)", re.IGNORECASE)
        seen = False
        for line in extent:
            # The model's text where it stands in the line (a row holds several cells,
            # a layout table a diktum with its items), else the whole line.
            found = re.search(whole, line.text) if whole else None
            low, high = found.span() if found else (0, len(line.text))
            for match in wanted.finditer(line.text, low, high):
                seen = True
                if not _covered(line.spans, match.start(), match.end(), line.text):
                    return True
        return False if seen else None

    @cached_property
    def _first(self) -> dict[Key, int]:
        """Each place's first line: a rule asks for many parts of one long document."""
        found: dict[Key, int] = {}
        for index, line in enumerate(self.lines):
            found.setdefault(_key(line.location), index)
        return found

    def _extent(self, start: Key, starts: set[Key]) -> list[ItalicLine]:
        lines = self.lines
        first = self._first.get(start)
        if first is None:
            return []
        end = first + 1
        while end < len(lines) and (_key(lines[end].location) == start or _key(lines[end].location) not in starts):
            end += 1
        return list(lines[first:end])


def _covered(spans: tuple[tuple[int, int], ...], start: int, end: int, text: str) -> bool:
    """Every letter of ``text[start:end]`` stands in an italic stretch (the blanks
    between the words of a phrase may be upright)."""
    return all(any(low <= i < high for low, high in spans) for i in range(start, end) if not text[i].isspace())
