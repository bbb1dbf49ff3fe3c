"""The decree grammar: every form's pattern reads what the template prints, and the
rendered example reads back through it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import zi_docs
from zi_docs import grammar
from zi_docs.language.numbers import ordinal_value
from zi_docs.model import Keputusan, Salinan
from zi_docs.readers.citations import parse_dasar_hukum, parse_dokumen, parse_peraturan
from zi_docs.readers.docx_lines import read_docx_lines
from zi_docs.readers.parse.cursor import logical_lines, texts_of

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("name", sorted(grammar.FORMS))
def test_every_pattern_matches_its_printed_form_and_variants(name: str) -> None:
    form = grammar.FORMS[name]
    for text in (form.sample, *form.variants):
        assert form.match(text), f"{name} does not read {text!r}"


@pytest.mark.parametrize(
    ("form", "text", "group", "value"),
    [
        (grammar.MENIMBANG, "Menimbang :", 1, "Menimbang"),
        (grammar.MENIMBANG, "MENIMBANG:", 1, "MENIMBANG"),
        (grammar.MENIMBANG, "Menimbang : a. bahwa dalam rangka", 2, "a. bahwa dalam rangka"),
        (grammar.DIKTUM, "KE DUA : Tim bertugas", "label", "KE DUA"),
        (grammar.DIKTUM, "KEDUA BELAS : Keputusan ini", "label", "KEDUA BELAS"),
        (grammar.LAMPIRAN, "Lampiran II", "nomor", "II"),
        (grammar.LAMPIRAN, "LAMPIRAN I", "nomor", "I"),
        (grammar.LAMPIRAN, "LAMPIRAN", "nomor", None),
        (grammar.NOMOR, "Nomor : 18/Kpts/OT.140/1/2021", "nomor", "18/Kpts/OT.140/1/2021"),
        (grammar.NOMOR, "Nomor : 105/Kpts/OT.160/2/2020", "tahun", None),
        (grammar.NOMOR, "NOMOR 42 TAHUN 2025", "tahun", "2025"),
        (grammar.DITETAPKAN, "Ditetapkan di Penajam", "tempat", "Penajam"),
        (grammar.PADA_TANGGAL, "pada tanggal 3 Maret 2025", "tanggal", "3 Maret 2025"),
        (grammar.TTD, "ttd.", 0, "ttd."),
        (grammar.ITEM, "b) huruf kedua", "label", "b)"),
    ],
)
def test_realistic_variants_read_their_parts(
    form: grammar.Form, text: str, group: int | str, value: str | None
) -> None:
    match = form.match(text)
    assert match is not None
    assert match[group] == value


def test_memutuskan_tolerates_letter_spacing_but_not_other_words() -> None:
    assert grammar.MEMUTUSKAN.match("M E M U T U S K A N :")
    assert not grammar.MEMUTUSKAN.match("MEMUTUSKAN untuk")


def test_a_sentence_with_ditetapkan_is_not_the_enactment() -> None:
    assert not grammar.DITETAPKAN.match("ditetapkan di dalam rapat pleno")


def test_printed_values_read_back() -> None:
    match = grammar.NOMOR.match(grammar.nomor_tahun("42", 2025))
    assert (match["nomor"], match["tahun"]) == ("42", "2025")
    assert grammar.nomor_tahun("105/Kpts/OT.160/2/2020", None) == "NOMOR 105/Kpts/OT.160/2/2020"
    for number in range(1, 31):
        label = grammar.diktum_label(number)
        match = grammar.DIKTUM.match(f"{label} {grammar.LABEL_SEPARATOR} Menetapkan")
        assert match and ordinal_value(match["label"]) == number
    assert grammar.lampiran_label(None) == "LAMPIRAN"
    assert grammar.lampiran_label(4) == grammar.lampiran_label("IV") == "LAMPIRAN IV"
    assert grammar.LAMPIRAN.match(grammar.lampiran_label(4))["nomor"] == "IV"
    assert grammar.LAMPIRAN_LINE.match(grammar.lampiran_label(4))
    assert grammar.NIP.match(grammar.nip_line("19800101 200501 1 001"))["nip"] == "19800101 200501 1 001"
    assert grammar.TEMPAT_TANGGAL.match(grammar.tempat_tanggal("Penajam", "3 Maret 2025"))


def test_citation_forms_read_their_parts() -> None:
    peraturan = parse_peraturan(grammar.REGULATION.printed)
    assert peraturan is not None
    assert (peraturan.jenis, peraturan.nomor, peraturan.tahun) == ("Undang-Undang", "7", 2017)
    base, chain = parse_dasar_hukum(
        f"{grammar.REGULATION.printed}{grammar.AMENDMENT.filled}Undang-Undang Nomor 7 Tahun 2023 tentang Penetapan"
    )
    assert base is not None and [p.peraturan.tahun for p in chain] == [2023]
    dokumen = parse_dokumen(grammar.DOCUMENT.printed)
    assert dokumen is not None and dokumen.nomor == "123/PP.01-SD/04/2025"


def test_list_markers_by_level() -> None:
    assert [grammar.list_marker(level, 2) for level in (1, 2, 3, 4, 5)] == ["b.", "2.", "b)", "2)", "b."]
    assert grammar.list_marker(1, 27) == "aa."
    for level in range(1, 5):
        assert grammar.ITEM.match(f"{grammar.list_marker(level, 3)} teks")


def test_printed_table_headers_are_recognised() -> None:
    assert grammar.table_kind(grammar.TEAM_HEADERS) == grammar.TEAM
    assert grammar.table_kind(grammar.PLAN_HEADERS) == grammar.PLAN
    assert list(grammar.member_columns(grammar.TEAM_HEADERS).values()) == ["nomor", "nama", "jabatan", "kedudukan"]
    assert grammar.plan_columns(grammar.PLAN_HEADERS) == list(grammar.PLAN_FIELDS)
    assert grammar.table_kind(("NO", "URAIAN", "KETERANGAN")) is None


def test_the_model_default_phrase_is_the_grammar_s() -> None:
    # The model sits below the grammar and cannot import it; this keeps the two equal.
    assert Salinan().frasa == grammar.SALINAN.printed


def test_copy_mark() -> None:
    assert grammar.is_copy_mark(" **salinan** ")
    assert not grammar.is_copy_mark("SALINAN KEPUTUSAN")


def _rendered_lines(example: Keputusan, tmp_path: Path) -> tuple[Path, list[str]]:
    path = tmp_path / "keputusan.docx"
    zi_docs.render(example, path)
    texts = [text for line in logical_lines(read_docx_lines(path)) if not line.blank for text in texts_of(line)]
    return path, texts


def test_the_rendered_example_prints_every_form_the_grammar_reads(example: Keputusan, tmp_path: Path) -> None:
    _, texts = _rendered_lines(example, tmp_path)
    printed = {
        "MEMUTUSKAN": grammar.MEMUTUSKAN,
        "TENTANG": grammar.TENTANG,
        "NOMOR": grammar.NOMOR,
        "Ditetapkan di": grammar.DITETAPKAN,
        "pada tanggal": grammar.PADA_TANGGAL,
        "LAMPIRAN": grammar.LAMPIRAN,
        "the diktum": grammar.DIKTUM,
    }
    for what, form in printed.items():
        assert any(form.match(text) for text in texts), f"{what} is not printed as the grammar reads it"
    words = {m[1].capitalize() for text in texts if (m := grammar.KEYWORD.match(text))}
    assert {"Menimbang", "Mengingat", "Menetapkan"} <= words
    lampiran = [m["nomor"] for text in texts if (m := grammar.LAMPIRAN.match(text)) and text[:8].isupper()]
    assert [n for n in lampiran if n] == [lamp.nomor for lamp in example.lampiran if lamp.nomor]


def test_the_rendered_example_parses_back_through_the_grammar(example: Keputusan, tmp_path: Path) -> None:
    path, _ = _rendered_lines(example, tmp_path)
    result = zi_docs.read(path)
    read_back = result.keputusan
    assert [d.label for d in read_back.diktum] == [d.label for d in example.diktum]
    assert all(ordinal_value(d.label) == i for i, d in enumerate(read_back.diktum, start=1))
    assert (read_back.kepala.nomor, read_back.kepala.tahun) == (example.kepala.nomor, example.kepala.tahun)
    assert read_back.penetapan is not None and example.penetapan is not None
    assert (read_back.penetapan.tempat, read_back.penetapan.tanggal) == (
        example.penetapan.tempat,
        example.penetapan.tanggal,
    )
    assert [lamp.nomor for lamp in read_back.lampiran] == [lamp.nomor for lamp in example.lampiran]
    assert [lamp.jenis for lamp in read_back.lampiran] == [lamp.jenis for lamp in example.lampiran]
    assert len(read_back.menimbang) == len(example.menimbang)
    assert result.location("diktum[0]") is not None


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            names.add("." * node.level + (node.module or ""))
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


@pytest.mark.parametrize(
    ("path", "module"),
    [
        ("tools/build_templates.py", "zi_docs.grammar"),
        ("src/zi_docs/readers/parse/heading.py", "...grammar"),
        ("src/zi_docs/readers/parse/body.py", "...grammar"),
        ("src/zi_docs/readers/parse/signature.py", "...grammar"),
        ("src/zi_docs/readers/parse/lampiran.py", "...grammar"),
        ("src/zi_docs/readers/parse/members.py", "...grammar"),
        ("src/zi_docs/readers/parse/plan.py", "...grammar"),
        ("src/zi_docs/readers/citations.py", "..grammar"),
        ("src/zi_docs/rendering/pdf.py", "..grammar"),
    ],
)
def test_printers_and_readers_import_the_grammar(path: str, module: str) -> None:
    assert module in _imports(ROOT / path)


def test_the_parser_compiles_no_pattern_of_its_own() -> None:
    """Every pattern the parser uses comes from the grammar; the only regex of its own
    splits PDF layout text at column gaps, which is layout, not decree grammar."""
    parse = ROOT / "src" / "zi_docs" / "readers" / "parse"
    compiling = {"re", "...storage.regex_cache"}
    using_re = sorted(module.name for module in parse.glob("*.py") if compiling & _imports(module))
    assert using_re == ["tables.py"]
