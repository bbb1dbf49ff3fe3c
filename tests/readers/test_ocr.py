"""OCR of scanned PDFs (``read(path, ocr=True)``, ``--ocr``): a real scan, a scan made
here from the rendered example, a real PDF whose scanner OCR'd a sideways page,
and what a user hears without --ocr or without Tesseract.

OCR is slow (seconds a page): the tests that run Tesseract are marked ``ocr``
(``pytest -m ocr`` runs only them, ``-m 'not ocr'`` skips them) and recognise
few pages: the 3-page real scan, the decree pages of the example (its Rencana
Aksi left out) and one page of the polban decree.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import zi_docs
from zi_docs.errors import UnreadableFileError, ZiDocsError
from zi_docs.readers import read

REALWORLD = Path(__file__).resolve().parents[1] / "fixtures" / "realworld"
SCAN = REALWORLD / "polban-sk-maklumat-pelayanan-scan.pdf"
SIDEWAYS = REALWORLD / "polban-keputusan-b154-2023-tim-kerja-zi-wbbm.pdf"

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="Tesseract is not installed (apt-get install tesseract-ocr-ind)"
)
needs_soffice = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")


def test_a_scan_without_ocr_says_to_add_ocr(capsys) -> None:
    with pytest.raises(UnreadableFileError) as caught:
        read(SCAN)
    assert "--ocr" in caught.value.hint.id and "--ocr" in caught.value.hint.en
    from zi_docs.cli import main

    assert main(["read", str(SCAN)]) == 2
    assert "--ocr" in capsys.readouterr().err
    assert main(["check", str(SCAN), "--quiet"]) == 2
    assert "--ocr" in capsys.readouterr().out  # the text report names the unreadable file


def test_without_tesseract_the_message_gives_the_apt_command(monkeypatch) -> None:
    from zi_docs.readers import ocr

    monkeypatch.setattr(ocr.shutil, "which", lambda name: None)
    with pytest.raises(ZiDocsError) as caught:
        read(SCAN, ocr=True)
    assert "Tesseract" in caught.value.message.id
    assert "apt-get install tesseract-ocr tesseract-ocr-ind" in caught.value.hint.id


def test_a_garbled_text_layer_is_noted_without_ocr() -> None:
    """Page 5 of the polban decree is a sideways table its scanner OCR'd as if upright."""
    notes = [note.id for note in read(SIDEWAYS).notes]
    assert any("halaman 5" in note and "--ocr" in note for note in notes)


@pytest.mark.ocr
@needs_tesseract
def test_the_real_scan_reads_with_ocr_into_a_decree_with_its_diktum(capsys) -> None:
    result = read(SCAN, ocr=True)
    k = result.keputusan
    assert [d.label for d in k.diktum] == ["KESATU", "KEDUA", "KETIGA"]
    assert len(k.menimbang) == 3
    assert k.penetapan is not None and k.penetapan.tempat == "Bandung"
    assert any("OCR" in note.id and "1, 2, 3" in note.id for note in result.notes)
    assert "mengenali teks (OCR)" in capsys.readouterr().err  # progress, page by page


@pytest.mark.ocr
@needs_tesseract
def test_a_sideways_page_is_turned_and_its_table_recognised() -> None:
    from zi_docs.readers.pdf_lines import read_pdf

    lines, notes = read_pdf(SIDEWAYS, ocr=True, quiet=True)
    assert any("halaman 5 (90°)" in note.id for note in notes)
    page = [line for line in lines if line.location.halaman == 5 and line.text]
    rows = [line.text.split("\t") for line in page]
    # The member table reads row by row, number | name | NIP | position.
    assert ["NO.", "NAMA", "NIP", "JABATAN"] in rows
    names = {cells[1] for cells in rows if len(cells) == 4 and cells[0].isdigit()}
    assert {"Marwansyah, S.E., M.Si., Ph.D.", "Ita Susanti, S.H., M.H.", "Hidayat, S.Sos., M.A.P."} <= names
    assert all(line.confidence is not None and 0 <= line.confidence <= 100 for line in page)
    assert all(word.confidence is not None for line in page for word in line.geometry.words)
    # The borders found in the image mark where the rows start.
    assert sum(getattr(line.layout, "ruled_row_start", False) for line in page) >= 10
    # The other pages keep their own text layer.
    # Page 6 (the table's last rows, sideways too) is recognised again; the others keep their layer.
    assert all(line.confidence is None for line in lines if line.location.halaman not in (5, 6))
    assert any(line.confidence is not None for line in lines if line.location.halaman == 6)


def _image_only_pdf(pdf: Path, target: Path) -> None:
    """A scan of ``pdf``: every page drawn at 200 dpi, a little askew, as images only."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    images = []
    for index in range(len(document)):
        image = document[index].render(scale=200 / 72, grayscale=True).to_pil()
        # A scanner never lays the sheet perfectly straight.
        images.append(image.rotate(0.8 if index % 2 else -0.6, expand=False, fillcolor=255))
    document.close()
    images[0].save(target, "PDF", resolution=200, save_all=True, append_images=images[1:])


@pytest.mark.ocr
@needs_tesseract
@needs_soffice
def test_a_scan_of_the_rendered_example_reads_back(tmp_path: Path) -> None:
    from zi_docs.readers.pdf_lines import read_pdf_lines

    example = zi_docs.load(Path(__file__).resolve().parents[2] / "examples" / "kpu-penajam-paser-utara-42-2025.yaml")
    # The decree and its member table; the ten pages of Rencana Aksi would only
    # make the test slower.
    example.lampiran = example.lampiran[:1]
    pdf = next(p for p in zi_docs.render(example, tmp_path / "k.docx", pdf=True) if p.suffix == ".pdf")
    scan = tmp_path / "pindaian.pdf"
    _image_only_pdf(pdf, scan)
    with pytest.raises(UnreadableFileError):
        read_pdf_lines(scan)  # no text layer left
    result = read(scan, ocr=True)
    k = result.keputusan
    assert [d.label for d in k.diktum] == [d.label for d in example.diktum]
    wanted = [m.nama for g in example.lampiran[0].kelompok for m in g.anggota]
    found = {m.nama for lampiran in k.lampiran for g in getattr(lampiran, "kelompok", []) for m in g.anggota}
    recovered = sum(name in found for name in wanted)
    assert recovered >= 0.95 * len(wanted), sorted(set(wanted) - found)
