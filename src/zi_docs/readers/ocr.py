"""OCR of scanned PDF pages: Tesseract's Indonesian model, page by page.

``read(path, ocr=True)`` (``zi-docs read|check scan.pdf --ocr``) sends here the
pages of a PDF that have no text layer, or whose text layer is garbage (a
scanner's OCR of a page it saw sideways); the other pages keep their own text.
Each page is rendered at 300 dpi (PDFium), recognised by Tesseract with the
Indonesian model, and its words, with their boxes and confidences, go through
the same layout as a PDF's characters (:mod:`.pdf_layout`): a scan is then read
like any PDF.

* **Rotation**: a page recognised badly (few words, or a mean confidence under
  50) is given to Tesseract's orientation detection (``--psm 0``); when that
  says the page is turned, it is turned upright and recognised again, and the
  better of the two readings is kept.  A member table printed sideways reads.
* **Skew**: a page scanned slightly askew has lines that climb or fall.
  Tesseract recognises skewed text well and finds its lines; the slope of those
  lines (the median over lines of three words or more), refined by the image's
  projection profile (:func:`~.pdf_ruling.refine_skew`), gives the skew, and the
  word boxes and the image are turned back by it, so that words of one line in
  different columns (``Menimbang`` | ``a. bahwa …``) share a baseline again and
  a table's borders stand straight.
* **Ruled lines** (a table's borders) are found in the image
  (:mod:`.pdf_ruling`): the layout gets them as it gets a PDF's path objects,
  and the ``|`` or ``I`` Tesseract reads a border as is taken off the words.
* **Confidence**: every word keeps Tesseract's confidence (0–100), every line
  their mean (:attr:`~zi_docs.readers.lines.Line.confidence`); a page whose mean
  is under :data:`LOW_CONFIDENCE` is named in the read's notes.

Why the ``tesseract`` command and not ocrmypdf or pytesseract: ocrmypdf makes a
new PDF with a text layer, which this reader would then have to read back,
losing the confidences and paying for Ghostscript and PDF optimisation, and its
``--deskew`` turns the image before Tesseract sees it, so the word boxes could
not be told apart from the borders afterwards; pytesseract only wraps the same
command.  Tesseract's TSV output gives every word with its box, its line and
its confidence, which is all the layout needs, and the only installation is the
Debian packages ``tesseract-ocr tesseract-ocr-ind`` (no new Python dependency:
Pillow and numpy, for the page images, come with matplotlib, already required).
"""

from __future__ import annotations

import csv
import io
import math
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from statistics import median

from ..errors import UnreadableFileError, ZiDocsError
from ..i18n import Message
from .pdf_layout import Glyph, PageText

__all__ = ["DPI", "LANGUAGE", "LOW_CONFIDENCE", "OcrPage", "recognise_pages", "require_tesseract"]

DPI = 300
"""Resolution pages are rendered at for OCR (Tesseract reads best around 300 dpi)."""
LANGUAGE = "ind"
LOW_CONFIDENCE = 70.0
"""A page whose mean word confidence is under this is named in the notes."""
_RETRY_CONFIDENCE = 50.0
_MAX_PIXELS = 40_000_000
_PAGE_TIMEOUT_S = 600
_APT = "sudo apt-get install tesseract-ocr tesseract-ocr-ind"
# psm 4, "one column of text of variable sizes": lines run across the whole page,
# so a label, its colon and its item's text stay one line (the default, psm 3,
# cuts the page into blocks and loses the narrow label and colon columns); the
# inverted-text pass is for light text on dark, which decrees do not print.
_RECOGNISE = ("-l", LANGUAGE, "--psm", "4", "-c", "tessedit_do_invert=0", "tsv")


@dataclass
class OcrPage:
    """One recognised page."""

    number: int
    """The page, 1-based."""
    text: PageText
    confidence: float
    """Mean confidence of the page's words, weighted by their length (0–100)."""
    rotation: int
    """Degrees the page was turned (clockwise) to stand upright."""


def require_tesseract() -> str:
    """The ``tesseract`` command, after making sure it has the Indonesian model."""
    command = shutil.which("tesseract")
    if command is None:
        raise ZiDocsError(
            Message(
                id="OCR memerlukan Tesseract, yang tidak terpasang",
                en="OCR needs Tesseract, which is not installed",
            ),
            hint=Message(
                id=f"Pasang Tesseract dengan model bahasa Indonesia: {_APT}",
                en=f"Install Tesseract with the Indonesian model: {_APT}",
            ),
        )
    try:
        listing = subprocess.run(
            [command, "--list-langs"], check=False, capture_output=True, text=True, timeout=60
        ).stdout
    except (OSError, subprocess.SubprocessError):
        listing = ""
    if LANGUAGE not in listing.split():
        raise ZiDocsError(
            Message(
                id="model bahasa Indonesia Tesseract (ind) tidak terpasang",
                en="Tesseract's Indonesian model (ind) is not installed",
            ),
            hint=Message(id=f"Pasang: {_APT}", en=f"Install it: {_APT}"),
        )
    return command


def _tesseract(command: str, image_path: Path, *args: str) -> str:
    environment = dict(os.environ, OMP_THREAD_LIMIT="1")  # one page at a time; threads only contend
    try:
        done = subprocess.run(
            [command, str(image_path), "stdout", "--dpi", str(DPI), *args],
            check=False,
            capture_output=True,
            text=True,
            timeout=_PAGE_TIMEOUT_S,
            env=environment,
        )
    except subprocess.TimeoutExpired:
        return ""
    return done.stdout if done.returncode == 0 else ""


def _words(tsv: str) -> list[tuple[tuple[int, int, int], str, float, float, float, float, float]]:
    """Tesseract's words: (line id, text, left, top, right, bottom, confidence) in pixels."""
    words = []
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        if row.get("level") != "5" or not text:
            continue
        try:
            left, top = float(row["left"]), float(row["top"])
            right, bottom = left + float(row["width"]), top + float(row["height"])
            confidence = max(0.0, float(row["conf"]))
            line = (int(row["block_num"]), int(row["par_num"]), int(row["line_num"]))
        except (KeyError, TypeError, ValueError):
            continue
        words.append((line, text, left, top, right, bottom, confidence))
    return words


def _mean_confidence(words) -> float:
    total = sum(len(w[1]) for w in words)
    return sum(w[6] * len(w[1]) for w in words) / total if total else 0.0


def _skew(words) -> float:
    """The angle (radians) by which the page's text lines climb, from Tesseract's lines."""
    lines: dict[tuple[int, int, int], list] = {}
    for word in words:
        lines.setdefault(word[0], []).append(word)
    slopes = []
    for members in lines.values():
        if len(members) < 3:
            continue
        xs = [(w[2] + w[4]) / 2 for w in members]
        ys = [w[5] for w in members]
        mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
        spread = sum((x - mean_x) ** 2 for x in xs)
        if spread > 0:
            slopes.append(sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys)) / spread)
    return math.atan(median(slopes)) if slopes else 0.0


def _straighten(words, image):
    """The words turned back by the page's skew (around the image's centre), and
    the image turned the same way: ``(words, image)``, in pixels."""
    from .pdf_ruling import refine_skew

    angle = refine_skew(image, _skew(words))
    if abs(angle) < math.radians(0.02):
        return words, image
    cos, sin = math.cos(angle), math.sin(angle)
    mid_x, mid_y = image.width / 2, image.height / 2

    def turn(x: float, y: float) -> tuple[float, float]:
        # Turning by -angle: a line y = y0 + x·tan(angle) becomes level.
        x, y = x - mid_x, y - mid_y
        return x * cos + y * sin + mid_x, -x * sin + y * cos + mid_y

    straight = []
    for line, text, left, top, right, bottom, confidence in words:
        cx, cy = turn((left + right) / 2, (top + bottom) / 2)
        half_w, half_h = (right - left) / 2, (bottom - top) / 2
        straight.append((line, text, cx - half_w, cy - half_h, cx + half_w, cy + half_h, confidence))
    # Pillow turns anticlockwise as seen for a positive angle: the same turn.
    return straight, image.rotate(math.degrees(angle), fillcolor=255)


def _glyphs(words, scale: float) -> list[Glyph]:
    """Words as glyphs in points; every word of a Tesseract line gets the line's
    baseline and letter height (a word's own box has ascenders and descenders)."""
    by_line: dict[tuple[int, int, int], list] = {}
    for word in words:
        by_line.setdefault(word[0], []).append(word)
    glyphs: list[Glyph] = []
    for members in by_line.values():
        baseline = median(w[5] for w in members) / scale
        size = median(w[5] - w[3] for w in members) / scale
        for _, text, left, top, right, bottom, confidence in members:
            glyphs.append(
                (text, left / scale, right / scale, top / scale, bottom / scale, baseline, size, round(confidence, 1))
            )
    return glyphs


def _orientation(command: str, image_path: Path) -> int:
    """Degrees (clockwise) Tesseract says the page must be turned to stand upright."""
    for line in _tesseract(command, image_path, "--psm", "0").splitlines():
        if line.startswith("Rotate:"):
            try:
                return int(line.split(":", 1)[1]) % 360
            except ValueError:
                return 0
    return 0


def _recognise(command: str, image, folder: Path):
    """The words of a page image, turned upright when Tesseract says it is turned,
    with the image's ruled lines: ``(words, rotation, upright image, rules)``."""
    path = folder / "halaman.png"
    image.save(path)
    words = _words(_tesseract(command, path, *_RECOGNISE))
    if len(words) >= 20 and _mean_confidence(words) >= _RETRY_CONFIDENCE:
        return words, 0, image
    rotation = _orientation(command, path)
    if rotation == 0:
        return words, 0, image
    turned = image.rotate(-rotation, expand=True)
    turned.save(path)
    again = _words(_tesseract(command, path, *_RECOGNISE))
    if _mean_confidence(again) * len(again) > _mean_confidence(words) * len(words):
        return again, rotation, turned
    return words, 0, image


def recognise_pages(document, numbers: list[int], *, name: str = "", quiet: bool = False) -> list[OcrPage]:
    """Recognise the pages ``numbers`` (1-based) of an open PDFium document.

    Shows progress on standard error (:class:`zi_docs.progress.Progress`), one
    step per page.  Raises :class:`ZiDocsError` when Tesseract or its Indonesian
    model is missing, and :class:`UnreadableFileError` when a page cannot be
    rendered.
    """
    from ..progress import Progress

    command = require_tesseract()
    action = Message(id=f"mengenali teks (OCR) {name}", en=f"recognising text (OCR) {name}")
    results: list[OcrPage] = []
    progress = Progress(len(numbers), action, quiet=quiet)
    try:
        progress.__enter__()
    except Exception:  # noqa: BLE001 - rich allows one live bar: under `check`'s bar, print lines
        progress = Progress(len(numbers), action, quiet=quiet, mode="off" if quiet else "lines")
        progress.__enter__()
    try:
        with tempfile.TemporaryDirectory(prefix="zi-docs-ocr-") as folder:
            for number in numbers:
                progress.start(Message(id=f"halaman {number}", en=f"page {number}")(progress.lang))
                results.append(_page(command, document, number, Path(folder)))
                progress.advance()
    finally:
        progress.__exit__(None, None, None)
    return results


def _page(command: str, document, number: int, folder: Path) -> OcrPage:
    page = document[number - 1]
    try:
        width, height = page.get_size()
        scale = DPI / 72
        if width * height * scale * scale > _MAX_PIXELS:
            scale = math.sqrt(_MAX_PIXELS / (width * height))
        image = page.render(scale=scale, grayscale=True).to_pil()
    except Exception as error:  # noqa: BLE001 - PDFium's errors for a page it cannot draw
        raise UnreadableFileError(
            Message(
                id=f"halaman {number} tidak dapat digambar untuk OCR ({error})",
                en=f"page {number} cannot be drawn for OCR ({error})",
            )
        ) from None
    finally:
        page.close()
    from .pdf_ruling import drop_border_marks, find_rules

    words, rotation, upright = _recognise(command, image, folder)
    words, level = _straighten(words, upright)
    horizontal_px, vertical_px = find_rules(level)
    words = drop_border_marks(words, vertical_px, scale)
    glyphs = _glyphs(words, scale)
    horizontal = [(y / scale, x0 / scale, x1 / scale) for y, x0, x1 in horizontal_px]
    vertical = [(x / scale, y0 / scale, y1 / scale) for x, y0, y1 in vertical_px]
    text = PageText(glyphs, upright.width / scale, upright.height / scale, horizontal, vertical, words_given=True)
    return OcrPage(number, text, round(_mean_confidence(words), 1), rotation)
