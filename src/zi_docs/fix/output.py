"""Checks on where a fix is written, made before anything is read."""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import UnsupportedFormatError, ZiDocsError
from ..i18n import Message

__all__ = ["check_output", "docx_suffix", "refuse_same_file"]


def refuse_same_file(path_in: Path, path_out: Path) -> None:
    """The input is never overwritten: not by name, not through a link."""
    same = path_in.resolve() == path_out.resolve()
    if not same and path_in.exists() and path_out.exists():
        same = os.path.samefile(path_in, path_out)
    if same:
        raise ZiDocsError(
            Message("keluaran sama dengan berkas masukan", "the output is the input file"),
            path=path_out,
            hint=Message(
                "Pilih nama lain untuk -o; berkas masukan tidak pernah ditimpa.",
                "Choose another name for -o; the input file is never overwritten.",
            ),
        )


def check_output(path_in: Path, path_out: str | os.PathLike[str] | None, dry_run: bool) -> None:
    """An output is given (unless ``dry_run``) and is not the input."""
    if path_out is None:
        if not dry_run:
            raise ZiDocsError(Message("berkas keluaran tidak diberikan", "no output file given"), path=path_in)
        return
    refuse_same_file(path_in, Path(path_out))


def docx_suffix(path_out: Path) -> UnsupportedFormatError:
    return UnsupportedFormatError(
        Message(
            f"dokumen Word hasil perbaikan harus berakhiran .docx, bukan '{path_out.suffix}'",
            f"the fixed Word document must be saved as .docx, not '{path_out.suffix}'",
        ),
        path=path_out,
    )
