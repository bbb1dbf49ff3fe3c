"""Structure rules on the decree's standard clauses: Menetapkan (STR013), references to a diktum
(STR014), the Lampiran clause (STR015), "terdiri atas" (STR016), the entry into force (STR017) and
the last Menimbang item that sums up the others (STR024) — on the published seed, on real decrees
of other offices, on edits of the example, and through a DOCX written, read back and fixed."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from conftest import PUBLISHED, ROOT, edited, findings_of
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import keputusan, plausible_keputusan

import zi_docs
from zi_docs.checks import CheckConfig, check
from zi_docs.checks.context import iter_texts
from zi_docs.fix import apply_fixes
from zi_docs.fix.data_fix import fix_model
from zi_docs.readers import read
from zi_docs.rendering import render_docx_bytes

MINE = ["STR013", "STR014", "STR015", "STR016", "STR017", "STR024"]
REALWORLD = ROOT / "tests" / "fixtures" / "realworld"
CLEAN = ROOT / "tests" / "fixtures" / "clean"


def _read_checked(path: Path, codes: list[str] = MINE) -> list:
    result = read(path)
    return check(result.keputusan, source_map=result.source_map, config=CheckConfig(select=codes))


def _seen(found) -> list[tuple[str, str, str, str]]:
    return [(f.rule, f.severity.value, f.description("id"), f.text) for f in found]


@pytest.fixture(scope="module")
def seed_found() -> list:
    return _read_checked(PUBLISHED)


@pytest.fixture(scope="module")
def realworld() -> dict[str, list]:
    return {path.name: _read_checked(path) for path in sorted(REALWORLD.glob("*.txt"))}


def _of(realworld: dict[str, list], start: str) -> list:
    (name,) = [n for n in realworld if n.startswith(start)]
    return realworld[name]


# -- the published seed ----------------------------------------------------------------------------


def test_seed_kedua_without_the_inseparable_part_clause(seed_found) -> None:
    (f,) = [f for f in seed_found if f.rule == "STR015"]
    assert (f.description("id"), f.text) == ("Diktum KEDUA", "Lampiran Keputusan ini")
    assert "merupakan bagian tidak terpisahkan dari Keputusan ini" in f.message("id")
    assert f.fix.new == "Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini" and f.fix.safe
    assert f.location is not None and f.location.baris


def test_seed_kesatu_terdiri_dari(seed_found) -> None:
    (f,) = [f for f in seed_found if f.rule == "STR016"]
    assert (f.severity.value, f.description("id"), f.text) == ("warning", "Diktum KESATU", "terdiri dari")
    assert (f.fix.old, f.fix.new, f.fix.safe) == ("terdiri dari", "terdiri atas", True)


def test_seed_has_nothing_else_of_these_rules(seed_found) -> None:
    # Menetapkan is there, references say "Diktum KESATU", KETUJUH is the standard closing
    # diktum and Menimbang b cites huruf a, the only item before it.
    assert sorted(f.rule for f in seed_found) == ["STR015", "STR016"]


def test_fixing_the_seed_data_removes_both(seed) -> None:
    found = check(seed, config=CheckConfig(select=MINE))
    report = fix_model(seed.model_copy(deep=True), found, unsafe=False)
    assert {a.rule for a in report} == {"STR015", "STR016"}
    fixed = seed.model_copy(deep=True)
    fix_model(fixed, found, unsafe=False)
    assert check(fixed, config=CheckConfig(select=MINE)) == []
    assert fixed.diktum[1].teks.endswith("tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari "
                                         "Keputusan ini.")  # fmt: skip


# -- real decrees of other offices ------------------------------------------------------------------


def test_kanim_1633_cites_diktum_kesatu_in_small_letters(realworld) -> None:
    found = [f for f in _of(realworld, "kanim-surabaya-keputusan-w15-imi-1633") if f.rule == "STR014"]
    assert _seen(found) == [("STR014", "warning", "Diktum KESATU", "diktum kesatu")]
    assert (found[0].fix.new, found[0].fix.safe) == ("Diktum KESATU", True)


def test_kanim_1144_last_menimbang_leaves_out_c(realworld) -> None:
    found = _of(realworld, "kanim-surabaya-keputusan-w15-imi-1144")
    (f,) = [f for f in found if f.rule == "STR024"]
    assert (f.severity.value, f.description("id"), f.text) == ("warning", "Menimbang huruf d", "huruf a dan b")
    assert "tidak menyebut huruf c" in f.message("id") and "huruf a, huruf b, dan huruf c" in f.message("id")
    # STR002 judges references to items that do not exist: a and b exist, so it says nothing.
    path = REALWORLD / "kanim-surabaya-keputusan-w15-imi-1144-2019-tim-agen-perubahan.txt"
    assert [f for f in _read_checked(path, ["STR002"]) if f.path.startswith("menimbang")] == []
    assert [(f.rule, f.description("id"), f.text) for f in found if f.rule != "STR024"] == [
        ("STR014", "Diktum KEDUA", "diktum kesatu"),
        ("STR015", "Diktum KESATU", "lampiran Keputusan ini"),
        ("STR017", "Diktum KETIGA", "Keputusan ini berlaku sejak tanggal"),
    ]


def test_bpatp_decrees_with_an_empty_menetapkan(realworld) -> None:
    empty = sorted(name[:40] for name, found in realworld.items() if any(f.rule == "STR013" for f in found))
    assert empty == [
        "bpatp-kementan-keputusan-124-2021-standa",
        "bpatp-kementan-keputusan-14-2020-penetap",
        "bpatp-kementan-keputusan-kpa-18-2021-sat",
        "bpatp-kementan-surat-keputusan-104-2021-",
        "bpatp-kementan-surat-keputusan-42-2021-d",
    ]
    (f,) = [f for f in _of(realworld, "bpatp-kementan-keputusan-124") if f.rule == "STR013"]
    assert (f.description("id"), f.text) == ("Menetapkan", "Menetapkan")
    assert "KEPUTUSAN KEPALA BALAI PENGELOLA ALIH TEKNOLOGI PERTANIAN TENTANG PENETAPAN STANDAR" in f.message("id")


def test_bpatp_124_calls_itself_peraturan(realworld) -> None:
    found = [f for f in _of(realworld, "bpatp-kementan-keputusan-124") if f.rule in ("STR015", "STR017")]
    assert _seen(found) == [
        ("STR015", "warning", "Diktum KESATU", "dari peraturan ini"),
        ("STR017", "warning", "Diktum KEEMPAT", "Peraturan ini mulai berlaku pada tanggal"),
    ]
    assert found[1].fix.new == "Keputusan ini"


def test_bpatp_14_has_no_entry_into_force_and_cites_a_dictum(realworld) -> None:
    found = [f for f in _of(realworld, "bpatp-kementan-keputusan-14") if f.rule in ("STR014", "STR017")]
    assert _seen(found) == [
        ("STR014", "warning", "Diktum Ketiga", "dictum KESATU"),
        ("STR017", "warning", "Diktum Keempat", "Keempat"),
    ]
    assert found[0].fix.new == "Diktum KESATU"


def test_non_standard_wordings_of_the_entry_into_force_are_info(realworld) -> None:
    said = sorted(
        (name.split("-keputusan")[0], f.text, f.fix.safe)
        for name, found in realworld.items()
        for f in found
        if f.rule == "STR017" and f.severity.value == "info"
    )
    assert said == [
        ("bpatp-kementan", "Keputusan ini mulai berlaku terhitung sejak", True),
        ("bpatp-kementan-surat", "Surat Keputusan ini berlaku sejak tanggal", True),
        ("kanim-surabaya", "Keputusan ini berlaku sejak tanggal", True),
        ("kanim-surabaya", "Keputusan ini berlaku sejak tanggal", True),
        ("polban", "Keputusan ini berlaku mulai tanggal", False),  # "… tanggal 1 Januari 2024": a person decides
        ("polban", "Keputusan ini berlaku terhitung sejak tanggal", True),
    ]
    fixes = {f.fix.new for found in realworld.values() for f in found if f.rule == "STR017" and f.fix}
    assert fixes == {"mulai berlaku pada tanggal", "Keputusan ini"}


def test_standard_closings_of_real_decrees_pass(realworld) -> None:
    # "Keputusan Menteri ini mulai berlaku pada tanggal ditetapkan.", "… ditetapkan dengan
    # ketentuan apabila dikemudian hari terdapat kekeliruan …", and a transitional diktum
    # "Pada saat Keputusan ini mulai berlaku, Keputusan … dicabut" before the closing one.
    for start in ("kemendikbudristek", "bpatp-kementan-keputusan-16", "balitbangtan"):
        assert [f for f in _of(realworld, start) if f.rule == "STR017"] == []


def test_regulations_are_left_to_their_own_forms(realworld) -> None:
    for start in ("kemenhub", "perbup-kotabaru", "perbup-tapin", "perda", "perwali", "pmk-96"):
        assert [f for f in _of(realworld, start) if f.rule in ("STR013", "STR014", "STR017")] == []


def test_a_range_and_a_chain_of_recitals(realworld) -> None:
    # balitbangtan: "huruf a sampai dengan huruf d" cites them all.
    assert [f for f in _of(realworld, "balitbangtan") if f.rule == "STR024"] == []
    # polban: c cites b, which cites a: a is covered, but not in the standard wording.
    (f,) = [f for f in _of(realworld, "polban-keputusan-direktur-b-154") if f.rule == "STR024"]
    assert (f.severity.value, f.description("id"), f.text) == ("info", "Menimbang huruf c", "huruf b")


def test_realworld_counts(realworld) -> None:
    loud = sorted(f.rule for found in realworld.values() for f in found if f.severity.value != "info")
    assert {code: loud.count(code) for code in MINE} == {
        "STR013": 5,
        "STR014": 4,
        "STR015": 4,
        "STR016": 1,
        "STR017": 4,
        "STR024": 1,
    }


# -- the clean decrees -------------------------------------------------------------------------------


def test_clean_sources_have_none_of_these_findings() -> None:
    sys.path.insert(0, str(CLEAN))
    from corpus import CORPUS

    for name in CORPUS:
        found = check(zi_docs.load(CLEAN / f"{name}.yaml"), config=CheckConfig(select=MINE))
        assert _seen(found) == [], name


# -- edits of the example: what is reported and what is not ------------------------------------------


def _diktum(index: int, text: str):
    def edit(d):
        d["diktum"][index]["teks"] = text

    return edit


KELIMA = (
    "Tim Pembangunan Zona Integritas sebagaimana dimaksud dalam {} bertanggung jawab kepada Ketua Komisi "
    "Pemilihan Umum Kabupaten Penajam Paser Utara."
)


@pytest.mark.parametrize(
    ("written", "severity"),
    [
        ("diktum pertama", "warning"),
        ("Diktum ke-1", "warning"),
        ("diktum Kesatu", "warning"),
        ("diktum KESATU", "info"),
    ],
)
def test_diktum_references_in_another_form(example, written, severity) -> None:
    (f,) = findings_of(edited(example, _diktum(4, KELIMA.format(written))), "STR014")
    assert (f.severity.value, f.text, f.fix.new) == (severity, written, "Diktum KESATU")


def test_a_decree_numbered_pertama_is_cited_pertama(example) -> None:
    def edit(d):
        d["diktum"][0]["label"] = "PERTAMA"
        d["diktum"][4]["teks"] = KELIMA.format("Diktum KESATU")

    found = findings_of(edited(example, edit), "STR014")
    # Every "Diktum KESATU" of the example now names a diktum printed PERTAMA.
    assert {(f.text, f.fix.new) for f in found} == {("Diktum KESATU", "Diktum PERTAMA")}
    assert len(found) == 4  # KEDUA, KETIGA, KEEMPAT and KELIMA cite it


def test_references_left_to_others(example) -> None:
    # A diktum that does not exist is STR002's; another decree's diktum has that decree's ordinals.
    assert findings_of(edited(example, _diktum(4, KELIMA.format("diktum kesepuluh"))), "STR014") == []
    for cited in ("diktum kedua Keputusan Komisi", "Diktum 2 huruf a Peraturan Komisi"):
        text = f"Mengubah {cited} Pemilihan Umum Kabupaten Penajam Paser Utara Nomor 40 Tahun 2025."
        assert findings_of(edited(example, _diktum(5, text)), "STR014") == []
    text = "Mengubah diktum kedua Keputusan ini."  # this decree's own: reported
    assert [f.text for f in findings_of(edited(example, _diktum(5, text)), "STR014")] == ["diktum kedua"]


def test_the_clause_in_a_later_diktum_counts(example) -> None:
    def edit(d):
        d["diktum"][1]["teks"] = "Susunan keanggotaan Tim tercantum dalam Lampiran I dan Lampiran II."
        d["diktum"][4]["teks"] = (
            "Lampiran I dan Lampiran II merupakan bagian yang tidak terpisahkan dari Keputusan ini."
        )

    assert findings_of(edited(example, edit), "STR015") == []


def test_lampiran_as_a_common_noun_needs_no_clause(example) -> None:
    def edit(d):
        d["diktum"][2]["rincian"][0]["teks"] = "memeriksa kelengkapan lampiran laporan kinerja setiap Tim Kerja;"

    assert findings_of(edited(example, edit), "STR015") == []


def test_only_the_lampiran_without_the_clause_is_named(example) -> None:
    def edit(d):
        d["diktum"][1]["teks"] = (
            "Susunan keanggotaan Tim tercantum dalam Lampiran I yang merupakan bagian tidak terpisahkan dari "
            "Keputusan ini."
        )
        d["diktum"][2]["teks"] = "Rencana Aksi Tim tercantum dalam Lampiran II Keputusan ini."

    (f,) = findings_of(edited(example, edit), "STR015")
    assert (f.description("id"), f.text) == ("Diktum KETIGA", "Lampiran II Keputusan ini")
    assert f.message("id").startswith("Lampiran II tidak dinyatakan")


def test_terdiri_dari_in_a_cited_title_is_left_alone(example) -> None:
    def edit(d):
        d["mengingat"][0]["teks"] = d["mengingat"][0]["teks"].replace(
            "tentang Tata Kerja", "tentang Tim yang terdiri dari"
        )
        d["lampiran"][0]["judul"] = "SUSUNAN TIM YANG TERDIRI DARI PENGARAH DAN TIM KERJA"

    found = findings_of(edited(example, edit), "STR016")
    assert [(f.path, f.text, f.fix.new) for f in found] == [("lampiran[0].judul", "TERDIRI DARI", "TERDIRI ATAS")]


@pytest.mark.parametrize(
    "closing",
    [
        "Keputusan ini mulai berlaku pada tanggal 1 Oktober 2025.",
        "Keputusan ini mulai berlaku pada tanggal ditetapkan dan berlaku surut sejak tanggal 1 Agustus 2025.",
        (
            "Keputusan ini mulai berlaku pada tanggal ditetapkan, dengan ketentuan apabila di kemudian hari terdapat "
            "kekeliruan dalam Keputusan ini akan diadakan perbaikan sebagaimana mestinya."
        ),
        "Keputusan ini mulai berlaku setelah 7 (tujuh) hari terhitung sejak tanggal ditetapkan.",
        "Keputusan Komisi Pemilihan Umum ini mulai berlaku pada tanggal ditetapkan.",
        # it speaks of its force for a year rather than of its start: not judged, not missing
        "Keputusan ini berlaku untuk Tahun Anggaran 2025.",
    ],
)
def test_valid_closings(example, closing) -> None:
    assert findings_of(edited(example, _diktum(6, closing)), "STR017") == []


@pytest.mark.parametrize(
    ("closing", "said"),
    [
        ("Keputusan ini berlaku sejak tanggal ditetapkan.", "berlaku sejak tanggal"),
        ("Keputusan ini mulai berlaku sejak tanggal ditetapkan.", "mulai berlaku sejak tanggal"),
        ("Keputusan ini berlaku mulai tanggal ditetapkan.", "berlaku mulai tanggal"),
        ("Keputusan ini berlaku terhitung sejak ditetapkan.", "berlaku terhitung sejak"),
    ],
)
def test_non_standard_closings(example, closing, said) -> None:
    (f,) = findings_of(edited(example, _diktum(6, closing)), "STR017")
    assert (f.severity.value, f.fix.old, f.fix.safe) == ("info", said, True)
    fixed = edited(example, _diktum(6, closing))
    fix_model(fixed, [f], unsafe=False)
    assert fixed.diktum[6].teks == "Keputusan ini mulai berlaku pada tanggal ditetapkan."


def test_a_transitional_diktum_is_not_the_closing_one(example) -> None:
    def edit(d):
        d["diktum"][6]["teks"] = (
            "Pada saat Keputusan ini mulai berlaku, Keputusan Komisi Pemilihan Umum Kabupaten Penajam Paser Utara "
            "Nomor 12 Tahun 2024 dicabut dan dinyatakan tidak berlaku."
        )

    (f,) = findings_of(edited(example, edit), "STR017")
    assert (f.severity.value, f.description("id")) == ("warning", "Diktum KETUJUH")
    assert "tidak menyatakan saat mulai berlakunya" in f.message("id")


def test_a_shortened_menetapkan_is_str007s(example) -> None:
    def edit(d):
        d["menetapkan"] = "KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN PENAJAM PASER UTARA."

    k = edited(example, edit)
    assert findings_of(k, "STR013") == []
    (f,) = findings_of(k, "STR007")
    assert f.text == "KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN PENAJAM PASER UTARA" and not f.fix.safe
    assert f.fix.new.endswith("TENTANG " + " ".join(example.kepala.tentang.split()))
    # Words that are no name at all (a diktum's sentence a reader put after Menetapkan) are not judged so.
    k = edited(example, lambda d: d.update(menetapkan="Membentuk Tim Pembangunan Zona Integritas."))
    assert findings_of(k, "STR007") == []


def test_menimbang_with_numbers(example) -> None:
    def edit(d):
        d["menimbang"] = [
            {"label": "1.", "teks": "bahwa pembangunan Zona Integritas perlu dipercepat;"},
            {"label": "2.", "teks": "bahwa setiap satuan kerja membentuk Tim Pembangunan Zona Integritas;"},
            {"label": "3.", "teks": "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam angka 2, perlu menetapkan "
             "Keputusan Komisi Pemilihan Umum Kabupaten Penajam Paser Utara;"},
        ]  # fmt: skip

    (f,) = findings_of(edited(example, edit), "STR024")
    assert (f.text, f.severity.value) == ("angka 2", "warning") and "tidak menyebut angka 1" in f.message("id")


def test_a_label_printed_twice_is_one_item_to_cite(example) -> None:
    def edit(d):
        d["menimbang"] = [
            {"label": "a.", "teks": "bahwa pembangunan Zona Integritas perlu dipercepat;"},
            {"label": "a.", "teks": "bahwa setiap satuan kerja membentuk Tim Pembangunan Zona Integritas;"},
            {"label": "c.", "teks": "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu "
             "menetapkan Keputusan Komisi Pemilihan Umum Kabupaten Penajam Paser Utara;"},
        ]  # fmt: skip

    assert findings_of(edited(example, edit), "STR024") == []  # the repeated label is STR001's


# -- a DOCX written, read back, checked and fixed ------------------------------------------------


def test_docx_round_trip_finds_and_fixes(example, tmp_path) -> None:
    def edit(d):
        d["diktum"][0]["teks"] = d["diktum"][0]["teks"].replace("terdiri atas", "terdiri dari")
        d["diktum"][4]["teks"] = KELIMA.format("diktum kesatu")
        d["diktum"][6]["teks"] = "Keputusan ini berlaku sejak tanggal ditetapkan."

    draft = tmp_path / "draf.docx"
    draft.write_bytes(render_docx_bytes(edited(example, edit)))
    result = read(draft)
    found = check(result.keputusan, source_map=result.source_map, config=CheckConfig(select=MINE))
    assert sorted((f.rule, f.description("id"), f.text) for f in found) == [
        ("STR014", "Diktum KELIMA", "diktum kesatu"),
        ("STR016", "Diktum KESATU", "terdiri dari"),
        ("STR017", "Diktum KETUJUH", "Keputusan ini berlaku sejak tanggal"),
    ]
    # the diktum stand in the template's layout table: each finding names its table row
    assert all(f.location is not None and f.location.baris_tabel for f in found)
    fixed = tmp_path / "perbaikan.docx"
    report = apply_fixes(draft, fixed, found, source_map=result.source_map)
    assert sorted(a.rule for a in report) == ["STR014", "STR016", "STR017"]
    again = read(fixed)
    assert check(again.keputusan, source_map=again.source_map, config=CheckConfig(select=MINE)) == []


# -- robustness ----------------------------------------------------------------------------------------


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(k=keputusan())
def test_never_raise_on_arbitrary_decrees(k) -> None:
    for f in check(k, config=CheckConfig(select=MINE)):
        assert f.rule in MINE and f.message("id") and f.message("en") and f.description("en")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(k=plausible_keputusan())
def test_plausible_decrees_raise_nothing_and_keep_their_closing(k) -> None:
    for f in check(k, config=CheckConfig(select=MINE)):
        assert f.rule in MINE and f.text is not None


# Words of the clauses these rules read, in any order: a decree's sentences cut and shuffled.
_CLAUSE_WORDS = st.sampled_from(
    ["bahwa", "berdasarkan", "pertimbangan", "sebagaimana", "dimaksud", "dalam", "pada", "huruf", "angka", "a",
     "b", "c", "(a)", "1", "2", "dan", "sampai", "dengan", "s.d.", ",", "Diktum", "diktum", "dictum", "KESATU",
     "kesatu", "PERTAMA", "ke-2", "KEDUA", "Lampiran", "lampiran", "I", "II", "tercantum", "terlampir",
     "yang", "merupakan", "bagian", "tidak", "terpisahkan", "dari", "Keputusan", "Peraturan", "ini",
     "terdiri", "mulai", "berlaku", "b€rlaku", "sejak", "terhitung", "tanggal", "ditetapkan", "surut",
     "Pada saat", "Menetapkan", ";", "."]
)  # fmt: skip
_CLAUSE_TEXT = st.lists(_CLAUSE_WORDS, min_size=1, max_size=25).map(" ".join)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(menimbang=st.lists(_CLAUSE_TEXT, min_size=1, max_size=4), diktum=st.lists(_CLAUSE_TEXT, max_size=4))
def test_shuffled_clauses_give_findings_whose_text_is_there(example, menimbang, diktum) -> None:
    def edit(d):
        d["menimbang"] = [{"label": f"{chr(97 + i)}.", "teks": t} for i, t in enumerate(menimbang)]
        for i, t in enumerate(diktum):
            d["diktum"][i]["teks"] = t

    k = edited(example, edit)
    for f in check(k, config=CheckConfig(select=MINE)):
        assert f.rule in MINE and f.message("id") and f.message("en")
        texts = [t for p, t in iter_texts(k) if p == f.path or p.startswith(f.path + ".")]
        assert f.path == "menetapkan" or any(f.text in t for t in texts), (f.rule, f.path, f.text)
        if f.fix is not None:
            assert f.fix.old in f.text
