"""Benchmark: reviewing the example decree's DOCX against checking it (target: review ≤ 2× check).

Not a test.  The example is rendered, the drafter's mistakes of tests/reviewing/test_review.py
are typed into its runs, and in one process (everything loaded by a first run) the
median time of ``check_file`` is set against that of ``zi_docs.review`` (comments
and tracked changes), and of ``review --no-fixes``.

    python benchmarks/review.py [--repeat 7]
    python benchmarks/review.py --image docs/img/review-page.png

``--image`` converts the reviewed draft with LibreOffice and draws its first page
with the comments in the right margin, as Word shows them (LibreOffice 7.4 exports
comments as PDF annotations, not in the margin: the comments are taken from those
annotations, with their anchors, and drawn beside the page).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import zi_docs
from zi_docs.checks.run import check_file

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make ``benchmarks`` and ``tests`` importable
    sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests" / "reviewing"))

from benchmarks.timing import timed
from test_review import make_draft

# Comments as PDF annotations (and in the margin, where LibreOffice ≥ 7.6 can).
_EXPORT = (
    'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"},'
    '"ExportNotesInMargin":{"type":"boolean","value":"true"}}'
)


def page_image(docx_path: Path, image: Path, page: int = 0) -> None:
    """The reviewed draft's page as LibreOffice lays it out, its comments drawn in the margin."""
    import subprocess

    import pypdf
    from PIL import Image, ImageDraw, ImageFont

    folder = docx_path.parent
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{folder}/lo", "--convert-to",
         _EXPORT, "--outdir", str(folder), str(docx_path)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    pdf = docx_path.with_suffix(".pdf")
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", str(page + 1), "-l", str(page + 1), "-singlefile", str(pdf),
         str(folder / "page")],
        check=True, capture_output=True,
    )  # fmt: skip
    scale = 60 / 72
    sheet = pypdf.PdfReader(str(pdf)).pages[page]
    height = float(sheet.mediabox.height)
    notes = []
    for annotation in sheet.get("/Annots") or []:
        annotation = annotation.get_object()
        if annotation.get("/Subtype") == "/Text" and "/Rect" in annotation:
            x, y = float(annotation["/Rect"][0]), float(annotation["/Rect"][3])
            notes.append((height - y, x, str(annotation.get("/T", "")), str(annotation.get("/Contents", ""))))
    base = Image.open(folder / "page.png").convert("RGB")
    margin = 330
    canvas = Image.new("RGB", (base.width + margin, base.height), "#f3f3f3")
    canvas.paste(base, (0, 0))
    draw = ImageDraw.Draw(canvas)
    sans = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    font = ImageFont.truetype(str(sans), 10) if sans.exists() else ImageFont.load_default()
    top = 8
    for y, x, author, text in sorted(notes):
        lines = []
        for paragraph in text.splitlines():
            words, line = paragraph.split(), ""
            for word in words:
                if len(line) + len(word) + 1 > 52:
                    lines.append(line)
                    line = word
                else:
                    line = f"{line} {word}".strip()
            lines.append(line)
        box_top = max(top, int(y * scale) - 6)
        box_height = 14 * (len(lines) + 1) + 6
        left = base.width + 8
        draw.rectangle([left, box_top, canvas.width - 8, box_top + box_height], fill="#fff8d6", outline="#d4a017")
        draw.line([int(x * scale), int(y * scale) + 10, left, box_top + 8], fill="#d4a017", width=1)
        draw.text((left + 5, box_top + 3), author.split(",")[0], fill="#8a5a00", font=font)
        for number, line in enumerate(lines, start=1):
            draw.text((left + 5, box_top + 3 + 14 * number), line, fill="black", font=font)
        top = box_top + box_height + 6
    image.parent.mkdir(parents=True, exist_ok=True)
    canvas.save(image, optimize=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--image", type=Path, help="write the reviewed first page, comments in the margin")
    parser.add_argument("--page", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="zi-docs-bench-") as folder:
        draft = make_draft(Path(folder))
        out = Path(folder) / "draf-diperiksa.docx"
        if args.image:
            zi_docs.review(draft, out)
            page_image(out, args.image.resolve(), args.page - 1)
            return
        check = timed(lambda: check_file(draft), args.repeat)
        review = timed(lambda: zi_docs.review(draft, out), args.repeat)
        comments = timed(lambda: zi_docs.review(draft, out, fixes=False), args.repeat)
        findings = len(check_file(draft).findings)
    print(f"draft: the example decree's DOCX with {findings} findings")
    print(f"check_file           {check.ms()}")
    print(f"review               {review.ms()}  ({review.median / check.median:.2f}× check; target ≤ 2×)")
    print(f"review --no-fixes    {comments.ms()}  ({comments.median / check.median:.2f}× check)")


if __name__ == "__main__":
    main()
