"""EJA009–EJA013, capitals and punctuation (EYD V): realistic wrong and right text, the
published seed, real decrees, the clean example, a rendered DOCX whose print is changed,
and arbitrary text."""

from __future__ import annotations

import copy
from pathlib import Path

import docx
import pytest
from conftest import EXAMPLE, PUBLISHED
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import zi_docs
from zi_docs.checks import CheckConfig, all_rules, check
from zi_docs.checks.rules.examples import PRINTED_ONLY, rule_examples
from zi_docs.checks.run import check_file
from zi_docs.model import Keputusan
from zi_docs.readers import read
from zi_docs.readers.italics import Italics
from zi_docs.readers.text_lines import text_to_lines
from zi_docs.rendering import render_docx_bytes

CODES = ["EJA009", "EJA010", "EJA011", "EJA012", "EJA013"]
MINE = CheckConfig(select=CODES)
REALWORLD = Path(__file__).resolve().parents[2] / "fixtures" / "realworld"


def decree(**parts) -> Keputusan:
    base = {
        "kepala": {
            "instansi": "BALAI PENGELOLA ALIH TEKNOLOGI PERTANIAN",
            "nomor": "16",
            "tahun": 2021,
            "tentang": "PENGANGKATAN AGEN PERUBAHAN",
        },
        "jabatan_pembentuk": "KEPALA BALAI PENGELOLA ALIH TEKNOLOGI PERTANIAN,",
    }
    base.update(parts)
    return Keputusan.model_validate(base)


def diktum(*texts: str) -> Keputusan:
    labels = ["KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA", "KEENAM"]
    return decree(diktum=[{"label": labels[i], "teks": t} for i, t in enumerate(texts)])


def found(k: Keputusan, code: str) -> list:
    return [f for f in check(k, config=CheckConfig(select=[code])) if f.rule == code]


def test_the_five_rules_are_registered_and_documented() -> None:
    rules = all_rules()
    for code in CODES:
        rule = rules[code]
        assert rule.summary.id and rule.summary.en and rule.why.id and rule.why.en and rule.source
        assert rule_examples(code) or code in PRINTED_ONLY
    assert rules["EJA013"].severity.value == "info"


# ---------------------------------------------------------------- each rule: wrong and right
@pytest.mark.parametrize(
    ("code", "wrong", "text", "new", "right"),
    [
        (
            "EJA009",
            "Undang-undang nomor 28 tahun 1999 tentang Penyelenggaraan Negara yang Bersih dan Bebas dari KKN;",
            "Undang-undang",
            "Undang-Undang",
            "Undang-Undang Nomor 28 Tahun 1999 tentang Penyelenggaraan Negara yang Bersih dan Bebas dari KKN;",
        ),
        (
            "EJA009",
            "Agen perubahan bertanggung jawab kepada kepala Balai pengelola Alih Teknologi Pertanian.",
            "kepala Balai pengelola Alih Teknologi Pertanian",
            "Kepala Balai Pengelola Alih Teknologi Pertanian",
            "Agen perubahan bertanggung jawab kepada Kepala Balai Pengelola Alih Teknologi Pertanian.",
        ),
        (
            "EJA010",
            "Tim bertugas menyusun rencana kerja;; dan",
            "kerja;;",
            "kerja;",
            "Tim bertugas menyusun rencana kerja; dan",
        ),
        (
            "EJA010",
            "Sasaran layanan meliputi penumpang, Kargo,pos, dan barang.",
            "Kargo,pos",
            "Kargo, pos",
            "Sasaran layanan meliputi penumpang, Kargo, pos, dan barang.",
        ),
        (
            "EJA010",
            "Tim melaporkan hasil kerja kepada Kepala Balai .",
            "Balai .",
            "Balai.",
            "Tim melaporkan hasil kerja kepada Kepala Balai.",
        ),
        (
            "EJA011",
            "Tugas Agen Perubahan sebagaimana dimaksud dalam Diktum KESATU, adalah:",
            "dimaksud dalam Diktum KESATU, adalah",
            " adalah",
            "Tugas Agen Perubahan sebagaimana dimaksud dalam Diktum KESATU adalah:",
        ),
    ],
)
def test_wrong_and_right(code, wrong, text, new, right) -> None:
    (hit,) = found(diktum(wrong), code)
    assert hit.text == text and hit.fix.new == new and hit.fix.safe
    assert hit.description("id") == "Diktum KESATU"
    assert found(diktum(right), code) == []


def test_eja009_the_law_that_enacts_a_perppu() -> None:
    k = diktum(
        "Peraturan Pemerintah Pengganti Undang-Undang Nomor 1 Tahun 2022 tentang Perubahan atas Undang-Undang "
        "Nomor 7 Tahun 2017 tentang Pemilihan Umum menjadi Undang-undang;"
    )
    (hit,) = found(k, "EJA009")
    assert hit.text == "Undang-undang" and hit.fix.new == "Undang-Undang"
    assert found(diktum("Rancangan itu kemudian ditetapkan menjadi undang-undang."), "EJA009") == []


def test_eja009_common_nouns_and_headings_keep_their_letters() -> None:
    right = diktum(
        "Pelaksanaan tugas sesuai dengan ketentuan peraturan perundang-undangan.",
        "Undang-Undang Dasar Negara Republik Indonesia Tahun 1945 menjadi dasar.",
        "KEPUTUSAN KEPALA BALAI PENGELOLA ALIH TEKNOLOGI PERTANIAN TENTANG AGEN PERUBAHAN",
        "Penyusun Materi Hukum dan Perundang-Undangan",
    )
    assert found(right, "EJA009") == []


def test_eja009_a_region_in_small_letters_is_nam001s() -> None:
    k = decree(
        kepala={
            "instansi": "KOMISI PEMILIHAN UMUM KABUPATEN PENAJAM PASER UTARA",
            "nomor": "1",
            "tahun": 2025,
            "tentang": "PEMBENTUKAN TIM",
        },
        jabatan_pembentuk="KETUA KOMISI PEMILIHAN UMUM KABUPATEN PENAJAM PASER UTARA,",
        diktum=[
            {
                "label": "KESATU",
                "teks": "Laporan disampaikan kepada Komisi Pemilihan Umum Kabupaten Penajam Paser utara.",
            }
        ],
    )
    assert found(k, "EJA009") == []


def test_eja010_numbers_codes_abbreviations_and_ellipses_are_right() -> None:
    right = diktum(
        "Biaya Rp1.500.000,00 (satu juta lima ratus ribu rupiah) atau 2,5 persen dibayar pukul 08.00 WITA.",
        "Nomor 12/Kpts/OT.140/1/2021, NIP 198010262009011005, a.n. Kepala Balai, Plh. Sekretaris, S.H., M.H.",
        "Rapat pukul 08:30 di https://jdih.pertanian.go.id/produk-hukum, kab_ppu@kpu.go.id, dan seterusnya ...",
        "Nama ......................... Jabatan …………………………..(3)…………",
        "Kapasitas lebar pita ..Kbps; Rasio Dosen:Mahasiswa dan Rasio Pendaftar:Diterima",
    )
    assert found(right, "EJA010") == []


def test_eja010_an_item_label_with_two_periods_run_into_the_item_before() -> None:
    # A text reader that does not know "2.." as a label leaves it inside the item before.
    k = diktum("menyusun rencana kerja Tim; 2.. melaksanakan sosialisasi;", "Nomor 1 1.. Peraturan Pemerintah")
    assert [(f.text, f.fix.new, f.fix.safe) for f in found(k, "EJA010")] == [("2..", "2.", True)]


def test_eja010_debris_of_a_scan_is_not_reported() -> None:
    # OCR joins words and drops spaces; a reviewer would not mark these as punctuation.
    k = diktum("RUANGLINGKUP,TUJUANDANSASARAN", "sebagaimana d,imaksud dalam Pasal 2", "14 . Peraturan Pemerintah")
    assert found(k, "EJA010") == []


def test_eja011_the_same_comma_in_the_next_items_of_a_list_is_noted() -> None:
    k = diktum(
        "Tugas Tim sebagaimana dimaksud dalam Diktum KESATU, adalah:",
        "Tugas Pengarah sebagaimana dimaksud dalam Diktum KESATU, adalah:",
    )
    assert [(f.path, f.severity.value) for f in found(k, "EJA011")] == [
        ("diktum[0].teks", "warning"),
        ("diktum[1].teks", "info"),
    ]


def test_eja011_a_pair_of_commas_around_a_remark_is_right() -> None:
    k = diktum("Ketua Tim, sebagaimana dimaksud dalam Diktum KESATU, adalah penanggung jawab.", "Tugas, adalah:")
    assert found(k, "EJA011") == []
    # "yaitu" after a comma introduces a specification (EYD V bab III.B): not reported.
    assert found(diktum("Tim terdiri atas dua unsur, yaitu Pengarah dan Tim Kerja."), "EJA011") == []


def test_eja012_a_team_in_the_diktum_written_with_a_comma() -> None:
    k = decree(
        diktum=[
            {
                "label": "KESATU",
                "teks": "Membentuk Tim Kerja yang terdiri atas:",
                "rincian": [
                    {"label": "a.", "teks": "Tim Manajemen, Perubahan;"},
                    {"label": "b.", "teks": "Tim Penataan Tata Laksana."},
                ],
            }
        ],
        lampiran=[
            {
                "nomor": "I",
                "judul": "SUSUNAN TIM",
                "jenis": "susunan_tim",
                "kelompok": [{"nama": "TIM MANAJEMEN PERUBAHAN", "anggota": [{"nama": "Susanty", "jabatan": "Ketua"}]}],
            }
        ],
    )
    (hit,) = found(k, "EJA012")
    assert hit.text == "Tim Manajemen, Perubahan" and hit.fix.new == "Tim Manajemen Perubahan"
    assert hit.description("id") == "Diktum KESATU huruf a"


def test_eja012_a_list_of_two_or_more_names_keeps_its_commas() -> None:
    k = decree(
        lampiran=[
            {
                "nomor": "I",
                "judul": "SUSUNAN TIM",
                "jenis": "susunan_tim",
                "kelompok": [
                    {
                        "nama": "TIM KERJA",
                        "anggota": [
                            {"nama": "Susanty", "jabatan": "Kepala Sub Bagian Perencanaan, Data dan Informasi"},
                            {"nama": "Megawati", "jabatan": "Kepala Seksi Lalu Lintas, Izin Tinggal"},
                        ],
                    }
                ],
            }
        ]
    )
    assert found(k, "EJA012") == []


# ---------------------------------------------------------------- the published seed
@pytest.fixture(scope="module")
def seed():
    return check_file(PUBLISHED, MINE).findings


def _at(findings, code: str, text: str, where: str) -> list:
    return [f for f in findings if f.rule == code and f.text == text and f.description("id") == where]


@pytest.mark.parametrize(
    ("code", "text", "where", "line"),
    [
        ("EJA011", "dimaksud dalam Diktum KESATU, adalah", "Diktum KETIGA", 56),
        ("EJA011", "dimaksud dalam Diktum KESATU, adalah", "Diktum KEEMPAT", 64),
        ("EJA012", "Pelaksanaan, Pengendalian Gratifikasi", "Lampiran II, bagian II, judul", 255),
        # Printed upright in the komponen cell, in italics in the cells beside it.
        ("EJA013", "Public Campaign", "Lampiran II, bagian II, baris 1, komponen", 256),
        ("EJA013", "Whistle Blowing System", "Lampiran II, bagian III, judul", 261),
        ("EJA013", "hotline", "Lampiran II, bagian III, baris 1, bukti fisik", 263),
    ],
)
def test_seed_mistakes_are_found(seed, code, text, where, line) -> None:
    hits = _at(seed, code, text, where)
    assert hits, f"{code} {text!r} at {where} not found"
    assert hits[0].location is not None and hits[0].location.baris == line


def test_seed_fixes(seed) -> None:
    commas = [f for f in seed if f.rule == "EJA011"]
    assert len(commas) == 2
    assert all(f.fix.old == ", adalah" and f.fix.new == " adalah" and f.fix.safe for f in commas)
    (comma,) = [f for f in seed if f.rule == "EJA012"]
    assert comma.fix.new == "Pelaksanaan Pengendalian Gratifikasi" and comma.fix.safe


def test_seed_italics_are_kept_and_respected(seed) -> None:
    # "Road Map", "public campaign", "reward/punishment", "role model", "gathering" stand in
    # the seed's <i>/*…* marks wherever they are written: none of them is reported.
    reported = {f.text.lower() for f in seed if f.rule == "EJA013"}
    assert not reported & {"road map", "reward", "punishment", "role model", "gathering", "timeline"}
    # "Aplikasi Gratifikasi Online" is the name of an application, not a term.
    assert "online" not in reported
    assert {f.severity.value for f in seed if f.rule == "EJA013"} == {"info"}


def test_seed_without_italic_marks_gets_no_italic_findings(tmp_path) -> None:
    import re

    plain = re.sub(r"</?i>|(?<![\w*])\*(?!\s)([^*]+?)\*", r"\1", PUBLISHED.read_text(encoding="utf-8"))
    path = tmp_path / PUBLISHED.name
    path.write_text(plain, encoding="utf-8")
    assert read(path).italics is None
    assert [f for f in check_file(path, MINE).findings if f.rule == "EJA013"] == []


def test_a_term_the_document_itself_prints_in_italics(tmp_path) -> None:
    # "quality assurance" is in no list: the document's own italics make it a foreign term.
    text = PUBLISHED.read_text(encoding="utf-8")
    text = text.replace("membentuk perubahan pola pikir", "membentuk *quality assurance* dan perubahan pola pikir")
    text = text.replace("menetapkan kerja individu", "menetapkan quality assurance kerja individu")
    path = tmp_path / PUBLISHED.name
    path.write_text(text, encoding="utf-8")
    hits = [f for f in check_file(path, MINE).findings if f.rule == "EJA013" and "quality" in f.text]
    assert [(f.text, f.description("id")) for f in hits] == [
        ("quality assurance", "Diktum KEEMPAT angka 2 huruf c angka 3)")
    ]


# ---------------------------------------------------------------- real decrees
def _real(name: str) -> list:
    return check_file(REALWORLD / name, MINE).findings


def test_real_decrees() -> None:
    kpa = _real("bpatp-kementan-keputusan-kpa-18-2021-satlak-spi.txt")
    for item in (1, 2, 3):
        assert _at(kpa, "EJA009", "Undang-undang", f"Mengingat angka {item}")
    agen = _real("bpatp-kementan-keputusan-16-2021-agen-perubahan.txt")
    (balai, *_) = _at(agen, "EJA009", "Balai pengelola alih teknologi pertanian", "Menimbang huruf a")
    assert balai.fix.new == "Balai Pengelola Alih Teknologi Pertanian"
    kemenhub = _real("kemenhub-peraturan-menteri-pm-2-2025-angkutan-udara.txt")
    assert {f.text for f in kemenhub if f.rule == "EJA010"} == {"Kargo,pos", "penerbangan;dan"}
    tegal = _real("bps-tegal-keputusan-template-tim-2025.docx")
    assert _at(tegal, "EJA009", "Badan Pusat statistik Kota Tegal", "Diktum KESATU")


@pytest.mark.parametrize("path", sorted(REALWORLD.glob("*.txt")), ids=lambda p: p.stem[:40])
def test_real_decrees_get_no_italic_findings_without_italics(path) -> None:
    # pdftotext and OCR keep no italics: the rule stays silent.
    assert [f for f in check_file(path, MINE).findings if f.rule == "EJA013"] == []


# ---------------------------------------------------------------- the clean example
def test_clean_example_has_no_findings(tmp_path) -> None:
    assert check_file(EXAMPLE, MINE).findings == []
    path = tmp_path / "contoh.docx"
    path.write_bytes(render_docx_bytes(zi_docs.load(EXAMPLE)))
    assert check_file(path, MINE).findings == []


# ---------------------------------------------------------------- a rendered DOCX, its print changed
def _split_italic(paragraph, word: str) -> bool:
    """Print the first ``word`` of the paragraph in italics, in a run of its own."""
    for run in paragraph.runs:
        if word in run.text:
            before, after = run.text.split(word, 1)
            element = run._r
            middle, tail = copy.deepcopy(element), copy.deepcopy(element)
            element.addnext(middle)
            middle.addnext(tail)
            run.text = before
            docx.text.run.Run(middle, paragraph).text = word
            docx.text.run.Run(middle, paragraph).italic = True
            docx.text.run.Run(tail, paragraph).text = after
            return True
    return False


def _paragraphs(document):
    yield from document.paragraphs
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                yield from cell.paragraphs


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("italic") / "contoh.docx"
    path.write_bytes(render_docx_bytes(zi_docs.load(EXAMPLE)))
    return path


def test_docx_italics_are_read_and_an_upright_term_is_found(rendered, tmp_path) -> None:
    document = docx.Document(str(rendered))
    road_map = [p for p in _paragraphs(document) if "Road Map" in p.text]
    assert len(road_map) >= 2
    # KEEMPAT 1.d in italics, as EYD asks; KEEMPAT 2.a.4) left upright.
    assert _split_italic(road_map[0], "Road Map")
    path = tmp_path / "miring.docx"
    document.save(str(path))

    result = read(path)
    assert result.italics is not None
    spans = [line.text[a:b] for line in result.italics.lines for a, b in line.spans]
    assert spans == ["Road Map"]
    hits = [f for f in check_file(path, MINE).findings if f.rule == "EJA013" and f.text == "Road Map"]
    assert [f.description("id") for f in hits] == ["Diktum KEEMPAT angka 2 huruf a angka 4)"]

    # Both in italics: nothing left to report on them.
    document = docx.Document(str(path))
    upright = [p for p in _paragraphs(document) if "Road Map" in p.text and not any(r.italic for r in p.runs)]
    assert _split_italic(upright[0], "Road Map")
    document.save(str(path))
    assert [f for f in check_file(path, MINE).findings if f.text == "Road Map"] == []


def test_italics_from_a_character_style(tmp_path) -> None:
    from docx_builders import add_style

    document = docx.Document()
    add_style(
        document,
        '<w:style w:type="character" w:styleId="Asing"><w:name w:val="Asing"/><w:rPr><w:i/></w:rPr></w:style>',
    )
    paragraph = document.add_paragraph("melaksanakan ")
    paragraph.add_run("public campaign").style = document.styles["Asing"]
    paragraph.add_run(" dan kampanye lain")
    path = tmp_path / "gaya.docx"
    document.save(str(path))
    from zi_docs.readers.docx_lines import read_docx_lines

    (line,) = [line for line in read_docx_lines(path) if line.text]
    assert [line.text[a:b] for a, b in line.italic] == ["public campaign"]


def test_fixing_a_rendered_docx_applies_the_safe_fixes(tmp_path) -> None:
    k = zi_docs.load(EXAMPLE)
    k.diktum[2].teks = "Tugas Tim sebagaimana dimaksud dalam Diktum KESATU, adalah:"
    k.diktum[4].teks = k.diktum[4].teks.replace(
        "kepada Ketua Komisi Pemilihan Umum", "kepada ketua Komisi Pemilihan umum"
    )
    k.diktum[2].rincian[0].teks = k.diktum[2].rincian[0].teks.replace("Melayani;", "Melayani;;")
    k.lampiran[1].bagian[1].judul = "Pelaksanaan, Pengendalian Gratifikasi"
    path, fixed = tmp_path / "koma.docx", tmp_path / "koma-perbaikan.docx"
    path.write_bytes(render_docx_bytes(k))
    assert sorted(f.rule for f in check_file(path, MINE).findings) == ["EJA009", "EJA010", "EJA011", "EJA012"]
    zi_docs.fix_file(path, fixed, config=MINE)
    assert check_file(fixed, MINE).findings == []
    again = read(fixed).keputusan
    assert again.diktum[2].teks == "Tugas Tim sebagaimana dimaksud dalam Diktum KESATU adalah:"
    assert "kepada Ketua Komisi Pemilihan Umum Kabupaten" in again.diktum[4].teks
    assert again.diktum[2].rincian[0].teks.endswith("Melayani;")
    assert again.lampiran[1].bagian[1].judul == "Pelaksanaan Pengendalian Gratifikasi"


# ---------------------------------------------------------------- the text reader's italics
def test_text_reader_keeps_italic_marks_as_spans() -> None:
    lines = text_to_lines("1\t<i>Public Campaign</i> tentang gratifikasi\tmelakukan *public campaign*;", "x.txt")
    (line,) = lines
    assert line.text == "1\tPublic Campaign tentang gratifikasi\tmelakukan public campaign;"
    assert line.cells == ("1", "Public Campaign tentang gratifikasi", "melakukan public campaign;")
    assert [line.text[a:b] for a, b in line.italic] == ["Public Campaign", "public campaign"]
    (open_tag,) = text_to_lines("- <i>road map yang", "x.txt")
    assert [open_tag.text[a:b] for a, b in open_tag.italic] == ["road map yang"]


# ---------------------------------------------------------------- arbitrary text
_TEXT = st.text(alphabet=st.sampled_from(list("aAbUn dg-.,;:()…\t\n*<i>/0123456789ékrm")), max_size=80)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT, _TEXT)
def test_never_raises_on_arbitrary_text(first: str, second: str) -> None:
    k = diktum(first or "a", second or "b")
    for f in check(k, config=MINE):
        assert f.text and f.message("id") and f.message("en")
    lines = text_to_lines(f"KESATU : {first}\n{second}\n", "x.txt")
    italics = Italics.of(lines)
    if italics is not None:
        italics.upright(lines[0].location, [line.location for line in lines], first, "road map")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.data())
def test_never_raises_on_arbitrary_decrees(data) -> None:
    import strategies

    k = data.draw(strategies.keputusan())
    for f in check(k, config=MINE):
        assert f.rule in CODES
