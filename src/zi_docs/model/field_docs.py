"""The docstrings written under a model's fields, for the JSON Schema and the model docs.

pydantic can read them itself when it builds each class (``use_attribute_docstrings``), but
it does so by reading and tokenising the source of every model in every process that
imports the model: 35 ms of a one-file ``zi-docs check``, which never shows a description
(issue 17).  Only the schema files (:mod:`zi_docs.storage.schema`) and the docs built from
them need the descriptions, so they are read there, from the same source, the same way:
a string statement right after an annotated field is that field's description, cleaned
with :func:`inspect.cleandoc`.  pydantic offers this only as a class-creation option, so
the few lines of reading are ours.
"""

from __future__ import annotations

import ast
import inspect
import itertools
import textwrap
from functools import cache

from pydantic import BaseModel


@cache
def field_docs(model: type[BaseModel]) -> dict[str, str]:
    """Field name → its docstring, for ``model`` and the models it derives from (a field
    redefined in a subclass takes the subclass's docstring)."""
    docs: dict[str, str] = {}
    for klass in reversed(model.__mro__):
        if isinstance(klass, type) and issubclass(klass, BaseModel) and klass is not BaseModel:
            docs.update(_own_field_docs(klass))
    return docs


def _own_field_docs(klass: type) -> dict[str, str]:
    try:
        source = inspect.getsource(klass)
    except (OSError, TypeError):  # defined where no source is kept (an interactive session)
        return {}
    statements = ast.parse(textwrap.dedent(source)).body
    if not statements or not isinstance(statements[0], ast.ClassDef):
        return {}
    body = statements[0].body
    docs: dict[str, str] = {}
    for field, after in itertools.pairwise(body):
        if (
            isinstance(field, ast.AnnAssign)
            and isinstance(field.target, ast.Name)
            and isinstance(after, ast.Expr)
            and isinstance(after.value, ast.Constant)
            and isinstance(after.value.value, str)
        ):
            docs[field.target.id] = inspect.cleandoc(after.value.value)
    return docs
