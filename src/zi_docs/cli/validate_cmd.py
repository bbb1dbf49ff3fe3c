"""``zi-docs validate``: check decree data against the model and summarise it."""

from __future__ import annotations

import argparse
import json
import sys

from ..errors import InvalidDataError, ZiDocsError


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "validate",
        parents=[common],
        help="periksa data keputusan (YAML/JSON) terhadap model / validate decree data",
        description="Memeriksa bentuk data keputusan (YAML atau JSON) dan melaporkan semua kesalahan "
        "sekaligus, masing-masing dengan jalurnya di dokumen dan barisnya di berkas. "
        "Kode keluar 0 bila sah, 2 bila tidak.",
        epilog="contoh: zi-docs validate examples/kpu-penajam-paser-utara-42-2025.yaml",
    )
    parser.add_argument("files", nargs="+", metavar="BERKAS", help="berkas .yaml/.yml/.json")
    parser.add_argument("--format", choices=["text", "json"], default="text", help="bentuk keluaran / output format")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..model.summary import summary
    from ..storage.load_save import load

    results = []
    exit_code = 0
    for path in args.files:
        try:
            keputusan = load(path)
        except ZiDocsError as exc:
            if args.debug:
                raise
            exit_code = 2
            problems = exc.problems if isinstance(exc, InvalidDataError) else []
            results.append(
                {
                    "path": path,
                    "valid": False,
                    "message": exc.message(args.lang),
                    "problems": [{"where": p.where, "line": p.line, "message": p.message(args.lang)} for p in problems],
                }
            )
            if args.format == "text":
                print(exc.text(args.lang), file=sys.stderr)
            continue
        results.append({"path": path, "valid": True, "problems": []})
        if args.format == "text":
            print(f"{path}: {'valid' if args.lang == 'en' else 'sah'}")
            print(summary(keputusan, args.lang))
    if args.format == "json":
        print(json.dumps({"files": results}, ensure_ascii=False, indent=2))
    return exit_code
