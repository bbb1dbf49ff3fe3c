"""Versioning: zi_docs.__version__, the CHANGELOG, and the schema version in the model,
saved files, JSON Schemas, the generated model reference and the check JSON output."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from conftest import EXAMPLE, ROOT

import zi_docs
from zi_docs.errors import InvalidDataError
from zi_docs.model.keputusan import VERSI_SKEMA
from zi_docs.storage.schema import render_schemas


def test_version_matches_the_package_and_the_changelog() -> None:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert zi_docs.__version__ in (version, "0.0.0+source")
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(rf"^## \[?{re.escape(version)}\]?", changelog, re.MULTILINE), "CHANGELOG has no entry"
    assert "## [Unreleased]" in changelog


def test_model_carries_the_schema_version(example, tmp_path: Path) -> None:
    assert example.versi_skema == VERSI_SKEMA == 1
    saved = zi_docs.save(example, tmp_path / "k.yaml")
    text = saved.read_text(encoding="utf-8")
    assert "\nversi_skema: 1\n" in text
    assert json.loads(zi_docs.dumps(example, "json"))["versi_skema"] == 1


def test_load_dump_load_is_identity(example, tmp_path: Path) -> None:
    for suffix in (".yaml", ".json"):
        again = zi_docs.load(zi_docs.save(example, tmp_path / f"k{suffix}"))
        assert again == example
        assert zi_docs.dumps(again) == zi_docs.dumps(example)


def test_a_file_without_the_version_reads_as_the_current_one_and_another_is_refused(tmp_path: Path) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    assert "versi_skema" not in text  # the example follows the current version by default
    other = tmp_path / "v2.yaml"
    quoted = tmp_path / "v1.yaml"
    quoted.write_text("versi_skema: '1'\n" + text, encoding="utf-8")
    assert zi_docs.load(quoted).versi_skema == 1
    other.write_text("versi_skema: 2\n" + text, encoding="utf-8")
    with pytest.raises(InvalidDataError, match="versi_skema"):
        zi_docs.load(other)


def test_json_schema_names_the_version() -> None:
    schema = json.loads(render_schemas()["keputusan.schema.json"])
    field = schema["properties"]["versi_skema"]
    assert field["const"] == 1 and field["default"] == 1
    assert "versi_skema" not in schema.get("required", [])


def test_model_reference_is_up_to_date() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_model_docs.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr + "run: python tools/build_model_docs.py"
    text = (ROOT / "docs" / "model.md").read_text(encoding="utf-8")
    assert "schema version: **1**" in text and "## LampiranSusunanTim" in text


def test_check_json_output_has_a_schema_version(capsys: pytest.CaptureFixture[str]) -> None:
    from zi_docs.cli import main

    main(["check", "--quiet", "--format", "json", str(EXAMPLE)])
    report = json.loads(capsys.readouterr().out)
    # The report's own shape has its version (2: findings carry id, group, root), apart
    # from the decree model's.
    assert report["schema_version"] == 2
