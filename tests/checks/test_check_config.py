"""Settings in ``zi-docs.toml`` or ``pyproject.toml`` ``[tool.zi-docs]``: found, read, refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from zi_docs.checks import Severity
from zi_docs.checks.config import CheckConfig, config_from_file, find_config, load_config
from zi_docs.errors import ZiDocsError


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_zi_docs_toml_is_read_with_every_key(tmp_path) -> None:
    write(
        tmp_path / "zi-docs.toml",
        """
select = ["STR", "NAM001"]
ignore = ["str005"]
extra-words = ["Petajam", "DUMAS"]
extra-names = ["Kabupaten Contoh"]
fail-on = "warning"

[severity]
STR004 = "error"
STR = "info"
""",
    )
    config = load_config(tmp_path)
    assert config.select == ["STR", "NAM001"] and config.ignore == ["STR005"]
    assert config.severity == {"STR004": Severity.error, "STR": Severity.info}
    assert config.extra_words == {"Petajam", "DUMAS"} and config.extra_names == {"Kabupaten Contoh"}
    assert config.fail_on is Severity.warning and config.path == tmp_path / "zi-docs.toml"
    assert config.enabled("STR001") and not config.enabled("STR005") and not config.enabled("EJA002")
    assert config.severity_for("STR004", Severity.warning) is Severity.error
    assert config.severity_for("STR001", Severity.error) is Severity.info


def test_searched_upward_from_the_file_folder(tmp_path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.zi-docs]\nignore = ["STR006"]\n')
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_config(deep) == tmp_path / "pyproject.toml"
    assert load_config(deep).ignore == ["STR006"]
    # a nearer zi-docs.toml wins
    write(tmp_path / "a" / "zi-docs.toml", 'select = ["STR001"]\n')
    assert load_config(deep).select == ["STR001"]


def test_pyproject_without_our_table_is_passed_over(tmp_path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.zi-docs]\nselect = ["STR"]\n')
    write(tmp_path / "proyek" / "pyproject.toml", '[project]\nname = "x"\n')
    assert load_config(tmp_path / "proyek").select == ["STR"]


def test_no_configuration_gives_defaults(tmp_path) -> None:
    config = load_config(tmp_path)
    # A folder above tmp_path may hold one on some machines; defaults otherwise.
    if config.path is None:
        assert config == CheckConfig()


@pytest.mark.parametrize(
    ("text", "id_part", "en_part"),
    [
        ('selct = ["STR"]\n', "konfigurasi 'selct': kunci tidak dikenal", "configuration 'selct': unknown key"),
        (
            'select = ["STR999"]\n',
            "konfigurasi 'select': kode aturan 'STR999' tidak dikenal",
            "unknown rule code 'STR999'",
        ),
        ('ignore = ["XYZ"]\n', "konfigurasi 'ignore': kode aturan 'XYZ' tidak dikenal", "unknown rule code 'XYZ'"),
        (
            '[severity]\nSTR001 = "fatal"\n',
            "konfigurasi 'severity.STR001': tingkat 'fatal' tidak dikenal",
            "unknown severity",
        ),
        (
            '[severity]\nABC1 = "error"\n',
            "konfigurasi 'severity.ABC1': kode aturan 'ABC1' tidak dikenal",
            "unknown rule code",
        ),
        ('fail-on = "kadang"\n', "konfigurasi 'fail-on'", "unknown severity 'kadang'"),
        (
            'extra-words = "Petajam"\nselect = 3\n',
            "konfigurasi 'select': harus berupa daftar teks",
            "must be a list of strings",
        ),
        ("select = [\n", "TOML tidak sah", "invalid TOML"),
    ],
)
def test_mistakes_are_named_with_file_and_key(tmp_path, text, id_part, en_part) -> None:
    path = write(tmp_path / "zi-docs.toml", text)
    with pytest.raises(ZiDocsError) as exc:
        load_config(tmp_path)
    assert exc.value.path == str(path)
    assert id_part in exc.value.text("id") and str(path) in exc.value.text("id")
    assert en_part in exc.value.text("en")


def test_unknown_key_in_pyproject_suggests_the_right_one(tmp_path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.zi-docs]\nextra_words = ["x"]\n')
    with pytest.raises(ZiDocsError) as exc:
        load_config(tmp_path)
    assert "Maksudnya 'extra-words'?" in exc.value.text("id")
    assert "Did you mean 'extra-words'?" in exc.value.text("en")


def test_unknown_code_suggests_close_codes(tmp_path) -> None:
    write(tmp_path / "zi-docs.toml", 'select = ["STR0011"]\n')
    with pytest.raises(ZiDocsError) as exc:
        load_config(tmp_path)
    assert "STR001" in exc.value.text("id") and "zi-docs rules" in exc.value.text("en")


def test_family_prefix_is_accepted_before_its_rules_exist(tmp_path) -> None:
    write(tmp_path / "zi-docs.toml", 'ignore = ["ZI"]\n[severity]\nEJA = "warning"\n')
    config = load_config(tmp_path)
    assert config.ignore == ["ZI"] and config.severity == {"EJA": Severity.warning}


def test_explicit_file_and_missing_file(tmp_path) -> None:
    path = write(tmp_path / "lain.toml", 'select = ["STR001"]\n')
    assert config_from_file(path).select == ["STR001"]
    with pytest.raises(ZiDocsError) as exc:
        config_from_file(tmp_path / "tidak-ada.toml")
    assert "berkas konfigurasi tidak ditemukan" in exc.value.text("id")


def test_command_line_choices_merge_over_the_file() -> None:
    base = CheckConfig(select=["STR"], ignore=["STR006"], extra_words={"Petajam"}, fail_on=Severity.warning)
    merged = base.merged(select=["STR001", "STR006"], ignore=["STR002"])
    assert merged.select == ["STR001", "STR006"] and merged.ignore == ["STR006", "STR002"]
    assert merged.extra_words == {"Petajam"} and merged.fail_on is Severity.warning
    assert base.merged().select == ["STR"]


README_SETTINGS = """\
[tool.zi-docs]
select = ["NAM", "ORG", "STR", "CIT", "EJA", "ZI"]
ignore = ["EJA001"]
severity = { EJA008 = "info" }
extra-words = ["Sidoarjo"]
fail-on = "warning"
"""


def test_zi_docs_toml_accepts_the_pyproject_table_as_well(tmp_path) -> None:
    """Issue 18: the README's ``[tool.zi-docs]`` copied into zi-docs.toml failed with "kunci tidak dikenal 'tool'"."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert README_SETTINGS in readme
    as_table = load_config(write(tmp_path / "a" / "zi-docs.toml", README_SETTINGS).parent)
    plain = load_config(write(tmp_path / "b" / "zi-docs.toml", README_SETTINGS.split("\n", 1)[1]).parent)
    in_pyproject = load_config(write(tmp_path / "c" / "pyproject.toml", README_SETTINGS).parent)
    for config in (as_table, plain, in_pyproject):
        assert config.select == ["NAM", "ORG", "STR", "CIT", "EJA", "ZI"] and config.ignore == ["EJA001"]
        assert config.severity == {"EJA008": Severity.info} and config.fail_on is Severity.warning
        assert config.extra_words == {"Sidoarjo"}


@pytest.mark.parametrize(
    ("text", "id_part", "en_part"),
    [
        ('select = ["STR"]\n[tool.zi-docs]\nignore = ["EJA"]\n', "'select': ada di samping [tool.zi-docs]", "not both"),
        ("[tool.ruff]\nline-length = 120\n", "tabel [tool.ruff] bukan pengaturan zi-docs", "top level"),
    ],
)
def test_zi_docs_toml_in_two_forms_at_once_or_another_tools_table_is_refused(
    tmp_path, text: str, id_part: str, en_part: str
) -> None:
    write(tmp_path / "zi-docs.toml", text)
    with pytest.raises(ZiDocsError) as exc:
        load_config(tmp_path)
    assert id_part in exc.value.text("id") and en_part in exc.value.text("en")


@pytest.mark.parametrize("field", ["select", "ignore", "severity"])
def test_the_api_refuses_an_unknown_code_with_close_codes(field: str) -> None:
    """Issue 18: ``CheckConfig(select=["XYZ"])`` was accepted and then selected no rule at all."""
    value = {"STR0011": "info"} if field == "severity" else ["STR0011"]
    with pytest.raises(ZiDocsError) as exc:
        CheckConfig(**{field: value})
    assert "kode aturan 'STR0011' tidak dikenal" in exc.value.text("id")
    assert "Similar codes: STR001" in exc.value.text("en")
    with pytest.raises(ZiDocsError, match="tidak dikenal"):
        CheckConfig(select=["XYZ"])


def test_the_api_normalises_what_it_accepts() -> None:
    config = CheckConfig(select=["nam", " STR001 "], severity={"eja": "Warning"}, fail_on="info")
    assert config.select == ["NAM", "STR001"] and config.severity == {"EJA": Severity.warning}
    assert config.fail_on is Severity.info
    with pytest.raises(ZiDocsError, match="tingkat 'parah' tidak dikenal"):
        CheckConfig(fail_on="parah")
    with pytest.raises(ZiDocsError, match="harus berupa daftar teks"):
        CheckConfig(select=[1])
