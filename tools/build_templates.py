"""Build the shipped decree template ``templates/keputusan/keputusan.docx``.

Run ``python tools/build_templates.py`` after changing this script and commit both
the script and the generated DOCX.  The DOCX is an ordinary docxtpl template: an
office can open it in Word, change the letterhead, fonts or spacing, keep the
``{{ … }}`` / ``{%p … %}`` / ``{%tr … %}`` tags, and render with
``zi-docs render --template``.

Layout follows published KPU decrees:

* centred capital heading, issuer's title, Menimbang/Mengingat/Memperhatikan and
  the diktum as borderless tables (label | colon | text) whose text cell holds the
  items as hanging-indent paragraphs, one paragraph style per depth;
* the signature block at the right, the certified-copy block at the left;
* each Lampiran in its own section (a section break starts the new page), with
  the header block at the top right; the Rencana Aksi in a landscape section;
  table header rows marked to repeat on every page.

Paper size and font are written here as the defaults (F4, Bookman Old Style 12);
:mod:`zi_docs.rendering.settings` changes them at render time.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, Twips

from zi_docs.grammar import (
    COPY_MARK,
    DITETAPKAN,
    LABEL_SEPARATOR,
    MEMPERHATIKAN,
    MEMUTUSKAN,
    MENETAPKAN,
    MENGINGAT,
    MENIMBANG,
    NIP,
    PADA_TANGGAL,
    PLAN_HEADERS,
    TEAM_HEADERS,
    TEMBUSAN,
    TENTANG,
)

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "templates" / "keputusan" / "keputusan.docx"

FONT = "Bookman Old Style"
FONT_SIZE = 12
#: The language of every run, style and the document itself: Word checks the spelling
#: of an en-US document against an English dictionary and underlines the whole decree.
LANGUAGE = "id-ID"
#: F4 in twentieths of a point (215 × 330 mm).
F4 = (Twips(12190), Twips(18709))
MARGINS_PORTRAIT = {"top": Cm(2), "bottom": Cm(2), "left": Cm(2.5), "right": Cm(2)}
MARGINS_LANDSCAPE = {"top": Cm(2), "bottom": Cm(2), "left": Cm(2), "right": Cm(2)}
TEXT_WIDTH_PORTRAIT = 21.5 - 4.5  # cm
TEXT_WIDTH_LANDSCAPE = 33.0 - 4.0  # cm

#: Label | colon | text columns of the Menimbang … and diktum tables (cm).
LABEL_COLUMNS = (3.5, 0.4, TEXT_WIDTH_PORTRAIT - 3.9)
#: Indent per list depth, and the width kept for a marker (cm).
STEP = 0.75
#: Where the signature and Lampiran header blocks start (cm from the left margin).
BLOCK_PORTRAIT = 7.5
BLOCK_LANDSCAPE = 19.0
TEAM_COLUMNS = (1.2, 5.0, 6.6, 4.2)
DIKTUM_TEAM_COLUMNS = (1.0, 4.0, 4.6, LABEL_COLUMNS[2] - 9.6 - 0.1)
PLAN_COLUMNS = (1.3, 4.0, 4.6, 6.5, 5.6, 3.4, 3.6)
MAX_DEPTH = 4
#: How wide a heading line may print before it is broken (``seimbang``, in capitals of
#: average width at 12 pt), the institution and the region each on a line of their own
#: as KPU decrees print them.  The signature and Lampiran header blocks are 9.5 cm wide
#: and take 30, the certified-copy block 10 cm and 32 (every one of the 552 office
#: names fits: tests/rendering/test_render_layout.py); the centred heading always breaks before
#: the region (36) and prints a region of up to 50 on one line.  Text that wraps where
#: the line is full (titles, "TENTANG" text, the issuer's line) keeps the names whole
#: instead (``nama_utuh``).
SIGNATURE_LINE = 30
COPY_LINE = 32
HEADING_LINE = 36
FULL_LINE = 50


# --------------------------------------------------------------------------- styles


def _set_font(style_or_run_font, name: str) -> None:
    """Set the font for every script, so that Word does not fall back per character class."""
    element = style_or_run_font.element if hasattr(style_or_run_font, "element") else style_or_run_font
    rpr = element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), name)


def _set_language(rpr) -> None:
    """Mark a ``w:rPr`` as Indonesian (``w:lang`` at its schema position)."""
    for old in rpr.findall(qn("w:lang")):
        rpr.remove(old)
    lang = OxmlElement("w:lang")
    for attr in ("w:val", "w:eastAsia", "w:bidi"):
        lang.set(qn(attr), LANGUAGE)
    rpr.insert_element_before(lang, "w:eastAsianLayout", "w:specVanish", "w:oMath")


def _paragraph_style(doc, name, *, align=None, left=None, right=None, first=None, tabs=(), bold=False,
                     size=None, space_after=0, space_before=0, keep_next=False, keep_lines=False):  # fmt: skip
    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = doc.styles["Normal"]
    style.quick_style = True
    fmt = style.paragraph_format
    if align is not None:
        fmt.alignment = align
    if left is not None:
        fmt.left_indent = Cm(left)
    if right is not None:
        fmt.right_indent = Cm(right)
    if first is not None:
        fmt.first_line_indent = Cm(first)
    for position in tabs:
        fmt.tab_stops.add_tab_stop(Cm(position), WD_TAB_ALIGNMENT.LEFT)
    fmt.space_after = Pt(space_after)
    fmt.space_before = Pt(space_before)
    fmt.keep_with_next = keep_next
    fmt.keep_together = keep_lines
    if bold:
        style.font.bold = True
    if size is not None:
        style.font.size = Pt(size)
    return style


def build_styles(doc) -> None:
    normal = doc.styles["Normal"]
    normal.font.size = Pt(FONT_SIZE)
    _set_font(normal, FONT)
    fmt = normal.paragraph_format
    fmt.space_after = Pt(0)
    fmt.space_before = Pt(0)
    fmt.line_spacing_rule = WD_LINE_SPACING.SINGLE
    # No line of a paragraph alone at the top or bottom of a page; every style inherits it.
    fmt.widow_control = True
    _set_language(normal.element.get_or_add_rPr())
    # Document defaults too, so that table text and any new style use the same font.
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        rpr = defaults.find(qn("w:rPrDefault") + "/" + qn("w:rPr"))
        if rpr is not None:
            fonts = rpr.find(qn("w:rFonts"))
            if fonts is not None:
                for attr in list(fonts.attrib):
                    del fonts.attrib[attr]
                for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
                    fonts.set(qn(attr), FONT)
            _set_language(rpr)
        ppr = defaults.find(qn("w:pPrDefault"))
        if ppr is not None:
            ppr = ppr.find(qn("w:pPr"))
            if ppr is None:
                ppr = OxmlElement("w:pPr")
                defaults.find(qn("w:pPrDefault")).append(ppr)
            if ppr.find(qn("w:widowControl")) is None:
                ppr.insert(0, OxmlElement("w:widowControl"))
    # Word's own setting for the language of theme fonts and new text.
    theme_lang = doc.settings.element.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:val"), LANGUAGE)
    for style in doc.styles:  # the built-in styles of python-docx's default document
        rpr = style.element.find(qn("w:rPr"))
        if rpr is not None and rpr.find(qn("w:lang")) is not None:
            _set_language(rpr)

    J, C, L = WD_ALIGN_PARAGRAPH.JUSTIFY, WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT
    _paragraph_style(doc, "Tag", align=L)  # paragraphs holding only {%p … %} tags; removed on rendering
    _paragraph_style(doc, "Tanda Salinan", align=L, bold=True, space_after=12)
    _paragraph_style(doc, "Kop", align=C, bold=True)
    _paragraph_style(doc, "Judul", align=C, keep_next=True)
    _paragraph_style(doc, "Judul Tebal", align=C, bold=True, keep_next=True)
    # A considerans, an item or a diktum's text is never split over two pages (keepLines):
    # the page breaks between items, and a diktum label always has its text beside it.
    _paragraph_style(doc, "Teks", align=J, keep_lines=True)
    _paragraph_style(doc, "Label", align=L, keep_lines=True)
    # Menetapkan and the decree's name stay together and with the first diktum.
    _paragraph_style(doc, "Label Menetapkan", align=L, keep_next=True, keep_lines=True)
    _paragraph_style(doc, "Teks Menetapkan", align=J, keep_next=True, keep_lines=True)
    # The text of a diktum that has items: with its first item.
    _paragraph_style(doc, "Teks Pengantar", align=J, keep_next=True, keep_lines=True)
    for depth in range(1, MAX_DEPTH + 1):
        _paragraph_style(
            doc, f"Butir {depth}", align=J, left=STEP * depth, first=-STEP, tabs=(STEP * depth,), keep_lines=True
        )
    _paragraph_style(doc, "Teks Butir", align=J)
    # The last diktum (and the last row of a Lampiran's table) keeps with the signature
    # below it: a signature is never alone at the top of a page.
    _paragraph_style(doc, "Label Akhir", align=L, keep_next=True, keep_lines=True)
    _paragraph_style(doc, "Teks Akhir", align=J, keep_next=True, keep_lines=True)
    # The signature block is one unit with the certified copy below it: every paragraph
    # keeps with the next one, so that "Salinan sesuai dengan aslinya" is always on
    # the page of the signature it certifies.
    for suffix, block in (("", BLOCK_PORTRAIT), (" Lanskap", BLOCK_LANDSCAPE)):
        _paragraph_style(
            doc, f"Tanda Tangan{suffix}", align=L, left=block, tabs=(block + 3.3,), keep_next=True, keep_lines=True
        )
        _paragraph_style(doc, f"Tanda Tangan Tengah{suffix}", align=C, left=block, keep_next=True, keep_lines=True)
        _paragraph_style(
            doc, f"Nama Penanda Tangan{suffix}", align=C, left=block, bold=True, keep_next=True, keep_lines=True
        )
        _paragraph_style(doc, f"Kepala Lampiran{suffix}", align=L, left=block, keep_next=True)
        _paragraph_style(doc, f"Kepala Lampiran Tentang{suffix}", align=L, left=block, keep_next=True)
    _paragraph_style(doc, "Salinan", align=L, right=TEXT_WIDTH_PORTRAIT - 10, keep_next=True, keep_lines=True)
    _paragraph_style(doc, "Salinan Nama", align=L, right=TEXT_WIDTH_PORTRAIT - 10, bold=True)
    _paragraph_style(doc, "Judul Tembusan", align=L, keep_next=True)
    _paragraph_style(doc, "Tabel Judul", align=C, bold=True, keep_next=True)
    _paragraph_style(doc, "Tabel Teks", align=L, keep_lines=True)
    _paragraph_style(doc, "Tabel Tengah", align=C, keep_lines=True)
    _paragraph_style(doc, "Tabel Teks Akhir", align=L, keep_next=True, keep_lines=True)
    _paragraph_style(doc, "Tabel Tengah Akhir", align=C, keep_next=True, keep_lines=True)
    _paragraph_style(doc, "Tabel Kelompok", align=L, bold=True, keep_next=True, keep_lines=True)
    # The Rencana Aksi has seven columns: one point smaller, as offices print it.
    # Header and section rows keep with the row after them, so that no section
    # title is left alone at the bottom of a page.
    _paragraph_style(doc, "Rencana Aksi Judul", align=C, bold=True, size=FONT_SIZE - 1, keep_next=True)
    _paragraph_style(doc, "Rencana Aksi Teks", align=L, size=FONT_SIZE - 1, keep_lines=True)
    _paragraph_style(doc, "Rencana Aksi Tengah", align=C, size=FONT_SIZE - 1, keep_lines=True)
    for name, align in (("Rencana Aksi Teks Akhir", L), ("Rencana Aksi Tengah Akhir", C)):
        _paragraph_style(doc, name, align=align, size=FONT_SIZE - 1, keep_next=True, keep_lines=True)
    _paragraph_style(
        doc, "Rencana Aksi Bagian", align=L, bold=True, size=FONT_SIZE - 1, keep_next=True, keep_lines=True
    )
    _paragraph_style(doc, "Pemisah Bagian", align=L, size=1)
    _paragraph_style(doc, "Pemisah Diktum", align=L, size=1, keep_next=True)


# ----------------------------------------------------------------------- paragraphs


def para(container, *parts: str, style: str = "Teks"):
    """A paragraph whose text parts are joined by tab characters (``<w:tab/>``)."""
    p = container.add_paragraph(style=style)
    _add_runs(p, parts)
    return p


def _add_runs(p, parts) -> None:
    """Text parts joined by tabs, each run marked Indonesian (the text a template tag
    renders keeps the run's properties, so the decree's text is id-ID too)."""
    for i, part in enumerate(parts):
        if i:
            run = p.add_run()
            run.add_tab()
            _set_language(run._r.get_or_add_rPr())
        if part:
            _set_language(p.add_run(part)._r.get_or_add_rPr())


def tag(container, text: str):
    """A paragraph that holds only a ``{%p … %}`` tag; docxtpl removes it on rendering."""
    return para(container, text, style="Tag")


def blank(container, style: str = "Teks"):
    return container.add_paragraph(style=style)


def _page_setup(sect_pr, landscape: bool) -> None:
    """Fill a ``w:sectPr`` with the F4 size, orientation and margins, new page start."""
    for child in list(sect_pr):
        if child.tag in {qn("w:pgSz"), qn("w:pgMar"), qn("w:type")}:
            sect_pr.remove(child)
    kind = OxmlElement("w:type")
    kind.set(qn("w:val"), "nextPage")
    size = OxmlElement("w:pgSz")
    width, height = F4
    if landscape:
        width, height = height, width
        size.set(qn("w:orient"), "landscape")
    size.set(qn("w:w"), str(width.twips))
    size.set(qn("w:h"), str(height.twips))
    margins = OxmlElement("w:pgMar")
    for side, value in (MARGINS_LANDSCAPE if landscape else MARGINS_PORTRAIT).items():
        margins.set(qn(f"w:{side}"), str(value.twips))
    for side in ("header", "footer"):
        margins.set(qn(f"w:{side}"), str(Cm(1.25).twips))
    margins.set(qn("w:gutter"), "0")
    sect_pr.insert(0, margins)
    sect_pr.insert(0, size)
    sect_pr.insert(0, kind)


def section_break(container, landscape: bool) -> None:
    """An (almost invisible) paragraph that ends a section: DOCX keeps a section's page
    layout in the paragraph at its end.  The paragraph mark is 1 pt so that it cannot
    push a full last page over by a line."""
    p = container.add_paragraph(style="Pemisah Bagian")
    sect_pr = OxmlElement("w:sectPr")
    _page_setup(sect_pr, landscape)
    p._p.get_or_add_pPr().append(sect_pr)


# ---------------------------------------------------------------------------- tables


#: The order WordprocessingML requires inside ``w:tblPr`` (Word rejects a file that breaks it).
_TBLPR_ORDER = [
    "tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize", "tblW",
    "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook",
]  # fmt: skip


def _set_tbl_pr(table, element) -> None:
    """Put ``element`` into the table's ``w:tblPr`` at its schema position, replacing one of the same kind."""
    tbl_pr = table._tbl.tblPr
    name = element.tag.split("}")[1]
    for old in tbl_pr.findall(qn(f"w:{name}")):
        tbl_pr.remove(old)
    later = {qn(f"w:{n}") for n in _TBLPR_ORDER[_TBLPR_ORDER.index(name) + 1 :]}
    for index, child in enumerate(tbl_pr):
        if child.tag in later:
            tbl_pr.insert(index, element)
            return
    tbl_pr.append(element)


def _borders(table, visible: bool) -> None:
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "single" if visible else "nil")
        if visible:
            edge.set(qn("w:sz"), "4")
            edge.set(qn("w:space"), "0")
            edge.set(qn("w:color"), "000000")
        borders.append(edge)
    _set_tbl_pr(table, borders)


def _cell_margins(table, left: float, right: float) -> None:
    margins = OxmlElement("w:tblCellMar")
    for side, value in (("top", 0), ("left", left), ("bottom", 0), ("right", right)):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:w"), str(Cm(value).twips if value else 0))
        edge.set(qn("w:type"), "dxa")
        margins.append(edge)
    _set_tbl_pr(table, margins)


def _fixed_layout(table, widths) -> None:
    """Fixed column widths: Word and LibreOffice then lay the columns out identically."""
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    _set_tbl_pr(table, layout)
    table.autofit = False
    for col, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        col.set(qn("w:w"), str(Cm(width).twips))


def new_table(container, widths, *, borders: bool, margins=(0.0, 0.15)):
    table = container.add_table(rows=0, cols=len(widths))
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    _borders(table, borders)
    _cell_margins(table, *margins)
    _fixed_layout(table, widths)
    return table


def add_row(table, widths, *, header: bool = False, cant_split: bool = False):
    row = table.add_row()
    for cell, width in zip(row.cells, widths):
        cell.width = Cm(width)
    tr_pr = row._tr.get_or_add_trPr()
    if cant_split:
        tr_pr.append(OxmlElement("w:cantSplit"))
    if header:
        tr_pr.append(OxmlElement("w:tblHeader"))
    return row


def cell_text(cell, *parts: str, style: str) -> None:
    """Put text into a cell's first (empty) paragraph."""
    p = cell.paragraphs[0]
    p.style = cell.part.document.styles[style]
    _add_runs(p, parts)


def tag_row(table, widths, text: str) -> None:
    """A row that holds only a ``{%tr … %}`` tag; docxtpl replaces the whole row with it."""
    row = add_row(table, widths)
    # One cell across the row, so that the tag reads on one line when the template is opened in Word.
    cell_text(merge_from(row, 0), text, style="Tag")


def merge_from(row, start: int):
    cell = row.cells[start]
    return cell.merge(row.cells[len(row.cells) - 1]) if start < len(row.cells) - 1 else cell


# ------------------------------------------------------------------------- the parts


def nested_items(cell_or_doc, var: str) -> None:
    """Items flattened by the renderer (``tingkat``, ``tanda``, ``teks``), one paragraph style per depth."""
    tag(cell_or_doc, f"{{%p for b in {var} %}}")
    for depth in range(1, MAX_DEPTH + 1):
        keyword = "if" if depth == 1 else "elif"
        tag(cell_or_doc, f"{{%p {keyword} b.tingkat == {depth} %}}" if depth < MAX_DEPTH else "{%p else %}")
        para(cell_or_doc, "{{ b.tanda }}", "{{ b.teks }}", style=f"Butir {depth}")
    tag(cell_or_doc, "{%p endif %}")
    tag(cell_or_doc, "{%p endfor %}")


def heading(doc) -> None:
    tag(doc, "{%p if kepala.tanda_salinan %}")
    para(doc, COPY_MARK.printed, style="Tanda Salinan")
    tag(doc, "{%p endif %}")
    tag(doc, "{%p for baris in kepala.kop %}")
    para(doc, "{{ baris }}", style="Kop")
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p if kepala.kop %}")
    blank(doc, "Judul")
    tag(doc, "{%p endif %}")
    para(doc, f"{{{{ kepala.judul | seimbang({HEADING_LINE}, {FULL_LINE}) }}}}", style="Judul")
    para(doc, "{{ kepala.nomor_lengkap }}", style="Judul")
    blank(doc, "Judul")
    para(doc, TENTANG.printed, style="Judul")
    blank(doc, "Judul")
    para(doc, "{{ kepala.tentang | nama_utuh(50) }}", style="Judul")
    blank(doc, "Judul")
    tag(doc, "{%p if pembukaan %}")
    para(doc, "{{ pembukaan }}", style="Judul")
    blank(doc, "Judul")
    tag(doc, "{%p endif %}")
    para(doc, "{{ jabatan_pembentuk | nama_utuh(50) }}", style="Judul")
    blank(doc, "Judul")


def considerations(doc) -> None:
    tag(doc, "{%p if menimbang or mengingat or memperhatikan %}")
    table = new_table(doc, LABEL_COLUMNS, borders=False)
    for label, var, nested in (
        (MENIMBANG.printed, "menimbang", True),
        (MENGINGAT.printed, "mengingat", False),
        (MEMPERHATIKAN.printed, "memperhatikan", False),
    ):
        tag_row(table, LABEL_COLUMNS, f"{{%tr if {var} %}}")
        row = add_row(table, LABEL_COLUMNS)
        cell_text(row.cells[0], label, style="Label")
        cell_text(row.cells[1], LABEL_SEPARATOR, style="Label")
        content = row.cells[2]
        content._tc.remove(content.paragraphs[0]._p)
        if nested:
            nested_items(content, var)
        else:
            tag(content, f"{{%p for b in {var} %}}")
            para(content, "{{ b.tanda }}", "{{ b.teks }}", style="Butir 1")
            tag(content, "{%p endfor %}")
        blank(content)  # the blank line between Menimbang, Mengingat and Memperhatikan
        tag_row(table, LABEL_COLUMNS, "{%tr endif %}")
    tag(doc, "{%p endif %}")


def decision(doc) -> None:
    para(doc, MEMUTUSKAN.printed, style="Judul")
    blank(doc, "Judul")
    # The last diktum is a table of its own: LibreOffice keeps a table's last row with the
    # signature below it only when no row of that table is split over pages, and a long
    # diktum (the teams' duties) always is.
    tag(doc, "{%p if menetapkan or diktum_awal %}")
    table = new_table(doc, LABEL_COLUMNS, borders=False)
    tag_row(table, LABEL_COLUMNS, "{%tr if menetapkan %}")
    # Menetapkan is never split, and never left at the foot of a page without the first diktum.
    row = add_row(table, LABEL_COLUMNS, cant_split=True)
    cell_text(row.cells[0], MENETAPKAN.printed, style="Label Menetapkan")
    cell_text(row.cells[1], LABEL_SEPARATOR, style="Label Menetapkan")
    cell_text(row.cells[2], "{{ menetapkan | nama_utuh(40) }}", style="Teks Menetapkan")
    row.cells[2].add_paragraph(style="Teks Menetapkan")
    tag_row(table, LABEL_COLUMNS, "{%tr endif %}")
    tag_row(table, LABEL_COLUMNS, "{%tr for d in diktum_awal %}")
    diktum_row(table, last=False)
    tag_row(table, LABEL_COLUMNS, "{%tr endfor %}")
    tag(doc, "{%p endif %}")
    tag(doc, "{%p if diktum_akhir %}")
    # Word joins two tables that touch; a 1-pt paragraph keeps them apart.
    para(doc, "", style="Pemisah Diktum")
    table = new_table(doc, LABEL_COLUMNS, borders=False)
    tag_row(table, LABEL_COLUMNS, "{%tr for d in diktum_akhir %}")
    diktum_row(table, last=True)
    tag_row(table, LABEL_COLUMNS, "{%tr endfor %}")
    tag(doc, "{%p endif %}")


def diktum_row(table, *, last: bool) -> None:
    row = add_row(table, LABEL_COLUMNS)
    label = "Label Akhir" if last else "Label"
    cell_text(row.cells[0], "{{ d.label }}", style=label)
    cell_text(row.cells[1], LABEL_SEPARATOR, style=label)
    content = row.cells[2]
    cell_text(content, "{{ d.teks }}", style="Teks Pengantar")
    nested_items(content, "d.butir")
    # Members named in the diktum itself ("Mengangkat nama-nama di bawah ini …").
    tag(content, "{%p if d.kelompok %}")
    team_table(content, DIKTUM_TEAM_COLUMNS, "d.kelompok")
    tag(content, "{%p endif %}")
    tag(content, "{%p if d.teks_penutup %}")
    para(content, "{{ d.teks_penutup }}", style="Teks")
    tag(content, "{%p endif %}")
    blank(content, "Teks Akhir" if last else "Teks")


def signature(doc, var: str, *, decree: bool, suffix: str = "") -> None:
    """Place, date, title, ``ttd.`` and name, at the right."""
    tag(doc, f"{{%p if {var} %}}")
    blank(doc, f"Tanda Tangan{suffix}")
    if decree:
        para(doc, DITETAPKAN.printed, f"{{{{ {var}.tempat or '' }}}}", style=f"Tanda Tangan{suffix}")
        para(doc, PADA_TANGGAL.printed, f"{{{{ {var}.tanggal | tanggal }}}}", style=f"Tanda Tangan{suffix}")
        blank(doc, f"Tanda Tangan{suffix}")
        para(doc, f"{{{{ {var}.jabatan | seimbang({SIGNATURE_LINE}) }}}}", style=f"Tanda Tangan Tengah{suffix}")
    else:
        para(
            doc,
            f"{{{{ [{var}.tempat, {var}.tanggal | tanggal] | select | join(', ') }}}}",
            style=f"Tanda Tangan Tengah{suffix}",
        )
        para(doc, f"{{{{ {var}.jabatan | seimbang({SIGNATURE_LINE}) }}}}", style=f"Tanda Tangan Tengah{suffix}")
    blank(doc, f"Tanda Tangan Tengah{suffix}")
    tag(doc, f"{{%p if {var}.tanda_tangan %}}")
    para(doc, f"{{{{ {var}.tanda_tangan }}}}", style=f"Tanda Tangan Tengah{suffix}")
    tag(doc, "{%p else %}")
    blank(doc, f"Tanda Tangan Tengah{suffix}")  # room for the wet signature
    blank(doc, f"Tanda Tangan Tengah{suffix}")
    tag(doc, "{%p endif %}")
    blank(doc, f"Tanda Tangan Tengah{suffix}")
    para(doc, f"{{{{ {var}.nama }}}}", style=f"Nama Penanda Tangan{suffix}")
    tag(doc, f"{{%p if {var}.nip %}}")
    para(doc, f"{NIP.printed} {{{{ {var}.nip }}}}", style=f"Tanda Tangan Tengah{suffix}")
    tag(doc, "{%p endif %}")
    tag(doc, "{%p endif %}")


def certified_copy(doc, var: str) -> None:
    """ "Salinan sesuai dengan aslinya", unit, official, name: at the left."""
    tag(doc, f"{{%p if {var} %}}")
    blank(doc, "Salinan")
    para(doc, f"{{{{ {var}.frasa }}}}", style="Salinan")
    for field in ("unit", "jabatan"):
        tag(doc, f"{{%p if {var}.{field} %}}")
        para(doc, f"{{{{ {var}.{field} | seimbang({COPY_LINE}) }}}}", style="Salinan")
        tag(doc, "{%p endif %}")
    blank(doc, "Salinan")
    tag(doc, f"{{%p if {var}.tanda_tangan %}}")
    para(doc, f"{{{{ {var}.tanda_tangan }}}}", style="Salinan")
    tag(doc, "{%p else %}")
    blank(doc, "Salinan")
    tag(doc, "{%p endif %}")
    blank(doc, "Salinan")
    tag(doc, f"{{%p if {var}.nama %}}")
    para(doc, f"{{{{ {var}.nama }}}}", style="Salinan Nama")
    tag(doc, "{%p endif %}")
    tag(doc, f"{{%p if {var}.nip %}}")
    para(doc, f"{NIP.printed} {{{{ {var}.nip }}}}", style="Salinan")
    tag(doc, "{%p endif %}")
    tag(doc, "{%p endif %}")


def copies_to(doc) -> None:
    tag(doc, "{%p if tembusan %}")
    blank(doc)
    para(doc, TEMBUSAN.printed, style="Judul Tembusan")
    tag(doc, "{%p for t in tembusan %}")
    para(doc, "{{ loop.index }}.", "{{ t }}", style="Butir 1")
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p endif %}")


def attachment_header(doc, suffix: str) -> None:
    para(doc, "{{ lamp.label }}", style=f"Kepala Lampiran{suffix}")
    para(doc, f"{{{{ lamp.kepala.keputusan | seimbang({SIGNATURE_LINE}) }}}}", style=f"Kepala Lampiran{suffix}")
    para(doc, "{{ lamp.kepala.nomor_lengkap }}", style=f"Kepala Lampiran{suffix}")
    para(doc, TENTANG.printed, style=f"Kepala Lampiran{suffix}")
    para(doc, "{{ lamp.kepala.tentang | nama_utuh(30) }}", style=f"Kepala Lampiran Tentang{suffix}")


def team_table(container, widths=TEAM_COLUMNS, groups: str = "lamp.kelompok", signed: bool = False) -> None:
    """NO / NAMA / JABATAN / KEDUDUKAN DALAM TIM with group rows ("1. PENGARAH"); with
    ``signed``, the Lampiran's signature as the table's last row (:func:`signature_row`)."""
    table = new_table(container, widths, borders=True, margins=(0.1, 0.1))
    row = add_row(table, widths, header=True, cant_split=True)
    for cell, text in zip(row.cells, TEAM_HEADERS):
        cell_text(cell, text, style="Tabel Judul")
    tag_row(table, widths, f"{{%tr for g in {groups} %}}")
    row = add_row(table, widths, cant_split=True)
    cell_text(row.cells[0], "{{ g.label or '' }}", style="Tabel Kelompok")
    cell_text(merge_from(row, 1), "{{ g.nama }}", style="Tabel Kelompok")
    tag_row(table, widths, "{%tr for a in g.anggota %}")
    # Two forms of the row: the table's last keeps with the signature below it.
    tag_row(table, widths, "{%tr if a.terakhir %}")
    member_row(table, widths, end=" Akhir")
    tag_row(table, widths, "{%tr else %}")
    member_row(table, widths)
    tag_row(table, widths, "{%tr endif %}")
    tag_row(table, widths, "{%tr endfor %}")
    tag_row(table, widths, "{%tr endfor %}")
    if signed:
        signature_row(table, widths, "")


def signature_row(table, widths, suffix: str) -> None:
    """The Lampiran's signature and certified copy as the table's last row: one cell
    across the table, without borders, never split, and the row above keeps with it.

    LibreOffice does not keep a table that runs over pages with the paragraph after it
    (Word does), so a signature after the table could stand alone on a page; a row
    keeps with the row before it in both.  Readers take such a row for paragraphs.
    """
    tag_row(table, widths, "{%tr if lamp.penandatanganan or lamp.salinan %}")
    row = add_row(table, widths, cant_split=True)
    cell = merge_from(row, 0)
    borders = OxmlElement("w:tcBorders")
    for side in ("left", "bottom", "right"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "nil")
        borders.append(edge)
    cell._tc.get_or_add_tcPr().append(borders)
    cell._tc.remove(cell.paragraphs[0]._p)
    signature(cell, "lamp.penandatanganan", decree=False, suffix=suffix)
    certified_copy(cell, "lamp.salinan")
    tag_row(table, widths, "{%tr endif %}")


def member_row(table, widths, *, end: str = "") -> None:
    row = add_row(table, widths, cant_split=True)
    for cell, text, style in zip(
        row.cells,
        ("{{ a.nomor }}", "{{ a.nama }}", "{{ a.jabatan }}", "{{ a.kedudukan }}"),
        ("Tabel Tengah", "Tabel Teks", "Tabel Teks", "Tabel Teks"),
    ):
        cell_text(cell, text, style=style + end)


def plan_table(doc, signed: bool = False) -> None:
    table = new_table(doc, PLAN_COLUMNS, borders=True, margins=(0.1, 0.1))
    row = add_row(table, PLAN_COLUMNS, header=True, cant_split=True)
    for cell, text in zip(row.cells, PLAN_HEADERS):
        cell_text(cell, text, style="Rencana Aksi Judul")
    row = add_row(table, PLAN_COLUMNS, header=True, cant_split=True)
    for i, cell in enumerate(row.cells, start=1):
        cell_text(cell, str(i), style="Rencana Aksi Judul")
    tag_row(table, PLAN_COLUMNS, "{%tr for bagian in lamp.bagian %}")
    row = add_row(table, PLAN_COLUMNS, cant_split=True)
    cell_text(row.cells[0], "{{ bagian.nomor }}", style="Rencana Aksi Judul")
    cell_text(merge_from(row, 1), "{{ bagian.judul }}", style="Rencana Aksi Bagian")
    tag_row(table, PLAN_COLUMNS, "{%tr for r in bagian.baris %}")
    tag_row(table, PLAN_COLUMNS, "{%tr if r.terakhir %}")
    plan_row(table, end=" Akhir")
    tag_row(table, PLAN_COLUMNS, "{%tr else %}")
    plan_row(table)
    tag_row(table, PLAN_COLUMNS, "{%tr endif %}")
    tag_row(table, PLAN_COLUMNS, "{%tr endfor %}")
    tag_row(table, PLAN_COLUMNS, "{%tr endfor %}")
    if signed:
        signature_row(table, PLAN_COLUMNS, " Lanskap")


def plan_row(table, *, end: str = "") -> None:
    # A row split over two pages separates an action from its target: keep rows whole.
    # The table's last row (styles "… Akhir") keeps with the signature below it.
    row = add_row(table, PLAN_COLUMNS, cant_split=True)
    fields = ("nomor", "komponen", "indikator", "langkah_aksi", "bukti_fisik", "target_waktu", "target_capaian")
    for cell, field in zip(row.cells, fields):
        style = "Rencana Aksi Tengah" if field in ("nomor", "target_waktu", "target_capaian") else "Rencana Aksi Teks"
        cell_text(cell, f"{{{{ r.{field} }}}}", style=style + end)


def free_table(doc) -> None:
    """A table of a free-form Lampiran: any number of columns (docxtpl's ``{%tc %}``)."""
    # Equal template columns: docxtpl scales the grid to the rendered number of
    # columns proportionally, so equal widths in give equal widths out.
    widths = (TEXT_WIDTH_PORTRAIT / 3,) * 3
    table = new_table(doc, widths, borders=True, margins=(0.1, 0.1))
    for rows, style, header in (("blok.judul", "Tabel Judul", True), ("blok.isi", "Tabel Teks", False)):
        tag_row(table, widths, f"{{%tr for baris in {rows} %}}")
        if header:
            free_row(table, widths, style, header=True)
        else:  # the Lampiran's last row keeps with the signature below it
            tag_row(table, widths, "{%tr if blok.terakhir and loop.last %}")
            free_row(table, widths, "Tabel Teks Akhir", header=False)
            tag_row(table, widths, "{%tr else %}")
            free_row(table, widths, style, header=False)
            tag_row(table, widths, "{%tr endif %}")
        tag_row(table, widths, "{%tr endfor %}")
    # Let the columns share the width: the number of columns is known only on rendering.
    tbl_pr = table._tbl.tblPr
    for layout in tbl_pr.findall(qn("w:tblLayout")):
        tbl_pr.remove(layout)
    width = OxmlElement("w:tblW")
    _set_tbl_pr(table, width)
    width.set(qn("w:type"), "pct")
    width.set(qn("w:w"), "5000")
    for tc_w in table._tbl.iter(qn("w:tcW")):
        tc_w.set(qn("w:type"), "auto")
        tc_w.set(qn("w:w"), "0")


def free_row(table, widths, style: str, *, header: bool) -> None:
    row = add_row(table, widths, header=header, cant_split=True)
    cell_text(row.cells[0], "{%tc for sel in baris %}", style="Tag")
    cell_text(row.cells[1], "{{ sel }}", style=style)
    cell_text(row.cells[2], "{%tc endfor %}", style="Tag")


def attachments(doc) -> None:
    tag(doc, "{%p for lamp in lampiran %}")
    # End the section before this Lampiran with that section's own orientation.
    # (Portrait first: in Word, the decree's own pages then show in portrait.)
    tag(doc, "{%p if not lamp.landscape_sebelumnya %}")
    section_break(doc, landscape=False)
    tag(doc, "{%p else %}")
    section_break(doc, landscape=True)
    tag(doc, "{%p endif %}")
    tag(doc, "{%p if lamp.landscape %}")
    attachment_header(doc, " Lanskap")
    tag(doc, "{%p else %}")
    attachment_header(doc, "")
    tag(doc, "{%p endif %}")
    blank(doc, "Judul")
    para(doc, "{{ lamp.judul | nama_utuh(50) }}", style="Judul Tebal")
    blank(doc, "Judul")
    tag(doc, '{%p if lamp.jenis == "susunan_tim" %}')
    team_table(doc, signed=True)
    tag(doc, '{%p elif lamp.jenis == "rencana_aksi" %}')
    plan_table(doc, signed=True)
    tag(doc, "{%p else %}")
    tag(doc, "{%p for blok in lamp.isi %}")
    tag(doc, '{%p if blok.jenis == "paragraf" %}')
    # The last paragraph keeps with the signature below it.
    tag(doc, "{%p if blok.terakhir %}")
    para(doc, "{{ blok.teks }}", style="Teks Akhir")
    tag(doc, "{%p else %}")
    para(doc, "{{ blok.teks }}", style="Teks")
    tag(doc, "{%p endif %}")
    tag(doc, "{%p elif blok.baris %}")
    free_table(doc)
    tag(doc, "{%p endif %}")
    tag(doc, "{%p if blok.terakhir %}")
    blank(doc, "Teks Akhir")
    tag(doc, "{%p else %}")
    blank(doc)
    tag(doc, "{%p endif %}")
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p endif %}")
    # A free-form Lampiran's signature follows its text (the tables' own is their last row).
    tag(doc, '{%p if lamp.jenis == "bebas" %}')
    signature(doc, "lamp.penandatanganan", decree=False)
    certified_copy(doc, "lamp.salinan")
    tag(doc, "{%p endif %}")
    tag(doc, "{%p endfor %}")
    # The last Lampiran's section ends here when it is landscape; the renderer then
    # drops the empty portrait section that the document's own end would add.
    tag(doc, "{%p if lampiran_terakhir_landscape %}")
    section_break(doc, landscape=True)
    tag(doc, "{%p endif %}")


def build(output: Path = OUTPUT) -> Path:
    doc = Document()
    build_styles(doc)
    _page_setup(doc.sections[0]._sectPr, landscape=False)
    body = doc.element.body
    for p in list(body.iterchildren(qn("w:p"))):  # python-docx's default document is empty; be sure
        body.remove(p)
    heading(doc)
    considerations(doc)
    decision(doc)
    signature(doc, "penetapan", decree=True)
    # The certified copy right under the signature it certifies (as KPU decrees print
    # it), so that the two are one keep-together block; the tembusan follows.
    certified_copy(doc, "salinan")
    copies_to(doc)
    attachments(doc)
    props = doc.core_properties
    props.title = "Templat Keputusan (zi_docs)"
    props.author = "zi_docs"
    props.comments = "docxtpl template; regenerate with tools/build_templates.py"
    props.keywords = ""
    props.subject = ""
    props.language = LANGUAGE
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_name(f".{output.name}.tmp")
    doc.save(tmp)
    tmp.replace(output)  # atomic: a half-written template is never shipped
    return output


if __name__ == "__main__":
    path = build(Path(sys.argv[1]) if len(sys.argv) > 1 else OUTPUT)
    print(path)
