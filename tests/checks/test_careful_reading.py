"""What a careful legal reviewer marks beyond GUIDE §3 (issue 15): on the published seed,
and the mistakes ../shared/realworld/README.md lists in the real decrees of other offices.

Each row: the document, the rule that must report it, a piece of the offending text, and
where (the start of the finding's place as a reviewer reads it).  GUIDE §3's own list is
tests/checks/test_check_seed.py; the rules' details are in tests/checks/rules/.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from conftest import PUBLISHED

import zi_docs

REALWORLD = Path(__file__).resolve().parents[1] / "fixtures" / "realworld"
POLBAN = "polban-keputusan-direktur-b-154-2023-tim-kerja-zi-wbbm.txt"
KANIM_1144 = "kanim-surabaya-keputusan-w15-imi-1144-2019-tim-agen-perubahan.txt"
KANIM_1633 = "kanim-surabaya-keputusan-w15-imi-1633-2019-rencana-aksi-zi.txt"
BPATP_16 = "bpatp-kementan-keputusan-16-2021-agen-perubahan.txt"
BPATP_KPA_18 = "bpatp-kementan-keputusan-kpa-18-2021-satlak-spi.txt"
BPATP_124 = "bpatp-kementan-keputusan-124-2021-standar-pelayanan-publik.txt"
BPATP_21 = "bpatp-kementan-keputusan-21-2021-kode-etik-pegawai.txt"


@cache
def findings(name: str) -> tuple:
    path = PUBLISHED if name == "seed" else REALWORLD / name
    return tuple(zi_docs.check_file(path).findings)


SEED_BEYOND_GUIDE = [
    # "Sub Bagian" in the unit names (Subbagian)
    ("EJA014", "Sub Bagian", "Lampiran I, Tim Manajemen Perubahan, baris 1, jabatan"),
    ("EJA014", "Sub Bagian", "Lampiran I, Tim Penguatan Pengawasan, baris 1, jabatan"),
    ("EJA015", "di proses", "Lampiran II, bagian VI, baris 2"),
    ("EJA015", "keseluruhan pegawai", "Lampiran II, bagian II, baris 1"),
    ("EJA014", "anti gratifikasi", "Lampiran II, bagian II, baris 5"),
    # the comma before "adalah" in two diktum (the second noted as the same slip again)
    ("EJA011", "Diktum KESATU, adalah", "Diktum KETIGA"),
    ("EJA011", "Diktum KESATU, adalah", "Diktum KEEMPAT"),
    ("EJA012", "Pelaksanaan, Pengendalian Gratifikasi", "Lampiran II, bagian II, judul"),
    # an item closed with "." although the enumeration it stands in goes on ("4)")
    ("STR004", "membuat inovasi pelayanan.", "Diktum KEEMPAT angka 2 huruf f angka 3) huruf e"),
    # the Lampiran II signature block in mixed case
    ("STR021", "Ketua Komisi Pemilihan Umum Kabupaten Penajam Paser Utara", "Lampiran II, penandatanganan, jabatan"),
    ("STR021", "Ali Yamin Ishak", "Lampiran II, penandatanganan, nama"),
    ("STR015", "Lampiran Keputusan ini", "Diktum KEDUA"),
    ("STR016", "terdiri dari", "Diktum KESATU"),
]

REALWORLD_README = [
    # polban 154/2023
    (POLBAN, "NAM002", "TIM KERJA PEMBANGUNAN ZONA INTEGRITAS", "Menetapkan"),  # the team's name, three ways
    (POLBAN, "NAM002", "Tim Pembangunan Zona Integritas", "Diktum KESATU"),
    (POLBAN, "STR006", "Peraturan Pemerintah Republik Indonesia Nomor 4 Tahun 2014", "Mengingat angka 9"),
    (POLBAN, "EJA001", "Stategi", "Mengingat angka 11"),
    (POLBAN, "STR004", "perlu menerbitkan keputusan.", "Menimbang huruf c"),
    (POLBAN, "EJA001", "Inspetorat", "Diktum KEDUA angka 6"),
    (POLBAN, "ORG008", "198101172010220002", "Lampiran"),  # month 22
    # kanim 1144/2019
    (KANIM_1144, "STR024", "huruf a dan b", "Menimbang huruf d"),
    (KANIM_1144, "STR004", "Tahun Anggaran 2019;", "Menimbang huruf d"),  # every last item with ";"
    # kanim 1633/2019
    (KANIM_1633, "STR002", "diktum kesatu", "Diktum KESATU"),
    (KANIM_1633, "STR014", "diktum kesatu", "Diktum KESATU"),
    (KANIM_1633, "STR003", "Lampiran", "Lampiran"),  # no diktum adopts the table
    # bpatp 16/2021
    (BPATP_16, "EJA005", "bahwa bahwa", "Menimbang huruf a"),
    (BPATP_16, "STR022", "tahun 2017", "Menimbang huruf b"),
    # bpatp KPA 18/2021: another issuer and another nomor in the Lampiran
    (BPATP_KPA_18, "STR007", "KEPUTUSAN KEPALA BALAI PENGELOLA ALIH TEKNOLOGI PERTANIAN", "Lampiran"),
    (BPATP_KPA_18, "STR007", "18/KPTS/KU.040/H.1.1/1/2021", "Lampiran"),
    # bpatp 124/2021: the nomor's month
    (BPATP_124, "STR007", "124/KPTS/OT.080/H.1.1/01/2021", "Lampiran"),
    # bpatp 21/2021: "Undang-Undang RI Nomor Tahun 1974"
    (BPATP_21, "CIT002", "Nomor Tahun 1974", "Mengingat angka a"),
]


def _found(name: str, rule: str, text: str, where: str) -> list:
    return [
        f for f in findings(name) if f.rule == rule and text in f.text and f.description("id").startswith(where)
    ]


@pytest.mark.parametrize(("rule", "text", "where"), SEED_BEYOND_GUIDE, ids=lambda v: str(v)[:30])
def test_the_seed_beyond_guide_section_3(rule: str, text: str, where: str) -> None:
    assert _found("seed", rule, text, where), [(f.rule, f.text, f.description("id")) for f in findings("seed")]


@pytest.mark.parametrize(("name", "rule", "text", "where"), REALWORLD_README, ids=lambda v: str(v)[:30])
def test_the_mistakes_listed_for_the_real_decrees(name: str, rule: str, text: str, where: str) -> None:
    assert _found(name, rule, text, where), [(f.rule, f.text, f.description("id")) for f in findings(name)]


def test_the_polban_team_is_reported_once_per_other_spelling() -> None:
    # Three ways of writing one team: the heading's, and two others, each reported once.
    assert len([f for f in findings(POLBAN) if f.rule == "NAM002"]) == 2
