"""Rendering a decree to DOCX (and PDF): content, order, layout, literal text, CLI.

The PDF tests need LibreOffice; they are skipped, with the reason shown, where it
is not installed.  The PDF is made once per module.
"""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import zi_docs
from zi_docs.errors import ConversionError, TemplateError, UnreadableFileError
from zi_docs.model import Keputusan, LampiranRencanaAksi, LampiranSusunanTim
from zi_docs.rendering import RenderSettings, convert_to_pdf, default_template, render
from zi_docs.rendering.context import teks_aman
from zi_docs.rendering.pdf import find_soffice
from zi_docs.rendering.sample import contoh_keputusan

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "kpu-penajam-paser-utara-42-2025.yaml"
MM_PER_EMU = 1 / 36000
F4_MM = (215.0, 330.0)
A4_MM = (210.0, 297.0)
needs_example = pytest.mark.skipif(not EXAMPLE.exists(), reason=f"example decree not written yet: {EXAMPLE}")
needs_soffice = pytest.mark.skipif(
    find_soffice() is None, reason="LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui"
)


# ----------------------------------------------------------------------------- helpers


def squash(text: str) -> str:
    """Whitespace (line breaks from wrapping, tabs between marker and text) as single spaces."""
    return " ".join(text.split())


def block_texts(document) -> list[str]:
    """Every paragraph's text in body order, table cells included (row by row, nested
    tables too)."""
    texts: list[str] = []

    def walk(element, parent) -> None:
        for child in element.iterchildren():
            if child.tag == qn("w:p"):
                texts.append(docx.text.paragraph.Paragraph(child, parent).text)
            elif child.tag == qn("w:tbl"):
                for row in docx.table.Table(child, parent).rows:
                    for cell in row.cells:
                        walk(cell._tc, cell)

    walk(document.element.body, document)
    return texts


def full_text(document) -> str:
    return "\n".join(block_texts(document))


def sections_of_tables(document) -> list[tuple[docx.table.Table, int]]:
    """Each body table with the index of the section it is in (a paragraph carrying
    ``w:sectPr`` ends a section)."""
    result, section = [], 0
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:tbl"):
            result.append((docx.table.Table(child, document), section))
        elif child.tag == qn("w:p") and child.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None:
            section += 1
    return result


def table_with_header(document, first_header: str) -> tuple[docx.table.Table, int]:
    for table, section in sections_of_tables(document):
        if table.rows and table.rows[0].cells[0].text.strip() == first_header:
            return table, section
    raise AssertionError(f"no table whose header starts with {first_header!r}")


def page_mm(section) -> tuple[float, float]:
    return round(section.page_width * MM_PER_EMU), round(section.page_height * MM_PER_EMU)


def assert_in_order(text: str, expected: list[str]) -> None:
    position = 0
    haystack = squash(text)
    for item in expected:
        found = haystack.find(squash(item), position)
        assert found >= 0, f"{item[:80]!r} missing after position {position}: …{haystack[position : position + 200]}…"
        position = found + len(squash(item))


# ---------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def example() -> Keputusan:
    if not EXAMPLE.exists():
        pytest.skip(f"example decree not written yet: {EXAMPLE}")
    return zi_docs.load(EXAMPLE)


@pytest.fixture(scope="module")
def example_docx(example, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("render") / "kpu-42-2025.docx"
    assert render(example, out) == [out]
    return out


@pytest.fixture(scope="module")
def document(example_docx):
    return docx.Document(str(example_docx))


# --------------------------------------------------------------------- the example


def test_every_part_in_order(example, document):
    k = example
    expected = []
    if k.kepala.tanda_salinan:
        expected.append("SALINAN")
    expected += k.kepala.kop
    expected += [f"{k.kepala.jenis} {k.kepala.instansi}", f"NOMOR {k.kepala.nomor} TAHUN {k.kepala.tahun}", "TENTANG"]
    expected += [k.kepala.tentang, k.jabatan_pembentuk, "Menimbang"]
    expected += [f"{b.label} {b.teks}" for b in k.menimbang]
    expected.append("Mengingat")
    expected += [f"{b.label} {b.teks}" for b in k.mengingat]
    expected.append("Memperhatikan")
    expected += [f"{b.label} {b.teks}" for b in k.memperhatikan]
    expected += ["MEMUTUSKAN", "Menetapkan", k.menetapkan]

    def items(butir):
        for b in butir:
            yield f"{b.label} {b.teks}"
            yield from items(b.rincian)

    for d in k.diktum:
        expected += [d.label, d.teks, *items(d.rincian)]
    p = k.penetapan
    expected += ["Ditetapkan di", p.tempat, "pada tanggal", "8 September 2025", p.jabatan, p.tanda_tangan, p.nama]
    expected += [k.salinan.frasa, k.salinan.unit, k.salinan.jabatan, k.salinan.nama]
    for lamp in k.lampiran:
        expected += [f"LAMPIRAN {lamp.nomor}", f"{k.kepala.jenis} {k.kepala.instansi}", "TENTANG", lamp.judul]
        if isinstance(lamp, LampiranSusunanTim):
            for g in lamp.kelompok:
                expected.append(g.nama)
                expected += [a.nama for a in g.anggota]
        elif isinstance(lamp, LampiranRencanaAksi):
            for bagian in lamp.bagian:
                expected.append(bagian.judul)
                expected += [r.langkah_aksi for r in bagian.baris if r.langkah_aksi]
        pen = lamp.penandatanganan
        expected += [f"{pen.tempat}, 8 September 2025", pen.jabatan, pen.nama]
    assert_in_order(full_text(document), expected)


def test_example_has_two_lampiran():
    if not EXAMPLE.exists():
        pytest.skip(f"example decree not written yet: {EXAMPLE}")
    k = zi_docs.load(EXAMPLE)
    assert [lamp.jenis for lamp in k.lampiran] == ["susunan_tim", "rencana_aksi"]


def test_team_table_one_member_per_row(example, document):
    lamp = next(lamp for lamp in example.lampiran if isinstance(lamp, LampiranSusunanTim))
    table, _ = table_with_header(document, "NO.")
    assert [c.text for c in table.rows[0].cells] == ["NO.", "NAMA", "JABATAN", "KEDUDUKAN DALAM TIM"]
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None, "header row must repeat on each page"
    # The last row is the signature (kept with the table's end), not a member.
    assert table.rows[-1].cells[0].text.strip().startswith(f"{lamp.penandatanganan.tempat}, ")
    rows = [[c.text for c in row.cells] for row in table.rows[1:-1]]
    expected = []
    for g in lamp.kelompok:
        expected.append(("group", f"{g.label} {g.nama}"))
        expected += [("member", a) for a in g.anggota]
    assert len(rows) == len(expected)
    for cells, (kind, value) in zip(rows, expected):
        if kind == "group":
            # One merged cell after the number column: "1." | "PENGARAH"
            assert squash(" ".join(dict.fromkeys(cells))) == value
        else:
            assert cells[1] == value.nama
            assert sum(cell.count(value.nama) for cell in cells) == 1 or value.nama in (value.jabatan or "")
            assert cells[2:] == [value.jabatan or "", value.kedudukan or ""]
    every_name = [a.nama for g in lamp.kelompok for a in g.anggota]
    name_cells = [cells[1] for cells, (kind, _) in zip(rows, expected) if kind == "member"]
    assert name_cells == every_name


def test_plan_table(example, document):
    lamp = next(lamp for lamp in example.lampiran if isinstance(lamp, LampiranRencanaAksi))
    table, section = table_with_header(document, "NO")
    assert [c.text for c in table.rows[0].cells] == [
        "NO", "KOMPONEN", "INDIKATOR", "LANGKAH AKSI", "BUKTI FISIK", "TARGET WAKTU", "TARGET CAPAIAN"
    ]  # fmt: skip
    assert [c.text for c in table.rows[1].cells] == [str(i) for i in range(1, 8)]
    for row in table.rows[:2]:
        assert row._tr.trPr.find(qn("w:tblHeader")) is not None, "header rows must repeat on each page"
    assert table.rows[-1].cells[0].text.strip().startswith(f"{lamp.penandatanganan.tempat}, ")  # the signature row
    body = table.rows[2:-1]
    assert len(body) == len(lamp.bagian) + sum(len(b.baris) for b in lamp.bagian)
    i = 0
    for bagian in lamp.bagian:
        cells = [c.text for c in body[i].cells]
        assert cells[0] == bagian.nomor and bagian.judul in cells[1:]
        i += 1
        for r in bagian.baris:
            cells = [c.text for c in body[i].cells]
            assert cells == [
                r.nomor or "", r.komponen or "", r.indikator or "", r.langkah_aksi or "", r.bukti_fisik or "",
                r.target_waktu.teks if r.target_waktu else "", r.target_capaian.teks if r.target_capaian else "",
            ]  # fmt: skip
            i += 1
    assert document.sections[section].orientation == docx.enum.section.WD_ORIENT.LANDSCAPE


def test_sections_f4_and_orientation(example, document):
    sections = document.sections
    # The decree, then one section per Lampiran.
    assert len(sections) == 1 + len(example.lampiran)
    for section, kind in zip(sections, ["keputusan", *(lamp.jenis for lamp in example.lampiran)]):
        if kind == "rencana_aksi":
            assert page_mm(section) == (F4_MM[1], F4_MM[0])
            assert section.orientation == docx.enum.section.WD_ORIENT.LANDSCAPE
        else:
            assert page_mm(section) == F4_MM
            assert section.orientation == docx.enum.section.WD_ORIENT.PORTRAIT
        assert section.start_type == docx.enum.section.WD_SECTION.NEW_PAGE
    _, team_section = table_with_header(document, "NO.")
    assert sections[team_section].orientation == docx.enum.section.WD_ORIENT.PORTRAIT


def test_default_font_and_properties(example, document):
    normal = document.styles["Normal"]
    assert normal.font.name == "Bookman Old Style"
    assert normal.font.size.pt == 12
    props = document.core_properties
    assert props.title == " ".join(example.kepala.tentang.split())
    assert props.author == example.kepala.instansi
    assert "NOMOR 42 TAHUN 2025" in props.subject
    assert "Lampiran I" in props.keywords


def test_a4_and_font_settings(example, tmp_path):
    out = tmp_path / "a4.docx"
    render(example, out, settings=RenderSettings(paper="A4", font="Liberation Serif", font_size=11))
    document = docx.Document(str(out))
    for section in document.sections:
        landscape = section.orientation == docx.enum.section.WD_ORIENT.LANDSCAPE
        assert page_mm(section) == ((A4_MM[1], A4_MM[0]) if landscape else A4_MM)
    assert document.styles["Normal"].font.name == "Liberation Serif"
    assert document.styles["Normal"].font.size.pt == 11
    # The Rencana Aksi stays one point smaller than the text.
    assert document.styles["Rencana Aksi Teks"].font.size.pt == 10


def test_settings_are_checked():
    with pytest.raises(ValueError):
        RenderSettings(paper="Letter")
    with pytest.raises(ValueError):
        RenderSettings(font_size=100)


def test_office_template_kept_as_is(tmp_path):
    """An office's template keeps its own layout unless a setting is given."""
    office = tmp_path / "kantor.docx"
    shutil.copy(default_template(), office)
    document = docx.Document(str(office))
    for section in document.sections:  # an A4 office: every section of its template
        landscape = section.orientation == docx.enum.section.WD_ORIENT.LANDSCAPE
        section.page_width = docx.shared.Mm(297 if landscape else 210)
        section.page_height = docx.shared.Mm(210 if landscape else 297)
    document.save(str(office))
    out = tmp_path / "out.docx"
    render(contoh_keputusan(), out, template=office)
    assert page_mm(docx.Document(str(out)).sections[0]) == A4_MM
    render(contoh_keputusan(), out, template=office, settings=RenderSettings(paper="F4", font=None, font_size=None))
    assert page_mm(docx.Document(str(out)).sections[0]) == F4_MM


def test_no_empty_page_after_landscape_lampiran(example, document):
    """The last Lampiran is landscape: its section is the document's last one, no blank page after it."""
    last = document.element.body[-2]
    assert last.tag != qn("w:p") or last.find(f".//{qn('w:t')}") is not None


def test_missing_template(tmp_path):
    with pytest.raises(UnreadableFileError):
        render(contoh_keputusan(), tmp_path / "x.docx", template=tmp_path / "nope.docx")


def test_template_with_unknown_variable_fails_clearly(tmp_path):
    bad = tmp_path / "bad.docx"
    document = docx.Document()
    document.add_paragraph("{{ kepala.nomer }}")
    document.save(str(bad))
    with pytest.raises(TemplateError) as info:
        render(contoh_keputusan(), tmp_path / "x.docx", template=bad)
    assert "nomer" in info.value.text("en")
    assert "template check" in info.value.text("en")


def test_template_cannot_reach_python_internals(tmp_path):
    evil = tmp_path / "evil.docx"
    document = docx.Document()
    document.add_paragraph("{{ kepala.__class__.__mro__ }}")
    document.save(str(evil))
    with pytest.raises(TemplateError):
        render(contoh_keputusan(), tmp_path / "x.docx", template=evil)


# ------------------------------------------------------------ literal text, always

#: Text a person could type: anything but surrogates and characters XML 1.0 forbids.
_FORBIDDEN = "".join(chr(c) for c in range(0x20) if chr(c) not in "\t\n\r") + "\ufffe\uffff"
TYPED = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters=_FORBIDDEN + "\r"),
    min_size=1,
    max_size=30,
)
TRICKY = st.sampled_from(
    [
        "&",
        "<",
        ">",
        '"',
        "'",
        "{{ kepala.nomor }}",
        "{% if true %}x{% endif %}",
        "{_{",
        "]]>",
        "&amp;",
        "{%p endfor %}",
        "\\",
    ]
)
VALUES = st.one_of(TYPED, st.lists(st.one_of(TRICKY, TYPED), min_size=1, max_size=4).map("".join))


def _fill(data, value: str, counter: list[int], skip: frozenset[str]):
    """Every text field of ``data`` set to ``value`` plus a unique tag, so each can be found."""
    if isinstance(data, dict):
        return {k: v if k in skip else _fill(v, value, counter, skip) for k, v in data.items()}
    if isinstance(data, list):
        return [_fill(v, value, counter, skip) for v in data]
    if isinstance(data, str):
        counter[0] += 1
        return f"{value}⟦{counter[0]}⟧"
    return data


#: Fields that are not free text (kinds, dates) or that the shipped template does not print.
_NOT_PRINTED = frozenset(
    {"jenis", "tanggal", "area", "nip", "pangkat_golongan", "kolom_lain", "tahun", "peraturan", "perubahan", "dokumen"}
    | {"mulai", "selesai", "berkala", "jumlah", "terbilang", "satuan"}
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=VALUES)
def test_any_text_renders_literally(value, tmp_path):
    data = contoh_keputusan().model_dump(mode="json", exclude_none=True)
    counter = [0]
    filled = _fill(data, value, counter, _NOT_PRINTED)
    keputusan = Keputusan.model_validate(filled)
    out = tmp_path / "literal.docx"
    render(keputusan, out)
    text = full_text(docx.Document(str(out)))
    # Line breaks may be added at spaces in headings (balanced lines); nothing else changes.
    flat = text.replace("\n", " ")
    for i in range(1, counter[0] + 1):
        assert f"{value}⟦{i}⟧".replace("\n", " ") in flat, f"field #{i} not rendered literally"


def test_forbidden_control_characters_are_stripped(tmp_path):
    k = contoh_keputusan()
    k.kepala.tentang = "A\x00B\x07C\x0cD\x1bE\ufffeF\r\nG"
    assert teks_aman(k.kepala.tentang) == "ABCDEF\nG"
    out = tmp_path / "ctrl.docx"
    render(k, out)
    assert "ABCDEF\nG" in full_text(docx.Document(str(out)))


def test_user_text_is_never_evaluated(tmp_path):
    k = contoh_keputusan()
    k.kepala.tentang = "{{ 7 * 7 }} {% for x in lampiran %}X{% endfor %} <b>&amp;</b> “kutip”"
    out = tmp_path / "jinja.docx"
    render(k, out)
    text = full_text(docx.Document(str(out)))
    assert k.kepala.tentang in text
    assert "49" not in text


# ----------------------------------------------------------------------------- CLI


def test_cli_render(tmp_path, capsys):
    from zi_docs.cli import main

    source = tmp_path / "contoh.yaml"
    zi_docs.save(contoh_keputusan(), source)
    assert main(["render", str(source), "-o", str(tmp_path / "out"), "--paper", "A4"]) == 0
    out = tmp_path / "out" / "contoh.docx"
    assert out.is_file()
    assert page_mm(docx.Document(str(out)).sections[0]) == A4_MM
    assert str(out) in capsys.readouterr().out


def test_cli_render_bad_data_exits_2(tmp_path, capsys):
    from zi_docs.cli import main

    source = tmp_path / "rusak.yaml"
    source.write_text("kepala: 1\n", encoding="utf-8")
    assert main(["render", str(source), "-o", str(tmp_path / "out")]) == 2
    assert not (tmp_path / "out" / "rusak.docx").exists()


# ----------------------------------------------------------------------------- PDF


def test_missing_libreoffice_says_how_to_install(tmp_path, monkeypatch):
    monkeypatch.setenv("ZI_DOCS_SOFFICE", str(tmp_path / "no-such-soffice"))
    source = tmp_path / "a.docx"
    render(contoh_keputusan(), source)
    with pytest.raises(ConversionError) as info:
        convert_to_pdf([source], tmp_path)
    assert "apt-get install libreoffice-writer-nogui" in info.value.text("en")
    assert "apt-get install libreoffice-writer-nogui" in info.value.text("id")


@pytest.fixture(scope="module")
def pdfs(example_docx, tmp_path_factory):
    """The example and the sample decree, converted together in one LibreOffice run."""
    if find_soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui")
    folder = tmp_path_factory.mktemp("pdf")
    sample = folder / "contoh.docx"
    render(contoh_keputusan(), sample)
    return convert_to_pdf([example_docx, sample], folder)


@needs_soffice
@needs_example
def test_pdf_pages_and_orientation(pdfs, example):
    from pypdf import PdfReader

    reader = PdfReader(str(pdfs[0]))
    outline = {item.title: reader.get_destination_page_number(item) for item in reader.outline}
    assert "LAMPIRAN I" in outline and "LAMPIRAN II" in outline
    assert outline["LAMPIRAN I"] < outline["LAMPIRAN II"]
    for number, page in enumerate(reader.pages):
        # Millimetres, to the nearest: LibreOffice rounds the size to its own units.
        size = (round(float(page.mediabox.width) * 25.4 / 72), round(float(page.mediabox.height) * 25.4 / 72))
        if number >= outline["LAMPIRAN II"]:
            assert size == (F4_MM[1], F4_MM[0]), f"page {number + 1} of the Rencana Aksi is not landscape F4"
        else:
            assert size == F4_MM, f"page {number + 1} is not portrait F4"


@needs_soffice
@needs_example
def test_pdf_metadata_and_text(pdfs, example):
    from pypdf import PdfReader

    reader = PdfReader(str(pdfs[0]))
    meta = reader.metadata
    assert meta.title == " ".join(example.kepala.tentang.split())
    assert meta.author == example.kepala.instansi
    assert "NOMOR 42 TAHUN 2025" in meta.subject
    assert "Lampiran II" in meta.get("/Keywords", "")
    text = squash(" ".join(page.extract_text() for page in reader.pages))
    team = next(lamp for lamp in example.lampiran if isinstance(lamp, LampiranSusunanTim))
    for g in team.kelompok:
        for a in g.anggota:
            assert squash(a.nama) in text, a.nama


@needs_soffice
def test_pdf_several_files_one_run(pdfs):
    assert [p.suffix for p in pdfs] == [".pdf", ".pdf"]
    assert all(p.stat().st_size > 1000 for p in pdfs)


@needs_soffice
def test_many_files_on_two_libreoffice_runs(tmp_path):
    """Split over two LibreOffice processes, the PDFs come back in the order given, each finished
    (outline, title) as from one run, and each with the pages of its own decree."""
    from pypdf import PdfReader

    from zi_docs.rendering.pdf import FILES_PER_PROCESS, processes_for

    sources = []
    for index, nomor in enumerate(["11", "12", "13", "14", "15"]):
        keputusan = contoh_keputusan()
        keputusan.kepala.nomor = nomor
        path = tmp_path / "src" / f"k{index}.docx"
        render(keputusan, path)
        sources.append(path)
    pdfs = convert_to_pdf(sources, tmp_path / "out", processes=2)
    assert [p.name for p in pdfs] == [f"k{i}.pdf" for i in range(5)]
    for nomor, pdf in zip(["11", "12", "13", "14", "15"], pdfs, strict=True):
        reader = PdfReader(pdf)
        assert f"NOMOR {nomor} TAHUN" in " ".join(reader.pages[0].extract_text().split())
        assert [item.title for item in reader.outline][1:] == ["LAMPIRAN I", "LAMPIRAN II", "LAMPIRAN III"]
    assert processes_for(3) == 1 and processes_for(40, processes=2) == 2 and processes_for(2, processes=8) == 2
    assert processes_for(2 * FILES_PER_PROCESS) == min(2, processes_for(100))


@needs_soffice
def test_two_conversions_at_once(tmp_path):
    """Each call has its own LibreOffice profile, so concurrent calls do not collide."""
    results, errors = {}, []
    for name in ("a", "b"):
        render(contoh_keputusan(), tmp_path / name / f"{name}.docx")

    def convert(name):
        try:
            results[name] = convert_to_pdf([tmp_path / name / f"{name}.docx"], tmp_path / name)
        except Exception as exc:  # noqa: BLE001 (reported below)
            errors.append(exc)

    threads = [threading.Thread(target=convert, args=(name,)) for name in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert all(results[name][0].is_file() for name in ("a", "b"))


def test_members_named_in_a_diktum(tmp_path):
    """A diktum that names its members itself gets the team table inside its text column."""
    k = contoh_keputusan()
    diktum = next(d for d in k.diktum if d.kelompok)
    out = tmp_path / "diktum.docx"
    render(k, out)
    document = docx.Document(str(out))
    nested = [t for table in document.tables for row in table.rows for cell in row.cells for t in cell.tables]
    assert nested, "no table inside the diktum"
    rows = [[c.text for c in row.cells] for row in nested[0].rows]
    assert rows[0] == ["NO.", "NAMA", "JABATAN", "KEDUDUKAN DALAM TIM"]
    names = [a.nama for g in diktum.kelompok for a in g.anggota]
    assert [r[1] for r in rows if r[1] in names] == names
