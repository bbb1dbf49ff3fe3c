"""Quarterly report and realisation data (issue 6)."""

from __future__ import annotations

import argparse
import shutil
import zipfile
from datetime import date

import docx
import pytest
import yaml

from zi_docs.errors import InvalidDataError, ZiDocsError
from zi_docs.laporan import (
    compute_kemajuan,
    daftar_aksi,
    find_aksi,
    laporan_triwulan,
    load_realisasi,
    realisasi_dari_data,
    write_realisasi_template,
)
from zi_docs.laporan.aksi import KunciTidakDikenal

PER = date(2025, 10, 31)

# Done, in progress, late (target passed), recurring; I.4 and the rest not mentioned.
GOOD = [
    {"aksi": "I.1", "status": "selesai", "tanggal_selesai": "2025-09-12", "bukti": ["SK-Tim-ZI.pdf"]},
    {"aksi": "I.2", "status": "selesai", "tanggal_selesai": "15 September 2025", "bukti": []},
    {"aksi": "I.3", "status": "proses", "bukti": ["notulen-tw3.pdf"], "catatan": "rapat TW III"},  # Per Triwulan
    {"aksi": "I.5", "status": "proses", "catatan": "A & B <c> {{ 7*7 }}"},  # September 2025: late
    {"aksi": "II no 2", "status": "belum"},  # printed number 2 of section II is II.3 (November): not late
    {"aksi": "II.1", "status": "belum"},  # Oktober 2025: late at 31 October? no: deadline 31 Oct is not before
    {"aksi": "VIII.2", "status": "belum"},  # Oktober 2025
]


def cli(argv):
    """Run ``zi-docs laporan`` through its own parser (registration in COMMANDS is the CLI's business)."""
    from zi_docs.cli import _common_options, laporan_cmd

    parser = argparse.ArgumentParser(parents=[_common_options(None)])
    laporan_cmd.register(parser.add_subparsers(dest="command"), _common_options(argparse.SUPPRESS))
    args = parser.parse_args(argv)
    args.lang = args.lang or "id"
    try:
        return args.func(args)
    except ZiDocsError as exc:
        print(exc.text(args.lang))
        return 2


@pytest.fixture()
def good_yaml(tmp_path):
    path = tmp_path / "realisasi.yaml"
    path.write_text(yaml.safe_dump({"realisasi": GOOD}, allow_unicode=True, sort_keys=False))
    return path


def test_keys_count_continuation_rows(example):
    keys = [a.kunci for a in daftar_aksi(example)]
    assert keys[:5] == ["I.1", "I.2", "I.3", "I.4", "I.5"]  # I.5 is the continuation row under 4
    assert len(keys) == len(set(keys)) == sum(len(b.baris) for b in example.lampiran[1].bagian)
    aksi = daftar_aksi(example)
    assert find_aksi("ii . 3", aksi).kunci == "II.3"
    assert find_aksi("II no 2", aksi).kunci == "II.3"  # printed "2" in section II is its third row
    assert find_aksi("II no 4", aksi).kunci == "II.6"
    with pytest.raises(KunciTidakDikenal) as info:
        find_aksi("II no 9", aksi)
    assert info.value.saran[:2] == ["II.1", "II.2"]  # the section's keys are suggested


def test_printed_number_on_two_rows_is_ambiguous(example):
    from conftest import edited

    def renumber(data):
        data["lampiran"][1]["bagian"][0]["baris"][1]["nomor"] = "1"

    with pytest.raises(KunciTidakDikenal) as info:
        find_aksi("I no 1", daftar_aksi(edited(example, renumber)))
    assert info.value.alasan == "ganda" and info.value.saran == ["I.1", "I.2"]


def test_progress_counts_and_late(example, good_yaml):
    data = load_realisasi(good_yaml, example)
    assert len(data) == len(GOOD)
    assert "I.4" in [a.kunci for a in data.hilang]
    progress = compute_kemajuan(example, data, PER)
    by_key = {k.aksi.kunci: k.kategori for k in progress.aksi}
    assert by_key["I.1"] == by_key["I.2"] == "selesai"
    assert by_key["I.3"] == "proses"  # recurring: judged by status, never late by date
    assert by_key["I.5"] == "terlambat"  # September 2025, not done on 31 October
    assert by_key["II.1"] == "belum"  # deadline 31 October is not before the report date
    assert by_key["II.3"] == "belum"  # November
    assert by_key["I.4"] == "belum"  # not reported, September - Desember 2025
    late = {k.aksi.kunci for k in progress.terlambat}
    # Every September target not done is late: I.5 and the other September rows nobody reported.
    september = {a.kunci for a in daftar_aksi(example) if a.tenggat == date(2025, 9, 30)}
    assert late == september - {"I.1", "I.2"}
    area = progress.per_area[next(a for a in progress.per_area if a and a.value == "manajemen_perubahan")]
    assert (area.jumlah, area["selesai"], area["proses"], area["terlambat"], area["belum"]) == (5, 2, 1, 1, 1)
    assert area.persen("selesai") == 40.0
    assert progress.total.jumlah == len(daftar_aksi(example))
    assert sum(progress.total[k] for k in ("selesai", "proses", "terlambat", "belum")) == progress.total.jumlah
    # Under way or done without evidence; actions not started expect none yet.
    assert [k.aksi.kunci for k in progress.tanpa_bukti] == ["I.2", "I.5"]
    # the example's two identical teams (Manajemen Perubahan and Penguatan Pengawasan members) each get their area
    teams = {t.nama: j for t, j in progress.per_tim}
    assert teams["TIM MANAJEMEN PERUBAHAN"].jumlah == 5


def test_report_docx(example, good_yaml, tmp_path):
    data = load_realisasi(good_yaml, example)
    paths = laporan_triwulan(example, data, PER, tmp_path / "out", inputs=(good_yaml,))
    assert paths == [tmp_path / "out" / "laporan-triwulan-2025-10-31.docx"]
    document = docx.Document(paths[0])
    text = "\n".join(p.text for p in document.paragraphs)
    assert "TRIWULAN IV TAHUN 2025" in text and "Keadaan per 31 Oktober 2025" in text
    tables = document.tables
    summary = [[c.text for c in row.cells] for row in tables[1].rows]
    assert summary[0][:3] == ["AREA PERUBAHAN", "JUMLAH AKSI", "SELESAI"]
    assert ["Manajemen Perubahan", "5", "2 (40%)", "1 (20%)", "1 (20%)", "1 (20%)"] in summary
    assert summary[-1][0] == "JUMLAH" and summary[-1][1] == str(len(daftar_aksi(example)))
    # The action table: user text printed literally, the template code in it not run.
    cells = [c.text for t in tables for row in t.rows for c in row.cells]
    assert "A & B <c> {{ 7*7 }}" in cells and "49" not in cells
    # The late list holds exactly the late actions.
    late_table = next(t for t in tables if "TENGGAT" in [c.text for c in t.rows[0].cells])
    late_keys = [row.cells[0].text for row in late_table.rows[1:]]
    assert "I.5" in late_keys and "I.1" not in late_keys and "I.3" not in late_keys
    assert len(late_keys) == len(compute_kemajuan(example, data, PER).terlambat)
    # The chart is embedded as a PNG.
    with zipfile.ZipFile(paths[0]) as package:
        media = [n for n in package.namelist() if n.startswith("word/media/")]
        assert media and package.read(media[0])[:8] == b"\x89PNG\r\n\x1a\n"
    assert document.inline_shapes and document.inline_shapes[0].width > 0
    assert "I.4" in cells  # missing actions are listed


def test_unknown_and_missing_actions(example, tmp_path):
    path = tmp_path / "r.yaml"
    path.write_text(
        "- aksi: I.1\n  status: selesai\n- aksi: II.8\n  status: selesai\n- aksi: I.1\n  status: proses\n"
        "- aksi: I.2\n  status: beres\n  tanggal_selesai: 31 Februari 2025\n  bukt: [x]\n"
    )
    with pytest.raises(InvalidDataError) as info:
        load_realisasi(path, example)
    problems = {(p.where, p.line) for p in info.value.problems}
    assert ("realisasi[1].aksi", 3) in problems  # the unknown action, with its line
    assert ("realisasi[2].aksi", 5) in problems  # I.1 twice
    assert ("realisasi[3].status", 8) in problems
    assert ("realisasi[3].tanggal_selesai", 9) in problems
    assert ("realisasi[3].bukt", 10) in problems
    text = info.value.text("id")
    assert "aksi 'II.8' tidak ada dalam Rencana Aksi" in text and "maksudnya II.1" in text
    assert "belum ada di data realisasi: I.3, I.4" in text  # the missing actions listed
    assert "action 'II.8' is not in the decree's Rencana Aksi" in info.value.text("en")


def test_excel_template_roundtrip(example, tmp_path):
    from openpyxl import load_workbook

    path = write_realisasi_template(example, tmp_path / "realisasi.xlsx")
    wb = load_workbook(path)
    ws = wb["Realisasi"]
    assert ws.freeze_panes == "B2"
    assert ws["A1"].value == "AKSI" and ws["A1"].font.bold and ws.column_dimensions["D"].width == 50
    assert any('"belum,proses,selesai"' == dv.formula1 for dv in ws.data_validations.dataValidation)
    assert ws.max_row == len(daftar_aksi(example)) + 1
    # Fill in a few rows, add an unknown action: refused with its sheet and row.
    ws["H2"], ws["I2"], ws["J2"] = "selesai", date(2025, 9, 12), "SK.pdf; https://example.org/sk"
    ws.cell(row=ws.max_row + 1, column=1, value="XI.1").parent.cell(row=ws.max_row, column=8, value="proses")
    wb.save(path)
    with pytest.raises(InvalidDataError) as info:
        load_realisasi(path, example)
    [problem] = info.value.problems
    assert problem.where == f"lembar 'Realisasi', baris {ws.max_row}, kolom A"
    ws.delete_rows(ws.max_row)
    wb.save(path)
    data = load_realisasi(path, example)
    assert data["I.1"].status == "selesai" and data["I.1"].tanggal_selesai == date(2025, 9, 12)
    assert data["I.1"].bukti == ("SK.pdf", "https://example.org/sk")
    assert not data.hilang


def test_yaml_template_loads_back(example, tmp_path):
    path = write_realisasi_template(example, tmp_path / "realisasi.yaml")
    data = load_realisasi(path, example)
    assert len(data) == len(daftar_aksi(example)) and not data.hilang
    with pytest.raises(ZiDocsError):
        write_realisasi_template(example, tmp_path / "realisasi.txt")


def test_never_writes_over_input(example, good_yaml, tmp_path):
    data = load_realisasi(good_yaml, example)
    with pytest.raises(ZiDocsError, match="tidak ditimpa"):
        laporan_triwulan(example, data, PER, good_yaml.with_suffix(".docx"), inputs=(good_yaml.with_suffix(".docx"),))
    target = tmp_path / "k.yaml"
    shutil.copy(good_yaml, target)
    with pytest.raises(ZiDocsError):
        write_realisasi_template(example, target, inputs=(target,))


def test_data_api_and_cli(example, example_path, good_yaml, tmp_path, capsys):
    assert realisasi_dari_data(GOOD, example)["I.3"].catatan == "rapat TW III"
    assert cli(["laporan", "template-realisasi", str(example_path), "-o", str(tmp_path / "r.xlsx")]) == 0
    code = cli(["laporan", "triwulan", str(example_path), "--realisasi", str(good_yaml), "--per", "2025-10-31",
                "-o", str(tmp_path / "out")])  # fmt: skip
    captured = capsys.readouterr()
    assert code == 0 and "laporan-triwulan-2025-10-31.docx" in captured.out
    assert "peringatan:" in captured.err and "I.4" in captured.err
    bad = tmp_path / "bad.yaml"
    bad.write_text("- aksi: XX.1\n  status: selesai\n")
    assert cli(["--lang", "en", "laporan", "triwulan", str(example_path), "--realisasi", str(bad), "--per",
                "2025-10-31", "-o", str(tmp_path / "o2")]) == 2  # fmt: skip
    assert "action 'XX.1' is not in the decree's Rencana Aksi" in capsys.readouterr().out


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_report_pdf(example, good_yaml, tmp_path):
    from pypdf import PdfReader

    paths = laporan_triwulan(example, load_realisasi(good_yaml, example), PER, tmp_path, pdf=True)
    assert [p.suffix for p in paths] == [".docx", ".pdf"]
    text = "".join(page.extract_text() for page in PdfReader(paths[1]).pages)
    assert "Aksi yang Terlambat" in " ".join(text.split())


def test_a_completion_after_the_report_date_is_refused_with_its_row(example, example_path, tmp_path, capsys):
    """Issue 18: an action done on 2 Oktober 2025 is not done at a report per 30 September 2025."""
    from openpyxl import load_workbook

    per = date(2025, 9, 30)
    late = [*GOOD[:2], {"aksi": "I.3", "status": "selesai", "tanggal_selesai": "2 Oktober 2025", "bukti": ["x.pdf"]}]
    path = tmp_path / "realisasi.yaml"
    path.write_text(yaml.safe_dump({"realisasi": late}, allow_unicode=True, sort_keys=False))
    data = load_realisasi(path, example)  # the data itself is valid
    with pytest.raises(InvalidDataError) as raised:
        compute_kemajuan(example, data, per)
    [problem] = raised.value.problems
    assert problem.where == "realisasi[2].tanggal_selesai" and problem.line == 13
    assert "aksi I.3 selesai 2 Oktober 2025, sesudah tanggal laporan 30 September 2025" in raised.value.text("id")
    assert "--per" in raised.value.text("en")
    out = tmp_path / "out"
    with pytest.raises(InvalidDataError):
        laporan_triwulan(example, data, per, out)
    assert not out.exists()  # nothing written
    assert compute_kemajuan(example, data, date(2025, 10, 2)).aksi[2].kategori == "selesai"  # on the day: done

    # The same in the Excel sheet the template writes: the sheet row is named.
    book = write_realisasi_template(example, tmp_path / "realisasi.xlsx")
    wb = load_workbook(book)
    ws = wb["Realisasi"]
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(row=r, column=1).value == "II.1")
    ws.cell(row=row, column=8).value = "selesai"
    ws.cell(row=row, column=9).value = date(2025, 10, 2)
    wb.save(book)
    code = cli(["laporan", "triwulan", str(example_path), "--realisasi", str(book), "--per", "2025-09-30",
                "-o", str(out)])  # fmt: skip
    printed = capsys.readouterr().out
    assert code == 2 and f"lembar 'Realisasi', baris {row}, kolom I: aksi II.1 selesai 2 Oktober 2025" in printed
    assert not out.exists()
    assert cli(["laporan", "triwulan", str(example_path), "--realisasi", str(book), "--per", "2025-10-31",
                "-o", str(out)]) == 0  # fmt: skip
    text = "\n".join(c.text for t in docx.Document(next(out.iterdir())).tables for r in t.rows for c in r.cells)
    assert "Selesai" in text
