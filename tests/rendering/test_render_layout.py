"""The printed decree as a legal reviewer sees it: language, page breaks, heading lines.

Each defect of issue 18 has a test on the rendered DOCX XML: the language marks
(id-ID everywhere), widow/orphan control, what keeps with what (Menetapkan with its
text, the last diktum with the signature, the signature with the certified copy),
unsplittable table rows, and where the office's name breaks in the heading, the
signature, the certified copy and the Lampiran headers, for every one of the 552 KPU
offices.  Where LibreOffice is installed, the PDF shows the certified copy on the page
of the signature it certifies.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

import zi_docs
from zi_docs.language.gazetteer import gazetteer
from zi_docs.model import Keputusan
from zi_docs.rendering import render
from zi_docs.rendering.filters import baris_seimbang, nama_utuh, panjang_cetak
from zi_docs.rendering.pdf import find_soffice

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "kpu-penajam-paser-utara-42-2025.yaml"
TEMPLATE_SCRIPT = ROOT / "tools" / "build_templates.py"
needs_soffice = pytest.mark.skipif(
    find_soffice() is None, reason="LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui"
)

#: Widths at which the shipped template breaks heading lines (tools/build_templates.py).
SIGNATURE_LINE, COPY_LINE, HEADING_LINE, FULL_LINE = 30, 32, 36, 50
KINDS = ("KABUPATEN", "KOTA", "PROVINSI")


def template_constant(name: str) -> int:
    """A width as the template's build script defines it, so that the tests check the
    widths the template really uses."""
    match = re.search(rf"^{name} = (\d+)$", TEMPLATE_SCRIPT.read_text(encoding="utf-8"), re.MULTILINE)
    assert match, name
    return int(match.group(1))


def office_regions() -> list[str]:
    """The region of every KPU office below KPU RI, as its name is printed."""
    g = gazetteer()
    regions = [w.nama_lengkap.upper() for w in g.wilayah]
    assert len(regions) == 552
    return regions


# ----------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def example() -> Keputusan:
    return zi_docs.load(EXAMPLE)


@pytest.fixture(scope="module")
def rendered(example, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("layout") / "k.docx"
    render(example, out)
    return out


@pytest.fixture(scope="module")
def document(rendered):
    document = docx.Document(str(rendered))
    document.path = rendered
    return document


def document_path(document) -> Path:
    return document.path


def effective(paragraph, name: str) -> bool:
    """A paragraph property (``keepNext``, ``keepLines``, ``widowControl``) as Word applies
    it: set on the paragraph, else on its style or the style's bases, else the defaults."""
    ppr = paragraph._p.pPr
    if ppr is not None and (el := ppr.find(qn(f"w:{name}"))) is not None:
        return el.get(qn("w:val"), "true") not in ("0", "false", "off")
    style = paragraph.style
    while style is not None:
        ppr = style.element.pPr
        if ppr is not None and (el := ppr.find(qn(f"w:{name}"))) is not None:
            return el.get(qn("w:val"), "true") not in ("0", "false", "off")
        style = style.base_style
    return False


def body_paragraphs(document) -> list:
    return [docx.text.paragraph.Paragraph(p, document) for p in document.element.body.iterchildren(qn("w:p"))]


def lines_of(paragraph) -> list[str]:
    """A paragraph's lines as its ``<w:br/>`` breaks them."""
    text = ""
    for el in paragraph._p.iter(qn("w:t"), qn("w:br"), qn("w:tab")):
        text += el.text or "" if el.tag == qn("w:t") else "\n" if el.tag == qn("w:br") else "\t"
    return text.split("\n")


# ------------------------------------------------------------------------ language


def test_docx_is_marked_indonesian(rendered):
    with zipfile.ZipFile(rendered) as z:
        parts = {name: z.read(name).decode("utf-8") for name in ("word/document.xml", "word/styles.xml")}
        settings = z.read("word/settings.xml").decode("utf-8")
        core = z.read("docProps/core.xml").decode("utf-8")
    for name, xml in parts.items():
        assert "en-US" not in xml, name
        langs = re.findall(r"<w:lang [^>]*>", xml)
        assert langs, name
        assert all('w:val="id-ID"' in lang for lang in langs), (name, set(langs))
    assert 'w:themeFontLang w:val="id-ID"' in settings
    assert "<dc:language>id-ID</dc:language>" in core


def test_every_run_of_text_is_indonesian(document):
    runs = [r for r in document.element.body.iter(qn("w:r")) if r.find(qn("w:t")) is not None]
    assert len(runs) > 500
    unmarked = [
        "".join(t.text or "" for t in r.iter(qn("w:t")))
        for r in runs
        if r.find(f"{qn('w:rPr')}/{qn('w:lang')}") is None
        or r.find(f"{qn('w:rPr')}/{qn('w:lang')}").get(qn("w:val")) != "id-ID"
    ]
    assert unmarked == []
    defaults = document.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    assert defaults.find(qn("w:lang")).get(qn("w:val")) == "id-ID"
    assert document.styles["Normal"].element.rPr.find(qn("w:lang")).get(qn("w:val")) == "id-ID"


# --------------------------------------------------------------------- page breaks


def test_widow_and_orphan_control(document):
    defaults = document.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:pPrDefault')}/{qn('w:pPr')}")
    assert defaults.find(qn("w:widowControl")) is not None
    assert document.styles["Normal"].paragraph_format.widow_control is True
    for p in body_paragraphs(document):
        assert effective(p, "widowControl"), p.text


def test_menetapkan_keeps_with_its_text_and_the_first_diktum(document):
    row = next(r for t in document.tables for r in t.rows if r.cells[0].text == "Menetapkan")
    assert row._tr.trPr.find(qn("w:cantSplit")) is not None, "Menetapkan must not split over two pages"
    for cell in row.cells:
        for p in cell.paragraphs:
            assert effective(p, "keepNext") and effective(p, "keepLines"), p.text
    # MEMUTUSKAN: keeps with Menetapkan.
    memutuskan = next(p for p in body_paragraphs(document) if p.text == "MEMUTUSKAN:")
    assert effective(memutuskan, "keepNext")


def test_diktum_text_and_items_are_never_split(document, example):
    table = next(t for t in document.tables if any(r.cells[0].text == "KESATU" for r in t.rows))
    for row in table.rows:
        label, _, text = row.cells
        if row.cells[0].text == "Menetapkan":
            continue
        assert effective(label.paragraphs[0], "keepLines")
        first = text.paragraphs[0]
        # The label's text is one block with the label, and with the first item.
        assert effective(first, "keepLines") and effective(first, "keepNext"), first.text
        for p in text.paragraphs:
            assert effective(p, "keepLines"), p.text


def test_last_diktum_keeps_with_the_signature(document, example):
    body = list(document.element.body.iterchildren())
    last = example.diktum[-1].label
    table = next(t for t in document.tables if t.rows and t.rows[0].cells[0].text == last)
    assert len(table.rows) == 1, "the last diktum is a table of its own"
    index = body.index(table._tbl)
    separator = docx.text.paragraph.Paragraph(body[index - 1], document)
    assert separator.text == "" and effective(separator, "keepNext")
    for cell in table.rows[0].cells:
        assert effective(cell.paragraphs[0], "keepNext")
    assert effective(table.rows[0].cells[2].paragraphs[-1], "keepNext")
    first_of_signature = docx.text.paragraph.Paragraph(body[index + 1], document)
    assert effective(first_of_signature, "keepNext")


def signature_block(document, start_text: str) -> list:
    """The paragraphs from the blank line before ``start_text`` to the certified copy's last line."""
    paragraphs = body_paragraphs(document)
    start = next(i for i, p in enumerate(paragraphs) if p.text.startswith(start_text)) - 1
    end = next(i for i in range(start, len(paragraphs)) if paragraphs[i].style.name == "Salinan Nama")
    return paragraphs[start : end + 1]


def test_signature_and_certified_copy_are_one_block(document, example):
    block = signature_block(document, "Ditetapkan di")
    texts = [p.text for p in block]
    assert "Salinan sesuai dengan aslinya" in texts
    assert texts[-1] == example.salinan.nama
    # The certified copy right below the signature; the tembusan (if any) after it.
    assert texts.index("Salinan sesuai dengan aslinya") > texts.index(example.penetapan.nama)
    for p in block[:-1]:
        assert effective(p, "keepNext"), f"{p.text!r} does not keep with the next line"
        assert effective(p, "keepLines")


def data_tables(document) -> list:
    """The Lampiran tables (team, Rencana Aksi)."""
    tables = [t for t in document.tables if t.rows and t.rows[0].cells[0].text.strip() in ("NO.", "NO")]
    assert len(tables) == 2
    return tables


def test_lampiran_signature_is_the_tables_last_row(document, example):
    """A Lampiran's signature and certified copy are the last row of its table: one cell
    across the table without side and bottom borders, never split, kept with the row
    above it (LibreOffice keeps rows together, not a long table with what follows)."""
    for lamp, table in zip(example.lampiran, data_tables(document)):
        row = table.rows[-1]
        assert row._tr.trPr.find(qn("w:cantSplit")) is not None
        (tc,) = row._tr.findall(qn("w:tc"))
        borders = tc.find(f"{qn('w:tcPr')}/{qn('w:tcBorders')}")
        assert all(borders.find(qn(f"w:{side}")).get(qn("w:val")) == "nil" for side in ("left", "bottom", "right"))
        cell = row.cells[0]
        texts = [p.text for p in cell.paragraphs if p.text]
        assert texts[0].startswith(f"{lamp.penandatanganan.tempat}, ")
        assert "Salinan sesuai dengan aslinya" in texts and texts[-1] == lamp.salinan.nama
        for p in cell.paragraphs[:-1]:
            assert effective(p, "keepNext") and effective(p, "keepLines"), p.text
        for c in table.rows[-2].cells:  # the last member / action keeps with it
            assert effective(c.paragraphs[0], "keepNext"), c.text
    # Read back, the signature is the Lampiran's signature, not a row of the table.
    read = zi_docs.read(document_path(document)).keputusan
    for lamp, got in zip(example.lampiran, read.lampiran):
        assert got.penandatanganan == lamp.penandatanganan
        assert got.salinan == lamp.salinan


def test_table_rows_are_never_split(document):
    for table in data_tables(document):
        for row in table.rows:
            assert row._tr.trPr is not None and row._tr.trPr.find(qn("w:cantSplit")) is not None, row.cells[1].text
        for row in table.rows[:-2]:
            if row._tr.trPr.find(qn("w:tblHeader")) is None and len({id(c._tc) for c in row.cells}) > 2:
                assert not effective(row.cells[1].paragraphs[0], "keepNext"), row.cells[1].text


# ----------------------------------------------------------------- names on lines


def assert_broken_before_region(lines: list[str], region: str, width: float, after: str = "") -> None:
    """The institution on its own line(s), then the region starting a line; "KOMISI
    PEMILIHAN UMUM" never split, the kind word never alone at a line's end, and every
    line within ``width`` (so that Word and LibreOffice break nowhere else)."""
    kind = region.split()[0]
    starts = [
        i for i, line in enumerate(lines) if line.startswith(f"{kind} ") and " ".join(lines[i:]) == region + after
    ]
    assert starts, f"the region does not start a line: {lines}"
    first = starts[0]
    assert first > 0 and " ".join(lines[:first]).endswith("KOMISI PEMILIHAN UMUM"), lines
    assert any("KOMISI PEMILIHAN UMUM" in line for line in lines[:first]), f"the institution is split: {lines}"
    assert (lines[first] + " ").startswith(" ".join(region.split()[:2])), f"the kind is alone: {lines}"
    for line in lines:
        assert panjang_cetak(line) <= width, (line, width)
    for line in lines[:-1]:  # (the last may end with one: KABUPATEN LIMA PULUH KOTA)
        assert line.split()[-1] not in KINDS, lines


def test_template_widths_are_the_tested_ones():
    assert template_constant("SIGNATURE_LINE") == SIGNATURE_LINE
    assert template_constant("COPY_LINE") == COPY_LINE
    assert template_constant("HEADING_LINE") == HEADING_LINE
    assert template_constant("FULL_LINE") == FULL_LINE


@pytest.mark.parametrize(
    ("before", "after", "width", "region_width"),
    [
        ("KEPUTUSAN KOMISI PEMILIHAN UMUM", "", HEADING_LINE, FULL_LINE),  # the heading
        ("KETUA KOMISI PEMILIHAN UMUM", ",", SIGNATURE_LINE, None),  # the signature title
        ("KEPUTUSAN KOMISI PEMILIHAN UMUM", "", SIGNATURE_LINE, None),  # the Lampiran headers
        ("SEKRETARIAT KOMISI PEMILIHAN UMUM", "", COPY_LINE, None),  # the certified copy's unit
    ],
)
def test_every_office_name_breaks_before_its_region(before, after, width, region_width):
    for region in office_regions():
        lines = baris_seimbang(f"{before} {region}{after}", width, region_width).split("\n")
        assert_broken_before_region(lines, region, region_width or width, after)
    if region_width:  # a long region stays on one line of the full-width heading
        assert baris_seimbang(f"{before} KABUPATEN KEPULAUAN SIAU TAGULANDANG BIARO", width, region_width).split(
            "\n"
        ) == [before, "KABUPATEN KEPULAUAN SIAU TAGULANDANG BIARO"]


def test_known_breaks():
    assert baris_seimbang("KEPUTUSAN KOMISI PEMILIHAN UMUM KOTA SAMARINDA", HEADING_LINE).split("\n") == [
        "KEPUTUSAN KOMISI PEMILIHAN UMUM",
        "KOTA SAMARINDA",
    ]
    assert baris_seimbang("KETUA KOMISI PEMILIHAN UMUM KOTA BANDA ACEH,", SIGNATURE_LINE).split("\n") == [
        "KETUA KOMISI PEMILIHAN UMUM",
        "KOTA BANDA ACEH,",
    ]
    assert baris_seimbang("SEKRETARIAT KOMISI PEMILIHAN UMUM PROVINSI KALIMANTAN TIMUR", COPY_LINE).split("\n") == [
        "SEKRETARIAT KOMISI PEMILIHAN UMUM",
        "PROVINSI KALIMANTAN TIMUR",
    ]
    long = "KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN KEPULAUAN SIAU TAGULANDANG BIARO"
    assert baris_seimbang(long, SIGNATURE_LINE).split("\n") == [
        "KEPUTUSAN KOMISI PEMILIHAN UMUM",
        "KABUPATEN KEPULAUAN",
        "SIAU TAGULANDANG BIARO",
    ]
    assert baris_seimbang("KETUA KOMISI PEMILIHAN UMUM PROVINSI DAERAH ISTIMEWA YOGYAKARTA,", 30).split("\n") == [
        "KETUA KOMISI PEMILIHAN UMUM",
        "PROVINSI DAERAH ISTIMEWA",
        "YOGYAKARTA,",
    ]


def test_names_in_wrapping_text_are_kept_whole():
    nbsp = "\u00a0"
    tentang = "PEMBENTUKAN TIM DI LINGKUNGAN KOMISI PEMILIHAN UMUM KABUPATEN PENAJAM PASER UTARA TAHUN 2025"
    assert nama_utuh(tentang) == (
        f"PEMBENTUKAN TIM DI LINGKUNGAN KOMISI{nbsp}PEMILIHAN{nbsp}UMUM"
        f" KABUPATEN{nbsp}PENAJAM{nbsp}PASER{nbsp}UTARA TAHUN 2025"
    )
    assert nama_utuh("Ketua Komisi Pemilihan Umum Kota Banda Aceh,") == (
        f"Ketua Komisi{nbsp}Pemilihan{nbsp}Umum Kota{nbsp}Banda{nbsp}Aceh,"
    )
    # A name wider than the column stays breakable, so that it cannot overflow.
    assert "SIAU TAGULANDANG" in nama_utuh("KPU KABUPATEN KEPULAUAN SIAU TAGULANDANG BIARO", 30)
    assert "SIAU\u00a0TAGULANDANG" in nama_utuh("KPU KABUPATEN KEPULAUAN SIAU TAGULANDANG BIARO", 50)
    for region in office_regions():  # every office's name is found
        assert nama_utuh(region, 60) == region.replace(" ", nbsp)


def decree_of_all_offices(example: Keputusan) -> Keputusan:
    """One decree with a Lampiran per office: its header, signature and certified copy name
    that office, so that one rendering shows every name in every block."""
    data = zi_docs.to_data(example)
    base = data["lampiran"][0]
    lampiran = []
    for region in office_regions():
        lamp = {
            "jenis": "bebas",
            "nomor": "I",
            "judul": "DAFTAR",
            "kepala": {
                "keputusan": f"KEPUTUSAN KOMISI PEMILIHAN UMUM {region}",
                "nomor": "1",
                "tahun": 2025,
                "tentang": "X",
            },
            "penandatanganan": dict(base["penandatanganan"], jabatan=f"KETUA KOMISI PEMILIHAN UMUM {region},"),
            "salinan": dict(base["salinan"], unit=f"SEKRETARIAT KOMISI PEMILIHAN UMUM {region}"),
            "isi": [{"jenis": "paragraf", "teks": "Isi."}],
        }
        lampiran.append(lamp)
    data["lampiran"] = lampiran
    return Keputusan.model_validate(data)


def test_every_office_name_breaks_before_its_region_in_the_docx(example, tmp_path):
    out = tmp_path / "semua.docx"
    render(decree_of_all_offices(example), out)
    paragraphs = body_paragraphs(docx.Document(str(out)))
    headers = [p for p in paragraphs if p.style.name == "Kepala Lampiran" and "KEPUTUSAN" in p.text]
    titles = [p for p in paragraphs if p.style.name == "Tanda Tangan Tengah" and p.text.startswith("KETUA")]
    units = [p for p in paragraphs if p.style.name == "Salinan" and p.text.startswith("SEKRETARIAT")]
    regions = office_regions()
    assert len(headers) == len(regions)
    assert len(titles) == len(regions) + 1  # and the decree's own signature
    assert len(units) == len(regions) + 1
    for region, header, title, unit in zip(regions, headers, titles[1:], units[1:]):
        assert_broken_before_region(lines_of(header), region, SIGNATURE_LINE)
        assert_broken_before_region(lines_of(title), region, SIGNATURE_LINE, ",")
        assert_broken_before_region(lines_of(unit), region, COPY_LINE)


@pytest.mark.parametrize(
    "region", ["KOTA SAMARINDA", "KOTA BANDA ACEH", "KABUPATEN BOGOR", "PROVINSI KALIMANTAN TIMUR"]
)
def test_heading_of_an_office_in_the_docx(example, region, tmp_path):
    text = zi_docs.dumps(example).replace("KABUPATEN PENAJAM PASER UTARA", region)
    path = tmp_path / "k.yaml"
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "k.docx"
    render(zi_docs.load(path), out)
    paragraphs = body_paragraphs(docx.Document(str(out)))
    heading = next(p for p in paragraphs if p.style.name == "Judul" and p.text.startswith("KEPUTUSAN"))
    assert lines_of(heading) == ["KEPUTUSAN KOMISI PEMILIHAN UMUM", region]
    issuer = next(p for p in paragraphs if p.style.name == "Judul" and p.text.startswith("KETUA"))
    # The issuer's line wraps, if at all, between the names, never inside them.
    nbsp = "\u00a0"
    assert issuer.text == f"KETUA KOMISI{nbsp}PEMILIHAN{nbsp}UMUM {region.replace(' ', nbsp)},"
    # So does the decree's name after Menetapkan.
    menetapkan = next(r for t in docx.Document(str(out)).tables for r in t.rows if r.cells[0].text == "Menetapkan")
    assert f"KOMISI{nbsp}PEMILIHAN{nbsp}UMUM {region.replace(' ', nbsp)} TENTANG" in menetapkan.cells[2].text


# ----------------------------------------------------------------------------- PDF


def page_of(pages: list[str], text: str, start: int = 0) -> int:
    needle = " ".join(text.split())
    for number in range(start, len(pages)):
        if needle in pages[number]:
            return number
    raise AssertionError(f"{text!r} is on no page after {start + 1}")


@needs_soffice
@pytest.mark.parametrize("region", ["KABUPATEN PENAJAM PASER UTARA", "KOTA SAMARINDA"])
def test_pdf_certified_copy_is_on_the_page_of_its_signature(example, region, tmp_path):
    from pypdf import PdfReader

    text = zi_docs.dumps(example).replace("KABUPATEN PENAJAM PASER UTARA", region)
    path = tmp_path / "k.yaml"
    path.write_text(text, encoding="utf-8")
    keputusan = zi_docs.load(path)
    pdf = next(p for p in render(keputusan, tmp_path / "k.docx", pdf=True) if p.suffix == ".pdf")
    pages = [" ".join((page.extract_text() or "").split()) for page in PdfReader(str(pdf)).pages]
    signed = page_of(pages, "Ditetapkan di")
    assert page_of(pages, "Salinan sesuai dengan aslinya") == signed
    # The signature page carries the decree's text too: the last diktum is on it.
    assert f"{keputusan.diktum[-1].label} :" in pages[signed]
    start = signed + 1
    for lamp in keputusan.lampiran:
        signature = page_of(pages, f"{lamp.penandatanganan.tempat}, ", start)
        copy_page = page_of(pages, "Salinan sesuai dengan aslinya", signature)
        assert copy_page == signature, f"Lampiran {lamp.nomor}: the certified copy is not on its signature's page"
        # The signature is not alone on its page: the table's last row is on it.
        last = lamp.kelompok[-1].anggota[-1].nama if lamp.jenis == "susunan_tim" else lamp.bagian[-1].baris[-1].komponen
        assert " ".join(last.split()) in pages[signature], f"Lampiran {lamp.nomor}: the signature is alone on its page"
        start = signature + 1
