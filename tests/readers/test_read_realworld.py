"""Real decrees of other Indonesian offices, as published, read into the model.

Each document has its own expectations: what a reader of the page finds there
(heading, Menimbang and Mengingat items, diktum, member tables).  Mistakes in the
originals are read as printed.  The files are copies of ../shared/realworld with
their sources on their first line (see tests/fixtures/realworld/README.md).
"""

from __future__ import annotations

import json
import re
import shutil
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from zi_docs.model import LampiranBebas, LampiranRencanaAksi, LampiranSusunanTim
from zi_docs.readers import read

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "realworld"
#: Scans without a text layer: read only through OCR.
SCANS = {"bpatp-kementan-keputusan-16-2021-agen-perubahan.pdf", "polban-sk-maklumat-pelayanan-scan.pdf"}
needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="Tesseract is not installed (apt-get install tesseract-ocr-ind)"
)


@dataclass
class Expect:
    jenis: str
    nomor: str
    menimbang: int
    mengingat: int
    diktum: list[str]
    pejabat: str | None = None
    penanda_tangan: str | None = None
    teams: list[int] = field(default_factory=list)
    """Members per group of the first member table, in the Lampiran or a diktum."""
    lampiran: list[str] = field(default_factory=list)
    tembusan: int = 0
    memperhatikan: int = 0
    signature: bool = True
    """Whether the signatory's name is checked: not where OCR garbled it or a paraf box
    is printed across the signature."""


ORDINALS = ["KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA", "KEENAM", "KETUJUH", "KEDELAPAN"]

CASES = {
    "balitbangtan-keputusan-kepala-badan-163-2020-dewan-redaksi-jurnal.txt": Expect(
        "KEPUTUSAN",
        "163/Kpts/OT.050/H/02/2020",
        5,
        9,
        ORDINALS[:6],
        "KEPALA",
        "FADJRY DJUFRY",
        teams=[2, 1, 10, 8],
        lampiran=["susunan_tim"],
        tembusan=4,
    ),
    "bpatp-kementan-keputusan-124-2021-standar-pelayanan-publik.txt": Expect(
        "KEPUTUSAN",
        "124/KPTS/OT.080/H.1.1/07/2021",
        2,
        13,
        ORDINALS[:4],
        "KEPALA",
        "Dr. Ir. Ketut Gede Mudiarta, M.Si",
        lampiran=["bebas"],
    ),
    "bpatp-kementan-keputusan-14-2020-penetapan-ppid.txt": Expect(
        "KEPUTUSAN",
        "14/Kpts/KU.040/H.1.1/1/2020",
        3,
        6,
        ["Kesatu", "Kedua", "Ketiga", "Keempat"],
        None,
        "Dr. Ir. Ketut Gede Mudiarta, M.Si",
        lampiran=["bebas"],
        tembusan=4,
    ),
    "bpatp-kementan-keputusan-16-2021-agen-perubahan.txt": Expect(
        "KEPUTUSAN",
        "16/Kpts/KU.040/H.1.1/1/2021",
        3,
        4,
        ["Kesatu", "Kedua", "Ketiga", "Keempat"],
        None,
        "Dr. Ir. Ketut Gede Mudiarta, M.Si",
        teams=[4],
        tembusan=4,
        memperhatikan=1,
    ),
    "bpatp-kementan-keputusan-21-2021-kode-etik-pegawai.txt": Expect(
        "KEPUTUSAN",
        "21/Kpts/KU.040/H.1.1/1/2021",
        2,
        14,
        [f"Pasal {n}" for n in range(1, 7)],
        None,
        "Dr. Ir. Ketut Gede Mudiarta, M.Si",
        tembusan=4,
    ),
    "bpatp-kementan-keputusan-kpa-18-2021-satlak-spi.txt": Expect(
        "KEPUTUSAN",
        "18/Kpts/OT.140/I.1.1/01/2021",
        4,
        11,
        ["PERTAMA", *ORDINALS[1:4]],
        "KUASA PENGGUNA ANGGARAN",
        "Dr. Ir. Ketut Gede Mudiarta, M.Si",
        teams=[9],
        lampiran=["susunan_tim"],
        tembusan=4,
    ),
    "bpatp-kementan-surat-keputusan-104-2021-maklumat-pelayanan.txt": Expect(
        "SURAT KEPUTUSAN",
        "104/Kpts/OT.250/H.1.1/1/2021",
        1,
        2,
        ORDINALS[:2],
        "KEPALA",
        "Dr. Ir. Ketut Gede Mudiarta, M.Si",
    ),
    "bpatp-kementan-surat-keputusan-42-2021-daftar-informasi-publik.txt": Expect(
        "SURAT KEPUTUSAN",
        "42/Kpts/OT.240/H.1.1/1/2021",
        2,
        9,
        ["Kesatu", "Kedua", "Ketiga"],
        "KEPALA",
        "Dr. Ir. Ketut Gede Mudiarta, M.Si",
    ),
    "kanim-surabaya-keputusan-w15-imi-1144-2019-tim-agen-perubahan.txt": Expect(
        "KEPUTUSAN",
        "W.15.IMI.IMI.1-1144-PW.01.01",
        4,
        14,
        ORDINALS[:3],
        "KEPALA",
        "Barlian",
        teams=[5],
        lampiran=["susunan_tim"],
        tembusan=5,
    ),
    "kanim-surabaya-keputusan-w15-imi-1633-2019-rencana-aksi-zi.txt": Expect(
        "KEPUTUSAN",
        "W.15.IMI.IMI.01-1633-2-UM.01.01",
        3,
        14,
        ORDINALS[:2],
        "KEPALA",
        "Barlian",
        lampiran=["rencana_aksi"],
        tembusan=5,
    ),
    "kemendikbudristek-keputusan-menteri-433-m-2021-spm-polban.txt": Expect(
        "KEPUTUSAN",
        "433/M/2021",
        1,
        6,
        ORDINALS[:8],
        "MENTERI",
        "NADIEM ANWAR MAKARIM",
        lampiran=["bebas"],
    ),
    "polban-keputusan-direktur-b-154-2023-tim-kerja-zi-wbbm.txt": Expect(
        "KEPUTUSAN",
        "B/154/PL1/HK.02.00/2023",
        3,
        21,
        ORDINALS[:4],
        "DIREKTUR",
        "MARWANSYAH",
        teams=[14],
        lampiran=["susunan_tim"],
        memperhatikan=1,
    ),
    "polban-keputusan-direktur-b-77-2024-maklumat-pelayanan.txt": Expect(
        "KEPUTUSAN",
        "B/77/PL1/HK.02.00/2024",
        3,
        9,
        ORDINALS[:3],
        "DIREKTUR",
        "MARWANSYAH, S.E., M.SI., Ph.D.",
        lampiran=["bebas"],
    ),
}


# The originals in other formats, and the regulations, counted by hand from the page.
CASES |= {
    "bps-tegal-keputusan-template-tim-2025.docx": Expect(
        "KEPUTUSAN",
        "{{ NO_SURAT }}",
        1,
        6,
        ORDINALS[:4],
        "KEPALA",
        "EMAN SULAEMAN",
        teams=[3],
        lampiran=["susunan_tim", "bebas", "bebas"],
    ),
    "kemendikbudristek-kepmen-433-m-2021-spm-polban.pdf": Expect(
        "KEPUTUSAN",
        "433/M/2021",
        1,
        6,
        ORDINALS[:8],
        "MENTERI",
        "NADIEM ANWAR MAKARIM",
        lampiran=["bebas"],  # a service-standards table, not a Rencana Aksi
    ),
    "kemenhub-peraturan-menteri-pm-2-2025-angkutan-udara.txt": Expect(
        "PERATURAN",
        "PM 2",
        3,
        8,
        ["Pasall", "Pasal II"],  # an amending regulation; OCR printed "Pasal I" as "Pasall"
        None,
        "DUDY PURWAGANDHI",
    ),
    "perbup-kotabaru-18-2019-perubahan-kedua-hak-keuangan-dprd-mislabeled-pmk-009-2025.txt": Expect(
        "PERATURAN", "18", 2, 9, ["Pasal I", "Pasal II"], "BUPATI", "SAYED AFAR"
    ),
    "perbup-tapin-2019-dana-desa-ocr-mislabeled-pmk-015-2025.txt": Expect(
        "PERATURAN",
        "",  # "NOMOR" printed without a number
        2,
        21,  # 26 items, of which OCR left 21 with a label (13 read "3.", 25 read "5.")
        [
            *(f"Pasal {n}" for n in range(1, 4)),
            "Pasa] 4",
            *(f"Pasal {n}" for n in range(5, 15)),
            "Pasal 16",
            "Pasal 17",
        ],
        "BUPATI",
        signature=False,  # OCR garbled the date and the name
    ),
    "perda-kab-banjarnegara-8-2025-perubahan-pajak-retribusi-daerah.txt": Expect(
        "PERATURAN",
        "8",
        4,
        11,
        ["Pasal I", "Pasal II"],
        None,
        signature=False,  # a paraf table across the signature
    ),
    "perwali-surakarta-2013-raskinda-ocr-mislabeled-pmk-001-2025.txt": Expect(
        "PERATURAN", "", 3, 10, [f"Pasal {n}" for n in range(1, 13)], None, "FX.HADIRUDYATMO~"
    ),
    "pmk-96-2025-perubahan-pmk-237-2022-penelitian-dugaan-pelanggaran-cukai.txt": Expect(
        "PERATURAN",
        "96",
        3,
        6,
        ["Pasal I", "Pasal II"],
        "MENTERI",
        "PURBAYA YUDHI SADEWA",
        lampiran=["bebas"],
    ),
}
#: Counted by hand; read with ``ocr=True``: the scanner's OCR layer damages labels ("KETICA",
#: "Memperhatikar", "I O." in a catchword), and it read the rotated member table (pages 5-6)
#: sideways, so those pages are recognised again with Tesseract.
OCR_CASES = {
    "polban-keputusan-b154-2023-tim-kerja-zi-wbbm.pdf": Expect(
        "KEPUTUSAN",
        "B/154/PL1/HK.O2.OO/2023",  # O for 0, as the scanner's OCR layer has it: read as printed
        3,
        21,
        ORDINALS[:4],
        "DIREKTUR",
        "MARWANSYAH",
        teams=[14],
        lampiran=["susunan_tim"],
        memperhatikan=1,
    ),
}


@pytest.mark.parametrize("name", [*sorted(CASES), *(pytest.param(name, marks=needs_tesseract) for name in OCR_CASES)])
def test_real_decree_reads_with_its_parts(name: str) -> None:
    expect = CASES.get(name) or OCR_CASES[name]
    k = read(FIXTURES / name, ocr=name in OCR_CASES).keputusan
    assert (k.kepala.jenis, k.kepala.nomor, k.kepala.pejabat) == (expect.jenis, expect.nomor, expect.pejabat)
    assert (len(k.menimbang), len(k.mengingat)) == (expect.menimbang, expect.mengingat)
    assert len(k.memperhatikan) == expect.memperhatikan
    assert all(item.teks for item in [*k.menimbang, *k.mengingat])
    assert [d.label for d in k.diktum] == expect.diktum
    assert all(d.teks for d in k.diktum)
    assert k.penetapan is not None
    if expect.signature:
        assert k.penetapan.nama == expect.penanda_tangan
    assert [lampiran.jenis for lampiran in k.lampiran] == expect.lampiran
    assert len(k.tembusan) == expect.tembusan
    tables = [lam.kelompok for lam in k.lampiran if isinstance(lam, LampiranSusunanTim)]
    tables += [d.kelompok for d in k.diktum if d.kelompok]
    if expect.teams:
        assert [len(group.anggota) for group in tables[0]] == expect.teams
        assert all(member.nama for group in tables[0] for member in group.anggota)


def test_polban_member_table_across_pages_and_columns() -> None:
    k = read(FIXTURES / "polban-keputusan-direktur-b-154-2023-tim-kerja-zi-wbbm.txt").keputusan
    members = k.lampiran[0].kelompok[0].anggota
    # The header repeated on page 6 is not a member; NIP is a column of its own.
    assert [m.nomor for m in members] == [str(n) for n in range(1, 15)]
    assert (members[0].nama, members[0].nip, members[0].jabatan) == (
        "Marwansyah, S.E., M.Si., Ph.D.",
        "196405041990031002",
        "Pengarah",
    )
    # The catchword "10. Peraturan..." and the page number "-2-" are gone: item 10 once.
    assert [m.label for m in k.mengingat] == [f"{n}." for n in range(1, 22)]


def test_mistakes_are_read_as_printed() -> None:
    kpa = read(FIXTURES / "bpatp-kementan-keputusan-kpa-18-2021-satlak-spi.txt").keputusan
    # The Lampiran names another issuer and another number than the heading.
    assert kpa.lampiran[0].kepala.keputusan == "KEPUTUSAN KEPALA BALAI PENGELOLA ALIH TEKNOLOGI PERTANIAN"
    assert kpa.lampiran[0].kepala.nomor == "18/KPTS/KU.040/H.1.1/1/2021"
    agen = read(FIXTURES / "bpatp-kementan-keputusan-16-2021-agen-perubahan.txt").keputusan
    assert agen.menimbang[0].teks.startswith("bahwa bahwa sebagai upaya")
    assert agen.jabatan_pembentuk == ""  # none is printed
    assert agen.diktum[0].kelompok[0].anggota[1].nip == "19700209200003101"  # a NIP one digit short
    kanim = read(FIXTURES / "kanim-surabaya-keputusan-w15-imi-1144-2019-tim-agen-perubahan.txt").keputusan
    assert "huruf a dan b" in kanim.menimbang[3].teks
    assert kanim.mengingat[-1].teks.endswith(";")


def test_plan_attached_without_a_lampiran_heading() -> None:
    k = read(FIXTURES / "kanim-surabaya-keputusan-w15-imi-1633-2019-rencana-aksi-zi.txt").keputusan
    plan = k.lampiran[0]
    assert isinstance(plan, LampiranRencanaAksi) and plan.nomor is None
    assert plan.judul == "RENCANA AKSI DAN TARGET PRIORITAS PEMBANGUNAN ZI MENUJU WBK/WBBM"
    assert [(b.nomor, b.judul, len(b.baris)) for b in plan.bagian] == [
        ("I", "Manajemen Perubahan", 7),
        ("II", "Penataan Tata Laksana", 5),
    ]
    first = plan.bagian[0].baris[0]
    assert (first.komponen, first.target_waktu.teks) == ("Tim Kerja", "B03")


def test_free_form_lampiran_keeps_its_text() -> None:
    k = read(FIXTURES / "bpatp-kementan-keputusan-124-2021-standar-pelayanan-publik.txt").keputusan
    lampiran = k.lampiran[0]
    assert isinstance(lampiran, LampiranBebas)
    assert lampiran.kepala.nomor == "124/KPTS/OT.080/H.1.1/01/2021"  # the month differs from the heading's
    text = " ".join(block.teks for block in lampiran.isi if block.jenis == "paragraf")
    assert "Balai Pengelola Alih Teknologi Pertanian (Balai PATP) merupakan Unit Pelaksana" in text


#: Words the parser turns into structure rather than text: keywords, labels and the
#: enactment's phrases, column headers of member and plan tables, month names of dates
#: it parsed.  Each may be missing from the model; every other word is there as often
#: as it is in the input.
STRUCTURE_WORDS = {
    w.casefold()
    for w in [
        "Ditetapkan",
        "MEMUTUSKAN",
        "Menetapkan",
        "Mengingat",
        "Menimbang",
        "Memperhatikan",
        "Membaca",
        "LAMPIRAN",
        "SALINAN",
        "TENTANG",
        "NOMOR",
        "TAHUN",
        "Pada",
        "Tanggal",
        "Tembusan",
        "Salinan",
        "Keputusan",
        "disampaikan",
        "kepada",
        "Nama",
        "Jabatan",
        "Kedudukan",
        "dalam",
        "Tim",
        "Keterangan",
        "Prioritas",
        "Proses",
        "Kurun",
        "Waktu",
        "Target",
        "Fungsional",
        "Struktural",
        "Satlak",
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ]
}
WORD = re.compile(r"[^\W\d_]{4,}")


def _input_lines(path: Path, *, ocr: bool = False) -> list[str]:
    """The lines the format's reader gives the parser, before any parsing (for a scan, the
    lines OCR recognised)."""
    if path.suffix == ".docx":
        from zi_docs.readers.docx_lines import read_docx_lines

        return [line.text for line in read_docx_lines(path)]
    if path.suffix == ".pdf":
        from zi_docs.readers.pdf_lines import read_pdf

        return [line.text for line in read_pdf(path, ocr=ocr, quiet=True)[0]]
    from zi_docs.readers.text_lines import text_to_lines

    return [line.text for line in text_to_lines(path.read_text(encoding="utf-8"), path.name)]


def words_lost(path: Path, *, ocr: bool = False) -> dict[str, int]:
    """Words of the input (four letters or more, any case) the model holds fewer times than the input."""
    words_in = Counter(w.casefold() for line in _input_lines(path, ocr=ocr) for w in WORD.findall(line))
    result = read(path, ocr=ocr)
    dumped = json.dumps(result.keputusan.model_dump(mode="json"), ensure_ascii=False)
    # A label OCR damaged is read as the label meant, and a note says what was printed.
    dumped += " ".join(note.id for note in result.notes if note.id.startswith("label yang rusak"))
    words_out = Counter(w.casefold() for w in WORD.findall(dumped))
    return {w: n - words_out[w] for w, n in words_in.items() if n > words_out[w] and w not in STRUCTURE_WORDS}


READABLE = sorted(p for p in FIXTURES.iterdir() if p.suffix in (".txt", ".docx", ".pdf") and p.name not in SCANS)


@pytest.mark.parametrize("path", READABLE, ids=lambda p: p.name[:40])
def test_every_document_reads_without_losing_a_word(path: Path) -> None:
    """Decrees, regulations and OCR'd scans, in every format: every word of the input ends
    in the model (in its parts, or in tidak_terurai) as often as it was there."""
    lost = words_lost(path)
    if path.name == "kemenhub-peraturan-menteri-pm-2-2025-angkutan-udara.txt":
        lost.pop("peraturanmenter", None)  # OCR glued the kind to the issuer; both are in the heading
    assert lost == {}


@pytest.mark.ocr
@needs_tesseract
@pytest.mark.parametrize("name", sorted(SCANS))
def test_every_scan_reads_through_ocr_without_losing_a_word(name: str) -> None:
    """A scan has no words but those OCR recognises: every one of them ends in the model."""
    assert words_lost(FIXTURES / name, ocr=True) == {}


def test_rendered_example_loses_no_word(example, tmp_path: Path) -> None:
    from zi_docs import render

    for path in render(example, tmp_path / "contoh.docx", pdf=True):
        assert words_lost(path) == {}, path.suffix
