"""Start-up: the quick commands import nothing heavy (issue 17).

Checked in a fresh interpreter with ``sys.modules``, never with a clock: a command
that does not import matplotlib cannot spend time importing it.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib

import pytest
from conftest import ROOT

import zi_docs
from zi_docs.checks.codes import SEVERITIES
from zi_docs.checks.finding import Severity

HEAVY = (
    "zi_docs.checks.rules.structure",
    "matplotlib",
    "openpyxl",
    "pandas",
    "docxtpl",
    "rich",
    "pydantic",
    "docx",
    "pypdf",
    "jinja2",
    "zi_docs.model",
    "zi_docs.readers",
    "zi_docs.language.spelling",
    "zi_docs.language.gazetteer",
    "zi_docs.checks.rules",
)

_PROBE = """
import json, sys
{body}
print(json.dumps(sorted(sys.modules)))
"""


def _modules(body: str) -> set[str]:
    """Every module a fresh interpreter holds after running ``body``."""
    env = {"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin", "ZI_DOCS_LANG": ""}
    script = _PROBE.format(body=body)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


def _imported(body: str) -> set[str]:
    """The heavy modules (or their submodules) a fresh interpreter holds after ``body``."""
    return {m for m in _modules(body) if any(m == h or m.startswith(h + ".") for h in HEAVY)}


def test_importing_the_cli_imports_nothing_heavy() -> None:
    assert _imported("import zi_docs.cli") == set()


@pytest.mark.parametrize("argv", [["--version"], ["--help"], ["rules"], ["rules", "--lang", "en"], ["check", "-h"]])
def test_quick_commands_import_nothing_heavy(argv: list[str]) -> None:
    body = f"""
import contextlib, io
from zi_docs.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    try:
        main({argv!r})
    except SystemExit:
        pass
"""
    assert _imported(body) == set()


def test_checking_imports_only_the_rules_it_runs() -> None:
    body = f"""
import zi_docs
from zi_docs.checks import CheckConfig, check
check(zi_docs.load({str(ROOT / "examples" / "kpu-penajam-paser-utara-42-2025.yaml")!r}), config=CheckConfig(select=["STR001"]))
"""
    imported = _modules(body)
    assert "zi_docs.checks.rules.structure.str001_label_out_of_sequence" in imported
    assert "zi_docs.language.spelling" not in imported
    assert not {m for m in imported if m.startswith("zi_docs.checks.rules.spelling.")}


def test_version_constant_matches_the_project() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert zi_docs.__version__ == project["version"]


def test_lazy_top_level_names_are_the_model_names() -> None:
    import zi_docs.model

    assert set(zi_docs.model.__all__) <= set(zi_docs.__all__)
    for name in zi_docs.__all__:
        assert getattr(zi_docs, name) is not None, name
    assert zi_docs.Keputusan is zi_docs.model.Keputusan


def test_constants_kept_for_start_up_match_their_sources() -> None:
    from zi_docs.cli import read_cmd
    from zi_docs.readers import SUFFIXES

    assert read_cmd.SUFFIXES == SUFFIXES
    assert SEVERITIES == tuple(s.value for s in sorted(Severity, key=lambda s: s.rank))


def test_ordinals_written_by_hand_are_those_of_num2words() -> None:
    from num2words import num2words

    from zi_docs.language.numbers import cardinal, ordinal

    for number in range(1, 130):
        assert cardinal(number) == num2words(number, lang="id"), number
    for number in range(2, 130):
        if number != 11:
            assert ordinal(number) == "KE" + num2words(number, lang="id").upper(), number


def test_the_model_is_built_without_reading_sources_or_locale_data() -> None:
    """Field docstrings are read for the schema only, month names are written out (issue 17):
    building the model classes reads neither babel's locale data nor the models' source."""
    body = """
import datetime
import zi_docs.model
from zi_docs.model.tanggal import format_tanggal
assert format_tanggal(datetime.date(2025, 9, 8)) == "8 September 2025"
"""
    imported = _modules(body)
    assert "babel" not in imported and "zi_docs.model.field_docs" not in imported


def test_the_command_line_turns_pydantic_plugins_off_unless_asked() -> None:
    env = {"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin", "ZI_DOCS_LANG": ""}
    script = "import os, zi_docs.cli as c; c.main(['rules']); print('plugins=' + repr(os.environ.get('PYDANTIC_DISABLE_PLUGINS')))"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip().splitlines()[-1] == "plugins='__all__'"
    out = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={**env, "PYDANTIC_DISABLE_PLUGINS": ""},
        check=True,
    )
    assert out.stdout.strip().splitlines()[-1] == "plugins=''"


def test_the_collector_waits_for_the_start_then_runs_on_what_comes_after() -> None:
    import gc

    from zi_docs.cli.start_gc import collector_after_start

    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    with collector_after_start() as started:
        assert not gc.isenabled()
        kept = [object() for _ in range(10)]
        started()
        assert gc.isenabled() and gc.get_freeze_count() >= frozen + len(kept)
        started()  # once is enough
    assert gc.isenabled()
    gc.unfreeze()
    with collector_after_start():
        assert not gc.isenabled()
    assert gc.isenabled()  # resumed on leaving, also when never started


def test_only_the_program_pauses_its_collector(example_path) -> None:
    """``zi-docs check`` run as a program freezes what it loaded and collects again after
    the first file; called from Python (``main([...])``), it leaves the caller's collector be."""
    env = {"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin", "ZI_DOCS_LANG": ""}
    script = f"""
import gc, sys
from zi_docs.cli import main
how = sys.argv.pop(1)
sys.argv[1:] = ["check", "-q", {str(example_path)!r}]
try:
    main() if how == "program" else main(sys.argv[1:])
except SystemExit:
    pass
print(gc.isenabled(), gc.get_freeze_count() > 0)
"""
    for how, frozen in (("program", "True"), ("python", "False")):
        out = subprocess.run([sys.executable, "-c", script, how], capture_output=True, text=True, env=env, check=False)
        assert out.stdout.strip().splitlines()[-1] == f"True {frozen}", (how, out.stderr[-2000:])
