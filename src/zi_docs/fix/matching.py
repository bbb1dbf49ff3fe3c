"""Finding a finding's text again, in a paragraph or a data field, and what really changes.

The words are found as :func:`zi_docs.docx.text.find_spans` finds them for the
checker, so that a fix is made where ``check`` said the words are.
"""

from __future__ import annotations

from ..checks.finding import Finding
from ..docx.text import find_spans

__all__ = ["narrow", "spans"]


def spans(text: str, finding: Finding) -> tuple[tuple[int, int], list[tuple[int, int]]] | None:
    """The first occurrence of the finding's text in ``text`` that contains the old
    text, and the occurrences of the old text inside it."""
    assert finding.fix is not None
    return find_spans(text, finding.text, finding.fix.old)


def narrow(current: str, new: str) -> tuple[int, int, str]:
    """The part that really changes: ``(drop at start, drop at end, replacement)``.

    "KABUPATEN PETAJAM" → "KABUPATEN PENAJAM" only changes "T" to "N", so only the
    run holding the "T" is touched and the runs around it keep their formatting.
    """
    prefix = 0
    while prefix < min(len(current), len(new)) and current[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < min(len(current), len(new)) - prefix and current[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    return prefix, suffix, new[prefix : len(new) - suffix]
