"""NAM rules: region names against the gazetteer; one name, one spelling."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import edited, findings_of
from hypothesis import HealthCheck, given, settings
from strategies import keputusan

from zi_docs.checks import CheckConfig, check
from zi_docs.readers import read

REALWORLD = sorted((Path(__file__).resolve().parents[2] / "fixtures" / "realworld").glob("*.txt"))


# NAM001 ------------------------------------------------------------------------


def test_nam001_misspelt_regency_in_the_heading_of_the_seed(seed) -> None:
    found = findings_of(seed, "NAM001")
    heading = [f for f in found if f.path == "kepala.instansi"]
    (f,) = heading
    assert f.text == "KABUPATEN PETAJAM PASER UTARA"
    assert f.fix.old == "KABUPATEN PETAJAM PASER UTARA" and f.fix.new == "KABUPATEN PENAJAM PASER UTARA" and f.fix.safe
    assert f.description("id") == "Kepala keputusan, instansi"
    # Title case keeps its case; the whole decree is checked, not compared with itself.
    menimbang = next(f for f in found if f.path == "menimbang[0].teks")
    assert menimbang.fix.new == "Kabupaten Penajam Paser Utara"
    assert {f.path for f in found} >= {"jabatan_pembentuk", "kepala.tentang", "lampiran[0].kepala.keputusan"}
    assert all("Petajam" in f.text or "PETAJAM" in f.text or "utara" in f.text for f in found)


def test_nam001_small_letter_in_a_region_name(seed) -> None:
    (f,) = [f for f in findings_of(seed, "NAM001") if "utara" in f.text]
    assert f.text == "Kabupaten Penajam Paser utara" and f.fix.new == "Kabupaten Penajam Paser Utara"
    assert f.severity.value == "warning"


def test_nam001_right_names_and_what_follows_them(example) -> None:
    assert findings_of(example, "NAM001") == []

    def edit(d):
        d["diktum"][5]["teks"] = (
            "Biaya dibebankan pada APBD Kabupaten Penajam Paser Utara Tahun 2025, KPU Kabupaten/Kota, "
            "Provinsi Kalimantan Timur, Kota Balikpapan dan Kabupaten Pangkajene dan Kepulauan; Penajam; "
            "Kab. Toli-Toli; Prov. DKI Jakarta; Kota Administrasi Jakarta Pusat; Kota Layak Anak."
        )

    assert findings_of(edited(example, edit), "NAM001") == []


def test_nam001_wrong_kind_and_unknown_names(example) -> None:
    def edit(d):
        d["diktum"][5]["teks"] = "Kabupaten Surakarta dan Kota Sukamakmurjaya."

    found = {f.text: f for f in findings_of(edited(example, edit), "NAM001")}
    assert found["Kabupaten Surakarta"].fix.new == "Kota Surakarta" and not found["Kabupaten Surakarta"].fix.safe
    assert found["Kota Sukamakmurjaya"].fix is None


def test_nam001_accepts_names_the_team_adds(example) -> None:
    def edit(d):
        d["diktum"][5]["teks"] = "Kota Sukamakmurjaya."

    k = edited(example, edit)
    assert findings_of(k, "NAM001") and findings_of(k, "NAM001", extra_names={"Kota Sukamakmurjaya"}) == []


@pytest.mark.parametrize("path", REALWORLD, ids=lambda p: p.stem[:40])
def test_nam_rules_on_real_decrees_raise_nothing_and_no_false_alarm(path) -> None:
    k = read(path).keputusan
    assert findings_of(k, "NAM001") == []  # every region name in these decrees is written right
    findings_of(k, "NAM002")


# NAM002 ------------------------------------------------------------------------


def test_nam002_team_and_unit_spelled_two_ways_in_the_seed(seed) -> None:
    found = findings_of(seed, "NAM002")
    team = next(f for f in found if f.text == "Tim Penguatan Kualitas Pelayanan Publik")
    assert team.path == "diktum[3].rincian[1].rincian[5].teks"
    assert team.fix.new == "Tim Peningkatan Kualitas Pelayanan Publik" and not team.fix.safe
    assert team.related == ("diktum[0].rincian[1].rincian[5].teks",)
    unit = [f for f in found if f.text == "Teknis Penyelenggara Pemilu dan Hukum"]
    assert [f.path for f in unit] == [
        "lampiran[0].kelompok[2].anggota[0].jabatan",
        "lampiran[0].kelompok[6].anggota[0].jabatan",
    ]
    assert all(f.fix.new == "Teknis Penyelenggaraan Pemilu dan Hukum" for f in unit)
    glued = next(f for f in found if f.text.startswith("Sub BagianPartisipasi"))
    assert glued.fix.new.startswith("Sub Bagian Partisipasi") and glued.fix.safe
    kasubag = next(f for f in found if f.text == "Kasubag")
    assert kasubag.path == "salinan.jabatan" and kasubag.fix.new == "Kasubbag"
    # The misspelt regency is NAM001's: not reported again as a second institution name.
    assert not any("PETAJAM" in f.text.upper() for f in found)


def test_nam002_right_when_written_one_way(example) -> None:
    assert findings_of(example, "NAM002") == []


def test_nam002_institution_written_another_way(example) -> None:
    def edit(d):
        d["jabatan_pembentuk"] = "KETUA KOMISI PEMILIHAN UMUM KABUPATEN PENAJAM PASIR UTARA,"
        d["lampiran"][0]["penandatanganan"]["jabatan"] = "KETUA KOMISI PEMILIHAN UMUM KAB. PENAJAM PASER UTARA,"

    found = findings_of(edited(example, edit), "NAM002")
    assert any(f.path == "lampiran[0].penandatanganan.jabatan" for f in found)
    f = next(f for f in found if f.path == "lampiran[0].penandatanganan.jabatan")
    assert f.fix.new == "KOMISI PEMILIHAN UMUM KABUPATEN PENAJAM PASER UTARA" and f.related == ("kepala.instansi",)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(k=keputusan())
def test_nam_rules_never_raise(k) -> None:
    for f in check(k, config=CheckConfig(select=["NAM"])):
        assert f.description("id")
