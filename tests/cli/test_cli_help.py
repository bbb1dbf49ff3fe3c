"""`zi-docs --help` and every subcommand's help are complete: a description and examples."""

from __future__ import annotations

import argparse

import pytest

import zi_docs.cli
from zi_docs.cli import build_parser, main


@pytest.fixture()
def parser(monkeypatch: pytest.MonkeyPatch) -> argparse.ArgumentParser:
    if "excel" not in zi_docs.cli.COMMANDS:  # until cli/__init__.py lists it
        monkeypatch.setattr(zi_docs.cli, "COMMANDS", [*zi_docs.cli.COMMANDS, "excel"])
    return build_parser()


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """Every (nested) subcommand parser by its full command, aliases left out."""
    found: dict[str, argparse.ArgumentParser] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            seen: set[int] = set()
            for name, sub in action.choices.items():
                if id(sub) in seen:
                    continue
                seen.add(id(sub))
                found[name] = sub
                found.update({f"{name} {k}": v for k, v in _subparsers(sub).items()})
    return found


def test_every_module_in_commands_is_registered(parser: argparse.ArgumentParser) -> None:
    commands = _subparsers(parser)
    for name in zi_docs.cli.COMMANDS:
        assert name in commands
    assert {"excel export", "excel import"} <= set(commands)


def test_main_help_lists_commands_and_examples(parser: argparse.ArgumentParser) -> None:
    text = parser.format_help()
    assert "contoh / examples:" in text
    for name in zi_docs.cli.COMMANDS:
        assert name in text


def test_every_subcommand_has_description_and_examples(parser: argparse.ArgumentParser) -> None:
    missing = []
    for name, sub in _subparsers(parser).items():
        if not (sub.description and len(sub.description) > 40):
            missing.append(f"{name}: no description")
        if not (sub.epilog and ("contoh" in sub.epilog.lower() or "example" in sub.epilog.lower())):
            missing.append(f"{name}: no 'contoh' / examples epilog")
        elif "zi-docs" not in sub.epilog:
            missing.append(f"{name}: its examples show no command")
        for action in sub._actions:
            if action.option_strings and action.help in (None, "") and action.dest != "help":
                missing.append(f"{name} {action.option_strings[0]}: no help text")
        sub.format_help()  # renders without error
    assert not missing, "\n".join(missing)


def test_help_exits_zero(capsys: pytest.CaptureFixture[str], parser: argparse.ArgumentParser) -> None:
    with pytest.raises(SystemExit) as done:
        main(["check", "--help"])
    assert done.value.code == 0
    assert "contoh / examples:" in capsys.readouterr().out
