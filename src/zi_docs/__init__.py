"""zi_docs: write and check Indonesian government decrees (Keputusan).

>>> import zi_docs
>>> k = zi_docs.load("examples/kpu-penajam-paser-utara-42-2025.yaml")
>>> zi_docs.save(k, "keputusan.json")
"""

from __future__ import annotations

from ._version import __version__
from .errors import InvalidDataError, Problem, UnreadableFileError, UnsupportedFormatError, ZiDocsError

#: The model's public names, imported on first use: ``import zi_docs`` (and so every
#: ``zi-docs`` command, even ``--version``) would otherwise build every pydantic model.
#: tests/cli/test_startup.py keeps this list equal to ``zi_docs.model.__all__``.
_MODEL_NAMES = (
    "Anggota", "AreaZI", "BagianRencanaAksi", "BarisRencanaAksi", "BlokLampiran", "Butir",
    "ButirMemperhatikan", "DasarHukum", "Diktum", "Dokumen", "KelompokTim", "Kepala", "KepalaLampiran",
    "Keputusan", "Lampiran", "LampiranBebas", "LampiranRencanaAksi", "LampiranSusunanTim", "Lokasi",
    "Paragraf", "Penetapan", "Pengundangan", "Peraturan", "Perubahan", "Salinan", "SourceMap", "Tabel", "TargetCapaian",
    "TargetWaktu", "TeksTakTerurai", "area_dari_nama", "nearest_location",
)  # fmt: skip

#: Imported on first use, so that ``import zi_docs`` and the CLI's quick commands do
#: not load openpyxl, docxtpl, Jinja and pypdf.
_LAZY = {
    "load": "storage.load_save",
    "save": "storage.load_save",
    "dumps": "storage.load_save",
    "to_data": "storage.load_save",
    **dict.fromkeys(_MODEL_NAMES, "model"),
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

        value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value  # once found, an ordinary attribute
        return value
    raise AttributeError(f"module 'zi_docs' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


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
]
__all__.extend(_MODEL_NAMES)
