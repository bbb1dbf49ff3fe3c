"""The rule code table (checks/rule_table.py) against the rule classes it names.

When a rule is added, renamed or moved, regenerate the table with
``python tools/build_rule_codes.py``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from zi_docs.checks.codes import FAMILIES, known_pattern, rule_codes
from zi_docs.checks.registry import REGENERATE_TABLE, discover, rule_class, rule_table_source, rules_for


def test_table_is_generated_from_the_rule_classes() -> None:
    committed = (ROOT / "src" / "zi_docs" / "checks" / "rule_table.py").read_text(encoding="utf-8")
    assert committed == rule_table_source(), f"the rule code table is stale: run {REGENERATE_TABLE}"


def test_every_row_names_its_rule() -> None:
    rules = discover()
    assert list(rule_codes()) == list(rules)
    for code, row in rule_codes().items():
        cls = rule_class(code)
        assert cls is rules[code]
        assert (row.name, row.cls, row.module_path) == (cls.name, cls.__name__, cls.__module__)
        assert (row.severity, row.summary, row.source) == (cls.severity.value, cls.summary, cls.source)
        assert row.family == cls.family() and row.family in FAMILIES


def test_rules_for_keeps_code_order_and_the_selection() -> None:
    chosen = rules_for(lambda code: code.startswith("STR") or code == "EJA001")
    codes = [rule.code for rule in chosen]
    assert codes == sorted(codes) and codes[0] == "EJA001" and all(c.startswith("STR") for c in codes[1:])


@pytest.mark.parametrize(("pattern", "known"), [("STR", True), ("str00", True), ("ZI", True), ("XYZ", False)])
def test_known_pattern(pattern: str, known: bool) -> None:
    assert known_pattern(pattern) is known


def test_the_generator_says_the_table_is_up_to_date() -> None:
    out = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_rule_codes.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 0, out.stdout + out.stderr


def test_a_rule_that_says_it_never_fixes_gives_no_fix() -> None:
    """``Rule.fixes = False`` lets fix and review skip the rule in their confirming pass; a
    fix it gave after all would be missed there.  Held on the seed, the real decrees and
    every rule's wrong examples."""
    from conftest import EXAMPLE, PUBLISHED

    import zi_docs
    from zi_docs.checks.registry import all_rules
    from zi_docs.checks.rules.examples import apply_edits, rule_examples
    from zi_docs.model import Keputusan
    from zi_docs.storage.load_save import load

    never = {code for code, rule in all_rules().items() if not rule.fixes}
    assert {"ORG001", "ZI001", "STR006"} <= never
    realworld = sorted((Path(__file__).resolve().parents[1] / "fixtures" / "realworld").glob("*.txt"))
    fixed_by = {f.rule for path in [PUBLISHED, *realworld] for f in zi_docs.check_file(path).findings if f.fix}
    for code in sorted(never):
        for case in rule_examples(code):
            data = load(EXAMPLE).model_dump()
            apply_edits(data, case.wrong)
            fixed_by |= {f.rule for f in zi_docs.check(Keputusan.model_validate(data)) if f.fix}
    assert not fixed_by & never
