"""`zi-docs check --format sarif` validates against the SARIF 2.1.0 JSON schema.

The schema is vendored (tests/fixtures/sarif-schema-2.1.0.json; where it came from is in
the README beside it) so that this runs offline, as GitHub code scanning would judge it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import EXAMPLE, PUBLISHED, ROOT

from zi_docs.checks.report import render
from zi_docs.checks.run import check_file

SCHEMA_PATH = ROOT / "tests" / "fixtures" / "sarif-schema-2.1.0.json"


@pytest.fixture(scope="module")
def validator():
    from jsonschema import validators

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    cls = validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def _errors(validator, log: dict) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(log)]


def test_the_vendored_schema_is_sarif_2_1_0() -> None:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert "Version 2.1.0" in schema["title"]
    assert schema["properties"]["version"]["enum"] == ["2.1.0"]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_seed_findings_validate(validator, lang: str) -> None:
    log = json.loads(render("sarif", [check_file(PUBLISHED)], lang))
    assert log["runs"][0]["results"], "the seed has findings"
    assert _errors(validator, log) == []


def test_clean_file_unreadable_file_and_several_files_validate(validator, tmp_path: Path) -> None:
    broken = tmp_path / "rusak.docx"
    broken.write_bytes(b"bukan docx")
    results = [check_file(EXAMPLE), check_file(broken), check_file(PUBLISHED)]
    log = json.loads(render("sarif", results, "id"))
    assert log["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert _errors(validator, log) == []


def test_an_invalid_log_is_caught(validator) -> None:
    # The validator is not vacuous: a level SARIF does not know is an error.
    log = json.loads(render("sarif", [check_file(PUBLISHED)], "id"))
    log["runs"][0]["results"][0]["level"] = "fatal"
    assert _errors(validator, log)
