"""The public API other KPU tools import: every name stays where it was documented.

A restructuring may move code between packages; it may not move a public name.
New names may be added to the lists below; removing one is a breaking change that
needs a major version and a CHANGELOG entry.
"""

from __future__ import annotations

import importlib

import pytest

import zi_docs

TOP_LEVEL = {
    # functions
    "load", "save", "dumps", "to_data", "render", "read", "check", "check_file", "fix_file",
    "apply_fixes", "load_members", "merge_members", "export_excel", "import_excel", "read_excel",
    "to_dataframe", "laporan", "area_dari_nama", "nearest_location",
    # classes
    "Findings", "ReadResult", "RenderSettings", "LampiranSelectionError", "SourceMap",
    "ZiDocsError", "InvalidDataError", "UnreadableFileError", "UnsupportedFormatError", "Problem",
    # the model
    "Keputusan", "Kepala", "Butir", "DasarHukum", "Peraturan", "Perubahan", "Pengundangan",
    "ButirMemperhatikan", "Dokumen", "Diktum", "Paragraf", "Penetapan", "Salinan", "Lampiran",
    "LampiranSusunanTim", "LampiranRencanaAksi", "LampiranBebas", "KepalaLampiran", "BlokLampiran",
    "KelompokTim", "Anggota", "BagianRencanaAksi", "BarisRencanaAksi", "TargetWaktu",
    "TargetCapaian", "AreaZI", "Tabel", "Lokasi", "TeksTakTerurai",
    "__version__",
}  # fmt: skip

#: Module paths named in README.md and docs/api.md, with names they must offer.
MODULES = {
    "zi_docs.io": ["load", "save", "dumps", "to_data", "write_atomic", "refuse_overwriting_inputs"],
    "zi_docs.errors": ["ZiDocsError", "InvalidDataError", "Problem"],
    "zi_docs.i18n": ["Message"],
    "zi_docs.progress": ["Progress"],
    "zi_docs.excel": ["export_excel", "import_excel", "read_excel"],
    "zi_docs.dataframe": ["to_dataframe"],
    "zi_docs.notebook": ["keputusan_html", "lampiran_html", "kelompok_html", "findings_html"],
    "zi_docs.checks": ["CheckConfig", "check"],
    "zi_docs.checks.report": ["render"],
    "zi_docs.model.keputusan": ["VERSI_SKEMA", "Keputusan"],
    "zi_docs.laporan": [
        "laporan_triwulan", "surat_pernyataan", "dokumen_forum", "Rapat",
        # the names from before the naming rule, kept as aliases
        "muat_realisasi", "tulis_templat_realisasi", "hitung_kemajuan", "muat_rapat", "cari_aksi",
        "pilih_tim", "kunci_nama",
    ],
    "zi_docs.cli": ["main"],
}  # fmt: skip


def test_the_top_level_offers_every_public_name() -> None:
    assert TOP_LEVEL <= set(zi_docs.__all__), sorted(TOP_LEVEL - set(zi_docs.__all__))
    for name in sorted(TOP_LEVEL):
        assert getattr(zi_docs, name) is not None, name


def test_everything_in_all_resolves() -> None:
    for name in zi_docs.__all__:
        getattr(zi_docs, name)


@pytest.mark.parametrize("module", sorted(MODULES))
def test_documented_module_paths_stay(module: str) -> None:
    imported = importlib.import_module(module)
    missing = [name for name in MODULES[module] if not hasattr(imported, name)]
    assert not missing, f"{module} lost {missing}"


def test_aliases_are_the_same_functions() -> None:
    from zi_docs import laporan
    from zi_docs.language.names import person_key

    assert laporan.muat_realisasi is laporan.load_realisasi
    assert laporan.kunci_nama is person_key
