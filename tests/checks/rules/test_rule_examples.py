"""Every rule's wrong and right examples (``checks/rules/fixtures/CODE.yaml``), run on the bundled
example decree: the wrong edit gives exactly the findings the fixture names, the right one none.
``zi-docs rule CODE`` and docs/rules.md print the same fixtures."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

import zi_docs
from zi_docs.checks import CheckConfig, all_rules, check
from zi_docs.checks.rules.examples import PRINTED_ONLY, apply_edits, rule_examples

EXAMPLE = Path(__file__).resolve().parents[3] / "examples" / "kpu-penajam-paser-utara-42-2025.yaml"
RULES = {code: rule for code, rule in all_rules().items() if code not in PRINTED_ONLY}


@pytest.fixture(scope="module")
def example_data() -> dict:
    return zi_docs.load(EXAMPLE).model_dump()


def _findings(data: dict, code: str) -> set[tuple[str, str, str, str, str]]:
    k = zi_docs.Keputusan.model_validate(data)
    return {
        (f.description("id"), f.description("en"), f.text, f.message("id"), f.message("en"))
        for f in check(k, config=CheckConfig(select=[code]))
        if f.rule == code
    }


def _edited(data: dict, edits) -> dict:
    copied = copy.deepcopy(data)
    apply_edits(copied, edits)
    return copied


@pytest.mark.parametrize("code", sorted(RULES))
def test_every_rule_has_wrong_and_right_examples(code) -> None:
    examples = rule_examples(code)
    assert examples, f"{code} has no fixtures/{code}.yaml with a wrong and a right example"
    for example in examples:
        assert example.wrong and example.right and example.finds


@pytest.mark.parametrize("code", sorted(RULES))
def test_wrong_gives_the_finding_and_right_gives_none(code, example_data) -> None:
    before = _findings(example_data, code)
    for number, example in enumerate(rule_examples(code), 1):
        wrong = _findings(_edited(example_data, example.wrong), code) - before
        expected = {(f.place.id, f.place.en, f.text, f.message.id, f.message.en) for f in example.finds}
        assert wrong == expected, f"{code} example {number}: the wrong edit"
        right = _findings(_edited(example_data, example.right), code) - before
        assert right == set(), f"{code} example {number}: the right edit"


def test_edits_refuse_a_path_that_is_no_model_path(example_data) -> None:
    with pytest.raises(ValueError, match="not a model path"):
        apply_edits(_edited(example_data, {}), {"lampiran[0]..nama": "x"})
    with pytest.raises(KeyError):
        apply_edits(_edited(example_data, {}), {"kepala.tidak_ada.nama": "x"})
