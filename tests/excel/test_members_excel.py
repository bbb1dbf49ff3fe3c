"""Importing member lists from Excel: both layouts, bad rows, merging, the CLI."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zi_docs import load
from zi_docs.cli import main
from zi_docs.errors import InvalidDataError, UnreadableFileError, UnsupportedFormatError, ZiDocsError
from zi_docs.excel import (
    LampiranSelectionError,
    find_team_lampiran,
    load_members,
    merge_members,
    merge_teams,
    split_label,
)
from zi_docs.model import (
    Anggota,
    AreaZI,
    KelompokTim,
    Kepala,
    Keputusan,
    LampiranRencanaAksi,
    LampiranSusunanTim,
)

HEADER = ["NO", "NAMA", "JABATAN", "KEDUDUKAN DALAM TIM"]
LONG_TEAM = "TIM PENATAAN SISTEM MANAJEMEN SUMBER DAYA MANUSIA"


def write_xlsx(path: Path, sheets: dict[str, Sequence[Sequence[Any]]], hidden: Sequence[str] = ()) -> Path:
    """A workbook with one sheet per entry, rows written from A1, strings kept as text."""
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is None:
                    continue
                cell = sheet.cell(row=r, column=c, value=value)
                if isinstance(value, str):
                    # A name starting with "=" is text, not a formula; "!#N/A" is an error value.
                    cell.data_type = "s"
                    if value.startswith("!#"):
                        cell.value, cell.data_type = value[1:], "e"
        if title in hidden:
            sheet.sheet_state = "hidden"
    workbook.save(path)
    return path


def problems_of(excinfo: pytest.ExceptionInfo[InvalidDataError]) -> list[str]:
    return [f"{p.where}: {p.message('id')}" for p in excinfo.value.problems]


# ------------------------------------------------------------------------ layouts


def test_one_sheet_per_team(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "a.xlsx",
        {
            "PENGARAH": [
                HEADER,
                [1, "Ali Yamin Ishak", "Ketua Komisi Pemilihan Umum", "Pengarah"],
                [2, "  Aris ", "Anggota Komisi Pemilihan Umum", "Pengarah"],
            ],
            "a. TIM MANAJEMEN PERUBAHAN": [
                HEADER,
                [1, "Linda Marlis", "Kepala Sub Bagian Teknis", "Koordinator merangkap Anggota"],
                [],  # an empty row in the middle is skipped
                [2, "M. Hady Habibullah", "Penata Kelola Sistem", "Anggota"],
            ],
        },
    )
    groups = load_members(path)
    assert [(g.label, g.nama, len(g.anggota)) for g in groups] == [
        (None, "PENGARAH", 2),
        ("a.", "TIM MANAJEMEN PERUBAHAN", 2),
    ]
    assert groups[0].anggota[1] == Anggota(
        nomor="2", nama="Aris", jabatan="Anggota Komisi Pemilihan Umum", kedudukan="Pengarah"
    )
    assert groups[1].anggota[1].nama == "M. Hady Habibullah"


def test_long_team_name_above_the_header(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "a.xlsx",
        {
            "TIM SDM": [
                ["SUSUNAN DAN PERSONALIA"],
                [],
                ["c.", LONG_TEAM],  # marker and name in two cells, as in the printed table
                HEADER,
                [1, "Asmadiana", "Kepala Sub Bagian", "Koordinator merangkap Anggota"],
            ],
            "Sheet2": [["Nama Tim : b. TIM PENATAAN TATA LAKSANA"], HEADER, [1, "Susanty", "Kasubag", "Koordinator"]],
        },
    )
    groups = load_members(path)
    assert [(g.label, g.nama) for g in groups] == [("c.", LONG_TEAM), ("b.", "TIM PENATAAN TATA LAKSANA")]
    assert groups[0].anggota[0].nama == "Asmadiana"


def test_one_sheet_with_a_team_column(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "a.xlsx",
        {
            "Anggota": [
                ["DAFTAR ANGGOTA TIM ZONA INTEGRITAS 2025"],  # a title, not a team name: TIM column wins
                ["No.", "Nama Lengkap", "Jabatan", "Kedudukan", "Tim"],
                [1, "Ali Yamin Ishak", "Ketua", "Pengarah", "1. PENGARAH"],
                [1, "Linda Marlis", "Kasubag", "Koordinator", "a. TIM MANAJEMEN PERUBAHAN"],
                [2, "Ahmad Ruzika", "Tenaga Administrasi", "Anggota", None],  # merged TIM cell: same team
                [2, "Aris", "Anggota", "Pengarah", "1. pengarah"],  # back to a team seen before
                [3, "Susanty", "Kasubag", "Koordinator", "b. TIM PENATAAN TATA LAKSANA"],
            ]
        },
    )
    groups = load_members(path)
    assert [(g.label, g.nama, [a.nama for a in g.anggota]) for g in groups] == [
        ("1.", "PENGARAH", ["Ali Yamin Ishak", "Aris"]),
        ("a.", "TIM MANAJEMEN PERUBAHAN", ["Linda Marlis", "Ahmad Ruzika"]),
        ("b.", "TIM PENATAAN TATA LAKSANA", ["Susanty"]),
    ]
    # The team column is the grouping, not a member's extra column.
    assert all(not a.kolom_lain for g in groups for a in g.anggota)


def test_kelompok_column_and_header_below_a_title(tmp_path: Path) -> None:
    rows: list[list[Any]] = [["judul"]] * 9 + [["KELOMPOK", "nama", "jabatan"], ["PENGARAH", "Aris", "Anggota"]]
    groups = load_members(write_xlsx(tmp_path / "a.xlsx", {"S": rows}))
    assert groups == [KelompokTim(nama="PENGARAH", anggota=[Anggota(nama="Aris", jabatan="Anggota")])]


def test_extra_columns_numbers_and_tolerant_headers(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "a.xlsx",
        {
            "PENGARAH": [
                ["No", " nama ", "Jabatan", "Kedudukan", "N.I.P", "Pangkat / Gol.", "Keterangan", None, "NAMA LENGKAP"],
                [1.0, "Aris", "Anggota", "Pengarah", 130123456, "Penata (III/c)", "  PNS  ", "lepas", "Aris, S.H."],
                [2, "Wiwik", "Anggota", "Pengarah", 130123457.0, None, 0.25, None, None],
            ]
        },
    )
    first, second = load_members(path)[0].anggota
    assert first == Anggota(
        nomor="1",
        nama="Aris",
        jabatan="Anggota",
        kedudukan="Pengarah",
        nip="130123456",
        pangkat_golongan="Penata (III/c)",
        # a column with no header, and a second NAMA column, are kept rather than dropped
        kolom_lain={"Keterangan": "PNS", "Kolom H": "lepas", "NAMA LENGKAP": "Aris, S.H."},
    )
    assert second.nip == "130123457"  # a number typed into the NIP column: no ".0"
    assert second.kolom_lain == {"Keterangan": "0.25"}


def test_column_numbers_repeated_headers_and_numbered_empty_rows_are_not_members(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "a.xlsx",
        {
            "PENGARAH": [
                HEADER,
                [1, 2, 3, 4],  # forms number their columns under the header
                [1, "Aris", "Anggota", "Pengarah"],
                HEADER,  # header repeated on the next printed page
                [2, "Wiwik", "Anggota", "Pengarah"],
                [3],  # a numbered row left empty in the form
                [4],
            ]
        },
    )
    assert [a.nama for a in load_members(path)[0].anggota] == ["Aris", "Wiwik"]


def test_empty_and_hidden_sheets_are_skipped(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "a.xlsx",
        {"Kosong": [], "PENGARAH": [HEADER, [1, "Aris", "Anggota", "Pengarah"]], "Daftar": [["Anggota"], ["Ketua"]]},
        hidden=["Daftar"],
    )
    assert [g.nama for g in load_members(path)] == ["PENGARAH"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a. TIM MANAJEMEN PERUBAHAN", ("a.", "TIM MANAJEMEN PERUBAHAN")),
        ("1. PENGARAH", ("1.", "PENGARAH")),
        ("2.TIM KERJA", ("2.", "TIM KERJA")),
        ("IV. TIM X", ("IV.", "TIM X")),
        ("b)  TIM\nPENATAAN", ("b)", "TIM PENATAAN")),
        ("PENGARAH", (None, "PENGARAH")),
        ("TIM 1", (None, "TIM 1")),
    ],
)
def test_split_label(text: str, expected: tuple[str | None, str]) -> None:
    assert split_label(text) == expected


# ---------------------------------------------------------------------- bad input


def test_every_bad_row_is_reported_with_sheet_row_and_column(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "a.xlsx",
        {
            "PENGARAH": [
                ["SUSUNAN"],
                ["PENGARAH"],
                HEADER,
                [1, "Aris", "Anggota", "Pengarah"],
                [2, None, "Anggota", "Pengarah"],
                [3, "Wiwik", "Anggota", "Pengarah"],
                [4, " ", None, "Anggota"],
            ],
            "TIM": [
                ["NAMA", "NIP", "TIM"],
                ["Budi", 197001011990031001, "a. TIM X"],  # Excel keeps 15 digits of a number
                ["Ani", "!#N/A", None],  # an error left by a formula
                ["#N/A", None, None],  # the same text typed in is just text
            ],
            "Petunjuk": [["Isi satu baris per anggota"], ["NO", "JABATAN", "KEDUDUKAN"]],
            "Lain": [["NAMA", "TIM"], ["Cici", None]],
        },
    )
    with pytest.raises(InvalidDataError) as excinfo:
        load_members(path)
    problems = problems_of(excinfo)
    assert (
        problems[0]
        == "lembar 'PENGARAH', baris 5, kolom NAMA: NAMA kosong padahal baris ini berisi (NO, JABATAN, KEDUDUKAN DALAM TIM)"
    )
    assert problems[1].startswith("lembar 'PENGARAH', baris 7, kolom NAMA: NAMA kosong")
    assert problems[2].startswith("lembar 'TIM', baris 2, kolom NIP: angka 197001011990031000 lebih dari 15 digit")
    assert problems[3] == "lembar 'TIM', baris 3, kolom NIP: sel berisi galat Excel #N/A; perbaiki rumusnya"
    assert problems[4] == (
        "lembar 'Petunjuk': tidak ada kolom NAMA dalam 10 baris pertama; "
        "judul kolom yang ditemukan: NO, JABATAN, KEDUDUKAN"
    )
    assert problems[5] == "lembar 'Lain', baris 2, kolom TIM: nama tim kosong pada baris anggota pertama"
    assert len(problems) == 6
    text = excinfo.value.text("en")
    assert "invalid data, 6 problems" in text
    assert "lembar 'PENGARAH', baris 5, kolom NAMA: NAMA is empty although the row has data" in text
    assert "no NAMA column in the first 10 rows; column headers found: NO, JABATAN, KEDUDUKAN" in text


def test_header_below_row_ten_is_not_found(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", {"S": [[]] * 10 + [HEADER, [1, "Aris", "Anggota", "Pengarah"]]})
    with pytest.raises(InvalidDataError) as excinfo:
        load_members(path)
    assert problems_of(excinfo) == [
        "lembar 'S': 10 baris pertama kosong; baris judul kolom (dengan NAMA) harus ada di sana"
    ]


def test_workbook_without_member_rows(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", {"PENGARAH": [HEADER, [1], [2]], "Kosong": []})
    with pytest.raises(InvalidDataError) as excinfo:
        load_members(path)
    assert problems_of(excinfo) == ["(buku kerja): tidak ada satu pun baris anggota"]
    assert "NAMA" in excinfo.value.hint("id")


def test_not_an_xlsx(tmp_path: Path) -> None:
    fake = tmp_path / "anggota.xlsx"
    fake.write_text("NO;NAMA\n1;Aris\n", encoding="utf-8")
    with pytest.raises(UnreadableFileError) as excinfo:
        load_members(fake)
    assert "bukan buku kerja Excel" in excinfo.value.text("id")
    assert "save it as an Excel Workbook (.xlsx)" in excinfo.value.text("en")

    old = tmp_path / "lama.xlsx"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    with pytest.raises(UnreadableFileError, match="dilindungi kata sandi"):
        load_members(old)

    broken = tmp_path / "rusak.xlsx"
    broken.write_bytes(b"PK\x03\x04" + b"\0" * 100)
    with pytest.raises(UnreadableFileError, match="rusak"):
        load_members(broken)

    with pytest.raises(UnreadableFileError, match="tidak ditemukan"):
        load_members(tmp_path / "tidak-ada.xlsx")
    with pytest.raises(UnsupportedFormatError, match=r"'\.xls'"):
        load_members(tmp_path / "anggota.xls")
    with pytest.raises(UnsupportedFormatError):
        load_members(tmp_path / "anggota.csv")


# ------------------------------------------------------------------------- merging


def make_keputusan(*lampiran: Any) -> Keputusan:
    return Keputusan(
        kepala=Kepala(
            instansi="KOMISI PEMILIHAN UMUM KABUPATEN PENAJAM PASER UTARA", nomor="42", tahun=2025, tentang="X"
        ),
        jabatan_pembentuk="KETUA KOMISI PEMILIHAN UMUM KABUPATEN PENAJAM PASER UTARA,",
        lampiran=list(lampiran),
    )


def susunan(nomor: str | None, *kelompok: KelompokTim) -> LampiranSusunanTim:
    return LampiranSusunanTim(jenis="susunan_tim", nomor=nomor, judul="SUSUNAN DAN PERSONALIA", kelompok=list(kelompok))


RENCANA = LampiranRencanaAksi(jenis="rencana_aksi", nomor="II", judul="RENCANA AKSI")


def _merge_case() -> tuple[Keputusan, list[KelompokTim], list[KelompokTim]]:
    old = [
        KelompokTim(label="1.", nama="PENGARAH", anggota=[Anggota(nama="Lama")]),
        KelompokTim(label="a.", nama="Tim  Manajemen Perubahan", area=AreaZI.manajemen_perubahan),
        KelompokTim(label="b.", nama="TIM TIDAK DI BUKU KERJA", area=AreaZI.penguatan_pengawasan),
    ]
    imported = [
        KelompokTim(nama="PENGARAH", anggota=[Anggota(nama="Aris")]),
        KelompokTim(label="c.", nama="TIM MANAJEMEN PERUBAHAN", anggota=[Anggota(nama="Linda")]),
        KelompokTim(nama="TIM BARU", anggota=[Anggota(nama="Budi")]),
    ]
    return make_keputusan(susunan("I", *old), RENCANA), old, imported


def test_merge_replaces_only_the_workbooks_teams_and_says_so() -> None:
    keputusan, old, imported = _merge_case()
    result, report = merge_teams(keputusan, imported, "i")
    groups = result.lampiran[0].kelompok
    # Replaced in place, the team the workbook does not name kept, the new one after them.
    assert [(g.label, g.nama, g.area) for g in groups] == [
        ("1.", "PENGARAH", None),
        ("c.", "TIM MANAJEMEN PERUBAHAN", AreaZI.manajemen_perubahan),
        ("b.", "TIM TIDAK DI BUKU KERJA", AreaZI.penguatan_pengawasan),
        (None, "TIM BARU", None),
    ]
    assert [a.nama for g in groups for a in g.anggota] == ["Aris", "Linda", "Budi"]
    assert report.replaced == ("1. PENGARAH", "a. Tim Manajemen Perubahan")
    assert report.added == ("TIM BARU",) and report.kept == ("b. TIM TIDAK DI BUKU KERJA",) and not report.removed
    assert report.message()("id").splitlines() == [
        "Lampiran I: 2 tim diganti (1. PENGARAH; a. Tim Manajemen Perubahan)",
        "Lampiran I: 1 tim ditambahkan (TIM BARU)",
        "Lampiran I: 1 tim tetap (tidak ada di buku kerja) (b. TIM TIDAK DI BUKU KERJA)",
    ]
    assert "1 team kept (not in the workbook)" in report.message()("en")
    assert merge_members(keputusan, imported, "I") == result
    assert result.lampiran[1] == RENCANA
    # Inputs untouched.
    assert keputusan.lampiran[0].kelompok == old
    assert imported[0].label is None


def test_merge_with_replace_takes_the_workbook_whole_and_names_what_went() -> None:
    keputusan, old, imported = _merge_case()
    result, report = merge_teams(keputusan, imported, "i", replace=True)
    groups = result.lampiran[0].kelompok
    assert [(g.label, g.nama, g.area) for g in groups] == [
        ("1.", "PENGARAH", None),
        ("c.", "TIM MANAJEMEN PERUBAHAN", AreaZI.manajemen_perubahan),
        (None, "TIM BARU", None),
    ]
    assert report.removed == ("b. TIM TIDAK DI BUKU KERJA",) and not report.kept
    assert "1 tim dihapus (tidak ada di buku kerja) (b. TIM TIDAK DI BUKU KERJA)" in report.message()("id")
    assert merge_members(keputusan, imported, replace=True) == result  # the only susunan_tim
    assert keputusan.lampiran[0].kelompok == old


def test_merge_refuses_missing_wrong_or_ambiguous_lampiran() -> None:
    group = [KelompokTim(nama="PENGARAH", anggota=[Anggota(nama="Aris")])]
    with pytest.raises(LampiranSelectionError) as excinfo:
        merge_members(make_keputusan(susunan("I"), RENCANA), group, "III")
    assert excinfo.value.text("id") == "tidak ada Lampiran III; Lampiran yang ada: I (susunan_tim), II (rencana_aksi)"
    assert excinfo.value.available == ["I", "II"]
    with pytest.raises(LampiranSelectionError, match="Lampiran II bukan susunan tim"):
        merge_members(make_keputusan(susunan("I"), RENCANA), group, "II")
    with pytest.raises(LampiranSelectionError, match="tidak punya Lampiran susunan tim; Lampiran yang ada: II"):
        merge_members(make_keputusan(RENCANA), group)
    with pytest.raises(LampiranSelectionError) as excinfo:
        merge_members(make_keputusan(susunan("I"), susunan("III")), group)
    assert "2 Lampiran susunan tim (I, III)" in excinfo.value.text("id")
    assert "--lampiran I" in excinfo.value.text("en")
    assert isinstance(excinfo.value, ZiDocsError)
    assert find_team_lampiran(make_keputusan(RENCANA, susunan(None))) == 1


# ----------------------------------------------------------------------------- CLI


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    return write_xlsx(
        tmp_path / "anggota.xlsx",
        {
            "PENGARAH": [HEADER, [1, "Ali Yamin Ishak", "Ketua", "Pengarah"], [2, "Aris", "Anggota", "Pengarah"]],
            "a. TIM MANAJEMEN PERUBAHAN": [HEADER, [1, "Linda Marlis", "Kasubag", "Koordinator merangkap Anggota"]],
        },
    )


def test_cli_prints_groups_as_yaml(workbook: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["members", str(workbook)]) == 0
    captured = capsys.readouterr()
    data = yaml.safe_load(captured.out)
    assert [KelompokTim.model_validate(item) for item in data] == load_members(workbook)
    assert "kolom_lain" not in captured.out
    assert captured.err.strip() == f"{workbook}: 2 kelompok, 3 anggota diimpor"


def test_cli_writes_groups_to_json(workbook: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "kelompok.json"
    assert main(["members", "--lang", "en", str(workbook), "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))[1] == {
        "label": "a.",
        "nama": "TIM MANAJEMEN PERUBAHAN",
        "anggota": [
            {"nomor": "1", "nama": "Linda Marlis", "jabatan": "Kasubag", "kedudukan": "Koordinator merangkap Anggota"}
        ],
    }
    assert capsys.readouterr().err.strip() == f"{workbook}: imported 2 groups, 3 members → {out}"


def test_cli_into_decree(workbook: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from zi_docs import save

    decree = save(
        make_keputusan(susunan("I", KelompokTim(nama="PENGARAH", label="1.")), RENCANA), tmp_path / "keputusan.yaml"
    )
    before = decree.read_text(encoding="utf-8")
    out = tmp_path / "baru.yaml"
    assert main(["members", str(workbook), "--into", str(decree), "--lampiran", "I", "-o", str(out)]) == 0
    assert capsys.readouterr().err.strip().splitlines() == [
        f"{workbook}: 2 kelompok, 3 anggota diimpor → Lampiran I → {out}",
        "Lampiran I: 1 tim diganti (1. PENGARAH)",
        "Lampiran I: 1 tim ditambahkan (a. TIM MANAJEMEN PERUBAHAN)",
    ]
    result = load(out)
    assert [(g.label, g.nama, len(g.anggota)) for g in result.lampiran[0].kelompok] == [
        ("1.", "PENGARAH", 2),
        ("a.", "TIM MANAJEMEN PERUBAHAN", 1),
    ]
    assert decree.read_text(encoding="utf-8") == before


def test_cli_into_the_example_keeps_the_teams_the_workbook_does_not_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 18: a workbook of two area teams no longer wipes PENGARAH, TIM KERJA and the other teams."""
    from conftest import EXAMPLE

    example = load(EXAMPLE)
    before = example.lampiran[0].kelompok
    book = write_xlsx(
        tmp_path / "dua-tim.xlsx",
        {
            "a. TIM MANAJEMEN PERUBAHAN": [HEADER, [1, "Siti Rahma", "Kasubag", "Ketua merangkap Anggota"]],
            "g. TIM PENGELOLA WEBSITE": [HEADER, [1, "Budi", "Staf", "Anggota"], [2, "Rina", "Staf", "Anggota"]],
        },
    )
    out = tmp_path / "baru.yaml"
    assert main(["members", str(book), "--into", str(EXAMPLE), "--lampiran", "I", "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "Lampiran I: 1 tim diganti (a. TIM MANAJEMEN PERUBAHAN)" in err
    assert "Lampiran I: 1 tim ditambahkan (g. TIM PENGELOLA WEBSITE)" in err
    assert "Lampiran I: 7 tim tetap (tidak ada di buku kerja) (1. PENGARAH; 2. TIM KERJA; b. TIM PENATAAN" in err
    groups = load(out).lampiran[0].kelompok
    assert [g.nama for g in groups] == [g.nama for g in before] + ["TIM PENGELOLA WEBSITE"]
    assert [a.nama for a in groups[2].anggota] == ["Siti Rahma"]
    assert groups[2].area == before[2].area  # the decree's area stays with the replaced team
    assert groups[0] == before[0] and groups[1] == before[1] and groups[3:-1] == before[3:]

    # --replace keeps today's behaviour and says, in English on request, what went.
    out2 = tmp_path / "ganti.yaml"
    args = ["members", "--lang", "en", str(book), "--into", str(EXAMPLE), "--replace", "-o", str(out2)]
    assert main(args) == 0
    err = capsys.readouterr().err
    assert "Lampiran I: 7 teams removed (not in the workbook) (1. PENGARAH; 2. TIM KERJA;" in err
    assert [g.nama for g in load(out2).lampiran[0].kelompok] == ["TIM MANAJEMEN PERUBAHAN", "TIM PENGELOLA WEBSITE"]
    assert main(["members", str(book), "--replace"]) == 2
    assert "--replace hanya berlaku bersama --into" in capsys.readouterr().err


def test_cli_refuses_and_reports_without_traceback(
    workbook: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from zi_docs import save

    decree = save(make_keputusan(susunan("I"), RENCANA), tmp_path / "keputusan.yaml")
    before = decree.read_text(encoding="utf-8")
    cases = [
        (["--into", str(decree)], "--into memerlukan -o"),
        (["--into", str(decree), "-o", str(decree)], "sama dengan berkas masukan"),
        (["--into", str(decree), "-o", str(tmp_path / "." / "keputusan.yaml")], "sama dengan berkas masukan"),
        (["-o", str(workbook)], "sama dengan berkas masukan"),
        (["--lampiran", "I"], "--lampiran hanya berlaku bersama --into"),
        (["--into", str(decree), "--lampiran", "IX", "-o", str(tmp_path / "x.yaml")], "tidak ada Lampiran IX"),
        (["-o", str(tmp_path / "x.txt")], "tidak dapat menyimpan ke format '.txt'"),
    ]
    for extra, expected in cases:
        assert main(["members", str(workbook), *extra]) == 2, extra
        err = capsys.readouterr().err
        assert expected in err, (extra, err)
        assert "Traceback" not in err
    assert decree.read_text(encoding="utf-8") == before
    assert not (tmp_path / "x.yaml").exists()

    bad = write_xlsx(tmp_path / "buruk.xlsx", {"PENGARAH": [HEADER, [1, None, "Ketua"]]})
    assert main(["members", "--lang", "en", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "lembar 'PENGARAH', baris 2, kolom NAMA: NAMA is empty" in err
    assert "Traceback" not in err

    assert main(["members", str(tmp_path / "tidak-ada.xlsx")]) == 2
    assert "berkas tidak ditemukan" in capsys.readouterr().err


# ------------------------------------------------------------------------ property

# "!#…" is how write_xlsx is told to write an Excel error value, not text: left out here.
_text = st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Cn")), min_size=1, max_size=40).filter(
    lambda s: s == s.strip() and s != "" and not s.startswith("!#")
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(members=st.lists(st.tuples(_text, _text), min_size=1, max_size=8))
def test_names_and_jabatan_survive_the_round_trip(tmp_path: Path, members: list[tuple[str, str]]) -> None:
    rows: list[list[Any]] = [HEADER]
    rows += [[i, nama, jabatan, "Anggota"] for i, (nama, jabatan) in enumerate(members, start=1)]
    path = write_xlsx(tmp_path / "p.xlsx", {"PENGARAH": rows})
    (group,) = load_members(path)
    assert [(a.nama, a.jabatan) for a in group.anggota] == members


def test_a_wrong_dimension_record_does_not_cut_rows_off(tmp_path: Path) -> None:
    import zipfile

    path = write_xlsx(tmp_path / "a.xlsx", {"PENGARAH": [HEADER] + [[i, f"Nama {i}", "x", "y"] for i in range(1, 6)]})
    # Some writers record <dimension ref="A1"/> whatever the sheet holds.
    fixed = tmp_path / "b.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(fixed, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename.startswith("xl/worksheets/"):
                data = data.replace(b'<dimension ref="A1:D6"/>', b'<dimension ref="A1"/>')
                assert b'<dimension ref="A1"/>' in data
            target.writestr(item, data)
    assert len(load_members(fixed)[0].anggota) == 5
