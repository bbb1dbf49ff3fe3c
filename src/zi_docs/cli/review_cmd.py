"""``zi-docs review``: a Word draft's findings as comments on their words, its fixes as tracked changes."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..checks.codes import SEVERITIES
from ..i18n import Message
from .rule_options import codes, validate_codes

if TYPE_CHECKING:
    from ..checks.config import CheckConfig


def _config(args: argparse.Namespace) -> CheckConfig:
    """As check finds it: --config, else the settings found from the draft's folder."""
    from ..checks.config import config_from_file, load_config

    base = config_from_file(args.config) if args.config else load_config(Path(args.file).resolve().parent)
    return base.merged(select=args.select, ignore=args.ignore, profile=args.profile)


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "review",
        parents=[common],
        help="tandai draf Word: komentar dan perubahan terlacak / mark up a Word draft",
        description="Memeriksa draf Word (.docx) dan menulis salinannya dengan setiap temuan sebagai komentar Word "
        "pada kata-kata yang salah (kode aturan, pesan, usul perbaikan) dan setiap perbaikan aman sebagai "
        "perubahan terlacak (Track Changes), sehingga Accept All memberi hasil yang sama dengan zi-docs fix. "
        "Draf tidak pernah ditimpa; komentar dan perubahan orang lain tetap. PDF dan teks tidak dapat memuat "
        "komentar: gunakan zi-docs check. Kode keluar seperti check: 0, 1 bila ada temuan setingkat --fail-on, "
        "2 bila berkas tidak dapat dibaca.",
        epilog="contoh:\n  zi-docs review draf.docx -o draf-diperiksa.docx\n"
        "  zi-docs review draf.docx -o draf-diperiksa.docx --no-fixes\n"
        "  zi-docs review draf.docx -o draf-diperiksa.docx --unsafe-fixes --lang en",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", metavar="BERKAS", help="draf .docx")
    parser.add_argument("-o", "--output", metavar="KELUAR", required=True, help="salinan yang diperiksa (.docx)")
    parser.add_argument("--no-fixes", action="store_true", help="komentar saja / comments only")
    parser.add_argument(
        "--unsafe-fixes", action="store_true", help="juga perbaikan yang perlu pertimbangan / also judgement fixes"
    )
    parser.add_argument(
        "--fail-on",
        choices=list(SEVERITIES),
        default=None,
        help="tingkat terendah yang membuat kode keluar 1 (bawaan: error) / lowest severity that fails",
    )
    parser.add_argument("--select", type=codes, action="extend", default=None, metavar="KODE",
                        help="hanya aturan ini / only these rules")  # fmt: skip
    parser.add_argument("--ignore", type=codes, action="extend", default=None, metavar="KODE",
                        help="lewati aturan ini / skip these rules")  # fmt: skip
    parser.add_argument("--config", metavar="BERKAS", help="zi-docs.toml atau pyproject.toml")
    parser.add_argument("--profile", choices=["kpu", "peraturan"], default=None, help="gaya tanda baca / house style")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..checks.finding import Severity
    from ..reviewing import review

    validate_codes(args.select, "--select")
    validate_codes(args.ignore, "--ignore")
    config = _config(args)
    reviewed = review(
        Path(args.file), Path(args.output), config=config, unsafe=args.unsafe_fixes, fixes=not args.no_fixes,
        lang=args.lang,
    )  # fmt: skip
    findings = reviewed.result.findings
    print(
        Message(
            f"{len(findings)} temuan, {reviewed.comments} komentar, {len(reviewed.fixes)} perubahan terlacak; "
            f"ditulis ke {args.output}",
            f"{len(findings)} findings, {reviewed.comments} comments, {len(reviewed.fixes)} tracked changes; "
            f"written to {args.output}",
        )(args.lang)
    )
    for finding in reviewed.unanchored:
        print(
            Message(
                f"{finding.rule}: kata-katanya tidak ditemukan di dokumen, tanpa komentar: {finding.text}",
                f"{finding.rule}: its words are not in the document, no comment: {finding.text}",
            )(args.lang),
            file=sys.stderr,
        )
    fail_on = Severity(args.fail_on) if args.fail_on else (config.fail_on or Severity.error)
    return 1 if reviewed.result.fails(fail_on) else 0
