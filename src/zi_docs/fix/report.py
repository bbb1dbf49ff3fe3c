"""What fixing reports: the fixes applied, those skipped and why, and the reasons' words."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..checks.finding import Finding
from ..i18n import Lang, Message
from ..model import Lokasi

__all__ = ["AppliedFix", "FixReport", "SkippedFix", "already", "describe_place", "stale", "wanted"]


def describe_place(lokasi: Lokasi, lang: Lang | None = None) -> str:
    """``paragraf 12`` / ``tabel 1, baris 3``: :meth:`Lokasi.describe`, ``?`` for an empty place."""
    return lokasi.describe(lang) or "?"


@dataclass(frozen=True)
class AppliedFix:
    """One fix that was made: which finding, what became what, and where."""

    finding: Finding
    old: str
    """The text replaced, as it stood in the file (its spacing may differ from the fix's)."""
    new: str
    count: int = 1
    """How many occurrences inside the finding's text were replaced."""
    location: Lokasi | None = None
    """For a DOCX, the finding's place as ``check`` reports it: the paragraph or table
    row where the part holding the text starts."""
    path: str = ""
    """For data, the text field that was changed (``menimbang[0].teks``)."""
    edited: Lokasi | None = None
    """For a DOCX, the paragraph or row whose runs were edited; it differs from
    ``location`` when the part continues past its first paragraph (a Lampiran's
    heading, read from "LAMPIRAN I" on, names the decree on the next line)."""

    @property
    def rule(self) -> str:
        return self.finding.rule

    @property
    def description(self) -> Message:
        return self.finding.description

    def place(self, lang: Lang | None = None) -> str:
        """``paragraf 12`` / ``tabel 1, baris 3`` / the model path, for a person."""
        return describe_place(self.location, lang) if self.location is not None else self.path

    def text(self, lang: Lang | None = None) -> str:
        """``paragraf 12: PETAJAM → PENAJAM (NAM001)``."""
        times = f" ×{self.count}" if self.count > 1 else ""
        return f"{self.place(lang)}: {self.old} → {self.new}{times} ({self.rule})"


_NOT_APPLIED = Message("tidak diterapkan", "not applied")


@dataclass(frozen=True)
class SkippedFix:
    """A fix that was not made, with the reason."""

    finding: Finding
    reason: Message

    @property
    def unsafe(self) -> bool:
        return self.finding.fix is not None and not self.finding.fix.safe

    def text(self, lang: Lang | None = None) -> str:
        where = describe_place(self.finding.location, lang) if self.finding.location else self.finding.path
        assert self.finding.fix is not None
        fix = self.finding.fix
        return f"{where}: {_NOT_APPLIED(lang)}: {fix.old} → {fix.new} ({self.finding.rule}): {self.reason(lang)}"


class FixReport(list[AppliedFix]):
    """The fixes applied, in order; ``skipped`` holds those that were not, with why."""

    def __init__(self, applied: Iterable[AppliedFix] = (), skipped: Iterable[SkippedFix] = ()):
        super().__init__(applied)
        self.skipped: list[SkippedFix] = list(skipped)
        self.passes = 1
        """Check-and-fix passes made (:func:`zi_docs.fix.fix_file` repeats until nothing changes)."""
        self.converged = True
        """False when :func:`zi_docs.fix.fix_file` stopped at its limit with fixes still coming."""

    def add(self, result: AppliedFix | SkippedFix) -> None:
        """File one outcome: an applied fix in the list, a skipped one in ``skipped``."""
        if isinstance(result, AppliedFix):
            self.append(result)
        else:
            self.skipped.append(result)


# -- reasons ---------------------------------------------------------------------

UNSAFE = Message(
    "perbaikan ini perlu pertimbangan; jalankan dengan --unsafe-fixes untuk menerapkannya",
    "this fix needs a person's judgement; run with --unsafe-fixes to apply it",
)


def stale(text: str, where: Message) -> Message:
    return Message(
        f"teks «{text}» tidak ditemukan lagi di {where.id}; dokumen sudah berubah atau sudah diperbaiki",
        f"the text «{text}» is no longer found at {where.en}; the document has changed or was already fixed",
    )


def already(new: str) -> Message:
    return Message(f"teks sudah berbunyi «{new}»", f"the text already reads «{new}»")


def wanted(findings: Iterable[Finding], unsafe: bool, report: FixReport) -> list[Finding]:
    """The findings with a fix to make; unsafe ones without ``unsafe`` go to ``report.skipped``."""
    chosen = []
    for finding in findings:
        if finding.fix is None:
            continue
        if not finding.fix.safe and not unsafe:
            report.skipped.append(SkippedFix(finding, UNSAFE))
            continue
        chosen.append(finding)
    return chosen
