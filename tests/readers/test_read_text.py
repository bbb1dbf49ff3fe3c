"""Reading decrees from text as PDF converters produce it: the seed, as published."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import PUBLISHED

import zi_docs
from zi_docs.cli import main
from zi_docs.model import LampiranRencanaAksi, LampiranSusunanTim
from zi_docs.readers import read


@pytest.fixture(scope="module")
def seed():
    return read(PUBLISHED)


def test_seed_heading_and_parts(seed) -> None:
    k = seed.keputusan
    assert k.kepala.tanda_salinan is True
    assert k.kepala.kop == ["KOMISI PEMILIHAN UMUM", "KABUPATEN PETAJAM PASER UTARA"]
    assert (k.kepala.instansi, k.kepala.nomor, k.kepala.tahun) == (
        "KOMISI PEMILIHAN UMUM KABUPATEN PETAJAM PASER UTARA",
        "42",
        2025,
    )
    assert k.kepala.tentang.startswith("PEMBENTUKAN TIM PEMBANGUNAN ZONA INTEGRITAS MENUJU WILAYAH BEBAS")
    assert k.kepala.tentang.endswith("KABUPATEN PETAJAM PASER UTARA TAHUN 2025")
    assert k.jabatan_pembentuk == "KETUA KOMISI PEMILIHAN UMUM KABUPATEN PETAJAM PASER UTARA,"
    assert [b.label for b in k.menimbang] == ["a.", "b."]
    assert k.menimbang[1].teks.startswith("bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a")
    assert [b.label for b in k.mengingat] == ["1.", "2.", "3.", "4."]
    # Item 1 is broken across a page in the source: read back in one piece.
    assert "sebagaimana telah beberapa kali diubah terakhir dengan Peraturan Komisi" in k.mengingat[0].teks
    assert k.mengingat[0].perubahan[0].peraturan.nomor == "12"
    assert k.mengingat[2].peraturan.pengundangan.nomor == "1571"
    assert [b.label for b in k.memperhatikan] == ["1.", "2.", "3."]
    assert k.memperhatikan[2].dokumen.jenis == "DIPA"
    assert k.memperhatikan[0].dokumen.tanggal.isoformat() == "2025-07-17"
    assert k.menetapkan.startswith("KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN PENAJAM PASER UTARA TENTANG")


def test_seed_diktum_with_nested_lists(seed) -> None:
    diktum = seed.keputusan.diktum
    assert [d.label for d in diktum] == ["KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA", "KEENAM", "KETUJUH"]
    kesatu = diktum[0]
    assert [b.label for b in kesatu.rincian] == ["1.", "2."]
    assert [b.label for b in kesatu.rincian[1].rincian] == ["a.", "b.", "c.", "d.", "e.", "f."]
    assert [len(d.rincian) for d in diktum[1:]] == [0, 5, 2, 0, 0, 0]
    tim_kerja = diktum[3].rincian[1]
    assert [b.teks for b in tim_kerja.rincian][5] == "Tim Penguatan Kualitas Pelayanan Publik, bertugas:"
    pelayanan = tim_kerja.rincian[5].rincian
    assert [b.label for b in pelayanan] == ["1)", "2)", "3)", "4)", "5)", "6)"]
    # The fourth level is printed "a." (a mistake kept as printed), nested under 3).
    assert [b.label for b in pelayanan[2].rincian] == ["a.", "b.", "c.", "d.", "e."]
    assert pelayanan[3].teks == "Melakukan survei kepuasan masyarakat terhadap pelayanan;"
    # KEEMPAT 1.c continues after a page break: joined into one item.
    assert diktum[3].rincian[0].rincian[2].teks.endswith("serta memberikan dampak pada masyarakat;")


def test_seed_signature_and_copy_block(seed) -> None:
    k = seed.keputusan
    assert (k.penetapan.tempat, k.penetapan.tanggal.isoformat()) == ("Penajam", "2025-09-08")
    assert k.penetapan.jabatan == "KETUA KOMISI PEMILIHAN UMUM KABUPATEN PENAJAM PASER UTARA,"
    assert (k.penetapan.tanda_tangan, k.penetapan.nama) == ("ttd.", "ALI YAMIN ISHAK")
    assert k.salinan.unit == "SEKRETARIAT KOMISI PEMILIHAN UMUM KABUPATEN PENAJAM PASER UTARA"
    assert k.salinan.jabatan == "H. Kasubag Teknis Penyelenggaraan Pemilu dan Hukum,"
    assert k.salinan.nama is None  # the published copy block has no name: a finding, read as such


EXPECTED_TEAMS = [
    ("1.", "PENGARAH", 5),
    ("2.", "TIM KERJA", 1),
    ("a.", "TIM MANAJEMEN PERUBAHAN", 6),
    ("b.", "TIM PENATAAN TATA LAKSANA", 5),
    ("c.", "TIM PENATAAN SISTEM MANAJEMEN SUMBER DAYA MANUSIA", 5),
    ("d.", "TIM PENGUATAN AKUNTABILITAS KINERJA", 5),
    ("e.", "TIM PENGUATAN PENGAWASAN", 6),
    ("f.", "TIM PENINGKATAN KUALITAS PELAYANAN PUBLIK", 13),
]


def test_seed_member_tables_exactly_as_printed(seed) -> None:
    lampiran = seed.keputusan.lampiran[0]
    assert isinstance(lampiran, LampiranSusunanTim)
    assert lampiran.nomor == "I" and lampiran.judul == "SUSUNAN DAN PERSONALIA"
    assert lampiran.kepala.keputusan == "KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN PETAJAM PASER UTARA"
    assert (lampiran.kepala.nomor, lampiran.kepala.tahun) == ("42", 2025)
    assert [(g.label, g.nama, len(g.anggota)) for g in lampiran.kelompok] == EXPECTED_TEAMS
    pengawasan = lampiran.kelompok[6].anggota
    assert (pengawasan[2].nomor, pengawasan[2].nama, pengawasan[2].jabatan, pengawasan[2].kedudukan) == (
        "3.",
        "Tridion Jonathan Karangan",
        "Penyusun Materi Hukum dan Perundang-Undangan",
        "Anggota",
    )
    sdm = lampiran.kelompok[4].anggota[0]
    assert sdm.jabatan == "Kepala Sub BagianPartisipasi, Hubungan Masyarakat dan Sumber Daya Manusia"
    assert sdm.kedudukan == "Koordinator merangkap Anggota"
    # Rows after the page break inside team b and team f are still in their teams.
    assert [a.nama for a in lampiran.kelompok[3].anggota][-2:] == ["Abdurrahman", "Hery Kusdiyanto"]
    assert lampiran.kelompok[7].anggota[-1].nama == "Nurlina"
    assert lampiran.penandatanganan.nama == "ALI YAMIN ISHAK"
    assert lampiran.salinan.jabatan == "Pih. Kasubbag Teknis Penyelenggaraan Pemilu dan Hukum,"


def test_seed_rencana_aksi(seed) -> None:
    lampiran = seed.keputusan.lampiran[1]
    assert isinstance(lampiran, LampiranRencanaAksi)
    assert lampiran.kepala.keputusan == "KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN PENAJAM PASER UTARA"
    assert lampiran.judul.splitlines()[0] == "RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS"
    assert [(b.nomor, len(b.baris)) for b in lampiran.bagian] == [
        ("I", 5),
        ("II", 5),
        ("III", 3),
        ("IV", 5),
        ("V", 6),
        ("VI", 4),
    ]
    # The section title printed on the page before its numeral is joined to it.
    assert lampiran.bagian[1].judul == "Pelaksanaan, Pengendalian Gratifikasi"
    assert [r.nomor for r in lampiran.bagian[2].baris] == ["1", "1", "2"]  # as printed
    first = lampiran.bagian[0].baris[0]
    assert (first.komponen, first.target_waktu.teks, first.target_capaian.jumlah) == ("Tim Kerja", "September 2025", 1)
    assert lampiran.bagian[0].baris[4].nomor is None  # a continuation row
    assert lampiran.bagian[1].baris[4].target_capaian is None  # the empty cell stays empty
    # Section VI's stray column: the row reads right and the stray "9" is kept.
    vi = lampiran.bagian[5].baris[0]
    assert (vi.nomor, vi.komponen) == ("1", "Implementasi kebijakan pengaudan masyarakat")
    assert [t.teks for t in seed.keputusan.tidak_terurai] == ["9"]


def test_seed_source_map_points_at_lines(seed) -> None:
    lines = PUBLISHED.read_text(encoding="utf-8").splitlines()
    where = seed.location("lampiran[0].kelompok[6].anggota[2]")
    assert "Tridion Jonathan Karangan" in lines[where.baris - 1]
    assert "KEEMPAT" in lines[seed.location("diktum[3]").baris - 1]
    assert "c. memastikan" in lines[seed.location("diktum[3].rincian[0].rincian[2]").baris - 1]
    # A path without its own entry falls back to the nearest enclosing part.
    assert seed.location("lampiran[0].kelompok[6].anggota[2].jabatan") == where


def test_cli_read_prints_yaml_and_unparsed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "seed.yaml"
    assert main(["read", str(PUBLISHED), "-o", str(out)]) == 0
    assert zi_docs.load(out).kepala.nomor == "42"
    assert main(["read", str(PUBLISHED), "--show-unparsed"]) == 0
    printed = capsys.readouterr()
    assert f"{PUBLISHED}: baris 282: 9" in printed.out
    assert "1 potongan teks tidak terurai" in printed.err
    assert main(["read", str(PUBLISHED), "--summary"]) == 0
    assert "Lampiran I: 8 kelompok, 46 anggota" in capsys.readouterr().out
    assert main(["read", str(PUBLISHED), "-o", str(PUBLISHED)]) == 2
    assert "tidak pernah ditimpa" in capsys.readouterr().err


def test_text_that_is_not_utf8_is_read_as_cp1252(tmp_path: Path) -> None:
    path = tmp_path / "cp1252.txt"
    path.write_bytes(PUBLISHED.read_text(encoding="utf-8").replace("Penajam", "Penajam\u2019").encode("cp1252"))
    result = read(path)
    assert result.keputusan.kepala.nomor == "42"
    assert "cp1252" in result.notes[0]("id")
