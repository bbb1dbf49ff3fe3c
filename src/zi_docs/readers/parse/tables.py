"""Table rows from the cursor: a DOCX table's rows, or a table found in PDF layout text."""

from __future__ import annotations

import re
from dataclasses import replace

from ...grammar import DITETAPKAN, LAMPIRAN, SALINAN, TEMPAT_TANGGAL, table_kind
from ..layout_table import table_rows
from .cursor import Cursor, LogicalLine
from .text import is_caps

_COLUMN_GAP = re.compile(r"\s{2,}")


def header_kind(row: LogicalLine | None) -> str | None:
    """The kind of table a header row starts (``grammar.TEAM``, ``grammar.PLAN``), if it is one."""
    if row is None or row.cells is None:
        return None
    return table_kind(row.cells)


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
            or (is_caps(text) and text.endswith(",") and "\t" not in text)
        ):
            break
        cur.pos += 1
    region = cur.lines[start : cur.pos]
    layout = [line.layout or line.text for line in region]

    def is_header(raw: str) -> bool:
        return table_kind(_COLUMN_GAP.split(raw.strip())) is not None

    page_starts = [i for i, line in enumerate(region) if i and line.loc.halaman != region[i - 1].loc.halaman]
    return [
        replace(region[index], text="\t".join(cells), cells=tuple(cells))
        for index, cells in table_rows(layout, is_header, page_starts)
    ]
