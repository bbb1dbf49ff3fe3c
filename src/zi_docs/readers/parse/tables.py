"""Table rows from the cursor: a DOCX table's rows, or a table found in PDF layout text."""

from __future__ import annotations

from dataclasses import replace

from ...grammar import (
    DITETAPKAN,
    LAMPIRAN,
    NUMBER_CELL,
    SALINAN,
    TEMPAT_TANGGAL,
    TITLE_COMMA,
    is_numbered_header,
    table_kind,
)
from ...storage.regex_cache import regex
from ..layout_table import table_rows
from .cursor import Cursor, LogicalLine
from .text import is_caps


def header_kind(row: LogicalLine | None) -> str | None:
    """The kind of table a header row starts (``grammar.TEAM``, ``grammar.PLAN``), if it is one."""
    if row is None or row.cells is None:
        return None
    return table_kind(row.cells)


def layout_header(cur: Cursor, line: LogicalLine) -> bool:
    """Whether a line of layout text heads a table, its columns cut at tabs or wide gaps: a
    member or plan header, or a numbered header whose rows below fill its columns one line each
    (where cells wrap over lines the columns of other tables cannot be told from the gaps, and
    the text reads better as paragraphs)."""
    if line.layout is None or line.cells is not None:
        return False
    cells = _layout_cells(line.layout)
    if table_kind(cells) is not None:
        return True
    if not is_numbered_header(cells):
        return False
    rows = 0
    for below in cur.lines[line.index + 1 :]:
        if below.blank or below.layout is None:
            break
        if len(_layout_cells(below.layout)) != len(cells) or not NUMBER_CELL.match(_layout_cells(below.layout)[0]):
            return False
        rows += 1
    return rows > 0


_CELL_CUT = regex(r"\t|\s{2,}")


def _layout_cells(raw: str) -> list[str]:
    return [c for c in _CELL_CUT.split(raw.strip()) if c]


def _is_layout_header(raw: str) -> bool:
    cells = _layout_cells(raw)
    return table_kind(cells) is not None or is_numbered_header(cells)


def take_rows(cur: Cursor) -> list[LogicalLine]:
    """The table rows from the cursor on (blank lines between rows allowed)."""
    rows: list[LogicalLine] = []
    while (line := cur.peek()) is not None and (line.cells is not None or line.blank):
        if line.cells is not None:
            rows.append(line)
        cur.pos += 1
    return rows


def take_layout_table(cur: Cursor) -> list[LogicalLine]:
    """A table in layout text from the cursor on, as rows with cells."""
    start = cur.pos
    while (line := cur.peek()) is not None:
        text = line.text
        if not line.blank and (
            TEMPAT_TANGGAL.match(text)
            or DITETAPKAN.match(text)
            or SALINAN.match(text)
            or (LAMPIRAN.match(text) and line.page_start)
            or (is_caps(text) and TITLE_COMMA.search(text) and "\t" not in text)
        ):
            break
        cur.pos += 1
    region = cur.lines[start : cur.pos]
    layout = [line.layout or line.text for line in region]

    page_starts = [i for i, line in enumerate(region) if i and line.loc.halaman != region[i - 1].loc.halaman]
    return [
        replace(region[index], text="\t".join(cells), cells=tuple(cells))
        for index, cells in table_rows(layout, _is_layout_header, page_starts)
    ]
