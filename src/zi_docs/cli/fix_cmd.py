"""``zi-docs fix``: apply the checker's safe fixes to a draft, writing a new file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import ZiDocsError
from ..i18n import Lang, Message, default_lang


def _codes(value: str) -> list[str]:
    """``NAM,EJA001`` → ``["NAM", "EJA001"]``; the option may also be repeated."""
    return [code.strip().upper() for code in value.split(",") if code.strip()]


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "fix",
        parents=[common],
        help="terapkan perbaikan aman ke berkas baru / apply safe fixes to a new file",
        description="Memeriksa keputusan lalu menerapkan perbaikan yang aman (nama daerah yang salah, "
        "ejaan tidak baku yang bentuk bakunya hanya satu) ke berkas baru. Di DOCX perbaikan dibuat di "
        "dalam run yang ada, sehingga format (tebal, miring, huruf) tetap. Berkas masukan tidak pernah "
        "ditimpa. Setiap perubahan dicetak satu baris. Perbaikan yang perlu pertimbangan hanya "
        "diterapkan dengan --unsafe-fixes. Berkas: .docx, .yaml, .json.",
        epilog="contoh:\n  zi-docs fix draf.docx -o draf-perbaikan.docx\n"
        "  zi-docs fix draf.docx --dry-run\n"
        "  zi-docs fix keputusan.yaml -o keputusan-perbaikan.yaml --select NAM,EJA",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", metavar="BERKAS", help="berkas .docx, .yaml atau .json")
    parser.add_argument("-o", "--output", metavar="KELUAR", help="berkas hasil perbaikan (wajib, kecuali --dry-run)")
    parser.add_argument(
        "--unsafe-fixes",
        action="store_true",
        help="terapkan juga perbaikan yang perlu pertimbangan / also apply fixes that need judgement",
    )
    parser.add_argument(
        "--select",
        type=_codes,
        action="extend",
        default=[],
        metavar="KODE",
        help="hanya aturan ini (kode atau awalan, dipisah koma) / only these rules",
    )
    parser.add_argument(
        "--ignore",
        type=_codes,
        action="extend",
        default=[],
        metavar="KODE",
        help="abaikan aturan ini / skip these rules",
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="tampilkan perubahan tanpa menulis berkas / show the changes, write nothing",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    lang: Lang = getattr(args, "lang", None) or default_lang()
    try:
        return _run(args, lang)
    except ZiDocsError as exc:
        # Handled here as well as in main(), so the command keeps its exit codes
        # when it is driven directly (tests, other tools' parsers).
        if getattr(args, "debug", False):
            raise
        print(exc.text(lang), file=sys.stderr)
        return 2


def _run(args: argparse.Namespace, lang: Lang) -> int:
    from ..checks import CheckConfig
    from ..fix import fix_file

    source = Path(args.file)
    if not args.output and not args.dry_run:
        raise ZiDocsError(
            Message("sebutkan berkas keluaran dengan -o", "name the output file with -o"),
            path=args.file,
            hint=Message(
                "Contoh: zi-docs fix draf.docx -o draf-perbaikan.docx (atau --dry-run untuk melihat saja).",
                "Example: zi-docs fix draft.docx -o draft-fixed.docx (or --dry-run to look only).",
            ),
        )
    # fix_file refuses a PDF or text file and an output that is the input before
    # reading anything, so a mistaken command costs nothing.
    config = CheckConfig(select=list(args.select), ignore=list(args.ignore))
    report = fix_file(source, args.output, config=config, unsafe=args.unsafe_fixes, dry_run=args.dry_run)
    for applied in report:
        print(applied.text(lang))
    unsafe_waiting = [s for s in report.skipped if s.unsafe and not args.unsafe_fixes]
    for skipped in report.skipped:
        if skipped not in unsafe_waiting:
            print(skipped.text(lang))
    if not report.converged:
        print(
            Message(
                f"perbaikan belum tuntas setelah {report.passes} putaran: ada perbaikan yang memunculkan temuan "
                "baru; periksa hasilnya",
                f"fixing did not settle after {report.passes} passes: some fixes cause new findings; check the result",
            )(lang),
            file=sys.stderr,
        )
    print(_summary(len(report), len(report.skipped) - len(unsafe_waiting), len(unsafe_waiting), args, lang))
    return 0


def _summary(applied: int, skipped: int, unsafe: int, args: argparse.Namespace, lang: Lang) -> str:
    if lang == "en":
        parts = [f"{applied} fix{'es' if applied != 1 else ''} {'to apply' if args.dry_run else 'applied'}"]
        if skipped:
            parts.append(f"{skipped} not applied")
        if unsafe:
            parts.append(f"{unsafe} need{'s' if unsafe == 1 else ''} --unsafe-fixes")
        where = "nothing written (--dry-run)" if args.dry_run else f"written to {args.output}"
    else:
        parts = [f"{applied} perbaikan {'akan diterapkan' if args.dry_run else 'diterapkan'}"]
        if skipped:
            parts.append(f"{skipped} tidak diterapkan")
        if unsafe:
            parts.append(f"{unsafe} perlu --unsafe-fixes")
        where = "tidak ada berkas ditulis (--dry-run)" if args.dry_run else f"ditulis ke {args.output}"
    return ", ".join(parts) + f"; {where}"
