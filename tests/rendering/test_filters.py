"""The Indonesian template filters: terbilang, tanggal, diktum ordinals, Roman numerals."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zi_docs.rendering.filters import FILTERS, baris_seimbang, diktum, romawi, tanggal, terbilang


@pytest.mark.parametrize(
    ("angka", "teks"),
    [
        (1, "1 (satu)"),
        (4, "4 (empat)"),
        (11, "11 (sebelas)"),
        (12, "12 (dua belas)"),
        (100, "100 (seratus)"),
        ("3", "3 (tiga)"),
    ],
)
def test_terbilang(angka, teks):
    assert terbilang(angka) == teks


@pytest.mark.parametrize(
    ("nilai", "teks"),
    [
        (date(2025, 9, 8), "8 September 2025"),
        ("2025-09-08", "8 September 2025"),
        ("8 September 2025", "8 September 2025"),
        (date(2024, 2, 29), "29 Februari 2024"),
        (date(2025, 8, 17), "17 Agustus 2025"),
        (None, ""),
    ],
)
def test_tanggal(nilai, teks):
    assert tanggal(nilai) == teks


ORDINALS = {
    1: "KESATU", 2: "KEDUA", 3: "KETIGA", 4: "KEEMPAT", 5: "KELIMA", 6: "KEENAM", 7: "KETUJUH",
    8: "KEDELAPAN", 9: "KESEMBILAN", 10: "KESEPULUH", 11: "KESEBELAS", 12: "KEDUA BELAS",
    13: "KETIGA BELAS", 19: "KESEMBILAN BELAS", 20: "KEDUA PULUH", 21: "KEDUA PULUH SATU",
    22: "KEDUA PULUH DUA", 29: "KEDUA PULUH SEMBILAN", 30: "KETIGA PULUH", 31: "KETIGA PULUH SATU",
}  # fmt: skip


@pytest.mark.parametrize(("nomor", "label"), sorted(ORDINALS.items()))
def test_diktum_ordinals(nomor, label):
    assert diktum(nomor) == label


def test_diktum_ordinals_are_distinct_up_to_99():
    labels = [diktum(n) for n in range(1, 100)]
    assert len(set(labels)) == 99
    assert all(label.startswith("KE") for label in labels)


@pytest.mark.parametrize("nomor", [0, -1])
def test_diktum_out_of_range(nomor):
    with pytest.raises(ValueError):
        diktum(nomor)


@pytest.mark.parametrize(
    ("nomor", "teks"),
    [(1, "I"), (2, "II"), (4, "IV"), (6, "VI"), (9, "IX"), (14, "XIV"), (40, "XL"), (1994, "MCMXCIV")],
)
def test_romawi(nomor, teks):
    assert romawi(nomor) == teks


def test_romawi_out_of_range():
    with pytest.raises(ValueError):
        romawi(0)


def test_balanced_heading_lines():
    teks = "KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN PENAJAM PASER UTARA"
    assert baris_seimbang(teks, 40) == "KEPUTUSAN KOMISI PEMILIHAN UMUM\nKABUPATEN PENAJAM PASER UTARA"
    assert baris_seimbang("PENDEK", 40) == "PENDEK"
    assert baris_seimbang("BARIS\nSENDIRI " * 10, 20) == "BARIS\nSENDIRI " * 10


@given(st.text(max_size=120), st.integers(min_value=5, max_value=60))
def test_balanced_lines_only_turn_spaces_into_breaks(teks, lebar):
    hasil = baris_seimbang(teks, lebar)
    assert hasil.replace("\n", " ") == teks if hasil != teks else True


def test_filters_registered():
    assert {"terbilang", "tanggal", "diktum", "romawi"} <= set(FILTERS)
