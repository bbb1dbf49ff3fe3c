"""Moved to :mod:`zi_docs.fix`; this module keeps the old import path working."""

from ..fix import (
    DATA_SUFFIXES,
    MAX_PASSES,
    AppliedFix,
    FixReport,
    SkippedFix,
    apply_fixes,
    describe_place,
    fix_data,
    fix_file,
)

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
