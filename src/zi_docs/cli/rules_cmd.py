"""``zi-docs rules`` (every rule) and ``zi-docs rule CODE`` (one rule explained)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..checks.codes import rule_codes, severity_label
from ..errors import ZiDocsError
from ..i18n import Message


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    listing = subparsers.add_parser(
        "rules",
        parents=[common],
        help="daftar semua aturan pemeriksaan / list every check rule",
        description="Menampilkan setiap aturan: kode, tingkat, ringkasan, dan dasarnya. Dengan --markdown, "
        "membuat docs/rules.md.",
        epilog="contoh: zi-docs rules --markdown -o docs/rules.md",
    )
    listing.add_argument("--markdown", action="store_true", help="keluaran Markdown (docs/rules.md)")
    listing.add_argument("-o", "--output", metavar="BERKAS", help="tulis ke berkas / write to a file")
    listing.set_defaults(func=run_rules)
    one = subparsers.add_parser(
        "rule",
        parents=[common],
        help="jelaskan satu aturan / explain one rule",
        description="Menjelaskan satu aturan: apa yang diperiksa, alasannya, dasar hukumnya, contoh salah dan benar.",
        epilog="contoh: zi-docs rule STR001",
    )
    one.add_argument("code", metavar="KODE", help="kode aturan, mis. STR001")
    one.set_defaults(func=run_rule)


def _write(text: str, output: str | None) -> None:
    if output:
        from ..storage.load_save import write_atomic

        Path(output).parent.mkdir(parents=True, exist_ok=True)
        write_atomic(Path(output), text)
    else:
        sys.stdout.write(text)


def run_rules(args: argparse.Namespace) -> int:
    if args.markdown:
        from ..checks.docs import rules_markdown

        # The committed docs are bilingual with Indonesian first, whatever --lang says.
        _write(rules_markdown("id"), args.output)
        return 0
    # From the code table: listing the rules imports none of them.
    rows = rule_codes()
    width = max((len(row.name) for row in rows.values()), default=0)
    labels = {row.severity: severity_label(row.severity, args.lang) for row in rows.values()}
    level = max((len(label) for label in labels.values()), default=0)
    lines = []
    for code, row in rows.items():
        source = f"  [{row.source}]" if row.source else ""
        lines.append(f"{code}  {row.name:<{width}}  {labels[row.severity]:<{level}}  {row.summary(args.lang)}{source}")
    _write("\n".join(lines) + "\n", args.output)
    return 0


def run_rule(args: argparse.Namespace) -> int:
    from rapidfuzz import fuzz, process

    from ..checks.docs import rule_text
    from ..checks.registry import rule_class

    rows = rule_codes()
    code = args.code.strip().upper()
    if code not in rows:
        by_name = {row.name: c for c, row in rows.items()}
        if args.code.strip() in by_name:
            code = by_name[args.code.strip()]
        else:
            close = [c for c, _, _ in process.extract(code, list(rows), scorer=fuzz.ratio, limit=3)]
            raise ZiDocsError(
                Message(f"aturan '{args.code}' tidak dikenal", f"unknown rule '{args.code}'"),
                hint=Message(
                    "Maksudnya: " + ", ".join(close) + "? Lihat `zi-docs rules`.",
                    "Did you mean: " + ", ".join(close) + "? See `zi-docs rules`.",
                )
                if close
                else Message("Lihat `zi-docs rules`.", "See `zi-docs rules`."),
            )
    sys.stdout.write(rule_text(rule_class(code), args.lang))
    return 0
