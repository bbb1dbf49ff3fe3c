"""Where a PDF line's words and the ruled lines around it stand on the page.

The PDF and OCR readers know each word's box; the structural parser reads tables
from the laid-out text today (:attr:`~zi_docs.readers.lines.Line.layout`) and can
use these boxes and rules to find columns and rows where the text alone is
ambiguous.  Coordinates are PDF points (1/72 inch) in the page's *reading frame*:
origin at the top left of the page as it is read (after the page's rotation and
the text's direction are undone), x to the right, y downwards.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Self

__all__ = ["LayoutText", "LineGeometry", "WordBox"]


@dataclass(frozen=True)
class WordBox:
    """One word of a line and its box."""

    text: str
    x0: float
    """Left edge."""
    x1: float
    """Right edge."""
    top: float
    bottom: float
    confidence: float | None = None
    """OCR only: Tesseract's confidence in the word, 0–100."""


@dataclass(frozen=True)
class LineGeometry:
    """A line's words, the page's size and the rules that touch the line."""

    words: tuple[WordBox, ...]
    page_width: float
    """Width of the page in its reading frame (a landscape page is wider than high)."""
    page_height: float
    baseline: float
    """The line's baseline (y of the bottom of its letters without descenders)."""
    unit: float
    """Width of one space of :attr:`~zi_docs.readers.lines.Line.layout`, in points."""
    rules_above: tuple[tuple[float, float], ...] = ()
    """Horizontal ruled lines between the previous line and this one, as (x0, x1):
    in a ruled table, the top border of a new row."""
    column_rules: tuple[float, ...] = ()
    """x of the vertical ruled lines that cross this line: a ruled table's column borders."""


class LayoutText(str):
    """A PDF line as laid out (:attr:`~zi_docs.readers.lines.Line.layout`), a ``str``
    that also says whether a ruled line above it starts a new table row.

    The layout-table reader (:func:`zi_docs.readers.layout_table.table_rows`) gets
    the laid-out lines as strings; in a ruled table a row whose first cell is empty
    (a Rencana Aksi step without a number) is told from a wrapped line of the row
    above only by the rule between them, and this is how that fact reaches it.
    """

    ruled_row_start: bool

    def __new__(cls, text: str, ruled_row_start: bool = False) -> Self:
        value = super().__new__(cls, text)
        value.ruled_row_start = ruled_row_start
        return value
