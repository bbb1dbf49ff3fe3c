"""Lines from positioned text: glyphs or words with boxes → laid-out lines.

Both a PDF's text layer (one box per character, :mod:`.pdf_text`) and OCR (one box
per word, :mod:`.ocr`) end here, so a scan and an exported PDF are laid out by the
same rules:

* **Lines** are clusters of baselines.  Sorted by baseline, an item joins the
  current line when its baseline lies within 0.4 of the larger font size of the
  line; the line's baseline is that of its largest letters, so a superscript
  ("m²", a footnote mark) or a subscript stays on its line instead of opening one.
* **Words** are glyphs of a line, left to right, until a space or a gap wider than
  0.15 of the font size, or a gap of 0.04 of it or more that is 0.035 of it wider
  than the word's usual gap between letters (a tightly set cell whose spaces have
  no space character).  A glyph printed twice at the same place (fake bold) is
  kept once.
* **Columns**: a gap between words of 2.5 layout spaces or more, or a vertical
  ruled line between them (a ruled table's border), is a column gap (a tab in
  ``text``).  In ``layout`` the words of a run follow each other with one
  space, and the first word after a column gap stands at the column its x gives
  (one space per average character width, times 0.85 so that a run in wider
  letters than average, capitals, still ends before the next column), at least
  three spaces on: the columns of a table line up from row to row, and a run of
  two spaces or more always means a column gap.  In a ruled table the first
  word of a cell stands one space right of the cell's left border instead.
* **Blank lines** stand for vertical space: a line further below the previous one
  than 1.45 times the page's usual line pitch follows a blank line.

Hand-written because no library turns boxes into lines with these conventions
(pdfplumber's word and line clustering is close but needs pdfminer's slow layout
pass, which is what this reader avoids).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from operator import itemgetter
from statistics import median

from .pdf_boxes import LineGeometry, WordBox

__all__ = ["Glyph", "PageText", "TextLine", "lay_out_pages"]

#: ``(text, x0, x1, top, bottom, baseline, size, confidence)`` in the reading frame,
#: y downwards; ``text`` is one character for a PDF, a word for OCR; ``size`` the
#: font size (PDF) or the height of the word's letters (OCR); ``confidence`` OCR's,
#: else ``None``.  Tuples, not objects: a page has thousands.
Glyph = tuple[str, float, float, float, float, float, float, float | None]

_SAME_LINE = 0.4
_WORD_GAP = 0.15
_TIGHT_SPACE = 0.04
_TIGHT_MARGIN = 0.035
_COLUMN_GAP = 2.5
_BLANK_PITCH = 1.45
_NARROW = 0.85
_TEXT, _TOP, _BOTTOM, _SIZE = itemgetter(0), itemgetter(3), itemgetter(4), itemgetter(6)


@dataclass
class PageText:
    """One page's positioned text, in its reading frame."""

    glyphs: list[Glyph]
    width: float
    height: float
    horizontal_rules: list[tuple[float, float, float]]
    """(y, x0, x1) of each horizontal ruled line."""
    vertical_rules: list[tuple[float, float, float]]
    """(x, top, bottom) of each vertical ruled line."""
    words_given: bool = False
    """The glyphs are words already (OCR): do not split or join them."""


@dataclass
class TextLine:
    """A laid-out line of one page."""

    text: str
    """Words joined by a space, or a tab at a column gap."""
    layout: str
    """The line with every word at the column its x position gives."""
    indent: int
    geometry: LineGeometry
    confidence: float | None = None
    """OCR: mean confidence of the line's words, weighted by their length."""
    ruled_row_start: bool = False
    """Horizontal rules right above the line cover at least half of its width."""


def _cluster(glyphs: list[Glyph]) -> list[list[Glyph]]:
    """Glyphs grouped into lines by baseline (see the module docstring)."""
    lines: list[list[Glyph]] = []
    baseline = size = -1e9
    for glyph in sorted(glyphs, key=lambda g: g[5]):
        if lines and glyph[5] - baseline <= _SAME_LINE * max(size, glyph[6]):
            lines[-1].append(glyph)
            if glyph[6] >= size:
                baseline, size = glyph[5], glyph[6]
        else:
            lines.append([glyph])
            baseline, size = glyph[5], glyph[6]
    return lines


def _words(line: list[Glyph], given: bool) -> list[list[Glyph]]:
    """A line's glyphs, left to right, grouped into words."""
    ordered = sorted(line, key=lambda g: g[1])
    if given:
        return [[g] for g in ordered if g[0].strip()]
    words: list[list[Glyph]] = []
    previous: Glyph | None = None
    for glyph in ordered:
        if not glyph[0].strip():
            previous = None
            continue
        if previous is not None:
            if glyph[0] == previous[0] and abs(glyph[1] - previous[1]) < 0.3 * max(previous[2] - previous[1], 0.1):
                continue  # the same letter printed again over itself (fake bold)
            if glyph[1] - previous[2] <= _WORD_GAP * max(glyph[6], previous[6]):
                words[-1].append(glyph)
                previous = glyph
                continue
        words.append([glyph])
        previous = glyph
    return [piece for word in words for piece in _tight_spaces(word)]


def _tight_spaces(word: list[Glyph]) -> list[list[Glyph]]:
    """A word split where a space without a space character stands, narrower than
    :data:`_WORD_GAP` but far wider than the gaps between its letters: a tightly set
    table cell ("jalur mandiri" 0.05 em apart, its letters 0.005 em)."""
    if len(word) < 4:
        return [word]
    gaps = [b[1] - a[2] for a, b in pairwise(word)]
    usual = median(gaps)
    pieces = [[word[0]]]
    for glyph, gap, before in zip(word[1:], gaps, word):
        size = max(glyph[6], before[6])
        if gap >= _TIGHT_SPACE * size and gap > usual + _TIGHT_MARGIN * size:
            pieces.append([glyph])
        else:
            pieces[-1].append(glyph)
    return pieces


def _unit(pages: list[PageText]) -> float:
    """The width of one layout space: the average width of a character."""
    width = count = 0.0
    for page in pages:
        for glyph in page.glyphs:
            if glyph[0].strip():
                width += glyph[2] - glyph[1]
                count += len(glyph[0])
    return _NARROW * width / count if count and width > 0 else 5.0


def _pitch(baselines: list[float], sizes: list[float]) -> float:
    """The usual distance between two lines of the page."""
    size = median(sizes) if sizes else 12.0
    steps = [b - a for a, b in pairwise(baselines) if b - a > 0.5 * size]
    pitch = median(steps) if steps else 1.2 * size
    return min(max(pitch, 1.0 * size), 2.0 * size)


def _rules_near(page: PageText, top: float, bottom: float, baseline: float, size: float, previous: float):
    """Horizontal rules between the previous baseline and this line's letters
    (boxes of letters overlap a row border between them, baselines do not);
    vertical rules crossing the line's band."""
    above = tuple(sorted((x0, x1) for y, x0, x1 in page.horizontal_rules if previous < y <= baseline - 0.5 * size))
    across = tuple(sorted({round(x, 1) for x, y0, y1 in page.vertical_rules if y0 <= top + 1 and y1 >= bottom - 1}))
    return above, across


def _covered(rules: tuple[tuple[float, float], ...], x0: float, x1: float) -> bool:
    """Whether the rules cover at least half of x0..x1 (a row's top border)."""
    if not rules:
        return False
    covered = 0.0
    reach = x0
    for left, right in rules:  # sorted by left edge
        left, right = max(left, reach), min(right, x1)
        if right > left:
            covered += right - left
            reach = right
    return covered >= 0.5 * max(x1 - x0, 1.0)


def _lay_out_page(page: PageText, unit: float, origin: float) -> list[TextLine | None]:
    clusters = _cluster(page.glyphs)
    biggest = [max(c, key=_SIZE) for c in clusters]
    baselines = [g[5] for g in biggest]
    sizes = [g[6] for g in biggest]
    pitch = _pitch(baselines, sizes)
    result: list[TextLine | None] = []
    previous_baseline = -1e9
    for cluster, baseline, size in zip(clusters, baselines, sizes):
        words = _words(cluster, page.words_given)
        if not words:
            continue
        if result and baseline - previous_baseline > _BLANK_PITCH * pitch:
            result.append(None)  # vertical space: a blank line
        top = min(min(map(_TOP, word)) for word in words)
        bottom = max(max(map(_BOTTOM, word)) for word in words)
        above, across = _rules_near(page, top, bottom, baseline, size, previous_baseline)
        boxes = []
        text_parts: list[str] = []
        layout_parts: list[str] = []
        column = 0
        last_x1 = None
        weighted = total = 0.0
        for word in words:
            text = "".join(map(_TEXT, word))
            x0, x1 = word[0][1], word[-1][2]
            top, bottom = min(map(_TOP, word)), max(map(_BOTTOM, word))
            confidence = word[0][7]
            if confidence is not None:
                weighted += confidence * len(text)
                total += len(text)
            boxes.append(WordBox(text, x0, x1, top, bottom, confidence))
            border = max((x for x in across if x <= x0 + 1 and (last_x1 is None or x >= last_x1 - 1)), default=None)
            if border is not None:
                # A cell's text starts one space right of the cell's left border,
                # however it is aligned in the cell (a centred header, a number):
                # the cells of a ruled column all start at one column of ``layout``.
                wanted = max(0, round((border - origin) / unit)) + 1
            else:
                wanted = max(0, round((x0 - origin) / unit))
            if last_x1 is not None:
                gap = x0 - last_x1
                if border is not None or gap >= _COLUMN_GAP * unit:
                    text_parts.append("\t")
                    wanted = max(wanted, column + 3)
                else:
                    text_parts.append(" ")
                    wanted = column + 1
            layout_parts.append(" " * (wanted - column) + text)
            column = wanted + len(text)
            text_parts.append(text)
            last_x1 = x1
        layout = "".join(layout_parts)
        indent = len(layout) - len(layout.lstrip(" "))
        result.append(
            TextLine(
                text="".join(text_parts),
                layout=layout,
                indent=indent,
                geometry=LineGeometry(
                    words=tuple(boxes),
                    page_width=round(page.width, 2),
                    page_height=round(page.height, 2),
                    baseline=round(baseline, 2),
                    unit=round(unit, 3),
                    rules_above=above,
                    column_rules=across,
                ),
                confidence=round(weighted / total, 1) if total else None,
                ruled_row_start=_covered(above, boxes[0].x0, boxes[-1].x1),
            )
        )
        previous_baseline = baseline
    return result


def lay_out_pages(pages: list[PageText]) -> list[list[TextLine | None]]:
    """Every page's lines, top to bottom; ``None`` is a blank line (vertical space).

    One layout space is the average character width of the whole document, and
    column 0 is the leftmost text of all pages of the same width, so that the
    indentation of lines on different pages compares.
    """
    unit = _unit(pages)
    origins: dict[int, float] = {}
    for page in pages:
        key = round(page.width / 10)
        left = min((g[1] for g in page.glyphs if g[0].strip()), default=None)
        if left is not None:
            origins[key] = min(origins.get(key, left), left)
    return [_lay_out_page(page, unit, origins.get(round(page.width / 10), 0.0)) for page in pages]
