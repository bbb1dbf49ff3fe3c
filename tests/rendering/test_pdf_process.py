"""Stopping a PDF batch (SIGTERM, Ctrl-C) stops LibreOffice too: nothing is left running."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from conftest import EXAMPLE, HANG_S, ROOT

from zi_docs.rendering.pdf import find_soffice

pytestmark = pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="reads /proc (Linux)")

#: A stand-in for LibreOffice that behaves as its launcher does: it starts the real
#: converter as a child (here: one that only waits) and waits for it.
FAKE_SOFFICE = """\
#!{python}
import subprocess, sys, time
subprocess.Popen([sys.executable, "-c", "import time; time.sleep(300)", "soffice.bin", *sys.argv[1:]])
time.sleep(300)
"""


def _processes_with(marker: str) -> list[int]:
    """Processes whose command line mentions ``marker`` (the batch's private folder)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if marker in cmdline and state != "Z":
            found.append(int(entry.name))
    return found


def _wait_for(condition, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return condition()


@pytest.fixture(params=["launcher", "libreoffice"])
def soffice(request, tmp_path: Path) -> str:
    if request.param == "libreoffice":
        found = find_soffice()
        if found is None:
            pytest.skip("LibreOffice (soffice) not installed")
        return found
    fake = tmp_path / "soffice"
    fake.write_text(FAKE_SOFFICE.format(python=sys.executable), encoding="utf-8")
    fake.chmod(0o755)
    return str(fake)


@pytest.mark.parametrize("processes", [1, 2], ids=["one-run", "two-runs"])
@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "Ctrl-C"])
def test_stopping_a_pdf_batch_leaves_no_libreoffice(
    tmp_path: Path, soffice: str, stop: signal.Signals, processes: int
) -> None:
    from zi_docs import load
    from zi_docs.rendering import render_docx_bytes

    batch_tmp = tmp_path / "tmp"  # the batch's private LibreOffice folder is made in here
    batch_tmp.mkdir()
    data = render_docx_bytes(load(EXAMPLE))
    docs = []
    for index in range(6):
        path = tmp_path / f"kpu-{index}.docx"
        path.write_bytes(data)
        docs.append(str(path))
    script = textwrap.dedent(f"""
        from zi_docs.rendering import convert_to_pdf
        convert_to_pdf({docs!r}, {str(tmp_path / "out")!r}, processes={processes})
    """)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "TMPDIR": str(batch_tmp), "ZI_DOCS_SOFFICE": soffice}
    batch = subprocess.Popen([sys.executable, "-c", script], env=env, stderr=subprocess.PIPE)
    marker = str(batch_tmp)
    try:
        started = _wait_for(lambda: len(_processes_with(marker)) >= processes, HANG_S)
        assert started, "LibreOffice did not start"
        time.sleep(0.5)  # let the launcher start its converter
        batch.send_signal(stop)
        batch.wait(timeout=HANG_S)
        assert _wait_for(lambda: not _processes_with(marker), 120), _processes_with(marker)
        assert batch.returncode != 0
        assert b"Traceback" not in batch.stderr.read() or stop == signal.SIGINT  # Ctrl-C in a script: its traceback
    finally:
        if batch.poll() is None:
            batch.kill()
        for pid in _processes_with(marker):
            os.kill(pid, signal.SIGKILL)
