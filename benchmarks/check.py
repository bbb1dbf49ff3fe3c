"""Benchmark: checking the example decree, as YAML data and as its rendered DOCX.

Not a test.  In one process: the one-off cost of loading the gazetteer, the
dictionary and every rule module (the first check), then the time per check with
everything loaded (median and spread over repeats), set against the time to read
the same DOCX so that checking can be seen not to dominate.

    python benchmarks/check.py [--repeat 15]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import zi_docs
from zi_docs.checks import check
from zi_docs.checks.run import check_reading
from zi_docs.readers import read
from zi_docs.rendering import render_docx_bytes

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "kpu-penajam-paser-utara-42-2025.yaml"
if str(ROOT) not in sys.path:  # run as a script: make ``benchmarks`` importable
    sys.path.insert(0, str(ROOT))

from benchmarks.timing import timed


def median_ms(function, repeat: int) -> tuple[float, float]:
    """Median and spread in milliseconds (no warm-up: the first check is timed apart)."""
    stat = timed(function, repeat, warmup=0)
    return stat.median * 1000, stat.spread * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    keputusan = zi_docs.load(EXAMPLE)
    start = time.perf_counter()
    check(keputusan)
    loading = (time.perf_counter() - start) * 1000
    with tempfile.TemporaryDirectory() as folder:
        docx = Path(folder) / "contoh.docx"
        docx.write_bytes(render_docx_bytes(keputusan))
        from_docx = read(docx)
        yaml_ms, yaml_spread = median_ms(lambda: check(keputusan), args.repeat)
        docx_ms, docx_spread = median_ms(lambda: check_reading(from_docx), args.repeat)
        read_ms, read_spread = median_ms(lambda: read(docx), args.repeat)
    print(f"first check (loads gazetteer, dictionary, rules): {loading:8.1f} ms")
    print(f"check, example as YAML:                           {yaml_ms:8.1f} ms ±{yaml_spread:.1f}")
    print(f"check, example read from DOCX:                    {docx_ms:8.1f} ms ±{docx_spread:.1f}")
    print(f"read the same DOCX:                               {read_ms:8.1f} ms ±{read_spread:.1f}")
    print(f"check / read ratio:                               {docx_ms / read_ms:8.2f}x")


if __name__ == "__main__":
    main()
