"""PDF → lines: a PDF made by LibreOffice from a DOCX built here, a real scan, and bad files."""

from __future__ import annotations

import itertools
import re
import shutil
import subprocess
from pathlib import Path

import docx
import pypdf
import pytest
from conftest import HANG_S
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm

from zi_docs.errors import LimitExceededError, UnreadableFileError
from zi_docs.readers.pdf_lines import read_pdf_lines

REALWORLD = Path(__file__).resolve().parents[1] / "fixtures" / "realworld"
SCAN = REALWORLD / "bpatp-kementan-keputusan-16-2021-agen-perubahan.pdf"
MEMBERS = 45  # enough rows for the table to run onto the second page


def _page_field(paragraph) -> None:
    """A PAGE field, as Word stores it: begin, instruction, separate, result, end."""
    for kind, text in [("begin", None), (None, " PAGE "), ("separate", None), (None, None), ("end", None)]:
        run = paragraph.add_run()
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
            run._r.append(element)
        elif text:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
            run._r.append(element)
        else:
            run.text = "1"


def _build_docx(target: Path) -> None:
    document = docx.Document()
    footer = document.sections[0].footer.paragraphs[0]
    footer.add_run("- ")
    _page_field(footer)
    footer.add_run(" -")
    document.add_paragraph().add_run("KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN").bold = True
    document.add_paragraph("NOMOR 42 TAHUN 2025")
    items = [
        ("Menimbang", ":", "a.", "bahwa dalam rangka pembangunan Zona Integritas perlu dibentuk tim;"),
        ("", "", "b.", "bahwa berdasarkan pertimbangan huruf a perlu menetapkan Keputusan;"),
        ("Mengingat", ":", "1.", "Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum;"),
    ]
    for label, colon, number, text in items:
        paragraph = document.add_paragraph(f"{label}\t{colon}\t{number}\t{text}")
        layout = paragraph.paragraph_format
        layout.left_indent, layout.first_line_indent = Cm(4.5), Cm(-4.5)
        for position in (3.0, 3.5, 4.5):
            layout.tab_stops.add_tab_stop(Cm(position))
    document.add_paragraph("SUSUNAN TIM")
    table = document.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, heading in zip(table.rows[0].cells, ["NO", "NAMA", "JABATAN", "KEDUDUKAN"]):
        cell.text = heading
    for number in range(1, MEMBERS + 1):
        for cell, value in zip(table.add_row().cells, [str(number), f"Budi {number}", "Kasubbag Umum", "Anggota"]):
            cell.text = value
    document.add_paragraph("Ditetapkan di Penajam")
    document.save(target)


@pytest.fixture(scope="module")
def made_pdf(tmp_path_factory) -> Path:
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed; it is needed to make the PDF fixture")
    folder = tmp_path_factory.mktemp("pdf")
    source = folder / "keputusan.docx"
    _build_docx(source)
    # A private profile: another LibreOffice running at the same time would
    # otherwise take the conversion over and leave no PDF here.
    profile = (folder / "profile").as_uri()
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless"]
        + ["--convert-to", "pdf", "--outdir", str(folder), str(source)],
        check=True,
        capture_output=True,
        timeout=HANG_S,
    )
    pdf = folder / "keputusan.pdf"
    assert pdf.exists(), "LibreOffice made no PDF"
    return pdf


@pytest.fixture(scope="module")
def made_lines(made_pdf):
    return read_pdf_lines(made_pdf)


def test_made_pdf_has_two_pages(made_pdf):
    assert len(pypdf.PdfReader(made_pdf).pages) == 2


def test_tab_aligned_items_keep_label_and_text_apart(made_lines):
    texts = [line.text for line in made_lines]
    menimbang = next(text for text in texts if text.startswith("Menimbang"))
    assert re.fullmatch(r"Menimbang\t:\s+a\.\tbahwa dalam rangka .*", menimbang)
    second = next(line for line in made_lines if line.text.startswith("b.\tbahwa"))
    assert second.indent > 10  # the item sits under the text column, not at the margin
    assert any(re.fullmatch(r"Mengingat\t:\s+1\.\tUndang-Undang Nomor 7 .*", text) for text in texts)


def test_table_rows_keep_their_columns_across_pages(made_lines):
    rows = {}
    for line in made_lines:
        cells = line.text.split("\t")
        if len(cells) == 4 and cells[0].isdigit():
            rows[int(cells[0])] = (line, cells)
    assert sorted(rows) == list(range(1, MEMBERS + 1))
    assert all(cells[1:] == [f"Budi {n}", "Kasubbag Umum", "Anggota"] for n, (_, cells) in rows.items())
    assert next(line for line in made_lines if line.text.startswith("NO\t")).text == "NO\tNAMA\tJABATAN\tKEDUDUKAN"
    pages = [rows[n][0].location.halaman for n in range(1, MEMBERS + 1)]
    assert pages[0] == 1 and pages[-1] == 2 and pages == sorted(pages)
    first_on_two = next(n for n in range(1, MEMBERS + 1) if pages[n - 1] == 2)
    assert rows[first_on_two][0].page_break_before
    assert sum(line.page_break_before for line in made_lines) == 1


def test_footer_page_numbers_are_gone_and_locations_are_right(made_lines):
    assert not any(re.fullmatch(r"-\s*\d+\s*-", line.text) for line in made_lines)
    assert made_lines[0].text == "KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN"
    assert made_lines[0].location.model_dump(exclude_none=True) == {"berkas": "keputusan.pdf", "halaman": 1, "baris": 1}
    assert made_lines[-1].text == "Ditetapkan di Penajam" and made_lines[-1].location.halaman == 2
    # Blank lines are single and never open or close a page.
    for before, after in itertools.pairwise(made_lines):
        assert before.text or after.text
    assert made_lines[-1].text


def test_scanned_pdf_needs_ocr():
    with pytest.raises(UnreadableFileError) as caught:
        read_pdf_lines(SCAN)
    assert "OCR" in caught.value.message.id and "pindai" in caught.value.message.id
    assert "--ocr" in caught.value.hint.id and "ocrmypdf -l ind" in caught.value.hint.id


def test_password_protected_pdf(made_pdf, tmp_path):
    writer = pypdf.PdfWriter(clone_from=made_pdf)
    writer.encrypt(user_password="rahasia", owner_password="pemilik")
    target = tmp_path / "terkunci.pdf"
    writer.write(target)
    with pytest.raises(UnreadableFileError) as caught:
        read_pdf_lines(target)
    assert "kata sandi" in caught.value.message.id and "--decrypt" in caught.value.hint.id


def test_pdf_restricted_only_by_an_owner_password_is_read(made_pdf, tmp_path):
    writer = pypdf.PdfWriter(clone_from=made_pdf)
    writer.encrypt(user_password="", owner_password="pemilik")
    target = tmp_path / "dibatasi.pdf"
    writer.write(target)
    assert read_pdf_lines(target)[0].text == "KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN"


@pytest.mark.parametrize("content", [b"", b"bukan PDF sama sekali\n", b"%PDF-1.7\n1 0 obj\n<< /Type /Cat"])
def test_not_a_pdf_or_damaged(tmp_path, content):
    target = tmp_path / "keputusan.pdf"
    target.write_bytes(content)
    with pytest.raises(UnreadableFileError) as caught:
        read_pdf_lines(target)
    assert caught.value.path == str(target)


def test_missing_file(tmp_path):
    with pytest.raises(UnreadableFileError):
        read_pdf_lines(tmp_path / "tidak-ada.pdf")


def test_size_limit(made_pdf):
    with pytest.raises(LimitExceededError):
        read_pdf_lines(made_pdf, max_bytes=1000)


# ----------------------------------------------------------- positions and rules


def test_lines_carry_word_boxes_and_the_table_rules(made_lines):
    row = next(line for line in made_lines if line.text == "1\tBudi 1\tKasubbag Umum\tAnggota")
    geometry = row.geometry
    assert [w.text for w in geometry.words] == ["1", "Budi", "1", "Kasubbag", "Umum", "Anggota"]
    assert all(a.x1 <= b.x0 for a, b in zip(geometry.words, geometry.words[1:]))
    assert all(w.top < geometry.baseline <= w.bottom for w in geometry.words)
    # "Table Grid": a border left of every column and right of the last, a rule above every row.
    assert len(geometry.column_rules) == 5
    assert geometry.rules_above and row.layout.ruled_row_start
    assert geometry.page_width == pytest.approx(612, abs=1) and geometry.page_height == pytest.approx(792, abs=1)
    heading = next(line for line in made_lines if line.text.startswith("Menimbang"))
    assert heading.geometry.column_rules == () and not heading.layout.ruled_row_start
    assert all(line.confidence is None for line in made_lines)  # a text layer, not OCR


def _texts(lines) -> list[str]:
    return [line.text for line in lines if line.text]


def test_a_page_rotated_for_display_reads_like_the_upright_one(made_pdf, made_lines, tmp_path):
    writer = pypdf.PdfWriter(clone_from=made_pdf)
    writer.pages[0].rotate(90)  # /Rotate 90: the viewer turns the page, text and all
    target = tmp_path / "diputar.pdf"
    writer.write(target)
    lines = read_pdf_lines(target)
    assert _texts(lines) == _texts(made_lines)
    # Shown landscape, the text runs down the page; its reading frame is portrait again.
    assert lines[0].geometry.page_width == pytest.approx(612, abs=1)


def test_text_printed_sideways_on_a_portrait_page_reads_left_to_right(made_pdf, made_lines, tmp_path):
    """A landscape table printed sideways on portrait paper: every glyph turned 90°."""
    writer = pypdf.PdfWriter(clone_from=made_pdf)
    for page in writer.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        page.add_transformation(pypdf.Transformation().rotate(90).translate(tx=height, ty=0))
        page.mediabox = pypdf.generic.RectangleObject([0, 0, height, width])
    target = tmp_path / "menyamping.pdf"
    writer.write(target)
    lines = read_pdf_lines(target)
    assert _texts(lines) == _texts(made_lines)
    assert lines[0].geometry.page_width == pytest.approx(612, abs=1)
    # Shown the same way, turned by the viewer (/Rotate 90) so that it reads upright:
    # a landscape page whose text reads left to right as it is shown.
    for page in writer.pages:
        page.rotate(90)
    writer.write(target)
    lines = read_pdf_lines(target)
    assert _texts(lines) == _texts(made_lines)
    assert lines[0].geometry.page_width == pytest.approx(612, abs=1)


def test_a_page_whose_box_does_not_start_at_zero_reads_the_same(made_pdf, made_lines, tmp_path):
    writer = pypdf.PdfWriter(clone_from=made_pdf)
    for page in writer.pages:
        page.cropbox = page.mediabox = pypdf.generic.RectangleObject([40, 30, 612, 792])
    target = tmp_path / "dipotong.pdf"
    writer.write(target)
    lines = read_pdf_lines(target)
    assert _texts(lines) == _texts(made_lines)
    first, upright = lines[0].geometry.words[0], made_lines[0].geometry.words[0]
    assert first.x0 == pytest.approx(upright.x0 - 40) and first.top == pytest.approx(upright.top)


@pytest.fixture(scope="module")
def superscript_pdf(tmp_path_factory) -> Path:
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    folder = tmp_path_factory.mktemp("sup")
    document = docx.Document()
    paragraph = document.add_paragraph("Luas kantor 120 m")
    paragraph.add_run("2").font.superscript = True
    paragraph.add_run(" dan rumus H")
    paragraph.add_run("2").font.subscript = True
    paragraph.add_run("O untuk contoh.")
    document.add_paragraph("Baris berikutnya.")
    document.save(folder / "sup.docx")
    profile = (folder / "profile").as_uri()
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", str(folder)]
        + [str(folder / "sup.docx")],
        check=True,
        capture_output=True,
        timeout=HANG_S,
    )
    return folder / "sup.pdf"


def test_superscripts_and_subscripts_stay_on_their_line(superscript_pdf):
    texts = _texts(read_pdf_lines(superscript_pdf))
    assert texts == ["Luas kantor 120 m2 dan rumus H2O untuk contoh.", "Baris berikutnya."]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_rencana_aksi_rows_without_a_number_stay_rows_of_their_own(tmp_path):
    """In layout text a row with an empty NO cell looked like a wrapped line of the row
    above; the ruled border above it says it is a row."""
    import zi_docs

    example = zi_docs.load(Path(__file__).resolve().parents[2] / "examples" / "kpu-penajam-paser-utara-42-2025.yaml")
    pdf = next(p for p in zi_docs.render(example, tmp_path / "k.docx", pdf=True) if p.suffix == ".pdf")
    plan = zi_docs.read(pdf).keputusan.lampiran[1]
    wanted = example.lampiran[1]
    assert [[row.nomor for row in b.baris] for b in plan.bagian] == [
        [row.nomor for row in b.baris] for b in wanted.bagian
    ]
    assert None in [row.nomor for b in wanted.bagian for row in b.baris]  # the example has such rows
    unnumbered = [(row.langkah_aksi, row.bukti_fisik) for b in plan.bagian for row in b.baris if row.nomor is None]
    assert unnumbered == [
        (row.langkah_aksi, row.bukti_fisik) for b in wanted.bagian for row in b.baris if row.nomor is None
    ]
