"""Tables in layout text (PDF layout mode, ``pdftotext -layout``) → rows of cells.

In layout text a table has no separators: its columns are where the text lines
up, and a cell that wraps continues on the next lines in its own column.  The
columns are found from the header row's words and the gaps (runs of spaces) that
the data rows share; a row starts where the first column (NO) has text and the
lines after it with an empty first column continue its cells.  Hand-written: no
library reads tables from layout text.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from ..storage.regex_cache import regex

_CHUNK = regex(r"\S+(?: \S+)*")


def _chunks(line: str) -> list[tuple[int, int, str]]:
    """Runs of text separated by two or more spaces, with their positions."""
    return [(m.start(), m.end(), m.group()) for m in _CHUNK.finditer(line)]


def column_bounds(header: str, body: Sequence[str]) -> list[int]:
    """Start positions of the columns after the first.

    Between two neighbouring header words, the cut is the middle of the widest
    run of positions where the fewest body lines have text: a gutter, even when a
    long group row ("c. TIM PENATAAN SISTEM …") crosses it.
    """
    words = _chunks(header)
    bounds = []
    for (_, left_end, _), (right_start, _, _) in zip(words, words[1:]):
        lo = min(left_end, right_start)
        best: tuple[int, int, int] | None = None  # (count, -width, middle)
        position = lo
        counts = [sum(1 for line in body if p < len(line) and line[p] != " ") for p in range(lo, right_start + 1)]
        while position <= right_start:
            count = counts[position - lo]
            end = position
            while end + 1 <= right_start and counts[end + 1 - lo] == count:
                end += 1
            candidate = (count, -(end - position + 1), (position + end + 1) // 2)
            if best is None or candidate < best:
                best = candidate
            position = end + 1
        bounds.append(best[2] if best else right_start)
    return bounds


def split_cells(line: str, bounds: Sequence[int]) -> list[str]:
    """The line's text per column; a run of text that crosses a cut stays whole in
    the column where it starts, unless a single space sits at the cut or up to two
    places right of it (the cut is a gutter's middle; a column's text starts at its
    right edge: "Analis Anggaran Ahli Pertama Anggota" under JABATAN and KEDUDUKAN)."""
    cells = [""] * (len(bounds) + 1)
    for start, end, text in _chunks(line):
        pieces = [(start, text)]
        for cut in bounds:
            last_start, last_text = pieces[-1]
            if last_start < cut < last_start + len(last_text):
                offset = cut - last_start
                space = next(
                    (
                        i
                        for i in (offset, offset - 1, offset + 1, offset + 2)
                        if 0 < i < len(last_text) and last_text[i] == " "
                    ),
                    None,
                )
                if space is not None:
                    pieces[-1] = (last_start, last_text[:space])
                    pieces.append((last_start + space + 1, last_text[space + 1 :]))
        for piece_start, piece_text in pieces:
            column = sum(1 for cut in bounds if piece_start >= cut)
            cells[column] = f"{cells[column]} {piece_text}".strip()
    return cells


def _column_numbers(cells: Sequence[str]) -> bool:
    """Whether the cells are 1, 2, 3, …: the row that numbers a table's columns."""
    return len(cells) > 2 and [cell.strip() for cell in cells] == [str(n) for n in range(1, len(cells) + 1)]


def table_rows(
    lines: Sequence[str], is_header: Callable[[str], bool], page_starts: Collection[int] = ()
) -> list[tuple[int, list[str]]]:
    """Rows of a layout table: ``(index of the row's first line, cells)``.

    ``lines[0]`` is the header; the first row returned is the header's cells, its
    wrapped words ("TARGET" / "WAKTU") joined.  ``page_starts`` are the indexes where a new page
    begins: a layout extractor places columns anew on every page, so each page's
    columns are found from its own (repeated) header and lines.  Header lines, and
    the lines that continue a header (its wrapped words), are not rows.  A
    line from a PDF (:class:`~zi_docs.readers.pdf_boxes.LayoutText`) that stands
    below a ruled row border starts a row even with an empty first column.
    """
    segments: list[tuple[int, int]] = []
    cuts = sorted({0, *page_starts, len(lines)})
    for start, end in zip(cuts, cuts[1:]):
        segments.append((start, end))
    header = lines[0]
    rows: list[tuple[int, list[str]]] = []
    in_header = True
    for start, end in segments:
        segment = lines[start:end]
        header = next((line for line in segment if is_header(line)), header)
        body = [line for line in segment if line.strip() and not is_header(line)]
        bounds = column_bounds(header, body)
        for index in range(start, end):
            line = lines[index]
            if not line.strip():
                continue
            if is_header(line):
                in_header = True
                if index == 0:
                    rows.append((0, split_cells(line, bounds)))
                continue
            cells = split_cells(line, bounds)
            if in_header and len(rows) > 1 and _column_numbers(cells):
                continue  # a repeated header's row of column numbers ("1 2 3 … 7")
            # A PDF line below a ruled row border starts a row though its first cell
            # is empty (a step without a number); not at a page's top, where the
            # border may be that of a row continued from the page before.
            if cells[0] or (getattr(line, "ruled_row_start", False) and index not in page_starts and rows):
                in_header = False
                rows.append((index, cells))
            elif in_header and len(rows) > 1 or not rows:
                continue  # a repeated header's second line ("DALAM TIM")
            else:
                previous = rows[-1][1]
                for column, text in enumerate(cells):
                    if text and column < len(previous):
                        joined = previous[column]
                        if joined.endswith("-") and len(joined) > 1 and not joined[-2].isspace():
                            previous[column] = joined + text
                        else:
                            previous[column] = f"{joined} {text}".strip()
    return rows
