"""Benchmarks of issue 17: what a person waits for when a process starts.

- start-up: ``zi-docs --version``, ``--help``, ``rules`` against a bare ``python -c pass``,
  and ``zi-docs check one.docx`` against importing python-docx + pydantic's BaseModel + PyYAML, each
  as the wall time of a whole process (median of repeats, ours and the baseline taking
  turns so that a change in the machine's load hits both);
- the one-off loading of the first check in a fresh process (CPU time of the first
  check of the example minus its check in a process that has checked another decree);
- ``zi-docs check`` of many files on every core (``-j``) against one process;
- the peak memory of checking many synthetic decrees in one process, as it grows.

    python benchmarks/startup.py [--repeat 9]

Used by ``benchmarks/run.py``, which puts the rows into docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make ``benchmarks`` importable
    sys.path.insert(0, str(ROOT))

from benchmarks.timing import Stat, difference_in_turn, ratio_in_turn

EXAMPLE = ROOT / "examples" / "kpu-penajam-paser-utara-42-2025.yaml"


def environment() -> dict[str, str]:
    """The environment of a user's process: zi_docs importable, byte-code caches used
    (an installed package has them; PYTHONDONTWRITEBYTECODE would make every start
    compile zi_docs from source)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT / "src"), env.get("PYTHONPATH", "")) if p)
    env.pop("ZI_DOCS_LANG", None)
    return env


def _wall(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def paired(ours: list[str], base: list[str], repeat: int) -> tuple[Stat, Stat]:
    """Wall times of two commands, run in turns after one warm-up each."""
    env = environment()
    _wall(ours, env), _wall(base, env)
    a, b = [], []
    for _ in range(repeat):
        a.append(_wall(ours, env))
        b.append(_wall(base, env))
    return Stat(a), Stat(b)


def startup(docx: Path, repeat: int) -> list[tuple[str, Stat, str, Stat, float]]:
    """(what, ours, baseline name, baseline, target ratio) for each start-up row."""
    python = sys.executable
    cli = [python, "-m", "zi_docs.cli"]
    bare = [python, "-c", "pass"]
    # ``import pydantic`` alone loads almost nothing (pydantic 2 imports its parts when a
    # name is first used): importing BaseModel is what importing pydantic means to its users.
    libraries = [python, "-c", "import docx, yaml; from pydantic import BaseModel"]
    rows = []
    for args in (["--version"], ["--help"], ["rules"]):
        ours, base = paired([*cli, *args], bare, repeat)
        rows.append((f"`zi-docs {' '.join(args)}`, whole process", ours, "`python -c pass`", base, 8.0))
    ours, base = paired([*cli, "check", "-q", str(docx)], libraries, repeat)
    rows.append(
        (
            "`zi-docs check one.docx`, whole process",
            ours,
            "importing python-docx + pydantic's BaseModel + PyYAML",
            base,
            2.5,
        )
    )
    return rows


_LOADING = """
import gc, json, sys, time, zi_docs
from zi_docs.checks import check
decrees = [zi_docs.load(path) for path in {paths!r}]
times, imported = [], []
for keputusan in decrees:
    modules = len(sys.modules)
    # Each timed check starts on a settled heap: a full collection owed by what ran before it
    # (importing pydantic and python-docx, reading the YAML) is not loading for the check.
    gc.collect()
    start = time.process_time()
    check(keputusan)
    times.append(time.process_time() - start)
    imported.append(len(sys.modules) - modules)
if {synthetic!r}:
    # a synthetic decree of another KPU office, built only now so that building it loads nothing
    # before the first check: it shares most of the example's texts
    sys.path.insert(0, {root!r})
    from benchmarks import synthetic
    other = synthetic.decree(synthetic.offices()[{office}])
    gc.collect()
    start = time.process_time()
    check(other)
    times.append(time.process_time() - start)
print(json.dumps([times, imported]))
"""
#: the decree a first process checks before the example: another government's, of another
#: layout (the clean corpus), so that the example's own texts are new to the process
WARM_UP = ROOT / "tests" / "fixtures" / "clean" / "bupati-siak-zi-2025.yaml"


@dataclass
class Loading:
    """CPU times (Stat) of the checks of the loading row."""

    first: Stat
    """The example, checked first in a fresh process."""

    unseen: Stat
    """The example in a fresh process that has checked another government's decree first:
    everything loaded, none of the example's texts seen."""

    second: Stat
    """The example again, right after its first check (its texts' answers kept)."""

    sibling: Stat
    """A synthetic decree of another KPU office after the first check (most texts shared)."""

    imported_after_warm_up: int
    """Modules the example's check imported after the other decree's (0: it loaded nothing, so
    the difference is all loading)."""

    @property
    def loading(self) -> float:
        """The median of first minus unseen over the pairs of processes (each pair run one right
        after the other)."""
        return difference_in_turn(self.first, self.unseen)


def _checks(paths: list[Path], synthetic: bool, office: int) -> tuple[list[float], list[int]]:
    script = _LOADING.format(paths=[str(p) for p in paths], root=str(ROOT), synthetic=synthetic, office=office)
    out = subprocess.run([sys.executable, "-c", script], env=environment(), capture_output=True, text=True, check=True)
    times, imported = json.loads(out.stdout.strip().splitlines()[-1])
    return times, imported


def loading(repeat: int) -> Loading:
    """The loading of the first check: the example checked first in a fresh process, against the
    example checked in a fresh process after another government's decree (the two processes
    take turns); a second check of the example and one of a sibling decree as well."""
    firsts, seconds, siblings, unseens, imported = [], [], [], [], 0
    for index in range(repeat):
        (first, second, sibling), _ = _checks([EXAMPLE, EXAMPLE], True, 100 + index)
        (_, unseen), (_, after_warm_up) = _checks([WARM_UP, EXAMPLE], False, 0)
        imported = max(imported, after_warm_up)
        firsts.append(first)
        seconds.append(second)
        siblings.append(sibling)
        unseens.append(unseen)
    return Loading(Stat(firsts), Stat(unseens), Stat(seconds), Stat(siblings), imported)


def jobs(files: list[Path], repeat: int) -> tuple[Stat, Stat]:
    """``zi-docs check -j`` on every core against ``-j 1``, whole processes."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    cli = [sys.executable, "-m", "zi_docs.cli", "check", "-q", "--format", "json"]
    return paired([*cli, "-j", str(cores), *map(str, files)], [*cli, "-j", "1", *map(str, files)], repeat)


_MEMORY = """
import json, resource, sys
sys.path.insert(0, {root!r})
from benchmarks import synthetic
from zi_docs.checks import check
decrees = synthetic.decrees({count})
def peak():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
built = peak()
marks = {{}}
every = max(1, len(decrees) // 4)
for index, keputusan in enumerate(decrees, 1):
    check(keputusan)
    if index == 1 or index % every == 0 or index == len(decrees):
        marks[index] = peak()
print(json.dumps({{"built": built, "marks": marks}}))
"""


def memory(count: int) -> dict[str, object]:
    """Peak resident memory (MB) of one process after building ``count`` decrees and
    after checking the first, a quarter, half … of them."""
    out = subprocess.run(
        [sys.executable, "-c", _MEMORY.format(root=str(ROOT), count=count)],
        env=environment(),
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def import_profile(docx: Path, top: int = 6) -> str:
    """The slowest top-level imports of ``zi-docs check one.docx`` (``-X importtime``,
    cumulative, the smallest of three runs)."""
    best: dict[str, int] = {}
    for _ in range(3):
        out = subprocess.run(
            [sys.executable, "-X", "importtime", "-m", "zi_docs.cli", "check", "-q", str(docx)],
            env=environment(),
            capture_output=True,
            text=True,
            check=False,
        )
        for line in out.stderr.splitlines():
            if not line.startswith("import time:") or "|" not in line:
                continue
            _, cumulative, name = line.split("|")
            if name.startswith(" ") and not name.startswith("   ") and cumulative.strip().isdigit():
                module = name.strip()
                value = int(cumulative)
                best[module] = min(best.get(module, value), value)
    slowest = sorted(best.items(), key=lambda kv: -kv[1])[:top]
    return ", ".join(f"{module} {us / 1000:.0f} ms" for module, us in slowest)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()
    import tempfile

    from zi_docs import load
    from zi_docs.rendering import render_docx_bytes

    with tempfile.TemporaryDirectory() as folder:
        docx = Path(folder) / "contoh.docx"
        docx.write_bytes(render_docx_bytes(load(EXAMPLE)))
        for what, ours, base_name, base, limit in startup(docx, args.repeat):
            ratio = ratio_in_turn(ours, base)
            print(f"{what}: {ours.ms()}; {base_name}: {base.ms()}; {ratio:.2f}× (target ≤ {limit:g}×)")
        print("imports:", import_profile(docx))
    row = loading(args.repeat)
    print(
        f"first check {row.first.ms()} CPU, the same decree after another one {row.unseen.ms()}: "
        f"loading {row.loading * 1000:.0f} ms (a second check {row.second.ms()}, a sibling {row.sibling.ms()})"
    )


if __name__ == "__main__":
    main()
