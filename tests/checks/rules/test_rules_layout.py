"""Layout rules of issue 15: list markers by level (STR018), closing punctuation of nested lists
(STR004), the keywords' colon (STR019), the enactment's date (STR020), the signatory's name
(STR021), the year of the title (STR022), impossible NIPs (ORG008), and the heading's Nomor in
every Lampiran (STR007) — each on the published seed and the real decrees it was measured on."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import PUBLISHED, edited, findings_of
from hypothesis import HealthCheck, given, settings
from strategies import keputusan, plausible_keputusan

from zi_docs.checks import CheckConfig, check
from zi_docs.checks.rules.people.org008_invalid_nip import problems
from zi_docs.checks.rules.structure.str021_signature_name_form import degrees
from zi_docs.checks.run import check_file
from zi_docs.readers import read
from zi_docs.rendering import render_docx_bytes

REALWORLD = Path(__file__).resolve().parents[2] / "fixtures" / "realworld"
LAYOUT = ["STR004", "STR007", "STR018", "STR019", "STR020", "STR021", "STR022", "ORG008"]


def findings(path: Path, *codes: str) -> list:
    return [f for f in check_file(path, CheckConfig(select=list(codes))).findings if f.rule in codes]


def at(found: list, rule: str, where: str) -> list:
    return [f for f in found if f.rule == rule and f.description("id").startswith(where)]


@pytest.fixture(scope="module")
def published() -> list:
    return findings(PUBLISHED, *LAYOUT)


# STR018 list-marker-level


def test_str018_the_seed_marks_the_fourth_level_like_the_first(published) -> None:
    (f,) = [f for f in published if f.rule == "STR018"]
    assert f.description("id") == "Diktum KEEMPAT angka 2 huruf f angka 3) huruf a"
    assert f.text == "a."
    assert '"a)"' in f.message("id")
    assert f.location is not None and f.location.baris == 107
    assert f.severity.value == "warning"


def test_str018_bracket_levels_inside_dot_levels_pass(example) -> None:
    # The corrected seed: 1. → a. → 1) → a), as KPU decrees print a diktum's list.
    assert findings_of(example, "STR018") == []


def test_str018_a_sub_list_marked_like_its_parent(example) -> None:
    def edit(d):
        d["diktum"][3]["rincian"][1]["rincian"][0]["rincian"][1]["rincian"] = [
            {"label": "1)", "teks": "pimpinan;"},
            {"label": "2)", "teks": "pegawai."},
        ]

    (f,) = findings_of(edited(example, edit), "STR018")
    assert f.path == "diktum[3].rincian[1].rincian[0].rincian[1].rincian[0]"
    assert f.text == "1)" and '"a)"' in f.message("id")


def test_str018_dot_levels_under_dot_levels_are_left_to_the_reader(example) -> None:
    # "a." under "a." is what text readers make of a continued sentence: not judged.
    def edit(d):
        d["diktum"][3]["rincian"][0]["rincian"][0]["rincian"] = [{"label": "a.", "teks": "pimpinan."}]

    assert findings_of(edited(example, edit), "STR018") == []


def test_str018_a_lettered_mengingat_is_only_noted() -> None:
    found = findings(REALWORLD / "bpatp-kementan-keputusan-16-2021-agen-perubahan.txt", "STR018")
    assert [(f.rule, f.text, f.description("id"), f.severity.value) for f in found] == [
        ("STR018", "a.", "Mengingat angka a", "info")
    ]
    found = findings(REALWORLD / "bpatp-kementan-surat-keputusan-42-2021-daftar-informasi-publik.txt", "STR018")
    assert [(f.text, f.description("id"), f.severity.value) for f in found] == [("1.", "Menimbang huruf 1", "info")]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(k=keputusan())
def test_layout_rules_never_raise(k) -> None:
    for f in check(k, config=CheckConfig(select=LAYOUT)):
        assert f.description("id")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(k=plausible_keputusan())
def test_layout_rules_never_raise_on_plausible_decrees(k) -> None:
    for f in check(k, config=CheckConfig(select=LAYOUT)):
        assert f.description("id")


# STR004 closing-punctuation: a nested list closed with "." inside a running enumeration


def test_str004_the_seed_closes_a_sub_list_with_a_full_stop_before_4(published) -> None:
    early = [f for f in published if f.rule == "STR004" and "berlanjut" in f.message("id")]
    assert [(f.text, f.description("id"), f.location.baris) for f in early] == [
        ("membuat inovasi pelayanan.", "Diktum KEEMPAT angka 2 huruf f angka 3) huruf e", 111)
    ]
    assert early[0].fix is not None and early[0].fix.new == "membuat inovasi pelayanan;" and not early[0].fix.safe


def test_str004_team_blocks_closing_with_a_full_stop_pass(example) -> None:
    # "a. Tim Manajemen Perubahan, bertugas: 1) …; … 5) … ." then "b. Tim …": each team's
    # block is a sentence of its own, as KPU decrees print it.
    assert [f for f in findings_of(example, "STR004") if "berlanjut" in f.message("id")] == []
    assert example.diktum[3].rincian[1].rincian[0].rincian[-1].teks.endswith(".")


def test_str004_a_regulations_ayat_is_not_an_enumeration() -> None:
    # Pasal lists hold ayat the model does not keep apart: "." may close an ayat there.
    found = findings(REALWORLD / "kemenhub-peraturan-menteri-pm-2-2025-angkutan-udara.txt", "STR004")
    assert not [f for f in found if "berlanjut" in f.message("id")]


# ORG008 invalid-nip


def test_org008_polban_has_a_nip_with_appointment_month_22() -> None:
    found = findings(REALWORLD / "polban-keputusan-direktur-b-154-2023-tim-kerja-zi-wbbm.txt", "ORG008")
    assert [(f.text, f.path, f.location.baris) for f in found] == [
        ("198101172010220002", "lampiran[0].kelompok[0].anggota[4].nip", 186)
    ]
    assert "bulan pengangkatan 22" in found[0].message("id") and "jenis kelamin 0" in found[0].message("id")
    assert found[0].severity.value == "error"


def test_org008_a_nip_with_a_digit_lost() -> None:
    (f,) = findings(REALWORLD / "bpatp-kementan-keputusan-16-2021-agen-perubahan.txt", "ORG008")
    assert f.text == "19700209200003101" and f.path == "diktum[0].kelompok[0].anggota[1].nip"
    assert "tertulis 17" in f.message("id")


@pytest.mark.parametrize(
    "nip",
    [
        "19660801 198803 1 001",  # the Peraturan Kepala BKN 22/2007 example
        "196405041990031002",
        "199203152022212003",  # a PPPK number: "21" where a CPNS month stands
    ],
)
def test_org008_possible_nips_pass(nip) -> None:
    assert problems(nip, 2025) == []


@pytest.mark.parametrize(
    ("nip", "part"),
    [
        ("19660801 198813 1 001", "bulan pengangkatan 13"),
        ("19661301 198803 1 001", "tanggal lahir"),
        ("19660801 197803 1 001", "kurang dari 15 tahun"),
        ("19660801 198803 3 001", "jenis kelamin 3"),
        ("19900801 202603 1 001", "sesudah tahun keputusan"),
    ],
)
def test_org008_impossible_parts(nip, part) -> None:
    assert any(part in m.id for m in problems(nip, 2025))


def test_org008_nips_in_running_text_are_read(example) -> None:
    def edit(d):
        d["tembusan"] = ["Sdr. Linda Marlis, NIP. 19830231 200912 2 005"]

    (f,) = findings_of(edited(example, edit), "ORG008")
    assert f.path == "tembusan[0]" and f.text == "19830231 200912 2 005"


# STR022 year-mismatch


def test_str022_bpatp_16_speaks_of_its_agents_of_change_of_2017() -> None:
    (f,) = findings(REALWORLD / "bpatp-kementan-keputusan-16-2021-agen-perubahan.txt", "STR022")
    assert f.description("id") == "Menimbang huruf b"
    assert f.text == "Pengelola Alih Teknologi Pertanian tahun 2017"
    assert "tahun 2021" in f.message("id") and f.location.baris == 23


def _menimbang(example, text: str):
    def edit(d):
        d["menimbang"][0]["teks"] = text

    return findings_of(edited(example, edit), "STR022")


def test_str022_other_years_of_other_things_pass(example) -> None:
    place = "di Lingkungan Komisi Pemilihan Umum Kabupaten Penajam Paser Utara"
    for text in (
        # last year's evaluation of the same office
        f"bahwa berdasarkan hasil evaluasi Zona Integritas {place} Tahun 2024 perlu dibentuk Tim;",
        # a period that holds the title's year
        f"bahwa pembangunan Zona Integritas menuju Wilayah Birokrasi Bersih dan Melayani {place} Tahun 2024-2026;",
        # a regulation's year
        (
            "bahwa Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 90 Tahun 2021 "
            "mengatur pembangunan Zona Integritas;"
        ),
        # the place alone before the year
        "bahwa Komisi Pemilihan Umum Kabupaten Penajam Paser Utara Tahun 2024 telah menetapkan Renstra;",
    ):
        assert _menimbang(example, text) == [], text


def test_str022_the_same_subject_with_another_year(example) -> None:
    (f,) = _menimbang(
        example,
        "bahwa dalam rangka pembangunan Zona Integritas menuju Wilayah Birokrasi Bersih dan Melayani di "
        "Lingkungan Komisi Pemilihan Umum Kabupaten Penajam Paser Utara Tahun 2024 perlu dibentuk Tim;",
    )
    assert f.text.endswith("Tahun 2024") and f.fix.new.endswith("Tahun 2025")


# STR021 signature-name-form


def test_str021_the_seeds_lampiran_ii_is_signed_in_mixed_case(published) -> None:
    found = [(f.text, f.path, f.location.baris) for f in published if f.rule == "STR021"]
    assert found == [
        ("Ketua Komisi Pemilihan Umum Kabupaten Penajam Paser Utara,", "lampiran[1].penandatanganan.jabatan", 288),
        ("Ali Yamin Ishak", "lampiran[1].penandatanganan.nama", 293),
    ]
    name = next(f for f in published if f.rule == "STR021" and f.path.endswith("nama"))
    assert name.fix.new == "ALI YAMIN ISHAK" and name.fix.safe


def test_str021_other_offices_print_degrees_their_own_way() -> None:
    # A Kementan office signs "Dr. Ir. Ketut Gede Mudiarta, M.Si" in the decree and its Lampiran alike.
    assert findings(REALWORLD / "bpatp-kementan-keputusan-124-2021-standar-pelayanan-publik.txt", "STR021") == []
    assert findings(REALWORLD / "polban-keputusan-direktur-b-77-2024-maklumat-pelayanan.txt", "STR021") == []


def test_str021_other_offices_sign_every_part_alike(example) -> None:
    def edit(d):
        for where in (d["kepala"], d):
            for key in ("instansi", "jabatan_pembentuk"):
                if key in where:
                    where[key] = where[key].replace("KOMISI PEMILIHAN UMUM", "BADAN PUSAT STATISTIK")
        for block in (d["penetapan"], d["lampiran"][0]["penandatanganan"], d["lampiran"][1]["penandatanganan"]):
            block["jabatan"] = "KEPALA BADAN PUSAT STATISTIK KABUPATEN PENAJAM PASER UTARA,"
            block["nama"] = "Dr. Ali Yamin Ishak, M.Si."
        d["lampiran"][1]["penandatanganan"]["nama"] = "ALI YAMIN ISHAK"

    (f,) = findings_of(edited(example, edit), "STR021")
    assert f.path == "lampiran[1].penandatanganan.nama" and f.related == ("penetapan.nama",)
    assert f.fix.new == "Dr. Ali Yamin Ishak, M.Si." and not f.fix.safe


@pytest.mark.parametrize(("written", "wanted"), [("a/n", "a.n."), ("An.", "a.n."), ("Plh", "Plh."), ("PLT.", "Plt.")])
def test_str021_marks_of_signing_for_another(example, written, wanted) -> None:
    def edit(d):
        d["penetapan"]["jabatan"] = f"{written} KETUA KOMISI PEMILIHAN UMUM KABUPATEN PENAJAM PASER UTARA,"

    (f,) = findings_of(edited(example, edit), "STR021")
    assert (f.path, f.text, f.fix.new, f.fix.safe) == ("penetapan.jabatan", written, wanted, True)


def test_str021_a_mangled_plh_is_str010s(seed) -> None:
    # "H." and "Pih." are no titles at all: STR010 reports them, STR021 does not again.
    assert [f for f in findings_of(seed, "STR021") if "salinan" in f.path] == []


@pytest.mark.parametrize(
    ("nama", "found"),
    [
        ("MARWANSYAH, S.E., M.SI., Ph.D.", "S.E., M.SI., Ph.D."),
        ("Dr. Ir. Ketut Gede Mudiarta, M.Si", "Dr. Ir., M.Si"),
        ("ANDI, SH", "SH"),
        ("H. ALI YAMIN ISHAK", None),
        ("ALI, YUSUF", None),
    ],
)
def test_str021_degrees(nama, found) -> None:
    assert degrees(nama) == found


# STR019 label-colon: judged on the lines as printed, which the reader keeps (ReadResult.printed)


def variant(tmp_path: Path, old: str, new: str) -> Path:
    """The published seed with one printed line changed."""
    text = PUBLISHED.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "variant.txt"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_str019_the_reader_keeps_the_printed_labels() -> None:
    printed = read(PUBLISHED).printed
    assert printed["menimbang"].startswith("Menimbang : a. bahwa")
    assert printed["memperhatikan"] == "Memperhatikan :"
    assert printed["diktum[4]"].startswith("KELIMA : Tim")
    assert printed["penetapan.tanggal"] == "pada tanggal 8 September 2025"


def test_str019_the_seed_and_the_clean_example_pass(example) -> None:
    assert findings(PUBLISHED, "STR019") == []
    assert findings_of(example, "STR019") == []


@pytest.mark.parametrize(
    ("old", "new", "path", "text", "said"),
    [
        ("- Menimbang : a.", "- Menimbang :: a.", "menimbang[0]", "Menimbang ::", "titik dua ganda"),
        ("KEDUA : Susunan", "KEDUA :: Susunan", "diktum[1]", "KEDUA ::", "titik dua ganda"),
        ("KETIGA : Tugas", "KETIGA    Tugas", "diktum[2]", "KETIGA", "tanpa titik dua"),
        ("- Menimbang : a.", "- Menimbang a.", "jabatan_pembentuk", "Menimbang", "tidak terbaca sebagai Menimbang"),
        ("- Mengingat : 1.", "- Mengingat 1.", "menimbang[1]", "Mengingat", "tidak terbaca sebagai Mengingat"),
    ],
)
def test_str019_a_colon_missing_or_doubled(tmp_path, old, new, path, text, said) -> None:
    (f,) = findings(variant(tmp_path, old, new), "STR019")
    assert (f.path, f.text) == (path, text) and said in f.message("id")


def test_str019_a_keyword_alone_on_its_line_is_not_judged() -> None:
    # pdftotext prints the colon column of a regulation apart: "Menimbang" / ": a. bahwa …".
    assert (
        findings(REALWORLD / "pmk-96-2025-perubahan-pmk-237-2022-penelitian-dugaan-pelanggaran-cukai.txt", "STR019")
        == []
    )


def test_str019_bpatp_16_prints_kesatu_without_its_colon() -> None:
    (f,) = findings(REALWORLD / "bpatp-kementan-keputusan-16-2021-agen-perubahan.txt", "STR019")
    assert (f.path, f.text, f.location.baris) == ("diktum[0]", "Kesatu", 58)
    assert f.fix.new == "Kesatu :"


# STR020 date-form


def test_str020_the_seed_is_dated_right() -> None:
    assert findings(PUBLISHED, "STR020") == []


@pytest.mark.parametrize(
    ("new", "text", "fixed", "said"),
    [
        ("pada tanggal, 8 September 2025", "pada tanggal, 8 September 2025", "pada tanggal 8 September 2025", '","'),
        ("pada tanggal 08-09-2025", "08-09-2025", "8 September 2025", "dengan angka"),
        ("pada tanggal 8/9/2025", "8/9/2025", "8 September 2025", "dengan angka"),
        ("pada tanggal 08 September 2025", "08 September 2025", "8 September 2025", "angka nol"),
        ("pada tanggal 8 Sept 2025", "8 Sept 2025", "8 September 2025", "ditulis lengkap"),
        ("pada tanggal 8 Nopember 2025", "8 Nopember 2025", "8 November 2025", "ditulis lengkap"),
    ],
)
def test_str020_the_date_as_written(tmp_path, new, text, fixed, said) -> None:
    (f,) = findings(variant(tmp_path, "pada tanggal 8 September 2025", new), "STR020")
    assert (f.path, f.text, f.fix.new) == ("penetapan.tanggal", text, fixed)
    assert said in f.message("id") and f.severity.value == "warning" and f.location.baris == 124


def test_str020_ditetapkan_di_without_a_place(tmp_path) -> None:
    # The reader takes the title's first line for the place: the rule knows it is none.
    (f,) = findings(variant(tmp_path, "Ditetapkan di Penajam", "Ditetapkan di"), "STR020")
    assert (f.path, f.text) == ("penetapan.tempat", "Ditetapkan di")


def test_str020_colons_aligned_in_a_column_are_only_noted() -> None:
    # "Ditetapkan di      : Bogor / Pada tanggal       : 4 Januari 2021": the office's layout.
    (f,) = findings(REALWORLD / "bpatp-kementan-keputusan-124-2021-standar-pelayanan-publik.txt", "STR020")
    assert f.text == "Pada tanggal : 4 Januari 2021" and f.severity.value == "info"


def test_str020_a_regional_regulation_dated_in_figures() -> None:
    (f,) = findings(REALWORLD / "perda-kab-banjarnegara-8-2025-perubahan-pajak-retribusi-daerah.txt", "STR020")
    assert (f.text, f.fix.new, f.severity.value, f.location.baris) == ("30-12-2025", "30 Desember 2025", "warning", 597)


# STR007: the heading's Nomor (and issuer) repeated in every Lampiran header


def test_str007_bpatp_kpa_18_lampiran_names_another_issuer_and_nomor() -> None:
    found = findings(REALWORLD / "bpatp-kementan-keputusan-kpa-18-2021-satlak-spi.txt", "STR007")
    by_path = {f.path: f for f in found}
    nomor = by_path["lampiran[0].kepala.nomor"]
    assert (nomor.text, nomor.fix.new, nomor.location.baris) == (
        "18/KPTS/KU.040/H.1.1/1/2021",
        "18/Kpts/OT.140/I.1.1/01/2021",
        124,
    )
    issuer = by_path["lampiran[0].kepala.keputusan"]
    assert issuer.text == "KEPUTUSAN KEPALA BALAI PENGELOLA ALIH TEKNOLOGI PERTANIAN"
    assert "KUASA PENGGUNA ANGGARAN" in issuer.message("id") and issuer.location.baris == 122


def test_str007_bpatp_124_lampiran_nomor_with_another_month() -> None:
    found = findings(REALWORLD / "bpatp-kementan-keputusan-124-2021-standar-pelayanan-publik.txt", "STR007")
    (nomor,) = [f for f in found if f.path == "lampiran[0].kepala.nomor"]
    assert (nomor.text, nomor.description("id"), nomor.location.baris) == (
        "124/KPTS/OT.080/H.1.1/01/2021",
        "Lampiran, kepala, nomor",
        105,
    )
    assert "124/KPTS/OT.080/H.1.1/07/2021" in nomor.message("id")


def test_str007_the_seeds_lampiran_repeat_its_nomor(published) -> None:
    assert [f for f in published if f.rule == "STR007" and f.path.endswith("kepala.nomor")] == []


def test_str019_a_pdf_text_layer_losing_colons_is_only_noted() -> None:
    # The scanner's OCR layer of polban 154/2023 drops the colon after KESATU and Menetapkan;
    # the proofread text of the same decree has both.
    found = findings(REALWORLD / "polban-keputusan-b154-2023-tim-kerja-zi-wbbm.pdf", "STR019")
    assert {(f.text, f.severity.value) for f in found} == {("KESATU", "info"), ("Menetapkan", "info")}
    assert findings(REALWORLD / "polban-keputusan-direktur-b-154-2023-tim-kerja-zi-wbbm.txt", "STR019") == []


# A rendered DOCX, read back: the layout rules see what Word shows


def test_layout_rules_on_a_rendered_docx(tmp_path, example) -> None:
    def edit(d):
        d["lampiran"][1]["penandatanganan"]["nama"] = "Ali Yamin Ishak"
        d["salinan"]["nip"] = "198101172010220002"  # the template prints no NIP column in the team table
        sub = d["diktum"][3]["rincian"][1]["rincian"][5]["rincian"][2]["rincian"]
        for item in sub:
            item["label"] = item["label"].replace(")", ".")

    path = tmp_path / "draf.docx"
    path.write_bytes(render_docx_bytes(edited(example, edit)))
    assert read(path).printed["menimbang"].startswith("Menimbang : a.")
    found = findings(path, *LAYOUT)
    assert {(f.rule, f.path, f.text) for f in found} == {
        ("STR021", "lampiran[1].penandatanganan.nama", "Ali Yamin Ishak"),
        ("ORG008", "salinan.nip", "198101172010220002"),
        ("STR018", "diktum[3].rincian[1].rincian[5].rincian[2].rincian[0]", "a."),
    }
    assert all(f.location is not None for f in found)


def test_str018_a_bracketed_list_of_its_parents_kind(example) -> None:
    # "a)" under "a. Tim Manajemen Perubahan": neither a. → 1. → a) nor 1. → a. → 1) → a).
    def edit(d):
        for item in d["diktum"][3]["rincian"][1]["rincian"][0]["rincian"]:
            item["label"] = item["label"].replace("1", "a").replace("2", "b").replace("3", "c")
            item["label"] = item["label"].replace("4", "d").replace("5", "e")

    (f,) = findings_of(edited(example, edit), "STR018")
    assert (f.path, f.text) == ("diktum[3].rincian[1].rincian[0].rincian[0]", "a)")
    assert '"1." atau "1)"' in f.message("id")


def test_str020_a_lampirans_closing_date(tmp_path) -> None:
    path = variant(tmp_path, "Penajam, 8 September 2025  \nKetua", "Penajam, 08 Sept 2025  \nKetua")
    (f,) = findings(path, "STR020")
    assert (f.path, f.text, f.fix.new, f.location.baris) == (
        "lampiran[1].penandatanganan.tanggal",
        "08 Sept 2025",
        "8 September 2025",
        287,
    )
