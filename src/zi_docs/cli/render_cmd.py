"""``zi-docs render``: write a decree as DOCX (and PDF) from its YAML/JSON data."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ..i18n import Message

if TYPE_CHECKING:
    from ..rendering import RenderSettings

EXAMPLES = """\
contoh / examples:
  zi-docs render examples/kpu-penajam-paser-utara-42-2025.yaml -o out/
  zi-docs render keputusan.yaml -o out/ --pdf
  zi-docs render keputusan.yaml -o out/ --paper A4 --font "Times New Roman" --font-size 12
  zi-docs render a.yaml b.yaml -o out/ --pdf --template kop-kantor.docx
  zi-docs render drafts/*.yaml -o out/ --quiet
"""


def _font_size(text: str) -> float:
    try:
        size = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"bukan angka / not a number: {text!r}") from None
    if not 6 <= size <= 32:
        raise argparse.ArgumentTypeError(f"harus 6–32 pt / must be 6–32 pt: {text}")
    return size


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "render",
        parents=[common],
        help="tulis keputusan sebagai DOCX/PDF / render a decree to DOCX and PDF",
        description="Menulis keputusan dari data YAML/JSON menjadi OUTDIR/<nama>.docx (dan <nama>.pdf dengan --pdf), "
        "dengan templat bawaan (kertas F4, Bookman Old Style 12) atau templat kantor sendiri. "
        "Beberapa berkas diubah ke PDF dalam satu kali jalan LibreOffice.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("files", nargs="+", metavar="BERKAS", help="data keputusan .yaml/.yml/.json")
    parser.add_argument("-o", "--output", required=True, metavar="OUTDIR", help="folder tujuan / output folder")
    parser.add_argument("--pdf", action="store_true", help="buat juga PDF (LibreOffice) / also write the PDF")
    parser.add_argument("--template", metavar="DOCX", help="templat docxtpl kantor sendiri / the office's own template")
    parser.add_argument("--paper", choices=["F4", "A4"], help="ukuran kertas (bawaan F4) / paper size (default F4)")
    parser.add_argument("--font", metavar="NAMA", help="huruf (bawaan Bookman Old Style) / font")
    parser.add_argument("--font-size", type=_font_size, metavar="PT", help="ukuran huruf (bawaan 12) / font size")
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="tanpa tampilan kemajuan / no progress display (stderr)"
    )
    parser.set_defaults(func=run)


def settings_from(args: argparse.Namespace) -> RenderSettings:
    from ..rendering import RenderSettings

    """Settings from the options: with the shipped template, unset options take the
    defaults; with an office's template, unset options keep the template's layout."""
    base = RenderSettings() if args.template is None else RenderSettings(paper=None, font=None, font_size=None)
    return RenderSettings(
        paper=args.paper or base.paper,
        font=args.font or base.font,
        font_size=args.font_size if args.font_size is not None else base.font_size,
    )


def run(args: argparse.Namespace) -> int:
    from ..checks.suppress import carry_marks
    from ..progress import Progress
    from ..rendering import convert_to_pdf, render_docx_bytes
    from ..storage.load_save import load, refuse_overwriting_inputs, write_atomic

    outdir = Path(args.output)
    settings = settings_from(args)
    # Read and render everything first: a bad file stops the run before anything is written.
    rendered = []
    action = Message("menyusun", "rendering")
    with Progress(len(args.files), action, quiet=getattr(args, "quiet", False), lang=args.lang) as progress:
        for name in progress.track(args.files):
            keputusan = load(name)
            rendered.append(
                (
                    outdir / f"{Path(name).stem}.docx",
                    render_docx_bytes(keputusan, template=args.template, settings=settings),
                )
            )
        written = []
        for path, data in rendered:
            # The output may not be an input: the office template sits in out/ sometimes.
            refuse_overwriting_inputs(path, [p for p in (args.template, *args.files) if p])
            write_atomic(path, data)
            written.append(path)
        for (path, _), name in zip(rendered, args.files, strict=True):
            # The YAML's "# zi-docs: abaikan" marks, as Word comments, so check agrees on both.
            carry_marks(name, path)
        if args.pdf:
            # One LibreOffice run converts every file; it is the slow part, so say it is running.
            count = len(rendered)
            progress.note(
                Message(
                    f"mengubah {count} berkas ke PDF (LibreOffice) …",
                    f"converting {count} file{'s' if count != 1 else ''} to PDF (LibreOffice) …",
                )
            )
            written += convert_to_pdf([path for path, _ in rendered], outdir)
    for path in written:
        print(path)
    return 0
