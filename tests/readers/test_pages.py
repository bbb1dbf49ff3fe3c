"""Page splitting and cleaning, on small texts and on decrees as published."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zi_docs.readers.pages import PageLine, clean_pages, split_pages

REALWORLD = Path(__file__).resolve().parents[1] / "fixtures" / "realworld"
PUBLISHED = Path(__file__).resolve().parents[2] / "examples" / "published" / "kpu-penajam-paser-utara-42-2025.txt"


def load(name: str) -> list[str]:
    """A real decree's lines; the provenance comment becomes a blank line so that
    line numbers stay those of the file."""
    lines = (REALWORLD / name).read_text(encoding="utf-8").split("\n")
    assert lines[0].startswith("# source:")
    lines[0] = ""
    return lines


def pages_of(text: str) -> list[list[tuple[int, str]]]:
    return split_pages(text.split("\n"))


def kept(lines: list[PageLine]) -> list[str]:
    return [line.text for line in lines]


# -- split_pages -----------------------------------------------------------------


def test_form_feed_markers_and_dashed_numbers_split_pages():
    text = "satu\nakhir\f-2-\ndua\n[halaman 3]\ntiga\n-4-\nempat"
    pages = pages_of(text)
    assert pages == [
        [(1, "satu"), (2, "akhir")],
        [(2, "-2-"), (3, "dua")],
        [(5, "tiga")],
        [(6, "-4-"), (7, "empat")],
    ]


def test_boundary_on_an_empty_page_does_not_add_a_page():
    # A marker right after a form feed, a number right after a marker, a marker first.
    pages = pages_of("[halaman 1]\nsatu\f[halaman 2]\n-2-\ndua\f\f")
    assert [[text for _, text in page] for page in pages] == [["satu"], ["-2-", "dua"]]


def test_footer_number_of_the_same_page_does_not_split():
    pages = pages_of("satu\n- 1 -\n\fdua\n- 2 -\n\ftiga")
    assert [[text for _, text in page] for page in pages] == [["satu", "- 1 -"], ["dua", "- 2 -"], ["tiga"]]


def test_editorial_notes_in_brackets_are_text():
    pages = pages_of("[tanda tangan]\n[pages 5-15: the table continues]")
    assert pages == [[(1, "[tanda tangan]"), (2, "[pages 5-15: the table continues]")]]


# -- clean_pages -----------------------------------------------------------------


@pytest.mark.parametrize("number", ["-2-", "- 2 -", "  2", "Halaman 2 dari 5", "Hal. 2", "– 2 –"])
def test_page_number_forms_at_the_top_are_dropped(number):
    result = clean_pages([[(1, "satu")], [(2, number), (3, "dua")]])
    assert kept(result) == ["satu", "dua"]


def test_page_number_at_the_bottom_is_dropped_but_a_number_inside_the_text_stays():
    page = [(1, "Tahun"), (2, "2"), (3, "tentang sesuatu"), (4, "dan lain"), (5, ""), (6, "Halaman 1 dari 2")]
    assert kept(clean_pages([page])) == ["Tahun", "2", "tentang sesuatu", "dan lain", ""]


def test_page_number_glued_to_the_first_word_is_removed_only_when_it_is_the_page_number():
    pages = [[(1, "satu")], [(2, "-2(1a) Pemberitahuan")], [(3, "-7 kg beras")]]
    assert kept(clean_pages(pages)) == ["satu", "(1a) Pemberitahuan", "-7 kg beras"]


def test_catchword_is_dropped_when_the_next_page_begins_with_it():
    pages = pages_of(
        "9. Peraturan Pemerintah;\n\n                10. Peraturan...\n-2-\n\n"
        "   10. Peraturan Presiden Nomor 55;\n"
        "   Memperhatikan …\n-3-\nMemperhatikan : Surat\nKESATU...\n-4-\nKEDUA : lain"
    )
    result = clean_pages(pages)
    assert kept(result) == [
        "9. Peraturan Pemerintah;",
        "",
        "",
        "   10. Peraturan Presiden Nomor 55;",
        "Memperhatikan : Surat",
        # Not a catchword: the next page begins differently; and no page follows.
        "KESATU...",
        "KEDUA : lain",
    ]


def test_catchword_on_the_last_page_stays():
    assert kept(clean_pages([[(1, "akhir...")]])) == ["akhir..."]


def test_running_header_and_footer_on_most_pages_are_dropped():
    words = ["satu", "dua", "tiga", "empat"]
    pages = []
    for number, word in enumerate(words, start=1):
        pages.append(
            [
                (1, f"KEPUTUSAN KPU NOMOR 42 TAHUN 2025 - {number} -"),
                (2, f"isi halaman {word}"),
                (3, "Dokumen ini ditandatangani secara elektronik"),
            ]
        )
    assert kept(clean_pages(pages)) == [f"isi halaman {word}" for word in words]


def test_lines_that_differ_only_in_their_numbers_are_not_running_headers():
    pages = [[(n, f"Pasal {n * 4}"), (n + 100, f"isi pasal {n * 4}")] for n in range(1, 6)]
    assert kept(clean_pages(pages))[::2] == [f"Pasal {n * 4}" for n in range(1, 6)]


def test_two_line_running_footer_is_dropped_line_by_line():
    pages = [[(1, f"isi {n}"), (2, "Dokumen ini telah ditandatangani"), (3, "oleh BSrE halaman 3")] for n in range(4)]
    assert kept(clean_pages(pages)) == [f"isi {n}" for n in range(4)]


def test_repeated_lines_on_few_pages_are_content():
    # Two pages: a repeated line is not enough to call it page furniture.
    two = [[(1, "KOP"), (2, "satu")], [(3, "KOP"), (4, "dua")]]
    assert kept(clean_pages(two)) == ["KOP", "satu", "KOP", "dua"]


def test_signature_ending_the_decree_and_each_lampiran_is_kept():
    signature = [(90, "KETUA,"), (91, ""), (92, "ttd"), (93, ""), (94, "NAMA KETUA")]
    pages = [
        [(1, "KEPUTUSAN"), (2, "isi")],
        [(10, "lanjutan")] + signature,
        [(20, "LAMPIRAN I"), (21, "KEPUTUSAN KOMISI PEMILIHAN UMUM")] + signature,
        [(30, "LAMPIRAN II"), (31, "KEPUTUSAN KOMISI PEMILIHAN UMUM")] + signature,
    ]
    result = clean_pages(pages)
    assert kept(result).count("NAMA KETUA") == 3
    assert kept(result).count("KEPUTUSAN KOMISI PEMILIHAN UMUM") == 2


def test_repeated_lampiran_header_and_table_header_rows_are_kept():
    pages = [[(1, "isi")]] + [
        [
            (n * 10, "Lampiran Keputusan Kepala Balai"),
            (n * 10 + 1, "NO    NAMA     JABATAN"),
            (n * 10 + 2, f"{n}  Budi"),
        ]
        for n in range(1, 5)
    ]
    assert kept(clean_pages(pages)).count("Lampiran Keputusan Kepala Balai") == 4


def test_page_start_blank_lines_and_indentation():
    pages = [[(1, "  satu  "), (2, "")], [(3, "-2-"), (4, ""), (5, "    dua")], [(6, "- 3 -")], [(7, "empat")]]
    result = clean_pages(pages)
    assert result == [
        PageLine(1, 1, "  satu", False),
        PageLine(1, 2, "", False),
        PageLine(2, 4, "", False),
        PageLine(2, 5, "    dua", True),
        PageLine(4, 7, "empat", True),
    ]


_line = st.one_of(
    st.text(alphabet=st.sampled_from("ab .-…12:"), max_size=12),
    st.sampled_from(["-2-", "- 3 -", "2", "Memperhatikan...", "Memperhatikan : x", "", "  a. bahwa"]),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(_line, max_size=8), min_size=1, max_size=6))
def test_cleaning_only_removes_lines_and_keeps_their_order(raw_pages):
    number = 0
    pages = []
    for raw in raw_pages:
        page = []
        for text in raw:
            number += 1
            page.append((number, text))
        pages.append(page)
    source = {line: text for page in pages for line, text in page}
    result = clean_pages(pages)
    positions = [(line.page, line.line) for line in result]
    assert positions == sorted(positions)
    assert len({line.line for line in result}) == len(result)
    for line in result:
        original = source[line.line].rstrip(" ")
        # Unchanged, except a page number glued to the first word of a page.
        assert line.text == original or (line.text.strip() and original.endswith(line.text.strip()))
    for page_number in {line.page for line in result}:
        starts = [line for line in result if line.page == page_number and line.page_start]
        assert len(starts) <= (0 if page_number == 1 else 1)


# -- real decrees ----------------------------------------------------------------


def clean_file(name: str) -> tuple[list[list[tuple[int, str]]], list[PageLine]]:
    pages = split_pages(load(name))
    return pages, clean_pages(pages)


def test_polban_catchwords_and_page_numbers():
    pages, result = clean_file("polban-keputusan-direktur-b-154-2023-tim-kerja-zi-wbbm.txt")
    texts = [line.text.strip() for line in result]
    assert len(pages) == 6
    assert "10. Peraturan..." not in texts and "Memperhatikan..." not in texts and "KETIGA..." not in texts
    assert not any(re.fullmatch(r"-\s*\d+\s*-", text) for text in texts)
    assert sum(text.startswith("10. Peraturan Presiden Nomor 55") for text in texts) == 1
    assert not any(text.startswith("[halaman") for text in texts)
    starts = [(line.page, line.text.strip()[:30]) for line in result if line.page_start]
    assert starts == [
        (2, "10. Peraturan Presiden Nomor 5"),
        (3, "Memperhatikan : Surat Pengesah"),
        (4, "KETIGA  : Segala biaya yang di"),
        (5, "LAMPIRAN KEPUTUSAN"),
        (6, "| NO. | NAMA | NIP | JABATAN |"),
    ]
    # Both signature blocks (batang tubuh and Lampiran) are still there.
    assert texts.count("NIP 196405041990031002") == 2
    first = next(line for line in result if line.text.strip().startswith("10. Peraturan Presiden"))
    assert first.line == 57 and first.text.startswith("           10.")


def test_balitbangtan_page_numbers_restarting_in_the_lampiran():
    pages, result = clean_file("balitbangtan-keputusan-kepala-badan-163-2020-dewan-redaksi-jurnal.txt")
    texts = [line.text.strip() for line in result]
    assert len(pages) == 6
    assert not {"-2-", "-3-", "-4-", "- 2 -"} & set(texts)
    assert [line.page for line in result if line.page_start] == [2, 3, 4, 5, 6]


def test_kanim_bare_page_number_and_markers():
    pages, result = clean_file("kanim-surabaya-keputusan-w15-imi-1633-2019-rencana-aksi-zi.txt")
    assert len(pages) == 4
    texts = [line.text.strip() for line in result]
    assert "3" not in texts
    assert [text for text in texts if text][-1].startswith("[pages 5-15:")  # an editorial note, not a page marker
    kesatu = next(line for line in result if line.text.startswith("KESATU"))
    assert kesatu.page == 3 and kesatu.page_start


def test_bpatp_kpa_lampiran_starts_page_three():
    pages, result = clean_file("bpatp-kementan-keputusan-kpa-18-2021-satlak-spi.txt")
    assert len(pages) == 3
    lampiran = next(line for line in result if line.text.strip() == "LAMPIRAN")
    assert lampiran.page == 3 and lampiran.page_start
    source = load("bpatp-kementan-keputusan-kpa-18-2021-satlak-spi.txt")
    # Nothing but the markers is removed from this transcript.
    assert len(result) == len(source) - sum(line.startswith("[halaman") for line in source)


def test_bpatp_124_keeps_every_line_of_a_ten_page_decree():
    name = "bpatp-kementan-keputusan-124-2021-standar-pelayanan-publik.txt"
    pages, result = clean_file(name)
    source = load(name)
    assert len(pages) == 10
    assert len(result) == len(source) - sum(line.startswith("[halaman") for line in source)


def test_banjarnegara_running_bsre_footer_is_dropped():
    name = "perda-kab-banjarnegara-8-2025-perubahan-pajak-retribusi-daerah.txt"
    source = load(name)
    pages, result = clean_file(name)
    assert sum("ditandatangani secara elektronik" in line for line in source) == len(pages) == 12
    assert not any("ditandatangani secara elektronik" in line.text for line in result)
    assert not any("Balai Besar Sertifikasi Elektronik" in line.text for line in result)


def test_pmk_form_feeds_and_glued_page_numbers():
    name = "pmk-96-2025-perubahan-pmk-237-2022-penelitian-dugaan-pelanggaran-cukai.txt"
    pages, result = clean_file(name)
    assert len(pages) == 21
    starts = {line.page: line.text for line in result if line.page_start}
    assert starts[3] == "(1a) Pemberitahuan sebagaimana dimaksud pada ayat (1)"
    assert starts[9] == "Pasal 22B"
    assert not any("\f" in line.text for line in result)


def test_published_kpu_text_without_page_marks_is_one_page_kept_whole():
    lines = PUBLISHED.read_text(encoding="utf-8").split("\n")
    pages = split_pages(lines)
    result = clean_pages(pages)
    assert len(pages) == 1
    assert [line.text for line in result] == [line.rstrip(" ") for line in lines]


def test_trailing_tabs_are_empty_cells_and_stay():
    result = clean_pages(split_pages(["1.\tBudi\t\t  ", "2.\tAni\tAnggota"]))
    assert kept(result) == ["1.\tBudi\t\t", "2.\tAni\tAnggota"]
