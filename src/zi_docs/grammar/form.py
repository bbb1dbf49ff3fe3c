"""One thing a decree prints, in both directions: the printed form and the tolerant pattern.

The template builders print :attr:`Form.printed`; the readers, the PDF outline and the
rules recognise it with :attr:`Form.pattern`, which also accepts what real decrees
print instead (other capitals, a missing colon, OCR spacing).  ``variants`` are such
real forms: the grammar's test asserts that the pattern matches each of them and the
printed form, so printing and reading cannot drift apart.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..storage.regex_cache import regex

_WS = regex(r"\s+")


def norm(text: str) -> str:
    """Whitespace runs (tabs, newlines, non-breaking spaces) as one space, ends trimmed."""
    return _WS.sub(" ", text).strip()


class Form(NamedTuple):
    """A keyword or line form of a decree."""

    printed: str
    """What the template prints."""

    pattern: re.Pattern[str]
    """What the readers accept: the printed form and the variants real decrees use."""

    variants: tuple[str, ...] = ()
    """Real printed variants the pattern must accept (asserted by the grammar's test)."""

    filled: str | None = None
    """For a form printed with a value after it (``NIP …``), the form with one."""

    @property
    def sample(self) -> str:
        """The printed form as it stands on the page: :attr:`filled`, else :attr:`printed`."""
        return self.filled if self.filled is not None else self.printed

    def match(self, text: str) -> re.Match[str] | None:
        return self.pattern.match(text)
