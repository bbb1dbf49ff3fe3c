"""The benchmark of issue 9 runs (``benchmarks/run.py --quick``) and prints its table.

No timing is asserted: the numbers depend on the machine.  This only keeps the
benchmark from rotting.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import HANG_S

ROOT = Path(__file__).resolve().parents[2]


def test_quick_benchmark_prints_the_table(tmp_path: Path) -> None:
    report = tmp_path / "performance.md"
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick", "-o", str(report)],
        check=False,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=HANG_S,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    out = result.stdout
    assert "| step | what | zi_docs (median ±spread) |" in out
    for step in ("| render |", "| read |", "| check |", "| batch |", "| pdf |", "| spelling |"):
        assert step in out, step
    assert "targets met:" in out
    text = report.read_text(encoding="utf-8")
    assert text.startswith("# Performance")
    assert "## Targets" in text


def test_review_benchmark_runs() -> None:
    """benchmarks/review.py imports the drafter's mistakes from the tests; a test move broke
    it once without any test noticing."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "review.py"), "--repeat", "1"],
        check=False,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=HANG_S,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "× check; target ≤ 2×" in result.stdout
