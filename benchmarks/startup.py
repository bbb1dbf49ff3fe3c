"""Benchmarks of issue 17: what a person waits for when a process starts.

- start-up: ``zi-docs --version``, ``--help``, ``rules`` against a bare ``python -c pass``,
  and ``zi-docs check one.docx`` against importing python-docx + pydantic's BaseModel + PyYAML, each
  as the wall time of a whole process (median of repeats, ours and the baseline taking
  turns so that a change in the machine's load hits both);
- the one-off loading of the first check in a fresh process (CPU time of the first
  check minus a second one);
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
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make ``benchmarks`` importable
    sys.path.insert(0, str(ROOT))

from benchmarks.timing import Stat

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
k = zi_docs.load({example!r})
# Each timed check starts on a settled heap: a full collection owed by what ran before it
# (importing pydantic and python-docx, reading the YAML) is not loading for the check.
gc.collect()
start = time.process_time()
check(k)
first = time.process_time() - start
start = time.process_time()
check(k)
second = time.process_time() - start
# A decree this process has not checked (another office's, built only now, so that building it
# loads nothing before the first check): what a check costs once everything is loaded, without
# the answers a check keeps for texts it has seen.
sys.path.insert(0, {root!r})
from benchmarks import synthetic
other = synthetic.decree(synthetic.offices()[{office}])
gc.collect()
start = time.process_time()
check(other)
print(json.dumps([first, second, time.process_time() - start]))
"""


def loading(repeat: int) -> tuple[Stat, Stat, Stat]:
    """CPU time of the first check in a fresh process, of a second check of the same decree, and of
    a check of a decree the process has not seen (each process checks another office's)."""
    firsts, seconds, news = [], [], []
    env = environment()
    for index in range(repeat):
        script = _LOADING.format(example=str(EXAMPLE), root=str(ROOT), office=100 + index)
        out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
        first, second, new = json.loads(out.stdout.strip().splitlines()[-1])
        firsts.append(first)
        seconds.append(second)
        news.append(new)
    return Stat(firsts), Stat(seconds), Stat(news)


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
            ratio = ours.median / base.median
            print(f"{what}: {ours.ms()}; {base_name}: {base.ms()}; {ratio:.2f}× (target ≤ {limit:g}×)")
        print("imports:", import_profile(docx))
    first, second = loading(args.repeat)
    print(f"first check {first.ms()} CPU, second {second.ms()}: loading {(first.median - second.median) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
