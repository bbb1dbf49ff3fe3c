"""``zi-docs template check``: list what would break a decree template."""

from __future__ import annotations

import argparse
import json

EXAMPLES = """\
contoh / examples:
  zi-docs template check kop-kantor.docx
  zi-docs template check --lang en --format json kop-kantor.docx
"""


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "template",
        parents=[common],
        help="periksa templat DOCX / check a DOCX template",
        description="Perintah untuk templat keputusan (docxtpl).",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    actions = parser.add_subparsers(dest="template_command", metavar="AKSI", required=True)
    check = actions.add_parser(
        "check",
        parents=[common],
        help="daftar masalah templat / list template problems",
        description="Mendaftar variabel yang tidak disediakan model, tag Jinja yang terpecah antar-run Word "
        "atau rusak oleh tanda kutip tipografis, dan pasangan {%%tr %%} / {%%p %%} yang tidak ditutup, "
        "masing-masing dengan letaknya. Kode keluar 0 bila tidak ada galat, 1 bila ada.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    check.add_argument("template", metavar="DOCX", help="templat .docx")
    check.add_argument("--format", choices=["text", "json"], default="text", help="bentuk keluaran / output format")
    check.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..rendering import check_template

    issues = check_template(args.template)
    errors = sum(1 for i in issues if i.severity == "error")
    if args.format == "json":
        print(
            json.dumps(
                {
                    "template": args.template,
                    "issues": [
                        {
                            "kind": i.kind,
                            "severity": i.severity,
                            "where": i.where(args.lang),
                            "message": i.message(args.lang),
                            "snippet": i.snippet,
                        }
                        for i in issues
                    ],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        for issue in issues:
            print(f"{args.template}: {issue.text(args.lang)}")
        en = args.lang == "en"
        warnings = len(issues) - errors
        print(
            f"{args.template}: {errors} error(s), {warnings} warning(s)"
            if en
            else f"{args.template}: {errors} galat, {warnings} peringatan"
        )
    return 1 if errors else 0
