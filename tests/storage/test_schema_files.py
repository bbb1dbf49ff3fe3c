"""The committed JSON Schemas match the model, and the example validates against them."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import ROOT

from zi_docs.storage.schema import DRAFT, render_schemas, stale_schemas, write_schemas


def test_committed_schemas_are_up_to_date() -> None:
    stale = stale_schemas(ROOT / "schemas")
    assert not stale, f"schemas/ is stale ({stale}); run: zi-docs schema"


def test_stale_schema_is_detected(tmp_path: Path) -> None:
    write_schemas(tmp_path)
    assert stale_schemas(tmp_path) == []
    (tmp_path / "keputusan.schema.json").write_text("{}", encoding="utf-8")
    assert stale_schemas(tmp_path) == ["keputusan.schema.json"]


def test_schema_is_draft_2020_12_and_accepts_the_example(example_path: Path) -> None:
    import yaml
    from jsonschema import Draft202012Validator

    schema = json.loads(render_schemas()["keputusan.schema.json"])
    assert schema["$schema"] == DRAFT
    Draft202012Validator.check_schema(schema)
    # The schema must not reject what the model accepts: plain-text targets, dates as text.
    data = json.loads(json.dumps(yaml.safe_load(example_path.read_text(encoding="utf-8")), default=str))
    errors = sorted(Draft202012Validator(schema).iter_errors(data), key=str)
    assert not errors, errors[0]
