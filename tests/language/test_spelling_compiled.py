"""The compiled dictionary (data/kamus/id_ID.kamus): current, complete, verified on load."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from zi_docs.language.spelling import COMPILED, KAMUS_DIR, Kamus, compile_dictionary, expand_dictionary, kamus
from zi_docs.language.spelling.compiled import REBUILD, load_tables, open_tables

DIC, AFF = KAMUS_DIR / "id_ID.dic", KAMUS_DIR / "id_ID.aff"


@pytest.fixture(scope="module")
def expanded() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    return expand_dictionary(DIC, AFF)


def test_committed_file_is_built_from_the_bundled_dictionary() -> None:
    assert COMPILED.read_bytes() == compile_dictionary(DIC, AFF), f"id_ID.kamus is stale: run {REBUILD}"


def test_the_file_holds_every_form_and_stem(expanded) -> None:
    forms, stems = expanded
    table, stem_table = load_tables(COMPILED, DIC, AFF)
    assert table.mapped and stem_table.mapped
    assert len(table) == len(forms) and set(table) == forms
    assert all(form in table for form in forms)
    assert {stem: stem_table.get(stem) for stem in stems} == stems
    rng = random.Random(3)
    for form in rng.sample(sorted(forms), 2000):
        for wrong in (form + "q", "x" + form, form[:-1] + "zz"):
            assert (wrong in table) == (wrong in forms), wrong
    assert "" not in table and 42 not in table and stem_table.get("tidakadastem") is None


def test_suggestion_candidates_come_sorted_by_length_and_letter(expanded) -> None:
    forms, _ = expanded
    table, _ = load_tables(COMPILED, DIC, AFF)
    assert table.of_length(9, "p") == sorted(w for w in forms if len(w) == 9 and w[0] == "p")
    assert table.of_length(7) == sorted(w for w in forms if len(w) == 7)
    assert table.of_length(99) == []


@pytest.mark.parametrize("damage", ["truncated", "flipped", "empty", "not ours"])
def test_a_damaged_file_is_refused(damage: str) -> None:
    data = bytearray(COMPILED.read_bytes())
    if damage == "truncated":
        data = data[: len(data) // 2]
    elif damage == "flipped":
        data[len(data) // 2] ^= 0x01
    elif damage == "empty":
        data = bytearray()
    else:
        data = bytearray(b"PK\x03\x04" + data[4:])
    assert open_tables(bytes(data)) is None


def test_a_file_from_other_sources_or_none_is_not_used(tmp_path: Path) -> None:
    """The dictionary is then expanded in memory: slower, never wrong."""
    # a dictionary of its own: a few entries of id_ID and one word it does not have
    lines = DIC.read_text(encoding="iso-8859-1").splitlines()
    entries = [line for line in lines[1:] if line.split("/")[0] in ("adu", "baca", "tulis")]
    dic = tmp_path / "id_ID.dic"
    dic.write_text("\n".join([str(len(entries) + 1), *entries, "zidocsuji"]) + "\n", encoding="iso-8859-1")
    table, stems = load_tables(COMPILED, dic, AFF)
    assert not table.mapped and {"zidocsuji", "pengaduan", "membaca", "tulisan"} <= set(table)
    assert "pemantauan" not in table and stems.get("baca")
    table, _ = load_tables(tmp_path / "missing.kamus", dic, AFF)
    assert not table.mapped and "zidocsuji" in table


def test_the_shared_dictionary_is_mapped_from_the_compiled_file() -> None:
    k = kamus()
    assert k.forms.mapped
    assert isinstance(k, Kamus) and k.known("pengaduan") and not k.known("pengaudan")


def test_standard_forms_resolved_per_word_match_the_whole_table(expanded) -> None:
    """:meth:`Kamus.baku` claims a word as the table built in one go did (every entry
    in order, with each derived form checked against the dictionary)."""
    from zi_docs.language.spelling import PREFIXES, SUFFIXES, prefixed

    forms = expanded[0]
    k = kamus()
    kinds = {}
    for line in (KAMUS_DIR / "baku.tsv").read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) >= 5 and not line.startswith("#"):
            kinds[cols[0]] = cols[2]
    whole: dict[str, tuple[str, object]] = {}
    candidates: set[str] = set()
    for entry in k.baku_table:
        bad, good = entry.tidak_baku.lower(), entry.baku
        whole[bad] = (good, entry)
        for clitic in ("nya", "lah", "pun", "kah"):
            whole.setdefault(bad + clitic, (good + clitic, entry))
        if kinds.get(entry.tidak_baku) != "akar" or " " in bad:
            continue
        for prefix in PREFIXES:
            for suffix in (*SUFFIXES, "nya", "annya", "kannya"):
                if prefix or suffix:
                    wrong = (prefixed(prefix, bad) if prefix else bad) + suffix
                    right = (prefixed(prefix, good.lower()) if prefix else good) + suffix
                    candidates.add(wrong)
                    if wrong not in whole and wrong not in forms and right != wrong:
                        whole[wrong] = (right, entry)
    assert any(word in forms for word in candidates)  # the case the per-word replay must get right
    for word in candidates | set(whole) | {"pengaduan", "resiko", "tidakadakata"}:
        hit = k.baku(word)
        expected = whole.get(word)
        assert (None if hit is None else (hit[0].lower(), hit[1])) == (
            None if expected is None else (expected[0].lower(), expected[1])
        ), word
