"""What to check and how strictly: rule selection, severities, accepted words."""

from __future__ import annotations

from dataclasses import dataclass, field

from .finding import Severity


@dataclass
class CheckConfig:
    """Settings a team keeps in ``pyproject.toml`` ``[tool.zi-docs]`` or ``zi-docs.toml``."""

    select: list[str] = field(default_factory=list)
    """Codes or prefixes to run (``["NAM", "EJA001"]``); empty means all."""

    ignore: list[str] = field(default_factory=list)
    """Codes or prefixes not to run."""

    severity: dict[str, Severity] = field(default_factory=dict)
    """Severity overrides by code or prefix."""

    extra_words: set[str] = field(default_factory=set)
    """Words the spelling rules accept (names, local terms)."""

    extra_names: set[str] = field(default_factory=set)
    """Place or body names the name rules accept."""

    def enabled(self, code: str) -> bool:
        """Whether a rule runs: selected (all when nothing is), and not ignored by a
        pattern at least as specific as the one that selected it."""

        def longest(patterns: list[str]) -> int:
            return max((len(p) for p in patterns if code.startswith(p)), default=-1)

        selected = longest(self.select) if self.select else 0
        if selected < 0:
            return False
        ignored = longest(self.ignore)
        return ignored < 0 or (bool(self.select) and selected > ignored)

    def severity_for(self, code: str, default: Severity) -> Severity:
        best = max((p for p in self.severity if code.startswith(p)), key=len, default=None)
        return self.severity[best] if best is not None else default
