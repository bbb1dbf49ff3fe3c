"""Benchmark: rendering the example decree with zi_docs against raw docxtpl.

Not a test.  Both sides render the same shipped template with the same context in
the same process; the raw side is plain ``DocxTemplate.render`` (default Jinja
environment, autoescape on, no settings, no clean-up), so the ratio is the cost
of what zi_docs adds: building the context from the model, the sandbox, page and
font settings, document properties.

    python benchmarks/render.py [--repeat 15] [FILE.yaml]
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

from docxtpl import DocxTemplate
from jinja2 import Environment

import zi_docs
from zi_docs.rendering import build_context, default_template, render_docx_bytes
from zi_docs.rendering.filters import FILTERS

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make ``benchmarks`` importable
    sys.path.insert(0, str(ROOT))

from benchmarks.timing import timed

EXAMPLE = ROOT / "examples" / "kpu-penajam-paser-utara-42-2025.yaml"


def raw_docxtpl(template: Path, context: dict) -> bytes:
    env = Environment(autoescape=True)
    env.filters.update(FILTERS)  # the template uses them; docxtpl alone has none
    tpl = DocxTemplate(template)
    tpl.render(context, env, autoescape=True)
    buffer = io.BytesIO()
    tpl.save(buffer)
    return buffer.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", default=str(EXAMPLE))
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args(argv)
    keputusan = zi_docs.load(args.file)
    template = default_template()
    context = build_context(keputusan)
    m_ours = timed(lambda: render_docx_bytes(keputusan), args.repeat).median
    m_raw = timed(lambda: raw_docxtpl(template, context), args.repeat).median
    print(f"file:        {args.file}")
    print(f"repeats:     {args.repeat}")
    print(f"zi_docs:     median {m_ours * 1000:.1f} ms")
    print(f"raw docxtpl: median {m_raw * 1000:.1f} ms")
    print(f"ratio:       {m_ours / m_raw:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
