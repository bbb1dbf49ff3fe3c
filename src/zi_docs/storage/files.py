"""Opening input files: one place for "not found", "cannot open", "empty" and size limits."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from ..errors import LimitExceededError, UnreadableFileError
from ..i18n import Message

#: The data formats :func:`zi_docs.storage.load_save.load` reads, and plain text as converters and
#: editors write it (read by readers.text_lines).  Here, with the other facts about input files,
#: so that the readers and the checker know them without importing the YAML and JSON machinery.
YAML_SUFFIXES = (".yaml", ".yml")
JSON_SUFFIXES = (".json",)
TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")

_RAISE_LIMIT = Message(
    "Naikkan batas (max_bytes) bila berkas ini memang benar.",
    "Raise the limit (max_bytes) if the file is genuine.",
)


def checked_size(path: Path, max_bytes: int, *, hint: Message | None = None) -> int:
    """The file's size, after refusing a missing, unreadable, empty or too large file.

    The size is taken from the file system before anything is read, so a huge
    file is refused without being loaded.  ``hint`` says what to do about a file
    that is too large (format-specific advice); by default, how to raise the limit.
    """
    try:
        info = os.stat(path)
        size = info.st_size
    except FileNotFoundError:
        raise UnreadableFileError(
            Message("berkas tidak ditemukan", "file not found"),
            path=path,
            hint=Message("Periksa nama dan folder berkas.", "Check the file name and folder."),
        ) from None
    except OSError as error:
        raise UnreadableFileError(
            Message(f"berkas tidak dapat dibuka ({error.strerror})", f"cannot open the file ({error.strerror})"),
            path=path,
        ) from None
    if stat.S_ISDIR(info.st_mode):
        raise UnreadableFileError(
            Message("ini folder, bukan berkas", "this is a folder, not a file"),
            path=path,
            hint=Message("Sebutkan berkas di dalam folder itu.", "Name a file inside that folder."),
        )
    if not stat.S_ISREG(info.st_mode):
        # A device, pipe or socket has no size to check and may never end (/dev/zero).
        raise UnreadableFileError(
            Message("bukan berkas biasa (perangkat, pipa atau soket)", "not a regular file (a device, pipe or socket)"),
            path=path,
            hint=Message("Simpan isinya ke berkas biasa lebih dulu.", "Save its content to an ordinary file first."),
        )
    if size > max_bytes:
        raise LimitExceededError(
            Message(
                f"berkas berukuran {size:,} bita, melebihi batas {max_bytes:,} bita",
                f"the file is {size:,} bytes, more than the limit of {max_bytes:,} bytes",
            ),
            path=path,
            hint=hint or _RAISE_LIMIT,
        )
    if size == 0:
        raise UnreadableFileError(Message("berkas kosong", "the file is empty"), path=path)
    return size


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's content, after :func:`checked_size`."""
    checked_size(path, max_bytes)
    try:
        with open(path, "rb") as handle:
            # At most one byte past the limit: a file that grew since it was
            # measured is still not loaded whole.
            content = handle.read(max_bytes + 1)
    except OSError as error:
        raise UnreadableFileError(
            Message(f"berkas tidak dapat dibaca ({error.strerror})", f"cannot read the file ({error.strerror})"),
            path=path,
        ) from None
    if len(content) > max_bytes:
        raise LimitExceededError(
            Message(
                f"berkas lebih besar dari batas {max_bytes:,} bita",
                f"the file is larger than the limit of {max_bytes:,} bytes",
            ),
            path=path,
            hint=_RAISE_LIMIT,
        )
    if not content:
        raise UnreadableFileError(Message("berkas kosong", "the file is empty"), path=path)
    return content


def read_text_utf8(path: Path, max_bytes: int) -> str:
    """The file's text, after :func:`read_bytes`; a byte-order mark is dropped, other than UTF-8 refused."""
    raw = read_bytes(path, max_bytes)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnreadableFileError(
            Message(
                f"berkas bukan teks UTF-8 (bita ke-{exc.start + 1})",
                f"the file is not UTF-8 text (byte {exc.start + 1})",
            ),
            path=path,
            hint=Message("Simpan ulang berkas sebagai UTF-8.", "Save the file again as UTF-8."),
        ) from None


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file: the same path resolved, or, both existing, one file on disk (a link)."""
    if a.resolve() == b.resolve():
        return True
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False
