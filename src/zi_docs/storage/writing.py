"""Writing output files: atomically, and never over an input.

Every file zi_docs writes for a user goes through :func:`write_atomic` (a test holds the
source to it).  Its own module, apart from :mod:`.load_save`, because every command that
writes needs it and most of them (``check -o``, ``render``, ``fix``) need none of the YAML
and JSON machinery that loading a decree's data brings in.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from ..errors import UnwritableFileError, ZiDocsError
from ..i18n import Message


def _new_file_mode() -> int:
    """The permissions an ordinary new file gets (0o666 less the umask)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def write_atomic(path: str | os.PathLike[str], content: str | bytes) -> None:
    """Write ``content`` to ``path`` so that it is either wholly there or not at all.

    The content goes to a temporary file in the target folder, is flushed to disk,
    and is renamed over ``path`` in one step: an interrupted write (an error, a full
    disk, Ctrl-C, a crash) leaves the previous file as it was and no half file.  A
    file that is replaced keeps its permissions; a new one gets the usual ones.
    Raises :class:`~zi_docs.errors.UnwritableFileError` (also an ``OSError``) when
    the folder cannot be created or written.
    """
    path = Path(path)
    data = content.encode("utf-8") if isinstance(content, str) else content
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            mode = os.stat(path).st_mode & 0o7777
        except FileNotFoundError:
            mode = _new_file_mode()
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        raise UnwritableFileError(
            Message(
                f"berkas tidak dapat ditulis ({exc.strerror or exc})",
                f"cannot write the file ({exc.strerror or exc})",
            ),
            path=path,
            hint=Message(
                "Periksa bahwa foldernya ada, boleh ditulisi, dan disk tidak penuh; berkas lama tidak diubah.",
                "Check that the folder exists, can be written to and the disk is not full; "
                "the old file was not changed.",
            ),
            cause=exc,
        ) from None
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


def _same_file(a: Path, b: Path) -> bool:
    if a.resolve() == b.resolve():
        return True
    try:
        return os.path.samefile(a, b)  # hard links, other spellings of one path
    except OSError:
        return False


def refuse_overwriting_inputs(output: str | os.PathLike[str], inputs: Iterable[str | os.PathLike[str]]) -> None:
    """Raise :class:`~zi_docs.errors.ZiDocsError` when ``output`` is one of ``inputs``.

    Compared by resolved path and, when both exist, as the same file on disk, so a
    link or another spelling of the input is refused as well.  Every command that
    writes calls this first: an input is never overwritten.
    """
    target = Path(output)
    for source in inputs:
        if _same_file(Path(source), target):
            raise ZiDocsError(
                Message("keluaran sama dengan berkas masukan", "the output is the input file"),
                path=target,
                hint=Message(
                    "Pilih nama lain untuk keluaran; berkas masukan tidak pernah ditimpa.",
                    "Choose another name for the output; input files are never overwritten.",
                ),
            )
