"""examples/tour.ipynb runs from top to bottom (load → check → fix → render → report)."""

from __future__ import annotations

import json
import sys

import pytest
from conftest import HANG_S, ROOT

TOUR = ROOT / "examples" / "tour.ipynb"


def test_tour_runs(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    # A python3 kernel spec run by this interpreter, found before any other, so that the
    # tour uses the zi_docs under test and not whatever a Jupyter install points at.
    spec = tmp_path / "kernels" / "python3"
    spec.mkdir(parents=True)
    spec.joinpath("kernel.json").write_text(
        json.dumps(
            {
                "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                "display_name": "Python 3 (zi_docs tests)",
                "language": "python",
            }
        ),
        encoding="utf-8",
    )
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path))
    notebook = nbformat.read(TOUR, as_version=4)
    client = nbclient.NotebookClient(
        notebook,
        timeout=HANG_S,
        kernel_name="python3",
        resources={"metadata": {"path": str(ROOT / "examples")}},
    )
    client.execute()
    outputs = {
        index: "".join(
            str(out.get("text", "")) + str(out.get("data", {}).get("text/html", "")) for out in cell.get("outputs", [])
        )
        for index, cell in enumerate(notebook.cells)
        if cell.cell_type == "code"
    }
    text = "\n".join(outputs.values())
    assert "NOMOR 42 TAHUN 2025" in text  # the decree's outline
    assert "KEDUDUKAN DALAM TIM" in text  # a member table
    assert "NAM001" in text and "#fde2e1" in text  # findings with severity colours
    assert "perbaikan diterapkan" in text and "temuan sebelum" in text
    assert "keputusan.docx True" in text and "Tidak ada temuan." in text
    assert "hasil SARIF" in text
    assert not any(out.get("output_type") == "error" for cell in notebook.cells for out in cell.get("outputs", []))
