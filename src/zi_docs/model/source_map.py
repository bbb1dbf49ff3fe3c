"""Where each part of a decree was read from: model path → :class:`~zi_docs.model.Lokasi`.

It lives beside ``Lokasi`` because readers fill it and the checker, the fixer and the
reports look places up in it: none of them should import a reader for that.
"""

from __future__ import annotations

from .lokasi import Lokasi

SourceMap = dict[str, Lokasi]
"""Model path (``lampiran[0].kelompok[2].anggota[4]``) → where it was read from."""


def nearest_location(source_map: SourceMap, path: str) -> Lokasi | None:
    """Where ``path`` was read from, or its nearest enclosing part: a field such as
    ``…anggota[4].jabatan`` has no entry of its own but its row has."""
    while path:
        if path in source_map:
            return source_map[path]
        cut = max(path.rfind("."), path.rfind("["))
        path = path[:cut] if cut > 0 else ""
    return None
