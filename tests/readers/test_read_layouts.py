"""Layouts of decrees seen in the wild, read into the model.

Each layout comes from a real document (the BPS Tegal Word template in
tests/fixtures/realworld) or is rebuilt here faithfully from one: a DOCX made with
python-docx, or a text as ``pdftotext -layout`` gives it.  Also: what is not a decree
is refused (exit 2), a fragment is read with a note, and pages after the decree
that are no part of it stay apart.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from zi_docs.cli import main
from zi_docs.errors import NotADecreeError, ZiDocsError
from zi_docs.model import LampiranBebas, LampiranSusunanTim, Tabel
from zi_docs.readers import read

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "realworld"
#: A record of a team selection, published with a decree: not a decree itself (kept in a
#: folder of its own so that the tests that check every real decree do not take it for one).
MINUTES = FIXTURES / "not-decrees" / "kanim-surabaya-berita-acara-seleksi-tim-zi-2019-companion.txt"

HEADING_TITLE_CASE = """\
KEMENTERIAN PERTANIAN
BADAN PENELITIAN DAN PENGEMBANGAN PERTANIAN

KEPUTUSAN KEPALA BALAI PENGELOLA ALIH TEKNOLOGI PERTANIAN
Nomor : 105/Kpts/OT.160/H.1.1/2/2020

Tentang

Pembentukan Tim Kerja Pembangunan Zona Integritas
Balai Pengelola Alih Teknologi Pertanian

DENGAN RAHMAT TUHAN YANG MAHA ESA

KEPALA BALAI PENGELOLA ALIH TEKNOLOGI PERTANIAN,

Membaca     : Surat Kepala Badan Nomor B-12/OT.160/H/1/2020 tanggal 6 Januari 2020
              perihal Pembangunan Zona Integritas;

Menimbang   : a. bahwa dalam rangka pembangunan zona integritas perlu dibentuk tim kerja;
              b. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a perlu
                 menetapkan Keputusan;

Mengingat   : 1. Undang-Undang Nomor 28 Tahun 1999 tentang Penyelenggaraan Negara yang Bersih;
              2. Peraturan Presiden Nomor 81 Tahun 2010 tentang Grand Design Reformasi Birokrasi;

                              MEMUTUSKAN:

Menetapkan  :
KEPUTUSAN KEPALA BALAI PENGELOLA ALIH TEKNOLOGI PERTANIAN TENTANG PEMBENTUKAN
TIM KERJA PEMBANGUNAN ZONA INTEGRITAS.

KESATU      : Membentuk Tim Kerja Pembangunan Zona Integritas.
KEDUA       : Keputusan ini mulai berlaku pada tanggal ditetapkan.

                              Ditetapkan di : Bogor
                              Pada tanggal  : 4 Februari 2020
                              Plh. KEPALA BALAI,

                              ttd.

                              Dr. Ir. Ketut Gede Mudiarta, M.Si.
                              NIP. 19650101 199003 1 001
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_title_case_heading_opening_formula_membaca_and_menetapkan_on_following_lines(tmp_path: Path) -> None:
    k = read(_write(tmp_path, "kpts.txt", HEADING_TITLE_CASE)).keputusan
    assert (k.kepala.pejabat, k.kepala.nomor) == ("KEPALA", "105/Kpts/OT.160/H.1.1/2/2020")
    assert (
        k.kepala.tentang == "Pembentukan Tim Kerja Pembangunan Zona Integritas Balai Pengelola Alih Teknologi Pertanian"
    )
    assert k.pembukaan == "DENGAN RAHMAT TUHAN YANG MAHA ESA"
    assert k.jabatan_pembentuk == "KEPALA BALAI PENGELOLA ALIH TEKNOLOGI PERTANIAN,"
    # "Membaca" is a recital of documents read: it is kept with Memperhatikan.
    assert [b.teks[:30] for b in k.memperhatikan] == ["Surat Kepala Badan Nomor B-12/"]
    assert [b.label for b in k.menimbang] == ["a.", "b."]
    assert [b.label for b in k.mengingat] == ["1.", "2."]
    assert k.menetapkan is not None and k.menetapkan.endswith("TIM KERJA PEMBANGUNAN ZONA INTEGRITAS.")
    assert [d.label for d in k.diktum] == ["KESATU", "KEDUA"]
    assert k.penetapan is not None
    assert (k.penetapan.tempat, str(k.penetapan.tanggal)) == ("Bogor", "2020-02-04")
    assert (k.penetapan.jabatan, k.penetapan.nama) == ("Plh. KEPALA BALAI,", "Dr. Ir. Ketut Gede Mudiarta, M.Si.")
    assert k.tidak_terurai == []


def test_menetapkan_absent_and_signature_labels_above_their_values(tmp_path: Path) -> None:
    text = """\
KEPUTUSAN KEPALA BALAI CONTOH
NOMOR 7 TAHUN 2021
TENTANG
TIM KERJA

Menimbang : a. bahwa perlu dibentuk tim;
MEMUTUSKAN:
KESATU : Membentuk tim.
KEDUA : Keputusan ini berlaku sejak ditetapkan.

                       Ditetapkan di :
                       Pada tanggal  :
                       Bogor
                       4 Januari 2021
                       Plt. KEPALA BALAI,

                       ttd.

                       Ir. Siti Aminah, M.Sc., Ph.D.
"""
    k = read(_write(tmp_path, "plt.txt", text)).keputusan
    assert k.menetapkan is None and [d.label for d in k.diktum] == ["KESATU", "KEDUA"]
    assert k.penetapan is not None
    assert (k.penetapan.tempat, str(k.penetapan.tanggal)) == ("Bogor", "2021-01-04")
    assert (k.penetapan.jabatan, k.penetapan.nama) == ("Plt. KEPALA BALAI,", "Ir. Siti Aminah, M.Sc., Ph.D.")


def test_place_and_date_on_one_line(tmp_path: Path) -> None:
    text = HEADING_TITLE_CASE.replace(
        "Ditetapkan di : Bogor\n                              Pada tanggal  : 4 Februari 2020",
        "Ditetapkan di : Pada tanggal : 4 Februari 2020",
    )
    k = read(_write(tmp_path, "oneline.txt", text)).keputusan
    assert k.penetapan is not None and (k.penetapan.tempat, str(k.penetapan.tanggal)) == (None, "2020-02-04")


def test_twenty_mengingat_over_two_pages_spaced_keywords_and_a_n(tmp_path: Path) -> None:
    lines = [
        "KEPUTUSAN BUPATI BOGOR",
        "NOMOR : 800/Kpts/Per-UU/2021",
        "",
        "TENTANG",
        "",
        "PEMBENTUKAN TIM ZONA INTEGRITAS",
        "",
        "BUPATI BOGOR,",
        "",
        "M e n i m b a n g : a. bahwa perlu dibentuk tim;",
        "                    b. bahwa perlu menetapkan Keputusan Bupati;",
        "",
    ]
    for n in range(1, 21):
        lead = "M e n g i n g a t : " if n == 1 else "                    "
        lines.append(f"{lead}{n}. Peraturan Nomor {n} Tahun {2000 + n} tentang Hal Ke-{n};")
        if n == 11:  # the catchword, the page break and the next page's number
            lines += ["", "                                   12. Peraturan ...", "\f", "                - 2 -", ""]
    lines += [
        "",
        "MEMUTUSKAN:",
        "Menetapkan : KEPUTUSAN BUPATI TENTANG PEMBENTUKAN TIM ZONA INTEGRITAS.",
        "KESATU : Membentuk tim.",
        "KEDUA : Keputusan ini berlaku sejak ditetapkan.",
        "",
        "          Ditetapkan di Cibinong",
        "          pada tanggal 5 Maret 2021",
        "          a.n. BUPATI BOGOR",
        "          SEKRETARIS DAERAH,",
        "",
        "          ttd.",
        "",
        "          Prof. Dr. H. BURHANUDIN, M.Si.",
        "          NIP. 19680101 199003 1 001",
    ]
    k = read(_write(tmp_path, "bogor.txt", "\n".join(lines) + "\n")).keputusan
    assert [b.label for b in k.menimbang] == ["a.", "b."]
    assert [b.label for b in k.mengingat] == [f"{n}." for n in range(1, 21)]
    assert k.mengingat[11].teks == "Peraturan Nomor 12 Tahun 2012 tentang Hal Ke-12;"
    assert k.penetapan is not None
    assert k.penetapan.jabatan == "a.n. BUPATI BOGOR SEKRETARIS DAERAH,"
    assert k.penetapan.nama == "Prof. Dr. H. BURHANUDIN, M.Si."


def test_bps_template_stacked_keywords_and_its_three_attachments() -> None:
    """The Word template's Menimbang and Mengingat stand in one cell, all their items in
    the next; its Lampiran headers stand in a borderless table at the right."""
    k = read(FIXTURES / "bps-tegal-keputusan-template-tim-2025.docx").keputusan
    assert [b.label for b in k.menimbang] == ["a."]
    assert [b.label for b in k.mengingat] == [f"{n}." for n in range(1, 7)]
    assert k.mengingat[5].peraturan is not None and k.mengingat[5].peraturan.nomor == "94"
    assert [lam.jenis for lam in k.lampiran] == ["susunan_tim", "bebas", "bebas"]
    team = k.lampiran[0]
    assert isinstance(team, LampiranSusunanTim) and team.kepala is not None
    assert team.kepala.tentang.startswith("{{ NAMA_TIM_KAPITAL }} BADAN PUSAT STATISTIK KOTA TEGAL")
    assert [m.kedudukan for m in team.kelompok[0].anggota] == [
        "Penanggung Jawab",
        "Koordinator",
        "{{ person.jabatan }}",
    ]
    duties = k.lampiran[1]
    assert isinstance(duties, LampiranBebas) and duties.judul.startswith("URAIAN TUGAS")  # duties, not a team
    table = k.lampiran[2]
    assert isinstance(table, LampiranBebas) and isinstance(table.isi[0], Tabel)
    assert table.isi[0].baris[0] == ["No", "Kedudukan dalam Tim", "Keterangan"] and table.isi[0].baris_judul == 2
    # Only the template's Jinja loop tags are left over.
    assert [t.teks for t in k.tidak_terurai] == ["{% for person in anggota %}", "{% endfor %}"]


def test_docx_item_numbers_in_one_cell_and_texts_in_the_next(tmp_path: Path) -> None:
    document = docx.Document()
    for text in ("KEPUTUSAN KEPALA BALAI CONTOH", "NOMOR 7/KPTS/2025", "TENTANG", "TIM KERJA", "KEPALA BALAI CONTOH,"):
        document.add_paragraph(text)
    table = document.add_table(rows=2, cols=4)
    laws = ["Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;", "Peraturan Presiden Nomor 81 Tahun 2010;"]
    for row, (word, labels, texts) in zip(
        table.rows,
        [
            ("Menimbang", ["a.", "b."], ["bahwa perlu tim;", "bahwa perlu Keputusan;"]),
            ("Mengingat", ["1.", "2."], laws),
        ],
        strict=True,
    ):
        row.cells[0].text, row.cells[1].text = word, ":"
        row.cells[2].text, row.cells[3].text = "\n".join(labels), "\n".join(texts)
    document.add_paragraph("MEMUTUSKAN:")
    document.add_paragraph("KESATU\t:\tMembentuk tim.")
    signature = document.add_table(rows=1, cols=3)
    for cell, text in zip(
        signature.rows[0].cells, ("Ditetapkan di\nPada tanggal", ":\n:", "Bogor\n4 Januari 2025"), strict=True
    ):
        cell.text = text
    for text in ("KEPALA BALAI CONTOH,", "BUDI SANTOSO"):
        document.add_paragraph(text)
    path = tmp_path / "stacked.docx"
    document.save(path)
    k = read(path).keputusan
    assert [(b.label, b.teks) for b in k.menimbang] == [("a.", "bahwa perlu tim;"), ("b.", "bahwa perlu Keputusan;")]
    assert [(b.label, b.teks) for b in k.mengingat] == [("1.", laws[0]), ("2.", laws[1])]
    assert k.penetapan is not None
    assert (k.penetapan.tempat, str(k.penetapan.tanggal), k.penetapan.nama) == ("Bogor", "2025-01-04", "BUDI SANTOSO")


NOT_DECREES = {
    "belanja.txt": "Daftar belanja\n- beras 5 kg\n- minyak goreng 2 liter\n- telur 1 kg\n",
    "surat.txt": "Kepada Yth.\nBapak Kepala Dinas\ndi Tempat\n\nDengan hormat,\nKami mengundang Bapak rapat.\n\nHormat kami,\nBudi\n",
    "lembar.txt": "No,Nama,Jumlah,Harga\n1,Beras,5,60000\n2,Minyak,2,30000\n",
    "anggota.txt": "No\tNama\tNIP\tJabatan\n1\tBudi Santoso\t198001012005011001\tAnalis\n",  # tabs: a table
}


def _not_decrees(tmp_path: Path) -> list[Path]:
    paths = [_write(tmp_path, name, text) for name, text in NOT_DECREES.items()]
    noise = tmp_path / "acak.txt"
    noise.write_bytes(bytes((i * 7919 + 13) % 256 for i in range(3000)))  # bytes without any text
    letter = docx.Document()
    for text in NOT_DECREES["surat.txt"].splitlines():
        letter.add_paragraph(text)
    letter.save(tmp_path / "surat.docx")
    return [*paths, noise, tmp_path / "surat.docx", MINUTES]


def test_what_is_not_a_decree_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from zi_docs import check_file

    for path in _not_decrees(tmp_path):
        with pytest.raises(NotADecreeError) as raised:
            read(path)
        assert isinstance(raised.value, ZiDocsError) and raised.value.path == str(path)
        assert isinstance(check_file(path).error, NotADecreeError)
        assert main(["read", str(path)]) == 2
        assert "bukan keputusan" in capsys.readouterr().err
        assert main(["--lang", "en", "check", str(path)]) == 2
        out = capsys.readouterr()
        assert "not a decree" in out.out + out.err and "Traceback" not in out.out + out.err


def test_fragments_are_read_with_a_note(tmp_path: Path) -> None:
    source = (FIXTURES / "kanim-surabaya-keputusan-w15-imi-1144-2019-tim-agen-perubahan.txt").read_text(
        encoding="utf-8"
    )
    start = source.index("LAMPIRAN")
    only_lampiran = read(_write(tmp_path, "lampiran.txt", source[start:]))
    assert [lam.jenis for lam in only_lampiran.keputusan.lampiran] == ["susunan_tim"]
    assert len(only_lampiran.keputusan.lampiran[0].kelompok[0].anggota) == 5
    assert any("tidak ditemukan kepala" in note("id") and "diktum" in note("id") for note in only_lampiran.notes)
    first_page = read(_write(tmp_path, "first.txt", source[: source.index("MEMUTUSKAN")]))
    assert len(first_page.keputusan.menimbang) == 4 and not first_page.keputusan.diktum
    assert any("no diktum" in note("en") for note in first_page.notes)


def test_pages_after_the_decree_that_are_not_part_of_it_stay_apart(tmp_path: Path) -> None:
    decree = (FIXTURES / "kanim-surabaya-keputusan-w15-imi-1144-2019-tim-agen-perubahan.txt").read_text(
        encoding="utf-8"
    )
    minutes = (MINUTES).read_text(encoding="utf-8")
    both = read(_write(tmp_path, "both.txt", decree + "\n\f\n" + minutes.split("\n", 1)[1]))
    alone = read(FIXTURES / "kanim-surabaya-keputusan-w15-imi-1144-2019-tim-agen-perubahan.txt")
    k = both.keputusan
    assert k.model_dump(exclude={"tidak_terurai"}) == alone.keputusan.model_dump(exclude={"tidak_terurai"})
    kept = " ".join(t.teks for t in k.tidak_terurai)
    assert "BERITA ACARA" in kept and "Nanang Mustofa" in kept
    assert any("BERITA ACARA" in note("id") for note in both.notes)


def test_a_service_table_is_a_table_not_a_plan(tmp_path: Path) -> None:
    text = """\
KEPUTUSAN KEPALA BALAI CONTOH
NOMOR 9 TAHUN 2021
TENTANG
STANDAR PELAYANAN

Menimbang : a. bahwa perlu standar pelayanan;
MEMUTUSKAN:
KESATU : Menetapkan standar pelayanan sebagaimana tercantum dalam Lampiran.

Ditetapkan di Bogor
pada tanggal 4 Januari 2021
KEPALA BALAI,
BUDI

LAMPIRAN
KEPUTUSAN KEPALA BALAI CONTOH
NOMOR 9 TAHUN 2021

STANDAR PELAYANAN

No   Jenis Layanan              Kegiatan                 Waktu Penyelesaian
1    Perpustakaan               Peminjaman buku          15 menit
2    Konsultasi                 Tatap muka               1 hari
"""
    k = read(_write(tmp_path, "spm.txt", text)).keputusan
    lampiran = k.lampiran[0]
    assert isinstance(lampiran, LampiranBebas) and lampiran.judul == "STANDAR PELAYANAN"
    table = lampiran.isi[0]
    assert isinstance(table, Tabel) and table.baris_judul == 1
    assert table.baris == [
        ["No", "Jenis Layanan", "Kegiatan", "Waktu Penyelesaian"],
        ["1", "Perpustakaan", "Peminjaman buku", "15 menit"],
        ["2", "Konsultasi", "Tatap muka", "1 hari"],
    ]


def _decree_page(document) -> None:
    for text in (
        "KEPUTUSAN KEPALA BALAI CONTOH",
        "NOMOR 7/KPTS/2025",
        "TENTANG",
        "TIM KERJA",
        "KEPALA BALAI CONTOH,",
        "Menimbang\t:\ta.\tbahwa perlu tim;",
        "MEMUTUSKAN:",
        "KESATU\t:\tMembentuk tim sebagaimana tercantum dalam Lampiran.",
        "Ditetapkan di Bogor",
        "pada tanggal 4 Januari 2025",
        "KEPALA BALAI CONTOH,",
        "BUDI SANTOSO",
    ):
        document.add_paragraph(text)


def test_docx_member_table_with_columns_in_another_order(tmp_path: Path) -> None:
    """NAMA / NIP first, the number second, PANGKAT/GOL., JABATAN DALAM TIM and KETERANGAN;
    merged group rows; a header row repeated on every page; headed "LAMPIRAN KEPUTUSAN …"."""
    from docx.enum.text import WD_BREAK
    from docx.oxml import OxmlElement

    document = docx.Document()
    _decree_page(document)
    document.add_paragraph("LAMPIRAN KEPUTUSAN KEPALA BALAI CONTOH").runs[0].add_break(WD_BREAK.PAGE)
    document.add_paragraph("NOMOR 7/KPTS/2025")
    document.add_paragraph("")
    document.add_paragraph("SUSUNAN TIM KERJA")
    table = document.add_table(rows=0, cols=6)
    header = table.add_row()
    for cell, text in zip(
        header.cells, ("NAMA / NIP", "NO.", "PANGKAT/GOL.", "JABATAN", "JABATAN DALAM TIM", "KETERANGAN")
    ):
        cell.text = text
    header._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    rows = [
        ("PENGARAH",),
        ("Dr. Ir. Ani, M.Si.\nNIP. 19650101 199003 2 001", "1.", "Pembina/IVa", "Kepala Balai", "Pengarah", "-"),
        ("TIM PELAKSANA",),
        ("Budi\nNIP. 19800101 200501 1 001", "2.", "Penata/IIIc", "Analis", "Ketua", ""),
        ("Citra", "3.", "Penata Muda/IIIa", "Pranata", "Anggota", ""),
    ]
    for values in rows:
        row = table.add_row()
        if len(values) == 1:
            row.cells[0].merge(row.cells[5]).text = values[0]
        else:
            for cell, text in zip(row.cells, values):
                cell.text = text
    path = tmp_path / "members.docx"
    document.save(path)
    k = read(path).keputusan
    team = k.lampiran[0]
    assert isinstance(team, LampiranSusunanTim) and team.kepala is not None
    assert team.kepala.keputusan == "KEPUTUSAN KEPALA BALAI CONTOH" and team.judul == "SUSUNAN TIM KERJA"
    assert [(g.nama, len(g.anggota)) for g in team.kelompok] == [("PENGARAH", 1), ("TIM PELAKSANA", 2)]
    first = team.kelompok[0].anggota[0]
    assert (first.nomor, first.nama, first.nip, first.pangkat_golongan) == (
        "1.",
        "Dr. Ir. Ani, M.Si.",
        "19650101 199003 2 001",
        "Pembina/IVa",
    )
    assert (first.jabatan, first.kedudukan, first.kolom_lain) == ("Kepala Balai", "Pengarah", {"KETERANGAN": "-"})
    assert k.tidak_terurai == []


def test_text_member_table_aligned_with_spaces_and_roman_groups(tmp_path: Path) -> None:
    text = """\
KEPUTUSAN KEPALA BALAI CONTOH
NOMOR 7/KPTS/2025
TENTANG
TIM KERJA

Menimbang : a. bahwa perlu tim;
MEMUTUSKAN:
KESATU : Membentuk tim sebagaimana tercantum dalam Lampiran.

Ditetapkan di Bogor
pada tanggal 4 Januari 2025
KEPALA BALAI CONTOH,
BUDI SANTOSO

                                        LAMPIRAN
                                        KEPUTUSAN KEPALA BALAI CONTOH
                                        NOMOR 7/KPTS/2025

                         SUSUNAN TIM KERJA

 NO     NAMA                      NIP                   PANGKAT/GOL       JABATAN DALAM TIM
 I.     PENGARAH
 1.     Dr. Ir. Ani, M.Si.        196501011990032001    Pembina/IVa       Pengarah
 II.    PELAKSANA
 2.     Budi Santoso, S.P.        198001012005011001    Penata/IIIc       Ketua
 3.     Citra Lestari             198502022010012002    Penata Muda/IIIa  Anggota
"""
    k = read(_write(tmp_path, "aligned.txt", text)).keputusan
    team = k.lampiran[0]
    assert isinstance(team, LampiranSusunanTim)
    assert [(g.label, g.nama, [m.nama for m in g.anggota]) for g in team.kelompok] == [
        ("I.", "PENGARAH", ["Dr. Ir. Ani, M.Si."]),
        ("II.", "PELAKSANA", ["Budi Santoso, S.P.", "Citra Lestari"]),
    ]
    assert team.kelompok[1].anggota[1].pangkat_golongan == "Penata Muda/IIIa"


def test_ocr_damaged_item_numbers_where_the_next_number_is_due(tmp_path: Path) -> None:
    """ "7," for "7.", "1O." for "10.", "I l." for "11.", "t2." for "12." (the polban scan's
    OCR layer); a number inside a sentence ("dengan 13, Peraturan") stays text."""
    laws = [f"{n}. Undang-Undang Nomor {n} Tahun {2000 + n};" for n in range(1, 7)]
    damaged = ["7, Peraturan Pemerintah Nomor 7 Tahun 2007;", "8. Peraturan Pemerintah Nomor 8 Tahun 2008;"]
    damaged += ["9. Peraturan Pemerintah Nomor 9 Tahun 2009;", "1O. Peraturan Presiden Nomor 10 Tahun 2010;"]
    damaged += ["I l. Peraturan Presiden Nomor 11 Tahun 2011;", "t2. Peraturan Menteri Nomor 12 Tahun 2012, yang"]
    damaged += ["diubah dengan 13, Peraturan lain;"]
    items = "\n".join(("Mengingat : " if i == 0 else "            ") + text for i, text in enumerate(laws + damaged))
    text = f"""\
KEPUTUSAN DIREKTUR POLITEKNIK CONTOH
NOMOR 5 TAHUN 2023
TENTANG
TIM KERJA

Menimbang : a. bahwa perlu tim;
{items}
MEMUTUSKAN:
KESATU : Membentuk tim.
"""
    k = read(_write(tmp_path, "ocr.txt", text)).keputusan
    assert [b.label for b in k.mengingat] == [f"{n}." for n in range(1, 13)]
    assert k.mengingat[11].teks == "Peraturan Menteri Nomor 12 Tahun 2012, yang diubah dengan 13, Peraturan lain;"
