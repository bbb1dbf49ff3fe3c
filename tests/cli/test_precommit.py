"""The .pre-commit-hooks.yaml a drafting repository uses to run zi-docs check on changed drafts."""

from __future__ import annotations

import re
import shlex

import pytest
import yaml
from conftest import EXAMPLE, ROOT

from zi_docs.cli import build_parser, main

HOOKS = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))


def _hook(hook_id: str) -> dict:
    return next(h for h in HOOKS if h["id"] == hook_id)


def test_hooks_have_what_pre_commit_requires() -> None:
    assert [h["id"] for h in HOOKS] == ["zi-docs-check", "zi-docs-check-docx"]
    for hook in HOOKS:
        assert {"id", "name", "entry", "language"} <= set(hook)
        assert hook["language"] == "python"  # pre-commit installs the package and its zi-docs script
        assert shlex.split(hook["entry"])[:2] == ["zi-docs", "check"]


@pytest.mark.parametrize(
    ("path", "checked"),
    [
        ("drafts/keputusan-42.docx", True),
        ("keputusan.yaml", True),
        ("data/keputusan.yml", True),
        ("keputusan.json", True),
        ("README.md", False),
        ("tools/build.py", False),
        (".github/workflows/ci.yml", False),
        (".pre-commit-config.yaml", False),
    ],
)
def test_changed_drafts_are_selected(path: str, checked: bool) -> None:
    hook = _hook("zi-docs-check")
    selected = re.search(hook["files"], path) is not None and re.search(hook.get("exclude", "^$"), path) is None
    assert selected == checked


def test_docx_hook_selects_only_word_files() -> None:
    files = _hook("zi-docs-check-docx")["files"]
    assert re.search(files, "a/draf.docx") and not re.search(files, "keputusan.yaml")


def test_entry_is_a_valid_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    # pre-commit appends the file names to the entry.
    for hook in HOOKS:
        args = shlex.split(hook["entry"])[1:] + [str(EXAMPLE)]
        parsed = build_parser().parse_args(args)
        assert parsed.command == "check" and parsed.quiet
    assert main(shlex.split(_hook("zi-docs-check")["entry"])[1:] + [str(EXAMPLE)]) == 0
    out, err = capsys.readouterr()
    assert "1 berkas diperiksa" in out and "[1/1]" not in err
