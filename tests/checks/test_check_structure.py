"""Structure rules (STR): each wrong and right, the seed's mistakes, and no noise on clean decrees."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from conftest import PUBLISHED
from hypothesis import HealthCheck, given, settings
from strategies import keputusan

import zi_docs
from zi_docs.checks import CheckConfig, Finding, all_rules, check
from zi_docs.readers import read

STR_ONLY = CheckConfig(select=["STR"])


def findings(k: zi_docs.Keputusan, code: str) -> list[Finding]:
    return [f for f in check(k, config=CheckConfig(select=[code]))]


@pytest.fixture(scope="module")
def data(example) -> dict[str, Any]:
    return example.model_dump(mode="json")


def edited(data: dict[str, Any], change) -> zi_docs.Keputusan:
    """The clean example with one change made to its data."""
    copied = copy.deepcopy(data)
    change(copied)
    return zi_docs.Keputusan.model_validate(copied)


# -- the clean example and the seed ----------------------------------------------


def test_clean_example_has_no_structural_findings(example) -> None:
    assert [(f.rule, f.description("id"), f.message("id")) for f in check(example, config=STR_ONLY)] == []


def test_clean_example_rendered_to_docx_and_read_back_has_no_structural_findings(example, tmp_path) -> None:
    from zi_docs.rendering import render_docx_bytes

    path = tmp_path / "contoh.docx"
    path.write_bytes(render_docx_bytes(example))
    result = read(path)
    found = check(result.keputusan, source_map=result.source_map, config=STR_ONLY)
    assert [(f.rule, f.description("id"), f.message("id"), f.text) for f in found] == []


@pytest.fixture(scope="module")
def seed() -> list[Finding]:
    result = read(PUBLISHED)
    return check(result.keputusan, source_map=result.source_map, config=STR_ONLY)


def by(found: list[Finding], code: str) -> list[tuple[str, str]]:
    return [(f.description("id"), f.text) for f in found if f.rule == code]


def test_seed_repeated_row_number_in_section_iii(seed) -> None:
    # The repeat, and the row after it renumbered with it (1, 1, 2 → 1, 2, 3): one group.
    rows = [f for f in seed if f.rule == "STR001"]
    assert [(f.description("id"), f.text, f.fix.new) for f in rows] == [
        ("Lampiran II, bagian III, baris 2", "1", "2"),
        ("Lampiran II, bagian III, baris 3", "2", "3"),
    ]
    assert rows[1].cause == rows[0].path and rows[1].group == rows[0].group
    assert rows[0].message("id") == "nomor baris 1 berulang; seharusnya 2"
    assert rows[0].message("en") == "row number 1 is repeated; expected 2"
    assert rows[0].location.baris == 264
    assert rows[0].fix.new == "2" and not rows[0].fix.safe


def test_seed_ambiguous_lampiran_and_lampiran_ii_not_referred(seed) -> None:
    found = [f for f in seed if f.rule == "STR003"]
    assert [(f.description("id"), f.text) for f in found] == [
        ("Diktum KEDUA", "Lampiran Keputusan ini"),
        ("Lampiran II", "Lampiran II"),
    ]
    ambiguous, unreferred = found
    assert "2 Lampiran (Lampiran I, Lampiran II)" in ambiguous.message("id")
    assert "maksudnya Lampiran I?" in ambiguous.message("id")
    assert ambiguous.fix.new == "Lampiran I Keputusan ini" and not ambiguous.fix.safe
    assert unreferred.message("en").startswith("Lampiran II (RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS KOMISI")
    assert "is not referred to by any diktum" in unreferred.message("en")


def test_seed_certified_copy_blocks(seed) -> None:
    assert by(seed, "STR010") == [
        ("blok salinan, jabatan", "H. Kasubag Teknis Penyelenggaraan Pemilu dan Hukum,"),
        ("blok salinan, nama", "H. Kasubag Teknis Penyelenggaraan Pemilu dan Hukum,"),
        ("Lampiran I, blok salinan, jabatan", "Pih. Kasubbag Teknis Penyelenggaraan Pemilu dan Hukum,"),
        ("Lampiran I, blok salinan, nama", "Pih. Kasubbag Teknis Penyelenggaraan Pemilu dan Hukum,"),
        ("Lampiran II, blok salinan, nama", "Plh. Kasubbag Teknis Penyelenggaraan Pemilu dan Hukum,"),
    ]
    titles = [f for f in seed if f.rule == "STR010" and f.path.endswith("jabatan")]
    assert [(f.fix.old, f.fix.new) for f in titles] == [("H.", "Plh."), ("Pih.", "Plh.")]
    assert 'maksudnya "Plh."?' in titles[0].message("id")


def test_seed_lists_and_diktum_are_in_sequence(seed) -> None:
    assert not [f for f in seed if f.rule == "STR001" and not f.path.startswith("lampiran")]
    assert not by(seed, "STR002") and not by(seed, "STR009")
    # STR004's one finding is the sub-list closed with "." inside KEEMPAT 2.f's running list (issue 15).
    assert by(seed, "STR004") == [("Diktum KEEMPAT angka 2 huruf f angka 3) huruf e", "membuat inovasi pelayanan.")]


# -- STR001 sequences ---------------------------------------------------------------


def test_str001_diktum_ordinals(data) -> None:
    def skip(d):
        del d["diktum"][2]

    finding, *renumbered = findings(edited(data, skip), "STR001")  # one mistake, one group
    assert finding.path == "diktum[2]" and finding.text == "KEEMPAT"
    assert finding.message("id") == "diktum KEEMPAT melompati KETIGA; seharusnya KETIGA"
    assert finding.fix.new == "KETIGA"
    # The diktum after it move up with it: KELIMA → KEEMPAT, …
    assert renumbered and renumbered[0].fix.new == "KEEMPAT"
    assert all(f.cause == "diktum[2]" and f.group == finding.group for f in renumbered)

    (finding,) = findings(edited(data, lambda d: d["diktum"][3].update(label="KETIGA")), "STR001")
    assert finding.message("en") == "diktum KETIGA is repeated; expected KEEMPAT"
    assert finding.description("id") == "Diktum KETIGA" and finding.path == "diktum[3]"


def test_str001_pertama_counts_as_one(data) -> None:
    k = edited(data, lambda d: d["diktum"][0].update(label="PERTAMA"))
    assert findings(k, "STR001") == []


def test_str001_menimbang_mengingat_and_nested_lists(data) -> None:
    def change(d):
        d["menimbang"][1]["label"] = "c."
        d["mengingat"][2]["label"] = "2."
        d["diktum"][3]["rincian"][1]["rincian"][0]["rincian"][2]["label"] = "4)"

    found = findings(edited(data, change), "STR001")
    assert [(f.description("id"), f.text) for f in found] == [
        ("Menimbang huruf c", "c."),
        ("Mengingat angka 2", "2."),
        ("Diktum KEEMPAT angka 2 huruf a angka 4)", "4)"),
    ]
    assert found[0].message("en") == "Menimbang letter c. skips b.; expected b."
    assert found[2].fix.new == "3)"


def test_str001_member_rows_groups_and_lampiran(data) -> None:
    def change(d):
        d["lampiran"][0]["kelompok"][6]["anggota"][2]["nomor"] = "4."
        d["lampiran"][0]["kelompok"][4]["label"] = "d."
        d["lampiran"][1]["nomor"] = "III"
        d["lampiran"][1]["bagian"][1]["nomor"] = "III"

    found = findings(edited(data, change), "STR001")
    assert sorted((f.description("id"), f.text) for f in found) == [
        ("Lampiran I, Tim Penataan Sistem Manajemen Sumber Daya Manusia", "d."),
        ("Lampiran I, Tim Penguatan Pengawasan, baris 3", "4."),
        ("Lampiran III", "III"),
        ("Lampiran III, bagian III", "III"),
    ]
    messages = {f.text: f.message("id") for f in found}
    assert messages["d."] == "nomor kelompok d. melompati c.; seharusnya c."
    assert messages["4."] == "nomor baris 4. melompati 3.; seharusnya 3."


def test_str001_continuation_rows_are_skipped(data) -> None:
    rows = data["lampiran"][1]["bagian"][0]["baris"]
    assert any(row.get("nomor") is None for row in rows), "the example has continuation rows"
    assert findings(edited(data, lambda d: None), "STR001") == []


# -- STR002 references ----------------------------------------------------------------


def test_str002_missing_diktum_and_self_reference(data) -> None:
    def change(d):
        d["diktum"][1]["teks"] = d["diktum"][1]["teks"].replace("Diktum KESATU", "Diktum KEDELAPAN")
        d["diktum"][0]["teks"] += " sebagaimana dimaksud dalam diktum kesatu"

    found = findings(edited(data, change), "STR002")
    assert [(f.description("id"), f.text) for f in found] == [
        ("Diktum KESATU", "diktum kesatu"),
        ("Diktum KEDUA", "Diktum KEDELAPAN"),
    ]
    assert found[0].message("id") == "Diktum kesatu merujuk dirinya sendiri"
    assert found[1].message("en") == "reference to Diktum KEDELAPAN, which does not exist"


def test_str002_letters_numbers_and_lampiran(data) -> None:
    def change(d):
        d["menimbang"][1]["teks"] = d["menimbang"][1]["teks"].replace("huruf a,", "huruf a dan huruf c,")
        d["diktum"][2]["teks"] = "Tugas Tim sebagaimana dimaksud dalam Diktum KESATU angka 3, adalah:"
        d["diktum"][4]["teks"] += " sebagaimana tercantum dalam Lampiran III"

    found = findings(edited(data, change), "STR002")
    assert [(f.description("id"), f.message("en")) for f in found] == [
        ("Menimbang huruf b", "reference to letter c of Menimbang, which does not exist"),
        ("Diktum KETIGA", "reference to number 3 of Diktum KESATU, which does not exist"),
        ("Diktum KELIMA", "reference to Lampiran III, which does not exist"),
    ]


def test_str002_right(data) -> None:
    def change(d):
        d["diktum"][2]["teks"] = "Tugas Tim sebagaimana dimaksud dalam Diktum KESATU angka 1 dan angka 2, adalah:"

    assert findings(edited(data, change), "STR002") == []


def test_str002_menimbang_referring_to_itself(data) -> None:
    k = edited(
        data,
        lambda d: d["menimbang"][1].update(
            teks="bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu …."
        ),
    )
    (finding,) = findings(k, "STR002")
    assert finding.message("id") == "Menimbang huruf b merujuk dirinya sendiri"


# -- STR003 attachments ----------------------------------------------------------------


def test_str003_right_and_wrong(data) -> None:
    assert findings(edited(data, lambda d: None), "STR003") == []

    def drop_ii(d):
        for diktum in d["diktum"]:
            diktum["teks"] = diktum["teks"].replace(" dan Rencana Aksi", "").replace("Lampiran II", "Lampiran I")

    found = findings(edited(data, drop_ii), "STR003")
    assert [(f.description("id"), f.text) for f in found] == [("Lampiran II", "Lampiran II")]


def test_str003_a_single_lampiran_may_be_called_lampiran(data) -> None:
    def single(d):
        d["lampiran"] = d["lampiran"][:1]
        d["lampiran"][0]["nomor"] = None
        d["diktum"][1]["teks"] = (
            "Susunan Keanggotaan Tim tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini."
        )

    assert findings(edited(data, single), "STR003") == []


# -- STR004 punctuation ----------------------------------------------------------------


def test_str004_items_titles_and_menetapkan(data) -> None:
    def change(d):
        d["menimbang"][0]["teks"] = d["menimbang"][0]["teks"].rstrip(";") + ","
        d["mengingat"][3]["teks"] = d["mengingat"][3]["teks"].rstrip(".") + ";"
        d["diktum"][2]["rincian"][0]["teks"] = d["diktum"][2]["rincian"][0]["teks"].rstrip(";")
        d["jabatan_pembentuk"] = d["jabatan_pembentuk"].rstrip(",")
        d["menetapkan"] = d["menetapkan"].rstrip(".")

    found = findings(edited(data, change), "STR004")
    assert [f.description("id") for f in found] == [
        "Menimbang huruf a",
        "Mengingat angka 4",
        "Diktum KETIGA angka 1",
        "jabatan pembentuk",
        "Menetapkan",
    ]
    menimbang, mengingat, item, title, menetapkan = found
    assert menimbang.message("id").startswith('butir diakhiri ","')
    assert menimbang.fix.new.endswith(";") and not menimbang.fix.safe
    assert mengingat.message("en").startswith('the last item ends with ";"')
    assert item.fix.safe and item.fix.new == item.fix.old + ";"
    assert title.fix.new.endswith("UTARA,") and title.fix.safe and title.severity.value == "error"
    assert menetapkan.fix.new.endswith("2025.")


def test_str004_colon_without_sub_items(data) -> None:
    k = edited(data, lambda d: d["diktum"][2]["rincian"][1].update(teks="melaksanakan sosialisasi:"))
    (finding,) = findings(k, "STR004")
    assert "titik dua" in finding.message("id")


# -- STR005 bahwa ------------------------------------------------------------------------


def test_str005_wrong_and_right(data) -> None:
    k = edited(data, lambda d: d["menimbang"][0].update(teks=d["menimbang"][0]["teks"].removeprefix("bahwa ")))
    assert [f.description("id") for f in findings(k, "STR005")] == ["Menimbang huruf a"]
    assert findings(edited(data, lambda d: None), "STR005") == []


# -- STR006 Mengingat order ---------------------------------------------------------------


def _basis(jenis: str, nomor: str, tahun: int, label: str) -> dict[str, Any]:
    return {
        "label": label,
        "teks": f"{jenis} Nomor {nomor} Tahun {tahun} tentang …;",
        "peraturan": {"jenis": jenis, "nomor": nomor, "tahun": tahun},
    }


def test_str006_hierarchy_then_chronology(data) -> None:
    def change(d):
        d["mengingat"] = [
            _basis("Undang-Undang", "7", 2017, "1."),
            _basis("Peraturan Presiden", "81", 2010, "2."),
            _basis("Peraturan Pemerintah", "94", 2021, "3."),
            _basis("Peraturan Komisi Pemilihan Umum", "14", 2020, "4."),
            _basis("Peraturan Komisi Pemilihan Umum", "8", 2019, "5."),
        ]

    found = findings(edited(data, change), "STR006")
    assert [(f.description("id"), f.text) for f in found] == [
        ("Mengingat angka 3", "Peraturan Pemerintah Nomor 94 Tahun 2021"),
        ("Mengingat angka 5", "Peraturan Komisi Pemilihan Umum Nomor 8 Tahun 2019"),
    ]
    assert "Peraturan Pemerintah (angka 3) lebih tinggi hierarkinya daripada Peraturan Presiden" in found[0].message(
        "id"
    )


def test_str006_right(data) -> None:
    assert findings(edited(data, lambda d: None), "STR006") == []


# -- STR007 heading consistency -------------------------------------------------------------


def test_str007_lampiran_header_and_menetapkan(data) -> None:
    def change(d):
        d["lampiran"][0]["kepala"] = {
            "keputusan": "KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN PENAJAM PASER UTARA",
            "nomor": "43",
            "tahun": 2025,
            "tentang": d["kepala"]["tentang"].lower(),  # case and spacing do not matter
        }
        d["menetapkan"] = d["menetapkan"].replace("TAHUN 2025.", "TAHUN 2024.")

    found = findings(edited(data, change), "STR007")
    assert [(f.description("id"), f.text) for f in found] == [
        ("Menetapkan", found[0].text),
        ("Lampiran I, kepala lampiran, nomor", "43"),
    ]
    assert found[0].text.endswith("TAHUN 2024")
    assert found[1].fix.new == "42"


# -- STR008 dates ---------------------------------------------------------------------------


def test_str008_memperhatikan_after_enactment_and_targets(data) -> None:
    def change(d):
        d["memperhatikan"][1]["dokumen"]["tanggal"] = "2025-09-10"
        rows = d["lampiran"][1]["bagian"][0]["baris"]
        rows[0]["target_waktu"] = "Januari 2026"
        rows[1]["target_waktu"] = "Agustus 2025"

    found = findings(edited(data, change), "STR008")
    assert [(f.description("id"), f.text) for f in found] == [
        ("Memperhatikan angka 2", "10 September 2025"),
        ("Lampiran II, bagian I, baris 1, target waktu", "Januari 2026"),
        ("Lampiran II, bagian I, baris 2, target waktu", "Agustus 2025"),
    ]
    assert "sesudah keputusan ditetapkan (8 September 2025)" in found[0].message("id")
    assert "outside the budget year 2025" in found[1].message("en")
    assert "ends before the decree was enacted" in found[2].message("en")


# -- STR009 figure and words ---------------------------------------------------------------


def test_str009_text_and_target(data) -> None:
    def change(d):
        d["diktum"][2]["rincian"][3]["teks"] = d["diktum"][2]["rincian"][3]["teks"].replace("3 (tiga)", "3 (empat)")
        d["lampiran"][1]["bagian"][0]["baris"][0]["target_capaian"] = "2 (satu) Dokumen"

    found = findings(edited(data, change), "STR009")
    assert [(f.description("id"), f.text) for f in found] == [
        ("Diktum KETIGA angka 4", "3 (empat)"),
        ("Lampiran II, bagian I, baris 1, target capaian", "2 (satu)"),
    ]
    assert found[0].message("id") == 'angka 3 ditulis dengan huruf "empat"; 3 dibaca "tiga"'
    assert found[0].fix == zi_docs.checks.Fix("(empat)", "(tiga)", safe=False)


def test_str009_words_that_are_not_numbers_are_left_alone(data) -> None:
    k = edited(
        data, lambda d: d["diktum"][4].update(teks="berlaku sampai 2025 (Kartu Kendali) dan 12 (dua belas) bulan.")
    )
    assert findings(k, "STR009") == []


# -- STR010 certified copy --------------------------------------------------------------------


def test_str010_wrong_and_right(data) -> None:
    assert findings(edited(data, lambda d: None), "STR010") == []

    def change(d):
        d["salinan"]["jabatan"] = "H. Kasubbag Teknis Penyelenggaraan Pemilu dan Hukum,"
        d["lampiran"][0]["salinan"]["nama"] = None
        d["lampiran"][1]["salinan"]["jabatan"] = None

    found = findings(edited(data, change), "STR010")
    assert [f.description("en") for f in found] == [
        "certified-copy block, jabatan",
        "Lampiran I, certified-copy block, nama",
        "Lampiran II, certified-copy block",
    ]


# -- STR011 signature title ---------------------------------------------------------------------


def test_str011_wrong_and_right(data) -> None:
    assert findings(edited(data, lambda d: None), "STR011") == []

    def change(d):
        d["penetapan"]["jabatan"] = "KETUA KOMISI PEMILIHAN UMUM KABUPATEN PASER"
        d["lampiran"][0]["penandatanganan"]["jabatan"] = "a.n. " + d["jabatan_pembentuk"]

    found = findings(edited(data, change), "STR011")
    assert [(f.description("id"), f.message("id")[:40]) for f in found] == [
        ("penandatanganan, jabatan", "jabatan penanda tangan tidak diakhiri ko"),
        ("penandatanganan, jabatan", "jabatan penanda tangan berbeda dari jaba"),
    ]
    assert found[0].fix.new == "KETUA KOMISI PEMILIHAN UMUM KABUPATEN PASER," and found[0].fix.safe


# -- robustness -----------------------------------------------------------------------------------


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(k=keputusan())
def test_structure_rules_never_raise_on_arbitrary_decrees(k) -> None:
    for finding in check(k, config=STR_ONLY):
        assert finding.rule.startswith("STR") and finding.rule in all_rules()
        assert finding.message("id") and finding.message("en") and finding.description("en")


def test_structure_rules_on_realworld_decrees_do_not_raise() -> None:
    from conftest import ROOT

    for path in sorted((ROOT / "tests" / "fixtures" / "realworld").glob("*.txt")):
        result = read(path)
        for finding in check(result.keputusan, source_map=result.source_map, config=STR_ONLY):
            assert finding.text is not None


def test_kanim_1633_diktum_referring_to_itself() -> None:
    from conftest import ROOT

    result = read(ROOT / "tests/fixtures/realworld/kanim-surabaya-keputusan-w15-imi-1633-2019-rencana-aksi-zi.txt")
    found = check(result.keputusan, config=CheckConfig(select=["STR002"]))
    assert [(f.description("id"), f.text) for f in found] == [("Diktum KESATU", "diktum kesatu")]


def test_bpatp_124_lampiran_header_with_another_month() -> None:
    from conftest import ROOT

    result = read(ROOT / "tests/fixtures/realworld/bpatp-kementan-keputusan-124-2021-standar-pelayanan-publik.txt")
    found = check(result.keputusan, config=CheckConfig(select=["STR007"]))
    nomor = [f for f in found if f.path.endswith("kepala.nomor")]
    assert [(f.text, f.fix.new) for f in nomor] == [("124/KPTS/OT.080/H.1.1/01/2021", "124/KPTS/OT.080/H.1.1/07/2021")]


def test_polban_154_pp_after_perpres() -> None:
    from conftest import ROOT

    result = read(ROOT / "tests/fixtures/realworld/polban-keputusan-direktur-b-154-2023-tim-kerja-zi-wbbm.txt")
    found = check(result.keputusan, config=CheckConfig(select=["STR006"]))
    assert any("Peraturan Pemerintah" in f.message("id") and "Peraturan Presiden" in f.message("id") for f in found)


# -- STR012 PERTAMA in a KPU decree -------------------------------------------------------------


def test_str012_pertama_in_a_kpu_decree(data) -> None:
    assert findings(edited(data, lambda d: None), "STR012") == []
    k = edited(data, lambda d: d["diktum"][0].update(label="PERTAMA"))
    (finding,) = findings(k, "STR012")
    assert finding.description("id") == "Diktum PERTAMA" and finding.fix.new == "KESATU"
    assert finding.severity.value == "warning"


def test_str012_other_agencies_may_use_pertama(data) -> None:
    def change(d):
        d["diktum"][0]["label"] = "PERTAMA"
        d["kepala"]["instansi"] = "BALAI PENGELOLA ALIH TEKNOLOGI PERTANIAN"
        d["jabatan_pembentuk"] = "KEPALA BALAI PENGELOLA ALIH TEKNOLOGI PERTANIAN,"

    assert findings(edited(data, change), "STR012") == []
