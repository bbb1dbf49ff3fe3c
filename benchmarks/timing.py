"""One way of timing for every benchmark: a warm-up, then repeated runs.

Each benchmark reports the median of the samples and their spread (max − min),
measured in the same process as its baseline so that ratios hold on a busy machine.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Stat:
    """Median and spread of samples, in seconds."""

    samples: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def spread(self) -> float:
        return max(self.samples) - min(self.samples)

    def ms(self) -> str:
        return f"{self.median * 1000:.1f} ms ±{self.spread * 1000:.1f}"


def ratio_in_turn(ours: Stat, base: Stat) -> float:
    """The median of the sample-by-sample ratios of two Stats taken in turns (sample i of each
    right after the other): on a machine whose speed changes from one second to the next (a
    shared VM varies 1.5× within a minute), each ratio compares two runs of the same moment,
    where a ratio of medians may divide a slow moment's run by a fast one's.  Stats of
    different lengths were not taken in turns: their medians are divided."""
    if len(ours.samples) != len(base.samples):
        return ours.median / base.median
    return statistics.median(a / b for a, b in zip(ours.samples, base.samples, strict=True))


def difference_in_turn(ours: Stat, base: Stat) -> float:
    """Like :func:`ratio_in_turn`, the median of the sample-by-sample differences."""
    if len(ours.samples) != len(base.samples):
        return ours.median - base.median
    return statistics.median(a - b for a, b in zip(ours.samples, base.samples, strict=True))


def timed(function: Callable[[], object], repeat: int, warmup: int = 1) -> Stat:
    for _ in range(warmup):
        function()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        samples.append(time.perf_counter() - start)
    return Stat(samples)


def timed_in_turn(functions: list[Callable[[], object]], repeat: int, warmup: int = 1) -> list[Stat]:
    """Like :func:`timed` for several functions whose times are compared, taking turns: sample i of
    each is taken one after the other, so a change in the machine's load between samples reaches
    all of them alike instead of the one that happened to run then."""
    for _ in range(warmup):
        for function in functions:
            function()
    samples: list[list[float]] = [[] for _ in functions]
    for _ in range(repeat):
        for function, taken in zip(functions, samples, strict=True):
            start = time.perf_counter()
            function()
            taken.append(time.perf_counter() - start)
    return [Stat(taken) for taken in samples]
