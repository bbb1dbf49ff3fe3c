"""What the model writes out instead of reading it at import (issue 17) is what it would
have read: the month names of CLDR and the docstrings under the fields."""

from __future__ import annotations

import inspect

import pytest
from babel import Locale
from pydantic import BaseModel
from pydantic._internal._docs_extraction import extract_docstrings_from_cls

from zi_docs import model
from zi_docs.model.base import ZiModel
from zi_docs.model.field_docs import field_docs
from zi_docs.model.tanggal import NAMA_BULAN


def test_month_names_are_cldr_s() -> None:
    assert NAMA_BULAN == {n: str(name) for n, name in Locale.parse("id").months["format"]["wide"].items()}


def _models() -> list[type[BaseModel]]:
    found: list[type[BaseModel]] = []
    todo = [ZiModel]
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo += cls.__subclasses__()
    return [cls for cls in found if cls.__module__.startswith("zi_docs.model")]


@pytest.mark.parametrize("cls", _models(), ids=lambda cls: cls.__name__)
def test_field_docs_are_the_docstrings_pydantic_would_read(cls: type[BaseModel]) -> None:
    """pydantic's own reader (``use_attribute_docstrings``), run on each class, agrees."""
    docs = field_docs(cls)
    for klass in cls.__mro__:
        if isinstance(klass, type) and issubclass(klass, BaseModel) and klass is not BaseModel:
            for name, text in extract_docstrings_from_cls(klass, use_inspect=True).items():
                if name in klass.__annotations__ and not any(
                    name in inspect.get_annotations(k) for k in cls.__mro__[: cls.__mro__.index(klass)]
                ):
                    assert docs[name] == text, (cls.__name__, name)


def test_each_field_docstring_describes_its_field_in_the_schema() -> None:
    from zi_docs.storage.schema import json_schema

    schema = json_schema(model.Keputusan)
    definitions = {"Keputusan": schema, **schema["$defs"]}
    checked = 0
    for cls in _models():
        if cls.__name__ not in definitions:
            continue
        properties = definitions[cls.__name__].get("properties", {})
        for name, text in field_docs(cls).items():
            if name in properties:
                assert properties[name].get("description") == text, (cls.__name__, name)
                checked += 1
    assert checked >= 40
