"""The garbage collector while a command starts (issue 17).

A command that reads and checks a decree first creates the objects it keeps for the whole
process: a few hundred modules, the model classes, the rules, the compiled patterns.  While
they are made, Python's cyclic collector runs every 700 allocations and, each tenth of
those, looks through everything made so far: 70-110 ms of a one-file ``zi-docs check``,
with nothing to free.  So the collector waits until the command has loaded what it needs,
then the objects made so far are moved out of its view (:func:`gc.freeze`) and it runs as
usual on what comes after, so that a long batch is collected as any process is.  Only in
the ``zi-docs`` program's own process: frozen objects are never collected, which a Python
program calling :func:`zi_docs.cli.main` did not ask for.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager


@contextmanager
def collector_after_start() -> Iterator[Callable[[], None]]:
    """Pause the cyclic collector; the function given resumes it (call it once what the
    command keeps is loaded, and before forking workers, which inherit its state).  Leaving
    the block resumes it too."""
    paused = gc.isenabled()
    if paused:
        gc.disable()

    def resume() -> None:
        nonlocal paused
        if paused:
            paused = False
            gc.freeze()
            gc.enable()

    try:
        yield resume
    finally:
        resume()
