"""Diktum ordinals as a pattern: KESATU … KESEMBILAN PULUH SEMBILAN, and PERTAMA.

Written as KE + the number's words (``KE(?:SEPULUH|SEBELAS|SATU|(?:DUA|…)(?:\\s+BELAS|\\s+PULUH…)?)``)
rather than as the 99 ordinals one after another: Python's ``re`` parses and compiles a
pattern in Python, and the enumeration cost 3–4 ms each time it was compiled (five
variants, ~20 ms of every fresh ``zi-docs check``), this form ~0.2 ms.  It matches exactly
the strings the enumeration did, longest first (tests/grammar/test_grammar.py compares
them for every ordinal in every printed form); the number an ordinal stands for is
:func:`zi_docs.language.numbers.ordinal_value`'s.
"""

from __future__ import annotations

from ..language.numbers import cardinal


def _ordinal_pattern(ke: str) -> str:
    """Any ordinal of 1 … 99 or PERTAMA, with ``ke`` for its KE- prefix.

    The words are :func:`~zi_docs.language.numbers.cardinal`'s, in capitals: SATU … SEMBILAN
    after PULUH, DUA … SEMBILAN before BELAS and PULUH (10 and 11 are SEPULUH and SEBELAS).
    No word is the beginning of another, so at most one alternative reads a word and the
    greedy optional parts try the longest ordinal first, as the enumeration did."""
    units = "|".join(cardinal(n).upper() for n in range(1, 10))
    tens = "|".join(cardinal(n).upper() for n in range(2, 10))
    ten, eleven, one = (cardinal(n).upper() for n in (10, 11, 1))
    return rf"(?:{ke}(?:{ten}|{eleven}|{one}|(?:{tens})(?:\s+BELAS|\s+PULUH(?:\s+(?:{units}))?)?)|PERTAMA)"


#: Any ordinal :func:`~zi_docs.language.numbers.ordinal_value` knows ("KEDUA PULUH SATU",
#: "PERTAMA"), words apart by any white space; use it case-insensitively.
ORDINAL = _ordinal_pattern("KE")

#: Diktum ordinals as decrees print them, also with the space a typist puts after KE-
#: ("KE DUA").
DIKTUM_ORDINAL = _ordinal_pattern(r"KE\s*")
