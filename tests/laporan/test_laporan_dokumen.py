"""Forum documents and per-person statements (issue 6)."""

from __future__ import annotations

import shutil
from datetime import date

import docx
import pytest

from zi_docs.errors import ZiDocsError
from zi_docs.laporan import Rapat, daftar_orang, dokumen_forum, kunci_nama, peserta, surat_pernyataan
from zi_docs.laporan.berkas import NamaBerkas, slug
from zi_docs.laporan.orang import semua_tim

RAPAT = Rapat(
    tanggal="2025-09-30",
    waktu="09.00 WITA s.d. selesai",
    tempat="Ruang Rapat <Utama> & Aula",
    agenda=["Evaluasi Rencana Aksi triwulan III", "{{ 6*7 }}"],
    keputusan=["Laporan triwulan disampaikan kepada Pengarah"],
    tindak_lanjut=[
        {"uraian": "Unggah bukti dukung", "penanggung_jawab": "Tim Penguatan Pengawasan", "tenggat": "2025-10-31"}
    ],  # fmt: skip
    notulis="Linda Marlis",
)


def test_names_normalised():
    assert kunci_nama("Dr. Linda  Marlis, S.H., M.H.") == kunci_nama("LINDA MARLIS") == "linda marlis"
    assert kunci_nama("Hj. Nurlina S.E.") == "nurlina"
    assert kunci_nama("M. Hady Habibullah") == "m hady habibullah"


def test_safe_file_names():
    assert slug("Dr. Siti Nur'aini, S.H.") == "dr-siti-nuraini-s-h"
    assert slug("Ömer Çelik") == "omer-celik"
    assert slug("CON") == "con-orang" and slug("  ") == "orang" and slug("ابن") == "orang"
    assert len(slug("a " * 200)) <= 80
    nama = NamaBerkas()
    assert [nama("Budi"), nama("BUDI"), nama("budi")] == ["budi", "budi-2", "budi-3"]


def test_attendance_is_the_distinct_members(example, tmp_path):
    teams, orang = peserta(example, ["a.", "pengawasan"])
    assert [t.nama for t in teams] == ["TIM MANAJEMEN PERUBAHAN", "TIM PENGUATAN PENGAWASAN"]
    # The example's two teams have the same six people.
    expected = {kunci_nama(a.nama) for t in teams for a in t.anggota}
    assert len(orang) == len(expected) == 6
    paths = dokumen_forum(example, RAPAT, tmp_path, tim=["a.", "pengawasan"])
    assert [p.name for p in paths] == ["undangan-2025-09-30.docx", "daftar-hadir-2025-09-30.docx",
                                       "notulensi-2025-09-30.docx"]  # fmt: skip
    hadir = docx.Document(paths[1])
    [table] = [t for t in hadir.tables if t.rows[0].cells[0].text == "NO."]
    names = [row.cells[1].text.strip() for row in table.rows[1:]]
    assert sorted(kunci_nama(n) for n in names) == sorted(expected)
    assert "TANDA TANGAN" in [c.text for c in table.rows[0].cells]
    text = "\n".join(p.text for p in hadir.paragraphs) + "".join(
        c.text for t in hadir.tables for r in t.rows for c in r.cells
    )
    assert "Ruang Rapat <Utama> & Aula" in text and "Selasa, 30 September 2025" in text
    notulensi = docx.Document(paths[2])
    body = "\n".join(p.text for p in notulensi.paragraphs)
    assert "{{ 6*7 }}" in body and "42" not in body.replace("Nomor 42", "")
    assert any("Unggah bukti dukung" in c.text for t in notulensi.tables for r in t.rows for c in r.cells)
    with pytest.raises(ZiDocsError, match="tidak ada dalam keputusan"):
        dokumen_forum(example, RAPAT, tmp_path, tim=["tim hantu"])


def test_one_statement_per_distinct_person(example, tmp_path):
    everyone = daftar_orang(semua_tim(example))
    rows = sum(len(t.anggota) for t in semua_tim(example))
    assert len(everyone) < rows  # people in two teams are counted once
    linda = next(o for o in everyone if o.nama == "Linda Marlis")
    assert len(linda.tempat) == 2
    # A handful of people: one file each, named from the name.
    few = everyone[:4] + [linda]
    paths = surat_pernyataan(example, tmp_path, jenis=["pakta-integritas"], orang=few)
    assert [p.name for p in paths] == ["ali-yamin-ishak.docx", "aris.docx", "wiwik-susiati.docx",
                                       "mochamad-misran.docx", "linda-marlis.docx"]  # fmt: skip
    text = "\n".join(p.text for p in docx.Document(paths[-1]).paragraphs)
    assert "PAKTA INTEGRITAS" in text and "KPU Kabupaten Penajam Paser Utara" in text
    cells = " ".join(c.text for t in docx.Document(paths[-1]).tables for r in t.rows for c in r.cells)
    assert "Tim Manajemen Perubahan" in cells and "Tim Penguatan Pengawasan" in cells


def test_combined_statements_one_page_each(example, tmp_path):
    _, orang = peserta(example, ["a.", "e."])
    [path] = surat_pernyataan(example, tmp_path, jenis=["benturan-kepentingan"], tim=["a.", "e."], gabung=True)
    document = docx.Document(path)
    titles = [p for p in document.paragraphs if p.text == "SURAT PERNYATAAN BEBAS BENTURAN KEPENTINGAN"]
    assert len(titles) == len(orang) == 6
    # Every person after the first starts a new page.
    assert [bool(p.style.paragraph_format.page_break_before) for p in titles] == [False] + [True] * 5
    assert document.core_properties.title == "Surat Pernyataan Bebas Benturan Kepentingan"


def test_statements_text_is_literal_and_pool_matches(example, tmp_path):
    from conftest import edited

    def hostile(data):
        data["lampiran"][0]["kelompok"][0]["anggota"][0]["nama"] = "A & <B> {{ 6*7 }}"

    k = edited(example, hostile)
    orang = daftar_orang(semua_tim(k))
    serial = surat_pernyataan(k, tmp_path / "s", orang=orang, workers=1)
    pooled = surat_pernyataan(k, tmp_path / "p", orang=orang, workers=2)  # above MIN_PARALEL: a process pool
    assert [p.relative_to(tmp_path / "s") for p in serial] == [p.relative_to(tmp_path / "p") for p in pooled]
    first = docx.Document(serial[0])
    assert any(p.text == "A & <B> {{ 6*7 }}" for p in first.paragraphs)
    assert serial[0].name == "a-b-6-7.docx"
    assert docx.Document(pooled[0]).paragraphs[-1].text == first.paragraphs[-1].text


def test_statements_progress_is_counted_in_about_ten_lines(example, tmp_path, capsys):
    """The statements use zi_docs.progress: batches of unnamed items are counted, not listed one by one."""
    import io

    from zi_docs.i18n import Message
    from zi_docs.progress import Progress

    out = io.StringIO()
    with Progress(40, Message("menulis surat", "writing statements"), stream=out, lang="id", mode="lines") as bar:
        for _ in range(2):
            bar.advance(20)
    assert out.getvalue().splitlines() == ["[20/40] menulis surat", "[40/40] menulis surat"]
    many = io.StringIO()
    with Progress(500, Message("menulis", "writing"), stream=many, lang="en", mode="lines") as bar:
        for _ in range(25):
            bar.advance(20)
    assert len(many.getvalue().splitlines()) == 10 and many.getvalue().endswith("[500/500] writing\n")
    silent = io.StringIO()
    with Progress(5, Message("x", "x"), stream=silent, mode="off") as bar:
        bar.advance(5)
    assert silent.getvalue() == ""
    _, orang = peserta(example, ["a."])
    surat_pernyataan(example, tmp_path, jenis=["pakta-integritas"], orang=orang, progres="lines", lang="en")
    assert capsys.readouterr().err.splitlines()[-1] == f"[{len(orang)}/{len(orang)}] writing statements"
    surat_pernyataan(example, tmp_path / "b", jenis=["pakta-integritas"], orang=orang, progres="baris")
    assert capsys.readouterr().err.splitlines()[-1] == f"[{len(orang)}/{len(orang)}] menulis surat pernyataan"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_forum_pdf(example, tmp_path):
    paths = dokumen_forum(example, RAPAT, tmp_path, tim=["a."], jenis=("daftar_hadir",), pdf=True)
    assert [p.suffix for p in paths] == [".docx", ".pdf"] and paths[1].stat().st_size > 1000


def test_forum_without_place_and_time_says_so(example, example_path, tmp_path, capsys):
    """Issue 18: no silent gap in the invitation, and a warning on the command line."""
    from test_laporan import cli

    from zi_docs.laporan.forum import BELUM_DITENTUKAN

    rapat = Rapat(tanggal="2025-10-06")
    assert rapat.belum_diisi == ["tempat", "waktu"]
    [undangan] = dokumen_forum(example, rapat, tmp_path / "api", jenis=("undangan",))
    cells = [c.text for t in docx.Document(undangan).tables for r in t.rows for c in r.cells]
    for label in ("Waktu", "Tempat"):
        at = cells.index(label)
        assert BELUM_DITENTUKAN in cells[at : at + 4], (label, cells[at : at + 4])
    code = cli(["laporan", "forum", str(example_path), "--tanggal", "2025-10-06", "--tim", "a.", "-o",
                str(tmp_path / "cli"), "--jenis", "undangan"])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 0 and "peringatan: tempat dan waktu rapat belum diberikan (--tempat, --waktu)" in err
    assert cli(["--lang", "en", "laporan", "forum", str(example_path), "--tanggal", "2025-10-06", "--tempat",
                "Aula", "-o", str(tmp_path / "cli2"), "--jenis", "undangan"]) == 0  # fmt: skip
    err = capsys.readouterr().err
    assert "warning: the meeting's time not given (--waktu)" in err and "place" not in err
    [full] = dokumen_forum(example, RAPAT, tmp_path / "full", jenis=("undangan",))
    full_cells = [c.text for t in docx.Document(full).tables for r in t.rows for c in r.cells]
    assert not any(BELUM_DITENTUKAN in c for c in full_cells) and RAPAT.belum_diisi == []


def test_undated_statement_carries_the_decrees_year(example, tmp_path):
    """Issue 18: a statement for a 2023 decree printed undated says 2023, not the current year."""
    from conftest import edited

    def of_2023(data):
        data["kepala"]["tahun"] = 2023
        data["penetapan"]["tanggal"] = "2023-03-01"

    old = edited(example, of_2023)
    _, orang = peserta(old, ["a."])
    [path] = surat_pernyataan(old, tmp_path, jenis=["pakta-integritas"], orang=orang[:1])
    text = "\n".join(p.text for p in docx.Document(path).paragraphs)
    text += "\n".join(c.text for t in docx.Document(path).tables for r in t.rows for c in r.cells)
    assert "Penajam, ........................ 2023" in text
    [dated] = surat_pernyataan(old, tmp_path / "d", jenis=["pakta-integritas"], orang=orang[:1],
                               tanggal=date(2026, 1, 5))  # fmt: skip
    dated_doc = docx.Document(dated)
    dated_text = "\n".join(p.text for p in dated_doc.paragraphs)
    dated_text += "\n".join(c.text for t in dated_doc.tables for r in t.rows for c in r.cells)
    assert "Penajam, 5 Januari 2026" in dated_text
