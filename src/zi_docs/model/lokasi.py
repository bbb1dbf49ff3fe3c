"""Where a piece of a decree was read from, and text the reader could not place."""

from __future__ import annotations

from ..i18n import Lang, Message
from .base import ZiModel

#: How a person names each field of a place, in the order they are said.
_WORDS: tuple[tuple[str, Message], ...] = (
    ("halaman", Message("halaman", "page")),
    ("baris", Message("baris", "line")),
    ("paragraf", Message("paragraf", "paragraph")),
    ("tabel", Message("tabel", "table")),
    ("baris_tabel", Message("baris", "row")),
    ("sel", Message("sel", "cell")),
)


class Lokasi(ZiModel):
    """A place in a source document that a person can find.

    Only the fields that apply are set: a line for text, a paragraph or a table
    cell for DOCX, a page (and line) for PDF.
    """

    berkas: str | None = None
    halaman: int | None = None
    baris: int | None = None
    paragraf: int | None = None
    tabel: int | None = None
    baris_tabel: int | None = None
    sel: int | None = None

    def describe(self, lang: Lang | None = None) -> str:
        """The place in words: ``"halaman 3, baris 12"``, ``"paragraf 40"``,
        ``"tabel 2, baris 4"`` (``"table 2, row 4"`` in English); ``""`` when no field is set.

        The file name is not said: whoever shows the place shows the file already.
        """
        return ", ".join(
            f"{word(lang)} {getattr(self, name)}" for name, word in _WORDS if getattr(self, name) is not None
        )


class TeksTakTerurai(ZiModel):
    """Text a reader found but could not place in the model.

    Kept, never dropped, so that nothing in a draft escapes the reviewer.
    """

    teks: str
    lokasi: Lokasi | None = None
