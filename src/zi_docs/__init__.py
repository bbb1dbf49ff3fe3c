"""zi_docs: write and check Indonesian government decrees (Keputusan).

>>> import zi_docs
>>> k = zi_docs.load("examples/kpu-penajam-paser-utara-42-2025.yaml")
>>> zi_docs.save(k, "keputusan.json")
"""

from __future__ import annotations

from importlib import metadata as _metadata

from .errors import InvalidDataError, Problem, UnreadableFileError, UnsupportedFormatError, ZiDocsError
from .storage.load_save import dumps, load, save, to_data
from .model import *
from .model import __all__ as _model_names

#: Imported on first use, so that ``import zi_docs`` and the CLI's quick commands do
#: not load openpyxl, docxtpl, Jinja and pypdf.
_LAZY = {
    "load_members": "excel",
    "merge_members": "excel",
    "LampiranSelectionError": "excel",
    "render": "rendering",
    "to_dataframe": "dataframe",
    "export_excel": "excel",
    "import_excel": "excel",
    "read_excel": "excel",
    "Findings": "checks",
    "RenderSettings": "rendering",
    "read": "readers",
    "check": "checks",
    "check_file": "checks.run",
    "apply_fixes": "fix",
    "fix_file": "fix",
    "review": "reviewing",
    "ReadResult": "readers",
}


def __getattr__(name: str) -> object:
    if name == "laporan":  # the reports package, loaded on first use (matplotlib is heavy)
        import importlib

        return importlib.import_module(".laporan", __name__)
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'zi_docs' has no attribute {name!r}")


try:
    __version__ = _metadata.version("zi-docs")
except _metadata.PackageNotFoundError:  # running from a source tree without installing
    __version__ = "0.0.0+source"

__all__ = [
    "Findings",
    "InvalidDataError",
    "LampiranSelectionError",
    "Problem",
    "UnreadableFileError",
    "UnsupportedFormatError",
    "ZiDocsError",
    "__version__",
    "dumps",
    "export_excel",
    "import_excel",
    "read_excel",
    "to_dataframe",
    "laporan",
    "load",
    "apply_fixes",
    "check",
    "check_file",
    "fix_file",
    "load_members",
    "read",
    "render",
    "review",
    "RenderSettings",
    "ReadResult",
    "merge_members",
    "save",
    "to_data",
    *_model_names,
]
