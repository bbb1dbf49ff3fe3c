"""The tables compiled beside the dictionary (issue 17): the place words and the forms the
table of non-standard words claims.  Current, right, and never trusted when they do not
match what they were built from."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from zi_docs.language import gazetteer
from zi_docs.language.spelling import kamus
from zi_docs.language.spelling.compiled import REBUILD, WordTable, mapped, table_spans
from zi_docs.language.spelling.kamus import BAKU_COMPILED


def test_committed_place_words_are_current() -> None:
    assert gazetteer.KATA_TEMPAT.read_bytes() == gazetteer.compile_kata_tempat(), f"stale: run {REBUILD}"


def test_committed_claims_are_current() -> None:
    assert BAKU_COMPILED.read_bytes() == kamus().compile_baku_claims(), f"stale: run {REBUILD}"


def test_place_words_are_every_word_of_every_place_name() -> None:
    words = gazetteer.kata_tempat()
    assert isinstance(words, WordTable) and words.mapped
    names = [w.nama for w in gazetteer.gazetteer().wilayah]
    for kecamatan, desa in gazetteer.tempat().values():
        names += [kecamatan, *desa]
    expected = set(re.findall(r"[^\W\d_][\w'-]+", " ".join(names).casefold()))
    assert set(words) == expected and len(words) == len(expected)
    assert {"tenggarong", "oksibil", "tungkal", "penajam"} <= expected
    assert all(word in words for word in expected)
    assert "pengaduan" not in words and "Tenggarong" not in words and "" not in words


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("resiko", "risiko"),  # the entry
        ("resikonya", "risikonya"),  # with a clitic
        ("beresiko", "berisiko"),  # a prefix on the root
        ("Beresiko", "Berisiko"),  # in the case written
        ("risiko", None),
    ],
)
def test_claims_answer_as_the_table_says(word: str, expected: str | None) -> None:
    hit = kamus().baku(word)
    assert (hit[0] if hit else None) == expected
    if hit:
        assert hit[1].baku.lower() == "risiko"


@pytest.mark.parametrize("damage", ["missing", "stale", "flipped"])
def test_a_file_that_does_not_match_is_rebuilt_in_memory(tmp_path: Path, damage: str) -> None:
    """Slower, never wrong: the answers are those of the committed file."""
    good = gazetteer.KATA_TEMPAT.read_bytes()
    path = tmp_path / "kata-tempat.kamus"
    if damage == "stale":
        path.write_bytes(good.replace(gazetteer.kata_tempat_sources().encode(), b"0" * 64, 1))
    elif damage == "flipped":
        data = bytearray(good)
        data[-10] ^= 0x01
        path.write_bytes(bytes(data))
    built: list[bool] = []

    def build() -> bytes:
        built.append(True)
        return gazetteer.compile_kata_tempat()

    data, spans = mapped(path, gazetteer.kata_tempat_sources(), build, {"tempat"})
    assert built and table_spans(data) == spans
    words = WordTable(data, *spans["tempat"])
    assert not words.mapped and "tenggarong" in words and set(words) == set(gazetteer.kata_tempat())


def test_a_matching_file_is_mapped_not_rebuilt() -> None:
    data, spans = mapped(gazetteer.KATA_TEMPAT, gazetteer.kata_tempat_sources(), pytest.fail, {"tempat"})
    assert WordTable(data, *spans["tempat"]).mapped


def test_committed_catalogue_json_is_current_and_read_as_the_yaml() -> None:
    from zi_docs.language import peraturan

    assert peraturan.CATALOGUE_COMPILED.read_text(encoding="utf-8") == peraturan.compile_catalogue(), (
        f"stale: run {REBUILD}"
    )
    yaml_entries = peraturan._entries_of_yaml(peraturan.CATALOGUE_SOURCE.read_text(encoding="utf-8"))
    assert peraturan._raw_entries() == yaml_entries and len(yaml_entries) >= 39


def test_a_stale_catalogue_json_is_not_used(tmp_path: Path, monkeypatch) -> None:
    from zi_docs.language import peraturan

    stale = tmp_path / "peraturan.json"
    stale.write_text('{"sources": "0", "entries": []}', encoding="utf-8")
    monkeypatch.setattr(peraturan, "CATALOGUE_COMPILED", stale)
    assert len(peraturan._raw_entries()) >= 39
