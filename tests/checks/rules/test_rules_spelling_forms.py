"""Word forms (issue 15): bound forms (EJA014), di- written apart (EJA015), unmelted
meN-/peN- (EJA016), scan letter swaps (EJA017), words run into numbers (EJA006),
capitalised typos (EJA001), a team named several ways (NAM002) and the larger table of
non-standard forms (EJA002) — on the published seed, real decrees, and written cases."""

from __future__ import annotations

import glob
from pathlib import Path

import pytest
from conftest import EXAMPLE, PUBLISHED, ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import zi_docs
from zi_docs.checks import CheckConfig, check
from zi_docs.language.spelling import bound_apart, bound_hyphenated, kamus, prefix_apart, scan_swap, unmelted
from zi_docs.model import Keputusan
from zi_docs.readers import read

REALWORLD = ROOT / "tests" / "fixtures" / "realworld"
POLBAN_TXT = REALWORLD / "polban-keputusan-direktur-b-154-2023-tim-kerja-zi-wbbm.txt"
POLBAN_PDF = REALWORLD / "polban-keputusan-b154-2023-tim-kerja-zi-wbbm.pdf"
CODES = ["EJA001", "EJA002", "EJA006", "EJA014", "EJA015", "EJA016", "EJA017", "NAM002"]


def decree(*texts: str, rincian: list[str] | None = None) -> Keputusan:
    items = [{"label": f"{i + 1})", "teks": t} for i, t in enumerate(rincian or [])]
    return Keputusan.model_validate(
        {
            "kepala": {
                "instansi": "KOMISI PEMILIHAN UMUM KABUPATEN PENAJAM PASER UTARA",
                "nomor": "1",
                "tahun": 2025,
                "tentang": "PEMBENTUKAN TIM",
            },
            "jabatan_pembentuk": "KETUA KOMISI PEMILIHAN UMUM KABUPATEN PENAJAM PASER UTARA,",
            "diktum": [{"label": "KESATU", "teks": t, "rincian": items if i == 0 else []} for i, t in enumerate(texts)],
        }
    )


def found(k: Keputusan, code: str) -> list:
    return [f for f in check(k, config=CheckConfig(select=[code])) if f.rule == code]


def texts(k: Keputusan, code: str) -> list[str]:
    return [f.text for f in found(k, code)]


# ---------------------------------------------------------------- the published seed
@pytest.fixture(scope="module")
def seed():
    result = read(PUBLISHED)
    return check(result.keputusan, source_map=result.source_map, config=CheckConfig(select=CODES))


def at(findings, code: str, text: str, place: str) -> list:
    return [f for f in findings if f.rule == code and f.text == text and f.description("id") == place]


@pytest.mark.parametrize(
    ("code", "text", "place", "new"),
    [
        ("EJA014", "Sub Bagian", "Lampiran I, Tim Manajemen Perubahan, baris 1, jabatan", "Subbagian"),
        ("EJA014", "Sub Bagian", "Lampiran I, Tim Penguatan Pengawasan, baris 1, jabatan", "Subbagian"),
        ("EJA014", "anti gratifikasi", "Lampiran II, bagian II, baris 5, indikator", "antigratifikasi"),
        ("EJA014", "anti gratifikasi", "Lampiran II, bagian II, baris 5, langkah aksi", "antigratifikasi"),
        ("EJA014", "Sub Unsur", "Lampiran II, bagian V, baris 1, bukti fisik", "Subunsur"),
        ("EJA015", "di proses", "Lampiran II, bagian VI, baris 2, langkah aksi", "diproses"),
        ("EJA015", "keseluruhan pegawai", "Lampiran II, bagian II, baris 1, indikator", "ke seluruh pegawai"),
        ("EJA015", "keseluruhan masyarakat", "Lampiran II, bagian II, baris 2, indikator", "ke seluruh masyarakat"),
        ("EJA016", "mensosialisasikan", "Lampiran II, bagian I, baris 2, langkah aksi", "menyosialisasikan"),
        ("EJA016", "Mengkomunikasikan", "Lampiran II, bagian V, baris 4, indikator", "Mengomunikasikan"),
    ],
)
def test_seed_mistakes(seed, code, text, place, new):
    (hit,) = at(seed, code, text, place)
    assert hit.fix is not None and hit.fix.new == new
    assert hit.location is not None and hit.location.baris  # a line of the published text


def test_seed_words_are_reported_once(seed):
    # "Sub BagianPartisipasi" is EJA006's and NAM002's: EJA014 leaves it alone
    assert not [f for f in seed if f.rule == "EJA014" and "Partisipasi" in f.text]
    assert at(
        seed,
        "EJA006",
        "BagianPartisipasi",
        "Lampiran I, Tim Penataan Sistem Manajemen Sumber Daya Manusia, baris 1, jabatan",
    )
    # "Sub Bagian" against nowhere-written "Subbagian" is no second unit title for NAM002
    assert not [f for f in seed if f.rule == "NAM002" and f.text == "Sub Bagian"]
    # the peluluhan moved from EJA002 to EJA016: one report per word
    words = [(f.rule, f.text, f.path) for f in seed if f.text in ("mensosialisasikan", "Mengkomunikasikan")]
    assert sorted(rule for rule, _, _ in words) == ["EJA016", "EJA016"]
    # the seed's safe fixes: Subbagian is certain, antigratifikasi needs a look (anti is a word too)
    fixes = {(f.rule, f.text): f.fix for f in seed if f.fix}
    assert fixes[("EJA014", "Sub Bagian")].safe and not fixes[("EJA014", "anti gratifikasi")].safe
    assert not fixes[("EJA015", "keseluruhan pegawai")].safe


def test_the_clean_example_has_none_of_these(example):
    assert [(f.rule, f.text) for f in check(example, config=CheckConfig(select=CODES))] == []


# ---------------------------------------------------------------- real decrees
@pytest.fixture(scope="module")
def polban():
    result = read(POLBAN_TXT)
    return check(result.keputusan, source_map=result.source_map, config=CheckConfig(select=CODES))


def test_polban_capitalised_typos_are_found(polban):
    (inspetorat,) = at(polban, "EJA001", "Inspetorat", "Diktum KEDUA angka 6")
    assert inspetorat.fix.new == "Inspektorat" and inspetorat.severity.value == "warning"
    (stategi,) = at(polban, "EJA001", "Stategi", "Mengingat angka 11")
    assert stategi.fix.new == "Strategi"


def test_polban_team_written_three_ways(polban):
    team = [f for f in polban if f.rule == "NAM002" and f.text.casefold().startswith("tim")]
    assert {(f.description("id"), f.path) for f in team} == {
        ("Menetapkan", "menetapkan"),
        ("Diktum KESATU", "diktum[0].teks"),
    }
    kesatu = next(f for f in team if f.path == "diktum[0].teks")
    # a word dropped ("Kerja") and two swapped ("dan Bersih"), against the heading's form
    assert kesatu.text.startswith("Tim Pembangunan Zona Integritas Menuju Wilayah Birokrasi dan Bersih")
    assert "TIM KERJA PEMBANGUNAN ZONA INTEGRITAS" in kesatu.message("id")
    assert kesatu.related == ("kepala.tentang",)
    menetapkan = next(f for f in team if f.path == "menetapkan")
    assert "BERSIH MELAYANI/WBBM" in menetapkan.text  # "DAN" dropped
    # "Tim Kerja Pembangunan ZI menuju WBBM" (Menimbang b) is the same name with its acronyms
    assert not [f for f in team if f.path.startswith("menimbang")]


def test_polban_scan_letter_swaps():
    result = read(POLBAN_PDF)
    findings = check(result.keputusan, source_map=result.source_map, config=CheckConfig(select=["EJA017"]))
    swaps = {(f.text, f.fix.new) for f in findings}
    assert {("lntemal", "Internal"), ("darl", "dari"), ("lndonesia", "Indonesia"), ("rneLalui", "melalui")} <= swaps
    assert all(f.severity.value == "warning" and not f.fix.safe for f in findings)
    # the scan's misread words are EJA017's, not EJA001's as well
    loud = check(result.keputusan, config=CheckConfig(select=["EJA001"]))
    assert not {f.text for f in loud} & {text for text, _ in swaps}


@pytest.mark.parametrize(
    ("name", "code", "text"),
    [
        ("bpatp-kementan-keputusan-124-2021-standar-pelayanan-publik.txt", "EJA014", "Sub Koordinator"),
        ("bpatp-kementan-keputusan-21-2021-kode-etik-pegawai.txt", "EJA014", "non struktural"),
        ("kemenhub-peraturan-menteri-pm-2-2025-angkutan-udara.txt", "EJA014", "non tunai"),
        ("bpatp-kementan-keputusan-124-2021-standar-pelayanan-publik.txt", "EJA015", "di lengkapi"),
        ("bpatp-kementan-keputusan-21-2021-kode-etik-pegawai.txt", "EJA016", "Mentaati"),
        ("bpatp-kementan-keputusan-14-2020-penetapan-ppid.txt", "EJA017", "lnformasi"),
        ("perbup-tapin-2019-dana-desa-ocr-mislabeled-pmk-015-2025.txt", "EJA017", "rnenjadi"),
        ("kemenhub-peraturan-menteri-pm-2-2025-angkutan-udara.txt", "EJA006", "Pasal32"),
        ("bpatp-kementan-keputusan-kpa-18-2021-satlak-spi.txt", "EJA001", "Persiden"),
        ("perda-kab-banjarnegara-8-2025-perubahan-pajak-retribusi-daerah.txt", "EJA002", "olah raga"),
    ],
)
def test_real_decree_mistakes(name, code, text):
    k = read(REALWORLD / name).keputusan
    assert text in texts(k, code)


@pytest.mark.parametrize("path", sorted(glob.glob(str(REALWORLD / "*.txt"))), ids=lambda p: Path(p).stem[:40])
def test_real_decrees_never_raise(path):
    for f in check(read(path).keputusan, config=CheckConfig(select=CODES)):
        assert f.text and f.message("id") and f.message("en")


# ---------------------------------------------------------------- EJA014 bound forms
@pytest.mark.parametrize(
    ("wrong", "text", "new"),
    [
        ("Kepala Sub Bagian Keuangan, Umum dan Logistik.", "Sub Bagian", "Subbagian"),
        ("Menambahkan menu anti gratifikasi pada laman.", "anti gratifikasi", "antigratifikasi"),
        ("Koordinasi antar unit kerja dilakukan setiap bulan.", "antar unit", "antarunit"),
        ("Pelatihan bagi pegawai non ASN.", "non ASN", "non-ASN"),
        ("Evaluasi pasca pemilu dilaksanakan.", "pasca pemilu", "pascapemilu"),
        ("Forum multi pihak dibentuk.", "multi pihak", "multipihak"),
        ("Sosialisasi gerakan anti-korupsi kepada pegawai.", "anti-korupsi", "antikorupsi"),
        ("Pegawai yang non-aktif tidak dinilai.", "non-aktif", "nonaktif"),
    ],
)
def test_eja014_wrong(wrong, text, new):
    (hit,) = found(decree(wrong), "EJA014")
    assert hit.text == text and hit.fix.new == new and hit.description("id") == "Diktum KESATU"


@pytest.mark.parametrize(
    "right",
    [
        "Kepala Subbagian Keuangan, Umum dan Logistik.",
        "Sosialisasi antikorupsi dan antigratifikasi kepada pegawai non-ASN.",
        "Layanan antar jemput pegawai.",  # a compound of two free words
        "Tim bersikap anti terhadap gratifikasi.",  # anti as a free word
        "Biaya ekstra untuk kegiatan.",  # ekstra after its noun
        "Usaha mikro kecil dan menengah.",  # mikro is no bound form here
        "Kepala Sub BagianPartisipasi.",  # two words run together: EJA006's
    ],
)
def test_eja014_right(right):
    assert found(decree(right), "EJA014") == []


def test_eja014_before_a_year_a_hyphen():
    hits = found(decree("Evaluasi pasca 2024 dan Pra 2025, bukan pasca 2024/2025 atau pasca-2020."), "EJA014")
    assert [(f.text, f.fix.new, f.fix.safe) for f in hits] == [
        ("pasca 2024", "pasca-2024", True),
        ("Pra 2025", "Pra-2025", True),
    ]


def test_eja014_detector_in_capitals():
    k = kamus()
    assert bound_apart(k, "SUB", "BAGIAN").benar == "SUBBAGIAN"  # a heading, not an acronym
    assert bound_apart(k, "NON", "ASN").benar == "NON-ASN"
    assert bound_hyphenated(k, "non-ASN") is None
    # written together, the word is known to EJA001 too
    assert k.known("antigratifikasi") and k.known("pascapemilu") and not k.known("antigratifkasi")


# ---------------------------------------------------------------- EJA015 di- apart, keseluruhan
@pytest.mark.parametrize(
    ("wrong", "text", "new"),
    [
        ("Jumlah pengaduan yang tengah di proses.", "di proses", "diproses"),
        ("Rencana kerja di susun setiap tahun.", "di susun", "disusun"),
        ("Hasil evaluasi di laksanakan oleh tim.", "di laksanakan", "dilaksanakan"),
        ("Laporan di tindaklanjuti oleh Sekretaris.", "di tindaklanjuti", "ditindaklanjuti"),
    ],
)
def test_eja015_prefix_apart(wrong, text, new):
    (hit,) = found(decree(wrong), "EJA015")
    assert hit.text == text and hit.fix.new == new and hit.fix.safe


@pytest.mark.parametrize(
    "right",
    [
        "Rapat di kantor sekretariat.",
        "Papan informasi di lantai 2.",
        "Pelaksanaan di tahun 2025.",
        "Kegiatan di masyarakat dan di lingkungan kerja.",
        "Kegiatan di suatu tempat di atas meja.",
        "Dokumen diproses dan disusun.",
        "Evaluasi atas keseluruhan proses pelayanan.",
        "Hasil secara keseluruhan pegawai dinilai baik.",
    ],
)
def test_eja015_right(right):
    assert found(decree(right), "EJA015") == []


def test_eja015_keseluruhan_for_ke_seluruh():
    (hit,) = found(decree("Informasi pengendalian gratifikasi keseluruhan pegawai."), "EJA015")
    assert hit.text == "keseluruhan pegawai" and hit.fix.new == "ke seluruh pegawai" and not hit.fix.safe
    assert hit.severity.value == "warning"


def test_eja015_detector():
    k = kamus()
    assert prefix_apart(k, "di", "proses") == "diproses"
    assert prefix_apart(k, "di", "bidang") is None and prefix_apart(k, "di", "mana") is None


# ---------------------------------------------------------------- EJA016 peluluhan
@pytest.mark.parametrize(
    ("word", "new"),
    [
        ("mensosialisasikan", "menyosialisasikan"),
        ("mengkomunikasikan", "mengomunikasikan"),
        ("mempengaruhi", "memengaruhi"),
        ("mentaati", "menaati"),
        ("mempublikasikan", "memublikasikan"),
        ("mengkoordinasikan", "mengoordinasikan"),
        ("pensosialisasian", "penyosialisasian"),
        ("mensinergikan", "menyinergikan"),
    ],
)
def test_eja016_unmelted(word, new):
    (hit,) = found(decree(f"Tim {word} rencana aksi."), "EJA016")
    assert hit.text == word and hit.fix.new == new and hit.fix.safe
    assert found(decree(f"Tim {word} rencana aksi."), "EJA002") == []  # reported once


@pytest.mark.parametrize(
    "right",
    ["memproduksi", "mentransfer", "mengkaji", "mempunyai", "memperhatikan", "mengkritik", "mensyukuri", "pengkajian"],
)
def test_eja016_kbbi_keeps_these(right):
    assert unmelted(kamus(), right) is None
    assert found(decree(f"Tim {right} hasil evaluasi."), "EJA016") == []


def test_eja016_a_word_cut_short_is_eja002s():
    assert found(decree("Tim mempunya tugas."), "EJA016") == []
    assert [f.fix.new for f in found(decree("Tim mempunya tugas."), "EJA002")] == ["mempunyai"]


# ---------------------------------------------------------------- EJA017 and EJA006 numbers
@pytest.mark.parametrize(
    ("wrong", "text", "new"),
    [
        ("Sekretariat Kornisi Pemilihan Umum.", "Kornisi", "Komisi"),
        ("Sekretariat Komisi Pemi1ihan Umum.", "Pemi1ihan", "Pemilihan"),
        ("Keterbukaan lnformasi Publik.", "lnformasi", "Informasi"),
        ("Tim rnenyusun rencana kerja.", "rnenyusun", "menyusun"),
    ],
)
def test_eja017_scan_swaps(wrong, text, new):
    (hit,) = found(decree(wrong), "EJA017")
    assert hit.text == text and hit.fix.new == new
    assert "OCR" in hit.message("id") and not hit.fix.safe


def test_eja017_leaves_words_and_codes():
    assert found(decree("Komisi Pemilihan Umum, Nomor B/154/PL1/HK.02.00/2023, sesuai SOP."), "EJA017") == []
    assert scan_swap(kamus(), "informasi") is None and scan_swap(kamus(), "KPU") is None


def test_eja006_words_glued_across_a_line_break():
    hits = found(decree("Dalam rangka pembangunanzona integritas menuju wilayah yangbebas dari korupsi."), "EJA006")
    assert {(f.text, f.fix.new) for f in hits} == {("pembangunanzona", "pembangunan zona"), ("yangbebas", "yang bebas")}
    # and a bound form broken over two lines is quoted as written
    (hit,) = found(decree("Kepala Sub\nBagian Umum."), "EJA014")
    assert hit.text == "Sub\nBagian" and hit.fix.new == "Subbagian"


def test_eja006_words_run_into_numbers():
    hits = found(decree("Ditetapkan pada Tahun2025 sesuai Pasal5 ayat (1)."), "EJA006")
    assert {(f.text, f.fix.new) for f in hits} == {("Tahun2025", "Tahun 2025"), ("Pasal5", "Pasal 5")}
    assert found(decree("Nomor B/154/PL1/HK.02.00/2023 dan Rp1.000.000,00 pada COVID19."), "EJA006") == []


# ---------------------------------------------------------------- EJA001 capitalised typos
def test_eja001_capitalised_typo_inside_a_title():
    (hit,) = found(decree("Koordinasi dengan Inspetorat Jenderal Kementerian."), "EJA001")
    assert hit.text == "Inspetorat" and hit.fix.new == "Inspektorat"


@pytest.mark.parametrize(
    "right",
    [
        "Koordinasi dengan Inspektorat Jenderal Kementerian.",
        "Disampaikan kepada Ahmad Rahmad Hidayat.",  # names, not titles of ordinary words
        "Rapat di Kabupaten Penajam Paser Utara.",
        "Rapat di Kabupaten Penajem Paser Utara.",  # a region's name: NAM001's
        "Kepala Subbag Umum dan Kasubbid Program.",  # the civil service's own abbreviations
        "Disampaikan kepada Dearah Istimewa.",  # as near to Daerah as to Darah: no guess
    ],
)
def test_eja001_capitalised_words_left_alone(right):
    assert found(decree(right), "EJA001") == []


# ---------------------------------------------------------------- NAM002 team variants
def _teams(diktum_teks: str, item: str = "Tim Manajemen Perubahan;") -> Keputusan:
    k = decree(diktum_teks, rincian=[item, "Tim Penataan Tata Laksana;"])
    k.kepala.tentang = "PEMBENTUKAN TIM PEMBANGUNAN ZONA INTEGRITAS MENUJU WILAYAH BEBAS DARI KORUPSI TAHUN 2025"
    return k


def test_nam002_word_order_swapped_dropped_added():
    for variant in (
        "Membentuk Tim Pembangunan Integritas Zona Menuju Wilayah Bebas dari Korupsi yang terdiri atas:",  # swapped
        "Membentuk Tim Pembangunan Zona Integritas Menuju Wilayah Bebas Korupsi yang terdiri atas:",  # dropped
        "Membentuk Tim Kerja Pembangunan Zona Integritas Menuju Wilayah Bebas dari Korupsi yang terdiri atas:",  # added
    ):
        hits = found(_teams(variant), "NAM002")
        assert [f.path for f in hits] == ["diktum[0].teks"], variant
        assert hits[0].related == ("kepala.tentang",)
        assert hits[0].fix is None  # the heading's capitals are no text for the diktum


def test_nam002_same_name_or_different_teams_are_not_variants():
    same = "Membentuk Tim Pembangunan ZI Menuju WBK di Lingkungan Komisi Pemilihan Umum Kabupaten Penajam Paser Utara:"
    assert found(_teams(same), "NAM002") == []
    # two teams that share words are two teams
    assert found(_teams("Membentuk tim.", "Tim Manajemen Perubahan;"), "NAM002") == []
    assert found(_teams("Membentuk tim.", "Tim Penataan Manajemen Perubahan;"), "NAM002") == []


# ---------------------------------------------------------------- EJA002 larger table
@pytest.mark.parametrize(
    ("wrong", "text", "new"),
    [
        ("Pegawai yang handal dan berintegritas.", "handal", "andal"),
        ("Menjaga hirarki organisasi.", "hirarki", "hierarki"),
        ("Seluruh personil wajib hadir.", "personil", "personel"),
        ("Rapat pada hari Jum'at.", "Jum'at", "Jumat"),
        ("Pegawai berprilaku jujur.", "berprilaku", "berperilaku"),
        ("Sebagai tolak ukur kinerja.", "tolak ukur", "tolok ukur"),
        ("Tugas sebagai mana dimaksud.", "sebagai mana", "sebagaimana"),
    ],
)
def test_eja002_common_forms(wrong, text, new):
    (hit,) = found(decree(wrong), "EJA002")
    assert hit.text == text and hit.fix.new == new and "KBBI" in hit.message("id")


def test_eja002_table_carries_its_source():
    from zi_docs.language.spelling import KAMUS_DIR

    readme = (KAMUS_DIR / "README.md").read_text(encoding="utf-8")
    assert "baku-lazim.tsv" in readme and "CC BY-SA 4.0" in readme
    lines = [
        line for line in (KAMUS_DIR / "baku-lazim.tsv").read_text(encoding="utf-8").splitlines() if line[:1] not in "#"
    ]
    assert len(lines) >= 60 and all(
        len(line.split("\t")) == 6 and line.split("\t")[4].startswith("KBBI: ") for line in lines
    )


# ---------------------------------------------------------------- never raise
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80))
def test_never_raise_on_arbitrary_text(text):
    k = decree(text or "x", rincian=[text, f"Tim {text};"])
    for f in check(k, config=CheckConfig(select=CODES)):
        assert f.rule in CODES and f.message("id")


def test_example_path_is_the_bundled_one():
    assert EXAMPLE.name == "kpu-penajam-paser-utara-42-2025.yaml" and zi_docs.load(EXAMPLE).diktum
