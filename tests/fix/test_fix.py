"""``zi-docs fix``: safe fixes applied inside the existing runs, to a new file.

Every draft is built here with python-docx and raw WordprocessingML, with the
wrong text where people's drafts have it: split over runs of different
formatting, in a table cell, in a tracked insertion, in a text box.  Findings
carry the locations the reader gives (a real STR005 check where one exists).
"""

from __future__ import annotations

import argparse
import hashlib
import os
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx_builders import CHOICE_BOX, body_append, p

import zi_docs
from zi_docs.checks import CheckConfig, Finding, Fix, Severity, all_rules, check
from zi_docs.cli import _common_options, fix_cmd
from zi_docs.errors import UnsupportedFormatError, ZiDocsError
from zi_docs.fix import apply_fixes, fix_data, fix_file
from zi_docs.i18n import Message
from zi_docs.model import Lokasi
from zi_docs.readers import read
from zi_docs.readers.docx_lines import read_docx_lines

HEADING = ["KEPUTUSAN KOMISI PEMILIHAN UMUM", None, "NOMOR 42 TAHUN 2025", "TENTANG", "PEMBENTUKAN TIM"]
PEMBENTUK = "KETUA KOMISI PEMILIHAN UMUM KABUPATEN PENAJAM PASER UTARA,"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def finding(
    rule: str, text: str, old: str, new: str, location: Lokasi | None, *, safe: bool = True, path: str = ""
) -> Finding:
    return Finding(
        rule=rule,
        severity=Severity.error,
        message=Message("pesan", "message"),
        text=text,
        path=path,
        description=Message("uraian", "description"),
        location=location,
        fix=Fix(old, new, safe),
    )


def draft(tmp_path: Path, name: str = "draf.docx") -> Path:
    """A short decree whose regency name is "PE" (bold) + "TAJAM" (italic) + " PASER UTARA",
    whose Menimbang items begin with "Bahwa" (STR005) split over bold and italic
    runs, with a table row holding "Petajam" in a cell."""
    document = docx.Document()
    for text in HEADING:
        if text is None:
            paragraph = document.add_paragraph("KABUPATEN ")
            paragraph.add_run("PE").bold = True
            paragraph.add_run("TAJAM").italic = True
            paragraph.add_run(" PASER UTARA")
        else:
            document.add_paragraph(text)
    document.add_paragraph(PEMBENTUK)
    paragraph = document.add_paragraph("Menimbang\t:\ta.\t")
    paragraph.add_run("Bah").bold = True
    paragraph.add_run("wa perlu").italic = True
    paragraph.add_run(" dibentuk tim dengan resiko kecil dan resiko besar;")
    document.add_paragraph("\t\tb.\tBahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a.")
    document.add_paragraph("Mengingat\t:\t1.\tUndang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik.")
    document.add_paragraph("MEMUTUSKAN:")
    document.add_paragraph("Menetapkan\t:\tKEPUTUSAN TENTANG PEMBENTUKAN TIM.")
    document.add_paragraph("KESATU\t:\tMembentuk Tim.")
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ("NO", "NAMA", "JABATAN")):
        cell.text = text
    row = table.rows[1].cells
    row[0].text, row[1].text = "1.", "Siti Aminah"
    cell_paragraph = row[2].paragraphs[0]
    cell_paragraph.add_run("Ketua KPU Kabupaten ")
    cell_paragraph.add_run("Peta").bold = True
    cell_paragraph.add_run("jam Paser Utara")
    target = tmp_path / name
    document.save(target)
    return target


def runs(path: Path, paragraph: int) -> list[tuple[str, bool | None, bool | None]]:
    """(text, bold, italic) of a body paragraph's runs, 1-based as the reader counts."""
    document = docx.Document(str(path))
    return [(run.text, run.bold, run.italic) for run in document.paragraphs[paragraph - 1].runs]


def line_location(path: Path, text: str) -> Lokasi:
    """Where the reader says the line containing ``text`` is."""
    return next(line.location for line in read_docx_lines(path) if text in line.text)


# -- DOCX ------------------------------------------------------------------------


def test_a_real_check_fix_is_applied_inside_the_runs(tmp_path):
    source = draft(tmp_path)
    before = sha(source)
    result = read(source)
    findings = check(result.keputusan, source_map=result.source_map, config=CheckConfig(select=["STR005"]))
    assert [(f.rule, f.fix) for f in findings] == [("STR005", Fix("Bahwa", "bahwa"))] * 2
    target = tmp_path / "perbaikan.docx"
    report = apply_fixes(source, target, findings, source_map=result.source_map)
    assert [(a.rule, a.old, a.new, a.place("id")) for a in report] == [
        ("STR005", "Bahwa", "bahwa", "paragraf 7"),
        ("STR005", "Bahwa", "bahwa", "paragraf 8"),
    ]
    assert report.skipped == []
    assert report[0].text("en") == "paragraph 7: Bahwa → bahwa (STR005)"
    assert sha(source) == before  # the input is never touched
    fixed = read(target)
    assert fixed.keputusan.menimbang[0].teks.startswith("bahwa perlu dibentuk")
    assert not check(fixed.keputusan, source_map=fixed.source_map, config=CheckConfig(select=["STR005"]))
    # "Bah" (bold) + "wa perlu" (italic): only the "B" changed, in the bold run.
    assert runs(target, 7) == [
        ("Menimbang\t:\ta.\t", None, None),
        ("bah", True, None),
        ("wa perlu", None, True),
        (" dibentuk tim dengan resiko kecil dan resiko besar;", None, None),
    ]


def test_a_name_split_over_bold_and_italic_runs_keeps_each_runs_formatting(tmp_path):
    source = draft(tmp_path)
    result = read(source)
    # The rule reports the heading's instansi; the reader places the heading at its
    # first line, the instansi continues on the next paragraph.
    location = result.location("kepala.instansi")
    assert location.paragraf == 1
    wrong = finding("NAM001", "KABUPATEN PETAJAM PASER UTARA", "PETAJAM", "PENAJAM", location, path="kepala.instansi")
    target = tmp_path / "perbaikan.docx"
    report = apply_fixes(source, target, [wrong], source_map=result.source_map)
    assert [a.text("id") for a in report] == ["paragraf 2: PETAJAM → PENAJAM (NAM001)"]
    assert runs(target, 2) == [
        ("KABUPATEN ", None, None),
        ("PE", True, None),
        ("NAJAM", None, True),
        (" PASER UTARA", None, None),
    ]
    assert read(target).keputusan.kepala.instansi == "KOMISI PEMILIHAN UMUM KABUPATEN PENAJAM PASER UTARA"
    # Without the source map only the finding's own paragraph is searched: not guessed.
    report = apply_fixes(source, tmp_path / "lain.docx", [wrong])
    assert report == [] and "paragraf 1" in report.skipped[0].reason("id")


def test_a_real_name_fix_changes_only_the_wrong_letters(tmp_path):
    if "NAM001" not in all_rules():
        pytest.skip("NAM001 is not written yet")
    source = draft(tmp_path)
    result = read(source)
    findings = [
        f for f in check(result.keputusan, source_map=result.source_map, config=CheckConfig(select=["NAM001"])) if f.fix
    ]
    assert findings and all(f.fix.safe for f in findings)
    target = tmp_path / "perbaikan.docx"
    report = apply_fixes(source, target, findings, source_map=result.source_map)
    assert "paragraf 2" in [a.place("id") for a in report]
    assert "PENAJAM" in read(target).keputusan.kepala.instansi
    # The fix may name the whole "KABUPATEN PETAJAM PASER UTARA"; only the "T" that
    # became "N" is edited, so the bold "PE" and the italic "NAJAM" stay as they were.
    assert runs(target, 2) == [
        ("KABUPATEN ", None, None),
        ("PE", True, None),
        ("NAJAM", None, True),
        (" PASER UTARA", None, None),
    ]


def test_a_fix_in_a_table_cell(tmp_path):
    source = draft(tmp_path)
    location = line_location(source, "Siti Aminah")
    assert (location.tabel, location.baris_tabel) == (1, 2)
    wrong = finding("NAM001", "Petajam Paser Utara", "Petajam", "Penajam", location)
    target = tmp_path / "perbaikan.docx"
    report = apply_fixes(source, target, [wrong])
    assert [a.place("en") for a in report] == ["table 1, row 2"]
    cell = docx.Document(str(target)).tables[0].rows[1].cells[2].paragraphs[0]
    assert [(r.text, r.bold) for r in cell.runs] == [
        ("Ketua KPU Kabupaten ", None),
        ("Pena", True),
        ("jam Paser Utara", None),
    ]


def test_only_the_findings_occurrences_are_fixed(tmp_path):
    source = draft(tmp_path)
    location = line_location(source, "resiko kecil")
    target = tmp_path / "perbaikan.docx"
    one = finding("EJA001", "resiko", "resiko", "risiko", location)
    apply_fixes(source, target, [one])
    assert "risiko kecil dan resiko besar" in runs(target, 7)[-1][0]  # one finding, one word
    apply_fixes(source, target, [one, one])  # the same word reported twice: both places
    assert "risiko kecil dan risiko besar" in runs(target, 7)[-1][0]
    # A third report of it finds nothing left to fix: reported, not guessed.
    report = apply_fixes(source, target, [one, one, one])
    assert len(report) == 2 and "tidak ditemukan lagi" in report.skipped[0].reason("id")


def test_a_whole_word_is_not_matched_inside_another(tmp_path):
    document = docx.Document()
    document.add_paragraph("kegiatan beresiko dengan resiko")
    source = tmp_path / "kata.docx"
    document.save(source)
    target = tmp_path / "perbaikan.docx"
    apply_fixes(
        source, target, [finding("EJA001", "resiko", "resiko", "risiko", Lokasi(berkas="kata.docx", paragraf=1))]
    )
    assert docx.Document(str(target)).paragraphs[0].text == "kegiatan beresiko dengan risiko"


def test_tracked_insertions_count_deleted_text_and_field_instructions_do_not(tmp_path):
    document = docx.Document()
    body_append(
        document,
        p(
            runs='<w:r><w:t xml:space="preserve">Kabupaten </w:t></w:r>'
            '<w:del w:id="1" w:author="A"><w:r><w:delText>Petajam </w:delText></w:r></w:del>'
            '<w:ins w:id="2" w:author="A"><w:r><w:rPr><w:b/></w:rPr><w:t>Peta</w:t></w:r></w:ins>'
            '<w:r><w:t xml:space="preserve">jam Paser Utara </w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText xml:space="preserve"> HYPERLINK "Petajam" </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            "<w:r><w:t>Petajam</w:t></w:r>"
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        ),
    )
    source = tmp_path / "lacak.docx"
    document.save(source)
    assert read_docx_lines(source)[0].text == "Kabupaten Petajam Paser Utara Petajam"
    here = Lokasi(berkas="lacak.docx", paragraf=1)
    target = tmp_path / "perbaikan.docx"
    report = apply_fixes(source, target, [finding("NAM001", "Petajam Paser Utara Petajam", "Petajam", "Penajam", here)])
    assert [a.count for a in report] == [2]
    body = docx.Document(str(target)).element.body
    paragraph = body.find(qn("w:p"))
    assert [t.text for t in paragraph.iter(qn("w:delText"))] == ["Petajam "]  # deleted text untouched
    assert [t.text for t in paragraph.iter(qn("w:instrText"))] == [' HYPERLINK "Petajam" ']
    inserted = paragraph.find(qn("w:ins"))
    assert [t.text for t in inserted.iter(qn("w:t"))] == ["Pena"]
    assert inserted.find(f"{qn('w:r')}/{qn('w:rPr')}/{qn('w:b')}") is not None
    assert read_docx_lines(target)[0].text == "Kabupaten Penajam Paser Utara Penajam"


def test_a_replacement_across_runs_goes_into_the_first_run(tmp_path):
    document = docx.Document()
    paragraph = document.add_paragraph("KPU Kabupaten ")
    paragraph.add_run("PP").bold = True
    paragraph.add_run("U menetapkan").italic = True
    source = tmp_path / "singkatan.docx"
    document.save(source)
    target = tmp_path / "perbaikan.docx"
    here = Lokasi(berkas="singkatan.docx", paragraf=1)
    apply_fixes(source, target, [finding("NAM002", "PPU", "PPU", "Penajam Paser Utara", here)])
    # "PU" (the part that changes) spans the bold and the italic run: the new text
    # goes into the bold run, the italic run loses the "U" and keeps its space.
    assert runs(target, 1) == [
        ("KPU Kabupaten ", None, None),
        ("Penajam Paser Utara", True, None),
        (" menetapkan", None, True),
    ]
    italic = docx.Document(str(target)).paragraphs[0].runs[2]._r.find(qn("w:t"))
    assert italic.get("{http://www.w3.org/XML/1998/namespace}space") == "preserve"
    # A fix that removes text entirely removes the runs it empties.
    apply_fixes(source, target, [finding("STR099", "Kabupaten PPU", "Kabupaten PP", "", here, safe=True)])
    assert runs(target, 1) == [("KPU ", None, None), ("U menetapkan", None, True)]


def test_text_boxes_are_fixed_in_both_stored_copies(tmp_path):
    document = docx.Document()
    inner = p("LAMPIRAN I") + p("KEPUTUSAN KPU KABUPATEN PETAJAM PASER UTARA")
    body_append(document, p(runs=CHOICE_BOX.format(inner=inner) + "<w:r><w:t>SUSUNAN TIM</w:t></w:r>"))
    source = tmp_path / "kotak.docx"
    document.save(source)
    location = line_location(source, "PETAJAM")
    assert location.paragraf == 1
    target = tmp_path / "perbaikan.docx"
    report = apply_fixes(source, target, [finding("NAM001", "PETAJAM PASER UTARA", "PETAJAM", "PENAJAM", location)])
    assert len(report) == 1
    body = docx.Document(str(target)).element.body
    boxes = [" ".join(t.text for t in box.iter(qn("w:t"))) for box in body.iter(qn("w:txbxContent"))]
    assert boxes == ["LAMPIRAN I KEPUTUSAN KPU KABUPATEN PENAJAM PASER UTARA"] * 2


def test_unsafe_fixes_only_when_asked(tmp_path):
    source = draft(tmp_path)
    location = line_location(source, "resiko kecil")
    risky = finding("EJA009", "kecil", "kecil", "rendah", location, safe=False)
    target = tmp_path / "perbaikan.docx"
    report = apply_fixes(source, target, [risky])
    assert report == [] and report.skipped[0].unsafe and "--unsafe-fixes" in report.skipped[0].reason("en")
    assert "resiko kecil" in runs(target, 7)[-1][0]
    report = apply_fixes(source, target, [risky], unsafe=True)
    assert [a.new for a in report] == ["rendah"] and "resiko rendah" in runs(target, 7)[-1][0]


def test_places_that_are_not_in_this_docx_are_skipped_with_a_reason(tmp_path):
    source = draft(tmp_path)
    findings = [
        finding("NAM001", "Petajam", "Petajam", "Penajam", None, path="kepala.instansi"),  # from a YAML file
        finding("NAM001", "Petajam", "Petajam", "Penajam", Lokasi(berkas="draf.txt", baris=4)),
        finding("NAM001", "Petajam", "Petajam", "Penajam", Lokasi(berkas="lain.docx", tabel=1, baris_tabel=2)),
        finding("NAM001", "Petajam", "Petajam", "Penajam", Lokasi(berkas="draf.docx", paragraf=400)),
        finding("NAM001", "Petajam", "Petajam", "Penajam", Lokasi(berkas="draf.docx", paragraf=2)),  # stale
    ]
    report = apply_fixes(source, tmp_path / "perbaikan.docx", findings)
    assert report == []
    reasons = [s.reason("en") for s in report.skipped]
    assert "not a paragraph or table row" in reasons[0] and "not a paragraph or table row" in reasons[1]
    assert "another file (lain.docx)" in reasons[2]
    assert reasons[3] == "paragraph 400 is not in the document"
    assert "no longer found at paragraph 2" in reasons[4]


def test_the_input_is_never_the_output(tmp_path):
    source = draft(tmp_path)
    before = sha(source)
    with pytest.raises(ZiDocsError, match="masukan"):
        apply_fixes(source, source, [])
    with pytest.raises(ZiDocsError):
        apply_fixes(source, tmp_path / "." / "draf.docx", [])
    link = tmp_path / "tautan.docx"
    os.link(source, link)  # the same file under another name
    with pytest.raises(ZiDocsError):
        apply_fixes(source, link, [])
    with pytest.raises(UnsupportedFormatError):
        apply_fixes(source, tmp_path / "perbaikan.yaml", [])
    assert sha(source) == before


def test_dry_run_writes_nothing(tmp_path):
    source = draft(tmp_path)
    result = read(source)
    findings = check(result.keputusan, source_map=result.source_map, config=CheckConfig(select=["STR005"]))
    report = apply_fixes(source, None, findings, source_map=result.source_map, dry_run=True)
    assert len(report) == 2 and sorted(os.listdir(tmp_path)) == ["draf.docx"]


# -- data ------------------------------------------------------------------------


def test_fixing_yaml_data(tmp_path, example):
    data = example.model_dump()
    data["kepala"]["instansi"] = "KOMISI PEMILIHAN UMUM KABUPATEN PETAJAM PASER UTARA"
    data["menimbang"][0]["teks"] = "Bahwa " + data["menimbang"][0]["teks"].removeprefix("bahwa ")
    data["lampiran"][0]["kelompok"][6]["anggota"][2]["jabatan"] = "Anggota KPU Kabupaten Petajam Paser Utara"
    source = tmp_path / "keputusan.yaml"
    zi_docs.save(zi_docs.Keputusan.model_validate(data), source)
    before = sha(source)
    findings = [f for f in check(zi_docs.load(source), config=CheckConfig(select=["STR005"]))] + [
        finding("NAM001", "PETAJAM PASER UTARA", "PETAJAM", "PENAJAM", None, path="kepala.instansi"),
        finding(
            "NAM001",
            "Petajam Paser Utara",
            "Petajam",
            "Penajam",
            None,
            path="lampiran[0].kelompok[6].anggota[2].jabatan",
        ),
        finding("NAM001", "Petajam", "Petajam", "Penajam", None, path="tembusan[99]"),
        finding("NAM001", "Petajam", "Petajam", "Penajam", None, path="kepala.tentang"),  # not there
        finding(
            "EJA009", "Anggota", "Anggota", "Wakil", None, safe=False, path="lampiran[0].kelompok[6].anggota[2].jabatan"
        ),
    ]
    target = tmp_path / "perbaikan.json"
    report = fix_data(source, target, findings)
    assert [(a.rule, a.path) for a in report] == [
        ("STR005", "menimbang[0].teks"),
        ("NAM001", "kepala.instansi"),
        ("NAM001", "lampiran[0].kelompok[6].anggota[2].jabatan"),
    ]
    assert [s.finding.path for s in report.skipped] == [
        "lampiran[0].kelompok[6].anggota[2].jabatan",  # unsafe
        "tembusan[99]",
        "kepala.tentang",
    ]
    fixed = zi_docs.load(target)
    assert fixed.kepala.instansi == example.kepala.instansi
    assert fixed.menimbang[0].teks == example.menimbang[0].teks
    assert fixed.lampiran[0].kelompok[6].anggota[2].jabatan == "Anggota KPU Kabupaten Penajam Paser Utara"
    assert sha(source) == before
    with pytest.raises(ZiDocsError):
        fix_data(source, source, findings)


def test_text_and_pdf_files_are_refused(tmp_path):
    text = tmp_path / "draf.txt"
    text.write_text("KEPUTUSAN", encoding="utf-8")
    with pytest.raises(UnsupportedFormatError) as caught:
        fix_file(text, tmp_path / "keluar.txt")
    assert ".docx" in caught.value.text("en") and ".yaml" in caught.value.text("en")
    assert not (tmp_path / "keluar.txt").exists()


# -- check and fix until nothing changes -----------------------------------------


def test_fix_file_checks_and_fixes_until_nothing_changes(tmp_path):
    source = draft(tmp_path)
    before = sha(source)
    target = tmp_path / "perbaikan.docx"
    report = fix_file(source, target, config=CheckConfig(select=["STR005"]))
    assert [a.place("id") for a in report] == ["paragraf 7", "paragraf 8"]
    assert (report.passes, report.converged, report.skipped) == (2, True, [])
    assert sha(source) == before
    # Nothing to fix: the output is the input, byte for byte.
    report = fix_file(target, tmp_path / "lagi.docx", config=CheckConfig(select=["STR005"]))
    assert report == [] and sha(tmp_path / "lagi.docx") == sha(target)
    with pytest.raises(ZiDocsError):
        fix_file(source, source)


def test_a_rendered_decree_is_fixed_with_every_rule(tmp_path, example):
    data = example.model_dump()
    data["kepala"]["instansi"] = data["kepala"]["instansi"].replace("PENAJAM", "PETAJAM")
    data["menimbang"][0]["teks"] = "Bahwa " + data["menimbang"][0]["teks"].removeprefix("bahwa ")
    source = tmp_path / "keputusan.docx"
    zi_docs.render(zi_docs.Keputusan.model_validate(data), source)
    target = tmp_path / "perbaikan.docx"
    report = fix_file(source, target)
    assert report.converged and "STR005" in [a.rule for a in report]
    fixed = read(target)
    assert fixed.keputusan.menimbang[0].teks == example.menimbang[0].teks
    if "NAM001" in all_rules():
        assert fixed.keputusan.kepala.instansi == example.kepala.instansi
    # Whatever safe fix is still reported is one the report says it could not make.
    left = {(f.rule, f.path) for f in check(fixed.keputusan, source_map=fixed.source_map) if f.fix and f.fix.safe}
    assert left == {(s.finding.rule, s.finding.path) for s in report.skipped if not s.unsafe}


def test_fix_file_on_yaml(tmp_path, example):
    data = example.model_dump()
    data["menimbang"][1]["teks"] = "Bahwa " + data["menimbang"][1]["teks"].removeprefix("bahwa ")
    source = tmp_path / "keputusan.yaml"
    zi_docs.save(zi_docs.Keputusan.model_validate(data), source)
    target = tmp_path / "perbaikan.yaml"
    report = fix_file(source, target, config=CheckConfig(select=["STR005"]))
    assert [(a.path, a.text("id")) for a in report] == [
        ("menimbang[1].teks", "menimbang[1].teks: Bahwa → bahwa (STR005)")
    ]
    assert zi_docs.load(target).menimbang[1].teks == example.menimbang[1].teks


# -- command line ----------------------------------------------------------------


def run_cli(argv: list[str], capsys) -> tuple[int, str, str]:
    """The fix command on a parser built the way ``zi_docs.cli`` builds its own."""
    parser = argparse.ArgumentParser(prog="zi-docs", parents=[_common_options(None)])
    subparsers = parser.add_subparsers(dest="command")
    fix_cmd.register(subparsers, _common_options(argparse.SUPPRESS))
    args = parser.parse_args(argv)
    args.lang = args.lang or "id"
    code = args.func(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_end_to_end(tmp_path, capsys):
    source = draft(tmp_path)
    before = sha(source)
    target = tmp_path / "perbaikan.docx"
    code, out, _ = run_cli(["fix", str(source), "-o", str(target), "--select", "STR005"], capsys)
    assert code == 0
    assert out.splitlines() == [
        "paragraf 7: Bahwa → bahwa (STR005)",
        "paragraf 8: Bahwa → bahwa (STR005)",
        f"2 perbaikan diterapkan; ditulis ke {target}",
    ]
    assert sha(source) == before
    assert [b.teks.split()[0] for b in read(target).keputusan.menimbang] == ["bahwa", "bahwa"]

    # Selected and ignored equally specifically: nothing runs, nothing to fix.
    args = ["fix", str(source), "--dry-run", "--lang", "en", "--select=STR005", "--ignore", "STR005"]
    code, out, _ = run_cli(args, capsys)
    assert code == 0 and out.splitlines() == ["0 fixes to apply; nothing written (--dry-run)"]


def test_cli_refuses_bad_usage_with_exit_2(tmp_path, capsys):
    source = draft(tmp_path)
    code, _, err = run_cli(["fix", str(source), "-o", str(source)], capsys)
    assert code == 2 and "keluaran sama dengan berkas masukan" in err
    code, _, err = run_cli(["fix", str(source), "--lang", "en"], capsys)
    assert code == 2 and "-o" in err
    code, _, err = run_cli(["fix", str(tmp_path / "hilang.docx"), "-o", str(tmp_path / "x.docx")], capsys)
    assert code == 2 and "tidak ditemukan" in err
    text = tmp_path / "draf.txt"
    text.write_text("KEPUTUSAN", encoding="utf-8")
    code, _, err = run_cli(["fix", str(text), "-o", str(tmp_path / "x.txt"), "--lang", "en"], capsys)
    assert code == 2 and "Fixing works on .docx, .yaml and .json" in err
    assert not (tmp_path / "x.docx").exists() and not (tmp_path / "x.txt").exists()


def test_spacing_fixes_and_fixes_with_nothing_to_change(tmp_path):
    document = docx.Document()
    document.add_paragraph("dibentuk tim ;")
    document.add_paragraph("masing masing  anggota")
    source = tmp_path / "spasi.docx"
    document.save(source)
    first, second = (Lokasi(berkas="spasi.docx", paragraf=n) for n in (1, 2))
    target = tmp_path / "perbaikan.docx"
    report = apply_fixes(
        source,
        target,
        [
            finding("STR004", "tim ;", " ;", ";", first),
            finding("EJA005", "masing masing", "masing masing", "masing-masing", second),
            finding("STR099", "masing  anggota", "  ", " ", second),
            finding("STR004", "dibentuk", "dibentuk", "dibentuk", first),  # nothing to change
        ],
    )
    assert [p.text for p in docx.Document(str(target)).paragraphs] == ["dibentuk tim;", "masing-masing anggota"]
    assert len(report) == 3 and [s.reason("en") for s in report.skipped] == ["the text already reads «dibentuk»"]


@pytest.mark.parametrize("unsafe", [False, True])
def test_fixing_the_seed_leaves_nothing_to_fix(tmp_path, unsafe):
    """The confirming pass is made in memory (fix.files.confirm_in_memory); whatever it
    decides, checking the written file must find no fix left, and chains of fixes (a name
    corrected, then copied by another rule) still take their passes."""
    from conftest import PUBLISHED

    from zi_docs.checks.run import check_file
    from zi_docs.rendering import render_docx_bytes

    source = tmp_path / "seed.docx"
    source.write_bytes(render_docx_bytes(read(PUBLISHED).keputusan))
    report = fix_file(source, tmp_path / "fixed.docx", unsafe=unsafe)
    assert report.converged and report.passes > 2 and len(report) > 50
    left = check_file(tmp_path / "fixed.docx").findings
    # What is left is what the report says it could not do (words split by a line break).
    could_not = {(s.finding.rule, s.finding.text) for s in report.skipped}
    assert {(f.rule, f.text) for f in left if f.fix and (f.fix.safe or unsafe)} <= could_not
