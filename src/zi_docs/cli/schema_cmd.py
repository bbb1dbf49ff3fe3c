"""``zi-docs schema``: regenerate the JSON Schema files from the model."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "schema",
        parents=[common],
        help="tulis ulang schemas/*.json dari model / regenerate the JSON Schemas",
        description="Menulis JSON Schema (draft 2020-12) model keputusan ke folder tujuan. "
        "Dengan --check hanya memeriksa apakah berkas yang ada masih sesuai (kode keluar 1 bila usang).",
        epilog="contoh: zi-docs schema -o schemas   |   zi-docs schema --check",
    )
    parser.add_argument("-o", "--output", default="schemas", metavar="FOLDER", help="folder tujuan (bawaan: schemas)")
    parser.add_argument("--check", action="store_true", help="hanya periksa, jangan tulis / check only")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..storage.schema import stale_schemas, write_schemas

    if args.check:
        stale = stale_schemas(args.output)
        for name in stale:
            print(
                f"{args.output}/{name}: "
                + ("out of date; run: zi-docs schema" if args.lang == "en" else "usang; jalankan: zi-docs schema")
            )
        return 1 if stale else 0
    for path in write_schemas(args.output):
        print(path)
    return 0
