"""``zi_docs.review``: a reviewer's markup of a Word draft, written to a copy.

Every finding ``check`` reports (one comment per group of findings) becomes a Word
comment on its words; every fix ``fix`` would make becomes a tracked change.  The
fixes are made by the fixer itself (:func:`zi_docs.fix.docx_fix.apply_fixes`, pass
after pass as :func:`zi_docs.fix.fix_file` does) with an edit that tracks them, so
that accepting every change gives what ``zi-docs fix`` writes and rejecting every
change gives the draft.
"""

from __future__ import annotations

import functools
import io
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..checks.config import CheckConfig, load_config
from ..checks.finding import Finding
from ..checks.grouping import FindingGroup, group_findings
from ..checks.run import FileResult, at_their_words, check_reading, read_check_input, sort_findings
from ..checks.suppress import apply
from ..docx.body import Body
from ..docx.ns import RT_COMMENTS
from ..docx.package import documents_shared, open_document, related_element
from ..docx.text import ExtentText
from ..errors import UnsupportedFormatError
from ..fix.files import MAX_PASSES, fix_in_passes
from ..fix.report import FixReport
from ..i18n import Lang, Message, default_lang
from ..storage.load_save import refuse_overwriting_inputs, write_atomic
from .comments import comment_text, drop_old_comments, put_comment, untrack
from .tracked import Stamp, tracked_edit

__all__ = ["ReviewResult", "review"]


@dataclass
class ReviewResult:
    """What a review wrote: the findings (as ``check`` reports them), comments and changes."""

    result: FileResult
    comments: int = 0
    """Comments written, one per group of findings."""
    unanchored: list[Finding] = field(default_factory=list)
    """Group roots whose words were not found in the document (no comment could stand on them)."""
    replaced: int = 0
    """Comments of an earlier review taken out."""
    fixes: FixReport = field(default_factory=FixReport)
    """The fixes written as tracked changes."""


def _refuse(path: Path) -> UnsupportedFormatError:
    return UnsupportedFormatError(
        Message(
            f"review hanya untuk dokumen Word (.docx), bukan '{path.suffix or path.name}'",
            f"review works on Word documents (.docx) only, not '{path.suffix or path.name}'",
        ),
        path=path,
        hint=Message(
            f"PDF atau teks tidak dapat memuat komentar dan perubahan terlacak; gunakan: zi-docs check {path.name}",
            f"A PDF or text file cannot carry comments and tracked changes; use: zi-docs check {path.name}",
        ),
    )


def review(
    path: str | os.PathLike[str],
    out: str | os.PathLike[str],
    *,
    config: CheckConfig | None = None,
    unsafe: bool = False,
    fixes: bool = True,
    lang: Lang | None = None,
    max_passes: int = MAX_PASSES,
) -> ReviewResult:
    """Review the Word draft ``path`` into ``out``: findings as comments on their words
    (in ``lang``), safe fixes (with ``unsafe``, all) as tracked changes (none with
    ``fixes=False``).  The draft is never written."""
    path, out = Path(path), Path(out)
    if path.suffix.lower() != ".docx":
        raise _refuse(path)
    if out.suffix.lower() != ".docx":
        raise _refuse(out)
    refuse_overwriting_inputs(out, [path])
    lang = lang or default_lang()
    config = config if config is not None else load_config(path.parent)
    with documents_shared():  # one parse of the draft for reading, marks, words and comments
        # As check_file does: every finding, then the drafter's marks, at the words' own paragraph.
        reading = read_check_input(path)
        keputusan, source_map, suppressions = reading.keputusan, reading.source_map, reading.suppressions
        findings = check_reading(reading, config)
        kept = apply(at_their_words(path, apply(findings, suppressions), source_map), suppressions)
        # The last to open the draft in the block: the comments change this document.
        document = open_document(path)
    shown = sort_findings(kept, keputusan)
    reviewed = ReviewResult(FileResult(str(path), shown, suppressed=len(findings) - len(kept)))

    reviewed.replaced = drop_old_comments(document)
    body = Body(document.element.body, path.name)
    starts = list(source_map.values())
    will_fix = _fixable(unsafe) if fixes else (lambda finding: False)
    whole = functools.cache(lambda: ExtentText.of(list(body)))
    promised: dict[str, FindingGroup] = {}  # comment id → its group, where the comment announces a tracked change
    for group in group_findings(shown):
        text = comment_text(group, lang, tracked=will_fix(group.root))
        number = put_comment(document, body, group.root, text, starts, whole)
        if number is None:
            reviewed.unanchored.append(group.root)
            continue
        reviewed.comments += 1
        if will_fix(group.root):
            promised[number] = group
    stamp = Stamp()
    comments = related_element(document.part, RT_COMMENTS)
    stamp.claim_ids(document.element.body, *([comments] if comments is not None else []))
    buffer = io.BytesIO()
    document.save(buffer)
    if not fixes:
        write_atomic(out, buffer.getvalue())
        return reviewed
    with tempfile.TemporaryDirectory(prefix="zi-docs-review-") as scratch:
        # Each pass writes a file of the draft's own name, so the reader's places name the draft.
        current = Path(scratch) / "0" / path.name
        current.parent.mkdir()
        current.write_bytes(buffer.getvalue())
        current = fix_in_passes(
            current, reading, findings, Path(scratch), config, unsafe, max_passes, reviewed.fixes, tracked_edit(stamp)
        )
        # A fix the fixer could not make (its words are not where the reader put them):
        # the comment must not point to a tracked change that is not there.
        skipped = {_key(s.finding) for s in reviewed.fixes.skipped}
        broken = {number for number, group in promised.items() if _key(group.root) in skipped}
        if broken:
            final = open_document(current)
            untrack(final, broken, lang)
            final.save(str(current))
        write_atomic(out, current.read_bytes())
    return reviewed


def _key(finding: Finding) -> tuple[object, ...]:
    fix = finding.fix
    return (finding.rule, finding.text, fix.old if fix else None, fix.new if fix else None)


def _fixable(unsafe: bool) -> Callable[[Finding], bool]:
    return lambda finding: finding.fix is not None and (finding.fix.safe or unsafe)
