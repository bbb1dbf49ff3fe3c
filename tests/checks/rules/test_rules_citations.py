"""CIT rules: legal bases that are not regulations, incomplete citations, missing gazettes,
known regulations cited wrong, one regulation cited two ways — on real decrees and on the
bundled example edited the way real decrees go wrong."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import PUBLISHED, edited, findings_of
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import PLAIN_TEXT, keputusan

import zi_docs
from zi_docs.checks import CheckConfig, check
from zi_docs.language.peraturan import catalogue, gazette_of, kind_key, normal_title, rank_of

REALWORLD = Path(__file__).resolve().parents[2] / "fixtures" / "realworld"
CIT = ["CIT001", "CIT002", "CIT003", "CIT004", "CIT005"]


@pytest.fixture(scope="module")
def realworld():
    """The CIT findings of every real decree, read once."""
    found = {}
    for path in sorted(REALWORLD.glob("*.txt")):
        result = zi_docs.check_file(path, CheckConfig(select=["CIT"]))
        assert result.error is None, f"{path.name}: {result.error}"
        found[path.name] = result.findings
    return found


def _of(findings, rule: str, text: str | None = None, where: str | None = None) -> list:
    return [
        f
        for f in findings
        if f.rule == rule and (text is None or text in f.text) and (where is None or f.description("id") == where)
    ]


def _with_mengingat(example, *items: str, at: int | None = None):
    """The example with Mengingat items inserted (before ``at``, or at the end), their
    structure left for the rules to read from the sentence."""

    def edit(data):
        mengingat = data["mengingat"]
        where = len(mengingat) if at is None else at
        for offset, teks in enumerate(items):
            mengingat.insert(where + offset, {"label": None, "teks": teks})
        for number, item in enumerate(mengingat, 1):
            item["label"] = f"{number}."

    return edited(example, edit)


# -- the published seed and the bundled example --------------------------------------


def test_the_seed_cites_its_regulations_rightly(seed) -> None:
    # PKPU 8/2019 and 14/2020 with their amendments, PermenPANRB 90/2021 and 5/2024 and the
    # Keputusan KPU on the reform's technical guidance: kinds, numbers, years, titles and
    # gazettes as their sources have them, so nothing is reported.
    assert [f for f in check(seed, config=CheckConfig(select=["CIT"]))] == []


def test_the_published_seed_file_gives_no_citation_finding() -> None:
    assert zi_docs.check_file(PUBLISHED, CheckConfig(select=["CIT"])).findings == []


def test_the_bundled_example_gives_none(example) -> None:
    assert [f for f in check(example, config=CheckConfig(select=["CIT"]))] == []


# -- CIT002 on the real decree of the brief: "Undang-Undang RI Nomor Tahun 1974" ------


def test_bpatp_21_number_left_out_is_found_with_the_number_the_catalogue_knows(realworld) -> None:
    findings = realworld["bpatp-kementan-keputusan-21-2021-kode-etik-pegawai.txt"]
    (f,) = _of(findings, "CIT002", "Nomor Tahun 1974")
    assert f.text == "Undang-Undang RI Nomor Tahun 1974"
    assert f.description("id") == "Mengingat angka a" and f.path == "mengingat[0]"
    assert f.severity.value == "error"
    assert "Undang-Undang Nomor 8 Tahun 1974 tentang Pokok-Pokok Kepegawaian" in f.message("id")
    assert f.fix is not None and f.fix.new == "Undang-Undang RI Nomor 8 Tahun 1974" and not f.fix.safe
    assert f.location is not None and f.location.baris
    # its "juncto" law, and PP 45/1990 after PP 10/1983, are cited without a title
    assert _of(findings, "CIT002", "Nomor 43 Tahun 1999", "Mengingat angka a")
    assert _of(findings, "CIT002", "Nomor 45 Tahun 1990", "Mengingat angka c")
    # "Lembar Negara" for "Lembaran Negara"
    lembar = _of(findings, "CIT003", "Lembar")
    assert {f.description("id") for f in lembar} >= {"Mengingat angka a", "Mengingat angka c"}
    assert all(f.fix.new == "Lembaran" and f.fix.safe and f.severity.value == "warning" for f in lembar)


def test_cit002_no_colon_abbreviations_and_lost_years_in_real_decrees(realworld) -> None:
    spi = realworld["bpatp-kementan-keputusan-kpa-18-2021-satlak-spi.txt"]
    assert _of(spi, "CIT002", "Nomor :", "Mengingat angka 4")[0].fix.new == "Nomor"
    assert _of(spi, "CIT002", "Undang-undang Republik Indonesia nomor 20 tahun 2001", "Mengingat angka 2")
    ppid = realworld["bpatp-kementan-keputusan-14-2020-penetapan-ppid.txt"]
    (short,) = _of(ppid, "CIT002", "Permentan 25")
    assert short.fix.new == "Peraturan Menteri Pertanian Nomor 25" and short.fix.safe
    service = realworld["bpatp-kementan-keputusan-124-2021-standar-pelayanan-publik.txt"]
    assert {f.text for f in _of(service, "CIT002")} == {"No 7", "No. 77"}
    maklumat = realworld["bpatp-kementan-surat-keputusan-104-2021-maklumat-pelayanan.txt"]
    (year,) = [f for f in _of(maklumat, "CIT002") if "tahun" in f.message("id")]
    assert "61/Permentan/OT.140/10/201" in year.message("id")  # the number's year is cut to "201"


def test_cit002_leaves_a_scanned_year_alone(realworld) -> None:
    # "Nomor 2g Tatrun lggg", "Tahun 2Ol9": the scanner's, not the drafter's.
    ocr = realworld["perbup-tapin-2019-dana-desa-ocr-mislabeled-pmk-015-2025.txt"]
    assert _of(ocr, "CIT002") == []


# -- CIT001 ---------------------------------------------------------------------------


def test_cit001_instructions_and_budget_documents_in_real_decrees(realworld) -> None:
    polban = realworld["polban-keputusan-direktur-b-154-2023-tim-kerja-zi-wbbm.txt"]
    (f,) = _of(polban, "CIT001")
    assert f.description("id") == "Mengingat angka 13" and f.text.startswith("Instruksi Presiden")
    spi = realworld["bpatp-kementan-keputusan-kpa-18-2021-satlak-spi.txt"]
    assert {f.description("id") for f in _of(spi, "CIT001")} == {"Mengingat angka 5", "Mengingat angka 11"}
    # Keputusan Presiden on the cabinet and on the appointment of officials: the signatory's
    # ground of authority, which offices cite and reviewers accept.
    kode_etik = realworld["bpatp-kementan-keputusan-21-2021-kode-etik-pegawai.txt"]
    assert _of(kode_etik, "CIT001") == []


def test_cit001_kinds_that_stand_and_kinds_that_do_not(example) -> None:
    right = _with_mengingat(
        example,
        "Keputusan Presiden Nomor 84/P Tahun 2009 tentang Pembentukan Kabinet Indonesia Bersatu II;",
        "Keputusan Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi Nomor 65122/MPK.A/KP.06.02/2022 tentang "
        "Pengangkatan Direktur Politeknik Negeri Bandung Periode Tahun 2022-2026;",
    )
    assert findings_of(right, "CIT001") == []
    wrong = _with_mengingat(
        example,
        "Surat Edaran Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 20 Tahun 2021 tentang "
        "Implementasi Core Values;",
        "Nota Dinas Sekretaris Nomor 12/ND/2025 tanggal 3 Maret 2025 perihal Zona Integritas;",
        "Surat Keputusan Sekretaris Nomor 7 Tahun 2024 tentang Panitia Penilaian Zona Integritas;",
    )
    found = {f.description("id"): f for f in findings_of(wrong, "CIT001")}
    assert "adalah Surat Edaran Menteri Pendayagunaan" in found["Mengingat angka 5"].message("id")
    assert "nota dinas" in found["Mengingat angka 6"].message("id")
    assert found["Mengingat angka 7"].severity.value == "info" and "beschikking" in found["Mengingat angka 7"].message(
        "id"
    )


# -- CIT003 ---------------------------------------------------------------------------


def test_cit003_wrong_gazette_and_missing_gazette_in_real_decrees(realworld) -> None:
    kanim = realworld["kanim-surabaya-keputusan-w15-imi-1144-2019-tim-agen-perubahan.txt"]
    wrong = [f for f in _of(kanim, "CIT003") if f.severity.value == "warning"]
    assert {f.description("id") for f in wrong} == {"Mengingat angka 10", "Mengingat angka 11"}
    assert all("Berita Negara, bukan Lembaran Negara" in f.message("id") for f in wrong)
    service = realworld["bpatp-kementan-keputusan-124-2021-standar-pelayanan-publik.txt"]
    missing = _of(service, "CIT003")
    assert {f.text for f in missing} == {
        "Undang-Undang Republik Indonesia Nomor 5 Tahun 2014",
        "Peraturan Pemerintah Nomor 61 Tahun 2010",
        "Peraturan Pemerintah Nomor 96 Tahun 2012",
    }
    assert all(f.severity.value == "info" for f in missing)
    # A decree that gives no gazette for any regulation follows its own style: not told.
    assert _of(realworld["bpatp-kementan-keputusan-kpa-18-2021-satlak-spi.txt"], "CIT003") == []


def test_cit003_only_where_the_decree_or_the_profile_expects_gazettes(example) -> None:
    law = "Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum;"
    decree = _with_mengingat(example, law, at=0)
    # The example gives the Berita Negara for its PKPU, but no Lembaran Negara for anything.
    assert findings_of(decree, "CIT003") == []
    (f,) = findings_of(decree, "CIT003", profile="peraturan")
    assert f.text == "Undang-Undang Nomor 7 Tahun 2017" and f.severity.value == "info"
    # An older Perpres without one is no mistake (UU 12/2011 made it the rule).
    old = _with_mengingat(
        example, "Peraturan Presiden Nomor 81 Tahun 2010 tentang Grand Design Reformasi Birokrasi 2010-2025;", at=0
    )
    assert findings_of(old, "CIT003", profile="peraturan") == []


# -- CIT004 ---------------------------------------------------------------------------


def test_cit004_wrong_titles_gazettes_and_numbers_in_real_decrees(realworld) -> None:
    polban = realworld["polban-keputusan-direktur-b-154-2023-tim-kerja-zi-wbbm.txt"]
    kpk = _of(polban, "CIT004", "Komisi Tindak Pidana Korupsi", "Mengingat angka 3")[0]
    assert '"Komisi Pemberantasan Tindak Pidana Korupsi"' in kpk.message("id") and kpk.severity.value == "warning"
    assert _of(polban, "CIT004", "Sistem Pengendalian Internal Pemerintah", "Mengingat angka 7")
    (typo,) = _of(polban, "CIT004", "Stategi")
    assert typo.severity.value == "info"  # one letter: reported, and left to the spelling rules to weigh
    # UU 28/1999 as "Penyelenggara Negara …", PermenPANRB 90/2021 with "(WBK)": written right.
    assert not _of(polban, "CIT004", where="Mengingat angka 1") and not _of(
        polban, "CIT004", where="Mengingat angka 17"
    )
    service = realworld["bpatp-kementan-keputusan-124-2021-standar-pelayanan-publik.txt"]
    (tln,) = _of(service, "CIT004", "Tambahan Lembaran Negara Nomor 3058")
    assert "5038" in tln.message("id") and tln.fix.new == "5038"
    spi = realworld["bpatp-kementan-keputusan-kpa-18-2021-satlak-spi.txt"]
    (number,) = _of(spi, "CIT004", "Peraturan Pemerintah nomor 60/M tahun 2008")
    assert '"60", bukan "60/M"' in number.message("id")
    kanim = realworld["kanim-surabaya-keputusan-w15-imi-1633-2019-rencana-aksi-zi.txt"]
    (tipikor,) = _of(kanim, "CIT004", where="Mengingat angka 2")
    assert "Perubahan atas Undang-Undang Nomor 31 Tahun 1999" in tipikor.message("id")


def test_cit004_a_title_alone_does_not_name_the_regulation(realworld) -> None:
    # PP 53/2010 and PP 94/2021 share "Disiplin Pegawai Negeri Sipil", UU 32/2004 and UU 23/2014
    # "Pemerintahan Daerah": an older regulation is not a wrong number of the newer one.
    assert _of(realworld["bpatp-kementan-keputusan-21-2021-kode-etik-pegawai.txt"], "CIT004", "Nomor 53") == []
    assert _of(realworld["perwali-surakarta-2013-raskinda-ocr-mislabeled-pmk-001-2025.txt"], "CIT004") == []


def test_cit004_wrong_kind_and_wrong_year(example) -> None:
    decree = _with_mengingat(
        example,
        "Undang-Undang Nomor 25 Tahun 2019 tentang Pelayanan Publik (Lembaran Negara Republik Indonesia Tahun 2009 "
        "Nomor 112, Tambahan Lembaran Negara Republik Indonesia Nomor 5038);",
        "Keputusan Presiden Nomor 54 Tahun 2018 tentang Strategi Nasional Pencegahan Korupsi;",
        at=0,
    )
    found = {f.description("id"): f for f in findings_of(decree, "CIT004")}
    assert "bertahun 2009, bukan 2019" in found["Mengingat angka 1"].message("id")
    assert "adalah Peraturan Presiden, bukan Keputusan Presiden" in found["Mengingat angka 2"].message("id")


# -- CIT005 ---------------------------------------------------------------------------


def test_cit005_the_amended_regulation_of_a_real_perda(realworld) -> None:
    perda = realworld["perda-kab-banjarnegara-8-2025-perubahan-pajak-retribusi-daerah.txt"]
    year = [f for f in _of(perda, "CIT005") if "bertahun" in f.message("id")]
    # The heading and Menimbang c amend Perda 8/2023; Mengingat 11 and Pasal I write 8/2025.
    # Reported once, where the year differs from the one most citations give (here 2025).
    (f,) = year
    assert f.description("id") == "Menimbang huruf c" and "2023" in f.text
    assert "2025 di Mengingat angka 11" in f.message("id") and f.related == ("mengingat[10]",)
    # UU 1/2022: "Pemerintahan Daerah" in Menimbang, "Pemerintah Daerah" in Mengingat
    (title,) = [f for f in _of(perda, "CIT005") if "berjudul" in f.message("id")]
    assert "Pemerintah Daerah" in title.message("id") and "Pemerintahan Daerah" in title.message("id")


def test_cit005_a_title_running_on_in_the_recitals_is_the_same_title(example) -> None:
    def edit(data):
        data["menimbang"][1]["teks"] = (
            "bahwa untuk melaksanakan Peraturan Komisi Pemilihan Umum Nomor 8 Tahun 2019 tentang Tata Kerja Komisi "
            "Pemilihan Umum, Komisi Pemilihan Umum Provinsi, dan Komisi Pemilihan Umum Kabupaten/Kota, perlu "
            "menetapkan Keputusan Komisi Pemilihan Umum Kabupaten Penajam Paser Utara tentang Pembentukan Tim;"
        )

    assert findings_of(edited(example, edit), "CIT005") == []


# -- the catalogue and the kinds -------------------------------------------------------


def test_every_catalogue_entry_has_a_source_and_one_key() -> None:
    book = catalogue()
    assert len(book.entries) >= 30
    keys = [entry.key for entry in book.entries]
    assert len(keys) == len(set(keys))
    for entry in book.entries:
        assert entry.sumber.startswith("http"), entry
        assert rank_of(entry.jenis) is not None, entry
        assert entry.media in (None, gazette_of(entry.jenis)), entry
    for wanted in [("Undang-Undang", "7", 2017), ("Undang-Undang", "20", 2023), ("Peraturan Pemerintah", "60", 2008)]:
        assert book.get(*wanted) is not None, wanted
    assert book.get("Permenpan RB", "90", 2021).judul.startswith("Pembangunan dan Evaluasi Zona Integritas")
    assert book.get("PKPU", "14", 2020) is not None


def test_kinds_are_one_however_written() -> None:
    assert kind_key("Undang-undang RI") == kind_key("UU") == kind_key("Undang Undang Republik Indonesia")
    assert kind_key("Peraturan KPU") == kind_key("PKPU") == kind_key("Peraturan Komisi Pemilihan Umum RI")
    assert rank_of("Peraturan Pemerintah Pengganti Undang-Undang")[0] == rank_of("Undang-Undang")[0] == 2
    assert rank_of("Peraturan Presiden")[0] < rank_of("Peraturan Komisi Pemilihan Umum")[0]
    assert normal_title("Grand Design Reformasi Birokrasi 2010 – 2025") == normal_title(
        "Grand Design Reformasi Birokrasi 2010-2025"
    )


# -- never raise ------------------------------------------------------------------------

_PIECES = st.sampled_from(
    [
        "Undang-Undang",
        "Peraturan Menteri",
        "Keputusan Presiden",
        "Instruksi",
        "Surat Edaran",
        "PKPU",
        "UU",
        "Nomor",
        "No.",
        "nomor:",
        "Tahun",
        "2Ol9",
        "2017",
        "7",
        "14/PMK.04/",
        "tentang",
        "(",
        ")",
        "Lembaran Negara",
        "Berita Negara",
        "Tambahan",
        "sebagaimana telah diubah dengan",
        "juncto",
        ";",
        ",",
        "Pemilihan Umum",
    ]
)
_MENGINGAT_TEXT = st.lists(st.one_of(_PIECES, PLAIN_TEXT), min_size=0, max_size=14).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(items=st.lists(_MENGINGAT_TEXT, min_size=1, max_size=4), recital=_MENGINGAT_TEXT)
def test_cit_rules_never_raise_on_any_mengingat_text(example, items, recital) -> None:
    def edit(data):
        data["mengingat"] = [{"label": f"{i + 1}.", "teks": teks} for i, teks in enumerate(items)]
        data["menimbang"][0]["teks"] = recital

    for f in check(edited(example, edit), config=CheckConfig(select=CIT)):
        assert f.description("id") and f.message("id") and f.message("en")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(k=keputusan())
def test_cit_rules_never_raise_on_arbitrary_decrees(k) -> None:
    for f in check(k, config=CheckConfig(select=CIT)):
        assert f.description("id")


def test_cit005_a_perppu_made_law_repeats_the_amended_title(example) -> None:
    decree = _with_mengingat(
        example,
        "Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum (Lembaran Negara Republik Indonesia Tahun 2017 "
        "Nomor 182, Tambahan Lembaran Negara Republik Indonesia Nomor 6109) sebagaimana telah diubah dengan "
        "Undang-Undang Nomor 7 Tahun 2023 tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 1 "
        "Tahun 2022 tentang Perubahan atas Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum Menjadi "
        "Undang-Undang (Lembaran Negara Republik Indonesia Tahun 2023 Nomor 54, Tambahan Lembaran Negara Republik "
        "Indonesia Nomor 6863);",
        at=0,
    )
    assert [f for f in check(decree, config=CheckConfig(select=CIT)) if f.severity.value != "info"] == []


def test_a_scanners_text_layer_gives_slips_softly_and_wrong_titles_loudly() -> None:
    # The original of the polban decree, with its scanner's OCR text: "Nepotisore",
    # "Titldak", "2O2 1", "te'rt^ng", a page's catchword "Peraturan. . ." kept as an item.
    scan = REALWORLD / "polban-keputusan-b154-2023-tim-kerja-zi-wbbm.pdf"
    findings = zi_docs.check_file(scan, CheckConfig(select=["CIT"])).findings
    loud = {(f.rule, f.description("id")) for f in findings if f.severity.value != "info"}
    assert loud == {("CIT004", "Mengingat angka 3"), ("CIT001", "Mengingat angka 13")}
    assert {f.text for f in findings if f.rule == "CIT004" and f.severity.value == "info"} >= {
        "Pemberantasan Titldak Pidana Korupsi"
    }


def test_a_rendered_decree_read_back_shows_the_citation_mistakes_in_place(example, tmp_path) -> None:
    from zi_docs.rendering import render_docx_bytes

    decree = _with_mengingat(
        example,
        "UU No. 7 Tahun 2017 tentang Pemilihan Umum (Lembaran Negara Republik Indonesia Tahun 2017 Nomor 182, "
        "Tambahan Lembaran Negara Republik Indonesia Nomor 6019);",
        "Instruksi Presiden Nomor 2 Tahun 2014 tentang Aksi Pencegahan dan Pemberantasan Korupsi;",
        at=0,
    )
    path = tmp_path / "keputusan.docx"
    path.write_bytes(render_docx_bytes(decree))
    result = zi_docs.check_file(path, CheckConfig(select=["CIT"]))
    found = {(f.rule, f.description("id"), f.text) for f in result.findings}
    assert ("CIT002", "Mengingat angka 1", "UU") in found and ("CIT002", "Mengingat angka 1", "No. 7") in found
    assert ("CIT004", "Mengingat angka 1", "Tambahan Lembaran Negara Republik Indonesia Nomor 6019") in found
    assert any(rule == "CIT001" and where == "Mengingat angka 2" for rule, where, _ in found)
    assert all(f.location is not None for f in result.findings)
    # and the safe fixes mend the document itself
    fixed = tmp_path / "diperbaiki.docx"
    zi_docs.fix_file(path, fixed, config=CheckConfig(select=["CIT002"]))
    again = zi_docs.check_file(fixed, CheckConfig(select=["CIT002"])).findings
    assert again == []
    assert zi_docs.read(fixed).keputusan.mengingat[0].teks.startswith("Undang-Undang Nomor 7 Tahun 2017")
