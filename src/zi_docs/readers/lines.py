"""The common form every reader turns a document into: lines with their location.

A DOCX, a PDF and a text file differ in how they store a decree, but once each is
turned into a sequence of :class:`Line` objects, one structural parser
(:mod:`zi_docs.readers.structure`) builds the model from any of them.  A table row
becomes one line whose ``cells`` hold the cell texts (``text`` joins them with tabs),
so that a layout table (label | : | text) reads like a tab-aligned paragraph and a
member table keeps its columns.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Lokasi


@dataclass(frozen=True)
class Line:
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

    page_break_before: bool = False
    """The line starts a new page (a Lampiran usually does)."""

    extra: dict[str, object] = field(default_factory=dict, compare=False)
    """Reader-specific details a parser may use (e.g. ``{"table_header": True}``)."""
