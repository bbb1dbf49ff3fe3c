"""The compact diktum-ordinal patterns read exactly what the enumeration of the 99 ordinals read.

The enumeration ("KESEMBILAN\\s+PULUH\\s+SEMBILAN|KEDELAPAN\\s+PULUH\\s+SEMBILAN|…", longest
first) is rebuilt here from :func:`zi_docs.language.numbers.ordinal` as the reference; the
compact patterns in :mod:`zi_docs.grammar.ordinals` must match the same text, at the same
places, with the same extent, in every printed form and in text around them.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zi_docs import grammar
from zi_docs.grammar.ordinals import DIKTUM_ORDINAL, ORDINAL
from zi_docs.language.numbers import ordinal, ordinal_value

NAMES = [ordinal(n) for n in range(1, 100)] + ["PERTAMA"]
#: The patterns as they were written before: every ordinal, longest first.
OLD_ORDINAL = "|".join(sorted((name.replace(" ", r"\s+") for name in NAMES), key=len, reverse=True))
OLD_DIKTUM_ORDINAL = "|".join("KE\\s*" + a[2:] if a.startswith("KE") else a for a in OLD_ORDINAL.split("|"))
PAIRS = [(OLD_ORDINAL, ORDINAL), (OLD_DIKTUM_ORDINAL, DIKTUM_ORDINAL)]

#: How the rules and the readers embed the ordinal: bare, at a line's start before a colon,
#: after "Diktum" before a word boundary, and at the end of a text.
CONTEXTS = [
    "(?P<o>{})",
    r"^(?P<o>{})\s*:\s*(?P<rest>.*)$",
    r"^(?P<o>{})(?:\t|\s{{2,}})(?P<rest>\S.*)$",
    r"\bDiktum\s+(?P<o>{})\b",
    r"Diktum\s+(?:{})\s*$",
]


def _printed_forms(name: str) -> list[str]:
    words = name.split()
    forms = {name, name.lower(), name.capitalize(), name.title(), "  ".join(words), "\n".join(words), "\t".join(words)}
    if name.startswith("KE"):
        forms |= {"KE " + name[2:], "Ke " + name[2:].lower(), "KE\t" + name[2:], "KE" + name[2:].replace(" ", "")}
    return sorted(forms)


def _same(old: str, new: str, text: str) -> None:
    for context in CONTEXTS:
        before = re.compile(context.format(old), re.IGNORECASE)
        after = re.compile(context.format(new), re.IGNORECASE)
        assert [(m.span(), m.groupdict()) for m in before.finditer(text)] == [
            (m.span(), m.groupdict()) for m in after.finditer(text)
        ], (context, text)


@pytest.mark.parametrize("name", NAMES)
def test_every_ordinal_in_every_printed_form_reads_as_before(name: str) -> None:
    for old, new in PAIRS:
        for form in _printed_forms(name):
            for text in (form, f"{form} :", f"Diktum {form}", f"Diktum {form} huruf a", f"{form}NYA", f"{form} : Tim"):
                _same(old, new, text)
        assert re.fullmatch(new, name, re.IGNORECASE)
        assert ordinal_value(re.match(new, name + " : x", re.IGNORECASE)[0]) == ordinal_value(name)


@pytest.mark.parametrize(
    "text",
    ["KESATU BELAS", "KESATU PULUH", "KESEPULUH SATU", "KESEBELAS BELAS", "KEDUA BELAS SATU", "KENOL", "KE-DUA",
     "KEDUA PULUH SEPULUH", "KESERATUS", "PERTAMA BELAS", "KE", "SATU", "KEDUAPULUH", "KE SATU", "KETIGAPULUH SATU"],
)  # fmt: skip
def test_near_misses_are_rejected_or_cut_as_before(text: str) -> None:
    for old, new in PAIRS:
        _same(old, new, text)
        assert bool(re.fullmatch(old, text, re.IGNORECASE)) == bool(re.fullmatch(new, text, re.IGNORECASE))


_TOKENS = ["KE", "KE ", "SE", "SATU", "DUA", "TIGA", "EMPAT", "LIMA", "ENAM", "TUJUH", "DELAPAN", "SEMBILAN",
           "SEPULUH", "SEBELAS", "BELAS", "PULUH", "PERTAMA", "Diktum ", " ", "  ", "\n", "-", "NYA", ":", "a"]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_TOKENS), st.sampled_from([str.upper, str.lower, str.title])), max_size=12))
def test_any_text_of_number_words_reads_as_before(parts: list[tuple[str, object]]) -> None:
    text = "".join(case(token) for token, case in parts)
    for old, new in PAIRS:
        _same(old, new, text)


def test_the_grammar_and_the_diktum_form_use_the_compact_pattern() -> None:
    assert grammar.DIKTUM_ORDINAL == DIKTUM_ORDINAL
    assert grammar.DIKTUM.match("KE DUA PULUH SATU : Keputusan ini")["label"] == "KE DUA PULUH SATU"
    assert len(DIKTUM_ORDINAL) < len(OLD_DIKTUM_ORDINAL) // 5
