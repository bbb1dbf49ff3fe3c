"""Files shipped with zi_docs (JSON Schemas, templates, data), found the same way
whether zi_docs runs from an installed wheel or from a source checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent  # the zi_docs package
_CHECKOUT = _PACKAGE.parent.parent


def resource_dir(name: str) -> Path:
    """The folder ``name`` (``"schemas"``, ``"templates"``): inside the installed package
    (the wheel puts it there), else at the top of the source checkout."""
    for base in (_PACKAGE, _CHECKOUT):
        candidate = base / name
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"zi_docs resource folder {name!r} is missing from {_PACKAGE} and {_CHECKOUT}")
