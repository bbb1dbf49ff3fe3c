"""Turn a PDF's text layer into :class:`~zi_docs.readers.lines.Line` objects.

PDFium (pypdfium2) gives each character of the text layer with its box
(:mod:`.pdf_text`); :mod:`.pdf_layout` builds lines from the baselines, words and
column gaps from the x positions, and a ``layout`` string whose columns follow the
x coordinates; :mod:`zi_docs.readers.pages` then removes page numbers, running
headers/footers and catchwords.  Every kept line becomes a ``Line`` located by page
and line on that page, with its words' boxes and the ruled lines around it
(:class:`~zi_docs.readers.pdf_boxes.LineGeometry`) for the table reader.

Why PDFium and not pypdf's layout mode, which this reader used before: layout mode
was 98% of the time of a PDF read, and it flattens the page to text before anyone
can ask where a word stands, so a wrapped cell and a new table row look alike.
With the boxes, the reader knows x and y of every word; the ruled lines are the
page's path objects.  PDFium also opens AES-encrypted PDFs that restrict only
printing or copying without the optional ``cryptography`` package pypdf needs,
handles ``/Rotate`` and sideways text, and is permissively licensed (BSD/Apache)
with wheels for every platform.  pypdf is therefore no longer used for reading
(it still writes metadata and outlines when rendering, :mod:`zi_docs.rendering.pdf`).

Why still a ``layout`` string and tabs in ``text``: the structural parser finds
table columns in the laid-out line and aligned columns (``Menimbang : a. …``) by
tabs; the boxes come on top of that, not instead of it.

A PDF without a text layer (a scan) is refused with a pointer to ``--ocr``
(:mod:`.ocr`) rather than read as an empty decree; a page whose text layer is
garbage (a scanner's OCR of a sideways page) is reported as such.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from ..errors import LimitExceededError, UnreadableFileError
from ..i18n import Message
from ..model import Lokasi
from ..storage.files import checked_size
from ..storage.regex_cache import regex
from .lines import Line
from .pages import clean_pages
from .pdf_boxes import LayoutText
from .pdf_layout import PageText, TextLine, lay_out_pages

__all__ = [
    "MAX_BYTES",
    "MAX_CHARACTERS",
    "MAX_PAGES",
    "garbled_pages",
    "lines_from_pages",
    "read_pdf",
    "read_pdf_lines",
]

MAX_BYTES = 50 * 1024 * 1024
"""Largest PDF file accepted, checked with ``os.stat`` before opening it."""
MAX_PAGES = 2000
"""Most pages read: a decree with its Lampiran has tens; more is not a decree."""
MAX_CHARACTERS = 5_000_000
"""Most characters of text read: a small file whose streams expand enormously
(a compression bomb) is stopped here rather than by running out of memory."""

SCAN_MESSAGE = Message(
    id="PDF ini hasil pindai (scan) tanpa lapisan teks; teksnya harus dikenali dengan OCR lebih dulu",
    en="this PDF is a scan without a text layer; its text must be recognised with OCR first",
)
SCAN_HINT = Message(
    id="Tambahkan --ocr (zi-docs read berkas.pdf --ocr; di Python: read(path, ocr=True)), "
    "atau jalankan OCR lebih dulu, misalnya: ocrmypdf -l ind masuk.pdf keluar.pdf.",
    en="Add --ocr (zi-docs read file.pdf --ocr; in Python: read(path, ocr=True)), "
    "or run OCR first, for example: ocrmypdf -l ind in.pdf out.pdf.",
)


def read_pdf_lines(path: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES) -> list[Line]:
    """Read the text layer of a PDF into lines, page furniture removed.

    Each line's ``text`` has its words joined by a space, or by a tab where a
    column gap separates them; ``indent`` is the column of its first word and
    ``layout`` the line with every word at its column.  Blank lines stand for
    vertical space (one at most in a row, never at a page's edge).
    ``page_break_before`` marks the first non-blank line of every page after the
    first; ``location`` has ``halaman`` and ``baris`` (line on that page, page
    furniture included).

    Raises :class:`UnreadableFileError` for a missing, damaged, password-protected
    or scanned (text-less) PDF and :class:`LimitExceededError` for one that is too
    large.
    """
    return read_pdf(path, max_bytes=max_bytes)[0]


def read_pdf(
    path: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES, ocr: bool = False, quiet: bool = False
) -> tuple[list[Line], list[Message]]:
    """The PDF's lines (as :func:`read_pdf_lines`) and notes for the reader's result.

    With ``ocr``, the pages without a text layer and those whose text layer is
    garbled are recognised with Tesseract (:mod:`.ocr`, progress on standard
    error unless ``quiet``); the notes say which pages were recognised and which
    of them with low confidence.  Without it, a garbled page is read as it is and
    a note says to add ``--ocr``.
    """
    path = Path(path)
    checked_size(path, max_bytes, hint=_TOO_LARGE_HINT)
    from .pdf_text import page_texts

    notes: list[Message] = []
    with open_pdf(path) as document:
        pages = _guarded(path, lambda: page_texts(document))
        garbled = garbled_pages(pages)
        if ocr:
            from .ocr import LOW_CONFIDENCE, recognise_pages

            wanted = sorted({n for n, texts in enumerate(pages, start=1) if not texts} | set(garbled))
            recognised = recognise_pages(document, wanted, name=path.name, quiet=quiet) if wanted else []
            for page in recognised:
                pages[page.number - 1] = [page.text] if page.text.glyphs else []
            if recognised:
                notes.append(_recognised_note(recognised))
            low = [p for p in recognised if p.text.glyphs and p.confidence < LOW_CONFIDENCE]
            if low:
                notes.append(_low_confidence_note(low))
    if not any(pages):
        if ocr:
            raise UnreadableFileError(
                Message(
                    id="OCR tidak menemukan teks di PDF ini",
                    en="OCR found no text in this PDF",
                ),
                path=path,
                hint=Message(
                    id="Periksa apakah halaman pindaian terbaca (tidak kosong, tidak terlalu buram).",
                    en="Check that the scanned pages are legible (not blank, not too blurred).",
                ),
            )
        raise UnreadableFileError(SCAN_MESSAGE, path=path, hint=SCAN_HINT)
    if garbled and not ocr:
        listed = ", ".join(map(str, garbled))
        notes.append(
            Message(
                id=f"lapisan teks halaman {listed} tidak berupa kata (OCR pemindai yang gagal, mungkin halaman "
                "miring atau terbalik); tambahkan --ocr untuk mengenali ulang halaman itu",
                en=f"the text layer of page {listed} is not words (a scanner's failed OCR, perhaps of a turned "
                "page); add --ocr to recognise that page again",
            )
        )
    return lines_from_pages(path.name, pages), notes


def _recognised_note(pages) -> Message:
    listed = ", ".join(str(p.number) for p in pages)
    turned = [f"{p.number} ({p.rotation}°)" for p in pages if p.rotation]
    extra_id = f"; diputar agar tegak: halaman {', '.join(turned)}" if turned else ""
    extra_en = f"; turned upright: page {', '.join(turned)}" if turned else ""
    return Message(
        id=f"teks halaman {listed} dikenali dengan OCR (Tesseract, bahasa Indonesia){extra_id}",
        en=f"the text of page {listed} was recognised with OCR (Tesseract, Indonesian){extra_en}",
    )


def _low_confidence_note(pages) -> Message:
    listed = ", ".join(f"{p.number} ({p.confidence:.0f}%)" for p in pages)
    return Message(
        id=f"OCR kurang yakin pada halaman {listed}; periksa teks halaman itu dengan aslinya",
        en=f"OCR was unsure on page {listed}; check the text of that page against the original",
    )


def lines_from_pages(name: str, pages: list[list[PageText]]) -> list[Line]:
    """Lines of positioned pages (a PDF's text layer or OCR), page furniture removed."""
    flat: list[PageText] = []
    owner: list[int] = []
    for number, texts in enumerate(pages):
        flat.extend(texts)
        owner.extend([number] * len(texts))
    laid_out = lay_out_pages(flat)
    per_page: list[list[TextLine | None]] = [[] for _ in pages]
    for number, lines in zip(owner, laid_out):
        if per_page[number] and lines:
            per_page[number].append(None)  # text of another direction: a block of its own
        per_page[number].extend(lines)
    numbered = [[(n, "" if line is None else line.layout) for n, line in enumerate(page, start=1)] for page in per_page]
    kept_lines = clean_pages(numbered)
    lines: list[Line] = []
    for index, kept in enumerate(kept_lines):
        following = kept_lines[index + 1] if index + 1 < len(kept_lines) else None
        source = per_page[kept.page - 1][kept.line - 1]
        if source is None or not kept.text.strip():
            if (
                lines
                and lines[-1].text
                and following is not None
                and following.text.strip()
                and following.page == kept.page
                and not following.page_start
            ):
                lines.append(Line(text="", location=Lokasi(berkas=name, halaman=kept.page, baris=kept.line)))
            continue
        lines.append(
            Line(
                text=source.text,
                location=Lokasi(berkas=name, halaman=kept.page, baris=kept.line),
                page_break_before=kept.page_start,
                indent=source.indent,
                layout=LayoutText(kept.text.rstrip(), source.ruled_row_start),
                geometry=source.geometry,
                confidence=source.confidence,
            )
        )
    return lines


# A word as Indonesian (or English) prints it: lower case, Capitalised or in CAPITALS,
# with a vowel, and no run of five consonants.  OCR garbage mixes case (``zsEq``).
_WORDLIKE = regex(r"(?=.*[aiueoAIUEO])(?:[A-Z]?[a-z]{2,}|[A-Z]{3,})")
_CONSONANTS = regex(r"[^aiueo]{5}")


def _page_words(texts: list[PageText]) -> list[str]:
    """The page's text cut into tokens where a space or a gap stands, in content order."""
    tokens: list[str] = []
    current: list[str] = []
    previous = None
    for text in texts:
        for glyph in text.glyphs:
            if previous is not None and (
                not glyph[0].strip()
                or abs(glyph[5] - previous[5]) > 0.4 * glyph[6]
                or not -0.3 * glyph[6] <= glyph[1] - previous[2] <= 0.15 * glyph[6]
            ):
                tokens.append("".join(current))
                current = []
            if glyph[0].strip():
                current.append(glyph[0])
            previous = glyph
    tokens.append("".join(current))
    return tokens


def garbled_pages(pages: list[list[PageText]]) -> list[int]:
    """Pages (1-based) whose text layer is not words: a scanner's OCR of a page it
    saw sideways or upside down gives letters and signs in no language.

    A page is garbled when less than half of its letters stand in word-like
    tokens (see ``_WORDLIKE``): Indonesian prose has nearly all of them there.  A
    page with fewer than 80 letters (a table of numbers, the last rows of a table and
    a signature) is garbled only when less than a third of them are (a sideways page of
    three rows gives 18 of 78); under 30 letters it is not judged.
    """
    result = []
    for number, texts in enumerate(pages, start=1):
        letters = in_words = 0
        for token in _page_words(texts):
            for piece in re.split(r"[^A-Za-z]+", token):
                letters += len(piece)
                if _WORDLIKE.fullmatch(piece) and not _CONSONANTS.search(piece.lower()):
                    in_words += len(piece)
        if (letters >= 80 and in_words < 0.5 * letters) or (letters >= 30 and in_words < 0.3 * letters):
            result.append(number)
    return result


_TOO_LARGE_HINT = Message(
    id="Simpan ulang PDF dengan ukuran lebih kecil (tanpa gambar resolusi tinggi).",
    en="Save the PDF again at a smaller size (without high-resolution images).",
)


def _damaged(path: Path, error: BaseException) -> UnreadableFileError:
    return UnreadableFileError(
        Message(
            id=f"bukan PDF yang utuh, berkas tidak dapat dibaca ({type(error).__name__}: {error})",
            en=f"not an intact PDF, the file cannot be read ({type(error).__name__}: {error})",
        ),
        path=path,
        hint=Message(
            id="Ekspor ulang PDF dari dokumen asalnya, atau kirim berkas .docx-nya.",
            en="Export the PDF again from its source document, or send the .docx file.",
        ),
    )


def _too_much(path: Path, what: Message) -> LimitExceededError:
    return LimitExceededError(
        what,
        path=path,
        hint=Message(
            id="Periksa asal berkas; dokumen keputusan biasa jauh lebih kecil.",
            en="Check where the file comes from; an ordinary decree is far smaller.",
        ),
    )


class open_pdf:
    """Open a PDF with PDFium; errors become :class:`UnreadableFileError`.

    A PDF encrypted only to restrict printing or copying opens with the empty user
    password; one that needs a password to open is refused with how to remove it.
    """

    def __init__(self, path: Path):
        self.path = path
        self.document = None

    def __enter__(self):
        import pypdfium2 as pdfium
        import pypdfium2.raw as pdfium_c

        try:
            self.document = pdfium.PdfDocument(self.path)
        except pdfium.PdfiumError as error:
            if pdfium_c.FPDF_GetLastError() == pdfium_c.FPDF_ERR_PASSWORD:
                raise UnreadableFileError(
                    Message(
                        id="PDF ini dilindungi kata sandi (terenkripsi) sehingga teksnya tidak dapat dibaca",
                        en="this PDF is password-protected (encrypted), so its text cannot be read",
                    ),
                    path=self.path,
                    hint=Message(
                        id="Buka PDF dengan kata sandinya lalu simpan salinan tanpa kata sandi, "
                        "misalnya: qpdf --password=KATASANDI --decrypt masuk.pdf keluar.pdf",
                        en="Open the PDF with its password and save a copy without it, "
                        "for example: qpdf --password=PASSWORD --decrypt in.pdf out.pdf",
                    ),
                ) from None
            raise _damaged(self.path, error) from None
        except OSError as error:
            raise _damaged(self.path, error) from None
        count = len(self.document)
        if count == 0:
            self.document.close()
            raise _damaged(self.path, ValueError("no pages"))
        if count > MAX_PAGES:
            self.document.close()
            raise _too_much(
                self.path,
                Message(
                    id=f"PDF ini berisi {count} halaman, melebihi batas {MAX_PAGES} halaman",
                    en=f"this PDF has {count} pages, more than the limit of {MAX_PAGES} pages",
                ),
            )
        return self.document

    def __exit__(self, *exc) -> None:
        if self.document is not None:
            self.document.close()


def _guarded(path: Path, work):
    """Run PDFium work on a damaged file's behalf: its errors say the PDF is damaged."""
    try:
        pages = work()
    except (UnreadableFileError, LimitExceededError, MemoryError):
        raise
    except Exception as error:  # noqa: BLE001
        # PDFium reports a page it cannot load with its own error, and a broken
        # object can surface as ValueError/OSError from the bindings: whatever a
        # damaged PDF makes it raise, the user hears that the PDF is damaged.
        raise _damaged(path, error) from None
    total = sum(len(t.glyphs) for texts in pages for t in texts)
    if total > MAX_CHARACTERS:
        raise _too_much(
            path,
            Message(
                id=f"isi PDF mengembang melebihi batas yang diizinkan ({total:,} karakter)",
                en=f"the PDF's content expands beyond the allowed limit ({total:,} characters)",
            ),
        )
    return pages
