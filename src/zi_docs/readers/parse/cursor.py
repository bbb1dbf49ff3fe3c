"""The parser's view of a document: typed logical lines and a cursor over them.

The cursor also holds what every part of the parser adds to: the source map and the
text no part could place.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...grammar import norm
from ...grammar.body import repaired_label
from ...model import Lokasi, SourceMap, TeksTakTerurai
from ..lines import Line
from .stacked import stacked_row


@dataclass
class LogicalLine:
    """A line as the parser sees it: normalised text, cells kept for table rows."""

    text: str
    loc: Lokasi
    cells: tuple[str, ...] | None
    bold: bool
    page_start: bool
    index: int
    raw: str = ""
    """The text before whitespace was normalised (column gaps still visible)."""
    layout: str | None = None
    """For layout text (PDF), the line with its spacing, to find table columns in."""
    repaired: str | None = None
    """The label as printed, where OCR damaged it and :func:`~zi_docs.grammar.body.repaired_label`
    read it (``"KETICA"`` for KETIGA)."""

    @property
    def blank(self) -> bool:
        return not self.text


def logical_lines(lines: list[Line]) -> list[LogicalLine]:
    """Split multi-paragraph lines and table cells holding several paragraphs."""
    result: list[LogicalLine] = []
    boxes = _layout_boxes(lines)
    for line in lines:
        cells = line.cells
        source = line.text
        if cells is not None and (line.location.berkas, line.location.tabel) in boxes:
            # A table that only places text (a signature, a LAMPIRAN header at the
            # right): one filled cell per row, read as the paragraphs it holds.
            source, cells = next((c for c in cells if c.strip()), ""), None
        pieces = source.split("\n") if cells is None else [source]
        for n, piece in enumerate(pieces):
            text = piece.replace("\t", " ") if cells is None else piece
            text = norm(text) if cells is None else text.strip()
            label = repaired_label(text) if cells is None else text
            result.append(
                LogicalLine(
                    text=label,
                    repaired=text.split(" ", 1)[0] if label != text else None,
                    loc=line.location,
                    cells=cells,
                    bold=line.bold,
                    page_start=line.page_break_before and n == 0,
                    index=len(result),
                    raw=piece.strip(),
                    # A text file is layout text too (pdftotext -layout): its spacing finds table
                    # columns, counted from the margin, so the indent the text reader took off goes back.
                    layout=line.layout
                    if line.layout is not None or cells is not None or line.indent is None
                    else " " * (line.indent if n == 0 else 0) + piece,
                )
            )
    return result


def _layout_boxes(lines: list[Line]) -> set[tuple[str, int]]:
    """The DOCX tables in which no row has more than one filled cell."""
    filled: dict[tuple[str, int], int] = {}
    for line in lines:
        if line.cells is not None and line.location.tabel is not None:
            key = (line.location.berkas, line.location.tabel)
            filled[key] = max(filled.get(key, 0), sum(1 for c in line.cells if c.strip()))
    return {key for key, most in filled.items() if most <= 1}


def row_as_text(line: LogicalLine) -> list[str]:
    """A layout-table row (label | : | text, cells with several paragraphs) as text lines."""
    assert line.cells is not None
    if (stacked := stacked_row(line.cells)) is not None:
        return stacked
    first: list[str] = []
    rest: list[str] = []
    for cell in line.cells:
        paragraphs = [p for p in (cell.split("\n")) if p.strip()]
        if not paragraphs:
            continue
        if rest:
            rest.extend(paragraphs)
        else:
            first.append(paragraphs[0])
            rest.extend(paragraphs[1:])
    return [norm(" ".join(first))] + [norm(p) for p in rest] if first else [norm(p) for p in rest]


def texts_of(line: LogicalLine) -> list[str]:
    """The line's text lines: a table row's as :func:`row_as_text` reads them."""
    return row_as_text(line) if line.cells is not None else [line.text]


def first_text(line: LogicalLine) -> str:
    """The line as text; for a table row, its first line as a layout row reads."""
    if line.cells is None:
        return line.text.replace("\t", " ")
    texts = row_as_text(line)
    return texts[0] if texts else ""


@dataclass
class Cursor:
    """The position in the logical lines, and what the parse has produced besides the model."""

    lines: list[LogicalLine]
    paragraph_per_line: bool
    """DOCX: every line is a paragraph; text and PDF separate paragraphs with blank lines."""
    pos: int = 0
    source_map: SourceMap = field(default_factory=dict)
    unparsed: list[TeksTakTerurai] = field(default_factory=list)
    tentang: str = ""
    """The decree's own TENTANG, once read: a Lampiran header's TENTANG is compared with it."""
    lampiran_headings: int = 0
    """How many attachments began with a LAMPIRAN heading (a table alone is no decree's landmark)."""
    foreign: str | None = None
    """The heading of the first page after the decree that is no part of it ("NOTA DINAS"), once met."""
    printed: dict[str, str] = field(default_factory=dict)
    """Model path → the line as printed where the model keeps a normalised form: the keywords
    (``"menimbang"``: ``"Menimbang : a. bahwa …"``), the diktum labels (``"diktum[0]"``) and the
    enactment's place and date (``"penetapan.tempat"``, ``"penetapan.tanggal"``, and a Lampiran's
    ``"lampiran[0].penandatanganan.tanggal"``), so that the
    checker can judge the colon and the date as written."""

    def peek(self, offset: int = 0) -> LogicalLine | None:
        i = self.pos + offset
        return self.lines[i] if i < len(self.lines) else None

    @property
    def at_end(self) -> bool:
        return self.pos >= len(self.lines)

    def skip_blank(self) -> None:
        while self.pos < len(self.lines) and self.lines[self.pos].blank:
            self.pos += 1

    def next_filled(self, index: int) -> LogicalLine | None:
        """The first line at or after ``index`` that is not blank."""
        while index < len(self.lines) and self.lines[index].blank:
            index += 1
        return self.lines[index] if index < len(self.lines) else None

    def keep(self, line: LogicalLine, text: str | None = None) -> None:
        """Keep ``text`` (by default the whole line) as text no part could place."""
        if text is None:
            text = line.text.replace("\t", " ") if line.cells is None else " | ".join(line.cells)
        if norm(text):
            self.unparsed.append(TeksTakTerurai(teks=norm(text), lokasi=line.loc))

    def keep_text(self, text: str, loc: Lokasi) -> None:
        """Keep a piece of text as it is (already normalised by the caller)."""
        self.unparsed.append(TeksTakTerurai(teks=text, lokasi=loc))
