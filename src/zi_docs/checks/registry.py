"""Rules and their registry.

Each rule lives in its own module under :mod:`zi_docs.checks.rules` (as in Ruff):
a subclass of :class:`Rule` with a stable code, a default severity, and the text
that ``zi-docs rule CODE`` and ``docs/rules.md`` show — what it checks, why (with
the legal source where there is one), and an example of wrong and right.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterable
from typing import TYPE_CHECKING, ClassVar

from ..i18n import Message
from .finding import Finding, Severity

if TYPE_CHECKING:
    from .context import CheckContext

#: Family prefix → its name.
FAMILIES = {
    "NAM": Message("Nama tempat dan lembaga", "Names of places and bodies"),
    "ORG": Message("Orang dan keanggotaan tim", "People and team membership"),
    "STR": Message("Struktur dan teknik penyusunan", "Structure and drafting"),
    "EJA": Message("Ejaan (KBBI dan EYD V)", "Spelling (KBBI and EYD V)"),
    "ZI": Message("Zona Integritas", "Zona Integritas"),
}


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


def all_rules() -> dict[str, type[Rule]]:
    """Every rule, by code, after importing every module under ``checks.rules``."""
    from . import rules

    for module in pkgutil.walk_packages(rules.__path__, rules.__name__ + "."):
        importlib.import_module(module.name)
    return dict(sorted(_REGISTRY.items()))
