"""Build the report and forum templates in ``templates/laporan/``.

Run ``python tools/build_laporan_templates.py`` after changing this script and
commit both the script and the generated DOCX files, as with
``tools/build_templates.py`` (whose styles and table helpers this script reuses, so
that reports look like the decree they come from: F4, Bookman Old Style 12, the
same table borders and signature block).

Templates written:

* ``triwulan.docx``: the quarterly progress report to the Pengarah.  Summary
  tables and the chart on portrait pages; the table of every action, the late
  actions and the actions without evidence in a landscape section;
* ``undangan.docx``, ``daftar_hadir.docx``, ``notulensi.docx``: the documents of a
  team forum (invitation, attendance list with a signature column, minutes);
* ``benturan_kepentingan.docx``, ``pakta_integritas.docx``: per-person statements.
  Each loops over ``orang`` so that one template renders one person or a whole
  roster into one document; every person after the first starts on a new page
  (``pageBreakBefore`` on the title, so no empty paragraph is left at the top).
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_templates import (  # noqa: E402  (the sibling script is the style's single source)
    TEXT_WIDTH_LANDSCAPE,
    TEXT_WIDTH_PORTRAIT,
    _page_setup,
    _paragraph_style,
    add_row,
    blank,
    build_styles,
    cell_text,
    merge_from,
    new_table,
    para,
    section_break,
    tag,
    tag_row,
)

ROOT = Path(__file__).resolve().parent.parent
OUTDIR = ROOT / "templates" / "laporan"

C, L, J = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.JUSTIFY

#: Summary tables: name | actions | done | in progress | late | not started, each "count (percent)".
SUMMARY_COLUMNS = (4.4, 2.2, 2.6, 2.6, 2.6, 2.6)
SUMMARY_HEADERS = ("JUMLAH AKSI", "SELESAI", "PROSES", "TERLAMBAT", "BELUM DIMULAI")
#: The action table in the landscape section (29 cm of text width).
ACTION_COLUMNS = (1.4, 3.6, 6.4, 3.0, 2.4, 2.2, 2.4, 4.2, 3.4)
ACTION_HEADERS = (
    "AKSI", "AREA / TIM", "LANGKAH AKSI", "TARGET WAKTU", "TARGET CAPAIAN",
    "STATUS", "TANGGAL SELESAI", "BUKTI", "CATATAN",
)  # fmt: skip
LATE_COLUMNS = (1.4, 5.0, 9.0, 3.2, 2.6, 2.4, 5.4)
LATE_HEADERS = ("AKSI", "TIM", "LANGKAH AKSI", "TARGET WAKTU", "TENGGAT", "STATUS", "CATATAN")
NO_EVIDENCE_COLUMNS = (1.4, 5.0, 12.0, 3.2, 7.4)
NO_EVIDENCE_HEADERS = ("AKSI", "TIM", "LANGKAH AKSI", "STATUS", "BUKTI FISIK MENURUT RENCANA AKSI")
ATTENDANCE_COLUMNS = (1.0, 4.6, 4.2, 3.6, 1.8, 1.8)
INFO_COLUMNS = (3.6, 0.4, TEXT_WIDTH_PORTRAIT - 4.0)
FOLLOW_UP_COLUMNS = (1.1, 8.4, 4.5, 3.0)
TWO_SIGNATURES = (TEXT_WIDTH_PORTRAIT / 2, TEXT_WIDTH_PORTRAIT / 2)


def laporan_styles(doc) -> None:
    """The decree's styles plus the few a report needs."""
    build_styles(doc)
    _paragraph_style(doc, "Sub Judul", align=L, bold=True, keep_next=True, space_before=12, space_after=6)
    _paragraph_style(doc, "Keterangan", align=J, size=10, space_before=3)
    _paragraph_style(doc, "Gambar", align=C, keep_next=False, space_before=6)
    # No keep-with-next in these tables: LibreOffice then moves a whole table section to the
    # next page, leaving half-empty pages; header rows repeat on each page instead.
    _paragraph_style(doc, "Tabel Kecil Judul", align=C, bold=True, size=10)
    _paragraph_style(doc, "Tabel Kecil Teks", align=L, size=10)
    _paragraph_style(doc, "Tabel Kecil Tengah", align=C, size=10)
    _paragraph_style(doc, "Tabel Kecil Tebal", align=L, bold=True, size=10)
    # A section row stays with the first action under it.
    _paragraph_style(doc, "Tabel Kecil Bagian", align=L, bold=True, size=10, keep_next=True)
    _paragraph_style(doc, "Tabel Kecil Bagian Tengah", align=C, bold=True, size=10, keep_next=True)
    _paragraph_style(doc, "Tanda Tangan Kiri", align=L, size=10)
    _paragraph_style(doc, "Tanda Tangan Kanan", align=L, size=10)
    _paragraph_style(doc, "Garis Kop", align=C, bold=True, space_after=12)
    # A person's statement: every one after the first starts a page.
    _paragraph_style(doc, "Judul Pernyataan", align=C, bold=True, space_after=18)
    new_page = _paragraph_style(doc, "Judul Pernyataan Halaman Baru", align=C, bold=True, space_after=18)
    new_page.paragraph_format.page_break_before = True
    _paragraph_style(doc, "Butir Pernyataan", align=J, left=0.75, first=-0.75, tabs=(0.75,), space_after=4)


def _bottom_border(paragraph) -> None:
    """A rule under the letterhead, as office letters have."""
    p_pr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "double"), ("w:sz", "6"), ("w:space", "4"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    # w:pBdr comes after w:pStyle/keepNext… and before w:spacing in the schema order.
    spacing = p_pr.find(qn("w:spacing"))
    if spacing is not None:
        spacing.addprevious(borders)
    else:
        p_pr.append(borders)


def letterhead(doc) -> None:
    """The office as the letterhead: institution lines, a double rule under them."""
    tag(doc, "{%p for baris in kop %}")
    para(doc, "{{ baris }}", style="Kop")
    tag(doc, "{%p endfor %}")
    _bottom_border(para(doc, "", style="Garis Kop"))


def table_header(table, widths, headers, style="Tabel Kecil Judul") -> None:
    row = add_row(table, widths, header=True, cant_split=True)
    for cell, text in zip(row.cells, headers):
        cell_text(cell, text, style=style)


def info_table(doc, rows) -> None:
    """Label | colon | value rows, without borders."""
    table = new_table(doc, INFO_COLUMNS, borders=False)
    for label, value, condition in rows:
        if condition:
            tag_row(table, INFO_COLUMNS, f"{{%tr if {condition} %}}")
        row = add_row(table, INFO_COLUMNS)
        cell_text(row.cells[0], label, style="Label")
        cell_text(row.cells[1], ":", style="Label")
        cell_text(row.cells[2], value, style="Teks")
        if condition:
            tag_row(table, INFO_COLUMNS, "{%tr endif %}")


def signer(doc, var: str, suffix: str = "") -> None:
    """Place and date, title, room for the signature, name, NIP: the decree's block at the right."""
    style, centre, name = f"Tanda Tangan Tengah{suffix}", f"Tanda Tangan Tengah{suffix}", f"Nama Penanda Tangan{suffix}"
    blank(doc, style)
    para(doc, f"{{{{ {var}.tempat_tanggal }}}}", style=centre)
    para(doc, f"{{{{ {var}.jabatan }}}}", style=centre)
    for _ in range(3):
        blank(doc, centre)
    para(doc, f"{{{{ {var}.nama }}}}", style=name)
    tag(doc, f"{{%p if {var}.nip %}}")
    para(doc, f"NIP {{{{ {var}.nip }}}}", style=centre)
    tag(doc, "{%p endif %}")


def save(doc, name: str, title: str, outdir: Path) -> Path:
    props = doc.core_properties
    props.title = title
    props.author = "zi_docs"
    props.comments = "docxtpl template; regenerate with tools/build_laporan_templates.py"
    props.keywords = ""
    props.subject = ""
    output = outdir / name
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_name(f".{output.name}.tmp")
    doc.save(tmp)
    tmp.replace(output)  # atomic: a half-written template is never shipped
    return output


def new_document(landscape_end: bool = False):
    doc = Document()
    laporan_styles(doc)
    _page_setup(doc.sections[0]._sectPr, landscape=landscape_end)
    body = doc.element.body
    for p in list(body.iterchildren(qn("w:p"))):
        body.remove(p)
    return doc


# ------------------------------------------------------------------- quarterly report


def summary_table(doc, rows: str, first_header: str) -> None:
    table = new_table(doc, SUMMARY_COLUMNS, borders=True, margins=(0.1, 0.1))
    table_header(table, SUMMARY_COLUMNS, (first_header, *SUMMARY_HEADERS))
    tag_row(table, SUMMARY_COLUMNS, f"{{%tr for r in {rows} %}}")
    row = add_row(table, SUMMARY_COLUMNS, cant_split=True)
    cell_text(row.cells[0], "{{ r.nama }}", style="Tabel Kecil Teks")
    for cell, field in zip(row.cells[1:], ("jumlah", "selesai", "proses", "terlambat", "belum")):
        cell_text(cell, f"{{{{ r.{field} }}}}", style="Tabel Kecil Tengah")
    tag_row(table, SUMMARY_COLUMNS, "{%tr endfor %}")
    row = add_row(table, SUMMARY_COLUMNS, cant_split=True)
    cell_text(row.cells[0], "JUMLAH", style="Tabel Kecil Tebal")
    for cell, field in zip(row.cells[1:], ("jumlah", "selesai", "proses", "terlambat", "belum")):
        cell_text(cell, f"{{{{ total.{field} }}}}", style="Tabel Kecil Judul")


def build_triwulan(outdir: Path) -> Path:
    # The document's own (last) section is landscape: the detail tables end the report.
    doc = new_document(landscape_end=True)
    letterhead(doc)
    para(doc, "LAPORAN KEMAJUAN PELAKSANAAN RENCANA AKSI", style="Judul Tebal")
    para(doc, "PEMBANGUNAN ZONA INTEGRITAS", style="Judul Tebal")
    para(doc, "{{ periode }}", style="Judul Tebal")
    para(doc, "Keadaan per {{ per | tanggal }}", style="Judul")
    blank(doc, "Judul")
    info_table(
        doc,
        [
            ("Kepada", "{{ kepada }}", None),
            ("Dari", "{{ dari }}", None),
            ("Dasar", "{{ dasar }}", None),
        ],
    )
    para(doc, "A.", "Ringkasan per Area Perubahan", style="Sub Judul")
    summary_table(doc, "ringkasan_area", "AREA PERUBAHAN")
    para(doc, "{{ keterangan_status }}", style="Keterangan")
    para(doc, "B.", "Ringkasan per Tim", style="Sub Judul")
    summary_table(doc, "ringkasan_tim", "TIM")
    tag(doc, "{%p if tim_tanpa_aksi %}")
    para(doc, "{{ tim_tanpa_aksi }}", style="Keterangan")
    tag(doc, "{%p endif %}")
    para(doc, "C.", "Grafik Kemajuan per Area", style="Sub Judul")
    para(doc, "{{ grafik }}", style="Gambar")
    section_break(doc, landscape=False)

    para(doc, "D.", "Rincian Pelaksanaan Rencana Aksi", style="Sub Judul")
    table = new_table(doc, ACTION_COLUMNS, borders=True, margins=(0.1, 0.1))
    table_header(table, ACTION_COLUMNS, ACTION_HEADERS)
    tag_row(table, ACTION_COLUMNS, "{%tr for b in bagian %}")
    row = add_row(table, ACTION_COLUMNS, cant_split=True)
    cell_text(row.cells[0], "{{ b.nomor }}", style="Tabel Kecil Bagian Tengah")
    cell_text(merge_from(row, 1), "{{ b.judul }}", style="Tabel Kecil Bagian")
    tag_row(table, ACTION_COLUMNS, "{%tr for a in b.aksi %}")
    row = add_row(table, ACTION_COLUMNS, cant_split=True)
    fields = ("kunci", "tim", "langkah", "target_waktu", "target_capaian", "status", "tanggal_selesai", "bukti",
              "catatan")  # fmt: skip
    for cell, field in zip(row.cells, fields):
        centred = field in ("kunci", "target_waktu", "target_capaian", "status", "tanggal_selesai")
        cell_text(cell, f"{{{{ a.{field} }}}}", style="Tabel Kecil Tengah" if centred else "Tabel Kecil Teks")
    tag_row(table, ACTION_COLUMNS, "{%tr endfor %}")
    tag_row(table, ACTION_COLUMNS, "{%tr endfor %}")
    para(doc, "{{ keterangan_berkala }}", style="Keterangan")

    para(doc, "E.", "Aksi yang Terlambat", style="Sub Judul")
    tag(doc, "{%p if terlambat %}")
    table = new_table(doc, LATE_COLUMNS, borders=True, margins=(0.1, 0.1))
    table_header(table, LATE_COLUMNS, LATE_HEADERS)
    tag_row(table, LATE_COLUMNS, "{%tr for a in terlambat %}")
    row = add_row(table, LATE_COLUMNS, cant_split=True)
    for cell, field in zip(row.cells, ("kunci", "tim", "langkah", "target_waktu", "tenggat", "status", "catatan")):
        centred = field in ("kunci", "target_waktu", "tenggat", "status")
        cell_text(cell, f"{{{{ a.{field} }}}}", style="Tabel Kecil Tengah" if centred else "Tabel Kecil Teks")
    tag_row(table, LATE_COLUMNS, "{%tr endfor %}")
    tag(doc, "{%p else %}")
    para(doc, "Tidak ada aksi yang terlambat per {{ per | tanggal }}.", style="Teks")
    tag(doc, "{%p endif %}")

    para(doc, "F.", "Aksi tanpa Bukti Dukung", style="Sub Judul")
    tag(doc, "{%p if tanpa_bukti %}")
    table = new_table(doc, NO_EVIDENCE_COLUMNS, borders=True, margins=(0.1, 0.1))
    table_header(table, NO_EVIDENCE_COLUMNS, NO_EVIDENCE_HEADERS)
    tag_row(table, NO_EVIDENCE_COLUMNS, "{%tr for a in tanpa_bukti %}")
    row = add_row(table, NO_EVIDENCE_COLUMNS, cant_split=True)
    for cell, field in zip(row.cells, ("kunci", "tim", "langkah", "status", "bukti_fisik")):
        centred = field in ("kunci", "status")
        cell_text(cell, f"{{{{ a.{field} }}}}", style="Tabel Kecil Tengah" if centred else "Tabel Kecil Teks")
    tag_row(table, NO_EVIDENCE_COLUMNS, "{%tr endfor %}")
    tag(doc, "{%p else %}")
    para(doc, "Setiap aksi yang sudah berjalan atau selesai mempunyai bukti dukung.", style="Teks")
    tag(doc, "{%p endif %}")

    tag(doc, "{%p if belum_dilaporkan %}")
    para(doc, "G.", "Aksi Rencana Aksi yang Belum Dilaporkan", style="Sub Judul")
    para(doc, "{{ keterangan_belum_dilaporkan }}", style="Teks")
    widths = (1.4, 27.6)
    table = new_table(doc, widths, borders=True, margins=(0.1, 0.1))
    table_header(table, widths, ("AKSI", "LANGKAH AKSI"))
    tag_row(table, widths, "{%tr for a in belum_dilaporkan %}")
    row = add_row(table, widths, cant_split=True)
    cell_text(row.cells[0], "{{ a.kunci }}", style="Tabel Kecil Tengah")
    cell_text(row.cells[1], "{{ a.langkah }}", style="Tabel Kecil Teks")
    tag_row(table, widths, "{%tr endfor %}")
    tag(doc, "{%p endif %}")
    signer(doc, "ttd", suffix=" Lanskap")
    return save(doc, "triwulan.docx", "Templat Laporan Triwulan Zona Integritas (zi_docs)", outdir)


# ------------------------------------------------------------------------- forum


def meeting_lines(doc) -> None:
    info_table(
        doc,
        [
            ("Hari/Tanggal", "{{ rapat.hari_tanggal }}", None),
            ("Waktu", "{{ rapat.waktu }}", "rapat.waktu"),
            ("Tempat", "{{ rapat.tempat }}", "rapat.tempat"),
            ("Acara", "{{ rapat.acara }}", None),
        ],
    )


def build_undangan(outdir: Path) -> Path:
    doc = new_document()
    letterhead(doc)
    para(doc, "{{ rapat.tempat_tanggal_surat }}", style="Tanda Tangan Tengah")
    table = new_table(doc, INFO_COLUMNS, borders=False)
    for label, value in (("Nomor", "{{ rapat.nomor }}"), ("Sifat", "{{ rapat.sifat }}"),
                         ("Lampiran", "{{ rapat.lampiran }}"), ("Hal", "Undangan {{ rapat.nama }}")):  # fmt: skip
        row = add_row(table, INFO_COLUMNS)
        cell_text(row.cells[0], label, style="Label")
        cell_text(row.cells[1], ":", style="Label")
        cell_text(row.cells[2], value, style="Teks")
    blank(doc)
    para(doc, "Yth.", style="Label")
    tag(doc, "{%p for t in tim %}")
    para(doc, "{{ loop.index }}.", "{{ t.nama }}", style="Butir 1")
    tag(doc, "{%p endfor %}")
    para(doc, "di Tempat", style="Label")
    blank(doc)
    para(doc, "{{ rapat.pembuka }}", style="Teks")
    blank(doc)
    meeting_lines(doc)
    tag(doc, "{%p if rapat.agenda %}")
    para(doc, "dengan agenda:", style="Teks")
    tag(doc, "{%p for a in rapat.agenda %}")
    para(doc, "{{ loop.index }}.", "{{ a }}", style="Butir 1")
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p endif %}")
    blank(doc)
    para(doc, "{{ rapat.penutup }}", style="Teks")
    signer(doc, "ttd")
    return save(doc, "undangan.docx", "Templat Undangan Rapat Tim (zi_docs)", outdir)


def build_daftar_hadir(outdir: Path) -> Path:
    doc = new_document()
    letterhead(doc)
    para(doc, "DAFTAR HADIR", style="Judul Tebal")
    para(doc, "{{ rapat.nama | upper }}", style="Judul Tebal")
    blank(doc, "Judul")
    meeting_lines(doc)
    blank(doc)
    widths = ATTENDANCE_COLUMNS
    table = new_table(doc, widths, borders=True, margins=(0.1, 0.1))
    row = add_row(table, widths, header=True, cant_split=True)
    for cell, text in zip(row.cells[:4], ("NO.", "NAMA", "JABATAN", "TIM")):
        cell_text(cell, text, style="Tabel Kecil Judul")
    cell_text(row.cells[4].merge(row.cells[5]), "TANDA TANGAN", style="Tabel Kecil Judul")
    tag_row(table, widths, "{%tr for a in hadir %}")
    # Signatures alternate between the left and the right half of the column, as
    # attendance lists are printed, so that neighbours' signatures do not overlap.
    row = add_row(table, widths, cant_split=True)
    cell_text(row.cells[0], "{{ loop.index }}.", style="Tabel Kecil Tengah")
    cell_text(row.cells[1], "{{ a.nama }}", style="Tabel Kecil Teks")
    row.cells[1].add_paragraph(style="Tabel Kecil Teks")  # room to sign: two lines per person
    cell_text(row.cells[2], "{{ a.jabatan }}", style="Tabel Kecil Teks")
    cell_text(row.cells[3], "{{ a.tim }}", style="Tabel Kecil Teks")
    cell_text(row.cells[4], "{{ loop.index ~ '.' if loop.index is odd else '' }}", style="Tanda Tangan Kiri")
    cell_text(row.cells[5], "{{ loop.index ~ '.' if loop.index is even else '' }}", style="Tanda Tangan Kanan")
    _no_inner_vertical_border(row.cells[4], "right")
    _no_inner_vertical_border(row.cells[5], "left")
    tag_row(table, widths, "{%tr endfor %}")
    signer(doc, "ttd")
    return save(doc, "daftar_hadir.docx", "Templat Daftar Hadir Rapat Tim (zi_docs)", outdir)


def _no_inner_vertical_border(cell, side: str) -> None:
    """The two halves of the signature column read as one column."""
    tc_pr = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    edge = OxmlElement(f"w:{side}")
    edge.set(qn("w:val"), "nil")
    borders.append(edge)
    tc_pr.append(borders)


def build_notulensi(outdir: Path) -> Path:
    doc = new_document()
    letterhead(doc)
    para(doc, "NOTULENSI", style="Judul Tebal")
    para(doc, "{{ rapat.nama | upper }}", style="Judul Tebal")
    blank(doc, "Judul")
    info_table(
        doc,
        [
            ("Hari/Tanggal", "{{ rapat.hari_tanggal }}", None),
            ("Waktu", "{{ rapat.waktu }}", "rapat.waktu"),
            ("Tempat", "{{ rapat.tempat }}", "rapat.tempat"),
            ("Pimpinan Rapat", "{{ rapat.pimpinan }}", "rapat.pimpinan"),
            ("Notulis", "{{ rapat.notulis }}", "rapat.notulis"),
            ("Peserta", "{{ peserta }}", None),
        ],
    )
    for letter, title, var in (("A.", "Agenda", "rapat.agenda"), ("B.", "Pembahasan", "rapat.pembahasan"),
                               ("C.", "Keputusan", "rapat.keputusan")):  # fmt: skip
        para(doc, letter, title, style="Sub Judul")
        tag(doc, f"{{%p for a in {var} %}}")
        para(doc, "{{ loop.index }}.", "{{ a }}", style="Butir 1")
        tag(doc, "{%p else %}")
        para(doc, "-", style="Teks")
        tag(doc, "{%p endfor %}")
    para(doc, "D.", "Tindak Lanjut", style="Sub Judul")
    tag(doc, "{%p if rapat.tindak_lanjut %}")
    table = new_table(doc, FOLLOW_UP_COLUMNS, borders=True, margins=(0.1, 0.1))
    table_header(table, FOLLOW_UP_COLUMNS, ("NO.", "TINDAK LANJUT", "PENANGGUNG JAWAB", "TENGGAT"))
    tag_row(table, FOLLOW_UP_COLUMNS, "{%tr for t in rapat.tindak_lanjut %}")
    row = add_row(table, FOLLOW_UP_COLUMNS, cant_split=True)
    for cell, text, style in zip(
        row.cells,
        ("{{ loop.index }}.", "{{ t.uraian }}", "{{ t.penanggung_jawab }}", "{{ t.tenggat }}"),
        ("Tabel Kecil Tengah", "Tabel Kecil Teks", "Tabel Kecil Teks", "Tabel Kecil Tengah"),
    ):
        cell_text(cell, text, style=style)
    tag_row(table, FOLLOW_UP_COLUMNS, "{%tr endfor %}")
    tag(doc, "{%p else %}")
    para(doc, "-", style="Teks")
    tag(doc, "{%p endif %}")
    blank(doc)
    # Minute-taker at the left, chair at the right, side by side.
    table = new_table(doc, TWO_SIGNATURES, borders=False)
    row = add_row(table, TWO_SIGNATURES, cant_split=True)
    for cell, title, name in ((row.cells[0], "Notulis,", "{{ rapat.notulis }}"),
                              (row.cells[1], "Pimpinan Rapat,", "{{ rapat.pimpinan }}")):  # fmt: skip
        cell_text(cell, title, style="Tabel Tengah")
        for _ in range(3):
            cell.add_paragraph(style="Tabel Tengah")
        cell.add_paragraph(name, style="Tabel Judul")
    return save(doc, "notulensi.docx", "Templat Notulensi Rapat Tim (zi_docs)", outdir)


# ---------------------------------------------------------------------- statements


def statement_opening(doc, title: str) -> None:
    tag(doc, "{%p if loop.first %}")
    para(doc, title, style="Judul Pernyataan")
    tag(doc, "{%p else %}")
    para(doc, title, style="Judul Pernyataan Halaman Baru")
    tag(doc, "{%p endif %}")
    para(doc, "Yang bertanda tangan di bawah ini:", style="Teks")
    blank(doc)
    info_table(
        doc,
        [
            ("Nama", "{{ o.nama }}", None),
            ("NIP", "{{ o.nip }}", "o.nip"),
            ("Jabatan", "{{ o.jabatan }}", None),
            ("Instansi", "{{ instansi }}", None),
            ("Kedudukan dalam Tim", "{{ o.kedudukan }}", None),
        ],
    )
    blank(doc)


def statement_close(doc) -> None:
    blank(doc)
    para(doc, "{{ penutup }}", style="Teks")
    blank(doc, "Tanda Tangan Tengah")
    para(doc, "{{ tempat_tanggal }}", style="Tanda Tangan Tengah")
    para(doc, "Yang membuat pernyataan,", style="Tanda Tangan Tengah")
    tag(doc, "{%p if meterai %}")
    para(doc, "Meterai Rp10.000", style="Tanda Tangan Tengah")
    tag(doc, "{%p endif %}")
    for _ in range(3):
        blank(doc, "Tanda Tangan Tengah")
    para(doc, "{{ o.nama }}", style="Nama Penanda Tangan")
    tag(doc, "{%p if o.nip %}")
    para(doc, "NIP {{ o.nip }}", style="Tanda Tangan Tengah")
    tag(doc, "{%p endif %}")


def build_statement(outdir: Path, name: str, title: str, intro: str, points: list[str]) -> Path:
    doc = new_document()
    tag(doc, "{%p for o in orang %}")
    statement_opening(doc, title)
    para(doc, intro, style="Teks")
    blank(doc)
    for number, text in enumerate(points, start=1):
        para(doc, f"{number}.", text, style="Butir Pernyataan")
    statement_close(doc)
    tag(doc, "{%p endfor %}")
    return save(doc, name, f"Templat {title.title()} (zi_docs)", outdir)


BENTURAN_KEPENTINGAN = [
    "tidak memiliki benturan kepentingan, baik hubungan keluarga, hubungan kerja, maupun kepentingan keuangan, "
    "dengan pihak mana pun dalam melaksanakan tugas sebagai {{ o.tugas }};",
    "akan menghindari setiap keadaan yang dapat menimbulkan benturan kepentingan dan tidak akan menggunakan "
    "kewenangan untuk kepentingan pribadi, keluarga, atau golongan;",
    "akan melaporkan secara tertulis kepada atasan langsung apabila di kemudian hari terdapat atau berpotensi "
    "terdapat benturan kepentingan dalam pelaksanaan tugas saya;",
    "tidak akan menerima gratifikasi dalam bentuk apa pun yang berhubungan dengan jabatan dan tugas saya; dan",
    "bersedia menerima sanksi sesuai dengan ketentuan peraturan perundang-undangan apabila melanggar pernyataan ini.",
]

PAKTA_INTEGRITAS = [
    "berperan secara proaktif dalam upaya pencegahan dan pemberantasan korupsi, kolusi, dan nepotisme serta tidak "
    "melibatkan diri dalam perbuatan tercela;",
    "tidak meminta atau menerima pemberian secara langsung atau tidak langsung berupa suap, hadiah, bantuan, atau "
    "bentuk lainnya yang tidak sesuai dengan ketentuan yang berlaku;",
    "bersikap transparan, jujur, objektif, dan akuntabel dalam melaksanakan tugas;",
    "menghindari pertentangan kepentingan (conflict of interest) dalam pelaksanaan tugas;",
    "memberi contoh dalam kepatuhan terhadap peraturan perundang-undangan dalam melaksanakan tugas, terutama kepada "
    "pegawai yang berada di bawah pengawasan saya dan sesama pegawai di lingkungan kerja saya secara konsisten;",
    "akan menyampaikan informasi penyimpangan integritas di {{ instansi_pendek }} serta turut menjaga kerahasiaan "
    "saksi atas pelanggaran peraturan yang dilaporkannya; dan",
    "bila saya melanggar hal-hal tersebut di atas, saya siap menghadapi konsekuensinya.",
]


def build_all(outdir: Path = OUTDIR) -> list[Path]:
    return [
        build_triwulan(outdir),
        build_undangan(outdir),
        build_daftar_hadir(outdir),
        build_notulensi(outdir),
        build_statement(
            outdir,
            "benturan_kepentingan.docx",
            "SURAT PERNYATAAN BEBAS BENTURAN KEPENTINGAN",
            "dengan ini menyatakan dengan sesungguhnya bahwa dalam rangka Pembangunan Zona Integritas Menuju "
            "Wilayah Bebas dari Korupsi dan Wilayah Birokrasi Bersih dan Melayani di {{ instansi_pendek }}, saya:",
            BENTURAN_KEPENTINGAN,
        ),
        build_statement(
            outdir,
            "pakta_integritas.docx",
            "PAKTA INTEGRITAS",
            "dalam rangka Pembangunan Zona Integritas Menuju Wilayah Bebas dari Korupsi dan Wilayah Birokrasi "
            "Bersih dan Melayani di {{ instansi_pendek }}, dengan ini menyatakan bahwa saya:",
            PAKTA_INTEGRITAS,
        ),
    ]


if __name__ == "__main__":
    for path in build_all(Path(sys.argv[1]) if len(sys.argv) > 1 else OUTDIR):
        print(path)
