"""The package version, as a constant: reading it from the installed metadata costs
``importlib.metadata`` (~40 ms), a third of what ``zi-docs --version`` may take.
tests/cli/test_startup.py keeps it equal to pyproject.toml's."""

__version__ = "0.1.0"
