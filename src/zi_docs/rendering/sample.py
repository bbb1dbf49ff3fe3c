"""A small decree with every part filled in: what a template is checked against.

``zi-docs template check`` renders a template with this decree to find the
variables it asks for but the model does not provide; every optional part is
present, every list has an entry and all three kinds of Lampiran occur, so that
no branch of a template goes unvisited for lack of data.
"""

from __future__ import annotations

from datetime import date

from ..model import Keputusan


def contoh_keputusan() -> Keputusan:
    """The sample decree (a fresh object on each call)."""
    penetapan = {
        "tempat": "Penajam",
        "tanggal": date(2025, 9, 8),
        "jabatan": "KETUA KOMISI PEMILIHAN UMUM KABUPATEN CONTOH,",
        "tanda_tangan": "ttd.",
        "nama": "NAMA KETUA",
        "nip": "197001012000031001",
    }
    salinan = {
        "unit": "SEKRETARIAT KOMISI PEMILIHAN UMUM KABUPATEN CONTOH",
        "jabatan": "Kepala Sub Bagian Teknis Penyelenggaraan Pemilu dan Hukum,",
        "tanda_tangan": "ttd.",
        "nama": "NAMA KASUBBAG",
        "nip": "198001012005012001",
    }
    butir = [
        {
            "teks": "butir satu:",
            "rincian": [
                {
                    "label": "1.",
                    "teks": "rincian:",
                    "rincian": [{"teks": "rincian a)", "rincian": [{"teks": "rincian 1)"}]}],
                    "teks_penutup": "penutup rincian.",
                }
            ],
        },
        {"label": "b.", "teks": "butir dua."},
    ]
    return Keputusan.model_validate(
        {
            "kepala": {
                "kop": ["KOMISI PEMILIHAN UMUM", "KABUPATEN CONTOH"],
                "tanda_salinan": True,
                "pejabat": "KETUA",
                "instansi": "KOMISI PEMILIHAN UMUM KABUPATEN CONTOH",
                "nomor": "1",
                "tahun": 2025,
                "tentang": "CONTOH KEPUTUSAN",
            },
            "pembukaan": "DENGAN RAHMAT TUHAN YANG MAHA ESA",
            "jabatan_pembentuk": "KETUA KOMISI PEMILIHAN UMUM KABUPATEN CONTOH,",
            "menimbang": butir,
            "mengingat": [{"teks": "Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum;"}],
            "memperhatikan": [{"label": "1.", "teks": "Surat Nomor 1/2025."}],
            "menetapkan": "KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN CONTOH TENTANG CONTOH KEPUTUSAN.",
            "diktum": [
                {"label": "KESATU", "teks": "Menetapkan:", "rincian": butir, "teks_penutup": "Penutup diktum."},
                {
                    "label": "KEDUA",
                    "teks": "Mengangkat nama-nama di bawah ini:",
                    "kelompok": [
                        {
                            "label": "1.",
                            "nama": "PANITIA",
                            "anggota": [{"nama": "Nama Panitia", "jabatan": "Staf", "kedudukan": "Anggota"}],
                        }
                    ],
                },
                {"label": "KETIGA", "teks": "Keputusan ini mulai berlaku pada tanggal ditetapkan."},
            ],
            "penetapan": penetapan,
            "salinan": salinan,
            "tembusan": ["Ketua KPU Provinsi Contoh."],
            "lampiran": [
                {
                    "jenis": "susunan_tim",
                    "nomor": "I",
                    "judul": "SUSUNAN TIM",
                    "penandatanganan": penetapan,
                    "salinan": salinan,
                    "kelompok": [
                        {
                            "label": "1.",
                            "nama": "PENGARAH",
                            "anggota": [
                                {
                                    "nama": "Nama Anggota",
                                    "jabatan": "Ketua",
                                    "kedudukan": "Pengarah",
                                    "nip": "1",
                                    "pangkat_golongan": "Pembina (IV/a)",
                                    "kolom_lain": {"KETERANGAN": "-"},
                                }
                            ],
                        }
                    ],
                },
                {
                    "jenis": "rencana_aksi",
                    "nomor": "II",
                    "kepala": {"keputusan": "KEPUTUSAN KETUA", "nomor": "1", "tahun": 2025, "tentang": "CONTOH"},
                    "judul": "RENCANA AKSI",
                    "penandatanganan": penetapan,
                    "salinan": salinan,
                    "bagian": [
                        {
                            "nomor": "I",
                            "judul": "Pembangunan unit kerja",
                            "baris": [
                                {
                                    "nomor": "1",
                                    "komponen": "Tim Kerja",
                                    "indikator": "SK Tim",
                                    "langkah_aksi": "Membentuk tim",
                                    "bukti_fisik": "SK",
                                    "target_waktu": "September 2025",
                                    "target_capaian": "1 (satu) Dokumen",
                                }
                            ],
                        }
                    ],
                },
                {
                    "jenis": "bebas",
                    "nomor": "III",
                    "judul": "LAMPIRAN BEBAS",
                    "penandatanganan": penetapan,
                    "salinan": salinan,
                    "isi": [
                        {"jenis": "paragraf", "teks": "Paragraf."},
                        {"jenis": "tabel", "baris": [["A", "B"], ["1", "2"]]},
                    ],
                },
            ],
        }
    )
