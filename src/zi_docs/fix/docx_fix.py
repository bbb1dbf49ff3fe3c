"""Apply fixes to a Word document, inside its runs, at the places the reader counts.

Places are :class:`zi_docs.docx.body.Body`'s: ``paragraf`` is the body-level
paragraph in document order, ``tabel``/``baris_tabel`` the table and its row, the
numbers the reader put in the finding's location.  What the reader reads is what
is searched: text in tracked insertions counts, deleted text, hidden text and
field instructions do not.  A fix is applied only where the finding's own text is
found at the finding's place; otherwise it is reported as not applied, never
guessed elsewhere.  The input file is never written to.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from ..checks.finding import Finding
from ..docx.body import Body, place_key
from ..docx.package import open_document
from ..docx.text import ExtentText, TextUnit
from ..i18n import Message
from ..model import Lokasi
from ..storage.load_save import write_atomic
from .matching import narrow, spans
from .output import check_output, docx_suffix
from .report import AppliedFix, FixReport, SkippedFix, already, stale, wanted
from .runs import editable, replace_with_copy

__all__ = ["apply_fixes", "nothing_to_fix"]

_NOT_DOCX = Message(
    "letaknya bukan paragraf atau baris tabel dokumen Word",
    "its location is not a paragraph or table row of a Word document",
)


def _where(lokasi: Lokasi) -> Message:
    return Message(lokasi.describe("id") or "?", lokasi.describe("en") or "?")


#: Replaces [start, end) of a paragraph's text and returns the paragraph's unit as it now is.
Edit = Callable[[TextUnit, int, int, str], TextUnit]


class _DocxFixer:
    def __init__(self, body: Body, source_map: Mapping[str, Lokasi] | None, edit: Edit = replace_with_copy):
        self.body = body
        self.edit = edit
        # Where the reader starts each part: a part's text runs from its own place
        # up to the next such start.
        self.starts = list(source_map.values()) if source_map is not None else None

    def apply(self, finding: Finding) -> AppliedFix | SkippedFix:
        assert finding.fix is not None
        lokasi = finding.location
        if lokasi is None or place_key(lokasi) is None:
            return SkippedFix(finding, _NOT_DOCX)
        if lokasi.berkas and lokasi.berkas != self.body.file_name:
            return SkippedFix(
                finding,
                Message(
                    f"temuan ini tentang berkas lain ({lokasi.berkas})",
                    f"the finding is about another file ({lokasi.berkas})",
                ),
            )
        where = _where(lokasi)
        places = self.body.extent(lokasi, self.starts)
        if not places:
            return SkippedFix(
                finding, Message(f"{where.id} tidak ada di dokumen", f"{where.en} is not in the document")
            )
        # One text for the whole extent, paragraphs separated by line ends, so that
        # a finding's text read across paragraphs is found as the reader joined it.
        extent = ExtentText.of(places, lokasi.sel)
        units, combined = extent.units, extent.text
        found = spans(combined, finding)
        if found is None:
            return SkippedFix(finding, stale(finding.text or finding.fix.old, where))
        (words_start, _), inner = found
        edits: list[tuple[int, int, int, str]] = []  # unit number, start, end, replacement
        for start, end in inner:
            n = extent.unit_at(start)
            local_start, local_end = start - extent.offsets[n], end - extent.offsets[n]
            head, tail, replacement = narrow(combined[start:end], finding.fix.new)
            local_start, local_end = local_start + head, local_end - tail
            if local_end > len(units[n][1].text) or editable(units[n][1], local_start, local_end) is None:
                return SkippedFix(
                    finding,
                    Message(
                        f"«{finding.fix.old}» di dokumen terpisah tab atau pindah baris; perbaiki dengan tangan",
                        f"«{finding.fix.old}» in the document is split by a tab or line break; fix it by hand",
                    ),
                )
            if local_start == local_end and not replacement:
                continue  # this occurrence already reads as the fix wants
            edits.append((n, local_start, local_end, replacement))
        if not edits:
            # Counting it as applied would repeat it on every pass of fix_file.
            return SkippedFix(finding, already(finding.fix.new))
        old_text = combined[inner[0][0] : inner[0][1]]
        for n, start, end, replacement in reversed(edits):  # from the end: earlier offsets stay valid
            # Later edits in the same paragraph need its pieces as they are now.
            units[n] = (units[n][0], self.edit(units[n][1], start, end, replacement))
        return AppliedFix(
            finding,
            old=old_text,
            new=finding.fix.new,
            count=len(edits),
            # Where the words begin, as check reports them (zi_docs.docx.text.locate).
            location=units[extent.unit_at(words_start)][0].lokasi,
            path=finding.path,
            edited=units[edits[0][0]][0].lokasi,
        )


def nothing_to_fix(findings: Iterable[Finding], unsafe: bool = False) -> FixReport | None:
    """The report :func:`apply_fixes` would return when none of ``findings`` is to be
    applied (the unsafe ones listed as skipped), or None when some fix is wanted.

    Lets a check-and-fix loop stop without opening and writing the document again
    for a pass that changes nothing."""
    report = FixReport()
    if any(True for _ in wanted(findings, unsafe, report)):
        return None
    return report


def apply_fixes(
    docx_in: str | os.PathLike[str],
    docx_out: str | os.PathLike[str] | None,
    findings: Iterable[Finding],
    *,
    unsafe: bool = False,
    source_map: Mapping[str, Lokasi] | None = None,
    dry_run: bool = False,
    edit: Edit = replace_with_copy,
) -> FixReport:
    """Apply the findings' fixes to a Word document and write the result to ``docx_out``.

    Safe fixes are applied; unsafe ones only with ``unsafe=True``.  Each fix is made
    at its finding's place (``location``), at the occurrence of the finding's text
    there, replacing every occurrence of ``fix.old`` inside that text and nothing
    else.  With the reader's ``source_map``, a part's place extends to where the
    next part starts, so text the reader joined from several paragraphs is found.

    Returns the fixes applied, in order; ``report.skipped`` lists the others with
    the reason (unsafe, no DOCX place, text no longer there).  ``docx_out`` must
    differ from ``docx_in``; it is written atomically, even when nothing changed,
    and not at all with ``dry_run``.  ``edit`` makes each change (``zi-docs review`` passes
    one that writes it as a tracked change).
    """
    path_in = Path(docx_in)
    check_output(path_in, docx_out, dry_run)
    path_out = Path(docx_out) if docx_out is not None else None
    if path_out is not None and path_out.suffix.lower() != ".docx":
        raise docx_suffix(path_out)
    document = open_document(path_in)
    fixer = _DocxFixer(Body(document.element.body, path_in.name), source_map, edit)
    report = FixReport()
    for finding in wanted(findings, unsafe, report):
        report.add(fixer.apply(finding))
    if path_out is not None and not dry_run:
        buffer = io.BytesIO()
        document.save(buffer)
        write_atomic(path_out, buffer.getvalue())
    return report
