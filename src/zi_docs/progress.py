"""Progress for long work: a bar on a terminal, plain lines in CI logs, nothing with --quiet.

>>> with Progress(len(paths), Message("memeriksa", "checking"), lang="id") as progress:
...     for path in progress.track(paths):
...         check_file(path)

Progress goes to standard error, so that a report written to standard output
(``--format json``, ``sarif``) stays clean.  A bar redraws itself, which a CI log
records as garbage, so the bar is shown only when standard error is a terminal and
``CI`` is not set; otherwise each item gets one line ``[2/5] memeriksa draf.docx``,
which also shows in the log which file a stuck run was on.  Work done in batches
without names (hundreds of statements written by a process pool) calls
:meth:`Progress.advance` with a count and gets about ten lines ``[120/500] menulis
surat pernyataan``, not one per item.  rich draws the bar; when it is not installed
the plain lines are used.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from types import TracebackType
from typing import Any, Literal, Self, TextIO, TypeVar

from .i18n import Lang, Message, default_lang

__all__ = ["Mode", "Progress", "choose_mode", "in_ci"]

T = TypeVar("T")
Mode = Literal["bar", "lines", "off"]


def in_ci(environ: dict[str, str] | os._Environ[str] | None = None) -> bool:
    """Whether we run under CI: ``CI`` is set (GitHub Actions, GitLab, most others set it)
    to anything but an explicit no."""
    value = (environ if environ is not None else os.environ).get("CI", "")
    return value.strip().lower() not in ("", "0", "false", "no")


def _rich_available() -> bool:
    try:
        import rich.progress  # noqa: F401
    except ImportError:
        return False
    return True


def choose_mode(stream: TextIO, *, quiet: bool = False, environ: dict[str, str] | None = None) -> Mode:
    """``off`` with --quiet; ``lines`` in CI, when ``stream`` is no terminal, or without
    rich; else ``bar``."""
    if quiet:
        return "off"
    isatty = getattr(stream, "isatty", None)
    if in_ci(environ) or not (callable(isatty) and isatty()):
        return "lines"
    return "bar" if _rich_available() else "lines"


class Progress:
    """Progress over ``total`` items, each described by ``action`` and its name."""

    def __init__(
        self,
        total: int,
        action: Message,
        *,
        quiet: bool = False,
        stream: TextIO | None = None,
        lang: Lang | None = None,
        mode: Mode | None = None,
    ):
        self.total = total
        self.action = action
        self.stream = stream if stream is not None else sys.stderr
        self.lang: Lang = lang or default_lang()
        self.mode: Mode = mode or choose_mode(self.stream, quiet=quiet)
        self.done = 0
        self._bar: Any = None
        self._task: Any = None
        self._named = False  # whether items are reported by name (start) or only counted (advance)
        self._step = max(1, total // 10)  # unnamed lines mode: about ten lines per run
        self._next_line = self._step

    # -- context

    def __enter__(self) -> Self:
        if self.mode == "bar":
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
            from rich.progress import Progress as RichProgress

            # transient: the bar disappears when done, leaving the report alone on screen.
            self._bar = RichProgress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=Console(file=self.stream),
                transient=True,
            )
            self._bar.__enter__()
            self._task = self._bar.add_task(self.action(self.lang), total=self.total)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._bar is not None:
            self._bar.__exit__(exc_type, exc, tb)
            self._bar = None

    # -- reporting

    def start(self, name: str) -> None:
        """Say that work on ``name`` begins (a line in CI; the bar's label on a terminal)."""
        self._named = True
        if self.mode == "lines":
            self.stream.write(f"[{self.done + 1}/{self.total}] {self.action(self.lang)} {name}\n")
            self.stream.flush()
        elif self.mode == "bar" and self._bar is not None:
            self._bar.update(self._task, description=f"{self.action(self.lang)} {name}")

    def advance(self, count: int = 1) -> None:
        """``count`` items are finished.

        In lines mode, items never named by :meth:`start` are reported by their count,
        once per tenth of the total crossed and at the end.
        """
        self.done += count
        if self.mode == "bar" and self._bar is not None:
            self._bar.update(self._task, completed=self.done)
        elif self.mode == "lines" and not self._named and (self.done >= self._next_line or self.done == self.total):
            self._next_line = (self.done // self._step + 1) * self._step
            self.stream.write(f"[{self.done}/{self.total}] {self.action(self.lang)}\n")
            self.stream.flush()

    def note(self, message: Message) -> None:
        """A step that is not one of the items (converting everything to PDF at the end)."""
        if self.mode == "lines":
            self.stream.write(f"{message(self.lang)}\n")
            self.stream.flush()
        elif self.mode == "bar" and self._bar is not None:
            self._bar.update(self._task, description=message(self.lang))

    def track(self, items: Iterable[T], name: Callable[[T], str] = str) -> Iterator[T]:
        """Yield each item, reporting its start before and its end after the caller's work."""
        for item in items:
            self.start(name(item))
            yield item
            self.advance()
