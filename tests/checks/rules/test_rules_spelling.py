"""The EJA rules: wrong and right cases, the published seed, the clean example, real decrees."""

from __future__ import annotations

import glob
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

import zi_docs
from zi_docs.checks import CheckConfig, all_rules, check
from zi_docs.checks.rules.examples import rule_examples
from zi_docs.model import Keputusan
from zi_docs.readers import read

ROOT = Path(__file__).resolve().parents[3]
PUBLISHED = ROOT / "examples" / "published" / "kpu-penajam-paser-utara-42-2025.txt"
EXAMPLE = ROOT / "examples" / "kpu-penajam-paser-utara-42-2025.yaml"
EJA = CheckConfig(select=["EJA"])


def decree(**parts) -> Keputusan:
    base = {
        "kepala": {
            "instansi": "KOMISI PEMILIHAN UMUM KABUPATEN PENAJAM PASER UTARA",
            "nomor": "1",
            "tahun": 2025,
            "tentang": "PEMBENTUKAN TIM",
        },
        "jabatan_pembentuk": "KETUA KOMISI PEMILIHAN UMUM KABUPATEN PENAJAM PASER UTARA,",
    }
    base.update(parts)
    return Keputusan.model_validate(base)


def diktum(*texts: str, rincian: list[str] | None = None) -> Keputusan:
    items = [{"label": f"{i + 1})", "teks": t} for i, t in enumerate(rincian or [])]
    return decree(
        diktum=[{"label": "KESATU", "teks": t, "rincian": items if i == 0 else []} for i, t in enumerate(texts)]
    )


def found(k: Keputusan, code: str, config: CheckConfig | None = None):
    return [f for f in check(k, config=config or CheckConfig(select=[code]))]


def test_all_eight_rules_are_registered_and_documented():
    # The punctuation rules from EJA009 on are tested in test_rules_punctuation.py.
    codes = [f"EJA00{i}" for i in range(1, 9)]
    rules = {c: r for c, r in all_rules().items() if c in codes}
    assert sorted(rules) == codes
    for rule in rules.values():
        assert rule.summary.id and rule.summary.en and rule.why.id and rule.why.en and rule_examples(rule.code)


# ---------------------------------------------------------------- each rule: wrong and right
@pytest.mark.parametrize(
    ("code", "wrong", "text", "right"),
    [
        (
            "EJA001",
            "Menyelenggarakan pembanguan zona integritas.",
            "pembanguan",
            "Menyelenggarakan pembangunan zona integritas.",
        ),
        ("EJA002", "Melakukan analisis atas resiko kegagalan.", "resiko", "Melakukan analisis atas risiko kegagalan."),
        ("EJA002", "Aktifitas organisasi berjalan.", "Aktifitas", "Aktivitas organisasi berjalan."),
        ("EJA016", "Mensosialisasikan rencana aksi.", "Mensosialisasikan", "Menyosialisasikan rencana aksi."),
        (
            "EJA002",
            "Melakukan perbaikan secara terus menerus.",
            "terus menerus",
            "Melakukan perbaikan secara terus-menerus.",
        ),
        ("EJA003", "Rencana kerja dimasing-masing Tim.", "dimasing-masing", "Rencana kerja di masing-masing Tim."),
        (
            "EJA003",
            "Menginternalisasikan kedalam aktivitas organisasi.",
            "kedalam",
            "Menginternalisasikan ke dalam aktivitas organisasi.",
        ),
        ("EJA004", "Laporan tindaklanjut hasil evaluasi.", "tindaklanjut", "Laporan tindak lanjut hasil evaluasi."),
        ("EJA004", "Laporan yang harus ditindak lanjuti.", "ditindak lanjuti", "Laporan yang harus ditindaklanjuti."),
        ("EJA004", "Tim bertanggungjawab kepada Ketua.", "bertanggungjawab", "Tim bertanggung jawab kepada Ketua."),
        ("EJA005", "Menimbang bahwa bahwa perlu dibentuk Tim.", "bahwa bahwa", "Menimbang bahwa perlu dibentuk Tim."),
        (
            "EJA006",
            "Kepala Sub BagianPartisipasi dan Hubungan Masyarakat.",
            "BagianPartisipasi",
            "Kepala Sub Bagian Partisipasi dan Hubungan Masyarakat.",
        ),
    ],
)
def test_wrong_and_right(code, wrong, text, right):
    hits = found(diktum(wrong), code)
    assert [f.text for f in hits] == [text]
    assert hits[0].path == "diktum[0].teks"
    assert hits[0].description("id") == "Diktum KESATU"
    word = text.split()[0]  # the message quotes the word (EJA005: the phrase once)
    assert word in hits[0].message("id") and word in hits[0].message("en")
    assert not found(diktum(right), code)


def test_eja004_suffix_only_fix_needs_a_person():
    (hit,) = found(diktum("Menyusun proyeksi tindaklanjuti jangka panjang."), "EJA004")
    assert hit.fix is not None and not hit.fix.safe
    assert "tindak lanjut" in hit.message("id")


@pytest.mark.parametrize(
    ("text", "new"),
    [
        # After a noun it is the noun "tindak lanjut" misspelt …
        ("Menyusun laporan tindaklanjuti hasil evaluasi.", "tindak lanjut"),
        ("Daftar tindaklanjuti aduan masyarakat.", "tindak lanjut"),
        ("Memuat rekapitulasi tindaklanjuti yang sudah dilakukan.", "tindak lanjut"),
        ("Tindaklanjuti atas hasil penanganan pengaduan.", "Tindak lanjut"),
        # … after "segera", "untuk" the verb …
        ("Pengaduan segera tindaklanjuti oleh tim.", "tindak lanjuti"),
        ("Hasil rapat untuk tindaklanjuti bersama.", "tindak lanjuti"),
        # … and where the words around do not tell, no fix: a person says which.
        ("Tindaklanjuti hasil evaluasi pengaduan masyarakat.", None),
    ],
)
def test_eja004_a_word_with_two_uses_gets_the_fix_for_the_use_at_hand(text: str, new: str | None):
    (hit,) = found(diktum(text), "EJA004")
    assert (hit.fix.new if hit.fix else None) == new
    assert not hit.fix or not hit.fix.safe


def test_eja005_phrase_repeated():
    text = "melakukan evaluasi dalam upaya penerapan pelayanan dalam upaya penerapan pelayanan prima;"
    (hit,) = found(diktum("Tugas:", rincian=[text]), "EJA005")
    assert hit.text == "dalam upaya penerapan pelayanan dalam upaya penerapan pelayanan"
    assert hit.fix.new == "dalam upaya penerapan pelayanan" and not hit.fix.safe
    assert not found(diktum("Tugas masing-masing anggota Tim."), "EJA005")


def test_eja005_missing_hyphen_in_reduplication():
    (hit,) = found(diktum("Tugas masing masing anggota Tim."), "EJA005")
    assert hit.fix.new == "masing-masing"


def test_eja006_known_camel_case_terms_are_right():
    assert not found(diktum("Sesuai PermenPANRB dan arahan KemenPANRB melalui eKinerja dan WhatsApp."), "EJA006")


def test_eja007_acronym_case():
    k = diktum("Tim ZI dibentuk.", "Rapat evaluasi pembangunan Zi tiap triwulan.")
    (hit,) = found(k, "EJA007")
    assert (hit.text, hit.fix.new, hit.fix.safe, hit.path) == ("Zi", "ZI", True, "diktum[1].teks")
    assert not found(diktum("Tim ZI dibentuk.", "Rapat evaluasi ZI tiap triwulan."), "EJA007")
    # a known term is reported even when the decree never writes it right
    assert [f.fix.new for f in found(diktum("Menyusun Sop pelayanan."), "EJA007")] in ([], ["SOP"])


def test_eja008_list_initials():
    items = [
        "meningkatkan kualitas pelayanan;",
        "meningkatkan indeks kepuasan;",
        "Melakukan survei kepuasan;",
        "melakukan perbaikan.",
    ]
    (hit,) = found(diktum("Tugas:", rincian=items), "EJA008")
    assert (hit.text, hit.fix.new, hit.fix.safe) == ("Melakukan", "melakukan", False)
    assert hit.path == "diktum[0].rincian[2].teks"
    assert not found(diktum("Tugas:", rincian=[i[0].lower() + i[1:] for i in items]), "EJA008")


def test_extra_words_silence_eja001():
    k = diktum("Menggunakan aplikasi sipatuh setiap hari.")
    assert [f.text for f in found(k, "EJA001")] == ["sipatuh"]
    assert not found(k, "EJA001", CheckConfig(select=["EJA001"], extra_words={"sipatuh"}))


def test_answers_kept_between_checks_follow_each_config():
    # the spelling rules keep their answers about a word for the process, keyed by the
    # team's extra words: a word silenced in one run is reported again in the next
    k = diktum("Menggunakan aplikasi sipatuh setiap hari.")
    silenced = CheckConfig(select=["EJA001"], extra_words={"sipatuh"})
    for _ in range(2):
        assert [f.text for f in found(k, "EJA001")] == ["sipatuh"]
        assert not found(k, "EJA001", silenced)


def test_a_decree_checked_after_another_gets_the_same_findings():
    example = zi_docs.load(EXAMPLE)
    seed = read(PUBLISHED)

    def spelling(keputusan, source_map=None):
        return [(f.rule, f.path, f.text, f.message.en) for f in check(keputusan, source_map=source_map, config=EJA)]

    first = spelling(example)
    seed_first = spelling(seed.keputusan, seed.source_map)
    assert spelling(example) == first
    assert spelling(seed.keputusan, seed.source_map) == seed_first
    assert seed_first  # the published seed has its slips (GUIDE §3)


def test_person_names_and_mid_sentence_names_are_not_checked():
    k = decree(
        diktum=[{"label": "KESATU", "teks": "Menugaskan Saudara Ardimansyah sebagai Ketua Tim."}],
        penetapan={"jabatan": "KETUA,", "nama": "Wiwik Susiati Mochamad"},
    )
    assert not found(k, "EJA001")


# ---------------------------------------------------------------- the published seed (GUIDE §3)
@pytest.fixture(scope="module")
def seed_findings():
    result = read(PUBLISHED)
    return check(result.keputusan, source_map=result.source_map, config=EJA)


@pytest.mark.parametrize(
    ("code", "text", "description"),
    [
        ("EJA002", "resiko", "Diktum KEEMPAT angka 2 huruf a angka 3)"),
        ("EJA002", "aktifitas", "Lampiran II, bagian V, baris 1, langkah aksi"),
        ("EJA002", "pengaudan", "Lampiran II, bagian VI, baris 1, komponen"),
        ("EJA002", "pemantuan", "Diktum KEEMPAT angka 2 huruf a angka 5)"),
        ("EJA003", "dimasing-masing", "Diktum KEEMPAT angka 1 huruf b"),
        ("EJA003", "kedalam", "Lampiran II, bagian V, baris 1, langkah aksi"),
        ("EJA004", "tindaklanjuti", "Lampiran II, bagian IV, baris 5, indikator"),
        (
            "EJA005",
            "dalam upaya penerapan pelayanan dalam upaya penerapan pelayanan",
            "Diktum KEEMPAT angka 2 huruf f angka 3) huruf a",
        ),
        (
            "EJA006",
            "BagianPartisipasi",
            "Lampiran I, Tim Penataan Sistem Manajemen Sumber Daya Manusia, baris 1, jabatan",
        ),
        ("EJA007", "Zi", "Lampiran II, bagian I, baris 1, langkah aksi"),
        ("EJA008", "Melakukan", "Diktum KEEMPAT angka 2 huruf f angka 4)"),
        ("EJA008", "Hasil", "Diktum KEEMPAT angka 2 huruf f angka 5)"),
        ("EJA008", "Melakukan", "Diktum KEEMPAT angka 2 huruf f angka 6)"),
    ],
)
def test_seed_mistakes_are_found(seed_findings, code, text, description):
    hits = [f for f in seed_findings if f.rule == code and f.text == text and f.description("id") == description]
    assert hits, f"{code} {text!r} at {description} not found"
    assert hits[0].location is not None  # a line in the source file


def test_seed_fixes(seed_findings):
    fixes = {(f.rule, f.text): f.fix for f in seed_findings}
    assert fixes[("EJA002", "resiko")].new == "risiko" and fixes[("EJA002", "resiko")].safe
    assert fixes[("EJA003", "dimasing-masing")].new == "di masing-masing"
    assert fixes[("EJA006", "BagianPartisipasi")].new == "Bagian Partisipasi"
    assert fixes[("EJA007", "Zi")].new == "ZI"


# ---------------------------------------------------------------- the clean example: nothing
def _described(findings):
    return [(f.rule, f.text, f.description("en")) for f in findings]


def test_clean_example_has_no_spelling_findings():
    # Speed is measured in benchmarks/, not asserted here.
    assert _described(check(zi_docs.load(EXAMPLE), config=EJA)) == []


def test_clean_example_rendered_to_docx_has_no_spelling_findings(tmp_path):
    from zi_docs.rendering import render_docx_bytes

    path = tmp_path / "example.docx"
    path.write_bytes(render_docx_bytes(zi_docs.load(EXAMPLE)))
    result = read(path)
    assert _described(check(result.keputusan, source_map=result.source_map, config=EJA)) == []


# ---------------------------------------------------------------- real decrees and arbitrary ones
@pytest.mark.parametrize(
    "path", sorted(glob.glob(str(ROOT / "tests" / "fixtures" / "realworld" / "*.txt"))), ids=lambda p: Path(p).stem[:40]
)
def test_real_decrees_do_not_raise(path):
    result = read(path)
    for f in check(result.keputusan, source_map=result.source_map, config=EJA):
        assert f.text and f.path and f.message("id") and f.message("en")


def test_real_decree_mistakes():
    result = read(ROOT / "tests/fixtures/realworld/bpatp-kementan-keputusan-16-2021-agen-perubahan.txt")
    findings = check(result.keputusan, source_map=result.source_map, config=CheckConfig(select=["EJA005"]))
    assert "bahwa bahwa" in [f.text for f in findings]


def _strategies():
    import strategies

    return strategies


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(_strategies().keputusan())
def test_never_raises_on_arbitrary_decrees(k):
    for f in check(k, config=EJA):
        assert f.rule.startswith("EJA")


def test_eja001_suggestions_ranked_by_the_decrees_own_words_and_offered_only_when_clear():
    from conftest import PUBLISHED

    from zi_docs.checks import CheckConfig
    from zi_docs.checks.rules.spelling.eja001_unknown_word import ranked
    from zi_docs.checks.run import check_file

    fixes = {f.text: f.fix for f in check_file(PUBLISHED, CheckConfig(select=["EJA001"])).findings}
    # The seed writes "Plh." and "MONEV" elsewhere: those, not Piah or monel.
    assert fixes["Pih"].new == "Plh" and fixes["money"].new == "monev"
    assert not fixes["Pih"].safe
    # A word cut short is the longer word, not one with a letter dropped.
    assert ranked("mempunya", ["memunya", "mempunyai"], frozenset()) == (["mempunyai", "memunya"], True)
    # Two candidates equally good: listed, but no fix …
    assert ranked("bata", ["batu", "bati"], frozenset()) == (["bati", "batu"], False)
    # … unless the decree uses one of them.
    assert ranked("bata", ["batu", "bati"], frozenset({"batu"})) == (["batu", "bati"], True)


def test_eja002_a_word_cut_short_is_the_longer_word_not_an_unmelted_one():
    (hit,) = found(diktum("Tim mempunya tugas sebagai berikut."), "EJA002")
    assert hit.text == "mempunya" and hit.fix.new == "mempunyai" and not hit.fix.safe
    # An unmelted prefix with no longer standard word is still the melted form.
    assert not found(diktum("Tim mempunya tugas sebagai berikut."), "EJA016")
    (hit,) = found(diktum("Tim mensosialisasi program."), "EJA016")
    assert hit.fix.new == "menyosialisasi"
