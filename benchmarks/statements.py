"""Benchmark: Pakta Integritas for a roster of 500 people, zi_docs against a plain docxtpl loop.

    python benchmarks/statements.py [--people 500] [--workers N]

The baseline is what one would write first: for each person, open the template
with docxtpl, render it (same sandboxed, autoescaped environment, same context)
and save.  zi_docs (:func:`zi_docs.laporan.surat_pernyataan`) parses and compiles
the template once, renders each person with one Jinja call into a copy of the
template's package, and spreads the roster over a process pool (one worker per
core).  Both write one DOCX per person; the ratio is printed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import zi_docs
from zi_docs.laporan import Orang
from zi_docs.laporan.pernyataan import JENIS_PERNYATAAN, konteks_bersama, konteks_orang, surat_pernyataan
from zi_docs.laporan.templat import aman, templat_laporan
from zi_docs.model import Anggota, KelompokTim

FIRST = ["Ahmad", "Siti", "Budi", "Dewi", "Rizky", "Nurlina", "Hendra", "Ayu", "Bayu", "Fitri"]
LAST = ["Saputra", "Rahman", "Wijaya", "Lestari", "Hidayat", "Pratama", "Kusuma", "Santoso", "Nugroho", "Sari"]


def roster(n: int) -> list[Orang]:
    team = KelompokTim(nama="TIM PENGUATAN PENGAWASAN")
    people = []
    for i in range(n):
        nama = f"{FIRST[i % 10]} {LAST[(i // 10) % 10]} {i}"
        anggota = Anggota(nama=nama, jabatan="Penata Kelola Pemilihan Umum", kedudukan="Anggota")
        people.append(Orang(nama=nama, jabatan=anggota.jabatan, nip=f"1990{i:014d}", tempat=[(team, anggota)]))
    return people


def baseline(keputusan, people, outdir: Path) -> None:
    from docxtpl import DocxTemplate

    from zi_docs.rendering.engine import make_environment

    template = templat_laporan(JENIS_PERNYATAAN["pakta-integritas"][0])
    shared = aman(konteks_bersama(keputusan, None, False))
    for i, person in enumerate(people):
        tpl = DocxTemplate(template)
        tpl.render({**shared, "orang": [aman(konteks_orang(person))]}, make_environment(), autoescape=True)
        tpl.save(outdir / f"{i}.docx")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=500)
    parser.add_argument("--workers", type=int, default=None, help="default: one per core (at most 4)")
    args = parser.parse_args()
    keputusan = zi_docs.load(ROOT / "examples" / "kpu-penajam-paser-utara-42-2025.yaml")
    people = roster(args.people)
    work = Path(tempfile.mkdtemp(prefix="zi-docs-bench-"))
    try:
        (work / "base").mkdir()
        start = time.perf_counter()
        baseline(keputusan, people, work / "base")
        base = time.perf_counter() - start

        start = time.perf_counter()
        paths = surat_pernyataan(keputusan, work / "ours", jenis=["pakta-integritas"], orang=people,
                                 workers=args.workers)  # fmt: skip
        ours = time.perf_counter() - start
        assert len(paths) == len(people) == len(list((work / "base").iterdir()))

        start = time.perf_counter()
        surat_pernyataan(keputusan, work / "serial", jenis=["pakta-integritas"], orang=people, workers=1)
        serial = time.perf_counter() - start
    finally:
        shutil.rmtree(work, ignore_errors=True)
    n = len(people)
    print(f"{n} statements, {os.cpu_count()} CPU(s)")
    print(f"  plain docxtpl loop     {base:7.2f} s  ({1000 * base / n:6.1f} ms each)")
    print(f"  zi_docs, one process   {serial:7.2f} s  ({1000 * serial / n:6.1f} ms each)  {base / serial:5.1f}x")
    print(f"  zi_docs, process pool  {ours:7.2f} s  ({1000 * ours / n:6.1f} ms each)  {base / ours:5.1f}x")


if __name__ == "__main__":
    main()
