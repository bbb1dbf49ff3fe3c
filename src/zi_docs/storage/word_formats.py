"""Word-processor files zi_docs does not read itself, and how to turn them into .docx.

Offices still keep decrees as Word 97–2003 ``.doc``, as ``.rtf`` or as LibreOffice's
``.odt``.  Reading them is left to the programs made for it; what a person needs is
the one step that makes the file readable, with their own file's name in it.
"""

from __future__ import annotations

import os
import shlex
from pathlib import Path

from ..errors import UnsupportedFormatError
from ..i18n import Message

#: Suffix → (what the file is, in Indonesian and English).
CONVERTIBLE = {
    ".doc": ("dokumen Word 97–2003 (.doc)", "a Word 97–2003 document (.doc)"),
    ".dot": ("templat Word 97–2003 (.dot)", "a Word 97–2003 template (.dot)"),
    ".rtf": ("dokumen RTF (.rtf)", "an RTF document (.rtf)"),
    ".odt": ("dokumen OpenDocument (.odt)", "an OpenDocument text (.odt)"),
}


def _quoted(path: Path) -> str:
    text = str(path)
    if os.name == "nt":
        return f'"{text}"' if " " in text else text
    return shlex.quote(text)


def needs_conversion(path: str | os.PathLike[str]) -> UnsupportedFormatError | None:
    """The error to raise for a ``.doc``/``.rtf``/``.odt`` file, saying how to convert it; None for others.

    The hint gives both ways an office has at hand: Word's "Save As" and
    LibreOffice's ``soffice --headless --convert-to docx``, with the file's own name
    and folder (``--outdir``: soffice otherwise writes to the current folder).
    """
    path = Path(path)
    kind = CONVERTIBLE.get(path.suffix.lower())
    if kind is None:
        return None
    converted = path.with_suffix(".docx").name
    folder = path.parent if str(path.parent) else Path(".")
    command = f"soffice --headless --convert-to docx --outdir {_quoted(folder)} {_quoted(path)}"
    opener_id = "Word atau LibreOffice Writer" if path.suffix.lower() == ".odt" else "Word"
    opener_en = "Word or LibreOffice Writer" if path.suffix.lower() == ".odt" else "Word"
    return UnsupportedFormatError(
        Message(
            f"{kind[0]} tidak dapat dibaca langsung; simpan dulu sebagai .docx",
            f"{kind[1]} cannot be read directly; save it as .docx first",
        ),
        path=path,
        hint=Message(
            f"Buka di {opener_id}, pilih Berkas › Simpan Sebagai › Dokumen Word (*.docx); atau dengan "
            f"LibreOffice: {command} — lalu jalankan perintah yang sama pada {converted}.",
            f"Open it in {opener_en} and choose File › Save As › Word Document (*.docx); or with LibreOffice: "
            f"{command} — then run the same command on {converted}.",
        ),
    )
