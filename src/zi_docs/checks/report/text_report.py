"""``--format text``: for a person at a terminal, one entry per mistake, grouped by part of the decree.

A mistake made nine times is one entry with its nine places
(``"resiko" → "risiko" (9 tempat: baris 79, 275 ×5, 276, 277 ×2)``); a finding that
follows from it (a heading "differing" only by the misspelt region) is listed under it.
"""

from __future__ import annotations

from ...i18n import Lang, Message
from ..finding import Finding, Severity
from ..grouping import FindingGroup, group_findings
from ..run import FileResult
from ._common import part_of, place_words, places


def _quote(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return f'"{text if len(text) <= limit else text[: limit - 1] + "…"}"'


_NO_FINDINGS = Message("tidak ada temuan", "no findings")
_NEEDS_REVIEW = Message(" (perlu ditinjau)", " (needs review)")
_PLACES = Message("{n} tempat", "{n} places")
_KNOCK_ON = Message("akibatnya juga", "hence also")


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


def grouped_summary(findings: int, groups: int) -> Message:
    """``105 temuan dalam 47 kelompok``: how many findings, and how many mistakes they are."""
    return Message(
        f"{findings} temuan dalam {groups} kelompok",
        f"{findings} finding{'s' if findings != 1 else ''} in {groups} group{'s' if groups != 1 else ''}",
    )


def _entry(group: FindingGroup, lang: Lang) -> list[str]:
    root = group.root
    # The occurrences of the mistake itself; the rest follow from it (another rule, or a
    # label renumbered with it).
    own = [m for m in group.members if m.rule == root.rule and m.cause is None]
    knock_ons = [m for m in group.members if m.rule != root.rule or m.cause is not None]
    lines = [f"    {root.severity.label(lang)} {root.rule} {root.message(lang)}"]
    where = root.description(lang)
    place = place_words(root, lang)
    if len(own) > 1:
        lines.append(f"      {_quote(root.text)} — {where} ({_PLACES(lang).format(n=len(own))}: {places(own, lang)})")
    else:
        lines.append(f"      {_quote(root.text)} — {where}{f' ({place})' if place else ''}")
    if root.fix is not None:
        note = "" if root.fix.safe else _NEEDS_REVIEW(lang)
        lines.append(f"      → {_quote(root.fix.old, 60)} → {_quote(root.fix.new, 60)}{note}")
    if knock_ons:
        by_rule: dict[str, list[Finding]] = {}
        for m in knock_ons:
            by_rule.setdefault(m.rule, []).append(m)
        listed = "; ".join(f"{rule} ({places(found, lang)})" for rule, found in by_rule.items())
        lines.append(f"      {_KNOCK_ON(lang)}: {listed}")
    return lines


def render(results: list[FileResult], lang: Lang) -> str:
    lines: list[str] = []
    totals = {severity: 0 for severity in Severity}
    unreadable = 0
    found = groups_total = 0
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
        for f in result.findings:
            totals[f.severity] += 1
        groups = group_findings(result.findings)
        found += len(result.findings)
        groups_total += len(groups)
        parts: dict[str, list[FindingGroup]] = {}
        for group in groups:
            parts.setdefault(part_of(group.root, lang), []).append(group)
        for part, in_part in parts.items():
            lines.append(f"  {part}")
            for group in in_part:
                lines.extend(_entry(group, lang))
        lines.append("")
    counts = ", ".join(f"{totals[s]} {s.label(lang)}" for s in sorted(Severity, key=lambda s: -s.rank))
    if found:
        lines.append(grouped_summary(found, groups_total)(lang))
    lines.append(_summary(len(results), counts, unreadable)(lang))
    return "\n".join(lines) + "\n"
