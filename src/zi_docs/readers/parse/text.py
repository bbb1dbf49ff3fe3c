"""Small text operations of the parser: joining continuation lines, capitals, dates."""

from __future__ import annotations

from datetime import date

from pydantic_core import PydanticCustomError

from ...grammar import norm, repaired_date
from ...model.tanggal import parse_tanggal


def join(text: str, more: str) -> str:
    """Join a continuation line: a word broken with a hyphen at the line end stays joined."""
    more = norm(more)
    if not text:
        return more
    if not more:
        return text
    # "Perundang-" + "undangan", "2410/PW.02-" + "SD/64/2025": a hyphen that ends a
    # line right after a letter or digit joins the parts; " - " between words does not.
    if text.endswith("-") and len(text) > 1 and not text[-2].isspace():
        return text + more
    return f"{text} {more}"


def is_caps(text: str) -> bool:
    """At least nine in ten letters are capitals (headings, titles, names in a signature)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def date_or_none(text: str) -> date | None:
    """The date a text names; an impossible or unreadable date is read as absent."""
    try:
        value = parse_tanggal(repaired_date(norm(text)))
    except PydanticCustomError:
        return None
    return value if not isinstance(value, str) else None
