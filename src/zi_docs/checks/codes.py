"""The rule code table: every rule's code, name, module, class, severity and summary.

Like Ruff's ``codes.rs``, the table says which rules exist without importing them, so
that ``zi-docs rules``, the validation of ``--select``/``--ignore`` and of the settings
cost nothing, and a check imports only the modules of the rules it runs.  The rows
themselves (:mod:`.rule_table`) are generated from discovery
(:func:`zi_docs.checks.registry.discover`) by ``python tools/build_rule_codes.py``;
tests/checks/test_rule_codes.py fails when they no longer match the rule classes.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

from ..i18n import Message

#: Family prefix → its name.
FAMILIES = {
    "NAM": Message("Nama tempat dan lembaga", "Names of places and bodies"),
    "ORG": Message("Orang dan keanggotaan tim", "People and team membership"),
    "STR": Message("Struktur dan teknik penyusunan", "Structure and drafting"),
    "CIT": Message("Dasar hukum dan kutipan peraturan", "Legal bases and citations"),
    "EJA": Message("Ejaan (KBBI dan EYD V)", "Spelling (KBBI and EYD V)"),
    "ZI": Message("Zona Integritas", "Zona Integritas"),
}

#: Severity values, most serious last (the order of ``Severity.rank``).
SEVERITIES = ("info", "warning", "error")

RULES_PACKAGE = "zi_docs.checks.rules"


class RuleCode(NamedTuple):
    """One row of the table."""

    code: str
    name: str
    """The kebab-case name (``unknown-region-name``)."""

    module: str
    """The rule's module below :mod:`zi_docs.checks.rules` (``names.nam001_unknown_region``)."""

    cls: str
    """The rule's class name in that module."""

    severity: str
    """The default severity, one of :data:`SEVERITIES`."""

    summary: Message
    source: str | None = None

    @property
    def family(self) -> str:
        return self.code.rstrip("0123456789")

    @property
    def module_path(self) -> str:
        return f"{RULES_PACKAGE}.{self.module}"


@functools.cache
def rule_codes() -> dict[str, RuleCode]:
    """Every row by code, in code order."""
    from .rule_table import RULES

    return {row.code: row for row in sorted(RULES, key=lambda row: row.code)}


def known_pattern(pattern: str) -> bool:
    """A code or prefix that names at least one rule, or a whole family (whose rules may
    not all be written yet)."""
    pattern = pattern.upper()
    return pattern in FAMILIES or any(code.startswith(pattern) for code in rule_codes())


def severity_label(severity: str, lang: str | None = None) -> str:
    """A severity as a reader sees it (``galat``/``error``); the value itself stays English
    in machine formats and settings."""
    return _SEVERITY_LABELS[severity](lang)


_SEVERITY_LABELS = {
    "info": Message("info", "info"),
    "warning": Message("peringatan", "warning"),
    "error": Message("galat", "error"),
}
