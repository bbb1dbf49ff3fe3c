"""Fuzzing the readers and the checker with mutated real documents (issue 7).

Every mutated DOCX, PDF or text file must either be read and checked or be refused
with a :class:`~zi_docs.errors.ZiDocsError`; any other exception is a bug.  The
seeds are real: the example decree rendered to DOCX (and, when LibreOffice is
installed, to PDF), and the published texts in ``examples/published`` and
``tests/fixtures/realworld``.

In CI each test runs a few dozen examples (a few hundred in all).  For a long
campaign::

    HYPOTHESIS_PROFILE=fuzz pytest tests/test_fuzz.py -p no:cacheprovider

(``ZI_DOCS_FUZZ_EXAMPLES`` sets the number per test, default 5000; see
docs/security.md).  The profile is registered here, not in conftest, so the rest
of the suite keeps its own settings.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from conftest import HANG_S
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

import zi_docs
from zi_docs.checks.run import check_file
from zi_docs.errors import ZiDocsError
from zi_docs.rendering import render_docx_bytes

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "kpu-penajam-paser-utara-42-2025.yaml"
TEXTS = (
    sorted((ROOT / "examples" / "published").glob("*.txt"))
    + sorted((ROOT / "tests" / "fixtures" / "realworld").glob("*keputusan*.txt"))[:4]
)

settings.register_profile(
    "fuzz",
    max_examples=int(os.environ.get("ZI_DOCS_FUZZ_EXAMPLES", "5000")),
    deadline=None,
    suppress_health_check=list(HealthCheck),
    print_blob=True,
)
LONG = os.environ.get("HYPOTHESIS_PROFILE") == "fuzz"


def fuzz_settings(ci_examples: int) -> settings:
    if LONG:
        return settings.get_profile("fuzz")
    return settings(
        max_examples=ci_examples,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
        derandomize=True,  # CI runs the same examples every time; the long campaign explores
    )


def read_and_check(path: Path) -> None:
    """Read and check ``path``: success or a ZiDocsError, nothing else."""
    # check_file reads with zi_docs.readers.read and checks; it turns a ZiDocsError
    # into ``error`` and lets anything else escape, which fails the test.
    outcome = check_file(path)
    assert outcome.error is None or isinstance(outcome.error, ZiDocsError)


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def docx_seed() -> bytes:
    return render_docx_bytes(zi_docs.load(EXAMPLE))


@pytest.fixture(scope="module")
def docx_parts(docx_seed) -> dict[str, bytes]:
    archive = zipfile.ZipFile(io.BytesIO(docx_seed))
    return {info.filename: archive.read(info.filename) for info in archive.infolist()}


def repack(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


# ---------------------------------------------------------------------- bytes


def flips(size: int) -> st.SearchStrategy:
    return st.lists(st.tuples(st.integers(0, size - 1), st.integers(0, 255)), min_size=1, max_size=8)


def flipped(data: bytes, changes) -> bytes:
    mutable = bytearray(data)
    for position, value in changes:
        mutable[position] = value
    return bytes(mutable)


@fuzz_settings(50)
@given(data=st.data())
def test_docx_with_flipped_bytes(docx_seed, data, tmp_path_factory) -> None:
    mutated = flipped(docx_seed, data.draw(flips(len(docx_seed)), label="flips"))
    cut = data.draw(st.one_of(st.none(), st.integers(0, len(mutated))), label="cut")
    path = tmp_path_factory.mktemp("docx") / "draf.docx"
    path.write_bytes(mutated[:cut] if cut is not None else mutated)
    read_and_check(path)


@fuzz_settings(40)
@given(data=st.data())
def test_docx_parts_with_flipped_bytes(docx_parts, data, tmp_path_factory) -> None:
    """Bytes flipped inside the XML (after inflating), so the XML parser and the
    reader, not the ZIP checksum, meet the damage."""
    names = sorted(n for n in docx_parts if n.endswith(".xml"))
    name = data.draw(st.sampled_from(names), label="part")
    part = docx_parts[name]
    mutated = dict(docx_parts, **{name: flipped(part, data.draw(flips(len(part)), label="flips"))})
    path = tmp_path_factory.mktemp("docx") / "draf.docx"
    path.write_bytes(repack(mutated))
    read_and_check(path)


# ------------------------------------------------------------------- structure


MUTATIONS = ("drop", "duplicate", "move", "cut-text", "truncate-table", "empty-text", "strip-attributes")


def mutate_document(xml: bytes, data: st.DataObject) -> bytes:
    root = etree.fromstring(xml)
    body = root.find(f"{W}body")
    elements = [e for e in body.iter() if isinstance(e.tag, str) and e is not body]
    for _ in range(data.draw(st.integers(1, 6), label="count")):
        if not elements:
            break
        kind = data.draw(st.sampled_from(MUTATIONS), label="kind")
        element = elements[data.draw(st.integers(0, len(elements) - 1), label="element")]
        parent = element.getparent()
        if parent is None:
            continue
        if kind == "drop":
            parent.remove(element)
            elements = [e for e in body.iter() if isinstance(e.tag, str) and e is not body]
        elif kind == "duplicate":
            parent.insert(parent.index(element), etree.fromstring(etree.tostring(element)))
        elif kind == "move":
            target = elements[data.draw(st.integers(0, len(elements) - 1), label="target")]
            if element not in target.iterancestors() and target is not element:
                target.append(element)
        elif kind == "cut-text":
            texts = [t for t in body.iter(f"{W}t") if t.text]
            if texts:
                t = texts[data.draw(st.integers(0, len(texts) - 1), label="t")]
                t.text = t.text[: data.draw(st.integers(0, len(t.text)), label="keep")]
        elif kind == "truncate-table":
            rows = list(body.iter(f"{W}tr"))
            if rows:
                row = rows[data.draw(st.integers(0, len(rows) - 1), label="row")]
                cells = row.findall(f"{W}tc")
                for cell in cells[data.draw(st.integers(0, len(cells)), label="cells") :]:
                    row.remove(cell)
                table = row.getparent()
                if data.draw(st.booleans(), label="drop-rest"):
                    for later in list(row.itersiblings()):
                        table.remove(later)
        elif kind == "empty-text":
            for t in element.iter(f"{W}t"):
                t.text = ""
        elif kind == "strip-attributes":
            for key in list(element.attrib):
                del element.attrib[key]
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


@fuzz_settings(80)
@given(data=st.data())
def test_docx_with_mutated_document_xml(docx_parts, data, tmp_path_factory) -> None:
    mutated = dict(docx_parts)
    mutated["word/document.xml"] = mutate_document(docx_parts["word/document.xml"], data)
    if data.draw(st.booleans(), label="also-numbering") and "word/numbering.xml" in docx_parts:
        numbering = etree.fromstring(docx_parts["word/numbering.xml"])
        children = list(numbering)
        if children:
            numbering.remove(children[data.draw(st.integers(0, len(children) - 1), label="num")])
        mutated["word/numbering.xml"] = etree.tostring(numbering)
    path = tmp_path_factory.mktemp("docx") / "draf.docx"
    path.write_bytes(repack(mutated))
    read_and_check(path)


# ------------------------------------------------------------------------- PDF


@pytest.fixture(scope="module")
def pdf_seed(tmp_path_factory, docx_seed) -> bytes:
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed; it is needed to make the PDF seed")
    folder = tmp_path_factory.mktemp("pdf")
    source = folder / "contoh.docx"
    source.write_bytes(docx_seed)
    profile = (folder / "profile").as_uri()
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=HANG_S,
    )
    return (folder / "contoh.pdf").read_bytes()


@fuzz_settings(15)
@given(data=st.data())
def test_pdf_with_flipped_bytes(pdf_seed, data, tmp_path_factory) -> None:
    mutated = flipped(pdf_seed, data.draw(flips(len(pdf_seed)), label="flips"))
    cut = data.draw(st.one_of(st.none(), st.integers(0, len(mutated))), label="cut")
    path = tmp_path_factory.mktemp("pdf") / "keputusan.pdf"
    path.write_bytes(mutated[:cut] if cut is not None else mutated)
    read_and_check(path)


@fuzz_settings(10)
@given(data=st.data())
def test_pdf_with_damaged_objects(pdf_seed, data, tmp_path_factory) -> None:
    """Damage aimed at the PDF's structure: object numbers, xref offsets, stream lengths."""
    import re

    targets = [m.start() for m in re.finditer(rb"\d+ 0 obj|/Length \d+|startxref|xref|/Root|/Pages|/Kids", pdf_seed)]
    mutable = bytearray(pdf_seed)
    for _ in range(data.draw(st.integers(1, 4), label="count")):
        at = targets[data.draw(st.integers(0, len(targets) - 1), label="target")]
        offset = data.draw(st.integers(0, 12), label="offset")
        mutable[at + offset] = data.draw(st.sampled_from(b"0123456789 /<>[]RXn"), label="byte")
    path = tmp_path_factory.mktemp("pdf") / "keputusan.pdf"
    path.write_bytes(bytes(mutable))
    read_and_check(path)


# ------------------------------------------------------------------------- text


@pytest.fixture(scope="module")
def text_seeds() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in TEXTS]


def mutate_text(text: str, data: st.DataObject) -> str:
    lines = text.split("\n")
    for _ in range(data.draw(st.integers(1, 6), label="count")):
        kind = data.draw(st.sampled_from(["cut", "drop-lines", "duplicate-lines", "insert", "swap"]), label="kind")
        if not lines:
            break
        i = data.draw(st.integers(0, len(lines) - 1), label="line")
        if kind == "cut":
            whole = "\n".join(lines)
            start = data.draw(st.integers(0, len(whole)), label="start")
            lines = whole[start : start + data.draw(st.integers(0, 4000), label="length")].split("\n")
        elif kind == "drop-lines":
            del lines[i : i + data.draw(st.integers(1, 30), label="n")]
        elif kind == "duplicate-lines":
            lines[i:i] = lines[i : i + data.draw(st.integers(1, 30), label="n")]
        elif kind == "insert":
            noise = data.draw(
                st.one_of(
                    st.text(max_size=40),
                    st.sampled_from(
                        [
                            "\t",
                            "|",
                            "| --- |",
                            "LAMPIRAN",
                            "KESATU\t:",
                            "a.",
                            "[halaman 2]",
                            "**",
                            "<b>",
                            "\x00",
                            "\r",
                            "\u2028",
                        ]
                    ),
                ),
                label="noise",
            )
            column = data.draw(st.integers(0, len(lines[i])), label="column")
            lines[i] = lines[i][:column] + noise + lines[i][column:]
        elif kind == "swap":
            j = data.draw(st.integers(0, len(lines) - 1), label="other")
            lines[i], lines[j] = lines[j], lines[i]
    return "\n".join(lines)


@fuzz_settings(100)
@given(data=st.data())
def test_text_mutated(text_seeds, data, tmp_path_factory) -> None:
    seed = text_seeds[data.draw(st.integers(0, len(text_seeds) - 1), label="seed")]
    text = mutate_text(seed, data)
    suffix = data.draw(st.sampled_from([".txt", ".md"]), label="suffix")
    encoding = data.draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]), label="encoding")
    path = tmp_path_factory.mktemp("txt") / f"keputusan{suffix}"
    path.write_bytes(text.encode(encoding, errors="replace"))
    read_and_check(path)


@fuzz_settings(30)
@given(raw=st.binary(min_size=1, max_size=2000))
def test_any_bytes_as_text_docx_pdf_or_yaml(raw, tmp_path_factory) -> None:
    folder = tmp_path_factory.mktemp("bytes")
    for suffix in (".txt", ".docx", ".pdf", ".yaml", ".json"):
        path = folder / f"x{suffix}"
        path.write_bytes(raw)
        read_and_check(path)
