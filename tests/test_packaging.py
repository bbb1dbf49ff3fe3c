"""The wheel a user installs carries the package, its data and the command."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from conftest import ROOT


def test_wheel_contains_package_data_and_entry_point(tmp_path: Path) -> None:
    # --no-build-isolation: hatchling comes from the test extras, so no network is needed.
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("zi_docs-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "zi_docs/py.typed" in names
    assert "zi_docs/model/keputusan.py" in names
    assert "zi_docs/schemas/keputusan.schema.json" in names
    assert "zi_docs/templates/keputusan/keputusan.docx" in names
    assert "zi_docs/data/kamus/id_ID.kamus" in names  # the compiled dictionary a check maps
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "zi-docs = zi_docs.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()
    metadata = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith("METADATA"))).decode()
    assert "Requires-Python: >=3.11" in metadata
