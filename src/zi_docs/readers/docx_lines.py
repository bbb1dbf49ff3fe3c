"""Turn a Word document (.docx) into :class:`~zi_docs.readers.lines.Line` objects.

The body is read in document order: every paragraph becomes a line, every table
row becomes a line with its cells.  What Word *shows* is read, not what python-docx
exposes as ``paragraph.text``: automatic numbering labels (computed by
:mod:`zi_docs.readers.docx_numbering`), tabs and line breaks, field results,
accepted tracked changes, and text boxes, which often hold a Lampiran's header.
Headers, footers and comments are page furniture or notes, not the decree, and
are not read.

The package is opened by :mod:`zi_docs.docx.package` (limits checked from the ZIP
directory first, DTDs refused), the places are numbered by
:class:`zi_docs.docx.body.Body` and each paragraph's shown text comes from
:func:`zi_docs.docx.body.shown`: the same walk the fixer and the suppression marks
use, so that a line's location names the paragraph they find.
"""

from __future__ import annotations

import itertools
import os
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from ..docx.body import Body, Place, blocks, cells, is_deleted, is_layout_row, is_merged_continuation, rows, shown
from ..docx.ns import RT_NUMBERING, RT_STYLES, attr, integer, on, qn
from ..docx.package import MAX_BYTES, MAX_COMPRESSION_RATIO, MAX_UNCOMPRESSED, open_document, related_element
from ..docx.styles import StyleSheet
from ..model import Lokasi
from .docx_numbering import Numbering
from .lines import Line

__all__ = ["MAX_BYTES", "MAX_COMPRESSION_RATIO", "MAX_UNCOMPRESSED", "read_docx_lines"]

_P = qn("w:p")
_SECT_PR, _P_PR, _BODY, _TYPE = qn("w:sectPr"), qn("w:pPr"), qn("w:body"), qn("w:type")
_PARAGRAPH_SECT_PR = qn("w:pPr/w:sectPr")
_GRID_SPAN, _TABLE_HEADER = qn("w:tcPr/w:gridSpan"), qn("w:trPr/w:tblHeader")


def read_docx_lines(
    path: str | os.PathLike[str],
    *,
    max_bytes: int = MAX_BYTES,
    max_uncompressed: int = MAX_UNCOMPRESSED,
) -> list[Line]:
    """Read a .docx file into lines, in document order.

    * a paragraph gives one line; its numbering label, if Word prints one, comes
      first followed by a tab (``"a.\\tbahwa …"``); ``w:tab`` gives ``"\\t"``, a
      line break ``"\\n"``; an empty paragraph gives an empty line;
    * a table row gives one line with ``cells`` (each cell's paragraphs joined with
      ``"\\n"``, trailing empty ones dropped, nested tables flattened into the cell,
      a row per line with its cells joined by tabs) and ``text`` the cells joined
      with tabs; a horizontally merged cell appears once (``grid_spans``
      then gives each cell's width in grid columns); a vertically merged
      continuation cell is ``""``; a repeated header row has
      ``table_header``;
    * paragraphs in a text box come before the paragraph that anchors the box,
      with ``text_box``;
    * ``page_break_before`` is set on the first non-blank line after a page break,
      a new-page section break or a paragraph that starts a page.

    Raises :class:`UnreadableFileError` for a missing, damaged or non-Word file and
    :class:`LimitExceededError` for one larger than the limits.
    """
    path = Path(path)
    document = open_document(path, max_bytes=max_bytes, max_uncompressed=max_uncompressed)
    part = document.part
    return _BodyReader(
        body=Body(document.element.body, path.name),
        styles=related_element(part, RT_STYLES),
        numbering=related_element(part, RT_NUMBERING),
    ).read()


# -- paragraph content -----------------------------------------------------------


Spans = tuple[tuple[int, int], ...]


@dataclass
class _Content:
    """What one paragraph shows, gathered run by run."""

    parts: list[str] = field(default_factory=list)
    run_bold: list[bool] = field(default_factory=list)
    """Bold or not, for every run with visible non-blank text."""
    italic: list[tuple[int, int]] = field(default_factory=list)
    """Where the text printed in italics stands (start, end), merged where runs touch."""
    length: int = 0
    break_at_start: bool = False
    """A page break comes before any text: the paragraph starts a page."""
    break_after: bool = False
    """A page break comes after some text: the next line starts a page."""
    text_boxes: list[etree._Element] = field(default_factory=list)
    gap: bool = False
    """A page break inside the text: separate what follows it with a line break."""

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def add(self, text: str, bold: bool, italic: bool = False) -> None:
        if self.gap and text:
            self.parts.append("\n")
            self.length += 1
            self.gap = False
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        if text.strip():
            self.run_bold.append(bold)
        if italic and text:
            if self.italic and self.italic[-1][1] == start:
                self.italic[-1] = (self.italic[-1][0], self.length)
            else:
                self.italic.append((start, self.length))


@dataclass(frozen=True)
class _Shown:
    """A paragraph's, a cell's or a row's printed text, its boldness and its italics."""

    text: str
    bold: bool
    italic: Spans = ()


def _joined(separator: str, pieces: list[_Shown]) -> tuple[str, Spans]:
    """The pieces' texts joined, with their italics moved to where they now stand."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for piece in pieces:
        spans.extend((start + offset, end + offset) for start, end in piece.italic)
        offset += len(piece.text) + len(separator)
    return separator.join(piece.text for piece in pieces), tuple(spans)


_PRINTED = {"tab": "\t", "break": "\n", "hyphen": "-"}


class _BodyReader:
    """Reads the body's numbered places once, in order, producing lines."""

    def __init__(self, body: Body, styles: etree._Element | None, numbering: etree._Element | None):
        self._body = body
        self._styles = StyleSheet(styles)
        self._numbering = Numbering(numbering, self._styles.chain, self._styles.default_paragraph)
        self._lines: list[Line] = []
        self._pending_break = False
        self._section_starts_page = self._section_breaks(body.element)

    def read(self) -> list[Line]:
        for place in self._body:
            if place.is_row:
                self._row(place)
            else:
                self._body_paragraph(place)
        return self._lines

    @staticmethod
    def _section_breaks(body: etree._Element) -> dict[etree._Element, bool]:
        """For each section-ending ``w:sectPr``: does the next section start a page?

        A ``w:sectPr`` describes the section it ends, including how *that* section
        began (``w:type``), so the answer is in the next one; nextPage is Word's
        default.
        """
        # Only real section ends: a w:sectPrChange (tracked formatting) holds an
        # old w:sectPr of its own that must not count.
        properties = [element for element in body.iter(_SECT_PR) if element.getparent().tag in (_P_PR, _BODY)]
        result: dict[etree._Element, bool] = {}
        for current, following in itertools.pairwise(properties):
            kind = attr(following.find(_TYPE)) or "nextPage"
            result[current] = kind not in ("continuous", "nextColumn")
        return result

    # -- output ------------------------------------------------------------------

    def _emit(self, text: str, location: Lokasi, **kwargs) -> None:
        # A page break belongs to the first line with text after it: an empty
        # paragraph (often the one holding the break) carries nothing to mark.
        start = self._pending_break and bool(text.strip())
        if start:
            self._pending_break = False
        self._lines.append(Line(text=text, location=location, page_break_before=start, **kwargs))

    # -- places ------------------------------------------------------------------

    def _body_paragraph(self, place: Place) -> None:
        paragraph = place.element
        content = self._content(paragraph)
        if is_deleted(paragraph) and not content.text.strip():
            # A paragraph deleted with tracked changes: gone once they are accepted.
            return
        if content.break_at_start or self._styles.page_break_before(paragraph):
            self._pending_break = True
        for box in content.text_boxes:
            for shown_box in self._container_texts(box):
                self._emit(shown_box.text, place.lokasi, bold=shown_box.bold, italic=shown_box.italic, text_box=True)
        finished = self._finish(paragraph, content)
        self._emit(finished.text, place.lokasi, bold=finished.bold, italic=finished.italic)
        section = paragraph.find(_PARAGRAPH_SECT_PR)
        if content.break_after or (section is not None and self._section_starts_page.get(section, False)):
            self._pending_break = True

    def _row(self, place: Place) -> None:
        row = place.element
        if is_layout_row(row):
            # A signature placed as a table's last row (so that it keeps with the row
            # above) is read as the paragraphs it holds, at the row's place.
            for shown_cell in self._container_texts(next(cells(row))):
                self._emit(shown_cell.text, place.lokasi, bold=shown_cell.bold, italic=shown_cell.italic)
            return
        texts, bold = self._row_cells(row)
        text, italic = _joined("\t", texts)
        spans = tuple(integer(attr(cell.find(_GRID_SPAN)), 1) for cell in cells(row))
        self._emit(
            text,
            place.lokasi,
            cells=tuple(cell.text for cell in texts),
            bold=bold,
            italic=italic,
            table_header=on(row.find(_TABLE_HEADER)),
            # A merged cell appears once; its width in grid columns lets the
            # parser line the row up with the table's other rows.
            grid_spans=spans if any(span > 1 for span in spans) else None,
        )

    # -- tables ------------------------------------------------------------------

    def _row_cells(self, row: etree._Element) -> tuple[list[_Shown], bool]:
        """The row's cells and whether all its visible text is bold."""
        texts: list[_Shown] = []
        bolds: list[bool] = []
        for cell in cells(row):
            if is_merged_continuation(cell):
                # The cell above holds the content; text left over here is not shown.
                texts.append(_Shown("", False))
                continue
            paragraphs = self._container_texts(cell)
            # Empty paragraphs at the end of a cell are spacing (Word also needs one
            # after a nested table): they are not part of the cell's text.
            text, italic = _joined("\n", paragraphs)
            texts.append(_Shown(text.rstrip("\n"), False, italic))
            bolds.extend(shown.bold for shown in paragraphs if shown.text.strip())
        return texts, bool(bolds) and all(bolds)

    def _container_texts(self, container: etree._Element) -> list[_Shown]:
        """Paragraphs of a cell or text box, nested tables flattened row by row."""
        texts: list[_Shown] = []
        for block in blocks(container):
            if block.tag == _P:
                content = self._content(block)
                for box in content.text_boxes:
                    texts.extend(self._container_texts(box))
                texts.append(self._finish(block, content))
            else:
                for row in rows(block):
                    row_texts, bold = self._row_cells(row)
                    text, italic = _joined("\t", row_texts)
                    texts.append(_Shown(text, bold, italic))
        return texts

    # -- paragraphs --------------------------------------------------------------

    def _finish(self, paragraph: etree._Element, content: _Content) -> _Shown:
        """The paragraph's printed text, numbering label first, its boldness and italics."""
        text = content.text
        italic = tuple(content.italic)
        label = self._numbering.label(paragraph)
        if label:
            # Always a tab after the label, whatever Word's suffix (tab, space,
            # nothing): the parser finds the label as the first tab-separated field.
            text = f"{label}\t{text}"
            italic = tuple((start + len(label) + 1, end + len(label) + 1) for start, end in italic)
        bold = bool(content.run_bold) and all(content.run_bold)
        return _Shown(text, bold, italic)

    def _content(self, paragraph: etree._Element) -> _Content:
        content = _Content()
        style = self._styles.paragraph_style(paragraph)
        run, bold, italic = None, False, False
        for item in shown(paragraph):
            if item.run is not run:
                run = item.run
                bold, italic = self._styles.bold(run, style), self._styles.italic(run, style)
            kind = item.kind
            if kind == "text":
                content.add(item.element.text or "", bold, italic)
            elif kind == "page-break":
                if content.text.strip():
                    content.break_after = True
                    content.gap = True
                else:
                    content.break_at_start = True
            elif kind == "box":
                content.text_boxes.append(item.element)
            else:
                content.add(_PRINTED[kind], bold)
        return content
