"""Apply the checker's fixes to a Word draft or to decree data.

>>> report = apply_fixes("draf.docx", "draf-perbaikan.docx", findings, source_map=result.source_map)
>>> [(a.rule, a.old, a.new, a.place("id")) for a in report]      # what was changed
>>> [(s.finding.rule, s.reason("id")) for s in report.skipped]   # what was not, and why

* :mod:`.docx_fix`: in a DOCX, at the places the reader counts, the replacement made
  inside the existing runs (:mod:`.runs`) so that bold, italics and fonts stay as
  the author set them;
* :mod:`.data_fix`: in YAML/JSON data, in the text at the finding's model path;
* :mod:`.files`: :func:`fix_file`, check and fix until nothing changes;
* :mod:`.report`: what was applied and what was not, with the reason.
"""

from __future__ import annotations

from ..readers import DATA_SUFFIXES
from .data_fix import fix_data
from .docx_fix import apply_fixes
from .files import MAX_PASSES, fix_file
from .report import AppliedFix, FixReport, SkippedFix, describe_place

__all__ = [
    "DATA_SUFFIXES",
    "MAX_PASSES",
    "AppliedFix",
    "FixReport",
    "SkippedFix",
    "apply_fixes",
    "describe_place",
    "fix_data",
    "fix_file",
]
