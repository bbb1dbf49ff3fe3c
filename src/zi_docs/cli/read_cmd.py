"""``zi-docs read``: read a decree from DOCX, PDF, text or data into the model."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..model import Lokasi

#: What ``zi_docs.readers`` reads, for the help text without importing the readers
#: (tests/cli/test_startup.py keeps it equal to ``zi_docs.readers.SUFFIXES``).
SUFFIXES = (".docx", ".pdf", ".txt", ".md", ".markdown", ".text", ".yaml", ".yml", ".json")


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "read",
        parents=[common],
        help="baca keputusan dari DOCX/PDF/teks ke model / read a decree into the model",
        description="Membaca keputusan dari berkas " + ", ".join(SUFFIXES) + " dan mencetaknya sebagai YAML "
        "(atau JSON). Teks yang tidak dapat ditempatkan tidak dibuang: --show-unparsed menampilkannya "
        "beserta letaknya.",
        epilog="contoh:\n  zi-docs read draf.docx\n  zi-docs read keputusan.pdf --format json -o keputusan.json\n"
        "  zi-docs read examples/published/kpu-penajam-paser-utara-42-2025.txt --show-unparsed\n"
        "  zi-docs read pindaian.pdf --ocr",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", metavar="BERKAS")
    parser.add_argument("--format", choices=["yaml", "json"], default="yaml", help="bentuk keluaran (bawaan: yaml)")
    parser.add_argument(
        "-o",
        "--output",
        metavar="KELUAR",
        help="tulis ke berkas ini, bukan ke layar (juga bersama --summary/--show-unparsed)",
    )
    parser.add_argument(
        "--summary",
        action="store_true",
        help="cetak ringkasan bagian-bagian yang terbaca / print a summary of what was read",
    )
    parser.add_argument(
        "--show-unparsed",
        action="store_true",
        help="hanya tampilkan teks yang tidak terurai, dengan letaknya / list text that could not be placed",
    )
    parser.add_argument(
        "--ocr",
        action="store_true",
        help="kenali teks halaman pindaian PDF dengan Tesseract (bahasa Indonesia) / OCR scanned PDF pages",
    )
    parser.set_defaults(func=run)


def describe(lokasi: Lokasi | None, lang: str) -> str:
    """``halaman 2, baris 14`` / ``page 2, line 14`` for a person."""
    if lokasi is None:
        return "?"
    words = {
        "halaman": ("halaman", "page"),
        "paragraf": ("paragraf", "paragraph"),
        "tabel": ("tabel", "table"),
        "baris_tabel": ("baris", "row"),
        "sel": ("sel", "cell"),
        "baris": ("baris", "line"),
    }
    parts = [
        f"{words[name][lang == 'en']} {value}"
        for name, value in lokasi.model_dump(exclude_none=True).items()
        if name in words
    ]
    return ", ".join(parts) or "?"


def run(args: argparse.Namespace) -> int:
    from ..model.summary import summary
    from ..readers import read
    from ..storage.load_save import dumps, refuse_overwriting_inputs, to_data, write_atomic

    if args.output:
        refuse_overwriting_inputs(args.output, [args.file])
    result = read(args.file, ocr=getattr(args, "ocr", False))
    for note in result.notes:
        print(f"{args.file}: {note(args.lang)}", file=sys.stderr)
    if args.format == "json":
        text = json.dumps(to_data(result.keputusan), ensure_ascii=False, indent=2) + "\n"
    else:
        text = dumps(result.keputusan, "yaml")
    if args.output:
        # Written whatever else was asked: --summary and --show-unparsed add to
        # the screen what the file holds, they do not replace the file.
        write_atomic(Path(args.output), text)
    if args.summary:
        print(summary(result.keputusan, args.lang))
    if args.show_unparsed:
        unparsed = result.keputusan.tidak_terurai
        for item in unparsed:
            print(f"{args.file}: {describe(item.lokasi, args.lang)}: {item.teks}")
        count = len(unparsed)
        print(
            f"{count} pieces of text not placed" if args.lang == "en" else f"{count} potongan teks tidak terurai",
            file=sys.stderr,
        )
    if not (args.output or args.summary or args.show_unparsed):
        sys.stdout.write(text)
    return 0
