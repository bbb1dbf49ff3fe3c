"""Read a decree from DOCX, PDF, text, Markdown, YAML or JSON into the model.

>>> result = read("draft.docx")
>>> result.keputusan.diktum[0].label, result.source_map["diktum[0]"]

Every format is first turned into lines with their location (one module per
format), then one structural parser builds the model (:mod:`.parse`).  Text the
parser cannot place is kept in ``Keputusan.tidak_terurai``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import NotADecreeError, UnsupportedFormatError
from ..i18n import Message
from ..model import Keputusan, Lokasi, SourceMap, nearest_location
from ..storage.files import JSON_SUFFIXES, TEXT_SUFFIXES, YAML_SUFFIXES, checked_size, read_bytes
from .italics import Italics

#: Largest file read, in bytes; a parameter of :func:`read` raises it.
MAX_BYTES = 50 * 1024 * 1024
DATA_SUFFIXES = YAML_SUFFIXES + JSON_SUFFIXES
SUFFIXES = (".docx", ".pdf", *TEXT_SUFFIXES, *DATA_SUFFIXES)


@dataclass
class ReadResult:
    """A decree read from a file, with where each part came from."""

    keputusan: Keputusan
    source_map: SourceMap = field(default_factory=dict)
    """Model path (``"lampiran[0].kelompok[2].anggota[4]"``) → its place in the file."""

    notes: list[Message] = field(default_factory=list)
    """Things the reader did that a person should know (an encoding guessed, …)."""

    printed: dict[str, str] = field(default_factory=dict)
    """Model path → the line as printed where the model keeps a normalised form (the keywords
    with their colon, the diktum labels, the enactment's place and date); empty for YAML/JSON."""
    italics: Italics | None = None
    """What the document prints in italics, line by line (DOCX, and text with a
    converter's italic marks); ``None`` when that is not known."""

    def location(self, path: str) -> Lokasi | None:
        """The location of ``path`` or of its nearest enclosing part."""
        return nearest_location(self.source_map, path)


def decode_text(raw: bytes) -> tuple[str, Message | None]:
    """UTF-8 (with or without BOM), else Windows-1252, saying so."""
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace"), Message(
            "berkas bukan UTF-8; dibaca sebagai Windows-1252 (cp1252)",
            "the file is not UTF-8; read as Windows-1252 (cp1252)",
        )


def read_text(path: str | os.PathLike[str], *, max_bytes: int | None = None) -> tuple[str, Message | None]:
    """A text file's content and, when it was not UTF-8, a note saying how it was decoded.

    The size is checked before reading (``max_bytes``, default :data:`MAX_BYTES`),
    so a huge file is refused with :class:`~zi_docs.errors.LimitExceededError`
    without being loaded.
    """
    return decode_text(read_bytes(Path(path), MAX_BYTES if max_bytes is None else max_bytes))


def read(path: str | os.PathLike[str], *, max_bytes: int | None = None, ocr: bool = False) -> ReadResult:
    """Read a decree from ``path``, whatever its format (by suffix).

    ``max_bytes`` is the largest file accepted, checked before anything is read
    (default :data:`MAX_BYTES`, and :data:`zi_docs.storage.load_save.MAX_BYTES` for YAML/JSON);
    raise it for a genuine file that is larger.  ``ocr`` recognises the pages of
    a PDF that have no text layer (a scan), or a garbled one, with Tesseract
    (:mod:`.ocr`; progress on standard error).  Every failure is a
    :class:`~zi_docs.errors.ZiDocsError`.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        from ..storage.word_formats import needs_conversion  # only for a file that cannot be read

        raise needs_conversion(path) or UnsupportedFormatError(
            Message(
                f"format '{suffix or path.name}' tidak dapat dibaca", f"cannot read format '{suffix or path.name}'"
            ),
            path=path,
            hint=Message(
                "Format yang dapat dibaca: " + ", ".join(SUFFIXES) + ".",
                "Formats that can be read: " + ", ".join(SUFFIXES) + ".",
            ),
        )
    if suffix in DATA_SUFFIXES:
        from ..storage.load_save import load

        return ReadResult(load(path, max_bytes=max_bytes))
    limit = MAX_BYTES if max_bytes is None else max_bytes
    checked_size(path, limit)
    try:
        return _read_document(path, suffix, limit, ocr=ocr)
    except NotADecreeError as exc:
        raise NotADecreeError(exc.message, path=path, hint=exc.hint) from None


def _read_document(path: Path, suffix: str, limit: int, *, ocr: bool) -> ReadResult:
    """A DOCX, PDF or text file through its line reader and the structural parser."""
    # imported here, not at the top: the rules import zi_docs.readers' small modules (citations,
    # italics), and a check of decree data needs no parser (about 10 ms of a first check)
    from .parse import parse_lines

    if suffix == ".docx":
        from .docx_lines import read_docx_lines

        lines = read_docx_lines(path, max_bytes=limit)
        result = parse_lines(lines, paragraph_per_line=True)
        return ReadResult(result.keputusan, result.source_map, result.notes, result.printed, Italics.of(lines))
    if suffix == ".pdf":
        from .pdf_lines import read_pdf

        lines, notes = read_pdf(path, max_bytes=limit, ocr=ocr)
        result = parse_lines(lines)
        return ReadResult(result.keputusan, result.source_map, [*notes, *result.notes], result.printed)
    from .text_lines import text_to_lines

    text, note = read_text(path, max_bytes=limit)
    lines = text_to_lines(text, path.name)
    result = parse_lines(lines)
    notes = ([note] if note else []) + result.notes
    return ReadResult(result.keputusan, result.source_map, notes, result.printed, Italics.of(lines))
