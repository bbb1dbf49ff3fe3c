"""The command line's own messages: a closed pipe, argparse in Indonesian, severities (issue 18)."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys

import pytest
from conftest import EXAMPLE, ROOT

from zi_docs import cli

ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "ZI_DOCS_LANG": ""}


def _zi_docs_into_closed_pipe(argv: list[str]) -> subprocess.CompletedProcess[bytes]:
    """Run ``zi-docs argv`` with its standard output a pipe whose reader has gone, as
    ``zi-docs … | head -3`` leaves it once head has its lines."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run(
            [sys.executable, "-m", "zi_docs.cli", *argv], stdout=write_end, stderr=subprocess.PIPE, env=ENV, check=False
        )
    finally:
        os.close(write_end)


@pytest.mark.parametrize(
    "argv",
    [
        ["validate", str(EXAMPLE)],
        ["read", str(EXAMPLE)],
        ["rules"],
        ["rule", "STR001"],
        ["--help"],
        ["check", "--select", "STR", str(EXAMPLE)],
    ],
)
def test_a_closed_pipe_ends_quietly(argv: list[str]) -> None:
    result = _zi_docs_into_closed_pipe(argv)
    assert b"Traceback" not in result.stderr and b"BrokenPipeError" not in result.stderr, result.stderr
    assert result.returncode in (cli.BROKEN_PIPE, 0, 1), result.stderr  # --help may exit before writing


def test_argparse_speaks_indonesian(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        cli.main(["render", str(EXAMPLE), "--paper", "B5"])
    assert raised.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("penggunaan: zi-docs render")
    assert "zi-docs render: galat: argumen --paper: pilihan tidak sah: 'B5' (pilih salah satu: 'F4', 'A4')" in err
    with pytest.raises(SystemExit):
        cli.main(["check"])
    assert "galat: argumen berikut wajib diberikan: BERKAS" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    out = capsys.readouterr().out
    assert "penggunaan:" in out and "\nopsi:\n" in out and "tampilkan bantuan ini lalu keluar" in out
    assert "usage:" not in out and "options:" not in out


def test_argparse_speaks_english_with_lang_en(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["render", str(EXAMPLE), "--lang", "en", "--paper", "B5"])
    err = capsys.readouterr().err
    assert err.startswith("usage: zi-docs render") and "error: argument --paper: invalid choice: 'B5'" in err
    with pytest.raises(SystemExit):
        cli.main(["--lang=en", "--help"])
    assert "options:" in capsys.readouterr().out


def test_argparse_is_left_as_it_was() -> None:
    """A program that calls zi_docs.cli.main keeps argparse's own language afterwards."""
    before = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    with pytest.raises(SystemExit):
        cli.main(["--no-such-option"])
    assert (argparse._, argparse.ngettext) == before  # type: ignore[attr-defined]
    parser = argparse.ArgumentParser(prog="other")
    assert "usage: other" in parser.format_usage()


def test_rules_shows_severities_in_the_chosen_language(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["rules"]) == 0
    out = capsys.readouterr().out
    assert "STR001  label-out-of-sequence" in out
    lines = {line.split()[0]: line for line in out.splitlines()}
    assert " galat " in lines["STR001"] and " peringatan " in lines["EJA001"]
    assert " error " not in out and " warning " not in out
    assert cli.main(["rules", "--lang", "en"]) == 0
    lines = {line.split()[0]: line for line in capsys.readouterr().out.splitlines()}
    assert " error " in lines["STR001"] and " warning " in lines["EJA001"]
