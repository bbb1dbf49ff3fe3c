"""``zi-docs laporan``: quarterly report, realisation sheet, forum documents, statements."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ZiDocsError
from ..i18n import Message

if TYPE_CHECKING:
    from ..model import Keputusan

EXAMPLES = """\
contoh / examples:
  zi-docs laporan template-realisasi keputusan.yaml -o realisasi.xlsx
  zi-docs laporan triwulan keputusan.yaml --realisasi realisasi.xlsx --per 2025-09-30 -o out/ --pdf
  zi-docs laporan forum keputusan.yaml --rapat rapat.yaml --tim a. --tim pengawasan -o out/
  zi-docs laporan pernyataan keputusan.yaml -o out/ --jenis pakta-integritas --gabung
"""


def load(path: str) -> Keputusan:
    """The decree in ``path`` (storage is imported only when a report is made)."""
    from ..storage.load_save import load as load_decree

    return load_decree(path)


def _tanggal(text: str) -> date:
    from ..model.tanggal import parse_tanggal

    try:
        value = parse_tanggal(text)
    except Exception:
        value = None
    if not isinstance(value, date):
        raise argparse.ArgumentTypeError(f"bukan tanggal / not a date: {text!r} (2025-09-30)")
    return value


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "laporan",
        parents=[common],
        help="laporan triwulan, forum, surat pernyataan / reports, forum documents, statements",
        description="Dokumen dari keputusan: laporan kemajuan Rencana Aksi per triwulan, lembar isian realisasi, "
        "undangan/daftar hadir/notulensi rapat tim, dan surat pernyataan per orang.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="laporan_command", metavar="JENIS", required=True)

    p = sub.add_parser(
        "template-realisasi",
        parents=[common],
        help="lembar isian realisasi / realisation sheet",
        description="Membuat lembar isian realisasi (Excel atau YAML) berisi setiap aksi Rencana Aksi "
        "dengan kuncinya (II.3 = bagian II baris ke-3), siap diisi status, tanggal selesai, bukti, catatan.",
        epilog="contoh: zi-docs laporan template-realisasi keputusan.yaml -o realisasi.xlsx",
    )
    p.add_argument("keputusan", metavar="KEPUTUSAN", help="data keputusan .yaml/.json")
    p.add_argument("-o", "--output", required=True, metavar="BERKAS", help=".xlsx atau .yaml")
    p.set_defaults(func=run_template)

    p = sub.add_parser(
        "triwulan",
        parents=[common],
        help="laporan kemajuan triwulan / quarterly report",
        description="Laporan kemajuan Rencana Aksi per tanggal laporan: ringkasan per area ZI dan per tim "
        "dengan grafik, tabel setiap aksi, aksi yang terlambat, dan aksi tanpa bukti.",
        epilog="contoh: zi-docs laporan triwulan keputusan.yaml --realisasi realisasi.xlsx --per 2025-09-30 -o out/ --pdf",
    )
    p.add_argument("keputusan", metavar="KEPUTUSAN")
    p.add_argument("--realisasi", required=True, metavar="BERKAS", help="data realisasi .yaml/.xlsx")
    p.add_argument("--per", type=_tanggal, required=True, metavar="TANGGAL", help="tanggal laporan / report date")
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="folder atau .docx")
    p.add_argument("--pdf", action="store_true", help="buat juga PDF / also write the PDF")
    p.set_defaults(func=run_triwulan)

    p = sub.add_parser(
        "forum",
        parents=[common],
        help="undangan, daftar hadir, notulensi / meeting documents",
        description="Dokumen rapat tim: undangan, daftar hadir (setiap anggota tim yang dipilih, sekali, "
        "dengan kolom tanda tangan) dan notulensi (agenda, keputusan, tindak lanjut).",
        epilog="contoh: zi-docs laporan forum keputusan.yaml --tanggal 2025-10-06 --tempat 'Ruang Rapat' "
        "--tim a. --tim pengawasan -o out/",
    )
    p.add_argument("keputusan", metavar="KEPUTUSAN")
    p.add_argument("--rapat", metavar="YAML", help="data rapat (nama, tanggal, agenda, keputusan, tindak_lanjut …)")
    p.add_argument("--tanggal", type=_tanggal, metavar="TANGGAL", help="tanggal rapat (tanpa --rapat)")
    p.add_argument("--tempat", metavar="TEKS", help="tempat rapat / meeting place")
    p.add_argument("--waktu", metavar="TEKS", help="waktu rapat, mis. '09.00 WITA' / meeting time")
    p.add_argument("--agenda", action="append", metavar="TEKS", help="boleh berulang / repeatable")
    p.add_argument("--tim", action="append", metavar="TIM",
                   help="nomor, label (a.), area, atau bagian nama tim; berulang; bawaan semua tim")  # fmt: skip
    p.add_argument(
        "--jenis",
        action="append",
        choices=["undangan", "daftar_hadir", "notulensi"],
        help="dokumen yang dibuat; berulang; bawaan ketiganya / documents to write; default all three",
    )
    p.add_argument("-o", "--output", required=True, metavar="OUTDIR", help="folder tujuan / output folder")
    p.add_argument("--pdf", action="store_true", help="buat juga PDF / also write PDFs")
    p.set_defaults(func=run_forum)

    p = sub.add_parser(
        "pernyataan",
        parents=[common],
        help="surat pernyataan per orang / per-person statements",
        description="Surat Pernyataan Bebas Benturan Kepentingan dan Pakta Integritas untuk setiap orang "
        "dalam tim keputusan (satu surat per orang walau ia di beberapa tim), satu berkas per orang "
        "atau satu dokumen gabungan.",
        epilog="contoh: zi-docs laporan pernyataan keputusan.yaml --jenis pakta-integritas --gabung -o out/",
    )
    p.add_argument("keputusan", metavar="KEPUTUSAN")
    p.add_argument("--jenis", action="append", choices=["benturan-kepentingan", "pakta-integritas"],
                   help="bawaan keduanya / default both")  # fmt: skip
    p.add_argument("--tim", action="append", metavar="TIM", help="bawaan semua tim / default every team")
    p.add_argument("--gabung", action="store_true", help="satu dokumen per jenis / one combined document")
    p.add_argument("--tanggal", type=_tanggal, metavar="TANGGAL",
                   help="tanggal di atas tanda tangan (bawaan: titik-titik dan tahun keputusan)")  # fmt: skip
    p.add_argument("--meterai", action="store_true", help="tempat meterai / a revenue-stamp line")
    p.add_argument("-o", "--output", required=True, metavar="OUTDIR", help="folder tujuan / output folder")
    p.add_argument("--pdf", action="store_true", help="buat juga PDF / also write PDFs")
    p.add_argument("-q", "--quiet", action="store_true", help="tanpa tampilan kemajuan / no progress display")
    p.set_defaults(func=run_pernyataan)


def _print_paths(paths: list[Path]) -> int:
    for path in paths:
        print(path)
    return 0


def run_template(args: argparse.Namespace) -> int:
    from ..laporan.realisasi_templat import write_realisasi_template

    keputusan = load(args.keputusan)
    return _print_paths([write_realisasi_template(keputusan, args.output, inputs=(Path(args.keputusan),))])


def run_triwulan(args: argparse.Namespace) -> int:
    from ..laporan.realisasi import load_realisasi
    from ..laporan.triwulan import laporan_triwulan

    keputusan = load(args.keputusan)
    realisasi = load_realisasi(args.realisasi, keputusan)
    if realisasi.hilang:
        # Not an error (a team reports what it has); said on stderr and listed in the report.
        keys = ", ".join(a.kunci for a in realisasi.hilang)
        message = Message(
            f"peringatan: {len(realisasi.hilang)} aksi Rencana Aksi tidak ada di data realisasi "
            f"(dihitung belum dimulai): {keys}",
            f"warning: {len(realisasi.hilang)} Rencana Aksi actions are missing from the realisation data "
            f"(counted as not started): {keys}",
        )
        print(f"{args.realisasi}: {message(args.lang)}", file=sys.stderr)
    paths = laporan_triwulan(
        keputusan, realisasi, args.per, args.output, pdf=args.pdf, inputs=(args.keputusan, args.realisasi)
    )
    return _print_paths(paths)


def run_forum(args: argparse.Namespace) -> int:
    from ..laporan.forum import JENIS_FORUM, Rapat, dokumen_forum, load_rapat

    keputusan = load(args.keputusan)
    if args.rapat:
        rapat = load_rapat(args.rapat)
    elif args.tanggal:
        rapat = Rapat(tanggal=args.tanggal)
    else:
        raise ZiDocsError(
            Message("tanggal rapat belum diberikan", "no meeting date given"),
            hint=Message(
                "Berikan --rapat rapat.yaml atau --tanggal 2025-09-30.",
                "Give --rapat meeting.yaml or --tanggal 2025-09-30.",
            ),  # fmt: skip
        )
    # Options given on the command line win over the file.
    changes = {k: v for k, v in (("tanggal", args.tanggal), ("tempat", args.tempat), ("waktu", args.waktu),
                                 ("agenda", args.agenda)) if v}  # fmt: skip
    if changes:
        rapat = rapat.model_copy(update=changes)
    if rapat.belum_diisi:
        # Not an error (the place may be booked later), but the invitation must not go out without it unnoticed.
        flags = ", ".join(f"--{name}" for name in rapat.belum_diisi)
        names_id = " dan ".join(rapat.belum_diisi)
        names_en = " and ".join({"tempat": "place", "waktu": "time"}[n] for n in rapat.belum_diisi)
        message = Message(
            f"peringatan: {names_id} rapat belum diberikan ({flags}); undangan mencetak "
            f"'(belum ditentukan)' untuk diisi tangan",
            f"warning: the meeting's {names_en} not given ({flags}); the invitation prints "
            f"'(belum ditentukan)' to be filled in by hand",
        )
        print(message(args.lang), file=sys.stderr)
    paths = dokumen_forum(
        keputusan,
        rapat,
        args.output,
        tim=args.tim,
        jenis=tuple(args.jenis or JENIS_FORUM),
        pdf=args.pdf,
        inputs=(args.keputusan, args.rapat),
    )
    return _print_paths(paths)


def run_pernyataan(args: argparse.Namespace) -> int:
    from ..laporan.pernyataan import JENIS_PERNYATAAN, surat_pernyataan
    from ..progress import choose_mode

    keputusan = load(args.keputusan)
    paths = surat_pernyataan(
        keputusan,
        args.output,
        jenis=tuple(args.jenis or JENIS_PERNYATAAN),
        tim=args.tim,
        gabung=args.gabung,
        tanggal=args.tanggal,
        meterai=args.meterai,
        pdf=args.pdf,
        progres=choose_mode(sys.stderr, quiet=args.quiet),
        lang=args.lang,
        inputs=(args.keputusan,),
    )
    return _print_paths(paths)
