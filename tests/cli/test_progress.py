"""Progress: a rich bar on a terminal, plain lines in CI logs or pipes, nothing with --quiet."""

from __future__ import annotations

import io

import pytest
from conftest import EXAMPLE, PUBLISHED

from zi_docs.cli import main
from zi_docs.i18n import Message
from zi_docs.progress import Progress, choose_mode, in_ci

ACTION = Message("memeriksa", "checking")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_mode_follows_tty_ci_and_quiet(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("rich")
    assert choose_mode(_Terminal(), environ={}) == "bar"
    assert choose_mode(_Terminal(), environ={"CI": "true"}) == "lines"
    assert choose_mode(_Terminal(), environ={"CI": "false"}) == "bar"
    assert choose_mode(io.StringIO(), environ={}) == "lines"
    assert choose_mode(_Terminal(), quiet=True, environ={"CI": "true"}) == "off"
    assert in_ci({"CI": "1"}) and not in_ci({}) and not in_ci({"CI": "0"})


def test_without_rich_a_terminal_gets_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "rich.progress", None)
    assert choose_mode(_Terminal(), environ={}) == "lines"


def test_plain_lines_name_each_item() -> None:
    stream = io.StringIO()
    with Progress(2, ACTION, stream=stream, lang="id", mode="lines") as progress:
        for name in progress.track(["a.docx", "b.docx"]):
            assert name
        progress.note(Message("mengubah ke PDF …", "converting to PDF …"))
    assert stream.getvalue() == "[1/2] memeriksa a.docx\n[2/2] memeriksa b.docx\nmengubah ke PDF …\n"
    en = io.StringIO()
    with Progress(1, ACTION, stream=en, lang="en", mode="lines") as progress:
        list(progress.track(["x.yaml"]))
    assert en.getvalue() == "[1/1] checking x.yaml\n"


def test_quiet_prints_nothing() -> None:
    stream = _Terminal()
    with Progress(3, ACTION, stream=stream, quiet=True) as progress:
        assert list(progress.track([1, 2, 3])) == [1, 2, 3]
    assert stream.getvalue() == "" and progress.done == 3


def test_bar_on_a_terminal() -> None:
    pytest.importorskip("rich")
    stream = _Terminal()
    with Progress(2, ACTION, stream=stream, lang="id", mode="bar") as progress:
        list(progress.track(["a.docx", "b.docx"], name=str))
        assert progress._bar.tasks[0].completed == 2
    assert progress._bar is None  # closed; the transient bar is gone from the screen


def test_check_and_render_show_progress_unless_quiet(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["check", str(EXAMPLE), str(PUBLISHED), "--format", "json"])
    out, err = capsys.readouterr()
    assert f"[1/2] memeriksa {EXAMPLE}" in err and f"[2/2] memeriksa {PUBLISHED}" in err
    assert out.lstrip().startswith("{")  # the report on stdout stays clean
    main(["check", "--quiet", str(EXAMPLE)])
    assert "[1/1]" not in capsys.readouterr().err
    assert main(["render", str(EXAMPLE), "-o", str(tmp_path), "--lang", "en"]) == 0
    out, err = capsys.readouterr()
    assert f"[1/1] rendering {EXAMPLE}" in err and out.strip().endswith(".docx")
    assert main(["render", "-q", str(EXAMPLE), "-o", str(tmp_path)]) == 0
    assert capsys.readouterr().err == ""
