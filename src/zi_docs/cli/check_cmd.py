"""``zi-docs check``: check decrees and report every finding, with its place and fix."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..checks.codes import SEVERITIES
from ..errors import ZiDocsError
from ..i18n import Message
from .rule_options import codes, validate_codes

if TYPE_CHECKING:
    from ..checks.config import CheckConfig

FORMATS = ("text", "json", "sarif", "junit", "github")

EXAMPLES = """\
contoh / examples:
  zi-docs check draf.docx
  zi-docs check examples/published/kpu-penajam-paser-utara-42-2025.txt --lang en
  zi-docs check draf.docx --format sarif -o hasil.sarif
  zi-docs check drafts/*.docx --format github --quiet
  zi-docs check keputusan.yaml --select NAM,ORG --fail-on warning
"""


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "check",
        parents=[common],
        help="periksa keputusan (struktur, nama, ejaan, ZI) / check decrees",
        description="Memeriksa keputusan (YAML, JSON, DOCX, PDF, teks) seperti penelaah hukum yang teliti, dan "
        "melaporkan setiap temuan dengan kode aturan, tingkat, teks yang salah, letaknya, dan perbaikannya. "
        "Kode keluar 0 bila tidak ada temuan setingkat --fail-on atau lebih, 1 bila ada, 2 bila berkas tidak "
        "dapat dibaca.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("files", nargs="+", metavar="BERKAS", help="berkas .yaml/.json/.docx/.pdf/.txt/.md")
    parser.add_argument("--format", choices=FORMATS, default="text", help="bentuk keluaran / output format")
    parser.add_argument(
        "--fail-on",
        choices=SEVERITIES,
        default=None,
        help="tingkat terendah yang membuat kode keluar 1 (bawaan: error) / lowest severity that fails",
    )
    parser.add_argument("--select", type=codes, action="extend", default=None, metavar="KODE",
                        help="hanya aturan ini (kode atau awalan, dipisah koma) / only these rules")  # fmt: skip
    parser.add_argument("--ignore", type=codes, action="extend", default=None, metavar="KODE",
                        help="lewati aturan ini / skip these rules")  # fmt: skip
    parser.add_argument("--config", metavar="BERKAS", help="zi-docs.toml atau pyproject.toml")
    parser.add_argument(
        "--profile",
        choices=["kpu", "peraturan"],
        default=None,
        help='gaya tanda baca: kpu (butir terakhir ".", bawaan) atau peraturan (UU 12/2011: semua ";") '
        "/ punctuation house style",
    )
    parser.add_argument("-o", "--output", metavar="BERKAS", help="tulis laporan ke berkas / write the report to a file")
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="tanpa tampilan kemajuan / no progress display (stderr)"
    )
    parser.add_argument(
        "--ocr",
        action="store_true",
        help="kenali teks halaman pindaian PDF dengan Tesseract (bahasa Indonesia) / OCR scanned PDF pages",
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=None,
        metavar="N",
        help="jumlah proses (bawaan: semua inti bila berkasnya banyak) / processes (default: all cores for many files)",
    )
    parser.set_defaults(func=run)


def _jobs(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value} < 1")
    return number


def _config_for(args: argparse.Namespace, path: str, cache: dict[Path, CheckConfig]) -> CheckConfig:
    from ..checks.config import config_from_file, load_config

    if args.config:
        base = cache.setdefault(Path(args.config), config_from_file(args.config))
    else:
        folder = Path(path).resolve().parent
        if folder not in cache:
            cache[folder] = load_config(folder)
        base = cache[folder]
    return base.merged(select=args.select, ignore=args.ignore, profile=getattr(args, "profile", None))


def run(args: argparse.Namespace) -> int:
    from .start_gc import collector_after_start

    if not getattr(args, "whole_process", False):  # called from Python: leave its collector alone
        return _run(args, lambda: None)
    with collector_after_start() as started:
        return _run(args, started)


def _run(args: argparse.Namespace, started: Callable[[], None]) -> int:
    from ..checks.finding import Severity
    from ..checks.report import render
    from ..checks.run import Checker, FileResult, default_jobs
    from ..progress import Progress
    from ..storage.writing import refuse_overwriting_inputs, write_atomic

    validate_codes(args.select, "--select")
    validate_codes(args.ignore, "--ignore")
    if args.output:
        refuse_overwriting_inputs(args.output, args.files)
    cache: dict[Path, CheckConfig] = {}
    results: list[FileResult | None] = []
    work: list[tuple[str, CheckConfig]] = []
    slots: list[int] = []  # where each checked file's result goes in ``results``
    fail_on_from_config: Severity | None = None
    for path in args.files:
        try:
            config = _config_for(args, path, cache)
        except ZiDocsError as exc:
            if args.config:
                raise  # a broken --config spoils every file: one message, exit 2
            results.append(FileResult(path, error=exc))
            continue
        fail_on_from_config = fail_on_from_config or config.fail_on
        slots.append(len(results))
        results.append(None)
        work.append((path, config))
    jobs = args.jobs or default_jobs(len(work))
    if jobs > 1:
        started()  # before the workers are forked: they inherit the collector as it is
    action = Message("memeriksa", "checking")
    quiet = getattr(args, "quiet", False)
    with (
        Checker(min(jobs, len(work)), ocr=getattr(args, "ocr", False)) as checker,
        Progress(len(work), action, quiet=quiet, lang=args.lang) as bar,
    ):
        if checker.jobs == 1:
            checked = checker.run(
                work, done=lambda i, r: (bar.advance(), started()), starting=lambda i: bar.start(work[i][0])
            )
        else:  # files finish out of order: say each when it is done
            checked = checker.run(work, done=lambda i, r: (bar.start(work[i][0]), bar.advance()))
    for slot, result in zip(slots, checked, strict=True):
        results[slot] = result
    final = [result for result in results if result is not None]
    report = render(args.format, final, args.lang)
    if args.output:
        write_atomic(Path(args.output), report)
    else:
        sys.stdout.write(report)
    if args.format != "text":
        # Machine formats keep stdout clean; an unreadable file is still said on stderr.
        for result in final:
            if result.error is not None:
                print(result.error.text(args.lang), file=sys.stderr)
    if any(result.error is not None for result in final):
        return 2
    fail_on = Severity(args.fail_on) if args.fail_on else (fail_on_from_config or Severity.error)
    return 1 if any(result.fails(fail_on) for result in final) else 0
