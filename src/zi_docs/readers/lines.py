"""The common form every reader turns a document into: lines with their location.

A DOCX, a PDF and a text file differ in how they store a decree, but once each is
turned into a sequence of :class:`Line` objects, one structural parser
(:mod:`zi_docs.readers.parse`) builds the model from any of them.  A table row
becomes one line whose ``cells`` hold the cell texts (``text`` joins them with tabs),
so that a layout table (label | : | text) reads like a tab-aligned paragraph and a
member table keeps its columns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from ..model import Lokasi

if TYPE_CHECKING:  # only PDF and OCR lines have one: a DOCX or text read need not import the PDF boxes
    from .pdf_boxes import LineGeometry


class Line(NamedTuple):
    """One paragraph, one line of text, or one table row of a source document."""

    text: str
    """The text, whitespace runs kept (tabs separate aligned columns); for a table
    row, the cell texts joined with tabs.  Automatic numbering that the document
    shows but does not store as text (Word's numbering) is included as printed."""

    location: Lokasi
    cells: tuple[str, ...] | None = None
    """The cell texts when the line is a table row; a merged cell appears once."""

    bold: bool = False
    """The whole line is bold (group rows of member tables, some headings)."""

    italic: tuple[tuple[int, int], ...] | None = None
    """DOCX and text: the stretches ``text[start:end]`` printed in italics (a foreign
    term, EYD V bab I.C); ``None`` where the reader cannot tell (PDF, OCR)."""

    page_break_before: bool = False
    """The line starts a new page (a Lampiran usually does)."""

    # What only some readers know; the parser uses each when it is there.
    indent: int | None = None
    """Text and PDF: how far the line stands in from the margin, in layout spaces."""

    layout: str | None = None
    """PDF: the line as laid out, spacing kept, to find table columns in."""

    table_header: bool = False
    """DOCX: a table row marked as a header row (repeated on every page)."""

    grid_spans: tuple[int, ...] | None = None
    """DOCX: each cell's width in grid columns, when a cell spans several; lets the
    parser line a row with merged cells up with the table's other rows."""

    text_box: bool = False
    """DOCX: the paragraph stands in a text box anchored at this place."""

    geometry: LineGeometry | None = None
    """PDF and OCR: the boxes of the line's words and the ruled lines around it, in
    points, for reading tables by position (see :mod:`zi_docs.readers.pdf_boxes`)."""

    confidence: float | None = None
    """OCR: how sure Tesseract was of the line's words, 0–100 (their mean, weighted
    by length); ``None`` for text that was not recognised from an image."""
