from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "kpu-penajam-paser-utara-42-2025.yaml"
PUBLISHED = ROOT / "examples" / "published" / "kpu-penajam-paser-utara-42-2025.txt"

# Let test modules import the shared strategies module next to them.
sys.path.insert(0, str(Path(__file__).resolve().parent))


@pytest.fixture(scope="session")
def example_path() -> Path:
    return EXAMPLE


@pytest.fixture(scope="session")
def example():
    import zi_docs

    return zi_docs.load(EXAMPLE)
