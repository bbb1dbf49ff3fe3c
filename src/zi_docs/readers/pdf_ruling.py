"""Ruled lines in a scanned page, and the marks OCR makes of them.

A scanned table's borders are dark strokes far longer than any letter.  They
tell the layout where a table's columns and rows are
(:class:`~zi_docs.readers.pdf_boxes.LineGeometry`), as the path objects of an
exported PDF do; and Tesseract reads a vertical border as ``|`` or ``I`` glued to
the word beside it (``IMarwansyah``, ``|Ketua``), which knowing where the
borders are lets us take off again.  (Painting the borders out of the image
before OCR was tried and made Tesseract lose whole table rows.)

A pixel belongs to a rule when it lies in an unbroken dark run of at least
:data:`VERTICAL_RUN` pixels down its column, or :data:`HORIZONTAL_RUN` pixels
along its row (at 300 dpi, a third and half an inch: a letter is under a fifth).
Runs are found with cumulative sums (numpy), in one pass over the image.
"""

from __future__ import annotations

__all__ = ["HORIZONTAL_RUN", "VERTICAL_RUN", "drop_border_marks", "find_rules", "refine_skew"]

VERTICAL_RUN = 100
HORIZONTAL_RUN = 150
_DARK = 160


def _long_runs(dark, length: int):
    """Mask of the pixels in runs of ``length`` or more dark pixels along axis 0."""
    import numpy as np

    count = dark.shape[0]
    if count < length:
        return np.zeros_like(dark)
    sums = np.concatenate([np.zeros((1, dark.shape[1]), dtype=np.int32), np.cumsum(dark, axis=0, dtype=np.int32)])
    full = (sums[length:] - sums[:-length]) == length  # a run of ``length`` starts here
    starts = np.concatenate([full, np.zeros((length - 1, dark.shape[1]), dtype=bool)]).astype(np.int32)
    cover = np.cumsum(starts, axis=0)
    cover[length:] -= cover[:-length].copy()
    return cover > 0


def _segments(mask, axis_length: int) -> list[tuple[float, float, float]]:
    """Rules of a mask of vertical runs: (x, top, bottom) per group of neighbouring columns."""
    import numpy as np

    columns = np.flatnonzero(mask.sum(axis=0) >= axis_length)
    found: list[tuple[float, float, float]] = []
    if columns.size == 0:
        return found
    groups = np.split(columns, np.flatnonzero(np.diff(columns) > 2) + 1)
    for group in groups:
        rows = np.flatnonzero(mask[:, group].any(axis=1))
        found.append((float(group.mean()), float(rows.min()), float(rows.max())))
    return found


def find_rules(image) -> tuple[list[tuple[float, float, float]], list[tuple[float, float, float]]]:
    """The ruled lines of a greyscale page image, in pixels:
    ``(horizontal [(y, x0, x1)], vertical [(x, top, bottom)])``; none without numpy."""
    try:
        import numpy as np
    except ImportError:
        return [], []
    dark = (np.asarray(image.convert("L")) < _DARK).astype(np.uint8)
    vertical = _segments(_long_runs(dark, VERTICAL_RUN), VERTICAL_RUN)
    horizontal = _segments(_long_runs(dark.T, HORIZONTAL_RUN), HORIZONTAL_RUN)
    return horizontal, vertical


_BORDER_MARKS = set("|!Il[]()")
# What Tesseract reads a border touching a word's first letter as.
_LEADING = set("|!Il[]()J'‘")
_SLACK = 6.0


def drop_border_marks(words, vertical, scale: float):
    """Words without the marks Tesseract reads a vertical rule as.

    ``words`` are :mod:`.ocr`'s word tuples ``(line, text, left, top, right, bottom,
    confidence)`` in pixels.  A word that is only such marks and lies on a rule
    goes; a word that begins (or ends) with one right at a rule loses it when
    what remains begins with a capital or a digit (``IMarwansyah``, ``|Ketua``,
    ``(Pengarah``, ``|(Susanty``, ``JAli``), so that a name beginning with I
    (``Ita``) stays whole.
    """
    if not vertical:
        return words
    slack = _SLACK * scale  # points → pixels

    def near(x: float, top: float, bottom: float) -> bool:
        return any(abs(x - rx) <= slack and y0 <= bottom and y1 >= top for rx, y0, y1 in vertical)

    kept = []
    for line, text, left, top, right, bottom, confidence in words:
        if set(text) <= _BORDER_MARKS and near((left + right) / 2, top, bottom):
            continue  # the border itself, read as a word
        if near(left, top, bottom):
            while len(text) > 1 and text[0] in _LEADING and (text[1] in _LEADING or _capital(text[0], text[1:])):
                text = text[1:]
        if len(text) > 1 and text[-1] in "|!" and near(right, top, bottom):
            text = text[:-1]
        kept.append((line, text, left, top, right, bottom, confidence))
    return kept


def _capital(mark: str, rest: str) -> bool:
    """``Ali``, ``Ketua``, ``TIM``, ``1.``: what a cell's first word looks like after
    the border mark.  After a mark that is also a letter (I, l, J), not a word in
    capitals: ``JDIH`` and ``IKM`` are abbreviations that begin with that letter."""
    if rest[0].isdigit():
        return True
    if mark in "IlJ":
        return rest[0].isupper() and (len(rest) == 1 or not rest[1].isupper())
    return rest[0].isalpha()


def refine_skew(image, estimate: float) -> float:
    """The page's skew (radians, as :func:`zi_docs.readers.ocr` measures it) near
    ``estimate``, by the projection profile: turned by the right angle, the rows of
    a page alternate sharply between ink (lines of text, rules) and paper, so the
    row sums of ink vary the most.  Searched within a degree of the estimate (the
    slope of Tesseract's lines, which a word's descenders blur), on a page
    reduced to a quarter; without numpy the estimate is kept.
    """
    import math

    try:
        import numpy as np
    except ImportError:
        return estimate
    small = image.convert("L").reduce(4)

    def sharpness(angle: float) -> float:
        turned = np.asarray(small.rotate(math.degrees(angle), fillcolor=255)) < _DARK
        rows = turned.sum(axis=1).astype(np.float64)
        return float(np.sum(np.diff(rows) ** 2))

    best = estimate
    for step in (math.radians(0.1), math.radians(0.02)):
        candidates = [best + step * k for k in range(-10 if step > 0.001 else -5, 11 if step > 0.001 else 6)]
        best = max(candidates, key=sharpness)
    return best
