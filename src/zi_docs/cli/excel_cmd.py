"""``zi-docs excel``: the team composition and Rencana Aksi of a decree to Excel and back."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import UnsupportedFormatError
from ..i18n import Lang, Message

EXPORT_EXAMPLES = """\
contoh / examples:
  zi-docs excel export examples/kpu-penajam-paser-utara-42-2025.yaml -o tabel.xlsx
  zi-docs excel export keputusan.yaml -o out/tim-dan-rencana-aksi.xlsx
"""

IMPORT_EXAMPLES = """\
contoh / examples:
  zi-docs excel import tabel.xlsx --into keputusan.yaml -o keputusan-baru.yaml
  zi-docs excel import tabel.xlsx --into keputusan.yaml -o keputusan-baru.json --lang en
"""

EXAMPLES = """\
contoh / examples:
  zi-docs excel export keputusan.yaml -o tabel.xlsx
  (sunting tabel.xlsx di Excel / edit tabel.xlsx in Excel)
  zi-docs excel import tabel.xlsx --into keputusan.yaml -o keputusan-baru.yaml
  zi-docs check keputusan-baru.yaml
"""


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "excel",
        parents=[common],
        help="ekspor/impor susunan tim dan Rencana Aksi ke/dari Excel / team composition and Rencana Aksi as .xlsx",
        description="Menulis susunan tim dan Rencana Aksi keputusan ke buku kerja Excel (.xlsx) untuk diperiksa dan "
        "disunting, lalu membacanya kembali ke keputusan. Satu lembar per Lampiran ('Lampiran I Susunan Tim', "
        "'Lampiran II Rencana Aksi'); kesalahan disebut dengan lembar, baris, dan kolomnya. "
        "Writes a decree's team composition and Rencana Aksi to an Excel workbook and reads them back.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    actions = parser.add_subparsers(dest="excel_action", metavar="TINDAKAN", required=True)

    export = actions.add_parser(
        "export",
        parents=[common],
        help="tulis tabel keputusan ke .xlsx / write the tables to .xlsx",
        description="Menulis setiap Lampiran susunan tim dan Rencana Aksi keputusan (YAML/JSON) ke satu lembar "
        "Excel: baris judul tebal yang dibekukan dan diulang saat dicetak, lebar kolom disesuaikan, dan pilihan "
        "area ZI. Kode keluar 0 bila berhasil, 2 bila ada kesalahan.",
        epilog=EXPORT_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    export.add_argument("decree", metavar="KEPUTUSAN.yaml", help="data keputusan .yaml/.yml/.json")
    export.add_argument("-o", "--output", required=True, metavar="TABEL.xlsx", help="buku kerja tujuan (.xlsx)")
    export.set_defaults(func=run_export)

    imp = actions.add_parser(
        "import",
        parents=[common],
        help="baca .xlsx kembali ke keputusan / read the tables back into a decree",
        description="Membaca buku kerja hasil 'zi-docs excel export' (setelah disunting) ke keputusan --into dan "
        "menulis keputusan baru ke -o; berkas masukan tidak pernah ditimpa. Lembar 'Lampiran I …' masuk ke "
        "Lampiran I: tim yang ada di lembar diganti, tim baru ditambahkan, tim lain tetap (dengan --replace lembar "
        "menjadi seluruh susunan tim); tabel Rencana Aksi diganti; judul, kepala, dan tanda tangan Lampiran tetap. "
        "Semua sel yang salah dilaporkan sekaligus "
        "dengan lembar, baris, dan kolomnya. Kode keluar 0 bila berhasil, 2 bila ada kesalahan.",
        epilog=IMPORT_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    imp.add_argument("workbook", metavar="TABEL.xlsx", help="buku kerja Excel (.xlsx)")
    imp.add_argument("--into", required=True, metavar="KEPUTUSAN.yaml", help="keputusan yang tabelnya diganti")
    imp.add_argument("-o", "--output", required=True, metavar="KELUARAN.yaml", help="keputusan baru .yaml/.json")
    imp.add_argument(
        "--replace",
        action="store_true",
        help="lembar tim menjadi seluruh susunan tim; tim yang tidak ada di lembar dihapus / "
        "a team sheet becomes the whole team list; teams not in it are removed",
    )
    imp.set_defaults(func=run_import)


def run_export(args: argparse.Namespace) -> int:
    from ..excel import export_excel
    from ..model import LampiranRencanaAksi, LampiranSusunanTim
    from ..storage.load_save import load

    lang: Lang = args.lang
    keputusan = load(args.decree)
    output = Path(args.output)
    export_excel(keputusan, output)
    sheets = [
        f"Lampiran {lamp.nomor}" if lamp.nomor else "Lampiran"
        for lamp in keputusan.lampiran
        if isinstance(lamp, (LampiranSusunanTim, LampiranRencanaAksi))
    ]
    message = Message(
        f"{args.decree}: {len(sheets)} lembar ({', '.join(sheets)}) → {output}",
        f"{args.decree}: {len(sheets)} sheet{'s' if len(sheets) != 1 else ''} ({', '.join(sheets)}) → {output}",
    )
    print(message(lang), file=sys.stderr)
    return 0


def run_import(args: argparse.Namespace) -> int:
    from ..excel import import_excel_report
    from ..storage.files import same_file
    from ..storage.load_save import JSON_SUFFIXES, YAML_SUFFIXES, load, save

    lang: Lang = args.lang
    workbook, output, into = Path(args.workbook), Path(args.output), Path(args.into)
    for source in (workbook, into):
        if same_file(output, source):
            print(
                Message(
                    f"-o {args.output} sama dengan berkas masukan {source}; pilih nama keluaran lain",
                    f"-o {args.output} is the input file {source}; choose another output name",
                )(lang),
                file=sys.stderr,
            )
            return 2
    if output.suffix.lower() not in YAML_SUFFIXES + JSON_SUFFIXES:
        raise UnsupportedFormatError(
            Message(f"tidak dapat menyimpan ke format '{output.suffix}'", f"cannot save to format '{output.suffix}'"),
            path=output,
            hint=Message("Gunakan akhiran .yaml atau .json.", "Use a .yaml or .json suffix."),
        )
    # The decree first: a mistyped --into is reported before the workbook is read.
    keputusan = load(into)
    updated, reports = import_excel_report(workbook, keputusan, replace=args.replace)
    save(updated, output, like=into)
    changed = sum(1 for old, new in zip(keputusan.lampiran, updated.lampiran) if old != new)
    message = Message(
        f"{workbook}: {changed} Lampiran berubah → {output}",
        f"{workbook}: {changed} Lampiran changed → {output}",
    )
    print(message(lang), file=sys.stderr)
    for report in reports:
        if report.kept or report.removed or report.added:  # a plain round trip replaces every team: nothing to say
            print(report.message()(lang), file=sys.stderr)
    return 0
