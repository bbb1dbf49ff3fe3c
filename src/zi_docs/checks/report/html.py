"""The findings of a check as an HTML table (Jupyter's ``_repr_html_`` of :class:`~zi_docs.checks.Findings`).

The severity is coloured and the place named, as the command line's text report
does: one row per mistake (:func:`~zi_docs.checks.grouping.group_findings`), its
places listed, the findings that follow from it named.  The table is drawn with the
decree's own HTML helpers (:mod:`zi_docs.model.html`).
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

from ...i18n import Lang, Message, default_lang
from ...model.html import CELL, MUTED, escaped, html_table, shortened

if TYPE_CHECKING:
    from ..finding import Finding
    from ..grouping import FindingGroup
    from ..run import FileResult

__all__ = ["MAX_ROWS", "SEVERITY_COLOURS", "findings_html"]

#: Groups of findings (rows) shown in one table; a notebook output of thousands of rows freezes the
#: browser, and the rest is one ``to_dataframe`` away.
MAX_ROWS = 500

#: Severity → (text colour, background), the traffic-light order reviewers expect.
SEVERITY_COLOURS = {
    "error": ("#8b0000", "#fde2e1"),
    "warning": ("#7a4b00", "#fff1cc"),
    "info": ("#0b4f8a", "#e3effb"),
}

_WORDS: dict[str, Message] = {
    "findings": Message("temuan", "findings"),
    "groups": Message("kelompok", "groups"),
    "places": Message("tempat", "places"),
    "knock_on": Message("akibatnya juga", "hence also"),
    "no_findings": Message("Tidak ada temuan.", "No findings."),
    "severity": Message("Tingkat", "Severity"),
    "rule": Message("Aturan", "Rule"),
    "message": Message("Pesan", "Message"),
    "text": Message("Teks", "Text"),
    "where": Message("Letak", "Where"),
    "fix": Message("Perbaikan", "Fix"),
    "file": Message("Berkas", "File"),
    "unreadable": Message("tidak dapat dibaca", "could not be read"),
    "more": Message(
        "… {n} kelompok temuan lagi tidak ditampilkan; gunakan zi_docs.to_dataframe()",
        "… {n} more groups of findings not shown; use zi_docs.to_dataframe()",
    ),
    "needs_review": Message("perlu ditinjau", "needs review"),
}


def _w(key: str, lang: Lang) -> str:
    return _WORDS[key](lang)


def _badge(severity: str, lang: Lang) -> str:
    from ..finding import Severity

    colour, background = SEVERITY_COLOURS[severity]
    label = Severity(severity).label(lang)
    return (
        f'<span style="color:{colour};background:{background};padding:0 0.4em;border-radius:3px;'
        f'font-weight:bold">{escape(label)}</span>'
    )


def _where(group: FindingGroup, lang: Lang) -> str:
    """The root's part and place; for a mistake made more than once, all its places; and
    the rules whose findings follow from it."""
    from ._common import place_words, places

    finding = group.root
    # The occurrences of the mistake itself; the rest follow from it (another rule, or a
    # label renumbered with it).
    own = [m for m in group.members if m.rule == finding.rule and m.cause is None]
    knock_ons = [m for m in group.members if m.rule != finding.rule or m.cause is not None]
    where = escaped(finding.description(lang))
    if len(own) > 1:
        place = f"{len(own)} {_w('places', lang)}: {places(own, lang)}"
    else:
        place = place_words(finding, lang)
    if place:
        where += f' <span style="{MUTED}">({escape(place)})</span>'
    if knock_ons:
        by_rule: dict[str, list[Finding]] = {}
        for m in knock_ons:
            by_rule.setdefault(m.rule, []).append(m)
        listed = "; ".join(f"{rule} ({places(found, lang)})" for rule, found in by_rule.items())
        where += f'<br><span style="{MUTED}">{_w("knock_on", lang)}: {escape(listed)}</span>'
    return where


def _finding_row(group: FindingGroup, lang: Lang, file: str | None) -> str:
    finding = group.root
    colour, background = SEVERITY_COLOURS[finding.severity.value]
    where = _where(group, lang)
    fix = ""
    if finding.fix is not None:
        fix = f"{escaped(finding.fix.old)} → <b>{escaped(finding.fix.new)}</b>"
        if not finding.fix.safe:
            fix += f' <span style="{MUTED}">({_w("needs_review", lang)})</span>'
    cells = [] if file is None else [escaped(file)]
    cells += [
        _badge(finding.severity.value, lang),
        f"<code>{escape(finding.rule)}</code>",
        escaped(finding.message(lang)),
        f"<q>{escaped(shortened(finding.text, 120))}</q>",
        where,
        fix,
    ]
    # The severity cell carries the colour, and a stripe on the row's left edge keeps
    # errors visible when the table is scrolled sideways.
    severity_at = 0 if file is None else 1
    styles = [CELL] * len(cells)
    styles[0] += f";border-left:4px solid {colour}"
    styles[severity_at] += f";background:{background}"
    return "<tr>" + "".join(f'<td style="{style}">{cell}</td>' for style, cell in zip(styles, cells)) + "</tr>"


def _summary(findings: Sequence[Finding], groups: int, lang: Lang) -> str:
    from ..finding import Severity

    counts = {s: 0 for s in Severity}
    for f in findings:
        counts[f.severity] += 1
    shown = ", ".join(f"{counts[s]} {escape(s.label(lang))}" for s in sorted(Severity, key=lambda s: -s.rank))
    return f"<b>{len(findings)} {_w('findings', lang)}</b>: {shown} — {groups} {_w('groups', lang)}"


def findings_html(findings: Sequence[Finding] | FileResult | Sequence[FileResult], lang: Lang | None = None) -> str:
    """The findings as a table: severity (coloured), rule, message, the exact text, where
    it is (part of the decree and line/paragraph/page), and the fix.

    Takes the list :func:`zi_docs.check` returns, one result of
    :func:`zi_docs.check_file`, or a list of them (a column then names the file).
    """
    from ..grouping import group_findings
    from ..run import FileResult

    lang = lang or default_lang()
    if isinstance(findings, FileResult):
        findings = [findings]
    items = list(findings)
    rows: list[tuple[FindingGroup, str | None]] = []
    all_findings: list[Finding] = []
    errors: list[str] = []
    by_file = bool(items) and all(isinstance(item, FileResult) for item in items)
    if by_file:
        for result in items:
            if result.error is not None:
                errors.append(
                    f'<div style="color:{SEVERITY_COLOURS["error"][0]}"><b>{escaped(result.path)}</b>: '
                    f"{_w('unreadable', lang)}: {escaped(result.error.text(lang))}</div>"
                )
            rows.extend((g, result.path) for g in group_findings(result.findings))
            all_findings.extend(result.findings)
    else:
        rows = [(g, None) for g in group_findings(items)]
        all_findings = items
    if not rows:
        return f"<div>{''.join(errors)}<p>{_w('no_findings', lang)}</p></div>"
    headers = ([_w("file", lang)] if by_file else []) + [
        _w(key, lang) for key in ("severity", "rule", "message", "text", "where", "fix")
    ]
    body = "".join(_finding_row(g, lang, file) for g, file in rows[:MAX_ROWS])
    more = ""
    if len(rows) > MAX_ROWS:
        more = f'<p style="{MUTED}">{escape(_w("more", lang).format(n=len(rows) - MAX_ROWS))}</p>'
    return (
        f'<div class="zi-docs-findings">{"".join(errors)}<div>{_summary(all_findings, len(rows), lang)}</div>'
        f"{html_table(headers, body)}{more}</div>"
    )
