"""The shown text of body places, character by character, and finding the decree's words in it.

A paragraph's shown text (:func:`~zi_docs.docx.body.shown`) is laid out as a
:class:`TextUnit`: the text, and for every stretch of it the ``w:t`` that stores
it (tabs and breaks print but are not stored text; numbering labels are neither).
A part the reader took from several paragraphs is searched as one
:class:`ExtentText`, the paragraphs joined by line ends.

Words taken from the model (a finding's text, whitespace normalised, paragraphs
joined) are found in the document's text by :func:`pattern`: any whitespace
matches any whitespace, a hyphen may end a paragraph.  The checker uses this to
say in which paragraph a finding's words stand, the fixer to edit them; both find
them the same way, so they name the same paragraph.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from ..errors import ZiDocsError
from ..model import Lokasi
from .body import Body, Place, blocks, cells, is_merged_continuation, rows, shown
from .ns import qn
from .package import open_document

__all__ = [
    "ExtentText",
    "Piece",
    "TextUnit",
    "find_spans",
    "locate",
    "locate_in_file",
    "pattern",
    "place_units",
    "read_unit",
]

_P = qn("w:p")
_PRINTED = {"tab": "\t", "break": "\n", "page-break": "\n", "hyphen": "-"}


@dataclass
class Piece:
    start: int
    end: int
    element: etree._Element | None
    """The ``w:t`` holding the text; None for what prints but is not text (a tab, a break)."""


@dataclass
class TextUnit:
    """One paragraph's shown text and where each character is stored."""

    paragraph: etree._Element
    text: str = ""
    pieces: list[Piece] = field(default_factory=list)
    boxes: list[etree._Element] = field(default_factory=list)

    def add(self, text: str, element: etree._Element | None) -> None:
        self.pieces.append(Piece(len(self.text), len(self.text) + len(text), element))
        self.text += text


def read_unit(paragraph: etree._Element) -> TextUnit:
    """What the reader shows of a paragraph, with the ``w:t`` behind every character;
    numbering labels are not stored text and are left out."""
    unit = TextUnit(paragraph)
    for item in shown(paragraph):
        if item.kind == "text":
            unit.add(item.element.text or "", item.element)
        elif item.kind == "box":
            unit.boxes.append(item.element)
        else:
            unit.add(_PRINTED[item.kind], None)
    return unit


def _container_units(container: etree._Element) -> Iterator[TextUnit]:
    """Paragraphs of a cell or text box, in the reader's order (text boxes before
    the paragraph anchoring them, nested tables row by row)."""
    for block in blocks(container):
        if block.tag == _P:
            yield from _paragraph_units(block)
        else:
            for row in rows(block):
                yield from _row_units(row, None)


def _paragraph_units(paragraph: etree._Element) -> Iterator[TextUnit]:
    unit = read_unit(paragraph)
    for box in unit.boxes:
        yield from _container_units(box)
    yield unit


def _row_units(row: etree._Element, cell: int | None) -> Iterator[TextUnit]:
    for index, tc in enumerate(cells(row), start=1):
        if cell is not None and index != cell:
            continue
        if is_merged_continuation(tc):
            continue  # the reader shows it empty
        yield from _container_units(tc)


def place_units(place: Place, cell: int | None = None) -> list[TextUnit]:
    """The paragraphs of a body place in the reader's order; for a row, of one cell if given."""
    if place.is_row:
        return list(_row_units(place.element, cell))
    return list(_paragraph_units(place.element))


@dataclass
class ExtentText:
    """The paragraphs of several places as one text, each followed by a line end."""

    units: list[tuple[Place, TextUnit]]
    offsets: list[int]
    text: str

    @classmethod
    def of(cls, places: list[Place], cell: int | None = None) -> ExtentText:
        """``cell`` narrows the first place (a table row) to one of its cells."""
        units: list[tuple[Place, TextUnit]] = []
        for place in places:
            units.extend((place, unit) for unit in place_units(place, cell if place is places[0] else None))
        offsets, text = [], ""
        for _, unit in units:
            offsets.append(len(text))
            text += unit.text + "\n"
        return cls(units, offsets, text)

    def unit_at(self, offset: int) -> int:
        """The number of the unit holding the character at ``offset``."""
        return max(i for i, start in enumerate(self.offsets) if start <= offset)


def pattern(text: str, *, whole_words: bool) -> re.Pattern[str] | None:
    """A pattern for text taken from the model, where whitespace was normalised.

    Any run of whitespace (spaces, tabs, line breaks between paragraphs) matches a
    space, and a hyphen may be followed by a paragraph end: the reader joins
    "Penajam-" and "Paser" across lines without a space.
    """
    tokens = text.split()
    if not tokens:
        # A fix of spacing itself ("  " → " ") is matched exactly.
        return re.compile(re.escape(text)) if text else None
    body = r"\s+".join(re.escape(token).replace(r"\-", r"-\n?") for token in tokens)
    if whole_words:
        # "resiko" reported as a word is not the "resiko" inside "beresiko".
        if re.match(r"\w", text):
            body = r"(?<!\w)" + body
        if re.search(r"\w$", text):
            body += r"(?!\w)"
    # Space at either end is part of what is replaced ("tim ;" → "tim;"), but the
    # document may hold none there (a paragraph's end).
    if text[0].isspace():
        body = r"\s*" + body
    if text[-1].isspace():
        body += r"\s*"
    return re.compile(body)


Span = tuple[int, int]


def find_spans(text: str, words: str, inner: str | None = None) -> tuple[Span, list[Span]] | None:
    """The first occurrence of ``words`` in ``text`` (that holds ``inner``, if given),
    and the occurrences of ``inner`` inside it (without ``inner``: the occurrence itself).

    Blank ``words`` with an ``inner``: the first occurrence of ``inner`` anywhere.
    """
    outer = pattern(words, whole_words=True) if words.strip() else None
    if inner is None:
        found = outer.search(text) if outer is not None else None
        return ((found.start(), found.end()), [(found.start(), found.end())]) if found else None
    old = pattern(inner, whole_words=False)
    if old is None:
        return None
    if outer is None:
        found = old.search(text)
        return ((found.start(), found.end()), [(found.start(), found.end())]) if found else None
    for match in outer.finditer(text):
        spans = [(m.start() + match.start(), m.end() + match.start()) for m in old.finditer(match.group())]
        if spans:
            return (match.start(), match.end()), spans
    return None


def locate(
    body: Body, lokasi: Lokasi, words: str, inner: str | None = None, starts: Iterable[Lokasi] | None = None
) -> Place | None:
    """The place where ``words`` begin, searched from the place ``lokasi`` names over
    the part's extent (:meth:`Body.extent` with ``starts``); None if they are not there."""
    places = body.extent(lokasi, starts)
    if not places:
        return None
    extent = ExtentText.of(places, lokasi.sel)
    found = find_spans(extent.text, words, inner)
    if found is None:
        return None
    return extent.units[extent.unit_at(found[0][0])][0]


def locate_in_file(
    path: str | os.PathLike[str],
    wanted: Sequence[tuple[Lokasi, str, str | None]],
    starts: Iterable[Lokasi] | None = None,
) -> list[Lokasi | None]:
    """For each ``(lokasi, words, inner)``, the place where the words begin (see
    :func:`locate`), or None where they are not found; all None when the file cannot
    be opened (its reader reports why)."""
    try:
        document = open_document(path)
    except ZiDocsError:
        return [None] * len(wanted)
    body = Body(document.element.body, Path(path).name)
    starts = list(starts) if starts is not None else None
    found = [locate(body, lokasi, words, inner, starts) for lokasi, words, inner in wanted]
    return [place.lokasi if place is not None else None for place in found]
