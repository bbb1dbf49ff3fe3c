"""The ``zi-docs`` command line.

Each subcommand lives in its own module with a ``register(subparsers, common)``
function that adds its parser and sets ``func`` to a callable taking the parsed
arguments and returning the exit code.  Errors zi_docs raises for bad input
(:class:`~zi_docs.errors.ZiDocsError`) are printed as one message and give exit
code 2; ``--debug`` shows the traceback instead.

Start-up matters (a pre-commit hook starts ``zi-docs`` for every commit): the
command modules import only argparse and the message classes at the top, and
everything heavy (the pydantic model, the readers, docxtpl, openpyxl, matplotlib,
rich, the dictionary) inside the function that runs the command, so that
``zi-docs --version``, ``--help`` and ``rules`` load none of it
(tests/cli/test_startup.py).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from .._version import __version__
from ..errors import ZiDocsError
from ..i18n import Lang, default_lang
from .argparse_id import argparse_language

#: The exit code of a command whose reader went away (``zi-docs rules | head -3``): what
#: a shell reports for a program stopped by SIGPIPE, as ``cat`` would end.
BROKEN_PIPE = 141

#: Subcommand modules, in the order ``--help`` lists them.
COMMANDS = [
    "check", "rules", "fix", "review", "validate", "read", "render", "template", "members", "excel", "laporan", "schema",
]  # fmt: skip

EPILOG = """\
contoh / examples:
  zi-docs check draf.docx
  zi-docs check draf.docx --format sarif -o hasil.sarif
  zi-docs rule STR001
  zi-docs validate examples/kpu-penajam-paser-utara-42-2025.yaml
  zi-docs validate --lang en keputusan.yaml
  zi-docs read draf.docx --show-unparsed
  zi-docs fix draf.docx -o draf-perbaikan.docx
  zi-docs review draf.docx -o draf-diperiksa.docx
  zi-docs render examples/kpu-penajam-paser-utara-42-2025.yaml -o out/ --pdf
  zi-docs template check kop-kantor.docx
  zi-docs laporan triwulan keputusan.yaml --realisasi realisasi.xlsx --per 2025-09-30 -o out/ --pdf
  zi-docs laporan pernyataan keputusan.yaml --jenis pakta-integritas -o out/
  zi-docs schema --check
  zi-docs excel export keputusan.yaml -o tabel.xlsx
  zi-docs excel import tabel.xlsx --into keputusan.yaml -o keputusan-baru.yaml
  zi-docs members anggota.xlsx --into keputusan.yaml --lampiran I -o keputusan-baru.yaml
"""


def _common_options(default: object) -> argparse.ArgumentParser:
    """Options accepted both before and after the subcommand.

    The subcommands' copy defaults to SUPPRESS so that ``zi-docs --lang en validate``
    is not overwritten by the subcommand's own default.
    """
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--lang",
        choices=["id", "en"],
        default=default,
        help="bahasa pesan / message language (bawaan: id, atau ZI_DOCS_LANG)",
    )
    common.add_argument(
        "--debug",
        action="store_true",
        default=False if default is None else default,
        help="tampilkan traceback / show tracebacks",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common_options(argparse.SUPPRESS)
    parser = argparse.ArgumentParser(
        prog="zi-docs",
        description="Menulis dan memeriksa Keputusan (Tim Pembangunan Zona Integritas KPU). "
        "Writes and checks Indonesian government decrees.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[_common_options(None)],
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"zi-docs {__version__}",
        help="tampilkan versi lalu keluar / show the version and exit",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="PERINTAH")
    for name in COMMANDS:
        importlib.import_module(f".{name}_cmd", __name__).register(subparsers, common)
    return parser


def _lang_of(argv: Sequence[str]) -> Lang:
    """The ``--lang`` asked for, read before argparse runs, so that argparse's own messages
    (usage, errors) are in that language too."""
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        value = arg.partition("=")[2] if arg.startswith("--lang=") else None
        if arg == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        if value in ("id", "en"):
            return value  # type: ignore[return-value]
    return default_lang()


#: pydantic looks for plugins (observability add-ons) in the entry points of every installed
#: distribution the first time it builds a model class: about 15 ms of every command that
#: loads the decree model (issue 17), for add-ons a command line has no use for.  A user who
#: wants them sets ``PYDANTIC_DISABLE_PLUGINS`` themselves (to an empty value: all plugins).
_PYDANTIC_PLUGINS = ("PYDANTIC_DISABLE_PLUGINS", "__all__")


def main(argv: Sequence[str] | None = None) -> int:
    whole_process = argv is None  # the ``zi-docs`` program, not a call from Python
    argv = list(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault(*_PYDANTIC_PLUGINS)
    try:
        code = _main(argv, whole_process)
        sys.stdout.flush()  # a closed pipe shows here, not at exit where it prints a traceback
    except BrokenPipeError:
        _silence_stdout()
        return BROKEN_PIPE
    return code


def _main(argv: list[str], whole_process: bool = False) -> int:
    with argparse_language(_lang_of(argv)):
        parser = build_parser()
        args = parser.parse_args(argv)
    if args.command is None:
        with argparse_language(_lang_of(argv)):
            parser.print_help()
        return 2
    lang = args.lang or default_lang()
    args.lang = lang
    # A command may tune what only the program's own process should (cli.start_gc).
    args.whole_process = whole_process
    try:
        return int(args.func(args) or 0)
    except ZiDocsError as exc:
        if args.debug:
            raise
        print(exc.text(lang), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _silence_stdout() -> None:
    """Point standard output at the null device: Python flushes it once more at exit, and
    that flush into the closed pipe would print "Exception ignored … BrokenPipeError"."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # stdout replaced by something without a descriptor
        pass


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
