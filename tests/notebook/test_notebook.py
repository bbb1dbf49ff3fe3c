"""Decrees, Lampiran and findings show as readable HTML in Jupyter (``_repr_html_``)."""

from __future__ import annotations

from conftest import edited

import zi_docs
from zi_docs.checks import CheckConfig, Finding, Findings, Severity, check
from zi_docs.checks.finding import Fix
from zi_docs.checks.run import FileResult
from zi_docs.errors import UnreadableFileError
from zi_docs.i18n import Message
from zi_docs.model import Lokasi
from zi_docs.notebook import MAX_ROWS, SEVERITY_COLOURS, findings_html, keputusan_html


def _finding(severity: str = "error", **kw) -> Finding:
    values = {
        "rule": "NAM001",
        "severity": Severity(severity),
        "message": Message("nama kabupaten salah tulis", "misspelt regency"),
        "text": "PETAJAM <PASER>",
        "path": "kepala.instansi",
        "description": Message("Kepala keputusan", "Heading"),
        "location": Lokasi(baris=7),
        "fix": Fix("PETAJAM", "PENAJAM"),
    }
    values.update(kw)
    return Finding(**values)


def test_keputusan_shows_its_outline(example) -> None:
    html = example._repr_html_()
    assert "NOMOR 42 TAHUN 2025" in html and "TENTANG" in html
    for part in ("Menimbang", "Mengingat", "Memperhatikan", "Diktum", "KESATU", "Ditetapkan di"):
        assert part in html, part
    # Each Lampiran is folded with its table.
    assert "LAMPIRAN I:" in html and "LAMPIRAN II:" in html and "<details>" in html
    assert "Ali Yamin Ishak" in html and "LANGKAH AKSI" in html
    assert html == keputusan_html(example)


def test_lampiran_and_group_show_their_tables(example) -> None:
    tim = example.lampiran[0]._repr_html_()
    assert "<table" in tim and "KEDUDUKAN DALAM TIM" in tim and "PENGARAH" in tim
    assert "8 kelompok, 46 anggota" in tim
    ra = example.lampiran[1]._repr_html_()
    assert "TARGET WAKTU" in ra and "10 bagian, 44 baris" in ra
    group = example.lampiran[0].kelompok[2]
    html = group._repr_html_()
    assert group.nama in html and all(a.nama in html for a in group.anggota)


def test_text_from_the_decree_is_escaped(example) -> None:
    def edit(data):
        data["lampiran"][0]["kelompok"][0]["anggota"][0]["nama"] = "<script>alert(1)</script>"
        data["kepala"]["tentang"] = "A & B"

    k = edited(example, edit)
    html = k._repr_html_() + k.lampiran[0]._repr_html_()
    assert "<script>" not in html and "&lt;script&gt;" in html and "A &amp; B" in html


def test_check_returns_a_list_that_shows_as_a_table(example) -> None:
    def edit(data):
        members = data["lampiran"][0]["kelompok"][2]["anggota"]
        members.append(dict(members[0]))  # the same person twice: ORG001

    findings = check(edited(example, edit), config=CheckConfig(select=["ORG001"]))
    assert isinstance(findings, list) and isinstance(findings, Findings) and findings
    html = findings._repr_html_()
    assert "ORG001" in html and "<table" in html and "Lampiran I" in html
    assert f"{len(findings)} temuan" in html


def test_findings_table_has_colours_place_and_fix() -> None:
    html = findings_html([_finding("error"), _finding("warning", rule="EJA001", fix=None), _finding("info")])
    for colour, background in SEVERITY_COLOURS.values():
        assert background in html and colour in html
    assert "galat" in html and "peringatan" in html
    assert "baris 7" in html and "Kepala keputusan" in html
    assert "PETAJAM → <b>PENAJAM</b>" in html
    assert "&lt;PASER&gt;" in html
    assert "3 temuan</b>: 1 galat, 1 peringatan, 1 info" in html
    en = findings_html([_finding()], lang="en")
    assert "line 7" in en and "Heading" in en and "1 findings</b>: 1 error" in en


def test_unsafe_fix_and_empty_and_long_lists() -> None:
    html = findings_html([_finding(fix=Fix("a", "b", safe=False))])
    assert "perlu ditinjau" in html
    assert "Tidak ada temuan." in Findings()._repr_html_()
    # One row per mistake: distinct wrong forms, one row each.
    many = findings_html([_finding(text=f"PETAJAM{i}", fix=Fix(f"PETAJAM{i}", "PENAJAM")) for i in range(MAX_ROWS + 3)])
    assert many.count("<tr>") == MAX_ROWS + 1 and "3 kelompok temuan lagi" in many
    same = findings_html([_finding(location=Lokasi(baris=line)) for line in (7, 9, 9, 12)])
    assert same.count("<tr>") == 2 and "4 temuan</b>" in same and "1 kelompok" in same
    assert "4 tempat: baris 7, 9 ×2, 12" in same


def test_file_results_name_the_file_and_unreadable_ones() -> None:
    results = [
        FileResult("draf.docx", findings=[_finding()]),
        FileResult("rusak.docx", error=UnreadableFileError(Message("rusak", "broken"), path="rusak.docx")),
    ]
    html = findings_html(results)
    assert "Berkas" in html and "draf.docx" in html and "rusak.docx" in html and "tidak dapat dibaca" in html
    assert "draf.docx" in findings_html(results[0])


def test_seed_findings_render(seed) -> None:
    html = zi_docs.check(seed)._repr_html_()
    assert "NAM001" in html and SEVERITY_COLOURS["error"][1] in html
