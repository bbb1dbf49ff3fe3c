"""DOCX → PDF through LibreOffice, then PDF metadata and outline with pypdf.

The documents of one call are converted by a single LibreOffice run (starting
LibreOffice costs seconds; converting a page costs milliseconds), or, when there are
many, by one run per core side by side, each converting its share in order.  Each
run gets its own LibreOffice profile directory, because two LibreOffice processes
sharing a profile block each other or fail: with a private profile, two conversions
can run at the same time.  LibreOffice writes into a private folder first; each PDF is
moved into place only when it is complete.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import docx
from pypdf import PdfReader, PdfWriter

from ..errors import ConversionError, UnreadableFileError
from ..grammar import LAMPIRAN_LINE
from ..i18n import Message
from ..storage.load_save import write_atomic

#: Environment variable naming the LibreOffice program, when it is not on PATH as ``soffice``.
SOFFICE_ENV = "ZI_DOCS_SOFFICE"
INSTALL_HINT = Message(
    "Pasang LibreOffice: sudo apt-get install libreoffice-writer-nogui "
    f"(atau tunjuk programnya dengan {SOFFICE_ENV}=/jalur/ke/soffice).",
    "Install LibreOffice: sudo apt-get install libreoffice-writer-nogui "
    f"(or point to the program with {SOFFICE_ENV}=/path/to/soffice).",
)
#: A page whose first lines hold "LAMPIRAN", "LAMPIRAN I", "LAMPIRAN 2" starts an attachment.
_LAMPIRAN = LAMPIRAN_LINE


#: Where LibreOffice's installers put the program, by platform (patched by tests).
WINDOWS_PROGRAM_FOLDERS = ("ProgramW6432", "ProgramFiles", "ProgramFiles(x86)")
WINDOWS_DEFAULT_FOLDERS = (r"C:\Program Files", r"C:\Program Files (x86)")
MACOS_APPLICATIONS = (Path("/Applications"), Path("~/Applications"))
LINUX_ROOTS = (Path("/opt"), Path("/usr/lib"), Path("/usr/local/lib"))
#: Sandboxed installs: they see neither the temporary folder nor, often, the files to
#: convert, so they are named in the message rather than used.
SANDBOXED = (
    Path("/snap/bin/libreoffice"),
    Path("/var/lib/flatpak/exports/bin/org.libreoffice.LibreOffice"),
    Path("~/.local/share/flatpak/exports/bin/org.libreoffice.LibreOffice"),
)


def _version_key(folder: Path) -> tuple[int, ...]:
    """``/opt/libreoffice24.8`` → (24, 8): the newest install first."""
    return tuple(int(part) for part in re.findall(r"\d+", folder.name))


def soffice_candidates(platform: str | None = None) -> list[Path]:
    """The places a standard LibreOffice install puts ``soffice`` on this platform, in order."""
    platform = platform or sys.platform
    if platform.startswith("win"):
        bases = [os.environ.get(name) for name in WINDOWS_PROGRAM_FOLDERS] + list(WINDOWS_DEFAULT_FOLDERS)
        seen = dict.fromkeys(base for base in bases if base)
        return [Path(base) / "LibreOffice" / "program" / "soffice.exe" for base in seen]
    if platform == "darwin":
        return [apps.expanduser() / "LibreOffice.app" / "Contents" / "MacOS" / "soffice" for apps in MACOS_APPLICATIONS]
    found: list[Path] = []
    for root in LINUX_ROOTS:
        try:
            folders = sorted(root.glob("libreoffice*"), key=_version_key, reverse=True)
        except OSError:
            continue
        found += [folder / "program" / "soffice" for folder in folders]
    return found


def _runnable(path: Path) -> bool:
    return path.is_file() and (os.name == "nt" or os.access(path, os.X_OK))


def find_soffice() -> str | None:
    """The LibreOffice program: ``$ZI_DOCS_SOFFICE``; else ``soffice`` or ``libreoffice`` on
    PATH; else the default install places (:func:`soffice_candidates`: Program Files on
    Windows, /Applications on macOS, /opt/libreoffice* on Linux)."""
    configured = os.environ.get(SOFFICE_ENV)
    if configured:
        # Named on purpose: a wrong name is reported, not replaced by another program.
        return configured if Path(configured).is_file() or shutil.which(configured) else None
    on_path = shutil.which("soffice") or shutil.which("libreoffice")
    if on_path:
        return on_path
    for candidate in soffice_candidates():
        if _runnable(candidate):
            return str(candidate)
    return None


def _install_advice(platform: str) -> Message:
    if platform.startswith("win"):
        return Message(
            "Pasang LibreOffice dari https://www.libreoffice.org/download/ (pemasang .msi bawaan).",
            "Install LibreOffice from https://www.libreoffice.org/download/ (the standard .msi installer).",
        )
    if platform == "darwin":
        return Message(
            "Pasang LibreOffice dari https://www.libreoffice.org/download/ atau: brew install --cask libreoffice.",
            "Install LibreOffice from https://www.libreoffice.org/download/ or: brew install --cask libreoffice.",
        )
    return Message(
        "Pasang LibreOffice: sudo apt-get install libreoffice-writer-nogui (atau paket distribusi Anda).",
        "Install LibreOffice: sudo apt-get install libreoffice-writer-nogui (or your distribution's package).",
    )


def soffice_not_found(platform: str | None = None) -> ConversionError:
    """The error when :func:`find_soffice` finds nothing: where it looked, and what to do."""
    platform = platform or sys.platform
    configured = os.environ.get(SOFFICE_ENV)
    if configured:
        return ConversionError(
            Message(
                f"LibreOffice tidak ditemukan: {SOFFICE_ENV}={configured} bukan program yang ada; "
                "PDF tidak dapat dibuat",
                f"LibreOffice not found: {SOFFICE_ENV}={configured} is not an existing program; cannot make a PDF",
            ),
            hint=Message(
                f"Perbaiki {SOFFICE_ENV} (jalur lengkap ke soffice) atau hapus agar dicari di PATH dan tempat "
                f"pemasangan bawaan. {_install_advice(platform).id}",
                f"Correct {SOFFICE_ENV} (the full path to soffice) or unset it to search the PATH and the default "
                f"install places. {_install_advice(platform).en}",
            ),
        )
    places = ", ".join(str(path) for path in soffice_candidates(platform))
    looked_id = f"Dicari: {SOFFICE_ENV} (tidak diisi), soffice dan libreoffice di PATH"
    looked_en = f"Looked at: {SOFFICE_ENV} (not set), soffice and libreoffice on the PATH"
    if places:
        looked_id += f", {places}"
        looked_en += f", {places}"
    if platform.startswith("linux"):
        looked_id += ", /opt/libreoffice*/program/soffice"
        looked_en += ", /opt/libreoffice*/program/soffice"
    sandboxed = [str(path.expanduser()) for path in SANDBOXED if path.expanduser().exists()]
    if sandboxed and not platform.startswith(("win", "darwin")):
        note = Message(
            f" LibreOffice versi snap/flatpak ({', '.join(sandboxed)}) tidak dapat membaca folder sementara; "
            "pasang paket biasa.",
            f" The snap/flatpak LibreOffice ({', '.join(sandboxed)}) cannot read the temporary folder; "
            "install the ordinary package.",
        )
    else:
        note = Message("", "")
    advice = _install_advice(platform)
    return ConversionError(
        Message(
            "LibreOffice (soffice) tidak ditemukan; PDF tidak dapat dibuat",
            "LibreOffice (soffice) not found; cannot make a PDF",
        ),
        hint=Message(
            f"{looked_id}.{note.id} {advice.id} Bila terpasang di tempat lain, tunjuk programnya dengan "
            f"{SOFFICE_ENV}=/jalur/ke/soffice.",
            f"{looked_en}.{note.en} {advice.en} If it is installed elsewhere, point to the program with "
            f"{SOFFICE_ENV}=/path/to/soffice.",
        ),
    )


def _page_texts(raw_pdf: Path) -> Iterator[str]:
    """The text of each page, read with pdfium: pypdf's ``extract_text`` took 0.5 s of CPU for a
    18-page decree, three quarters of finishing its PDF; pdfium takes 40 ms."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(raw_pdf))
    try:
        for page in document:
            textpage = page.get_textpage()
            try:
                yield textpage.get_text_range()
            finally:
                textpage.close()
                page.close()
    finally:
        document.close()


def _outline_entries(raw_pdf: Path) -> list[tuple[str, int]]:
    """``[("LAMPIRAN I", 3), …]``: the page on which each attachment's header block stands."""
    entries: list[tuple[str, int]] = []
    seen: set[str] = set()
    for index, text in enumerate(_page_texts(raw_pdf)):
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        for line in lines[:3]:  # the header block is the first thing on the page
            match = _LAMPIRAN.match(" ".join(line.split()))
            if match:
                label = " ".join(line.split())
                if label not in seen:
                    seen.add(label)
                    entries.append((label, index))
                break
    return entries


def _finish_pdf(raw_pdf: Path, source_docx: Path, target: Path) -> None:
    """Copy the DOCX's document properties into the PDF, add the outline, write ``target``."""
    props = docx.Document(str(source_docx)).core_properties
    reader = PdfReader(str(raw_pdf))
    writer = PdfWriter(clone_from=reader)
    metadata = {
        "/Title": props.title or "",
        "/Subject": props.subject or "",
        "/Author": props.author or "",
        "/Keywords": props.keywords or "",
        "/Creator": "zi_docs",
    }
    writer.add_metadata({key: value for key, value in metadata.items() if value})
    if reader.pages:
        writer.add_outline_item(title=props.subject or source_docx.stem, page_number=0)
    for label, page in _outline_entries(raw_pdf):
        writer.add_outline_item(title=label, page_number=page)
    writer.page_mode = "/UseOutlines"
    target_bytes = _to_bytes(writer)
    write_atomic(target, target_bytes)


def _to_bytes(writer: PdfWriter) -> bytes:
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _start(command: list[str], out: IO[str], err: IO[str]) -> subprocess.Popen[str]:
    """Start LibreOffice in a process group of its own: ``soffice`` is a launcher that
    starts ``soffice.bin``, and stopping the launcher alone leaves the converter running."""
    if os.name == "posix":
        group: dict[str, Any] = {"start_new_session": True}
    else:  # pragma: no cover - Windows
        group = {"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP}
    return subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=out, stderr=err, text=True, **group)


def _stop(process: subprocess.Popen[str]) -> None:
    """Stop LibreOffice and everything it started, and reap it."""
    if os.name == "posix":
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):  # the group is already gone
            pass
    else:  # pragma: no cover - Windows
        subprocess.run(["taskkill", "/F", "/T", "/PID", str(process.pid)], capture_output=True, check=False)
    if process.poll() is None:
        process.kill()
    process.wait()


@contextlib.contextmanager
def _sigterm_unwinds() -> Iterator[None]:
    """Inside the block, SIGTERM raises SystemExit instead of ending Python at once, so
    that LibreOffice is stopped on the way out (a CI job cancelled, ``kill``).  Only in
    the main thread, and only where nobody installed a handler of their own."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGTERM"):
        yield
        return
    previous = signal.getsignal(signal.SIGTERM)
    if previous is not signal.SIG_DFL:
        yield
        return

    def unwind(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, unwind)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


#: Files one more LibreOffice process must have before it pays for its start (about 1.5 s,
#: against about 0.6 s a file once running).
FILES_PER_PROCESS = 4
#: No more LibreOffice processes than this however many cores: each holds a few hundred MB.
MAX_PROCESSES = 4


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def processes_for(count: int, processes: int | None = None) -> int:
    """How many LibreOffice processes convert ``count`` files: ``processes`` if given (at most one
    a file), else one per core while each gets at least :data:`FILES_PER_PROCESS` files."""
    if processes is not None:
        return max(1, min(processes, count))
    return max(1, min(_cores(), count // FILES_PER_PROCESS, MAX_PROCESSES))


@dataclass
class _Run:
    """One LibreOffice process and the files it converts, in the order given to it."""

    command: list[str]
    sources: list[Path]
    raw: Path
    outputs: list[Path] = field(default_factory=list)
    process: subprocess.Popen[str] | None = None
    result: subprocess.CompletedProcess[str] | None = None

    def finish_ready(self, outdir: Path) -> None:
        """Finish the PDF before the newest one: LibreOffice converts in order, so once a later
        file's PDF appears the one before it is complete."""
        done = len(self.outputs)
        if done + 1 < len(self.sources) and (self.raw / f"{self.sources[done + 1].stem}.pdf").exists():
            produced = self.raw / f"{self.sources[done].stem}.pdf"
            if produced.is_file():  # else: reported once LibreOffice has exited
                target = outdir / f"{self.sources[done].stem}.pdf"
                _finish_pdf(produced, self.sources[done], target)
                self.outputs.append(target)


def _run_finishing(runs: list[_Run], outdir: Path, timeout: float) -> None:
    """Run the LibreOffice processes side by side; while they convert, finish the PDFs they have
    completed (:func:`_finish_pdf`: metadata and outline), appending each to its run's ``outputs``
    in order.  The caller finishes the rest (and reports a missing one) after they have exited;
    each run's ``result`` holds its exit code and output.

    Ctrl-C, SIGTERM, a timeout or an error stop every LibreOffice process group before the
    exception goes on, so that no converter is left behind.
    """
    with contextlib.ExitStack() as stack, _sigterm_unwinds():
        logs = [
            (stack.enter_context(tempfile.TemporaryFile("w+")), stack.enter_context(tempfile.TemporaryFile("w+")))
            for _ in runs
        ]
        deadline = time.monotonic() + timeout
        try:
            for run, (out, err) in zip(runs, logs, strict=True):
                run.process = _start(run.command, out, err)
            running = list(runs)
            while running:
                try:
                    running[0].process.wait(timeout=0.05)  # type: ignore[union-attr]
                except subprocess.TimeoutExpired:
                    if time.monotonic() > deadline:
                        raise
                for run in list(running):
                    if run.process.poll() is None:  # type: ignore[union-attr]
                        run.finish_ready(outdir)
                    else:
                        running.remove(run)
        except BaseException:
            for run in runs:
                if run.process is not None:
                    _stop(run.process)
            raise
        for run, (out, err) in zip(runs, logs, strict=True):
            assert run.process is not None
            _stop(run.process)  # a helper LibreOffice left running after the launcher exited
            out.seek(0)
            err.seek(0)
            run.result = subprocess.CompletedProcess(run.command, run.process.returncode, out.read(), err.read())


def convert_to_pdf(
    docx_paths: Iterable[str | os.PathLike[str]],
    outdir: str | os.PathLike[str],
    *,
    timeout: float = 600,
    processes: int | None = None,
) -> list[Path]:
    """Convert DOCX files to PDF in ``outdir``; returns the PDF paths, in the order given.

    Few files are converted by one LibreOffice run; many by one run per core side by side
    (``processes`` sets the number; :func:`processes_for`), each with its share of the files
    in order.  Raises :class:`~zi_docs.errors.ConversionError` when LibreOffice is missing
    (with the command that installs it), fails, or produces no PDF for a file.
    """
    sources = [Path(p) for p in docx_paths]
    outdir = Path(outdir)
    if not sources:
        return []
    for source in sources:
        if not source.is_file():
            raise UnreadableFileError(Message("berkas tidak ditemukan", "file not found"), path=source)
    stems = [s.stem for s in sources]
    if len(set(stems)) != len(stems):
        duplicate = next(stem for stem in stems if stems.count(stem) > 1)
        raise ConversionError(
            Message(
                f"dua berkas bernama '{duplicate}' akan menjadi PDF yang sama",
                f"two files named '{duplicate}' would become the same PDF",
            ),
            hint=Message("Ubah salah satu nama berkas.", "Rename one of the files."),
        )
    soffice = find_soffice()
    if soffice is None:
        raise soffice_not_found()
    work = Path(tempfile.mkdtemp(prefix="zi-docs-lo-"))
    try:
        count = processes_for(len(sources), processes)
        runs = []
        for index in range(count):
            share = sources[index * len(sources) // count : (index + 1) * len(sources) // count]
            # each process its own profile: two LibreOffice processes sharing one block each other
            profile, raw = work / f"profile-{index}", work / f"pdf-{index}"
            raw.mkdir()
            command = [
                soffice,
                f"-env:UserInstallation={profile.as_uri()}",
                "--headless",
                "--invisible",
                "--norestore",
                "--nolockcheck",
                "--nodefault",
                "--convert-to",
                "pdf:writer_pdf_Export",
                "--outdir",
                str(raw),
                *(str(s.resolve()) for s in share),
            ]
            runs.append(_Run(command, share, raw))
        try:
            _run_finishing(runs, outdir, timeout)
        except subprocess.TimeoutExpired:
            raise ConversionError(
                Message(
                    f"LibreOffice tidak selesai dalam {timeout:.0f} detik",
                    f"LibreOffice did not finish within {timeout:.0f} s",
                )
            ) from None
        except OSError as exc:
            raise ConversionError(
                Message(f"LibreOffice tidak dapat dijalankan: {exc}", f"cannot run LibreOffice: {exc}"),
                hint=INSTALL_HINT,
            ) from None
        outputs: list[Path] = []
        for run in runs:
            for source in run.sources[len(run.outputs) :]:
                produced = run.raw / f"{source.stem}.pdf"
                if not produced.is_file():
                    assert run.result is not None
                    detail = (run.result.stderr or run.result.stdout or "").strip()[-500:]
                    raise ConversionError(
                        Message(
                            f"LibreOffice tidak menghasilkan PDF (kode keluar {run.result.returncode}): {detail}",
                            f"LibreOffice produced no PDF (exit code {run.result.returncode}): {detail}",
                        ),
                        path=source,
                    )
                target = outdir / f"{source.stem}.pdf"
                _finish_pdf(produced, source, target)
                run.outputs.append(target)
            outputs += run.outputs
        return outputs
    finally:
        shutil.rmtree(work, ignore_errors=True)
