"""Output file names: safe on every file system, unique, and never an input file."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from ..errors import ZiDocsError
from ..i18n import Message
from ..storage.files import same_file

__all__ = ["NamaBerkas", "jangan_timpa", "slug"]

#: Names Windows reserves for devices, with any extension ("con.docx" cannot be created).
_WINDOWS_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
#: Room for a suffix such as "-12" and the ".docx"/".pdf" extension under the 255-byte
#: limit of ext4/NTFS, and short enough for Windows' 260-character paths in a deep folder.
MAX_STEM = 80


def slug(teks: str, *, cadangan: str = "orang", panjang: int = MAX_STEM) -> str:
    """``"Dr. Siti Nur'aini, S.H."`` → ``"dr-siti-nuraini-s-h"``: ASCII letters, digits and hyphens.

    Accents are folded (é → e); anything else becomes a hyphen; an empty result or a
    Windows device name gets ``cadangan``; the result is cut at ``panjang`` on a hyphen.
    """
    ascii_text = unicodedata.normalize("NFKD", teks).encode("ascii", "ignore").decode("ascii").lower()
    ascii_text = re.sub(r"['’`]", "", ascii_text)  # Nur'aini → nuraini, not nur-aini
    hasil = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if len(hasil) > panjang:
        cut = hasil[:panjang]
        hasil = cut.rsplit("-", 1)[0] if "-" in cut[panjang // 2 :] else cut
        hasil = hasil.strip("-")
    if not hasil:
        hasil = cadangan
    if hasil.split(".")[0] in _WINDOWS_RESERVED:
        hasil = f"{hasil}-{cadangan}"
    return hasil


class NamaBerkas:
    """Hands out unique stems: the second "budi" becomes "budi-2".

    Comparison ignores case, because Windows and macOS file systems do.
    """

    def __init__(self, terpakai: Iterable[str] = ()):
        self._terpakai = {t.casefold() for t in terpakai}

    def __call__(self, teks: str, *, cadangan: str = "orang") -> str:
        dasar = slug(teks, cadangan=cadangan)
        nama, n = dasar, 1
        while nama.casefold() in self._terpakai:
            n += 1
            nama = f"{dasar}-{n}"
        self._terpakai.add(nama.casefold())
        return nama


def jangan_timpa(output: Path, inputs: Iterable[Path | str | None]) -> None:
    """Refuse to write ``output`` over one of the ``inputs`` (same file, by path or by inode)."""
    for item in inputs:
        if item is None:
            continue
        source = Path(item)
        if same_file(output, source):
            raise ZiDocsError(
                Message(
                    f"berkas keluaran {output} sama dengan berkas masukan; tidak ditimpa",
                    f"the output file {output} is an input file; it is not overwritten",
                ),
                hint=Message("Pilih nama atau folder keluaran lain.", "Choose another output name or folder."),
            )
