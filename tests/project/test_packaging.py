"""The wheel a user installs carries the package, its data and the command."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

from conftest import ROOT


def build_wheel(folder: Path) -> Path:
    """The wheel as docs/quickstart.md has a user build it (``pip wheel --no-deps -w dist .``)."""
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
            str(folder),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = folder.glob("zi_docs-*.whl")
    return wheel


def test_wheel_contains_package_data_and_entry_point(tmp_path: Path) -> None:
    wheel = build_wheel(tmp_path)
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "zi_docs/py.typed" in names
    assert "zi_docs/model/keputusan.py" in names
    assert "zi_docs/schemas/keputusan.schema.json" in names
    assert "zi_docs/templates/keputusan/keputusan.docx" in names
    assert "zi_docs/checks/rules/fixtures/STR008.yaml" in names  # zi-docs rule CODE prints the fixtures
    assert "zi_docs/data/kamus/id_ID.kamus" in names  # the compiled dictionary a check maps
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "zi-docs = zi_docs.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()
    metadata = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith("METADATA"))).decode()
    assert "Requires-Python: >=3.11" in metadata
    requires = [line for line in metadata.splitlines() if line.startswith("Requires-Dist:")]
    assert any(line.startswith("Requires-Dist: ruamel-yaml>=") for line in requires)  # the YAML round trip


def test_the_installed_wheel_runs_the_quickstart_commands(tmp_path: Path) -> None:
    """docs/quickstart.md's route today: a wheel built from the repository, installed, then ``zi-docs``."""
    guide = (ROOT / "docs" / "quickstart.md").read_text(encoding="utf-8")
    assert "python -m pip wheel --no-deps -w dist ." in guide and "python -m pip install dist/zi_docs-*.whl" in guide
    assert "python -m pip install zi-docs" in guide  # kept for when the package is published
    wheel = build_wheel(tmp_path / "dist")
    site = tmp_path / "site"
    # Installed on its own (--target): the dependencies are those of the test environment,
    # the code and the data are the wheel's alone, not the source tree's.
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "-q", "--target", str(site), str(wheel)],
        check=True,
        capture_output=True,
    )
    script = site / "bin" / "zi-docs"
    assert script.is_file()
    env = {**os.environ, "PYTHONPATH": str(site), "PYTHONUTF8": "1"}
    where = subprocess.run(
        [sys.executable, "-c", "import zi_docs; print(zi_docs.__file__)"], env=env, capture_output=True, text=True
    )
    assert Path(where.stdout.strip()).is_relative_to(site), where.stderr
    version = subprocess.run([sys.executable, str(script), "--version"], env=env, capture_output=True, text=True)
    assert version.returncode == 0 and version.stdout.startswith("zi-docs "), version.stderr
    example = ROOT / "examples" / "kpu-penajam-paser-utara-42-2025.yaml"
    validate = subprocess.run(
        [sys.executable, str(script), "validate", str(example)], env=env, capture_output=True, text=True
    )
    assert validate.returncode == 0 and "Lampiran I: 8 kelompok, 46 anggota" in validate.stdout, validate.stderr
