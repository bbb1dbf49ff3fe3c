"""Team composition and Rencana Aksi to .xlsx and back, formatted, with errors naming the cell."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import EXAMPLE, edited
from openpyxl import load_workbook

import zi_docs
from zi_docs.cli import main
from zi_docs.errors import InvalidDataError, UnsupportedFormatError, ZiDocsError
from zi_docs.excel import RENCANA_AKSI_HEADERS, TEAM_HEADERS, export_excel, import_excel, read_excel


@pytest.fixture()
def workbook(tmp_path: Path, example) -> Path:
    return export_excel(example, tmp_path / "tabel.xlsx")


def test_export_then_import_gives_the_same_decree(workbook: Path, example) -> None:
    assert import_excel(workbook, example) == example
    sheets = read_excel(workbook)
    assert [(s.sheet, s.jenis, s.nomor) for s in sheets] == [
        ("Lampiran I Susunan Tim", "susunan_tim", "I"),
        ("Lampiran II Rencana Aksi", "rencana_aksi", "II"),
    ]


def test_sheets_are_formatted(workbook: Path) -> None:
    wb = load_workbook(workbook)
    tim, ra = wb["Lampiran I Susunan Tim"], wb["Lampiran II Rencana Aksi"]
    assert [c.value for c in tim[1]] == TEAM_HEADERS
    assert [c.value for c in ra[1]] == RENCANA_AKSI_HEADERS
    for ws in (tim, ra):
        assert ws.freeze_panes == "A2"
        assert all(c.font.b for c in ws[1])
        assert ws.auto_filter.ref.startswith("A1:")
        assert ws.print_title_rows == "$1:$1"
        assert ws.data_validations.dataValidation  # the area drop-down
    widths = {c: tim.column_dimensions[c].width for c in "ABCDEFGHI"}
    assert widths["E"] > widths["D"]  # NAMA wider than NO
    assert max(widths.values()) <= 60
    assert tim["H2"].number_format == "@"  # NIP kept as text
    assert tim.max_row == 1 + 46


def test_edits_in_excel_come_back(workbook: Path, example) -> None:
    wb = load_workbook(workbook)
    ws = wb["Lampiran I Susunan Tim"]
    ws["E2"] = "Ali Yamin Ishak, S.H."
    ws.append(["2.", "TIM BARU", "Penguatan Akuntabilitas", "1.", "Siti", "Staf", "Anggota", "199001012020122001"])
    ra = wb["Lampiran II Rencana Aksi"]
    ra["I2"] = "Oktober 2025"
    wb.save(workbook)
    updated = import_excel(workbook, example)
    groups = updated.lampiran[0].kelompok
    assert groups[0].anggota[0].nama == "Ali Yamin Ishak, S.H."
    assert groups[-1].nama == "TIM BARU" and groups[-1].area == zi_docs.AreaZI.penguatan_akuntabilitas
    assert groups[-1].anggota[0].nip == "199001012020122001"
    waktu = updated.lampiran[1].bagian[0].baris[0].target_waktu
    assert waktu.teks == "Oktober 2025" and str(waktu.selesai) == "2025-10-31"
    # Everything but the tables stays.
    assert updated.lampiran[0].judul == example.lampiran[0].judul and updated.diktum == example.diktum


def test_errors_name_sheet_row_and_column(workbook: Path, example) -> None:
    wb = load_workbook(workbook)
    ws = wb["Lampiran I Susunan Tim"]
    ws["E3"] = None  # NAMA emptied, the rest of the row kept
    ws["C4"] = "Area Karangan"
    ws["H5"] = 199001012020122001  # an 18-digit NIP typed as a number
    ra = wb["Lampiran II Rencana Aksi"]
    ra["B2"] = None
    wb.save(workbook)
    with pytest.raises(InvalidDataError) as raised:
        import_excel(workbook, example)
    text = raised.value.text("id")
    assert "lembar 'Lampiran I Susunan Tim', baris 3, kolom NAMA (E): NAMA kosong" in text
    assert "lembar 'Lampiran I Susunan Tim', baris 4, kolom AREA ZI (C): area 'Area Karangan' tidak dikenal" in text
    assert "baris 5, kolom NIP (H): angka 199001012020122000 lebih dari 15 digit" in text
    assert "lembar 'Lampiran II Rencana Aksi', baris 2, kolom JUDUL BAGIAN (B)" in text
    assert len(raised.value.problems) == 4
    assert "unknown area 'Area Karangan'" in raised.value.text("en")


def test_sheet_for_a_missing_lampiran_is_reported(workbook: Path, example) -> None:
    wb = load_workbook(workbook)
    wb["Lampiran I Susunan Tim"].title = "Lampiran IV Susunan Tim"
    wb.save(workbook)
    with pytest.raises(InvalidDataError, match="lembar 'Lampiran IV Susunan Tim': keputusan tidak punya"):
        import_excel(workbook, example)


def test_a_workbook_without_area_keeps_the_decrees_areas(workbook: Path, example) -> None:
    wb = load_workbook(workbook)
    wb["Lampiran I Susunan Tim"].delete_cols(3)
    wb.save(workbook)
    assert import_excel(workbook, example) == example


def test_empty_team_and_refusals(tmp_path: Path, example) -> None:
    def edit(data):
        data["lampiran"][0]["kelompok"][3]["anggota"] = []

    k = edited(example, edit)
    assert import_excel(export_excel(k, tmp_path / "a.xlsx"), k) == k
    with pytest.raises(UnsupportedFormatError):
        export_excel(example, tmp_path / "a.xls")
    bare = edited(example, lambda data: data.update(lampiran=[]))
    with pytest.raises(ZiDocsError, match="tidak punya Lampiran"):
        export_excel(bare, tmp_path / "b.xlsx")


def test_cli_export_and_import(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, example
) -> None:
    import zi_docs.cli

    if "excel" not in zi_docs.cli.COMMANDS:  # until cli/__init__.py lists it
        monkeypatch.setattr(zi_docs.cli, "COMMANDS", [*zi_docs.cli.COMMANDS, "excel"])
    xlsx, out = tmp_path / "tabel.xlsx", tmp_path / "baru.yaml"
    assert main(["excel", "export", str(EXAMPLE), "-o", str(xlsx)]) == 0
    assert "2 lembar (Lampiran I, Lampiran II)" in capsys.readouterr().err
    assert main(["excel", "import", str(xlsx), "--into", str(EXAMPLE), "-o", str(out)]) == 0
    assert "0 Lampiran berubah" in capsys.readouterr().err
    assert zi_docs.load(out) == example
    assert main(["excel", "import", str(xlsx), "--into", str(out), "-o", str(out)]) == 2
    assert "sama dengan berkas masukan" in capsys.readouterr().err
    assert main(["excel", "import", str(tmp_path / "tidak-ada.xlsx"), "--into", str(EXAMPLE), "-o", str(out)]) == 2


def _only_area_teams(workbook: Path) -> None:
    """Keep only the rows of the six area teams (labelled a.–f.), as a secretariat's list would."""
    wb = load_workbook(workbook)
    ws = wb["Lampiran I Susunan Tim"]
    for row in range(ws.max_row, 1, -1):
        if ws.cell(row=row, column=1).value in ("1.", "2."):
            ws.delete_rows(row)
    ws["E2"] = "Nama Baru"
    wb.save(workbook)


def test_import_keeps_the_teams_a_sheet_leaves_out(workbook: Path, example) -> None:
    """Issue 18: a team sheet without PENGARAH and TIM KERJA leaves them in the decree."""
    from zi_docs.excel import import_excel_report

    _only_area_teams(workbook)
    updated, [report] = import_excel_report(workbook, example)
    groups, before = updated.lampiran[0].kelompok, example.lampiran[0].kelompok
    assert [g.nama for g in groups] == [g.nama for g in before]
    assert groups[0] == before[0] and groups[1] == before[1]
    assert groups[2].anggota[0].nama == "Nama Baru"
    assert report.kept == ("1. PENGARAH", "2. TIM KERJA") and len(report.replaced) == 6 and not report.added
    assert import_excel(workbook, example) == updated
    replaced, [gone] = import_excel_report(workbook, example, replace=True)
    assert [g.label for g in replaced.lampiran[0].kelompok] == ["a.", "b.", "c.", "d.", "e.", "f."]
    assert gone.removed == ("1. PENGARAH", "2. TIM KERJA")


def test_cli_import_says_which_teams_stay_or_go(
    workbook: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import zi_docs.cli

    if "excel" not in zi_docs.cli.COMMANDS:
        monkeypatch.setattr(zi_docs.cli, "COMMANDS", [*zi_docs.cli.COMMANDS, "excel"])
    _only_area_teams(workbook)
    out = tmp_path / "baru.yaml"
    assert main(["excel", "import", str(workbook), "--into", str(EXAMPLE), "-o", str(out)]) == 0
    assert "Lampiran I: 2 tim tetap (tidak ada di buku kerja) (1. PENGARAH; 2. TIM KERJA)" in capsys.readouterr().err
    assert [g.nama for g in zi_docs.load(out).lampiran[0].kelompok][:2] == ["PENGARAH", "TIM KERJA"]
    args = ["excel", "import", "--lang", "en", str(workbook), "--into", str(EXAMPLE), "-o", str(out), "--replace"]
    assert main(args) == 0
    assert "Lampiran I: 2 teams removed (not in the workbook) (1. PENGARAH; 2. TIM KERJA)" in capsys.readouterr().err
    assert len(zi_docs.load(out).lampiran[0].kelompok) == 6
