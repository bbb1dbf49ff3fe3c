from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
#: How long a test waits for a child process before calling it hung: a net against a
#: hang, never a speed limit (machines differ by 2× and more; a loaded one more still).
HANG_S = 1800
EXAMPLE = ROOT / "examples" / "kpu-penajam-paser-utara-42-2025.yaml"
PUBLISHED = ROOT / "examples" / "published" / "kpu-penajam-paser-utara-42-2025.txt"

# Let test modules import the shared strategies module next to them.
sys.path.insert(0, str(Path(__file__).resolve().parent))


def pytest_configure(config: pytest.Config) -> None:
    """Keep the compiled-pattern cache (zi_docs.storage.regex_cache) out of the user's home: one
    fresh folder per run, set before xdist starts its workers so that they and every child
    process share it (the first process fills it, the others read it: both paths are exercised)."""
    if not hasattr(config, "workerinput") and "ZI_DOCS_CACHE" not in os.environ:
        os.environ["ZI_DOCS_CACHE"] = tempfile.mkdtemp(prefix="zi_docs-test-cache-")


@pytest.fixture(scope="session")
def example_path() -> Path:
    return EXAMPLE


@pytest.fixture(scope="session")
def example():
    import zi_docs

    return zi_docs.load(EXAMPLE)


@pytest.fixture(scope="session")
def seed():
    """The published seed read into the model (mistakes included)."""
    from zi_docs.readers import read

    return read(PUBLISHED).keputusan


def edited(keputusan, edit):
    """A copy of a decree with ``edit`` applied to its data."""
    import zi_docs

    data = keputusan.model_dump()
    edit(data)
    return zi_docs.Keputusan.model_validate(data)


def findings_of(keputusan, code: str, **config):
    """The findings of one rule on a decree."""
    from zi_docs.checks import CheckConfig, check

    return [f for f in check(keputusan, config=CheckConfig(select=[code], **config)) if f.rule == code]
