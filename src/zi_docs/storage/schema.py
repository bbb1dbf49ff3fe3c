"""JSON Schema (draft 2020-12) files generated from the decree model.

The committed files in ``schemas/`` are what editors use to autocomplete and check
decree YAML; a test fails when they no longer match the model.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import core_schema

from ..model import KelompokTim, Keputusan
from ..model.field_docs import field_docs

DRAFT = "https://json-schema.org/draft/2020-12/schema"

#: File name → the model it describes.
SCHEMAS: dict[str, type[BaseModel]] = {
    "keputusan.schema.json": Keputusan,
    "kelompok-tim.schema.json": KelompokTim,
}


class _WithFieldDocs(GenerateJsonSchema):
    """pydantic's JSON Schema, each field described by the docstring under it
    (:mod:`zi_docs.model.field_docs`: the model classes are built without reading them)."""

    def model_schema(self, schema: core_schema.ModelSchema) -> JsonSchemaValue:
        json_schema = super().model_schema(schema)
        docs = field_docs(schema["cls"])
        for name, field in json_schema.get("properties", {}).items():
            if name in docs and "description" not in field:
                field["description"] = docs[name]
        return json_schema


def json_schema(model: type[BaseModel]) -> dict[str, Any]:
    """The model's JSON Schema, with the draft named and ``$schema`` allowed in data."""
    body = model.model_json_schema(mode="validation", schema_generator=_WithFieldDocs)
    if model is Keputusan:
        # A data file may name its own schema for editors; load() ignores the key.
        body["properties"] = {"$schema": {"type": "string"}, **body["properties"]}
    return {"$schema": DRAFT, **body}


def render_schemas() -> dict[str, str]:
    """File name → the text of that schema file."""
    return {
        name: json.dumps(json_schema(model), ensure_ascii=False, indent=2) + "\n" for name, model in SCHEMAS.items()
    }


def write_schemas(folder: str | os.PathLike[str]) -> list[Path]:
    """Write every schema into ``folder``; returns the paths written."""
    from .load_save import write_atomic

    folder = Path(folder)
    written = []
    for name, text in render_schemas().items():
        write_atomic(folder / name, text)
        written.append(folder / name)
    return written


def stale_schemas(folder: str | os.PathLike[str]) -> list[str]:
    """Names of the schema files in ``folder`` that are missing or differ from the model."""
    folder = Path(folder)
    return [
        name
        for name, text in render_schemas().items()
        if not (folder / name).is_file() or (folder / name).read_text(encoding="utf-8") != text
    ]
