"""DOCX → lines: every document is built here with python-docx and raw WordprocessingML."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx_builders import CHOICE_BOX, add_numbering, add_style, body_append, lvl, numpr, p, xml

from zi_docs.errors import LimitExceededError, UnreadableFileError, ZiDocsError
from zi_docs.readers.docx_lines import read_docx_lines
from zi_docs.readers.docx_numbering import format_number


def texts(lines) -> list[str]:
    return [line.text for line in lines]


@pytest.fixture
def new_doc():
    document = docx.Document()
    # Start from an empty body (the default template has none, but be explicit).
    for paragraph in list(document.element.body.iterchildren(qn("w:p"))):
        document.element.body.remove(paragraph)
    return document


def read(document, tmp_path: Path, name: str = "keputusan.docx"):
    target = tmp_path / name
    document.save(target)
    return read_docx_lines(target)


# -- text ------------------------------------------------------------------------


def test_tabs_breaks_hyphens_and_paragraph_locations(new_doc, tmp_path):
    body_append(new_doc, p("KEPUTUSAN"))
    body_append(
        new_doc,
        p(
            runs="<w:r><w:t>Menimbang</w:t><w:tab/><w:t>:</w:t><w:tab/><w:t>baris satu</w:t><w:br/>"
            "<w:t>baris dua</w:t><w:cr/><w:t>Undang</w:t><w:noBreakHyphen/><w:t>Undang Ke</w:t>"
            "<w:softHyphen/><w:t>uangan</w:t></w:r>"
        ),
    )
    table = new_doc.add_table(rows=1, cols=1)
    table.cell(0, 0).text = "sel"
    body_append(new_doc, p("sesudah tabel"))
    lines = read(new_doc, tmp_path)
    assert texts(lines) == [
        "KEPUTUSAN",
        "Menimbang\t:\tbaris satu\nbaris dua\nUndang-Undang Keuangan",
        "sel",
        "sesudah tabel",
    ]
    assert [line.location.paragraf for line in lines] == [1, 2, None, 3]
    assert {line.location.berkas for line in lines} == {"keputusan.docx"}
    assert lines[2].location.tabel == 1 and lines[2].location.baris_tabel == 1


def test_empty_paragraph_gives_empty_line(new_doc, tmp_path):
    body_append(new_doc, p("satu"))
    body_append(new_doc, p())
    body_append(new_doc, p("dua"))
    assert texts(read(new_doc, tmp_path)) == ["satu", "", "dua"]


def test_fields_show_their_result_not_their_instruction(new_doc, tmp_path):
    body_append(
        new_doc,
        p(
            runs='<w:r><w:t xml:space="preserve">Halaman </w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            "<w:r><w:t>3</w:t></w:r>"
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
            '<w:fldSimple w:instr=" DATE "><w:r><w:t xml:space="preserve"> 1 Mei 2025</w:t></w:r></w:fldSimple>'
        ),
    )
    assert texts(read(new_doc, tmp_path)) == ["Halaman 3 1 Mei 2025"]


def test_headers_footers_and_comments_are_not_read(new_doc, tmp_path):
    new_doc.sections[0].header.paragraphs[0].text = "KOP SURAT"
    new_doc.sections[0].footer.paragraphs[0].text = "- 1 -"
    paragraph = new_doc.add_paragraph("isi keputusan")
    new_doc.add_comment(paragraph.runs, text="periksa lagi", author="Lead")
    assert texts(read(new_doc, tmp_path)) == ["isi keputusan"]


def test_tracked_changes_read_as_if_accepted(new_doc, tmp_path):
    body_append(
        new_doc,
        p(
            runs='<w:r><w:t xml:space="preserve">bahwa </w:t></w:r>'
            '<w:del w:id="1" w:author="A"><w:r><w:delText>lama </w:delText></w:r></w:del>'
            '<w:ins w:id="2" w:author="A"><w:r><w:t xml:space="preserve">baru </w:t></w:r></w:ins>'
            '<w:moveFrom w:id="3" w:author="A"><w:r><w:t>pindah</w:t></w:r></w:moveFrom>'
            '<w:moveTo w:id="4" w:author="A"><w:r><w:t>dipindah</w:t></w:r></w:moveTo>'
        ),
    )
    # A paragraph whose text and paragraph mark were both deleted disappears.
    body_append(
        new_doc,
        '<w:p><w:pPr><w:rPr><w:del w:id="5" w:author="A"/></w:rPr></w:pPr>'
        '<w:del w:id="6" w:author="A"><w:r><w:delText>hapus semua</w:delText></w:r></w:del></w:p>',
    )
    body_append(new_doc, p("akhir"))
    assert texts(read(new_doc, tmp_path)) == ["bahwa baru dipindah", "akhir"]


def test_hidden_text_is_not_read(new_doc, tmp_path):
    body_append(new_doc, p(runs="<w:r><w:t>tampil</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>X</w:t></w:r>"))
    assert texts(read(new_doc, tmp_path)) == ["tampil"]


# -- numbering -------------------------------------------------------------------


def test_numbering_levels_formats_and_restart(new_doc, tmp_path):
    add_numbering(
        new_doc,
        90,
        lvl(0, "decimal", "%1.")
        + lvl(1, "lowerLetter", "%2)")
        + lvl(2, "decimal", "%1.%2.%3.")
        # isLgl: every level in the label prints as a decimal ("legal" numbering).
        + lvl(3, "decimal", "%1.%2.%3.%4", extra="<w:isLgl/>"),
        {91: ""},
    )
    for level, text in [
        (0, "satu"),
        (1, "a1"),
        (1, "b1"),
        (2, "dalam"),
        (3, "legal"),
        (0, "dua"),
        (1, "a2"),
        (2, "dalam2"),
    ]:
        body_append(new_doc, p(text, numpr(91, level)))
    assert texts(read(new_doc, tmp_path)) == [
        "1.\tsatu",
        "a)\ta1",
        "b)\tb1",
        "1.b.1.\tdalam",  # %2 prints in level 2's own format (a letter)
        "1.2.1.1\tlegal",
        "2.\tdua",
        "a)\ta2",
        "2.a.1.\tdalam2",
    ]


@pytest.mark.parametrize(
    ("fmt", "values", "labels"),
    [
        ("lowerLetter", [1, 2, 26, 27, 28], ["a", "b", "z", "aa", "bb"]),
        ("upperLetter", [1, 3], ["A", "C"]),
        ("lowerRoman", [1, 4, 9, 14, 40], ["i", "iv", "ix", "xiv", "xl"]),
        ("upperRoman", [3, 19, 1999], ["III", "XIX", "MCMXCIX"]),
        ("decimal", [7, 12], ["7", "12"]),
        ("decimalZero", [7, 12], ["07", "12"]),
    ],
)
def test_number_formats(fmt, values, labels):
    assert [format_number(value, fmt) for value in values] == labels


def test_numbering_start_bullets_roman_and_no_restart(new_doc, tmp_path):
    add_numbering(
        new_doc,
        80,
        lvl(0, "upperRoman", "%1.", start=3) + lvl(1, "bullet", "\uf0b7", extra='<w:lvlRestart w:val="0"/>'),
        {81: ""},
    )
    # lvlRestart 0 on a decimal level: keeps counting across its parent.
    add_numbering(
        new_doc,
        82,
        lvl(0, "upperLetter", "%1.") + lvl(1, "decimal", "%2.", extra='<w:lvlRestart w:val="0"/>'),
        {83: ""},
    )
    body_append(new_doc, p("tiga", numpr(81, 0)))
    body_append(new_doc, p("butir", numpr(81, 1)))
    body_append(new_doc, p("empat", numpr(81, 0)))
    for level, text in [(0, "A"), (1, "x"), (1, "y"), (0, "B"), (1, "z")]:
        body_append(new_doc, p(text, numpr(83, level)))
    assert texts(read(new_doc, tmp_path)) == [
        "III.\ttiga",
        "•\tbutir",
        "IV.\tempat",
        "A.\tA",
        "1.\tx",
        "2.\ty",
        "B.\tB",
        "3.\tz",
    ]


def test_instances_continue_unless_start_is_overridden(new_doc, tmp_path):
    add_numbering(
        new_doc,
        70,
        lvl(0, "lowerLetter", "%1."),
        {
            71: "",
            72: "",
            73: '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>',
            74: '<w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="5"/><w:numFmt w:val="decimal"/>'
            '<w:lvlText w:val="(%1)"/></w:lvl></w:lvlOverride>',
        },
    )
    body_append(new_doc, p("bahwa satu", numpr(71)))
    body_append(new_doc, p("bahwa dua", numpr(71)))
    body_append(new_doc, p("lanjut", numpr(72)))  # same definition: continues with c.
    body_append(new_doc, p("mulai lagi", numpr(73)))
    body_append(new_doc, p("lagi", numpr(73)))
    body_append(new_doc, p("ganti", numpr(74)))
    assert texts(read(new_doc, tmp_path)) == [
        "a.\tbahwa satu",
        "b.\tbahwa dua",
        "c.\tlanjut",
        "a.\tmulai lagi",
        "b.\tlagi",
        "(5)\tganti",
    ]


def test_numbering_through_paragraph_style_and_based_on(new_doc, tmp_path):
    add_numbering(new_doc, 60, lvl(0, "lowerLetter", "%1.") + lvl(1, "decimal", "%2)"), {61: ""})
    add_style(
        new_doc,
        '<w:style w:type="paragraph" w:styleId="Menimbang"><w:name w:val="Menimbang"/>'
        f"<w:pPr>{numpr(61, 0)}</w:pPr></w:style>",
    )
    add_style(
        new_doc,
        '<w:style w:type="paragraph" w:styleId="MenimbangAnak"><w:name w:val="Menimbang Anak"/>'
        '<w:basedOn w:val="Menimbang"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>',
    )
    body_append(new_doc, p("bahwa pertama", '<w:pStyle w:val="Menimbang"/>'))
    body_append(new_doc, p("rinci", '<w:pStyle w:val="MenimbangAnak"/>'))
    body_append(new_doc, p("tanpa nomor", '<w:pStyle w:val="Menimbang"/><w:numPr><w:numId w:val="0"/></w:numPr>'))
    body_append(new_doc, p("bahwa kedua", '<w:pStyle w:val="Menimbang"/>'))
    assert texts(read(new_doc, tmp_path)) == ["a.\tbahwa pertama", "1)\trinci", "tanpa nomor", "b.\tbahwa kedua"]


def test_numbering_counts_across_table_cells_in_document_order(new_doc, tmp_path):
    add_numbering(new_doc, 50, lvl(0, "decimal", "%1."), {51: ""})
    body_append(new_doc, p("sebelum", numpr(51)))
    body_append(
        new_doc,
        "<w:tbl><w:tr>"
        f"<w:tc>{p('Mengingat')}</w:tc><w:tc>{p('dalam sel', numpr(51))}{p('kedua di sel', numpr(51))}</w:tc>"
        "</w:tr></w:tbl>",
    )
    body_append(new_doc, p("sesudah", numpr(51)))
    lines = read(new_doc, tmp_path)
    assert texts(lines) == ["1.\tsebelum", "Mengingat\t2.\tdalam sel\n3.\tkedua di sel", "4.\tsesudah"]
    assert lines[1].cells == ("Mengingat", "2.\tdalam sel\n3.\tkedua di sel")


def test_built_in_list_number_style(new_doc, tmp_path):
    new_doc.add_paragraph("pertama", style="List Number")
    new_doc.add_paragraph("kedua", style="List Number")
    assert texts(read(new_doc, tmp_path)) == ["1.\tpertama", "2.\tkedua"]


# -- tables ----------------------------------------------------------------------


def test_table_rows_cells_merges_nesting_and_header(new_doc, tmp_path):
    body_append(new_doc, p("judul"))
    body_append(
        new_doc,
        "<w:tbl>"
        f"<w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc>{p('NO')}</w:tc><w:tc>{p('NAMA')}</w:tc>"
        f"<w:tc>{p('JABATAN')}</w:tc></w:tr>"
        # A row whose first cell spans two grid columns: it appears once.
        f'<w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>{p("PENGARAH")}</w:tc><w:tc>{p("")}</w:tc></w:tr>'
        f'<w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>{p("1")}</w:tc>'
        f"<w:tc>{p('Budi')}{p('NIP 1980')}</w:tc><w:tc>{p('Ketua')}</w:tc></w:tr>"
        f"<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr>{p('')}</w:tc><w:tc>"
        f"<w:tbl><w:tr><w:tc>{p('dalam')}</w:tc><w:tc>{p('tabel')}</w:tc></w:tr></w:tbl>{p('')}"
        f"</w:tc><w:tc>{p('Anggota')}</w:tc></w:tr>"
        "</w:tbl>",
    )
    body_append(
        new_doc,
        f"<w:tbl><w:tr><w:tc>{p('Menimbang')}</w:tc><w:tc>{p(':')}</w:tc><w:tc>{p('isi')}</w:tc></w:tr></w:tbl>",
    )
    lines = read(new_doc, tmp_path)
    rows = lines[1:]
    assert [row.cells for row in rows] == [
        ("NO", "NAMA", "JABATAN"),
        ("PENGARAH", ""),
        ("1", "Budi\nNIP 1980", "Ketua"),
        ("", "dalam\ttabel", "Anggota"),
        ("Menimbang", ":", "isi"),
    ]
    assert rows[0].text == "NO\tNAMA\tJABATAN"
    assert rows[0].table_header and not rows[2].table_header and not rows[1].table_header
    assert rows[1].grid_spans == (2, 1) and rows[0].grid_spans is None and rows[2].grid_spans is None
    assert [(row.location.tabel, row.location.baris_tabel) for row in rows] == [(1, 1), (1, 2), (1, 3), (1, 4), (2, 1)]
    assert all(row.location.paragraf is None for row in rows)


# -- bold ------------------------------------------------------------------------


def test_bold_from_runs_character_style_and_paragraph_style(new_doc, tmp_path):
    add_style(
        new_doc,
        '<w:style w:type="paragraph" w:styleId="Tebal"><w:name w:val="Tebal"/><w:rPr><w:b/></w:rPr></w:style>',
    )
    add_style(
        new_doc,
        '<w:style w:type="character" w:styleId="Kuat"><w:name w:val="Kuat"/><w:rPr><w:b/></w:rPr></w:style>',
    )
    bold_then_space = '<w:r><w:rPr><w:b/></w:rPr><w:t>PENGARAH</w:t></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r>'
    body_append(new_doc, p(runs=bold_then_space))
    body_append(new_doc, p(runs="<w:r><w:rPr><w:b/></w:rPr><w:t>separuh</w:t></w:r><w:r><w:t>biasa</w:t></w:r>"))
    body_append(new_doc, p(runs='<w:r><w:rPr><w:rStyle w:val="Kuat"/></w:rPr><w:t>gaya karakter</w:t></w:r>'))
    body_append(new_doc, p("gaya paragraf", '<w:pStyle w:val="Tebal"/>'))
    body_append(
        new_doc,
        p(ppr='<w:pStyle w:val="Tebal"/>', runs='<w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>dimatikan</w:t></w:r>'),
    )
    body_append(new_doc, p(runs='<w:r><w:rPr><w:b w:val="false"/></w:rPr><w:t>tidak</w:t></w:r>'))
    body_append(new_doc, p())
    body_append(
        new_doc,
        f"<w:tbl><w:tr><w:tc>{p(runs='<w:r><w:rPr><w:b/></w:rPr><w:t>KELOMPOK</w:t></w:r>')}</w:tc>"
        f"<w:tc>{p('')}</w:tc></w:tr></w:tbl>",
    )
    assert [line.bold for line in read(new_doc, tmp_path)] == [True, False, True, True, False, False, False, True]


# -- page breaks -----------------------------------------------------------------


def test_page_breaks_sections_and_page_break_before(new_doc, tmp_path):
    body_append(new_doc, p("satu"))
    body_append(new_doc, p(runs='<w:r><w:t>akhir halaman</w:t><w:br w:type="page"/></w:r>'))
    body_append(new_doc, p("dua"))
    body_append(new_doc, p(runs='<w:r><w:br w:type="page"/></w:r>'))  # an empty paragraph holding the break
    body_append(new_doc, p(""))
    body_append(new_doc, p("tiga"))
    # A w:sectPr describes the section it ends, including how that section began:
    # section 2 ("empat" … "bersambung") starts on a new page (Word's default type),
    # section 3 (from "tidak pindah halaman", described by the body's sectPr) does not.
    body_append(new_doc, p("akhir bagian", '<w:sectPr><w:type w:val="continuous"/></w:sectPr>'))
    body_append(new_doc, p("empat"))
    body_append(new_doc, p("LAMPIRAN", "<w:pageBreakBefore/>"))
    body_append(new_doc, p("bersambung", "<w:sectPr/>"))
    new_doc.element.body.find(qn("w:sectPr")).append(xml('<w:type w:val="continuous"/>'))
    body_append(new_doc, p("tidak pindah halaman"))
    body_append(new_doc, p(runs='<w:r><w:br w:type="page"/><w:t>di halaman baru</w:t></w:r>'))
    cell_break = p(runs='<w:r><w:br w:type="page"/></w:r>')
    body_append(new_doc, f"<w:tbl><w:tr><w:tc>{cell_break}</w:tc></w:tr></w:tbl>")
    lines = read(new_doc, tmp_path)
    starts = [line.text for line in lines if line.page_break_before]
    assert starts == ["dua", "tiga", "empat", "LAMPIRAN", "di halaman baru"]


def test_last_section_type_decides_the_break_before_it(new_doc, tmp_path):
    body_append(new_doc, p("bagian satu", "<w:sectPr/>"))
    body_append(new_doc, p("bagian dua"))
    new_doc.element.body.find(qn("w:sectPr")).append(xml('<w:type w:val="continuous"/>'))
    assert [line.page_break_before for line in read(new_doc, tmp_path)] == [False, False]


# -- text boxes ------------------------------------------------------------------


def test_text_box_paragraphs_come_before_the_anchor_once(new_doc, tmp_path):
    inner = p("LAMPIRAN I") + p("KEPUTUSAN KOMISI PEMILIHAN UMUM") + p("NOMOR 42 TAHUN 2025")
    body_append(new_doc, p("akhir batang tubuh"))
    body_append(
        new_doc,
        p(ppr="<w:pageBreakBefore/>", runs=CHOICE_BOX.format(inner=inner) + "<w:r><w:t>SUSUNAN TIM</w:t></w:r>"),
    )
    legacy = (
        "<w:r><w:pict><v:shape><v:textbox><w:txbxContent>"
        + p("kotak lama")
        + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r><w:r><w:t>jangkar</w:t></w:r>"
    )
    body_append(new_doc, p(runs=legacy))
    lines = read(new_doc, tmp_path)
    assert texts(lines) == [
        "akhir batang tubuh",
        "LAMPIRAN I",
        "KEPUTUSAN KOMISI PEMILIHAN UMUM",
        "NOMOR 42 TAHUN 2025",
        "SUSUNAN TIM",
        "kotak lama",
        "jangkar",
    ]
    assert [line.text_box for line in lines] == [False, True, True, True, False, True, False]
    # The page starts with the text box, which sits on the anchor's page.
    assert [line.page_break_before for line in lines] == [False, True, False, False, False, False, False]
    assert [line.location.paragraf for line in lines] == [1, 2, 2, 2, 2, 3, 3]


# -- safety ----------------------------------------------------------------------


def test_not_a_zip_file(tmp_path):
    target = tmp_path / "surat.docx"
    target.write_text("ini bukan dokumen Word", encoding="utf-8")
    with pytest.raises(UnreadableFileError) as caught:
        read_docx_lines(target)
    assert "ZIP" in caught.value.message.id and "simpan ulang" in caught.value.hint.id.lower()
    assert caught.value.path == str(target)


def test_truncated_zip(new_doc, tmp_path):
    whole = tmp_path / "utuh.docx"
    new_doc.add_paragraph("isi")
    new_doc.save(whole)
    cut = tmp_path / "terpotong.docx"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    with pytest.raises(UnreadableFileError):
        read_docx_lines(cut)


def test_zip_without_document_part(tmp_path):
    target = tmp_path / "arsip.docx"
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("readme.txt", "bukan Word")
    with pytest.raises(UnreadableFileError) as caught:
        read_docx_lines(target)
    assert "word/document.xml" in caught.value.message.en


def test_damaged_document_part(tmp_path):
    target = tmp_path / "rusak.docx"
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("word/document.xml", "<w:document")
    with pytest.raises(UnreadableFileError):
        read_docx_lines(target)


def test_missing_file(tmp_path):
    with pytest.raises(UnreadableFileError):
        read_docx_lines(tmp_path / "tidak-ada.docx")


def test_declared_uncompressed_size_limit(new_doc, tmp_path):
    target = tmp_path / "besar.docx"
    new_doc.add_paragraph("isi")
    new_doc.save(target)
    with pytest.raises(LimitExceededError):
        read_docx_lines(target, max_uncompressed=1000)


def test_compression_ratio_limit_checked_before_inflating(tmp_path):
    target = tmp_path / "bom.docx"
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<" + b" " * (8 * 1024 * 1024))
    with pytest.raises(LimitExceededError) as caught:
        read_docx_lines(target)
    assert "word/document.xml" in caught.value.message.id


def test_file_size_limit(new_doc, tmp_path):
    target = tmp_path / "keputusan.docx"
    new_doc.save(target)
    with pytest.raises(LimitExceededError) as caught:
        read_docx_lines(target, max_bytes=100)
    assert isinstance(caught.value, ZiDocsError)
