"""Check a decree like a careful legal reviewer.

>>> findings = check(keputusan)
>>> [(f.rule, f.severity.value, f.message("id"), f.description("id")) for f in findings]

Rules live one per module under :mod:`zi_docs.checks.rules`, each with a code,
a severity, and its documentation (:mod:`zi_docs.checks.registry`).
"""

from __future__ import annotations

from ..model import Keputusan, Lokasi
from .config import CheckConfig
from .context import CheckContext
from .finding import Finding, Fix, Severity
from .grouping import grouped
from .registry import Rule, all_rules, register

__all__ = [
    "CheckConfig",
    "CheckContext",
    "Finding",
    "Findings",
    "Fix",
    "Rule",
    "Severity",
    "all_rules",
    "check",
    "register",
]


class Findings(list[Finding]):
    """The findings of :func:`check`: an ordinary list that Jupyter shows as a table.

    A subclass rather than a wrapper so that every caller that compares, slices or
    extends the result as a list keeps working.
    """

    def _repr_html_(self) -> str:
        from .report.html import findings_html

        return findings_html(self)


def check(
    keputusan: Keputusan,
    *,
    source_map: dict[str, Lokasi] | None = None,
    config: CheckConfig | None = None,
) -> Findings:
    """Run every enabled rule over the decree; findings in document order, each with its
    ``group`` (:func:`zi_docs.checks.grouping.group_findings`): a knock-on of a misspelt
    region name comes without a fix, so that no fixer copies the misspelling."""
    ctx = CheckContext(keputusan, source_map or {}, config or CheckConfig())
    findings = Findings()
    for code, rule in all_rules().items():
        if ctx.config.enabled(code):
            findings.extend(rule().check(ctx))
    return Findings(grouped(findings))
