"""Root causes win: no fix moves correct text toward a misspelt region name.

A region typo typed into the example decree at one or several places — the heading, the
name after Menetapkan, the issuer, a signature, a Lampiran header, a sentence — is
checked and fixed; the fixed decree has no misspelt form left, after one pass already,
and no finding on the way offered to write it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import EXAMPLE, PUBLISHED

import zi_docs
from zi_docs.checks import CheckConfig
from zi_docs.checks.run import check_file
from zi_docs.fix.data_fix import fix_model
from zi_docs.readers import read

TEXT = EXAMPLE.read_text(encoding="utf-8")
#: Where the regency's name stands in the data (not in the YAML comments on top).
SPOTS = [
    m.start()
    for m in re.finditer(r"(?i)penajam(?= paser utara)", TEXT)
    if not TEXT[TEXT.rfind("\n", 0, m.start()) + 1 : m.start()].lstrip().startswith("#")
]


def _typed(text: str, spots: list[int], typo: str) -> str:
    for at in sorted(spots, reverse=True):
        word = text[at : at + 7]
        text = text[:at] + (typo.upper() if word.isupper() else typo.capitalize()) + text[at + 7 :]
    return text


def _line(at: int) -> int:
    return TEXT.count("\n", 0, at) + 1


def _spot(line: int) -> list[int]:
    return [at for at in SPOTS if _line(at) == line]


def _assert_fixed_in_one_pass(tmp_path: Path, text: str, typo: str) -> None:
    path = tmp_path / "keputusan.yaml"
    path.write_text(text, encoding="utf-8")
    keputusan = zi_docs.load(path)
    findings = zi_docs.check(keputusan)
    assert any(f.rule == "NAM001" and typo in f.text.casefold() for f in findings)
    spreading = [f for f in findings if f.fix and typo in f.fix.new.casefold() and typo not in f.fix.old.casefold()]
    assert not spreading, [(f.rule, f.path, f.fix) for f in spreading]
    # The clean decree has no heading or signature finding: those here follow from the
    # typo, and join its group.
    roots = {f.group for f in findings if f.rule == "NAM001"}
    knock_ons = [f for f in findings if f.rule in ("STR007", "STR011")]
    assert all(f.group in roots and f.fix is None for f in knock_ons), [(f.rule, f.path) for f in knock_ons]
    fix_model(keputusan, findings, unsafe=True)
    assert typo not in zi_docs.dumps(keputusan, "yaml").casefold()


# The heading, Menetapkan, the issuer, the decree's and Lampiran's signatures and headers:
# the places other rules compare; then some sentences.
_HEADING_LIKE = sorted({_line(at) for at in SPOTS})


@pytest.mark.parametrize("line", _HEADING_LIKE)
def test_a_typo_at_one_place_is_fixed_without_spreading(tmp_path: Path, line: int) -> None:
    _assert_fixed_in_one_pass(tmp_path, _typed(TEXT, _spot(line), "petajam"), "petajam")


def _first(field: str) -> list[int]:
    """The spot of the first YAML line that starts with ``field``."""
    for at in SPOTS:
        start = TEXT.rfind("\n", 0, at) + 1
        if TEXT[start:at].lstrip().startswith(field):
            return [at]
    raise AssertionError(field)


@pytest.mark.parametrize(
    "fields",
    [
        ("instansi:", "tentang:"),  # the whole heading: Menetapkan and Lampiran headers now "differ"
        ("jabatan_pembentuk:", "jabatan:"),  # the issuer and the signature
        ("menetapkan:", "tentang:", "jabatan:"),
        ("instansi:", "menetapkan:", "jabatan_pembentuk:", "jabatan:", "tentang:", "teks:"),
    ],
)
@pytest.mark.parametrize("typo", ["petajam", "penajem"])
def test_a_typo_at_several_places_is_fixed_without_spreading(tmp_path: Path, fields, typo: str) -> None:
    spots = [at for field in fields for at in _first(field)]
    _assert_fixed_in_one_pass(tmp_path, _typed(TEXT, spots, typo), typo)


def test_fix_file_fixes_a_typo_in_heading_and_signature_in_one_pass(tmp_path: Path) -> None:
    path, out = tmp_path / "keputusan.yaml", tmp_path / "diperbaiki.yaml"
    path.write_text(_typed(TEXT, _first("instansi:") + _first("jabatan:"), "petajam"), encoding="utf-8")
    report = zi_docs.fix_file(path, out, unsafe=True, max_passes=1)
    assert report and "petajam" not in zi_docs.dumps(zi_docs.load(out), "yaml").casefold()
    # What is left is what the clean example has (its two identical teams, as published).
    left = [(f.rule, f.path) for f in zi_docs.check(zi_docs.load(out))]
    assert left == [(f.rule, f.path) for f in zi_docs.check(zi_docs.load(EXAMPLE))]


def test_the_seed_is_fixed_without_spreading_its_typo() -> None:
    findings = check_file(PUBLISHED, CheckConfig()).findings
    assert not [f for f in findings if f.fix and "petajam" in f.fix.new.casefold()]
    keputusan = read(PUBLISHED).keputusan
    fix_model(keputusan, findings, unsafe=True)
    assert "petajam" not in zi_docs.dumps(keputusan, "yaml").casefold()


def _numbers(keputusan, bagian: int) -> list[str | None]:
    return [row.nomor for row in keputusan.lampiran[1].bagian[bagian].baris]


def test_a_repeated_number_is_fixed_by_renumbering_the_rest_of_the_run() -> None:
    # The seed's Lampiran II section III numbers its rows 1, 1, 2: one mistake, one group,
    # and the fix gives 1, 2, 3 — never 1, 2, 2.
    findings = check_file(PUBLISHED, CheckConfig()).findings
    renumbering = [f for f in findings if f.rule == "STR001"]
    assert len({f.group for f in renumbering}) == 1 and len(renumbering) >= 2
    keputusan = read(PUBLISHED).keputusan
    fix_model(keputusan, findings, unsafe=True)
    numbers = [n for n in _numbers(keputusan, 2) if n]
    assert numbers == [str(i) for i in range(1, len(numbers) + 1)]


@pytest.mark.parametrize(("at", "change"), [(1, 0), (2, 0), (1, 2)])
def test_generated_repeats_and_skips_are_renumbered_to_a_clean_run(example, at: int, change: int) -> None:
    """A row number repeated (``change`` 0: 1, 1, 2, …) or skipping ahead (2: 1, 4, 5, …)
    in a Rencana Aksi section; every later row numbered on from it."""
    keputusan = example.model_copy(deep=True)
    rows = keputusan.lampiran[1].bagian[0].baris
    assert len(rows) >= 4
    for index in range(at, len(rows)):
        rows[index].nomor = str(index + change)
    findings = zi_docs.check(keputusan, config=CheckConfig(select=["STR001"]))
    assert len({f.group for f in findings}) == 1
    fix_model(keputusan, findings, unsafe=True)
    assert _numbers(keputusan, 0) == [str(i) for i in range(1, len(rows) + 1)]
    assert not zi_docs.check(keputusan, config=CheckConfig(select=["STR001"]))
