"""The DOCX layer (zi_docs.docx): one numbering of the body for every user, safe opening.

The paragraph and table numbers are the contract between reading, checking,
fixing and suppression marks: on the rendered example, the walker's numbers are
the reader's, the fixer's and the marks', and ``check`` and ``fix`` name the
paragraph where a mistake's words stand.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
import pytest
from docx.text.paragraph import Paragraph

import zi_docs.docx
from zi_docs.checks import CheckConfig, Finding, Fix, Severity
from zi_docs.checks.run import check_file
from zi_docs.checks.suppress import suppressions_for
from zi_docs.docx.body import Body
from zi_docs.docx.ns import qn
from zi_docs.docx.package import check_package, open_document, read_parts
from zi_docs.docx.text import place_units
from zi_docs.errors import LimitExceededError, UnreadableFileError
from zi_docs.fix import apply_fixes, fix_file
from zi_docs.i18n import Message
from zi_docs.model import Lokasi
from zi_docs.readers.docx_lines import read_docx_lines
from zi_docs.rendering import render_docx_bytes

SRC = Path(__file__).resolve().parents[2] / "src" / "zi_docs"


@pytest.fixture(scope="module")
def rendered(tmp_path_factory, example) -> Path:
    path = tmp_path_factory.mktemp("contoh") / "contoh.docx"
    path.write_bytes(render_docx_bytes(example))
    return path


def body_of(path: Path) -> Body:
    return Body(open_document(path).element.body, path.name)


def shown_text(place) -> str:
    """What the place prints, paragraph by paragraph (numbering labels aside)."""
    return "\n".join(unit.text for unit in place_units(place))


def key(lokasi: Lokasi) -> tuple:
    return (lokasi.paragraf,) if lokasi.paragraf is not None else (lokasi.tabel, lokasi.baris_tabel)


# -- one numbering -----------------------------------------------------------------


def test_the_walker_numbers_the_places_the_reader_reads(rendered):
    places = [key(place.lokasi) for place in body_of(rendered)]
    # A layout row (the Lampiran's signature as a table's last row) gives one line per
    # paragraph it holds, all at the row's place.
    lines = list(dict.fromkeys(key(line.location) for line in read_docx_lines(rendered) if not line.text_box))
    assert places == lines
    # The example: heading paragraphs, then the Menimbang/Mengingat table, MEMUTUSKAN, the diktum table…
    assert places[:14] == [(n,) for n in range(1, 14)] + [(1, 1)]
    assert len({p for p in places if len(p) == 2 and p[1] == 1}) >= 3  # at least three tables


def test_the_fixer_edits_the_place_the_walker_numbers(rendered, tmp_path):
    body = body_of(rendered)
    lampiran = next(place for place in body if shown_text(place) == "LAMPIRAN I")
    row = next(place for place in body if place.is_row and "Aris" in shown_text(place))
    findings = [
        Finding("TST001", Severity.error, Message("m", "m"), "LAMPIRAN I", "", Message("d", "d"),
                lampiran.lokasi, Fix("LAMPIRAN I", "LAMPIRAN  I")),
        Finding("TST002", Severity.error, Message("m", "m"), "Aris", "", Message("d", "d"),
                row.lokasi, Fix("Aris", "Arisandi")),
    ]  # fmt: skip
    target = tmp_path / "perbaikan.docx"
    report = apply_fixes(rendered, target, findings)
    assert [a.location for a in report] == [lampiran.lokasi, row.lokasi]
    by_place = {key(line.location): line for line in read_docx_lines(target) if not line.text_box}
    assert by_place[key(lampiran.lokasi)].text == "LAMPIRAN  I"
    assert "Arisandi" in by_place[key(row.lokasi)].cells


def test_suppression_marks_use_the_walkers_numbers(rendered, tmp_path):
    document = docx.Document(str(rendered))
    body = body_of(rendered)
    paragraph = next(place for place in body if shown_text(place) == "MEMUTUSKAN:")
    row = next(place for place in body if place.is_row and "Wiwik Susiati" in shown_text(place))
    # The same places in the python-docx document that is marked and saved.
    blocks = Body(document.element.body, rendered.name)
    doc_paragraph = next(p for p in document.paragraphs if p._p is blocks.place(paragraph.lokasi).element)
    document.add_comment(doc_paragraph.runs, text="zi-docs: abaikan STR", author="Penyusun")
    cell_paragraph = next(
        p
        for table in document.tables
        for r in table.rows
        if r._tr is blocks.place(row.lokasi).element
        for c in r.cells
        for p in c.paragraphs
        if "Wiwik" in p.text
    )
    document.add_comment(cell_paragraph.runs, text="zi-docs: noqa: ORG004, NAM", author="Penyusun")
    marked = tmp_path / "bertanda.docx"
    document.save(str(marked))
    marks = suppressions_for(marked)
    assert marks.paragraphs == {paragraph.lokasi.paragraf: frozenset({"STR"})}
    assert marks.table_rows == {(row.lokasi.tabel, row.lokasi.baris_tabel): frozenset({"ORG004", "NAM"})}
    # …and they are the reader's numbers for those texts.
    lines = read_docx_lines(marked)
    assert next(line.location.paragraf for line in lines if line.text == "MEMUTUSKAN:") == paragraph.lokasi.paragraf
    reader_row = next(line.location for line in lines if line.cells and "Wiwik Susiati" in line.cells)
    assert (reader_row.tabel, reader_row.baris_tabel) == (row.lokasi.tabel, row.lokasi.baris_tabel)


def test_check_and_fix_name_the_paragraph_where_the_words_are(rendered, tmp_path):
    """A misspelt regency in Lampiran I's heading: the part starts at "LAMPIRAN I", the
    words are on the next line.  check said paragraf 34 and fix paragraf 35."""
    document = docx.Document(str(rendered))
    places = Body(document.element.body).places
    lampiran = next(i for i, place in enumerate(places) if shown_text(place) == "LAMPIRAN I")
    heading = Paragraph(places[lampiran + 1].element, document)
    run = next(r for r in heading.runs if "PENAJAM" in r.text)
    run.text = run.text.replace("PENAJAM", "PETAJAM")
    draft = tmp_path / "draf.docx"
    document.save(str(draft))
    words = next(line.location for line in read_docx_lines(draft) if "PETAJAM" in line.text)
    lampiran = next(line.location for line in read_docx_lines(draft) if line.text == "LAMPIRAN I")
    assert words.paragraf == lampiran.paragraf + 1

    checked = check_file(draft, CheckConfig(select=["NAM001"]))
    assert [f.location.paragraf for f in checked.findings if "PETAJAM" in f.text] == [words.paragraf]
    fixed = fix_file(draft, tmp_path / "perbaikan.docx", config=CheckConfig(select=["NAM001"]))
    assert [(a.location.paragraf, a.edited.paragraf) for a in fixed] == [(words.paragraf, words.paragraf)]
    assert fixed[0].place("id") == f"paragraf {words.paragraf}"
    place = checked.findings[0].location.describe("id")
    assert place == fixed[0].place("id")


# -- the package's limits ----------------------------------------------------------


def rezip(source: Path, target: Path, replace: dict[str, bytes | None], *, stored: tuple[str, ...] = ()) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            if info.filename in replace:
                continue
            new.writestr(info, old.read(info.filename))
        for name, data in replace.items():
            if data is not None:
                new.writestr(name, data, zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED)
    return target


def test_the_example_passes_the_package_checks(rendered):
    names = check_package(rendered)
    assert "word/document.xml" in names and "word/styles.xml" in names


def test_a_zip_bomb_is_refused_from_the_directory(rendered, tmp_path):
    bomb = rezip(rendered, tmp_path / "bom.docx", {"word/media/bom.bin": b"\0" * (8 * 1024 * 1024)})
    with pytest.raises(LimitExceededError) as caught:
        check_package(bomb)
    assert "bom.bin" in caught.value.text("en") and "ZIP bomb" in caught.value.text("en")
    with pytest.raises(LimitExceededError):
        open_document(bomb)


def test_the_declared_total_and_the_file_size_are_limits(rendered):
    size = rendered.stat().st_size
    with pytest.raises(LimitExceededError) as caught:
        check_package(rendered, max_uncompressed=size)
    assert "expands to" in caught.value.text("en")
    with pytest.raises(LimitExceededError):
        check_package(rendered, max_bytes=size - 1)
    # The same limits reach the reader.
    with pytest.raises(LimitExceededError):
        read_docx_lines(rendered, max_uncompressed=size)


def test_dtd_and_entity_declarations_are_refused(rendered, tmp_path):
    with zipfile.ZipFile(rendered) as archive:
        document_xml = archive.read("word/document.xml")
    declared = re.sub(
        rb"^(<\?xml[^>]*\?>)", rb'\1<!DOCTYPE w:document [<!ENTITY a "aaaaaaaa">]>', document_xml, count=1
    )
    assert declared != document_xml
    hostile = rezip(rendered, tmp_path / "dtd.docx", {"word/document.xml": declared})
    with pytest.raises(UnreadableFileError) as caught:
        check_package(hostile)
    assert "word/document.xml" in caught.value.text("en") and "DOCTYPE" in caught.value.text("en")


def test_what_is_not_a_word_package_is_refused(rendered, tmp_path):
    no_body = rezip(rendered, tmp_path / "tanpa.docx", {"word/document.xml": None})
    with pytest.raises(UnreadableFileError) as caught:
        check_package(no_body)
    assert "word/document.xml is missing" in caught.value.text("en")
    text = tmp_path / "teks.docx"
    text.write_text("bukan docx", encoding="utf-8")
    with pytest.raises(UnreadableFileError):
        check_package(text)


def test_read_parts_names_the_broken_part(rendered, tmp_path):
    broken = rezip(rendered, tmp_path / "rusak.docx", {"word/styles.xml": b"<w:styles"})
    parts = read_parts(rendered, ["word/document.xml", "word/tidak-ada.xml"])
    assert list(parts) == ["word/document.xml"] and parts["word/document.xml"].tag == qn("w:document")
    with pytest.raises(UnreadableFileError) as caught:
        read_parts(broken, ["word/styles.xml"])
    assert "word/styles.xml" in caught.value.text("en")


# -- one namespace map -------------------------------------------------------------


def test_qn_spells_names_and_paths():
    assert qn("w:p") == "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p"
    assert qn("w:pPr/w:sectPr") == f"{qn('w:pPr')}/{qn('w:sectPr')}"
    assert qn("xml:space") == "{http://www.w3.org/XML/1998/namespace}space"
    assert zi_docs.docx.qn is qn


_SPELT = re.compile(
    r"schemas\.openxmlformats\.org|schemas\.microsoft\.com|urn:schemas-microsoft-com|w3\.org/XML/1998"
    r"|\bdef (?:qn|W)\(|docx\.oxml\.ns\b"
)


def test_nothing_outside_the_docx_layer_spells_a_namespace():
    offenders = [
        f"{path.relative_to(SRC)}:{number}"
        for path in sorted(SRC.rglob("*.py"))
        if path.parent.name != "docx" or path.parent.parent != SRC
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if _SPELT.search(line)
    ]
    assert offenders == []
