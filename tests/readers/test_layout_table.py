"""Tables in layout text: columns from the header and the gaps, wrapped cells joined."""

from __future__ import annotations

from zi_docs.readers.layout_table import column_bounds, split_cells, table_rows

PAGE_1 = """\
NO.            NAMA                        JABATAN                  KEDUDUKAN
                                                                     DALAM TIM
1.    PENGARAH
 1.   Ali Yamin Ishak           Ketua Komisi Pemilihan            Pengarah
                                Umum Kabupaten Penajam
                                Paser Utara
c.    TIM PENATAAN SISTEM MANAJEMEN SUMBER DAYA MANUSIA
 3.   Tridion Jonathan          Ahli Pertama-Penata Kelola        Anggota
      Karangan                  Pemilihan Umum""".splitlines()

PAGE_2 = """\
NO.              NAMA                          JABATAN                    KEDUDUKAN
                                                                           DALAM TIM
 4.     Juneatri Ratu Saputri     Penata Kelola Sistem dan            Anggota
                                  Teknologi Informasi""".splitlines()


def is_header(line: str) -> bool:
    return "NAMA" in line and "JABATAN" in line


def test_columns_come_from_the_gaps_the_rows_share() -> None:
    bounds = column_bounds(PAGE_1[0], PAGE_1[2:])
    assert len(bounds) == 3
    assert split_cells(PAGE_1[3], bounds) == ["1.", "Ali Yamin Ishak", "Ketua Komisi Pemilihan", "Pengarah"]
    # Text crossing a cut is split only where a single space sits at the cut (two
    # cells a space apart); the parser joins a group name split that way.
    assert split_cells(PAGE_1[6], bounds) == ["c.", "TIM PENATAAN SISTEM", "MANAJEMEN SUMBER DAYA MANUSIA", ""]
    # A word that runs over a cut with no space at it stays in the column it starts in.
    long_word = " 9.".ljust(6) + "Ali".ljust(26) + "Penata-Kelola-Sistem-dan-Teknologi-Informasi"
    assert split_cells(long_word, bounds) == ["9.", "Ali", "Penata-Kelola-Sistem-dan-Teknologi-Informasi", ""]


def test_rows_join_wrapped_cells_and_skip_repeated_headers() -> None:
    lines = PAGE_1 + PAGE_2
    rows = table_rows(lines, is_header, page_starts=[len(PAGE_1)])
    header, *data = [cells for _, cells in rows]
    assert header == ["NO.", "NAMA", "JABATAN", "KEDUDUKAN DALAM TIM"]
    assert data == [
        ["1.", "PENGARAH", "", ""],
        ["1.", "Ali Yamin Ishak", "Ketua Komisi Pemilihan Umum Kabupaten Penajam Paser Utara", "Pengarah"],
        ["c.", "TIM PENATAAN SISTEM", "MANAJEMEN SUMBER DAYA MANUSIA", ""],
        ["3.", "Tridion Jonathan Karangan", "Ahli Pertama-Penata Kelola Pemilihan Umum", "Anggota"],
        # The second page sets its columns further right: found from its own header.
        ["4.", "Juneatri Ratu Saputri", "Penata Kelola Sistem dan Teknologi Informasi", "Anggota"],
    ]
    assert [index for index, _ in rows] == [0, 2, 3, 6, 7, len(PAGE_1) + 2]
