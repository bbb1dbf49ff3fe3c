"""The base class every part of the decree model derives from."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class ZiModel(BaseModel):
    """Common configuration for the decree model.

    ``extra="forbid"`` turns a misspelt key in a YAML file (``menimbang`` written
    ``menimbng``) into an error that names it, instead of silently dropping the text.
    Numbers are accepted where text is expected (``nomor: 42`` in YAML) because a
    person writing a decree does not think of quoting them.  Assignment is validated
    so that a script editing a loaded decree cannot put it into a state that ``save`` would write but ``load`` would refuse.
    The docstrings under the fields describe them in the JSON Schema; they are read only
    when a schema is made (:mod:`zi_docs.model.field_docs`), not each time a class is built.
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_assignment=True,
        coerce_numbers_to_str=True,
    )
