"""Numbered and lettered items, nested to any depth (a. → 1. → a) → 1) …)."""

from __future__ import annotations

from pydantic import Field

from .base import ZiModel


class Butir(ZiModel):
    """One item of a list in a decree: a Menimbang item, a task under a diktum, …

    Text is kept as written, with its closing punctuation (``;``, ``; dan``, ``.``),
    so that the checker can judge it and a decree read from a document renders
    back to the same words.
    """

    label: str | None = None
    """The item marker as printed: ``"a."``, ``"1."``, ``"a)"``, ``"1)"``.  ``None`` lets
    the renderer number the item by its depth (a. → 1. → a) → 1))."""

    teks: str
    """The item's text as written, including its closing punctuation."""

    rincian: list[Butir] = Field(default_factory=list)
    """Sub-items, nested to any depth."""

    teks_penutup: str | None = None
    """Text that follows the sub-items and still belongs to this item, if any."""
