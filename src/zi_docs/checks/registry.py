"""Rules and their registry.

Each rule lives in its own module under :mod:`zi_docs.checks.rules` (as in Ruff):
a subclass of :class:`Rule` with a stable code, a default severity, and the text
that ``zi-docs rule CODE`` and ``docs/rules.md`` show — what it checks, why (with
the legal source where there is one), and an example of wrong and right.

Two ways to find them: :func:`discover` imports every module under ``checks.rules``
(the truth, used by the docs, the reports and to generate the code table), and
:func:`rule_class` imports one rule's module through the code table
(:mod:`zi_docs.checks.codes`), which is how a check loads only the rules it runs.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, ClassVar

from ..i18n import Message
from .codes import FAMILIES, RuleCode, rule_codes
from .finding import Finding, Severity

if TYPE_CHECKING:
    from .context import CheckContext

__all__ = ["FAMILIES", "Rule", "all_rules", "discover", "register", "rule_class", "rules_for"]


class Rule:
    """One check.  Subclasses set the class attributes and implement :meth:`check`."""

    code: ClassVar[str]
    """Stable code: family prefix and number, ``"NAM001"``.  Never reused."""

    name: ClassVar[str]
    """A short kebab-case name in English: ``"unknown-region-name"``."""

    severity: ClassVar[Severity] = Severity.error
    summary: ClassVar[Message]
    """One line: what is wrong when the rule fires."""

    why: ClassVar[Message]
    """Why it matters, with the legal source where there is one."""

    source: ClassVar[str | None] = None
    """The rule's basis: "UU 12/2011 Lampiran II angka 63", "PermenPANRB 90/2021" …"""

    fixes: ClassVar[bool] = True
    """Whether the rule ever proposes a fix (Ruff's fix availability).  The confirming pass
    of ``fix`` and ``review`` runs only the rules that do; a test holds every rule that says
    False to never giving a finding a fix."""

    wrong: ClassVar[str]
    """An example that the rule reports."""

    right: ClassVar[str]
    """The same example written right."""

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        raise NotImplementedError

    @classmethod
    def family(cls) -> str:
        return cls.code.rstrip("0123456789")


_REGISTRY: dict[str, type[Rule]] = {}


def register(cls: type[Rule]) -> type[Rule]:
    """Class decorator that adds a rule to the registry (codes must be unique)."""
    if cls.code in _REGISTRY and _REGISTRY[cls.code] is not cls:
        raise ValueError(f"rule code {cls.code} is used twice: {_REGISTRY[cls.code].__name__} and {cls.__name__}")
    if cls.family() not in FAMILIES:
        raise ValueError(f"rule {cls.code}: unknown family {cls.family()}")
    _REGISTRY[cls.code] = cls
    return cls


def discover() -> dict[str, type[Rule]]:
    """Every rule, by code, after importing every module under ``checks.rules``."""
    import pkgutil

    from . import rules

    for module in pkgutil.walk_packages(rules.__path__, rules.__name__ + "."):
        importlib.import_module(module.name)
    return dict(sorted(_REGISTRY.items()))


def all_rules() -> dict[str, type[Rule]]:
    """Every rule, by code (all modules imported; see :func:`discover`)."""
    return discover()


def rule_class(code: str) -> type[Rule]:
    """One rule's class, importing only its module (named by the code table)."""
    if code in _REGISTRY:
        return _REGISTRY[code]
    return _load(rule_codes()[code])


def _load(row: RuleCode) -> type[Rule]:
    cls = getattr(importlib.import_module(row.module_path), row.cls)
    if cls.code != row.code:
        raise LookupError(f"the rule code table is stale: {row.module}.{row.cls} has code {cls.code}, not {row.code}")
    return cls


def rules_for(enabled: Callable[[str], bool]) -> list[type[Rule]]:
    """The rules whose code ``enabled`` accepts, in code order, importing only their modules."""
    return [rule_class(code) for code in rule_codes() if enabled(code)]


RULE_TABLE = "rule_table.py"
REGENERATE_TABLE = "python tools/build_rule_codes.py"


def rule_table_source() -> str:
    """The text of :mod:`zi_docs.checks.rule_table`, generated from :func:`discover`."""
    import json

    from . import rules

    lines = [
        f'"""Generated from the rule classes by ``{REGENERATE_TABLE}``; do not edit.',
        "",
        "One row per rule (see :mod:`zi_docs.checks.codes`); tests/checks/test_rule_codes.py fails when it is stale.",
        '"""',
        "",
        "from ..i18n import Message",
        "from .codes import RuleCode",
        "",
        "RULES = (",
    ]

    def q(text: str | None) -> str:  # quoted as ruff format writes it, so the file stays formatted
        if text is None:
            return "None"
        return repr(text) if '"' in text and "'" not in text else json.dumps(text, ensure_ascii=False)

    for code, cls in discover().items():
        module = cls.__module__.removeprefix(rules.__name__ + ".")
        lines += [
            "    RuleCode(",
            f"        {q(code)},",
            f"        {q(cls.name)},",
            f"        {q(module)},",
            f"        {q(cls.__name__)},",
            f"        {q(cls.severity.value)},",
            "        Message(",
            f"            {q(cls.summary.id)},",
            f"            {q(cls.summary.en)},",
            "        ),",
            f"        {q(cls.source)},",
            "    ),",
        ]
    lines.append(")")
    return "\n".join(lines) + "\n"
