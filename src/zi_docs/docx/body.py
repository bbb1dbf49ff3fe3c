"""The one walk over a document body: which paragraphs, tables, rows, cells and text
boxes there are, how they are numbered, and what text each paragraph shows.

The numbers are a contract.  The reader puts them in every line's
:class:`~zi_docs.model.Lokasi`, the checker reports them, suppression marks (Word
comments) are matched against them, and the fixer (next, the reviewer's comments
and tracked changes) finds its place by them.  They are therefore computed here
and nowhere else:

* ``paragraf``: the body-level paragraphs in document order, 1-based, looking
  through content controls (``w:sdt``), custom XML and ``mc:AlternateContent``
  (its ``mc:Choice``); a paragraph deleted with tracked changes still counts;
* ``tabel``: the body-level tables in the same order; ``baris_tabel`` a table's
  rows, ``sel`` a row's cells, both 1-based through content controls;
* text boxes belong to the paragraph whose run anchors them; the DrawingML copy
  is read, never the VML copy in ``mc:Fallback`` (the same box stored twice).

>>> body = Body(document.element.body, "draf.docx")
>>> [place.lokasi for place in body]            # Lokasi(paragraf=1), …, Lokasi(tabel=1, baris_tabel=1), …
>>> body.place(Lokasi(tabel=2, baris_tabel=3)).cells()
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

from lxml import etree

from ..model import Lokasi
from .ns import attr, child_at, integer, on, qn

__all__ = [
    "Body",
    "Place",
    "Shown",
    "blocks",
    "cells",
    "fallback_copy",
    "is_deleted",
    "is_layout_row",
    "is_merged_continuation",
    "place_key",
    "rows",
    "shown",
    "text_boxes",
]

_P, _R, _T, _TBL, _TR, _TC = qn("w:p"), qn("w:r"), qn("w:t"), qn("w:tbl"), qn("w:tr"), qn("w:tc")
_SDT, _SDT_CONTENT, _CUSTOM_XML = qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml")
_ALTERNATE, _CHOICE, _FALLBACK = qn("mc:AlternateContent"), qn("mc:Choice"), qn("mc:Fallback")
_TEXT_BOX = qn("w:txbxContent")
# Containers whose runs are shown: links, smart tags, tracked insertions and moves
# into place, simple fields (their stored result), bidirectional overrides.
_TRANSPARENT = {
    qn(f"w:{name}") for name in ("hyperlink", "smartTag", "ins", "moveTo", "fldSimple", "customXml", "dir", "bdo")
}
# Elements inside a run that may anchor a text box.
_ANCHORS = {qn("w:drawing"), qn("w:pict"), qn("w:object"), _ALTERNATE}
_FLD_CHAR, _TAB, _PTAB, _BR, _CR, _NO_BREAK_HYPHEN = (
    qn("w:fldChar"),
    qn("w:tab"),
    qn("w:ptab"),
    qn("w:br"),
    qn("w:cr"),
    qn("w:noBreakHyphen"),
)
_R_PR, _VANISH, _TC_PR, _V_MERGE = qn("w:rPr"), qn("w:vanish"), qn("w:tcPr"), qn("w:vMerge")
_DELETED_MARK = qn("w:pPr/w:rPr/w:del")
_GRID_SPAN, _CELL_BORDERS = qn("w:tcPr/w:gridSpan"), qn("w:tcPr/w:tcBorders")


# -- containers ------------------------------------------------------------------


def _inner(element: etree._Element) -> etree._Element | None:
    """What a wrapper shows: a content control's content, alternate content's choice,
    custom XML itself; None for anything else."""
    tag = element.tag
    if tag == _SDT:
        return element.find(_SDT_CONTENT)
    if tag == _ALTERNATE:
        return element.find(_CHOICE)
    if tag == _CUSTOM_XML:
        return element
    return None


def blocks(container: etree._Element) -> Iterator[etree._Element]:
    """The paragraphs (``w:p``) and tables (``w:tbl``) of a body, cell or text box, in
    order, looking through content controls, custom XML and alternate content."""
    for child in container:
        tag = child.tag
        if tag == _P or tag == _TBL:
            yield child
        elif tag in (_SDT, _CUSTOM_XML, _ALTERNATE):
            inner = _inner(child)
            if inner is not None:
                yield from blocks(inner)


def _unwrap(parent: etree._Element, tag: str) -> Iterator[etree._Element]:
    """Children with ``tag``, looking through content controls and custom XML."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag in (_SDT, _CUSTOM_XML):
            inner = _inner(child)
            if inner is not None:
                yield from _unwrap(inner, tag)


def rows(table: etree._Element) -> Iterator[etree._Element]:
    """A table's rows (``w:tr``), numbered 1, 2, … as ``baris_tabel``."""
    return _unwrap(table, _TR)


def cells(row: etree._Element) -> Iterator[etree._Element]:
    """A row's cells (``w:tc``), numbered 1, 2, … as ``sel``; a horizontally merged cell
    is one cell."""
    return _unwrap(row, _TC)


def is_merged_continuation(cell: etree._Element) -> bool:
    """The continuation of a vertically merged cell: Word shows the cell above instead."""
    merge = child_at(cell, _TC_PR, _V_MERGE)
    return merge is not None and attr(merge) != "restart"


def text_boxes(element: etree._Element) -> Iterator[etree._Element]:
    """The text boxes (``w:txbxContent``) under a drawing, skipping ``mc:Fallback``.

    A modern text box is stored twice: as DrawingML in ``mc:Choice`` and as VML in
    ``mc:Fallback`` for old readers; reading both would double its text.
    """
    for child in element:
        if not isinstance(child.tag, str) or child.tag == _FALLBACK:
            continue
        if child.tag == _TEXT_BOX:
            yield child
        else:
            yield from text_boxes(child)


def fallback_copy(paragraph: etree._Element) -> etree._Element | None:
    """The same paragraph in a text box's VML copy (``mc:Fallback``), if it has one.

    Whoever edits a text box's paragraph edits this copy too, so that programs that
    show the other copy show the same text.
    """
    box = next(paragraph.iterancestors(_TEXT_BOX), None)
    if box is None:
        return None
    choice = next(box.iterancestors(_CHOICE), None)
    if choice is None:
        return None
    fallback = choice.getparent().find(_FALLBACK)
    if fallback is None:
        return None
    boxes, copies = list(choice.iter(_TEXT_BOX)), list(fallback.iter(_TEXT_BOX))
    if len(boxes) != len(copies):
        return None
    paragraphs = list(box.iter(_P))
    copy_paragraphs = list(copies[boxes.index(box)].iter(_P))
    if len(paragraphs) != len(copy_paragraphs):
        return None
    return copy_paragraphs[paragraphs.index(paragraph)]


def is_layout_row(row: etree._Element) -> bool:
    """A row that is page layout, not table data: one cell across the table with no
    border at its sides and bottom (a signature placed as a table's last row so that
    it keeps with the row above).  It keeps its place as a row; readers take its
    paragraphs as text, not as cells."""
    row_cells = list(cells(row))
    if len(row_cells) != 1 or integer(attr(row_cells[0].find(_GRID_SPAN)), 1) < 2:
        return False
    borders = row_cells[0].find(_CELL_BORDERS)
    if borders is None:
        return False
    return all(
        (edge := borders.find(qn(f"w:{side}"))) is not None and attr(edge) in ("nil", "none")
        for side in ("left", "bottom", "right")
    )


def is_deleted(paragraph: etree._Element) -> bool:
    """The paragraph mark is a tracked deletion: the paragraph goes once changes are accepted."""
    return paragraph.find(_DELETED_MARK) is not None


# -- what a paragraph shows ------------------------------------------------------

ShownKind = Literal["text", "tab", "break", "page-break", "hyphen", "box"]


@dataclass(frozen=True)
class Shown:
    """One thing a paragraph prints, in order, with the run it is in."""

    kind: ShownKind
    """``text`` (``element`` is the ``w:t``), ``tab``, ``break`` (a line break),
    ``page-break``, ``hyphen`` (a non-breaking one), ``box`` (``element`` is a text
    box's ``w:txbxContent`` anchored here)."""
    element: etree._Element
    run: etree._Element


def shown(paragraph: etree._Element) -> Iterator[Shown]:
    """What Word prints of a paragraph, run by run (its numbering label aside).

    Text in tracked insertions, links, simple fields' results and content controls
    is shown; deleted and moved-away text, hidden runs (``w:vanish``), complex
    fields' instructions and optional hyphens are not.
    """
    fields: list[bool] = []  # open complex fields; True once past "separate" (their result)
    yield from _inline(paragraph, fields)


def _inline(element: etree._Element, fields: list[bool]) -> Iterator[Shown]:
    for child in element:
        tag = child.tag
        if tag == _R:
            yield from _run(child, fields)
        elif tag in _TRANSPARENT:
            yield from _inline(child, fields)
        elif tag in (_SDT, _ALTERNATE):
            inner = _inner(child)
            if inner is not None:
                yield from _inline(inner, fields)
        # Everything else is not shown text: w:del and w:moveFrom (deleted or moved
        # away), w:pPr, bookmarks, proofing marks, comment ranges.


def _run(run: etree._Element, fields: list[bool]) -> Iterator[Shown]:
    if on(child_at(run, _R_PR, _VANISH)):
        return  # hidden text is not printed
    for child in run:
        tag = child.tag
        if tag == _FLD_CHAR:
            kind = attr(child, "w:fldCharType")
            if kind == "begin":
                fields.append(False)
            elif kind == "separate" and fields:
                fields[-1] = True
            elif kind == "end" and fields:
                fields.pop()
            continue
        if not all(fields):
            continue  # a field's instruction, never printed
        if tag == _T:
            yield Shown("text", child, run)
        elif tag == _TAB or tag == _PTAB:
            yield Shown("tab", child, run)
        elif tag == _BR:
            yield Shown("page-break" if attr(child, "w:type") == "page" else "break", child, run)
        elif tag == _CR:
            yield Shown("break", child, run)
        elif tag == _NO_BREAK_HYPHEN:
            yield Shown("hyphen", child, run)
        elif tag in _ANCHORS:
            for box in text_boxes(child):
                yield Shown("box", box, run)
        # w:softHyphen (shown only at a line end), w:instrText and w:delText print nothing.


# -- the numbered places ---------------------------------------------------------


def place_key(lokasi: Lokasi | None) -> tuple[int, ...] | None:
    """What identifies a body place in a location: ``(0, paragraf)`` or
    ``(1, tabel, baris_tabel)``; None for a location that names no body place."""
    if lokasi is None:
        return None
    if lokasi.paragraf is not None:
        return (0, lokasi.paragraf)
    if lokasi.tabel is not None and lokasi.baris_tabel is not None:
        return (1, lokasi.tabel, lokasi.baris_tabel)
    return None


@dataclass(frozen=True)
class Place:
    """A body-level paragraph or a row of a body-level table, with its number."""

    lokasi: Lokasi
    element: etree._Element
    """The paragraph (``w:p``) or the row (``w:tr``)."""
    table: etree._Element | None = None
    """For a row, its table (``w:tbl``)."""

    @property
    def is_row(self) -> bool:
        return self.table is not None

    @property
    def key(self) -> tuple[int, ...]:
        key = place_key(self.lokasi)
        assert key is not None
        return key

    def cells(self) -> list[etree._Element]:
        """A row's cells, ``sel`` 1, 2, …; a paragraph has none."""
        return list(cells(self.element)) if self.is_row else []


def _walk(body: etree._Element, file_name: str | None) -> Iterator[Place]:
    paragraph_number = table_number = 0
    for block in blocks(body):
        if block.tag == _P:
            paragraph_number += 1
            yield Place(Lokasi(berkas=file_name, paragraf=paragraph_number), block)
        else:
            table_number += 1
            for row_number, row in enumerate(rows(block), start=1):
                yield Place(Lokasi(berkas=file_name, tabel=table_number, baris_tabel=row_number), row, block)


class Body:
    """The numbered places of a document body (``document.element.body``), in order."""

    def __init__(self, body: etree._Element, file_name: str | None = None):
        self.element = body
        self.file_name = file_name
        self.places: list[Place] = list(_walk(body, file_name))
        self._index = {place.key: number for number, place in enumerate(self.places)}

    def __iter__(self) -> Iterator[Place]:
        return iter(self.places)

    def __len__(self) -> int:
        return len(self.places)

    def place(self, lokasi: Lokasi | None) -> Place | None:
        """The place a location names (its ``paragraf``, or ``tabel`` and ``baris_tabel``)."""
        number = self._index.get(place_key(lokasi))  # type: ignore[arg-type]
        return None if number is None else self.places[number]

    def extent(self, lokasi: Lokasi, starts: Iterable[Lokasi] | None = None) -> list[Place]:
        """The places a part read from ``lokasi`` spans: from its own place up to the
        next place in ``starts`` (where the reader starts each part, the values of its
        source map).  Without ``starts``, the place alone; empty if there is no such place.

        A heading's instansi is on the line after "KEPUTUSAN", a long item continues
        in the next paragraph: the reader records where a part starts, not each
        paragraph it takes.
        """
        number = self._index.get(place_key(lokasi))  # type: ignore[arg-type]
        if number is None:
            return []
        if starts is None:
            return [self.places[number]]
        keys = {place_key(start) for start in starts} - {None}
        end = number + 1
        while end < len(self.places) and self.places[end].key not in keys:
            end += 1
        return self.places[number:end]
