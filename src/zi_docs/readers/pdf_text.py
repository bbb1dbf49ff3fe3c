"""A PDF page's text layer as positioned glyphs, and its ruled lines, through PDFium.

PDFium (pypdfium2) gives every character of the text layer with its box, its
origin on the baseline, its font size and its angle, in the page's user space
(origin bottom left).  This module turns them into the *reading frame*
(:mod:`.pdf_boxes`): the page's ``/Rotate`` is undone, and so is the direction of
the text, so that a landscape table printed sideways on a portrait page reads
left to right like the rest.  Characters of different directions on one page are
laid out separately, the direction most of the page's text has first.

Ruled lines are the page's path objects that are thin (a stroked or filled line
under 3 points across) or the edges of their rectangles: a ruled table's borders.
"""

from __future__ import annotations

import ctypes
import math
from collections import Counter

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .pdf_layout import Glyph, PageText

__all__ = ["page_texts"]

# PDFium marks a hyphen that ends a line with U+FFFE (or U+0002): a hyphen it is.
_HYPHENS = {"\ufffe": "-", "\x02": "-"}
_THIN = 3.0


def _frame(rotation: int, box: tuple[float, float, float, float]):
    """The page's user space → the displayed page (top-left origin, y down), for a
    page showing ``box`` (its crop box: left, bottom, right, top) turned by ``rotation``."""
    left, bottom, right, top = box
    width, height = right - left, top - bottom
    if rotation == 90:
        return (lambda x, y: (y - bottom, x - left)), height, width
    if rotation == 180:
        return (lambda x, y: (right - x, y - bottom)), width, height
    if rotation == 270:
        return (lambda x, y: (top - y, right - x)), height, width
    return (lambda x, y: (x - left, top - y)), width, height


def _turn(direction: int, width: float, height: float):
    """The displayed page → the frame in which text of ``direction`` (degrees,
    anticlockwise as seen) reads left to right."""
    if direction == 90:  # read bottom to top
        return (lambda x, y: (height - y, x)), height, width
    if direction == 180:
        return (lambda x, y: (width - x, height - y)), width, height
    if direction == 270:  # read top to bottom
        return (lambda x, y: (y, width - x)), height, width
    return (lambda x, y: (x, y)), width, height


def _characters(textpage: pdfium.PdfTextPage) -> str:
    """The characters of the text page, one per index (PDFium's character list)."""
    count = pdfium_c.FPDFText_CountChars(textpage)
    if count <= 0:
        return ""
    buffer = (ctypes.c_ushort * (count + 1))()
    written = pdfium_c.FPDFText_GetText(textpage, 0, count, buffer)
    text = bytes(buffer)[: max(written - 1, 0) * 2].decode("utf-16-le", errors="replace")
    if len(text) == count:
        return text
    # Characters outside the BMP take two UTF-16 units; then ask one by one.
    return "".join(chr(pdfium_c.FPDFText_GetUnicode(textpage, i) or 0xFFFD) for i in range(count))


def _glyphs(textpage: pdfium.PdfTextPage, rotation: int, box: tuple[float, float, float, float]):
    """Every visible character as (direction, glyph in the displayed page)."""
    to_display, shown_width, shown_height = _frame(rotation, box)
    text = _characters(textpage)
    box = pdfium_c.FS_RECTF()
    ox, oy = ctypes.c_double(), ctypes.c_double()
    # The loop runs once per character: the raw handle and local names spare the
    # bindings' attribute lookups, which otherwise cost as much as PDFium itself.
    handle = textpage.raw
    loose_box, origin = pdfium_c.FPDFText_GetLooseCharBox, pdfium_c.FPDFText_GetCharOrigin
    font_size, char_angle = pdfium_c.FPDFText_GetFontSize, pdfium_c.FPDFText_GetCharAngle
    box_ref, ox_ref, oy_ref = ctypes.byref(box), ctypes.byref(ox), ctypes.byref(oy)
    result: list[tuple[int, str, float, float, float, float, float, float, float]] = []
    size = 0.0
    direction = 0
    for index, char in enumerate(text):
        if char in "\r\n":
            continue
        if not loose_box(handle, index, box_ref) or (box.left == box.right and box.top == box.bottom):
            continue  # no box: a space PDFium made up, placed nowhere in particular
        origin(handle, index, ox_ref, oy_ref)
        if char != " ":
            # A space takes the size and direction of the letter before it.
            char = _HYPHENS.get(char, char)
            size = font_size(handle, index) or (box.top - box.bottom)
            angle = char_angle(handle, index)
            # PDFium measures the angle clockwise; directions here go anticlockwise.
            turned = -round(math.degrees(angle) / 90) % 4 * 90 if angle >= 0 else 0
            direction = (turned - rotation) % 360
        x0, y0 = to_display(box.left, box.bottom)
        x1, y1 = to_display(box.right, box.top)
        bx, by = to_display(ox.value, oy.value)
        result.append((direction, char, x0, y0, x1, y1, bx, by, size))
    return result, shown_width, shown_height


def _segments(page: pdfium.PdfPage, to_display) -> list[tuple[float, float, float, float]]:
    """Straight ruled segments of the page, in the displayed page."""
    found: list[tuple[float, float, float, float]] = []
    matrix = pdfium_c.FS_MATRIX()
    px, py = ctypes.c_float(), ctypes.c_float()
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=4):
        left, bottom, right, top = obj.get_bounds()
        if right - left < _THIN or top - bottom < _THIN:
            (x0, y0), (x1, y1) = to_display(left, bottom), to_display(right, top)
            found.append((x0, y0, x1, y1))
            continue
        count = pdfium_c.FPDFPath_CountSegments(obj)
        if count <= 1 or count > 2000 or not pdfium_c.FPDFPageObj_GetMatrix(obj, matrix):
            continue
        a, b, c, d, e, f = matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f
        points = []
        for i in range(count):
            segment = pdfium_c.FPDFPath_GetPathSegment(obj, i)
            pdfium_c.FPDFPathSegment_GetPoint(segment, px, py)
            x, y = a * px.value + c * py.value + e, b * px.value + d * py.value + f
            kind = pdfium_c.FPDFPathSegment_GetType(segment)
            if kind == pdfium_c.FPDF_SEGMENT_LINETO and points:
                found.append((*to_display(*points[-1]), *to_display(x, y)))
            points.append((x, y))
            if pdfium_c.FPDFPathSegment_GetClose(segment) and len(points) > 1:
                found.append((*to_display(x, y), *to_display(*points[0])))
    return found


def _rules(segments, turn) -> tuple[list[tuple[float, float, float]], list[tuple[float, float, float]]]:
    """Horizontal and vertical rules among the segments, in the reading frame."""
    horizontal, vertical = [], []
    for x0, y0, x1, y1 in segments:
        (a, b), (c, d) = turn(x0, y0), turn(x1, y1)
        if abs(b - d) < _THIN and abs(a - c) >= _THIN:
            horizontal.append(((b + d) / 2, min(a, c), max(a, c)))
        elif abs(a - c) < _THIN and abs(b - d) >= _THIN:
            vertical.append(((a + c) / 2, min(b, d), max(b, d)))
    return horizontal, vertical


def page_texts(document: pdfium.PdfDocument, *, rules: bool = True) -> list[list[PageText]]:
    """Per page, its text in each direction it has (most text first); a page
    without text gives ``[]``."""
    pages: list[list[PageText]] = []
    for number in range(len(document)):
        page = document[number]
        try:
            box = page.get_cropbox()
            rotation = page.get_rotation() % 360
            textpage = page.get_textpage()
            try:
                chars, shown_width, shown_height = _glyphs(textpage, rotation, box)
            finally:
                textpage.close()
            if not chars:
                pages.append([])
                continue
            segments = _segments(page, _frame(rotation, box)[0]) if rules else []
        finally:
            page.close()
        directions = Counter(c[0] for c in chars)
        texts = []
        for direction, _ in directions.most_common():
            turn, frame_width, frame_height = _turn(direction, shown_width, shown_height)
            glyphs: list[Glyph]
            if direction == 0 and rotation == 0:
                # The usual page: the displayed page is the reading frame, and the
                # box's corners are already (left, bottom) and (right, top).
                glyphs = [(c[1], c[2], c[4], c[5], c[3], c[7], c[8], None) for c in chars if c[0] == 0]
            else:
                glyphs = []
                for c in chars:
                    if c[0] != direction:
                        continue
                    (ax, ay), (bx, by) = turn(c[2], c[3]), turn(c[4], c[5])
                    base = turn(c[6], c[7])[1]
                    glyphs.append((c[1], min(ax, bx), max(ax, bx), min(ay, by), max(ay, by), base, c[8], None))
            horizontal, vertical = _rules(segments, turn)
            texts.append(PageText(glyphs, frame_width, frame_height, horizontal, vertical))
        pages.append(texts)
    return pages
