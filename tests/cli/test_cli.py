"""The zi-docs command line: exit codes, messages, no tracebacks for user errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import HANG_S

from zi_docs.cli import main


def test_validate_example_prints_a_summary(example_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(example_path)]) == 0
    out = capsys.readouterr().out
    assert f"{example_path}: sah" in out
    assert "NOMOR 42 TAHUN 2025" in out
    assert "2 Menimbang, 4 Mengingat, 3 Memperhatikan, 7 diktum, 2 Lampiran" in out
    assert "Lampiran I: 8 kelompok, 46 anggota" in out


def test_validate_reports_every_problem_and_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("kepala:\n  nomor: 1\njabatan_pembentuk: [x]\n", encoding="utf-8")
    assert main(["validate", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "data tidak sah, 3 masalah" in err
    assert "kepala.instansi (baris 1): wajib diisi" in err
    assert "jabatan_pembentuk (baris 3): harus berupa teks" in err
    assert "Traceback" not in err


def test_validate_in_english_as_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("kepala:\n  nomor: 1\n", encoding="utf-8")
    assert main(["validate", "--lang", "en", "--format", "json", str(bad)]) == 2
    report = json.loads(capsys.readouterr().out)
    problems = report["files"][0]["problems"]
    assert {"where": "jabatan_pembentuk", "line": 1, "message": "is required"} in problems


def test_missing_file_is_one_message(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "nope.yaml"]) == 2
    assert capsys.readouterr().err.strip() == "nope.yaml: berkas tidak ditemukan\nPeriksa nama dan folder berkas."


def test_schema_check_detects_stale_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "-o", str(tmp_path)]) == 0
    assert main(["schema", "--check", "-o", str(tmp_path)]) == 0
    (tmp_path / "keputusan.schema.json").write_text("{}", encoding="utf-8")
    assert main(["schema", "--check", "-o", str(tmp_path)]) == 1
    assert "usang" in capsys.readouterr().out


def test_usage_error_exits_2_and_the_entry_point_is_installed(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "zi_docs.cli", "validate"], capture_output=True, text=True)
    assert result.returncode == 2
    assert "BERKAS" in result.stderr
    result = subprocess.run([sys.executable, "-m", "zi_docs.cli", "--help"], capture_output=True, text=True)
    assert result.returncode == 0 and "validate" in result.stdout


def test_lang_before_or_after_the_subcommand(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("kepala:\n  nomor: 1\n", encoding="utf-8")
    for argv in (["--lang", "en", "validate", str(bad)], ["validate", "--lang", "en", str(bad)]):
        assert main(argv) == 2
        assert "invalid data, 3 problems" in capsys.readouterr().err


@pytest.mark.parametrize("extra", [["--show-unparsed"], ["--summary"], ["--show-unparsed", "--format", "json"]])
def test_read_with_a_screen_option_still_writes_the_output(
    extra: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 18: ``read f --show-unparsed -o out.yaml`` wrote no file."""
    from conftest import PUBLISHED

    import zi_docs

    suffix = ".json" if "json" in extra else ".yaml"
    out = tmp_path / f"out{suffix}"
    assert main(["read", str(PUBLISHED), *extra, "-o", str(out)]) == 0
    captured = capsys.readouterr()
    written = zi_docs.load(out)
    assert written.kepala.nomor == "42"
    if "--show-unparsed" in extra:
        assert f"{len(written.tidak_terurai)} potongan teks tidak terurai" in captured.err
        assert captured.out.count(f"{PUBLISHED}: ") == len(written.tidak_terurai)
    else:
        assert "NOMOR 42 TAHUN 2025" in captured.out
    assert "kepala:" not in captured.out and '"kepala"' not in captured.out  # the data went to the file only


@pytest.mark.parametrize("command", ["read", "check", "fix"])
@pytest.mark.parametrize("suffix", [".doc", ".rtf", ".odt"])
def test_word_processor_files_say_how_to_convert(
    command: str, suffix: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 18: a .doc got "cannot read format", and ``fix`` spoke of PDF."""
    source = tmp_path / f"draf lama{suffix}"
    source.write_bytes(b"not read")
    extra = ["-o", str(tmp_path / "hasil.docx")] if command == "fix" else []
    assert main([command, str(source), *extra]) == 2
    err = "".join(capsys.readouterr())  # check reports an unreadable file in its report, on stdout
    assert f"({suffix}) tidak dapat dibaca langsung; simpan dulu sebagai .docx" in err
    assert "Simpan Sebagai › Dokumen Word (*.docx)" in err
    assert "soffice --headless --convert-to docx --outdir" in err and "draf lama.docx" in err
    assert "PDF" not in err
    assert main(["--lang", "en", command, str(source), *extra]) == 2
    assert "cannot be read directly; save it as .docx first" in "".join(capsys.readouterr())


def test_the_conversion_the_message_gives_works(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import os
    import shlex

    from conftest import PUBLISHED

    from zi_docs.rendering.pdf import find_soffice

    soffice = find_soffice()
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    env = {**os.environ, "HOME": str(tmp_path)}  # a LibreOffice profile of its own
    folder = tmp_path / "folder dengan spasi"
    folder.mkdir()
    text = folder / "draf.txt"
    text.write_text(PUBLISHED.read_text(encoding="utf-8"), encoding="utf-8")
    made = subprocess.run(
        [soffice, "--headless", "--convert-to", "doc", "--outdir", str(folder), str(text)],
        capture_output=True,
        env=env,
        check=False,
        timeout=HANG_S,
    )
    assert made.returncode == 0 and (folder / "draf.doc").is_file(), made.stderr
    assert main(["read", str(folder / "draf.doc")]) == 2
    hint = capsys.readouterr().err
    command = hint.split("LibreOffice: ", 1)[1].split(" — ", 1)[0]
    args = shlex.split(command)
    assert args[0] == "soffice"
    converted = subprocess.run([soffice, *args[1:]], capture_output=True, env=env, check=False, timeout=HANG_S)
    assert converted.returncode == 0, converted.stderr
    assert main(["read", str(folder / "draf.docx"), "--summary"]) == 0
    assert "NOMOR 42 TAHUN 2025" in capsys.readouterr().out


# -- finding LibreOffice where its installers put it (issue 18) ---------------------


@pytest.fixture
def no_soffice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Nothing on the PATH, no $ZI_DOCS_SOFFICE, and every install place under tmp_path."""
    from zi_docs.rendering import pdf

    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    monkeypatch.delenv(pdf.SOFFICE_ENV, raising=False)
    for name in pdf.WINDOWS_PROGRAM_FOLDERS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(pdf, "WINDOWS_DEFAULT_FOLDERS", ())
    monkeypatch.setattr(pdf, "MACOS_APPLICATIONS", (tmp_path / "Applications",))
    monkeypatch.setattr(pdf, "LINUX_ROOTS", (tmp_path / "opt",))
    monkeypatch.setattr(pdf, "SANDBOXED", (tmp_path / "snap" / "bin" / "libreoffice",))
    return pdf


def program(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\n", encoding="utf-8")
    path.chmod(0o755)
    return path


def test_soffice_in_windows_program_files(no_soffice, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("ProgramFiles", str(tmp_path / "Program Files"))
    monkeypatch.setenv("ProgramFiles(x86)", str(tmp_path / "Program Files (x86)"))
    assert no_soffice.find_soffice() is None
    expected = program(tmp_path / "Program Files (x86)" / "LibreOffice" / "program" / "soffice.exe")
    assert no_soffice.find_soffice() == str(expected)
    preferred = program(tmp_path / "Program Files" / "LibreOffice" / "program" / "soffice.exe")
    assert no_soffice.find_soffice() == str(preferred)  # the 64-bit install first


def test_soffice_in_macos_applications(no_soffice, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    expected = program(tmp_path / "Applications" / "LibreOffice.app" / "Contents" / "MacOS" / "soffice")
    assert no_soffice.find_soffice() == str(expected)


def test_soffice_in_opt_newest_first(no_soffice, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    program(tmp_path / "opt" / "libreoffice7.6" / "program" / "soffice")
    newest = program(tmp_path / "opt" / "libreoffice24.8" / "program" / "soffice")
    assert no_soffice.find_soffice() == str(newest)
    on_path = program(tmp_path / "bin" / "soffice")
    assert no_soffice.find_soffice() == str(on_path)  # the PATH wins over the default places
    monkeypatch.setenv(no_soffice.SOFFICE_ENV, str(tmp_path / "salah" / "soffice"))
    assert no_soffice.find_soffice() is None  # a wrong setting is reported, not replaced
    assert (
        f"{no_soffice.SOFFICE_ENV}={tmp_path / 'salah' / 'soffice'} bukan program"
        in no_soffice.soffice_not_found().text("id")
    )


@pytest.mark.parametrize("platform", ["win32", "darwin", "linux"])
def test_the_message_says_where_it_looked(
    no_soffice, platform: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from zi_docs.errors import ConversionError

    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setenv("ProgramFiles", str(tmp_path / "Program Files"))
    draft = tmp_path / "k.docx"
    draft.write_bytes(b"PK")
    with pytest.raises(ConversionError) as info:
        no_soffice.convert_to_pdf([draft], tmp_path / "pdf")
    text_id, text_en = info.value.text("id"), info.value.text("en")
    assert "LibreOffice (soffice) tidak ditemukan" in text_id and "ZI_DOCS_SOFFICE (tidak diisi)" in text_id
    assert "Looked at: ZI_DOCS_SOFFICE (not set), soffice and libreoffice on the PATH" in text_en
    where = {
        "win32": str(tmp_path / "Program Files" / "LibreOffice" / "program" / "soffice.exe"),
        "darwin": str(tmp_path / "Applications" / "LibreOffice.app" / "Contents" / "MacOS" / "soffice"),
        "linux": "/opt/libreoffice*/program/soffice",
    }[platform]
    assert where in text_id and where in text_en
    assert ("apt-get" in text_en) == (platform == "linux")
    assert ("libreoffice.org" in text_en) == (platform != "linux")


def test_a_snap_install_is_named_not_used(no_soffice, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    program(tmp_path / "snap" / "bin" / "libreoffice")
    assert no_soffice.find_soffice() is None
    assert "snap/flatpak" in no_soffice.soffice_not_found().text("en")
