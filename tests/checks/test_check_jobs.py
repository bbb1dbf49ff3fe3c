"""``zi-docs check -j``: many files on several processes, reported as a sequential run reports them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import EXAMPLE, PUBLISHED

from zi_docs import cli
from zi_docs.checks.run import MANY_FILES, check_files, default_jobs


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Decrees of every kind, one unreadable, in an order no process pool keeps by chance."""
    folder = tmp_path_factory.mktemp("jobs")
    text = PUBLISHED.read_text(encoding="utf-8")
    paths = []
    for index in range(5):
        path = folder / f"draf-{index}.txt"
        # each copy differs, so that a result put in the wrong place would show
        path.write_text(text.replace("Penajam Paser Utara", "Penajam Paser Utra" if index % 2 else "Penajam"), "utf-8")
        paths.append(path)
    shutil.copy(EXAMPLE, folder / "keputusan.yaml")
    paths.insert(2, folder / "keputusan.yaml")
    broken = folder / "rusak.docx"
    broken.write_bytes(b"not a zip file")
    paths.insert(4, broken)
    paths.append(folder / "tidak-ada.yaml")
    return [str(path) for path in paths]


@pytest.mark.parametrize("form", ["text", "json"])
def test_two_processes_give_the_sequential_output(files: list[str], form: str, capsys) -> None:
    code_one = cli.main(["check", "-q", "-j", "1", "--format", form, *files])
    one = capsys.readouterr()
    code_two = cli.main(["check", "-q", "-j", "2", "--format", form, *files])
    two = capsys.readouterr()
    assert code_one == code_two == 2  # two files cannot be read
    assert two.out == one.out and two.err == one.err
    assert one.out.count("rusak.docx") >= 1 and "tidak-ada.yaml" in one.err + one.out


def test_check_files_keeps_the_order_and_the_errors(files: list[str]) -> None:
    sequential = check_files(files, jobs=1)
    parallel = check_files(files, jobs=2)
    assert [r.path for r in parallel] == files == [r.path for r in sequential]
    assert [r.findings for r in parallel] == [r.findings for r in sequential]
    assert any(r.findings for r in parallel)
    errors = [(r.path, r.error.text("en")) for r in parallel if r.error is not None]
    assert errors == [(r.path, r.error.text("en")) for r in sequential if r.error is not None]
    assert {Path(p).name for p, _ in errors} == {"rusak.docx", "tidak-ada.yaml"}


def test_progress_lines_count_every_file_once(files: list[str], capsys, monkeypatch) -> None:
    monkeypatch.setenv("CI", "true")  # progress as plain lines on stderr
    cli.main(["check", "-j", "2", "--format", "json", *files])
    lines = [line for line in capsys.readouterr().err.splitlines() if line.startswith("[")]
    assert sorted(int(line[1:].split("/")[0]) for line in lines) == list(range(1, len(files) + 1))


def test_default_jobs() -> None:
    assert default_jobs(1) == 1 and default_jobs(MANY_FILES - 1) == 1
    assert default_jobs(500) >= 1
