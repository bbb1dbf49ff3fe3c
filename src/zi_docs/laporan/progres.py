"""A progress display for long runs (statements for a whole roster).

Three modes, chosen by :func:`mode_bawaan`: a rich progress bar on a terminal;
plain lines ("12/500") when the output is not a terminal or ``CI`` is set, since
a bar's control characters garble log files; nothing with ``--quiet`` or in the
Python API unless asked for.  Progress goes to stderr so that stdout keeps only
the paths written, for scripts.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Literal, TextIO

__all__ = ["Mode", "Progres", "mode_bawaan"]

Mode = Literal["rich", "baris", "diam"]


def mode_bawaan(quiet: bool = False, stream: TextIO | None = None) -> Mode:
    stream = stream or sys.stderr
    if quiet:
        return "diam"
    if os.environ.get("CI") or not getattr(stream, "isatty", lambda: False)():
        return "baris"
    return "rich"


class Progres:
    """``with Progres(500, "Surat pernyataan", mode) as p: … p.maju()``."""

    def __init__(self, total: int, label: str, mode: Mode = "diam", stream: TextIO | None = None):
        self.total, self.label, self.mode = total, label, mode
        self.stream = stream or sys.stderr
        self.selesai = 0
        self._rich = None
        self._task = None
        self._langkah = max(1, total // 10)  # plain mode: about ten lines per run
        self._berikut = self._langkah
        self._mulai = time.perf_counter()

    def __enter__(self) -> Progres:
        if self.mode == "rich":
            try:
                from rich.console import Console
                from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
            except ImportError:  # rich is optional: fall back to lines
                self.mode = "baris"
            else:
                self._rich = Progress(
                    TextColumn("{task.description}"),
                    BarColumn(),
                    MofNCompleteColumn(),
                    TimeRemainingColumn(),
                    console=Console(file=self.stream),
                    transient=False,
                )
                self._rich.start()
                self._task = self._rich.add_task(self.label, total=self.total)
        return self

    def maju(self, n: int = 1) -> None:
        self.selesai += n
        if self.mode == "rich" and self._rich is not None:
            self._rich.update(self._task, completed=self.selesai)
        elif self.mode == "baris" and (self.selesai >= self._berikut or self.selesai == self.total):
            # Work arrives in batches: print once per step crossed, not per item.
            self._berikut = (self.selesai // self._langkah + 1) * self._langkah
            print(f"{self.label}: {self.selesai}/{self.total}", file=self.stream, flush=True)

    def __exit__(self, *exc: object) -> None:
        if self._rich is not None:
            self._rich.stop()
