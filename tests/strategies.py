"""Hypothesis strategies that build arbitrary valid decrees from the model itself.

The strategy is derived from the field annotations, so a field added to the model
is covered by the property tests without anyone remembering to add it here.
"""

from __future__ import annotations

import enum
import types
import typing
from datetime import date
from typing import Any

from hypothesis import strategies as st
from pydantic import BaseModel

from zi_docs.model import Keputusan

#: Any Unicode text a person could type, surrogates excluded (not encodable).
TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
#: Text that a decree would actually hold on one line: printable, no control characters.
PLAIN_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=30)
DATES = st.dates(min_value=date(1945, 8, 17), max_value=date(2100, 12, 31))


def strategy_for(annotation: Any, depth: int, text: st.SearchStrategy[str]) -> st.SearchStrategy[Any]:
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is typing.Annotated:
        return strategy_for(args[0], depth, text)
    if origin in (typing.Union, types.UnionType):
        return st.one_of([strategy_for(arg, depth, text) for arg in args])
    if origin is list:
        if depth <= 0:
            return st.just([])
        return st.lists(strategy_for(args[0], depth - 1, text), max_size=3)
    if origin is dict:
        return st.dictionaries(text, text, max_size=2)
    if origin is typing.Literal:
        return st.sampled_from(args)
    if annotation is type(None):
        return st.none()
    if annotation is str:
        return text
    if annotation is bool:
        return st.booleans()
    if annotation is int:
        return st.integers(min_value=0, max_value=10_000)
    if annotation is date:
        return DATES
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return st.sampled_from(list(annotation))
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return model_strategy(annotation, depth, text)
    raise NotImplementedError(f"no strategy for {annotation!r}")


def model_strategy(
    model: type[BaseModel], depth: int = 3, text: st.SearchStrategy[str] = TEXT
) -> st.SearchStrategy[Any]:
    fields = {}
    for name, field in model.model_fields.items():
        annotation = field.annotation
        if field.metadata:  # keep constraints such as ge=0 (Tabel.baris_judul)
            fields[name] = strategy_for(annotation, depth, text).filter(
                lambda v, f=field: all(getattr(m, "ge", 0) <= v for m in f.metadata)
            )
        else:
            fields[name] = strategy_for(annotation, depth, text)
    return st.builds(model, **fields)


def keputusan(text: st.SearchStrategy[str] = TEXT, depth: int = 3) -> st.SearchStrategy[Keputusan]:
    """Arbitrary valid decrees, every field filled from ``text``."""
    return model_strategy(Keputusan, depth, text)
