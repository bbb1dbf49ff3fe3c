"""Synthetic decrees, one per KPU office: 38 provinces and 514 kabupaten/kota.

Each decree is the bundled example (Keputusan KPU Kabupaten Penajam Paser Utara
Nomor 42 Tahun 2025) rewritten for one office of the gazetteer: the office's name
everywhere it appears, its province in the letter it answers, its own number,
and a generated roster and Rencana Aksi.  The roster keeps the example's shape
(Pengarah, the Tim Kerja chair, six area teams in which one person may sit on
two teams with the same position) with generated names, 3–7 commissioners and
area teams of 4–8; the plan keeps the example's rows, drops some trailing
actions and varies the targets.  Everything is drawn from a ``random.Random``
seeded with the seed and the office code, so one office's decree is the same in
every process and every run.

    >>> from benchmarks.synthetic import offices, decree
    >>> len(offices())
    552
    >>> decree(offices()[0]).kepala.instansi
    'KOMISI PEMILIHAN UMUM PROVINSI ACEH'
"""

from __future__ import annotations

import copy
import functools
import random
from pathlib import Path
from typing import Any

import zi_docs
from zi_docs.language.gazetteer import Wilayah, gazetteer
from zi_docs.model import Keputusan

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "kpu-penajam-paser-utara-42-2025.yaml"
SEED = 2025

_FIRST = [
    "Ahmad",
    "Agus",
    "Budi",
    "Citra",
    "Dedi",
    "Dewi",
    "Eko",
    "Fajar",
    "Fitri",
    "Gita",
    "Hadi",
    "Hendra",
    "Indah",
    "Irwan",
    "Joko",
    "Kartika",
    "Lestari",
    "Made",
    "Nur",
    "Nyoman",
    "Putri",
    "Rahmat",
    "Rina",
    "Rizky",
    "Sari",
    "Siti",
    "Slamet",
    "Sri",
    "Teguh",
    "Wahyu",
    "Wayan",
    "Yanti",
    "Yusuf",
    "Zainal",
    "Andi",
    "Bayu",
    "Dian",
    "Endang",
    "Heru",
    "Ikhsan",
    "Lina",
    "Mega",
    "Novi",
    "Rudi",
    "Taufik",
    "Umar",
    "Vivi",
    "Wulan",
]
_LAST = [
    "Saputra",
    "Wijaya",
    "Santoso",
    "Hidayat",
    "Lubis",
    "Nasution",
    "Siregar",
    "Harahap",
    "Sitompul",
    "Pratama",
    "Kusuma",
    "Setiawan",
    "Gunawan",
    "Hasibuan",
    "Rahman",
    "Halim",
    "Syahputra",
    "Manurung",
    "Simanjuntak",
    "Daulay",
    "Pane",
    "Tanjung",
    "Sembiring",
    "Ginting",
    "Tarigan",
    "Purba",
    "Sinaga",
    "Pakpahan",
    "Situmorang",
    "Matondang",
    "Rangkuti",
    "Batubara",
    "Hutagalung",
    "Panjaitan",
    "Sihombing",
    "Nainggolan",
    "Marpaung",
    "Simatupang",
    "Lumbantobing",
    "Ritonga",
]
_STAFF = (
    "Penata Kelola Pemilihan Umum",
    "Penata Kelola Sistem dan Teknologi Informasi",
    "Ahli Pertama-Penata Kelola Pemilihan Umum",
    "Pengelola Keuangan",
    "Arsiparis",
    "Pranata Hubungan Masyarakat",
    "Tenaga Administrasi",
    "Pramubakti",
)
_MONTHS = ("September 2025", "Oktober 2025", "November 2025", "Desember 2025", "September - Desember 2025")
_TERBILANG = ("satu", "dua", "tiga", "empat", "lima", "enam")


def offices() -> list[Wilayah]:
    """Every KPU office below KPU RI: the 38 provinces, then the 514 kabupaten/kota, by code."""
    g = gazetteer()
    return sorted(g.dari_jenis("provinsi"), key=lambda w: w.kode) + sorted(
        [w for w in g.wilayah if w.jenis != "provinsi"], key=lambda w: w.kode
    )


@functools.cache
def _example() -> dict[str, Any]:
    return zi_docs.load(EXAMPLE).model_dump(mode="python")


def _replace_all(value: Any, pairs: list[tuple[str, str]]) -> Any:
    if isinstance(value, str):
        for old, new in pairs:
            value = value.replace(old, new)
        return value
    if isinstance(value, list):
        return [_replace_all(v, pairs) for v in value]
    if isinstance(value, dict):
        return {k: _replace_all(v, pairs) for k, v in value.items()}
    return value


def _person(rng: random.Random, taken: set[str]) -> str:
    while True:
        name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        if rng.random() < 0.3:
            name = f"{rng.choice(_FIRST)} {name}"
        if name not in taken:
            taken.add(name)
            return name


def _roster(data: dict[str, Any], office: Wilayah, rng: random.Random) -> None:
    """Generated people in Lampiran I, and in every signature and certified-copy block."""
    lampiran = next(lamp for lamp in data["lampiran"] if lamp["jenis"] == "susunan_tim")
    taken: set[str] = set()
    renamed: dict[str, str] = {}  # the example's person (case-folded) → the office's person

    def rename(name: str) -> str:
        key = name.casefold()
        if key not in renamed:
            renamed[key] = _person(rng, taken)
        return renamed[key]

    for kelompok in lampiran["kelompok"]:
        anggota = kelompok["anggota"]
        for a in anggota:
            a["nama"] = rename(a["nama"])
        if kelompok["nama"] == "PENGARAH":  # the commissioners: 5 or 7 in a province, 3 or 5 below
            want = rng.choice((5, 7) if office.jenis == "provinsi" else (3, 5))
            while len(anggota) > want:
                anggota.pop()
            while len(anggota) < want:
                extra = copy.deepcopy(anggota[-1])
                extra["nama"] = _person(rng, taken)
                anggota.append(extra)
        elif kelompok.get("area"):  # an area team: drop or add members
            for _ in range(rng.randint(0, 2)):
                if len(anggota) > 4:
                    anggota.pop()
            for _ in range(rng.randint(0, 3)):
                extra = copy.deepcopy(anggota[-1])
                extra.update(nama=_person(rng, taken), jabatan=rng.choice(_STAFF), kedudukan="Anggota")
                anggota.append(extra)
        for i, a in enumerate(anggota, start=1):
            a["nomor"] = f"{i}."
    ketua = next(a["nama"] for k in lampiran["kelompok"] for a in k["anggota"])
    blocks = [data.get("penetapan"), data.get("salinan")]
    for lamp in data["lampiran"]:
        blocks += [lamp.get("penandatanganan"), lamp.get("salinan")]
    for block in blocks:
        if block and block.get("nama"):
            name = renamed.get(block["nama"].casefold(), ketua)
            block["nama"] = name.upper() if block["nama"].isupper() else name


def _plan(data: dict[str, Any], rng: random.Random) -> None:
    """The Rencana Aksi: some trailing actions dropped, targets varied."""
    for lamp in data["lampiran"]:
        if lamp["jenis"] != "rencana_aksi":
            continue
        for bagian in lamp["bagian"]:
            rows = bagian["baris"]
            starts = [i for i, row in enumerate(rows) if row.get("nomor")]
            if len(starts) > 2 and rng.random() < 0.4:
                del rows[starts[-1] :]  # the last numbered action and its continuation rows
            for row in rows:
                if row.get("target_waktu") and rng.random() < 0.5:
                    row["target_waktu"] = {"teks": rng.choice(_MONTHS)}
                capaian = row.get("target_capaian")
                if capaian and rng.random() < 0.5:
                    n = rng.randint(1, len(_TERBILANG))
                    unit = capaian["teks"].rsplit(" ", 1)[-1]
                    row["target_capaian"] = {"teks": f"{n} ({_TERBILANG[n - 1]}) {unit}"}


def decree(office: Wilayah, seed: int = SEED) -> Keputusan:
    """The synthetic decree of one KPU office."""
    rng = random.Random(f"{seed}:{office.kode}")
    provinsi = gazetteer().kode(office.kode_provinsi)
    assert provinsi is not None
    full = office.nama_lengkap
    pairs = [
        ("KABUPATEN PENAJAM PASER UTARA", full.upper()),
        ("Kabupaten Penajam Paser Utara", full),
        ("PENAJAM PASER UTARA", office.nama.upper()),
        ("Penajam Paser Utara", office.nama),
        ("penajampaserutara", "".join(office.nama.lower().split())),
        ("Paser Utara", office.nama),
        ("Kalimantan Timur", provinsi.nama),
        ("Penajam", office.nama),
        ("penajam", office.nama.lower()),
    ]
    data = _replace_all(copy.deepcopy(_example()), pairs)
    nomor = str(rng.randint(1, 250))
    data["kepala"]["nomor"] = nomor
    _roster(data, office, rng)
    _plan(data, rng)
    return Keputusan.model_validate(data)


def decrees(count: int | None = None, seed: int = SEED) -> list[Keputusan]:
    """The first ``count`` decrees (all 552 by default), spread over every province when fewer."""
    chosen = offices()
    if count is not None and count < len(chosen):
        step = len(chosen) / count
        chosen = [chosen[int(i * step)] for i in range(count)]
    return [decree(office, seed) for office in chosen]
