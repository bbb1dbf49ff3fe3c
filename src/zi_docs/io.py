"""The public path of loading and saving decree data, kept for code that imports
``zi_docs.io``; the implementation lives in :mod:`zi_docs.storage.load_save`."""

from __future__ import annotations

from .storage.load_save import (
    AUTO,
    dumps,
    load,
    refuse_overwriting_inputs,
    save,
    schema_reference,
    to_data,
    write_atomic,
)

__all__ = ["AUTO", "dumps", "load", "refuse_overwriting_inputs", "save", "schema_reference", "to_data", "write_atomic"]
