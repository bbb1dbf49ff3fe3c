"""Runs cut at a character, and a fix written as a tracked change (``w:del`` + ``w:ins``).

A paragraph's text is laid out by :class:`zi_docs.docx.text.TextUnit` (the ``w:t``
behind every character).  :func:`split_at` cuts the run holding a character in two
copies of itself, so that a comment or a change can start or end there while both
halves keep the run's formatting (``w:rPr`` is copied).  :func:`tracked_edit` has
the signature of the fixer's edit (:func:`zi_docs.fix.runs.replace_with_copy`):
the old characters go into ``w:del`` (their ``w:t`` become ``w:delText``), the new
text into a ``w:ins`` run formatted as the first old run, both with author and
date; Word's "Accept All" then reads exactly as the fixer's silent edit.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from dataclasses import dataclass, field

from lxml import etree

from ..checks.suppress import AUTHOR, INITIALS
from ..docx.ns import qn
from ..docx.text import TextUnit, read_unit
from ..fix.runs import editable

__all__ = ["AUTHOR", "INITIALS", "Stamp", "split_at", "tracked_edit"]


_R, _R_PR, _T, _DEL_TEXT = qn("w:r"), qn("w:rPr"), qn("w:t"), qn("w:delText")
_INS, _DEL, _ID, _AUTHOR, _DATE = qn("w:ins"), qn("w:del"), qn("w:id"), qn("w:author"), qn("w:date")
_XML_SPACE = qn("xml:space")


@dataclass
class Stamp:
    """Who made the changes of one review, when, and the next free ``w:id``."""

    date: str = field(default_factory=lambda: dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))
    next_id: int = 0

    def claim_ids(self, *roots: etree._Element) -> None:
        """Start above every ``w:id`` in these parts: people's comments and changes keep theirs."""
        for root in roots:
            for element in root.iter():
                value = element.get(_ID)
                if value is not None and value.lstrip("-").isdigit():
                    self.next_id = max(self.next_id, int(value) + 1)

    def wrapper(self, tag: str) -> etree._Element:
        element = etree.Element(tag)
        element.set(_ID, str(self.next_id))
        element.set(_AUTHOR, AUTHOR)
        element.set(_DATE, self.date)
        self.next_id += 1
        return element


def _set_text(t: etree._Element, text: str) -> None:
    t.text = text
    if text != text.strip():
        t.set(_XML_SPACE, "preserve")
    elif _XML_SPACE in t.attrib:
        del t.attrib[_XML_SPACE]


def _cut(t: etree._Element, first_count: int, text_at: int | None) -> None:
    """Cut ``t``'s run in two copies of itself: the first keeps its first ``first_count``
    contents, the second the rest; with ``text_at``, ``t`` itself is cut there and its
    halves end the first copy and begin the second."""
    run = t.getparent()
    second = copy.deepcopy(run)
    content, second_content = _content(run), _content(second)
    for child in content[first_count:]:
        run.remove(child)
    for child in second_content[: first_count - (1 if text_at is not None else 0)]:
        second.remove(child)
    if text_at is not None:
        text = t.text or ""
        _set_text(t, text[:text_at])
        _set_text(second_content[first_count - 1], text[text_at:])
    run.addnext(second)


def _content(run: etree._Element) -> list[etree._Element]:
    return [child for child in run if child.tag != _R_PR]


def split_at(unit: TextUnit, offset: int) -> TextUnit:
    """Cut runs so that ``offset`` falls between two runs, both keeping the run's formatting
    (a run may hold text, a break and more text); returns the paragraph's unit as it now is."""
    for piece in unit.pieces:
        t = piece.element
        if t is None or t.getparent() is None or t.getparent().tag != _R:
            continue
        content = _content(t.getparent())
        index = content.index(t)
        if piece.start < offset < piece.end:
            _cut(t, index + 1, offset - piece.start)
        elif piece.start == offset and index > 0:
            _cut(t, index, None)
        elif piece.end == offset and index < len(content) - 1:
            _cut(t, index + 1, None)
        else:
            continue
        return read_unit(unit.paragraph)
    return unit


def _runs_between(unit: TextUnit, start: int, end: int) -> list[etree._Element]:
    runs: list[etree._Element] = []
    for piece in unit.pieces:
        if piece.element is not None and piece.start < end and piece.end > start:
            run = piece.element.getparent()
            if run not in runs:
                runs.append(run)
    return runs


def _ours(element: etree._Element | None) -> bool:
    return element is not None and element.tag == _INS and element.get(_AUTHOR) == AUTHOR


def _split_wrapper_after(run: etree._Element) -> None:
    """Someone else's ``w:ins`` around ``run`` is cut after it, so that a change of ours can
    stand between its halves (an insertion inside an insertion is not allowed)."""
    wrapper = run.getparent()
    following = list(wrapper)[list(wrapper).index(run) + 1 :]
    if not following:
        return
    tail = copy.deepcopy(wrapper)
    for child in list(tail):
        tail.remove(child)
    for child in following:
        tail.append(child)
    wrapper.addnext(tail)


def _word_span(unit: TextUnit, start: int, end: int, new: str) -> tuple[int, int, str]:
    """The change widened to whole words inside its runs: a reviewer reads «resiko» → «risiko»,
    not «e» → «i»; a word whose letters are in runs of other formatting keeps them."""
    text = unit.text
    around = [p for p in unit.pieces if p.element is not None and p.start <= start and end <= p.end]
    low, high = (around[0].start, around[0].end) if around else (start, end)
    wide_start, wide_end = start, end
    while wide_start > low and re.match(r"\w", text[wide_start - 1]):
        wide_start -= 1
    while wide_end < high and re.match(r"\w", text[wide_end]):
        wide_end += 1
    return wide_start, wide_end, text[wide_start:start] + new + text[end:wide_end]


def tracked_edit(stamp: Stamp):
    """An edit for :func:`zi_docs.fix.docx_fix.apply_fixes` that tracks the change."""

    def edit(unit: TextUnit, start: int, end: int, new: str) -> TextUnit:
        wide_start, wide_end, wide_new = _word_span(unit, start, end, new)
        if editable(unit, wide_start, wide_end) is not None:
            start, end, new = wide_start, wide_end, wide_new
        anchor = editable(unit, start, end)
        assert anchor is not None and anchor[0].element is not None
        unit = split_at(split_at(unit, end), start)
        old_runs = _runs_between(unit, start, end)
        template = old_runs[0] if old_runs else anchor[0].element.getparent()
        inserted = None
        if new:
            inserted = etree.Element(_R)
            if template.find(_R_PR) is not None:
                inserted.append(copy.deepcopy(template.find(_R_PR)))
            t = etree.SubElement(inserted, _T)
            _set_text(t, new)
        # Where the new text goes: after the old text, or after the run the insertion continues.
        if old_runs:
            last = old_runs[-1]
        else:
            before = [p for p in unit.pieces if p.element is not None and p.start < start <= p.end]
            last = before[0].element.getparent() if before else None
        for run in old_runs:
            if _ours(run.getparent()):
                continue  # our own inserted text, changed again by a later pass: it simply goes
            deleted = stamp.wrapper(_DEL)
            run.addprevious(deleted)
            deleted.append(run)
            for t in run.iter(_T):
                t.tag = _DEL_TEXT
        if inserted is not None:
            if last is None:  # an insertion before the first character of a paragraph's text
                spot = anchor[0].element.getparent()
                if _ours(spot.getparent()):
                    spot.addprevious(inserted)
                else:
                    wrapper = stamp.wrapper(_INS)
                    wrapper.append(inserted)
                    spot.addprevious(wrapper)
            else:
                spot = last.getparent() if last.getparent().tag == _DEL else last
                holder = spot.getparent()
                if _ours(holder):
                    spot.addnext(inserted)
                else:
                    wrapper = stamp.wrapper(_INS)
                    wrapper.append(inserted)
                    if holder.tag == _INS:
                        _split_wrapper_after(spot)
                        holder.addnext(wrapper)
                    else:
                        spot.addnext(wrapper)
        for run in old_runs:
            if _ours(run.getparent()):
                run.getparent().remove(run)
        return read_unit(unit.paragraph)

    return edit
