"""Output formats for check results, one module each: text, json, sarif, junit, github.

Every module has ``render(results, lang) -> str`` taking a list of
:class:`~zi_docs.checks.run.FileResult`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from ...i18n import Lang
from ..run import FileResult

FORMATS = ("text", "json", "sarif", "junit", "github")


def renderer(name: str) -> Callable[[list[FileResult], Lang], str]:
    if name not in FORMATS:
        raise ValueError(f"unknown report format {name!r}; known: {', '.join(FORMATS)}")
    module = importlib.import_module(f".{name}_report", __name__)
    return module.render


def render(name: str, results: list[FileResult], lang: Lang = "id") -> str:
    return renderer(name)(results, lang)
