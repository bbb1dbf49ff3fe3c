"""Which characters the YAML writer escapes: the short class in yaml_io is the long one it replaced."""

from __future__ import annotations

import re
from pathlib import Path

from zi_docs import dumps, load
from zi_docs.storage.yaml_io import NEEDS_ESCAPE

#: As first written: the breaks PyYAML folds, and everything YAML does not print.
WRITTEN_BEFORE = re.compile("[\r\x85\u2028\u2029\ufeff]|[^\t\n\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def test_the_same_characters_are_escaped_on_every_code_point() -> None:
    differ = [c for c in range(0x110000) if bool(NEEDS_ESCAPE.match(chr(c))) != bool(WRITTEN_BEFORE.match(chr(c)))]
    assert differ == []


def test_a_value_with_a_line_separator_survives_a_save_and_load(tmp_path) -> None:
    keputusan = load(Path(__file__).resolve().parents[2] / "examples/kpu-penajam-paser-utara-42-2025.yaml")
    keputusan.kepala.tentang = "Tim\u2028Zona\x85Integritas\ufeff"
    path = tmp_path / "k.yaml"
    path.write_text(dumps(keputusan), encoding="utf-8")
    assert '"' in path.read_text(encoding="utf-8").split("tentang:")[1].splitlines()[0]
    assert load(path).kepala.tentang == keputusan.kepala.tentang
