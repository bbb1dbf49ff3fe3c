"""Options that name rules (``--select``/``--ignore``), shared by ``check`` and ``review``."""

from __future__ import annotations

from ..checks.codes import known_pattern
from ..errors import ZiDocsError
from ..i18n import Message


def codes(value: str) -> list[str]:
    """``"nam, STR001"`` → ``["NAM", "STR001"]``: the argparse type of a rule-code option."""
    return [part.strip().upper() for part in value.split(",") if part.strip()]


def validate_codes(found: list[str] | None, option: str) -> None:
    """Refuse a code or prefix that names no rule, saying which option gave it."""
    for code in found or []:
        if not known_pattern(code):
            raise ZiDocsError(
                Message(f"{option}: kode aturan '{code}' tidak dikenal", f"{option}: unknown rule code '{code}'"),
                hint=Message("Lihat `zi-docs rules`.", "See `zi-docs rules`."),
            )
