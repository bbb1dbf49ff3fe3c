"""Read a decree from DOCX, PDF, text, Markdown, YAML or JSON into the model.

>>> result = read("draft.docx")
>>> result.keputusan.diktum[0].label, result.source_map["diktum[0]"]

Every format is first turned into lines with their location (one module per
format), then one structural parser builds the model (:mod:`.structure`).  Text the
parser cannot place is kept in ``Keputusan.tidak_terurai``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import LimitExceededError, UnreadableFileError, UnsupportedFormatError
from ..i18n import Message
from ..model import Keputusan, Lokasi
from .structure import SourceMap, parse_lines

#: Largest file read, in bytes; a parameter of :func:`read` raises it.
MAX_BYTES = 50 * 1024 * 1024
TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
DATA_SUFFIXES = (".yaml", ".yml", ".json")
SUFFIXES = (".docx", ".pdf", *TEXT_SUFFIXES, *DATA_SUFFIXES)


@dataclass
class ReadResult:
    """A decree read from a file, with where each part came from."""

    keputusan: Keputusan
    source_map: SourceMap = field(default_factory=dict)
    """Model path (``"lampiran[0].kelompok[2].anggota[4]"``) → its place in the file."""

    notes: list[Message] = field(default_factory=list)
    """Things the reader did that a person should know (an encoding guessed, …)."""

    def location(self, path: str) -> Lokasi | None:
        """The location of ``path`` or of its nearest enclosing part."""
        while path:
            if path in self.source_map:
                return self.source_map[path]
            cut = max(path.rfind("."), path.rfind("["))
            path = path[:cut] if cut > 0 else ""
        return None


def _check_size(path: Path, max_bytes: int) -> None:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise UnreadableFileError(
            Message("berkas tidak ditemukan", "file not found"),
            path=path,
            hint=Message("Periksa nama dan folder berkas.", "Check the file name and folder."),
        ) from None
    if size > max_bytes:
        raise LimitExceededError(
            Message(
                f"berkas berukuran {size / 1e6:.0f} MB, melebihi batas {max_bytes / 1e6:.0f} MB",
                f"the file is {size / 1e6:.0f} MB, over the limit of {max_bytes / 1e6:.0f} MB",
            ),
            path=path,
            hint=Message(
                "Naikkan batas dengan max_bytes bila berkas ini memang benar.",
                "Raise the limit with max_bytes if the file is genuine.",
            ),
        )
    if size == 0:
        raise UnreadableFileError(Message("berkas kosong", "the file is empty"), path=path)


def decode_text(raw: bytes) -> tuple[str, Message | None]:
    """UTF-8 (with or without BOM), else Windows-1252, saying so."""
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace"), Message(
            "berkas bukan UTF-8; dibaca sebagai Windows-1252 (cp1252)",
            "the file is not UTF-8; read as Windows-1252 (cp1252)",
        )


def read(path: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES) -> ReadResult:
    """Read a decree from ``path``, whatever its format (by suffix)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise UnsupportedFormatError(
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
        from ..io import load

        return ReadResult(load(path))
    _check_size(path, max_bytes)
    if suffix == ".docx":
        from .docx_lines import read_docx_lines

        result = parse_lines(read_docx_lines(path), paragraph_per_line=True)
        return ReadResult(result.keputusan, result.source_map)
    if suffix == ".pdf":
        from .pdf_lines import read_pdf_lines

        result = parse_lines(read_pdf_lines(path))
        return ReadResult(result.keputusan, result.source_map)
    from .text_lines import text_to_lines

    text, note = decode_text(path.read_bytes())
    result = parse_lines(text_to_lines(text, path.name))
    return ReadResult(result.keputusan, result.source_map, [note] if note else [])
