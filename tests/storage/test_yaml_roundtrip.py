"""Commands that rewrite a decree's YAML keep its comments and layout (issue 18).

The example's 52-line header, its ``# zi-docs: abaikan ORG004`` marks, key order
and quoting go through ``fix``, ``excel import --into`` and ``members --into``;
only the values that changed change.
"""

from __future__ import annotations

import difflib
from pathlib import Path

import openpyxl
import pytest
from conftest import EXAMPLE

import zi_docs
from zi_docs.cli import main
from zi_docs.storage.load_save import load, save
from zi_docs.storage.yaml_roundtrip import update_yaml

ORIGINAL = EXAMPLE.read_text(encoding="utf-8")
# The schema line is kept too, but names the schema from the output's folder.
COMMENTS = [
    line
    for line in ORIGINAL.splitlines()
    if (line.lstrip().startswith("#") or " # " in line) and not line.startswith("# yaml-language-server")
]
MARKS = [line for line in ORIGINAL.splitlines() if "zi-docs: abaikan" in line]


def changed_lines(before: str, after: str) -> list[str]:
    """The lines removed (-) and added (+) from ``before`` to ``after``."""
    return [
        line
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


def in_example_folder(tmp_path: Path, text: str = ORIGINAL) -> Path:
    """A copy of the example beside it, so that its relative schema line stays valid."""
    path = EXAMPLE.parent / f".{tmp_path.name}-draf.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def draft(tmp_path: Path):
    path = in_example_folder(tmp_path)
    yield path
    path.unlink(missing_ok=True)


def test_the_example_keeps_every_line_and_the_marks() -> None:
    assert len(MARKS) == 3 and len(COMMENTS) > 52  # the header and the marks are what is at stake
    example = load(EXAMPLE)
    data = zi_docs.to_data(example)
    assert update_yaml(ORIGINAL, data, data) == ORIGINAL


def test_save_like_changes_only_the_changed_values(tmp_path: Path) -> None:
    example = load(EXAMPLE)
    example.kepala.nomor = "43"
    example.lampiran[0].kelompok[0].anggota.pop(0)
    out = save(example, EXAMPLE.parent / f".{tmp_path.name}.yaml", like=EXAMPLE)
    try:
        text = out.read_text(encoding="utf-8")
    finally:
        out.unlink()
    changes = changed_lines(ORIGINAL, text)
    assert changes == [
        '-  nomor: "42"',
        '+  nomor: "43"',
        '-          - nomor: "1."',
        "-            nama: Ali Yamin Ishak",
        "-            jabatan: Ketua Komisi Pemilihan Umum Kabupaten Penajam Paser Utara",
        "-            kedudukan: Pengarah",
    ]


def test_schema_line_follows_the_file_to_another_folder(tmp_path: Path) -> None:
    out = save(load(EXAMPLE), tmp_path / "sub" / "k.yaml", like=EXAMPLE)
    text = out.read_text(encoding="utf-8")
    first, rest = text.split("\n", 1)
    schema = first.removeprefix("# yaml-language-server: $schema=")
    assert (out.parent / schema).resolve() == (EXAMPLE.parent / "../schemas/keputusan.schema.json").resolve()
    assert rest == ORIGINAL.split("\n", 1)[1]


def test_new_values_are_quoted_as_before_and_multiline_text_is_a_block(tmp_path: Path) -> None:
    text = '# kepala\nkepala:\n  nomor: "7"  # nomor surat\n  tahun: 2025\n'
    old = {"kepala": {"nomor": "7", "tahun": 2025}}
    new = {"kepala": {"nomor": "8", "tahun": 2025, "tentang": "A\nB"}, "menimbang": [{"teks": "x: y"}]}
    assert update_yaml(text, old, new) == (
        '# kepala\nkepala:\n  nomor: "8"  # nomor surat\n  tahun: 2025\n  tentang: |-\n    A\n    B\n'
        "menimbang:\n- teks: 'x: y'\n"
    )


def test_fix_keeps_comments_and_undoes_only_the_mistake(tmp_path: Path) -> None:
    wrong = ORIGINAL.replace(
        "Kabupaten Penajam Paser Utara Tahun 2025 perlu", "Kabupaten Petajam Paser Utara Tahun 2025 perlu"
    )
    assert wrong != ORIGINAL
    source = in_example_folder(tmp_path, wrong)
    out = EXAMPLE.parent / f".{tmp_path.name}-perbaikan.yaml"
    try:
        assert main(["fix", str(source), "-o", str(out)]) == 0
        assert out.read_text(encoding="utf-8") == ORIGINAL
    finally:
        source.unlink(missing_ok=True)
        out.unlink(missing_ok=True)


def test_fix_file_api_keeps_comments(tmp_path: Path) -> None:
    from zi_docs.fix import fix_file

    wrong = ORIGINAL.replace("nama: Linda Marlis", "nama: Linda  Marlis", 1)
    source = tmp_path / "draf.yaml"
    source.write_text(wrong, encoding="utf-8")
    out = tmp_path / "hasil.yaml"
    fix_file(source, out)
    text = out.read_text(encoding="utf-8")
    assert all(line in text.splitlines() for line in COMMENTS)


def test_excel_import_keeps_comments_and_changes_the_edited_cell(tmp_path: Path) -> None:
    xlsx = tmp_path / "tabel.xlsx"
    assert main(["excel", "export", str(EXAMPLE), "-o", str(xlsx)]) == 0
    workbook = openpyxl.load_workbook(xlsx)
    sheet = workbook["Lampiran I Susunan Tim"]
    assert sheet["E2"].value == "Ali Yamin Ishak"
    sheet["E2"] = "Ali Yamin Ishak, S.H."
    workbook.save(xlsx)
    out = tmp_path / "baru.yaml"
    assert main(["excel", "import", str(xlsx), "--into", str(EXAMPLE), "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert all(line in text.splitlines() for line in COMMENTS)
    assert [line for line in changed_lines(ORIGINAL, text) if not line.startswith(("-# yaml", "+# yaml"))] == [
        "-            nama: Ali Yamin Ishak",
        "+            nama: Ali Yamin Ishak, S.H.",
    ]
    assert load(out).lampiran[0].kelompok[0].anggota[0].nama == "Ali Yamin Ishak, S.H."


def test_members_into_keeps_comments_and_the_marks(tmp_path: Path) -> None:
    example = load(EXAMPLE)
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for index, group in enumerate(example.lampiran[0].kelompok):
        sheet = workbook.create_sheet(f"Tim {index + 1}")
        sheet.append([group.label, group.nama])  # marker and name in two cells, as printed
        sheet.append(["NO", "NAMA", "JABATAN", "KEDUDUKAN DALAM TIM"])
        for member in group.anggota:
            sheet.append([member.nomor, member.nama, member.jabatan, member.kedudukan])
    xlsx = tmp_path / "anggota.xlsx"
    workbook.save(xlsx)
    out = tmp_path / "baru.yaml"
    assert main(["members", str(xlsx), "--into", str(EXAMPLE), "--lampiran", "I", "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    lines = text.splitlines()
    assert [line for line in MARKS if line not in lines] == []
    assert [line for line in COMMENTS if line not in lines] == []
    assert zi_docs.check(load(out)) == zi_docs.check(example)


SMALL = """\
# Draf keputusan: komentar kepala berkas.
kepala:
  instansi: KOMISI PEMILIHAN UMUM KABUPATEN PENAJAM PASER UTARA  # nama resmi
  nomor: '7'
  tentang: PEMBENTUKAN TIM
jabatan_pembentuk: KETUA KOMISI PEMILIHAN UMUM KABUPATEN PENAJAM PASER UTARA,
penetapan:
  tempat: Penajam
  tanggal: 8 September 2025   # ditulis dengan nama bulan
  jabatan: KETUA,
  nama: ALI YAMIN ISHAK
"""


def test_a_value_written_another_way_stays_as_written(tmp_path: Path) -> None:
    source = tmp_path / "k.yaml"
    source.write_text(SMALL, encoding="utf-8")
    keputusan = load(source)
    keputusan.kepala.nomor = "8"
    out = save(keputusan, tmp_path / "baru.yaml", like=source)
    assert changed_lines(SMALL, out.read_text(encoding="utf-8")) == ["-  nomor: '7'", "+  nomor: '8'"]


def test_an_alias_keeps_working_and_a_shared_value_changed_in_one_place_is_written_afresh(tmp_path: Path) -> None:
    text = SMALL.replace("  tempat: Penajam", "  tempat: &tempat Penajam") + (
        "tembusan:\n  - *tempat\n"
        "lampiran:\n  - jenis: susunan_tim\n    nomor: I\n    judul: SUSUNAN TIM\n    kelompok:\n"
        "      - nama: TIM A\n        anggota: &sama\n          - nama: Aris\n"
        "      - nama: TIM B\n        anggota: *sama\n"
    )
    source = tmp_path / "k.yaml"
    source.write_text(text, encoding="utf-8")
    keputusan = load(source)
    keputusan.tembusan = ["Arsip"]
    out = save(keputusan, tmp_path / "baru.yaml", like=source)
    assert load(out) == keputusan
    assert "# ditulis dengan nama bulan" in out.read_text(encoding="utf-8")  # the alias did not get in the way
    # The two teams share one list in the file; one changed alone cannot be kept so.
    keputusan.lampiran[0].kelompok[1].anggota[0].nama = "Budi"
    out = save(keputusan, tmp_path / "lagi.yaml", like=source)
    assert load(out) == keputusan
    assert [g.anggota[0].nama for g in load(out).lampiran[0].kelompok] == ["Aris", "Budi"]


def test_like_is_not_used_for_json_or_a_json_original(tmp_path: Path) -> None:
    source = tmp_path / "k.yaml"
    source.write_text(SMALL, encoding="utf-8")
    keputusan = load(source)
    as_json = save(keputusan, tmp_path / "k.json", like=source)
    assert load(as_json) == keputusan and "#" not in as_json.read_text(encoding="utf-8")
    again = save(keputusan, tmp_path / "lagi.yaml", like=as_json)
    assert load(again) == keputusan


def test_a_file_zi_docs_wrote_keeps_its_folded_lines(tmp_path: Path) -> None:
    """``save`` without ``like`` folds long texts at 100 columns (PyYAML), which ruamel.yaml
    would fold again differently: the lines no change touched stay as they were."""
    written = save(load(EXAMPLE), tmp_path / "k.yaml")
    before = written.read_text(encoding="utf-8")
    assert any(line.startswith("    ") and ":" not in line for line in before.splitlines())  # folded texts
    keputusan = load(written)
    keputusan.kepala.nomor = "43"
    keputusan.menimbang[1].teks = "bahwa berdasarkan pertimbangan tersebut perlu menetapkan Keputusan."
    out = save(keputusan, tmp_path / "baru.yaml", like=written)
    assert load(out) == keputusan
    changes = changed_lines(before, out.read_text(encoding="utf-8"))
    assert changes[:2] == ["-  nomor: '42'", "+  nomor: '43'"]
    assert changes[-1] == "+  teks: bahwa berdasarkan pertimbangan tersebut perlu menetapkan Keputusan."
    assert all(line.startswith("-") for line in changes[2:-1])  # the old text's folded lines, nothing else
