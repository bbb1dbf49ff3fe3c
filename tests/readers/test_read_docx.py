"""Drafts as people write them in Word, read into the model.

Each draft is built here with python-docx and raw WordprocessingML in one of the
ways offices lay a decree out: labels aligned with tabs, a borderless table
(label | : | text), Word's automatic numbering, tracked changes; with a member
table that has NIP and PANGKAT/GOL columns, merged group rows and a header row
repeated on the next page.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_BREAK
from docx_builders import CHOICE_BOX, add_numbering, body_append, lvl, numpr, p

from zi_docs.model import LampiranSusunanTim
from zi_docs.readers import read

HEADING = [
    "KEPUTUSAN KEPALA BALAI CONTOH",
    "NOMOR 7/KPTS/OT.050/2025",
    "TENTANG",
    "PEMBENTUKAN TIM ZONA INTEGRITAS",
    "KEPALA BALAI CONTOH,",
]
MENIMBANG = [
    "bahwa perlu dibentuk tim;",
    "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan.",
]
MENGINGAT = [
    "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;",
    "Peraturan Presiden Nomor 81 Tahun 2010 tentang Grand Design Reformasi Birokrasi.",
]
DIKTUM = [
    ("KESATU", "Membentuk Tim dengan susunan sebagaimana tercantum dalam Lampiran."),
    ("KEDUA", "Keputusan ini mulai berlaku pada tanggal ditetapkan."),
]


def _closing(document) -> None:
    for text in ("Ditetapkan di Bogor", "pada tanggal 4 Januari 2025", "KEPALA BALAI CONTOH,", "ttd.", "BUDI SANTOSO"):
        document.add_paragraph(text)


def _team_table(document) -> None:
    document.add_paragraph("LAMPIRAN").runs[0].add_break(WD_BREAK.PAGE)
    for text in (
        "KEPUTUSAN KEPALA BALAI CONTOH",
        "NOMOR 7/KPTS/OT.050/2025",
        "TENTANG PEMBENTUKAN TIM ZONA INTEGRITAS",
    ):
        document.add_paragraph(text)
    document.add_paragraph("")
    document.add_paragraph("SUSUNAN TIM")
    table = document.add_table(rows=0, cols=6)
    header = ("NO", "NAMA", "NIP", "PANGKAT/GOL", "JABATAN", "KEDUDUKAN DALAM TIM")
    rows = [
        header,
        ("1.", "PENGARAH"),
        ("1.", "Siti Aminah", "198001012005012001", "Pembina/IVa", "Kepala Balai", "Pengarah"),
        header,  # repeated at the top of the next page in a converted document
        ("2.", "TIM KERJA"),
        ("1.", "Budi Santoso", "198502022010011002", "Penata/IIIc", "Kepala Subbagian", "Ketua"),
        ("2.", "Dewi Lestari", "199003032015032003", "Penata Muda/IIIa", "Analis", "Anggota"),
    ]
    for values in rows:
        cells = table.add_row().cells
        if len(values) == 2:  # a group row: the label, then one cell across the rest
            cells[0].text = values[0]
            merged = cells[1].merge(cells[5])
            merged.text = values[1]
            for run in (*cells[0].paragraphs[0].runs, *merged.paragraphs[0].runs):
                run.bold = True
        else:
            for cell, value in zip(cells, values):
                cell.text = value


def _heading(document) -> None:
    for text in HEADING:
        document.add_paragraph(text)


def tab_aligned(tmp_path: Path) -> Path:
    document = docx.Document()
    _heading(document)
    for word, items, style in (("Menimbang", MENIMBANG, "abc"), ("Mengingat", MENGINGAT, "123")):
        for i, item in enumerate(items):
            label = f"{'ab'[i]}." if style == "abc" else f"{i + 1}."
            document.add_paragraph(f"{word if i == 0 else ''}\t{':' if i == 0 else ''}\t{label}\t{item}")
    document.add_paragraph("MEMUTUSKAN:")
    document.add_paragraph("Menetapkan\t:\tKEPUTUSAN KEPALA BALAI CONTOH TENTANG PEMBENTUKAN TIM ZONA INTEGRITAS.")
    for label, text in DIKTUM:
        document.add_paragraph(f"{label}\t:\t{text}")
    _closing(document)
    _team_table(document)
    path = tmp_path / "tabs.docx"
    document.save(path)
    return path


def borderless_table(tmp_path: Path) -> Path:
    document = docx.Document()
    _heading(document)
    table = document.add_table(rows=0, cols=4)  # the default style has no borders
    for word, items, labels in (("Menimbang", MENIMBANG, "ab"), ("Mengingat", MENGINGAT, "12")):
        for i, item in enumerate(items):
            cells = table.add_row().cells
            cells[0].text, cells[1].text = (word, ":") if i == 0 else ("", "")
            cells[2].text = f"{labels[i]}."
            cells[3].text = item
    document.add_paragraph("MEMUTUSKAN:")
    layout = document.add_table(rows=0, cols=3)
    for label, text in [
        ("Menetapkan", "KEPUTUSAN KEPALA BALAI CONTOH TENTANG PEMBENTUKAN TIM ZONA INTEGRITAS."),
        *DIKTUM,
    ]:
        cells = layout.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = label, ":", text
    _closing(document)
    _team_table(document)
    path = tmp_path / "borderless.docx"
    document.save(path)
    return path


def word_numbering(tmp_path: Path) -> Path:
    document = docx.Document()
    add_numbering(document, 90, lvl(0, "lowerLetter", "%1."), {90: ""})
    add_numbering(document, 91, lvl(0, "decimal", "%1."), {91: ""})
    _heading(document)
    document.add_paragraph("Menimbang\t:")
    for item in MENIMBANG:
        body_append(document, p(item, numpr(90)))
    document.add_paragraph("Mengingat\t:")
    for item in MENGINGAT:
        body_append(document, p(item, numpr(91)))
    document.add_paragraph("MEMUTUSKAN:")
    document.add_paragraph("Menetapkan\t:\tKEPUTUSAN KEPALA BALAI CONTOH TENTANG PEMBENTUKAN TIM ZONA INTEGRITAS.")
    for label, text in DIKTUM:
        document.add_paragraph(f"{label}\t:\t{text}")
    _closing(document)
    _team_table(document)
    path = tmp_path / "numbering.docx"
    document.save(path)
    return path


@pytest.mark.parametrize("build", [tab_aligned, borderless_table, word_numbering], ids=lambda f: f.__name__)
def test_drafts_laid_out_three_ways_read_alike(build, tmp_path: Path) -> None:
    result = read(build(tmp_path))
    k = result.keputusan
    assert (k.kepala.pejabat, k.kepala.instansi, k.kepala.nomor) == ("KEPALA", "BALAI CONTOH", "7/KPTS/OT.050/2025")
    assert k.kepala.tentang == "PEMBENTUKAN TIM ZONA INTEGRITAS"
    assert k.jabatan_pembentuk == "KEPALA BALAI CONTOH,"
    assert [(b.label, b.teks) for b in k.menimbang] == [("a.", MENIMBANG[0]), ("b.", MENIMBANG[1])]
    assert [(b.label, b.teks) for b in k.mengingat] == [("1.", MENGINGAT[0]), ("2.", MENGINGAT[1])]
    assert k.mengingat[0].peraturan.judul == "Pelayanan Publik"
    assert k.menetapkan == "KEPUTUSAN KEPALA BALAI CONTOH TENTANG PEMBENTUKAN TIM ZONA INTEGRITAS."
    assert [(d.label, d.teks) for d in k.diktum] == DIKTUM
    assert (k.penetapan.tempat, k.penetapan.tanggal.isoformat(), k.penetapan.nama) == (
        "Bogor",
        "2025-01-04",
        "BUDI SANTOSO",
    )
    assert k.tidak_terurai == []
    lampiran = k.lampiran[0]
    assert isinstance(lampiran, LampiranSusunanTim) and lampiran.judul == "SUSUNAN TIM"
    assert lampiran.kepala.nomor == "7/KPTS/OT.050/2025"
    assert [(g.label, g.nama, len(g.anggota)) for g in lampiran.kelompok] == [
        ("1.", "PENGARAH", 1),
        ("2.", "TIM KERJA", 2),
    ]
    dewi = lampiran.kelompok[1].anggota[1]
    assert (dewi.nama, dewi.nip, dewi.pangkat_golongan, dewi.jabatan, dewi.kedudukan) == (
        "Dewi Lestari",
        "199003032015032003",
        "Penata Muda/IIIa",
        "Analis",
        "Anggota",
    )
    where = result.location("lampiran[0].kelompok[1].anggota[1]")
    assert (where.tabel, where.baris_tabel) == (1 if build is not borderless_table else 3, 7)


def test_tracked_changes_read_as_accepted(tmp_path: Path) -> None:
    document = docx.Document()
    _heading(document)
    w = 'w:id="1" w:author="Staf Hukum" w:date="2025-09-01T00:00:00Z"'
    body_append(
        document,
        p(
            runs=(
                '<w:r><w:t xml:space="preserve">Menimbang : a. bahwa perlu dibentuk </w:t></w:r>'
                f"<w:del {w}><w:r><w:delText>panitia</w:delText></w:r></w:del>"
                f"<w:ins {w}><w:r><w:t>tim</w:t></w:r></w:ins>"
                "<w:r><w:t>;</w:t></w:r>"
            )
        ),
    )
    document.add_paragraph("KESATU : Membentuk tim.")
    path = tmp_path / "tracked.docx"
    document.save(path)
    k = read(path).keputusan
    assert k.menimbang[0].teks == "bahwa perlu dibentuk tim;"
    assert "panitia" not in str(k.model_dump())


def _attachment_header_elsewhere(document, where: str) -> None:
    """A Lampiran whose header block sits in a text box or in a borderless table."""
    header = [
        "LAMPIRAN",
        "KEPUTUSAN KEPALA BALAI CONTOH",
        "NOMOR 7/KPTS/OT.050/2025",
        "TENTANG",
        "PEMBENTUKAN TIM ZONA INTEGRITAS",
    ]
    if where == "text box":
        inner = "".join(p(text) for text in header)
        body_append(document, p(ppr="<w:pageBreakBefore/>", runs=CHOICE_BOX.format(inner=inner)))
    else:
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        table = document.add_table(rows=0, cols=3)
        for label, value in (
            ("LAMPIRAN", "KEPUTUSAN KEPALA BALAI CONTOH"),
            ("NOMOR", "7/KPTS/OT.050/2025"),
            ("TENTANG", "PEMBENTUKAN TIM ZONA INTEGRITAS"),
        ):
            cells = table.add_row().cells
            cells[0].text, cells[1].text, cells[2].text = label, ":", value
    document.add_paragraph("SUSUNAN TIM")
    table = document.add_table(rows=0, cols=4)
    for values in (("NO", "NAMA", "JABATAN", "KEDUDUKAN DALAM TIM"), ("1.", "Siti Aminah", "Kepala Balai", "Ketua")):
        for cell, value in zip(table.add_row().cells, values):
            cell.text = value


@pytest.mark.parametrize("where", ["text box", "table"])
def test_attachment_header_in_a_text_box_or_a_table(where: str, tmp_path: Path) -> None:
    document = docx.Document()
    _heading(document)
    document.add_paragraph("Menimbang\t:\ta.\tbahwa perlu dibentuk tim.")
    document.add_paragraph("KESATU\t:\tMembentuk Tim sebagaimana tercantum dalam Lampiran.")
    _closing(document)
    _attachment_header_elsewhere(document, where)
    path = tmp_path / "kotak.docx"
    document.save(path)
    k = read(path).keputusan
    (lampiran,) = k.lampiran
    assert lampiran.kepala.keputusan == "KEPUTUSAN KEPALA BALAI CONTOH"
    assert (lampiran.kepala.nomor, lampiran.kepala.tentang) == ("7/KPTS/OT.050/2025", "PEMBENTUKAN TIM ZONA INTEGRITAS")
    assert lampiran.judul == "SUSUNAN TIM"
    assert lampiran.kelompok[0].anggota[0].nama == "Siti Aminah"
