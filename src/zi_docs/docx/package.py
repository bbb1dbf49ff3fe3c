"""Open a Word package (.docx) safely, and reach its parts.

A .docx is a ZIP of XML parts.  Before anything is inflated the file is checked
from its ZIP directory: its size on disk, the total its entries declare, and the
compression ratio of each large entry, so that a ZIP bomb or a huge file is
refused cheaply.  Then the start of every XML part is read to refuse a DTD or an
entity declaration, which Word never writes and which only serves an attack.
Only then does python-docx open the package (its parser resolves no entities and
fetches nothing).

>>> document = open_document("draf.docx")          # checked, then opened
>>> styles = related_element(document.part, RT_STYLES)
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from lxml import etree

from ..errors import LimitExceededError, UnreadableFileError
from ..i18n import Message
from ..storage.files import checked_size
from ..storage.regex_cache import regex
from .ns import parse_xml

__all__ = [
    "MAX_BYTES",
    "MAX_COMPRESSION_RATIO",
    "MAX_UNCOMPRESSED",
    "check_package",
    "documents_shared",
    "open_document",
    "read_parts",
    "related_element",
]

MAX_BYTES = 50 * 1024 * 1024
"""Largest .docx file accepted, checked with ``os.stat`` before opening it."""

MAX_UNCOMPRESSED = 200 * 1024 * 1024
"""Largest total of the uncompressed sizes the ZIP directory declares."""

MAX_COMPRESSION_RATIO = 100
"""Largest uncompressed/compressed ratio of one ZIP entry; Word's XML stays far below."""

RATIO_FLOOR = 1024 * 1024
"""Entries smaller than this are not checked for their ratio: a few kilobytes of
repetitive XML can exceed any ratio harmlessly, and the total limit bounds what
many small entries can expand to."""

MAIN_PART = "word/document.xml"

SAVE_AGAIN = Message(
    id="Buka berkas di Word atau LibreOffice lalu simpan ulang sebagai dokumen Word (.docx).",
    en="Open the file in Word or LibreOffice and save it again as a Word document (.docx).",
)

#: How much of each XML part's start is inflated to look for a DTD (its prolog).
_PROLOG_BYTES = 64 * 1024
_DECLARATION = regex(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
# What zipfile and zlib raise for damaged or encrypted entries and unknown methods.
_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError, RuntimeError, ValueError)


def check_package(
    path: str | Path, *, max_bytes: int = MAX_BYTES, max_uncompressed: int = MAX_UNCOMPRESSED
) -> list[str]:
    """Refuse a file that is not a .docx, too large, a ZIP bomb or declaring a DTD.

    Reads the ZIP directory and the first bytes of each XML part only.  Returns the
    names of the package's entries.  Raises :class:`UnreadableFileError` or
    :class:`LimitExceededError`.
    """
    path = Path(path)
    checked_size(
        path,
        max_bytes,
        hint=Message(
            id="Kompres atau hapus gambar besar di dokumen, lalu simpan ulang.",
            en="Compress or remove large pictures in the document and save it again.",
        ),
    )
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        raise UnreadableFileError(
            Message(
                id=f"bukan dokumen Word (.docx) yang utuh: berkas ZIP tidak dapat dibaca ({error})",
                en=f"not an intact Word document (.docx): the ZIP container cannot be read ({error})",
            ),
            path=path,
            hint=SAVE_AGAIN,
        ) from None
    _check_sizes(path, entries, max_uncompressed)
    if MAIN_PART not in {entry.filename for entry in entries}:
        raise UnreadableFileError(
            Message(
                id="berkas ZIP ini bukan dokumen Word: word/document.xml tidak ada",
                en="this ZIP file is not a Word document: word/document.xml is missing",
            ),
            path=path,
            hint=SAVE_AGAIN,
        )
    _refuse_declarations(path, entries)
    return [entry.filename for entry in entries]


def _check_sizes(path: Path, entries: list[zipfile.ZipInfo], max_uncompressed: int) -> None:
    total = sum(entry.file_size for entry in entries)
    if total > max_uncompressed:
        raise LimitExceededError(
            Message(
                id=f"isi berkas mengembang menjadi {total:,} bita, melebihi batas {max_uncompressed:,} bita",
                en=f"the file's content expands to {total:,} bytes, more than the limit of {max_uncompressed:,} bytes",
            ),
            path=path,
            hint=Message(
                id="Periksa asal berkas; dokumen keputusan biasa jauh lebih kecil.",
                en="Check where the file comes from; an ordinary decree is far smaller.",
            ),
        )
    for entry in entries:
        ratio = entry.file_size / max(entry.compress_size, 1)
        if entry.file_size >= RATIO_FLOOR and ratio > MAX_COMPRESSION_RATIO:
            raise LimitExceededError(
                Message(
                    id=f"bagian {entry.filename} dimampatkan {ratio:.0f} kali (batas {MAX_COMPRESSION_RATIO}): "
                    "kemungkinan bom ZIP",
                    en=f"part {entry.filename} is compressed {ratio:.0f} times (limit {MAX_COMPRESSION_RATIO}): "
                    "probably a ZIP bomb",
                ),
                path=path,
                hint=Message(
                    id="Jangan buka berkas ini; minta dokumen asli kepada pengirimnya.",
                    en="Do not open this file; ask the sender for the original document.",
                ),
            )


def _refuse_declarations(path: Path, entries: list[zipfile.ZipInfo]) -> None:
    """Refuse a package whose XML parts declare a DTD or entities.

    Word never writes ``<!DOCTYPE`` or ``<!ENTITY``; in a .docx they only serve an
    attack (entity expansion, "billion laughs"; an external entity that would pull
    a local file into the text).  The parser would not resolve them either (no
    entity resolution, no network, libxml2's amplification limit); this check makes
    the refusal clear and happens before the whole part is inflated.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            for entry in entries:
                if not entry.filename.lower().endswith((".xml", ".rels")):
                    continue
                with archive.open(entry) as stream:
                    prolog = stream.read(_PROLOG_BYTES)
                if _DECLARATION.search(prolog):
                    raise UnreadableFileError(
                        Message(
                            id=f"bagian {entry.filename} memuat deklarasi DTD/entitas (<!DOCTYPE …>) yang tidak "
                            "pernah ditulis Word; berkas ini tidak dibaca",
                            en=f"part {entry.filename} holds a DTD/entity declaration (<!DOCTYPE …>), which Word "
                            "never writes; the file is not read",
                        ),
                        path=path,
                        hint=Message(
                            id="Periksa asal berkas; bila dokumennya asli, buka di Word lalu simpan ulang sebagai .docx.",
                            en="Check where the file comes from; if it is genuine, open it in Word and save it "
                            "again as .docx.",
                        ),
                    )
    except UnreadableFileError:
        raise
    except _ZIP_ERRORS as error:
        raise _damaged_zip(path, error) from None


def _damaged_zip(path: Path, error: BaseException) -> UnreadableFileError:
    return _unreadable(
        path,
        error,
        Message("bukan dokumen Word (.docx) yang utuh: isi berkas ZIP rusak", "not an intact Word document (.docx): "
                "the ZIP content is damaged"),
    )  # fmt: skip


def _damaged_document(path: Path, error: BaseException) -> UnreadableFileError:
    return _unreadable(
        path,
        error,
        Message("dokumen Word tidak dapat dibaca, berkas rusak atau bukan .docx", "cannot read the Word document, "
                "the file is damaged or not a .docx"),
    )  # fmt: skip


def _unreadable(path: Path, error: BaseException, what: Message) -> UnreadableFileError:
    detail = f"({type(error).__name__}: {error})"
    return UnreadableFileError(Message(f"{what.id} {detail}", f"{what.en} {detail}"), path=path, hint=SAVE_AGAIN)


_SHARED: ContextVar[dict[tuple[Any, ...], Any] | None] = ContextVar("zi_docs_shared_documents", default=None)


@contextmanager
def documents_shared() -> Iterator[None]:
    """Inside the block, opening an unchanged file again returns the document already opened.

    A check reads one DOCX three times (the decree, the drafter's suppression marks, the
    words' own paragraphs) and a review a fourth time to write its comments; parsing
    the package is a tenth of a check.  Only for readers: whoever changes a shared
    document must be the last to open it in the block.
    """
    token = _SHARED.set({})
    try:
        yield
    finally:
        _SHARED.reset(token)


def open_document(
    path: str | Path, *, max_bytes: int = MAX_BYTES, max_uncompressed: int = MAX_UNCOMPRESSED
) -> Any:  # -> docx.document.Document
    """Check the package (:func:`check_package`), then open it with python-docx (once per
    unchanged file inside :func:`documents_shared`)."""
    path = Path(path)
    shared = _SHARED.get()
    if shared is None:
        return _open_document(path, max_bytes, max_uncompressed)
    try:
        stat = path.stat()
    except OSError:  # let the opening say what is wrong, as outside the block
        return _open_document(path, max_bytes, max_uncompressed)
    key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size, max_bytes, max_uncompressed)
    if key not in shared:
        shared[key] = _open_document(path, max_bytes, max_uncompressed)
    return shared[key]


def _open_document(path: Path, max_bytes: int, max_uncompressed: int) -> Any:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    check_package(path, max_bytes=max_bytes, max_uncompressed=max_uncompressed)
    try:
        return docx.Document(str(path))
    except etree.XMLSyntaxError as error:
        if "depth" in str(error).lower() or "amplification" in str(error).lower():
            raise LimitExceededError(
                Message(
                    id=f"XML di dalam dokumen Word bersarang terlalu dalam atau mengembang terlalu besar ({error})",
                    en=f"the XML inside the Word document is nested too deeply or expands too much ({error})",
                ),
                path=path,
                hint=Message(
                    id="Periksa asal berkas; dokumen keputusan biasa jauh lebih sederhana.",
                    en="Check where the file comes from; an ordinary decree is far simpler.",
                ),
            ) from None
        raise _damaged_document(path, error) from None
    except (
        PackageNotFoundError,
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        KeyError,
        ValueError,
        TypeError,
        AttributeError,
        IndexError,
        NotImplementedError,
        RuntimeError,
        OSError,
    ) as error:
        # python-docx reports damaged packages with its own error but also with
        # plain KeyError/ValueError/… from inside its parts and relationships.
        raise _damaged_document(path, error) from None


def related_element(part: Any, relationship: str) -> etree._Element | None:
    """The root element of a part related to ``part`` (``RT_STYLES``…), if there is one."""
    try:
        return part.part_related_by(relationship).element
    except (KeyError, AttributeError):
        return None


def read_parts(path: str | Path, names: list[str]) -> dict[str, etree._Element]:
    """Parse the named XML parts of a checked package (:func:`check_package` first).

    For parts python-docx does not model (headers' raw XML for a template check) or
    when opening the whole document would cost more than the parts needed.  Missing
    names are left out; a damaged part raises :class:`UnreadableFileError`.
    """
    path = Path(path)
    result: dict[str, etree._Element] = {}
    try:
        with zipfile.ZipFile(path) as archive:
            present = set(archive.namelist())
            for name in names:
                if name not in present:
                    continue
                try:
                    result[name] = parse_xml(archive.read(name))
                except etree.XMLSyntaxError as error:
                    raise UnreadableFileError(
                        Message(id=f"XML rusak di {name}: {error}", en=f"broken XML in {name}: {error}"),
                        path=path,
                        hint=SAVE_AGAIN,
                    ) from None
    except _ZIP_ERRORS as error:
        raise _damaged_zip(path, error) from None
    return result
