"""The Rencana Aksi table: section rows (I, II, … with the area's title) and action rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ...grammar import COLUMN_NUMBER, NUMBER_CELL, PLAN, ROMAN_CELL, norm, plan_columns
from ...model import BagianRencanaAksi, BarisRencanaAksi
from ...model.area import area_dari_nama
from .cursor import Cursor, LogicalLine
from .tables import header_kind


@dataclass
class _Section:
    """A section of a Rencana Aksi table (one area of change) and its rows."""

    nomor: str = ""
    judul: str = ""
    baris: list[BarisRencanaAksi] = field(default_factory=list)
    numbered: bool = False
    """Read from a section row (which names the area); rows before any have none."""

    def model(self) -> BagianRencanaAksi:
        values: dict[str, Any] = {"nomor": self.nomor, "judul": self.judul, "baris": self.baris}
        if self.numbered:
            values["area"] = area_dari_nama(self.judul)
        return BagianRencanaAksi(**values)


def _is_lone_numeral(row: LogicalLine | None) -> bool:
    """A row holding only a Roman numeral: the second half of a section row a page break split."""
    return (
        row is not None
        and bool(row.cells)
        and bool(ROMAN_CELL.match(norm(row.cells[0])))
        and len([c for c in row.cells if c.strip()]) == 1
    )


def plan(cur: Cursor, path: str, rows: list[LogicalLine]) -> list[BagianRencanaAksi]:
    sections: list[_Section] = []
    pending_title: str | None = None
    columns = plan_columns(None)
    seen_header = False
    for position, row in enumerate(rows):
        cells = [norm(c) for c in (row.cells or ())]
        if header_kind(row) == PLAN:
            if not seen_header:
                columns, seen_header = plan_columns(tuple(cells)), True
            continue
        filled = [c for c in cells if c]
        if not filled:
            continue
        if all(COLUMN_NUMBER.fullmatch(c) for c in filled) and len(filled) >= 5:
            continue  # the column-number row 1 … 7
        if ROMAN_CELL.match(cells[0]):
            parts = [c for c in cells[1:] if c]
            if row.layout is not None:
                # In layout text the title of a merged section cell runs across
                # the column cuts: all of it is the title.
                parts = [" ".join(parts)] if parts else []
            for extra in parts[1:]:  # other cells of a section row are kept
                cur.keep_text(extra, row.loc)
            title = (parts[0] if parts else "") or pending_title or ""
            pending_title = None
            sections.append(_Section(nomor=cells[0].rstrip("."), judul=title, numbered=True))
            cur.source_map[f"{path}.bagian[{len(sections) - 1}]"] = row.loc
            continue
        nxt = rows[position + 1] if position + 1 < len(rows) else None
        lone_title = len(filled) == 1 and not NUMBER_CELL.match(filled[0])
        if lone_title and len(cells) >= 5 and not cells[0] and _is_lone_numeral(nxt):
            # A lone title row: when the next row is a bare Roman numeral, the
            # page break split the section row in two.
            pending_title = filled[0]
            continue
        if lone_title and cells and cells[0] == filled[0] and _is_lone_numeral(nxt):
            pending_title = filled[0]
            continue
        if not sections:
            sections.append(_Section())
        if len(cells) > len(columns) and (not cells[1] or NUMBER_CELL.match(cells[1])):
            # An extra column after NO (empty, or a stray number): the row's
            # text is in the columns after it.  The stray value is kept.
            if cells[1]:
                cur.keep_text(cells[1], row.loc)
            cells = cells[:1] + cells[2:]
        values: dict[str, Any] = {}
        for name, value in zip(columns, cells):
            if value and name:
                values[name] = value
        for extra in cells[len(columns) :]:
            if extra:
                cur.keep_text(extra, row.loc)
        baris = sections[-1].baris
        baris.append(BarisRencanaAksi(**values))
        cur.source_map[f"{path}.bagian[{len(sections) - 1}].baris[{len(baris) - 1}]"] = row.loc
    return [s.model() for s in sections]
