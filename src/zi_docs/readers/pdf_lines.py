"""Turn a PDF's text layer into :class:`~zi_docs.readers.lines.Line` objects.

pypdf extracts the text of each page; :mod:`zi_docs.readers.pages` then removes
page numbers, running headers/footers and catchwords.  Every kept line becomes a
``Line`` located by page and line on that page.

Why pypdf's *layout* mode and not its plain mode: a decree is laid out in columns.
In plain mode "Menimbang : a. bahwa …" comes out with single spaces between label,
colon, item letter and text, and a table row comes out one cell per line (a
wrapped cell even splits a row in two), so neither the label/text column of the
consideranda nor the columns of a member table survive.  Layout mode places text by
its position on the page, so columns stay apart by runs of spaces and a table row
stays on one line (a wrapped cell continues on the next line at its column's
indentation).  Those runs of three or more spaces become one tab, the separator
every reader uses for aligned columns; the indentation is kept as a number.

A PDF without a text layer (a scan) is refused with a pointer to OCR rather than
read as an empty decree.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from ..errors import LimitExceededError, UnreadableFileError
from ..storage.files import checked_size
from ..i18n import Message
from ..model import Lokasi
from .lines import Line
from .pages import clean_pages

__all__ = ["MAX_BYTES", "read_pdf_lines"]

MAX_BYTES = 50 * 1024 * 1024
"""Largest PDF file accepted, checked with ``os.stat`` before opening it."""

# A gap of three or more spaces separates layout columns; one or two are the
# spacing of justified text or a "Menimbang :" colon.
_COLUMN_GAP = re.compile(r" {3,}")


def read_pdf_lines(path: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES) -> list[Line]:
    """Read the text layer of a PDF into lines, page furniture removed.

    Each line's ``text`` has its leading indentation removed (kept as
    ``indent``, a count of layout spaces) and every run of three or more
    spaces replaced by a tab.  Blank lines are kept as empty lines.
    ``page_break_before`` marks the first non-blank line of every page after the
    first; ``location`` has ``halaman`` and ``baris`` (line on that page, counted
    in the extracted text, page furniture included).

    Raises :class:`UnreadableFileError` for a missing, damaged, password-protected
    or scanned (text-less) PDF and :class:`LimitExceededError` for one that is too
    large.
    """
    path = Path(path)
    checked_size(path, max_bytes, hint=_TOO_LARGE_HINT)
    pages = _extract_pages(path)
    if not any(text.strip() for text in pages):
        raise UnreadableFileError(
            Message(
                id="PDF ini hasil pindai (scan) tanpa lapisan teks; teksnya harus dikenali dengan OCR lebih dulu",
                en="this PDF is a scan without a text layer; its text must be recognised with OCR first",
            ),
            path=path,
            hint=Message(
                id="Jalankan OCR, misalnya: ocrmypdf -l ind masuk.pdf keluar.pdf — lalu baca keluar.pdf.",
                en="Run OCR, for example: ocrmypdf -l ind masuk.pdf keluar.pdf — then read keluar.pdf.",
            ),
        )
    numbered = [list(enumerate(text.split("\n"), start=1)) for text in pages]
    lines: list[Line] = []
    kept_lines = clean_pages(numbered)
    for index, kept in enumerate(kept_lines):
        following = kept_lines[index + 1] if index + 1 < len(kept_lines) else None
        if not kept.text.strip() and (
            following is None or following.page != kept.page or not following.text.strip() or following.page_start
        ):
            # Layout mode renders vertical space as runs of blank lines; one blank
            # line says "gap" as well, and a blank line at a page end says nothing.
            continue
        stripped = kept.text.lstrip(" ")
        indent = len(kept.text) - len(stripped) if stripped else 0
        lines.append(
            Line(
                text=_COLUMN_GAP.sub("\t", stripped.rstrip()),
                location=Lokasi(berkas=path.name, halaman=kept.page, baris=kept.line),
                page_break_before=kept.page_start,
                # The line as laid out, for the parser to find table columns in.
                indent=indent,
                layout=kept.text.rstrip(),
            )
        )
    return lines


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


def _opens_without_password(reader) -> bool:
    """Whether an encrypted PDF opens with the empty user password.

    That is the case of PDFs that only restrict printing or copying.  AES needs
    the optional ``cryptography`` package in pypdf; without it such a PDF is
    treated like a password-protected one, whose remedy (save a copy without
    encryption) is the same.
    """
    from pypdf.errors import DependencyError

    try:
        return bool(reader.decrypt(""))
    except DependencyError:
        return False


def _extract_pages(path: Path) -> list[str]:
    """The text of every page, in layout mode."""
    from pypdf import PdfReader
    from pypdf.errors import LimitReachedError

    try:
        reader = PdfReader(path, strict=False)
        if reader.is_encrypted and not _opens_without_password(reader):
            raise UnreadableFileError(
                Message(
                    id="PDF ini dilindungi kata sandi (terenkripsi) sehingga teksnya tidak dapat dibaca",
                    en="this PDF is password-protected (encrypted), so its text cannot be read",
                ),
                path=path,
                hint=Message(
                    id="Buka PDF dengan kata sandinya lalu simpan salinan tanpa kata sandi, "
                    "misalnya: qpdf --password=KATASANDI --decrypt masuk.pdf keluar.pdf",
                    en="Open the PDF with its password and save a copy without it, "
                    "for example: qpdf --password=PASSWORD --decrypt in.pdf out.pdf",
                ),
            )
        texts = []
        for page in reader.pages:
            try:
                texts.append(page.extract_text(extraction_mode="layout"))
            except LimitReachedError:
                raise
            except Exception:  # noqa: BLE001
                # Layout extraction is the newer, less forgiving code path in pypdf;
                # a page it cannot handle is still worth reading in plain mode.
                texts.append(page.extract_text())
        return texts
    except UnreadableFileError:
        raise
    except LimitReachedError as error:
        raise LimitExceededError(
            Message(
                id=f"isi PDF mengembang melebihi batas yang diizinkan ({error})",
                en=f"the PDF's content expands beyond the allowed limit ({error})",
            ),
            path=path,
            hint=Message(
                id="Periksa asal berkas; dokumen keputusan biasa jauh lebih kecil.",
                en="Check where the file comes from; an ordinary decree is far smaller.",
            ),
        ) from None
    except MemoryError:
        raise
    except Exception as error:  # noqa: BLE001
        # pypdf reports damaged files with its own errors but also with plain
        # ValueError/KeyError/NotImplementedError/RecursionError/… from deep inside
        # its parser and filters (found by tests/test_fuzz.py): whatever a damaged
        # PDF makes it raise, the user hears that the PDF is damaged.
        raise _damaged(path, error) from None
