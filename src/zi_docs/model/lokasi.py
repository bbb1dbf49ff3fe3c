"""Where a piece of a decree was read from, and text the reader could not place."""

from __future__ import annotations

from .base import ZiModel


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


class TeksTakTerurai(ZiModel):
    """Text a reader found but could not place in the model.

    Kept, never dropped, so that nothing in a draft escapes the reviewer.
    """

    teks: str
    lokasi: Lokasi | None = None
