"""Word comments of a review: one per group of findings, anchored on the offending words.

The words are found as the checker and the fixer find them
(:func:`zi_docs.docx.text.find_spans` over the part's extent), the runs are cut at
both ends (:func:`~.tracked.split_at`, formatting kept), and the comment's range
(``w:commentRangeStart`` … ``w:commentRangeEnd`` and its reference run) is put
around exactly those runs.  The comment itself is made by python-docx's comments
API (author, initials, date).  Comments zi-docs left in an earlier review are
taken out first; people's comments, and suppression marks, stay.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from lxml import etree

from ..checks.finding import Finding
from ..checks.grouping import FindingGroup
from ..checks.suppress import AUTHOR, add_anchored_comment, parse_mark
from ..docx.body import Body
from ..docx.ns import RT_COMMENTS, qn
from ..docx.package import related_element
from ..docx.text import ExtentText, find_spans
from ..i18n import Lang, Message
from ..model import Lokasi
from .tracked import split_at

__all__ = ["comment_text", "drop_old_comments", "put_comment", "untrack"]

_COMMENT, _ID, _T, _AUTHOR = qn("w:comment"), qn("w:id"), qn("w:t"), qn("w:author")
_START, _END, _REF = qn("w:commentRangeStart"), qn("w:commentRangeEnd"), qn("w:commentReference")
_R, _R_PR = qn("w:r"), qn("w:rPr")


def _place(finding: Finding, lang: Lang) -> str:
    lokasi = finding.location
    where = lokasi.describe(lang) if lokasi is not None else ""
    return where or finding.description(lang) or finding.path


TRACKED = Message(" (lihat perubahan terlacak)", " (see the tracked change)")
UNTRACKED = Message(" (tidak dapat diterapkan otomatis; ubah dengan tangan)", " (cannot be applied here; edit by hand)")


def untrack(document: Any, ids: set[str], lang: Lang) -> None:
    """Comments that promised a tracked change the fixer could not make say so instead."""
    comments = related_element(document.part, RT_COMMENTS)
    for comment in comments.iter(_COMMENT) if comments is not None else ():
        if comment.get(_ID) in ids:
            for t in comment.iter(_T):
                if t.text and t.text.endswith(TRACKED(lang)):
                    t.text = t.text[: -len(TRACKED(lang))] + UNTRACKED(lang)


def comment_text(group: FindingGroup, lang: Lang, *, tracked: bool) -> str:
    """The comment's paragraphs: code and message, the proposed change, the group's other places."""
    root = group.root
    lines = [f"[{root.rule}] {root.message(lang)}"]
    if root.fix is not None:
        proposal = Message(
            f"Usul: «{root.fix.old}» → «{root.fix.new}»", f"Proposed: «{root.fix.old}» → «{root.fix.new}»"
        )(lang)
        if tracked:
            proposal += TRACKED(lang)
        elif not root.fix.safe:
            proposal += Message(" (perlu pertimbangan)", " (needs judgement)")(lang)
        lines.append(proposal)
    others = [_place(member, lang) for member in group.members[1:]]
    if others:
        lines.append(Message("Juga di: ", "Also at: ")(lang) + "; ".join(others))
    return "\n".join(lines)


def _comment_words(comment: etree._Element) -> str:
    return "".join(t.text or "" for t in comment.iter(_T))


def drop_old_comments(document: Any) -> int:
    """Take out the comments an earlier review left (not people's, not suppression marks)."""
    comments = related_element(document.part, RT_COMMENTS)
    if comments is None:
        return 0
    old = {
        comment.get(_ID)
        for comment in comments.iter(_COMMENT)
        if comment.get(_AUTHOR) == AUTHOR and parse_mark(_comment_words(comment)) is None
    }
    if not old:
        return 0
    for comment in list(comments.iter(_COMMENT)):
        if comment.get(_ID) in old:
            comments.remove(comment)
    for anchor in list(document.element.body.iter(_START, _END, _REF)):
        if anchor.get(_ID) not in old:
            continue
        parent = anchor.getparent()
        parent.remove(anchor)
        if anchor.tag == _REF and parent.tag == _R and all(child.tag == _R_PR for child in parent):
            parent.getparent().remove(parent)
    return len(old)


def _anchor_runs(extent: ExtentText, start: int, end: int) -> tuple[etree._Element, etree._Element] | None:
    """Cut the runs at ``start`` and ``end`` of the extent's text; the first and last run between."""
    first_n, last_n = extent.unit_at(start), extent.unit_at(max(start, end - 1))
    for n, offset in ((last_n, end), (first_n, start)):
        place, unit = extent.units[n]
        extent.units[n] = (place, split_at(unit, offset - extent.offsets[n]))
    runs = []
    for n, offset, last in ((first_n, start, False), (last_n, end, True)):
        local = offset - extent.offsets[n]
        pieces = [
            p
            for p in extent.units[n][1].pieces
            if p.element is not None and (p.start < local <= p.end if last else p.start <= local < p.end)
        ]
        if not pieces:
            return None
        runs.append(pieces[-1 if last else 0].element.getparent())
    return runs[0], runs[1]


def put_comment(
    document: Any,
    body: Body,
    finding: Finding,
    text: str,
    starts: Sequence[Lokasi] | None,
    everywhere: Callable[[], ExtentText] | None = None,
) -> str | None:
    """Add a comment on the finding's words; its id, or None if there is no text to stand on.

    ``everywhere`` gives the whole body's text (built once by the caller and kept: runs
    cut for a comment keep their text, so it stays true).
    """
    lokasi = finding.location
    if lokasi is None:
        return None
    places = body.extent(lokasi, starts)
    if not places:
        return None
    words = finding.text if finding.text.strip() else (finding.fix.old if finding.fix else "")
    inner = finding.fix.old if finding.fix and finding.text.strip() else None
    extent = ExtentText.of(places, lokasi.sel)
    found = find_spans(extent.text, words, inner) if words.strip() else None
    if found is None and words.strip():
        # The reader may name the part that holds a value, not the paragraph it came from
        # (the letterhead's name): the words' first place anywhere in the body, then.
        whole = everywhere() if everywhere is not None else ExtentText.of(list(body))
        found = find_spans(whole.text, words, inner)
        if found is not None:
            extent = whole
    if found is None:
        # No words to stand on (a missing part): the comment goes on the place's first text.
        found = _first_text(extent)
        if found is None:
            return None
    (start, end), _ = found
    runs = _anchor_runs(extent, start, end)
    if runs is None:
        return None
    first, last = runs
    return add_anchored_comment(document, first, last, text)


def _first_text(extent: ExtentText) -> tuple[tuple[int, int], list[tuple[int, int]]] | None:
    for n, (_, unit) in enumerate(extent.units):
        stripped = unit.text.strip()
        if stripped:
            start = extent.offsets[n] + unit.text.index(stripped)
            return (start, start + len(stripped)), []
    return None
