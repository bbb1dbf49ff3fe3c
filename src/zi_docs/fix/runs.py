"""Edit the text of Word paragraphs inside their existing runs, keeping their formatting.

A paragraph's shown text is laid out by :class:`zi_docs.docx.text.TextUnit`: the
text, and for every stretch of it the ``w:t`` element that stores it.  A
replacement changes only the characters that differ: the new text goes into the
first run of the span, the matched characters come out of the runs that follow,
and bold, italics and fonts stay as the author set them.  Tabs, breaks and
numbering labels are not stored text and are never edited.
"""

from __future__ import annotations

from lxml import etree

from ..docx.body import fallback_copy
from ..docx.ns import qn
from ..docx.text import Piece, TextUnit, read_unit

__all__ = ["editable", "replace", "replace_with_copy"]

_R, _R_PR = qn("w:r"), qn("w:rPr")
_XML_SPACE = qn("xml:space")


def _set_text(t: etree._Element, text: str) -> None:
    t.text = text
    if text != text.strip():
        # Word drops leading and trailing spaces of a w:t without it.
        t.set(_XML_SPACE, "preserve")


def _remove_if_empty(t: etree._Element) -> None:
    """Take out a ``w:t`` left empty, and its run when nothing else is left in it."""
    run = t.getparent()
    run.remove(t)
    if run.tag == _R and all(child.tag == _R_PR for child in run):
        parent = run.getparent()
        if parent is not None:
            parent.remove(run)


def editable(unit: TextUnit, start: int, end: int) -> list[Piece] | None:
    """The text pieces covering [start, end), or None if a tab or break is among them.

    For an insertion (``start == end``) the piece the inserted text continues: the
    one ending there, as typing would, else the one beginning there.
    """
    if start == end:
        before = [p for p in unit.pieces if p.element is not None and p.start < start <= p.end]
        after = [p for p in unit.pieces if p.element is not None and p.start == start < p.end]
        return (before or after)[:1] or None
    covered = [piece for piece in unit.pieces if piece.start < end and piece.end > start]
    if not covered or any(piece.element is None for piece in covered):
        return None
    return covered


def replace(unit: TextUnit, start: int, end: int, new: str) -> None:
    """Replace [start, end) of the unit: the new text into the first run of the span,
    the rest of the matched characters out of the runs that follow."""
    covered = editable(unit, start, end)
    assert covered is not None
    first, rest = covered[0], covered[1:]
    assert first.element is not None
    text = first.element.text or ""
    replaced = text[: start - first.start] + new + text[min(end, first.end) - first.start :]
    if replaced:
        _set_text(first.element, replaced)
    else:  # a fix that deletes text (new is "") may empty the first run too
        _remove_if_empty(first.element)
    for piece in rest:
        assert piece.element is not None
        text = piece.element.text or ""
        remaining = text[min(end, piece.end) - piece.start :]
        if remaining:
            _set_text(piece.element, remaining)
        else:
            _remove_if_empty(piece.element)


def replace_with_copy(unit: TextUnit, start: int, end: int, new: str) -> TextUnit:
    """:func:`replace`, and the same edit in the text box's VML copy when the paragraph
    has one that reads the same; returns the paragraph's unit as it now is."""
    copy = fallback_copy(unit.paragraph)
    copy_unit = read_unit(copy) if copy is not None else None
    replace(unit, start, end, new)
    if copy_unit is not None and copy_unit.text == unit.text and editable(copy_unit, start, end):
        replace(copy_unit, start, end, new)
    return read_unit(unit.paragraph)
