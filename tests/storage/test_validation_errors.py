"""Invalid decree data: every problem at once, each with its path, line and message."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

import zi_docs
from zi_docs.errors import InvalidDataError, UnreadableFileError, UnsupportedFormatError


def problems(tmp_path: Path, text: str, lang: str = "id") -> dict[str, tuple[int | None, str]]:
    path = tmp_path / "k.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    with pytest.raises(InvalidDataError) as info:
        zi_docs.load(path)
    return {p.where: (p.line, p.message(lang)) for p in info.value.problems}


MINIMAL = """\
kepala:
  instansi: KOMISI PEMILIHAN UMUM KABUPATEN X
  nomor: 1
  tentang: PEMBENTUKAN TIM
jabatan_pembentuk: KETUA KOMISI PEMILIHAN UMUM KABUPATEN X,
"""


def test_minimal_decree_loads(tmp_path: Path) -> None:
    path = tmp_path / "k.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    k = zi_docs.load(path)
    assert k.kepala.nomor == "1" and k.diktum == []


def test_every_problem_is_reported_with_path_and_line(tmp_path: Path) -> None:
    found = problems(
        tmp_path,
        MINIMAL
        + textwrap.dedent(
            """\
        menimbng:
          - teks: bahwa;
        penetapan:
          jabatan: KETUA,
          nama: X
          tanggal: 31 Februari 2025
        lampiran:
          - jenis: susunan_tim
            judul: SUSUNAN
            kelompok:
              - nama: PENGARAH
              - nama: TIM KERJA
              - nama: TIM A
                anggota:
                  - nama: A
                  - nama: B
                  - nama: C
                  - nama: D
                  - nama: E
                    jabatan: [bukan, teks]
          - jenis: lain
            judul: X
        """
        ),
    )
    assert found["menimbng"] == (6, "kolom 'menimbng' tidak dikenal; maksudnya 'menimbang'?")
    assert found["penetapan.tanggal"] == (
        11,
        "tanggal 31 Februari 2025 tidak ada: Februari 2025 hanya sampai tanggal 28",
    )
    assert found["lampiran[0].kelompok[2].anggota[4].jabatan"] == (25, "harus berupa teks")
    assert found["lampiran[1]"][1].startswith("jenis 'lain' tidak dikenal")
    assert len(found) == 4


def test_missing_heading_and_wrong_types(tmp_path: Path) -> None:
    found = problems(tmp_path, "jabatan_pembentuk: KETUA,\nmenimbang: bahwa\ndiktum:\n  - teks: x\n")
    assert found["kepala"] == (1, "wajib diisi")
    assert found["menimbang"][1] == "harus berupa daftar (- butir)"
    assert found["diktum[0].label"][1] == "wajib diisi"


def test_messages_in_english(tmp_path: Path) -> None:
    found = problems(tmp_path, MINIMAL + "penetapan:\n  jabatan: K,\n  nama: X\n  tanggal: 30 Februari 2024\n", "en")
    assert found["penetapan.tanggal"][1] == "the date 30 Februari 2024 does not exist: Februari 2024 has 29 days"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-02-31", "tanggal 2025-02-31 tidak ada"),
        ("8 Septembre 2025", "nama bulan 'Septembre' tidak dikenal"),
        ("kemarin", "'kemarin' bukan tanggal"),
        ("2025-13-01", "tanggal 2025-13-01 tidak ada: bulan harus 1 sampai 12"),
    ],
)
def test_bad_dates(tmp_path: Path, value: str, expected: str) -> None:
    found = problems(tmp_path, MINIMAL + f"penetapan:\n  jabatan: K,\n  nama: X\n  tanggal: {value}\n")
    assert found["penetapan.tanggal"][1].startswith(expected)


def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "k.yaml"
    path.write_text("kepala:\n  nomor: 1\n   tentang: x\n", encoding="utf-8")
    with pytest.raises(UnreadableFileError) as info:
        zi_docs.load(path)
    assert "baris 3" in info.value.text()


YAML_MISTAKES = [
    # (file text, line, Indonesian words, English words, words of the hint)
    ("kepala:\n\tnomor: 1\n", 2, "karakter tab", "tab character", "Ganti setiap tab dengan spasi"),
    ("kepala:\n  tentang: Catatan: rapat\n", 2, "titik dua (:)", "unexpected colon", 'judul: "Catatan: rapat, 2025"'),
    ("kepala:\n  nomor: 1\n tahun: 2\n", 3, "indentasi baris ini", "indentation does not match", "Sejajarkan"),
    ('kepala:\n  tentang: "PEMBENTUKAN\n  nomor: 1\n', 2, "tanda kutip dibuka", "quote is opened", "Tutup tanda"),
    ("tembusan: [Ketua, Sekretaris] dan Arsip\n", 1, "diawali [ atau {", "starting with [ or {", "tanda kutip"),
    ("kepala:\n  instansi: @KPU\n", 2, "diawali '@'", "cannot start with '@'", "tanda kutip"),
    ('kepala:\n  tentang: "C:\\Data"\n', 2, "garis miring terbalik", "backslash", "tanda kutip tunggal"),
    (
        "kepala:\n  nomor: 1\ntahun 2025\njabatan_pembentuk: x\n",
        3,
        "'kunci: nilai'",
        "'key: value'",
        "spasi sesudah titik dua",
    ),
    ("kepala: x\n---\nkepala: y\n", 2, "lebih dari satu dokumen", "more than one document", "hapus baris ---"),
    ("kepala: a\x01\n", 1, "karakter kendali #x0001", "control character", "Hapus karakter itu"),
]


@pytest.mark.parametrize(("text", "line", "words_id", "words_en", "hint"), YAML_MISTAKES)
def test_yaml_errors_are_told_in_indonesian_with_the_line_and_a_hint(
    tmp_path: Path, text: str, line: int, words_id: str, words_en: str, hint: str
) -> None:
    """Issue 18: PyYAML's English ("found character '\\t' that cannot start any token") never reaches the user."""
    path = tmp_path / "k.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(UnreadableFileError) as info:
        zi_docs.load(path)
    indonesian, english = info.value.text("id"), info.value.text("en")
    assert f"YAML tidak sah di baris {line} kolom " in indonesian and words_id in indonesian
    assert hint in indonesian
    assert f"invalid YAML at line {line} column " in english and words_en in english
    for pyyaml in ("cannot start any token", "mapping values", "expected <block end>", "while scanning", "found "):
        assert pyyaml not in indonesian and pyyaml not in english


def test_yaml_error_through_the_cli_in_both_languages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from zi_docs.cli import main

    path = tmp_path / "k.yaml"
    path.write_text("kepala:\n\tnomor: 1\n", encoding="utf-8")
    assert main(["validate", str(path)]) == 2
    err = capsys.readouterr().err
    assert "baris 2 kolom 1: ada karakter tab" in err and "Baris 2: →nomor: 1" in err
    assert main(["validate", "--lang", "en", str(path)]) == 2
    err = capsys.readouterr().err
    assert "line 2 column 1: there is a tab character" in err and "Line 2: →nomor: 1" in err


def test_python_tags_are_never_constructed(tmp_path: Path) -> None:
    path = tmp_path / "k.yaml"
    path.write_text("kepala: !!python/object/apply:os.system ['echo hacked > x']\n", encoding="utf-8")
    with pytest.raises(UnreadableFileError):
        zi_docs.load(path)
    assert not (tmp_path / "x").exists()


def test_alias_bomb_is_refused_before_expansion(tmp_path: Path) -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 8)]
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(zi_docs.ZiDocsError, match="alias"):
        zi_docs.load(path)


def test_unreadable_inputs(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFileError, match="tidak ditemukan"):
        zi_docs.load(tmp_path / "missing.yaml")
    latin = tmp_path / "latin.yaml"
    latin.write_bytes("kepala: Keputusan n\xba 1\n".encode("cp1252"))
    with pytest.raises(UnreadableFileError, match="UTF-8"):
        zi_docs.load(latin)
    with pytest.raises(UnsupportedFormatError):
        zi_docs.load(tmp_path / "k.docx")
    empty = tmp_path / "empty.yaml"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(UnreadableFileError, match="kosong"):
        zi_docs.load(empty)
    comments_only = tmp_path / "comments.yaml"
    comments_only.write_text("# belum diisi\n", encoding="utf-8")
    with pytest.raises(InvalidDataError, match="kosong"):
        zi_docs.load(comments_only)
    bad_json = tmp_path / "k.json"
    bad_json.write_text('{"kepala": }', encoding="utf-8")
    with pytest.raises(UnreadableFileError, match="baris 1"):
        zi_docs.load(bad_json)
    listing = tmp_path / "list.yaml"
    listing.write_text("- a\n- b\n", encoding="utf-8")
    with pytest.raises(InvalidDataError, match="pemetaan"):
        zi_docs.load(listing)
