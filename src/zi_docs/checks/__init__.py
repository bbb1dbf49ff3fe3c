"""Check a decree like a careful legal reviewer.

>>> findings = check(keputusan)
>>> [(f.rule, f.severity.value, f.message("id"), f.description("id")) for f in findings]

Rules live one per module under :mod:`zi_docs.checks.rules`, each with a code,
a severity, and its documentation (:mod:`zi_docs.checks.registry`).

The names below are imported on first use: importing a light part of the package
(the rule code table for ``zi-docs rules``, the settings) must not build the decree
model or import every rule.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..model import Keputusan, Lokasi
    from ..readers.italics import Italics
    from .config import CheckConfig
    from .context import CheckContext
    from .finding import Finding, Fix, Severity
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

_LAZY = {
    "CheckConfig": "config",
    "CheckContext": "context",
    "Finding": "finding",
    "Fix": "finding",
    "Severity": "finding",
    "Rule": "registry",
    "all_rules": "registry",
    "register": "registry",
}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


class Findings(list["Finding"]):
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
    printed: dict[str, str] | None = None,
    italics: Italics | None = None,
) -> Findings:
    """Run every enabled rule over the decree; findings in document order, each with its
    ``group`` (:func:`zi_docs.checks.grouping.group_findings`): a knock-on of a misspelt
    region name comes without a fix, so that no fixer copies the misspelling.  ``printed``: the
    lines as the document printed them (:attr:`zi_docs.readers.ReadResult.printed`), for the
    rules that judge a colon or a date as written; ``italics``
    (:attr:`zi_docs.readers.ReadResult.italics`) lets the rule on foreign terms speak."""
    from .config import CheckConfig
    from .context import CheckContext
    from .grouping import grouped
    from .registry import rules_for

    ctx = CheckContext(keputusan, source_map or {}, config or CheckConfig(), printed=printed or {}, italics=italics)
    findings = Findings()
    for rule in rules_for(ctx.config.enabled):
        findings.extend(rule().check(ctx))
    return Findings(grouped(findings))
