"""Check files: read each one, run the rules, drop what the drafter marked as deliberate.

>>> result = check_file("draf.docx")
>>> result.error or [f.rule for f in result.findings]

A file that cannot be read gives a :class:`FileResult` with its ``error`` set (the
command line exits with 2 for it), never an exception.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
import signal
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self

from pydantic import BaseModel

from ..errors import ZiDocsError
from ..model import Keputusan, Lokasi
from ..storage.files import TEXT_SUFFIXES
from ..storage.regex_cache import regex
from . import check
from .config import CheckConfig, load_config
from .finding import Finding, Severity
from .suppress import Suppressions, apply, strip_text_marks, suppressions_for, yaml_node_lines

if TYPE_CHECKING:
    from ..readers import ReadResult
    from ..readers.italics import Italics


@dataclass
class FileResult:
    """The outcome of checking one file."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    error: ZiDocsError | None = None
    """Why the file could not be read, if it could not."""

    suppressed: int = 0
    """How many findings marks in the document suppressed."""

    def counts(self) -> dict[Severity, int]:
        result = {severity: 0 for severity in Severity}
        for finding in self.findings:
            result[finding.severity] += 1
        return result

    def fails(self, fail_on: Severity) -> bool:
        return any(finding.severity.rank >= fail_on.rank for finding in self.findings)


@dataclass
class CheckInput:
    """What :func:`check_file` reads from a file before the rules run."""

    keputusan: Keputusan
    source_map: dict[str, Lokasi]
    suppressions: Suppressions
    italics: Italics | None = None
    printed: dict[str, str] = field(default_factory=dict)
    """The lines as printed where the model normalises them (:attr:`zi_docs.readers.ReadResult.printed`)."""


def _read_text_without_marks(path: Path) -> CheckInput:
    """Read a text/Markdown decree with its suppression marks taken out first: a mark at the
    end of a Menimbang line must not be judged as part of the Menimbang.  The cleaned text
    goes through the ordinary reader under the same file name, so lines keep their numbers."""
    from ..readers import read, read_text

    # Size-checked before reading: a 200 MB text file is refused, not loaded.
    text, _note = read_text(path)
    cleaned, marks = strip_text_marks(text)
    if not marks:
        result = read(path)
        return CheckInput(result.keputusan, dict(result.source_map), Suppressions(), result.italics, result.printed)
    with tempfile.TemporaryDirectory(prefix="zi-docs-") as folder:
        copy = Path(folder) / path.name
        copy.write_text(cleaned, encoding="utf-8")
        result = read(copy)
    return CheckInput(
        result.keputusan, dict(result.source_map), Suppressions(lines=marks), result.italics, result.printed
    )


def _yaml_source_map(path: Path) -> dict[str, Lokasi]:
    """Lines of every value of a YAML decree: the reader gives none for data files."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return {}
    return {p: Lokasi(berkas=path.name, baris=lines.first) for p, lines in yaml_node_lines(text).items()}


def read_check_input(path: str | os.PathLike[str], *, ocr: bool = False) -> CheckInput:
    """The decree in ``path``, where its parts are, the suppression marks in it, what it prints
    in italics and the lines as printed (:class:`CheckInput`)."""
    from ..readers import read

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return _read_text_without_marks(path)
    result = read(path, ocr=ocr)
    source_map = dict(result.source_map)
    if suffix in (".yaml", ".yml") and not source_map:
        source_map = _yaml_source_map(path)
    return CheckInput(result.keputusan, source_map, suppressions_for(path), result.italics, result.printed)


def check_reading(reading: CheckInput | ReadResult, config: CheckConfig | None = None) -> list[Finding]:
    """Every finding of a decree as read (a :class:`CheckInput` or a reader's result), the lines
    as printed and the italics handed to the rules that judge them; marks not applied."""
    return check(
        reading.keputusan,
        source_map=reading.source_map,
        config=config,
        printed=reading.printed,
        italics=reading.italics,
    )


def at_their_words(
    path: str | os.PathLike[str], findings: list[Finding], source_map: dict[str, Lokasi]
) -> list[Finding]:
    """DOCX findings placed in the paragraph or row where their words begin.

    The source map says where each part *starts*; a Lampiran's heading is read from
    "LAMPIRAN I" on, but the decree it names is on the next line.  The fixer edits
    the words where they stand and says so; the checker finds them the same way
    (:func:`zi_docs.docx.text.locate`), so that both name the same paragraph.
    """
    from ..docx.text import locate_in_file

    wanted = [(f, f.location) for f in findings if f.location is not None and f.text.strip()]
    if not wanted:
        return findings
    places = locate_in_file(
        path, [(lokasi, f.text, f.fix.old if f.fix else None) for f, lokasi in wanted], source_map.values()
    )
    moved = {id(f): place for (f, _), place in zip(wanted, places, strict=True) if place is not None}
    return [
        dataclasses.replace(f, location=moved[id(f)]) if id(f) in moved and moved[id(f)] != f.location else f
        for f in findings
    ]


#: Lines a text finding's words are looked for after its part's first line when they are
#: not before the next part's: a long Pasal of a scanned regulation runs over pages.
_WINDOW = 200
#: Markup the text reader reads through (Markdown emphasis, HTML bold in converted files).
_MARKUP = regex(r"</?[a-zA-Z][^>]*>|\*\*|__|(?<!\w)[*_](?=\w)|(?<=\w)[*_](?!\w)")


def _words(text: str) -> str:
    return " ".join(_MARKUP.sub("", text).split()).casefold()


def _stream(lines: list[str], first: int, last: int) -> tuple[str, list[int]]:
    """Lines ``first``..``last`` (1-based) as one normalised, case-folded string, and the
    line each character of it came from."""
    text: list[str] = []
    owner: list[int] = []
    for number in range(first, last + 1):
        words = _words(lines[number - 1])
        if not words:
            continue
        if text:
            text.append(" ")
            owner.append(number)
        text.append(words)
        owner.extend([number] * len(words))
    return "".join(text), owner


def at_their_lines(
    path: str | os.PathLike[str], findings: list[Finding], source_map: dict[str, Lokasi]
) -> list[Finding]:
    """Text-file findings placed on the line where their words begin.

    The source map says where each part *starts* (the signature block at "Ditetapkan
    di", a Lampiran at "LAMPIRAN I"; lines of the file, also in text with page marks);
    a finding in the signatory's title or the Lampiran header's decree name is some lines
    further.  The words are looked for from the part's first line to the next part's,
    then a little further; the second finding of the same words in one part is placed at
    their second occurrence.  A finding whose words are not found keeps its place.
    """
    from ..readers import read_text

    try:
        lines = read_text(Path(path))[0].splitlines()
    except ZiDocsError:
        return findings
    starts = sorted({p.baris for p in source_map.values() if p.baris is not None})
    streams: dict[tuple[int, int], tuple[str, list[int]]] = {}
    taken: dict[tuple[int, int, str], int] = {}
    result = []
    for f in findings:
        place = f.location
        if place is None or place.baris is None or not 0 < place.baris <= len(lines):
            result.append(f)
            continue
        following = [n for n in starts if n > place.baris]
        part_end = following[0] - 1 if following else len(lines)
        line = None
        for last in (part_end, min(place.baris + _WINDOW, len(lines))):
            if (place.baris, last) not in streams:
                streams[place.baris, last] = _stream(lines, place.baris, last)
            stream, owner = streams[place.baris, last]
            for wanted in (_words(f.text), _words(f.fix.old) if f.fix else ""):
                if not wanted:
                    continue
                at = stream.find(wanted, taken.get((place.baris, last, wanted), -1) + 1)
                if at >= 0:
                    taken[place.baris, last, wanted] = at
                    line = owner[at]
                    break
            if line is not None:
                break
        moved = line is not None and line != place.baris
        result.append(dataclasses.replace(f, location=place.model_copy(update={"baris": line})) if moved else f)
    return result


_PART = regex(r"([A-Za-z_]+)(?:\[(\d+)\])?")


def document_order(keputusan: Keputusan) -> dict[str, int]:
    """Every model path → its position when the decree is read top to bottom."""
    order: dict[str, int] = {}

    def walk(value: object, path: str) -> None:
        order.setdefault(path, len(order))
        if isinstance(value, BaseModel):
            names = list(type(value).model_fields)
            # A Lampiran's signature and copy block are printed after its table, though
            # the model declares them with the fields every Lampiran shares.
            for last in ("penandatanganan", "salinan"):
                if last in names and "judul" in names:
                    names.remove(last)
                    names.append(last)
            for name in names:
                walk(getattr(value, name), f"{path}.{name}" if path else name)
        elif isinstance(value, list):
            for index, item in enumerate(value):
                walk(item, f"{path}[{index}]")

    walk(keputusan, "")
    return order


def sort_findings(findings: Iterable[Finding], keputusan: Keputusan) -> list[Finding]:
    order = document_order(keputusan)

    def key(finding: Finding) -> tuple[int, int, str]:
        path = finding.path
        while path and path not in order:
            cut = max(path.rfind("."), path.rfind("["))
            path = path[:cut] if cut > 0 else ""
        return (order.get(path, len(order)), len(finding.path), finding.rule)

    return sorted(findings, key=key)


def check_file(path: str | os.PathLike[str], config: CheckConfig | None = None, *, ocr: bool = False) -> FileResult:
    """Read ``path``, check it with ``config`` (or the settings found from its folder), and
    return its findings in document order, marked exceptions dropped.  ``ocr``: recognise
    a scanned PDF's pages with Tesseract (:func:`zi_docs.readers.read`)."""
    from ..docx.package import documents_shared

    with documents_shared():  # the decree, its marks and its words: one parse of the DOCX
        return _check_file(path, config, ocr)


def _check_file(path: str | os.PathLike[str], config: CheckConfig | None, ocr: bool) -> FileResult:
    shown = str(path)
    try:
        if config is None:
            config = load_config(Path(path).parent)
        reading = read_check_input(path, ocr=ocr)
    except ZiDocsError as exc:
        return FileResult(shown, error=exc)
    keputusan, source_map, suppressions = reading.keputusan, reading.source_map, reading.suppressions
    findings = check_reading(reading, config)
    kept = apply(findings, suppressions)
    if Path(path).suffix.lower() in TEXT_SUFFIXES:
        # As for DOCX below: a mark may sit on the part's first line or on the words' own.
        kept = apply(at_their_lines(path, kept, source_map), suppressions)
    if Path(path).suffix.lower() == ".docx":
        # A mark may sit on the part's first paragraph (above) or on the words' own.
        kept = apply(at_their_words(path, kept, source_map), suppressions)
    # A finding that follows from a suppressed one (a label renumbered with it) goes with it.
    causes = {(f.rule, f.path) for f in kept}
    kept = [f for f in kept if f.cause is None or (f.rule, f.cause) in causes]
    return FileResult(shown, sort_findings(kept, keputusan), suppressed=len(findings) - len(kept))


def check_files(
    paths: Iterable[str | os.PathLike[str]], config: CheckConfig | None = None, *, jobs: int | None = 1
) -> list[FileResult]:
    """:func:`check_file` for each path, in the order given; ``jobs`` processes (``None``:
    :func:`default_jobs`)."""
    paths = list(paths)
    return check_many([(path, config) for path in paths], jobs=default_jobs(len(paths)) if jobs is None else jobs)


#: From this many files on, ``zi-docs check`` uses every core by default: below it the
#: workers' start (each loads the rules and the dictionary) costs more than it saves.
MANY_FILES = 6


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def default_jobs(files: int) -> int:
    """All cores for many files, one process for a few."""
    return min(usable_cores(), files) if files >= MANY_FILES else 1


def check_many(
    work: Sequence[tuple[str | os.PathLike[str], CheckConfig | None]],
    *,
    jobs: int = 1,
    done: Callable[[int, FileResult], None] | None = None,
) -> list[FileResult]:
    """:func:`check_file` of each (path, settings) on ``jobs`` processes (see :class:`Checker`)."""
    with Checker(min(jobs, len(work))) as checker:
        return checker.run(work, done)


class Checker:
    """Checks files on ``jobs`` processes, the results in the order given.

    A context manager so that the worker processes start before a progress bar does:
    they are forked (milliseconds, zi_docs already imported), and a fork while the bar's
    drawing thread holds a lock would hand the child a lock nobody releases.
    """

    def __init__(self, jobs: int = 1, *, ocr: bool = False) -> None:
        self.jobs = max(1, jobs)
        self.ocr = ocr
        self._pool: Any = None

    def __enter__(self) -> Self:
        if self.jobs > 1:
            from concurrent.futures import ProcessPoolExecutor

            methods = multiprocessing.get_all_start_methods()
            context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
            if context.get_start_method() == "fork":
                _load_once()  # forked workers inherit it instead of each loading its own
            self._pool = ProcessPoolExecutor(self.jobs, mp_context=context, initializer=_worker_start)
            # Python starts every forked worker at the first task: do it now, before the bar.
            self._pool.submit(int).result()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            # On Ctrl-C or an error: drop what has not started; workers finish their file and stop.
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def run(
        self,
        work: Sequence[tuple[str | os.PathLike[str], CheckConfig | None]],
        done: Callable[[int, FileResult], None] | None = None,
        starting: Callable[[int], None] | None = None,
    ) -> list[FileResult]:
        """:func:`check_file` of each (path, settings); ``done(index, result)`` is called in
        this process as each one finishes, in the order they finish, and on one process
        ``starting(index)`` before each."""
        results: list[FileResult | None] = [None] * len(work)
        if self._pool is None:
            for index, (path, config) in enumerate(work):
                if starting is not None:
                    starting(index)
                results[index] = result = check_file(path, config, ocr=self.ocr)
                if done is not None:
                    done(index, result)
        else:
            from concurrent.futures import FIRST_COMPLETED, wait

            pending = {
                self._pool.submit(check_file, path, config, ocr=self.ocr): i for i, (path, config) in enumerate(work)
            }
            while pending:
                finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in finished:
                    index = pending.pop(future)
                    results[index] = result = future.result()
                    if done is not None:
                        done(index, result)
        return [result for result in results if result is not None]


def _load_once() -> None:
    """What every check needs: the readers, every rule and the dictionary."""
    from ..language.spelling import kamus
    from ..readers import read  # noqa: F401
    from .registry import rules_for

    rules_for(lambda code: True)
    kamus()


def _worker_start() -> None:
    """A worker leaves Ctrl-C to the parent, which stops the pool (otherwise every worker
    prints its own KeyboardInterrupt traceback)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
