"""Benchmark: reading decrees with zi_docs against the libraries underneath.

Not a test.  In one process, repeated, medians with their spread:

* the rendered example DOCX: ``zi_docs.read`` against python-docx opening the file
  and walking every paragraph and every table cell;
* its PDF (when LibreOffice is installed to make it): ``zi_docs.read`` against
  pypdf's plain ``extract_text()`` of every page;
* the real text-layer PDFs in ``tests/fixtures/realworld`` (6 and 65 pages), the
  same way;
* the seed as published (text): ``zi_docs.read`` alone.

Target for PDF: the whole read (text layer by character position, layout, the
parser) takes at most as long as pypdf's plain text extraction, ratio ≤ 1.0.

    python benchmarks/read.py [--repeat 15]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import docx
from pypdf import PdfReader

import zi_docs
from zi_docs.readers import read
from zi_docs.rendering import render

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make ``benchmarks`` importable
    sys.path.insert(0, str(ROOT))

from benchmarks.timing import timed

EXAMPLE = ROOT / "examples" / "kpu-penajam-paser-utara-42-2025.yaml"
PUBLISHED = ROOT / "examples" / "published" / "kpu-penajam-paser-utara-42-2025.txt"
REAL_PDFS = [
    ROOT / "tests" / "fixtures" / "realworld" / name
    for name in (
        "polban-keputusan-b154-2023-tim-kerja-zi-wbbm.pdf",
        "kemendikbudristek-kepmen-433-m-2021-spm-polban.pdf",
    )
]


def python_docx_walk(path: Path) -> int:
    document = docx.Document(str(path))
    count = sum(len(p.text) for p in document.paragraphs)
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                count += len(cell.text)
    return count


def pypdf_extract(path: Path) -> int:
    return sum(len(page.extract_text() or "") for page in PdfReader(path).pages)


def _timed(function: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Median and spread in milliseconds."""
    stat = timed(function, repeat)
    return stat.median * 1000, stat.spread * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    keputusan = zi_docs.load(EXAMPLE)
    with tempfile.TemporaryDirectory() as folder:
        want_pdf = shutil.which("soffice") is not None
        paths = render(keputusan, Path(folder) / "contoh.docx", pdf=want_pdf)
        docx_path = paths[0]
        rows = []
        ours, spread = _timed(lambda: read(docx_path), args.repeat)
        base, base_spread = _timed(lambda: python_docx_walk(docx_path), args.repeat)
        rows.append(("DOCX", ours, spread, "python-docx walk", base, base_spread))
        if want_pdf:
            pdf_path = paths[1]
            ours, spread = _timed(lambda: read(pdf_path), args.repeat)
            base, base_spread = _timed(lambda: pypdf_extract(pdf_path), args.repeat)
            rows.append(("PDF", ours, spread, "pypdf extract_text", base, base_spread))
        for real in REAL_PDFS:
            if real.exists():
                ours, spread = _timed(lambda real=real: read(real), args.repeat)
                base, base_spread = _timed(lambda real=real: pypdf_extract(real), args.repeat)
                rows.append((f"PDF {real.name[:8]}", ours, spread, "pypdf extract_text", base, base_spread))
        ours, spread = _timed(lambda: read(PUBLISHED), args.repeat)
        rows.append(("text (seed)", ours, spread, "-", None, None))
    print(f"{'input':12} {'zi_docs ms':>12} {'baseline':>20} {'baseline ms':>12} {'ratio':>7}")
    for name, ours, spread, label, base, base_spread in rows:
        base_text = f"{base:8.1f} ±{base_spread:.1f}" if base is not None else "-"
        ratio = f"{ours / base:6.2f}x" if base else "-"
        print(f"{name:12} {ours:8.1f} ±{spread:.1f} {label:>20} {base_text:>12} {ratio:>7}")


if __name__ == "__main__":
    main()
