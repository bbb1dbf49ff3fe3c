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

from ..model import KelompokTim, Keputusan

DRAFT = "https://json-schema.org/draft/2020-12/schema"

#: File name → the model it describes.
SCHEMAS: dict[str, type[BaseModel]] = {
    "keputusan.schema.json": Keputusan,
    "kelompok-tim.schema.json": KelompokTim,
}


def json_schema(model: type[BaseModel]) -> dict[str, Any]:
    """The model's JSON Schema, with the draft named and ``$schema`` allowed in data."""
    body = model.model_json_schema(mode="validation")
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
