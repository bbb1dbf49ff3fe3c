"""``--format text``: for a person at a terminal, grouped by part of the decree."""

from __future__ import annotations

from ...i18n import Lang, Message
from ..finding import Severity
from ..run import FileResult
from ._common import part_of, place_words


def _quote(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return f'"{text if len(text) <= limit else text[: limit - 1] + "…"}"'


_NO_FINDINGS = Message("tidak ada temuan", "no findings")
_NEEDS_REVIEW = Message(" (perlu ditinjau)", " (needs review)")


def _summary(files: int, counts: str, unreadable: int) -> Message:
    """``3 berkas diperiksa: 1 galat, …; 1 tidak dapat dibaca``."""
    summary = Message(
        f"{files} berkas diperiksa: {counts}", f"{files} file{'s' if files != 1 else ''} checked: {counts}"
    )
    if unreadable:
        summary = Message(
            f"{summary.id}; {unreadable} tidak dapat dibaca", f"{summary.en}; {unreadable} could not be read"
        )
    return summary


def render(results: list[FileResult], lang: Lang) -> str:
    lines: list[str] = []
    totals = {severity: 0 for severity in Severity}
    unreadable = 0
    for result in results:
        if result.error is not None:
            unreadable += 1
            lines.append(result.error.text(lang))
            lines.append("")
            continue
        if not result.findings:
            lines.append(f"{result.path}: {_NO_FINDINGS(lang)}")
            lines.append("")
            continue
        lines.append(f"{result.path}:")
        groups: dict[str, list] = {}
        for finding in result.findings:
            groups.setdefault(part_of(finding, lang), []).append(finding)
        for part, findings in groups.items():
            lines.append(f"  {part}")
            for f in findings:
                totals[f.severity] += 1
                where = f.description(lang)
                place = place_words(f, lang)
                if place:
                    where = f"{where} ({place})"
                lines.append(f"    {f.severity.label(lang)} {f.rule} {f.message(lang)}")
                lines.append(f"      {_quote(f.text)} — {where}")
                if f.fix is not None:
                    note = "" if f.fix.safe else _NEEDS_REVIEW(lang)
                    lines.append(f"      → {_quote(f.fix.old, 60)} → {_quote(f.fix.new, 60)}{note}")
        lines.append("")
    counts = ", ".join(f"{totals[s]} {s.label(lang)}" for s in sorted(Severity, key=lambda s: -s.rank))
    lines.append(_summary(len(results), counts, unreadable)(lang))
    return "\n".join(lines) + "\n"
