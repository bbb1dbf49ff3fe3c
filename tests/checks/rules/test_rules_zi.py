"""ZI rules: the six areas, the Rencana Aksi rows, the quarterly forum and report."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import edited, findings_of
from hypothesis import HealthCheck, given, settings
from strategies import keputusan

from zi_docs.checks import CheckConfig, check
from zi_docs.readers import read
from zi_docs.rendering import render_docx_bytes

REALWORLD = sorted((Path(__file__).resolve().parents[2] / "fixtures" / "realworld").glob("*.txt"))
MINE = ["NAM", "ORG", "ZI"]


def test_zi001_every_area_has_a_team(example) -> None:
    assert findings_of(example, "ZI001") == []

    def edit(d):
        del d["lampiran"][0]["kelompok"][3]  # no Tim Penataan Tata Laksana
        d["diktum"][0]["rincian"][1]["rincian"][1]["teks"] = "Tim Reformasi;"
        d["diktum"][3]["rincian"][1]["rincian"][1]["teks"] = "Tim Reformasi, bertugas:"
        d["lampiran"][1]["bagian"] = [b for b in d["lampiran"][1]["bagian"] if b["area"] != "penataan_tata_laksana"]

    (f,) = findings_of(edited(example, edit), "ZI001")
    assert f.text == "Penataan Tata Laksana" and "tidak ada rencana aksinya" in f.message("id")


def test_zi002_four_areas_without_actions_in_the_seed(seed) -> None:
    found = findings_of(seed, "ZI002")
    assert [(f.path, f.text) for f in found] == [
        ("lampiran[0].kelompok[3].nama", "Penataan Tata Laksana"),
        ("lampiran[0].kelompok[4].nama", "Penataan Sistem Manajemen SDM"),
        ("lampiran[0].kelompok[5].nama", "Penguatan Akuntabilitas"),
        ("lampiran[0].kelompok[7].nama", "Peningkatan Kualitas Pelayanan Publik"),
    ]
    assert all(f.related == ("lampiran[1]",) for f in found)
    assert found[0].description("id") == "Lampiran I, Tim Penataan Tata Laksana, nama"


def test_zi002_right_when_every_team_has_actions(example) -> None:
    assert findings_of(example, "ZI002") == []


def test_zi003_two_empty_cells_in_the_seed(seed) -> None:
    found = findings_of(seed, "ZI003")
    assert [(f.path, f.text) for f in found] == [
        ("lampiran[1].bagian[1].baris[4].target_capaian", "Public Campaign tentang pengendalian Gratifikasi"),
        ("lampiran[1].bagian[5].baris[3].target_waktu", "Tindaklanjuti hasil evaluasi pengaudan masyarakat"),
    ]
    assert found[0].description("id") == "Lampiran II, bagian II, baris 5, target capaian"
    assert "II.5" in found[0].message("id") and "VI.4" in found[1].message("id")


def test_zi003_rows_wrong_and_right(example) -> None:
    assert findings_of(example, "ZI003") == []

    def edit(d):
        rows = d["lampiran"][1]["bagian"][0]["baris"]
        rows[0]["indikator"] = ""
        rows[4]["bukti_fisik"] = None  # a continuation row needs its own evidence

    found = [f.path for f in findings_of(edited(example, edit), "ZI003")]
    assert found == ["lampiran[1].bagian[0].baris[0].indikator", "lampiran[1].bagian[0].baris[4].bukti_fisik"]


def test_zi004_quarterly_forum_and_report(example) -> None:
    assert findings_of(example, "ZI004") == []

    def edit(d):
        d["diktum"][2]["rincian"][3]["teks"] = "menyelenggarakan forum Tim secara rutin; dan"
        d["diktum"][2]["rincian"][4]["teks"] = (
            "melaporkan perkembangan hasil kerja kepada Pengarah 1 (satu) kali dalam 6 (enam) bulan."
        )

    found = findings_of(edited(example, edit), "ZI004")
    assert len(found) == 2 and all(f.severity.value == "info" for f in found)
    assert "forum" in found[0].message("id") and "Pengarah" in found[1].message("en")


def test_zi_rules_only_for_zona_integritas_decrees(example) -> None:
    def edit(d):
        d["kepala"]["tentang"] = "PENETAPAN PEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI"
        d["menetapkan"] = "KEPUTUSAN TENTANG PENETAPAN PEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI."
        del d["lampiran"][1]
        d["diktum"][2]["rincian"] = []

    assert check(edited(example, edit), config=CheckConfig(select=["ZI"])) == []


def test_clean_example_and_its_docx_have_only_the_kept_identical_teams(example) -> None:
    codes = [f.rule for f in check(example, config=CheckConfig(select=MINE))]
    assert codes == ["ORG004", "ORG004"]
    back = read_docx(example)
    assert [f.rule for f in check(back, config=CheckConfig(select=MINE))] == ["ORG004", "ORG004"]


def read_docx(k):
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "contoh.docx"
        path.write_bytes(render_docx_bytes(k))
        return read(path).keputusan


@pytest.mark.parametrize("path", REALWORLD, ids=lambda p: p.stem[:40])
def test_zi_rules_on_real_decrees_raise_nothing(path) -> None:
    check(read(path).keputusan, config=CheckConfig(select=["ZI"]))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(k=keputusan())
def test_zi_rules_never_raise(k) -> None:
    for f in check(k, config=CheckConfig(select=["ZI"])):
        assert f.description("id")
