"""Broken and hostile input (issue 7): nothing crashes, nothing leaks, nothing is lost.

The corpus of bad input runs each case in a child Python process calling the
library (``zi_docs.readers.read``, ``zi_docs.load``, ``check_file``) and the command
line.  The child's own resource usage (``os.wait4``) gives its peak memory, which
must stay under 500 MB, and the CPU time it spent, which must stay within a budget
(the kernel stops a child that exceeds it, through ``RLIMIT_CPU``).  CPU time, not
wall time, because a loaded or slow CI machine stretches wall time but not the work
done; a zip bomb or an entity expansion that is not refused costs far more than
the budget on any machine.  A generous wall-clock net only stops a child that
blocks without working, and it is not an assertion about speed.  Each case states the error class and
the Indonesian words its message must hold; a traceback or any other exception
fails it.  The threat table in ``docs/security.md`` points at these tests.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import resource
import shutil
import signal
import struct
import subprocess
import sys
import textwrap
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import docx
import pytest

import zi_docs
from zi_docs.errors import LimitExceededError, TemplateError, UnwritableFileError, ZiDocsError
from zi_docs.readers import read
from zi_docs.rendering import render_docx_bytes
from zi_docs.storage.load_save import refuse_overwriting_inputs, write_atomic

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "kpu-penajam-paser-utara-42-2025.yaml"
PUBLISHED = ROOT / "examples" / "published" / "kpu-penajam-paser-utara-42-2025.txt"
SCANNED_PDF = ROOT / "tests" / "fixtures" / "realworld" / "bpatp-kementan-keputusan-16-2021-agen-perubahan.pdf"
HOSTILE = ROOT / "tests" / "fixtures" / "hostile"

MEMORY_LIMIT_KB = 500 * 1024  # ru_maxrss is in kilobytes on Linux
#: CPU seconds a child may spend: importing zi_docs and refusing one hostile file
#: costs about 1.5 s here; machines twice as slow stay well inside.
CPU_BUDGET_S = 20
#: Only for a child that blocks (waits on a pipe, a lock): never reached by work.
BLOCKED_CHILD_S = 600.0
SECRET = "RAHASIA-zi-docs-7f3a9c"  # written into a local file an external entity points at

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


# ------------------------------------------------------------------ the child


CHILD = textwrap.dedent(
    """
    import contextlib, io, json, sys
    spec = json.loads(sys.argv[1])
    from zi_docs.errors import ZiDocsError

    def emit(**record):
        print("@@" + json.dumps(record, ensure_ascii=False), flush=True)

    for op, arg in spec["ops"]:
        if op == "cli":
            from zi_docs.cli import main
            out, err = io.StringIO(), io.StringIO()
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                code = main(arg)
            emit(op=op, outcome="exit", code=code, stdout=out.getvalue(), stderr=err.getvalue())
            continue
        try:
            if op == "read":
                from zi_docs.readers import read
                result = read(spec["path"], **arg)
                emit(op=op, outcome="ok", notes=[n() for n in result.notes],
                     output=result.keputusan.model_dump_json())
            elif op == "load":
                import zi_docs
                emit(op=op, outcome="ok", output=zi_docs.load(spec["path"], **arg).model_dump_json())
            elif op == "check":
                from zi_docs.checks.run import check_file
                result = check_file(spec["path"])
                if result.error is not None:
                    raise result.error
                emit(op=op, outcome="ok", output="\\n".join(f.rule + " " + f.message("id") for f in result.findings))
        except ZiDocsError as exc:
            emit(op=op, outcome="error", cls=type(exc).__name__, text=exc.text("id"), en=exc.text("en"))
    """
)


@dataclass
class ChildResult:
    records: list[dict]
    stdout: str
    stderr: str
    returncode: int
    maxrss_kb: int
    cpu_s: float


def _limit_child() -> None:  # pragma: no cover - runs in the child
    # A safety net only: the assertion is on the measured peak.  Address space is
    # generous (shared libraries reserve much more than they touch).
    resource.setrlimit(resource.RLIMIT_AS, (4 * 1024**3, 4 * 1024**3))
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_BUDGET_S, CPU_BUDGET_S + 5))


def run_child(path: Path | None, ops: list, tmp_path: Path) -> ChildResult:
    """Run ``ops`` on ``path`` in a fresh interpreter; its peak memory from ``wait4``."""
    spec = json.dumps({"path": str(path) if path else None, "ops": ops})
    out_file, err_file = tmp_path / "child.out", tmp_path / "child.err"
    with open(out_file, "wb") as out, open(err_file, "wb") as err:
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, spec],
            stdout=out,
            stderr=err,
            cwd=tmp_path,
            preexec_fn=_limit_child,
            env={**os.environ, "ZI_DOCS_LANG": "id", "PYTHONHASHSEED": "0"},
        )
        deadline = time.monotonic() + BLOCKED_CHILD_S
        while True:
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                os.kill(child.pid, signal.SIGKILL)
                os.wait4(child.pid, 0)
                child.returncode = -9
                pytest.fail(f"blocked without ending for {BLOCKED_CHILD_S:.0f} s: {ops}")
            time.sleep(0.02)
        child.returncode = os.waitstatus_to_exitcode(status)
    cpu_s = usage.ru_utime + usage.ru_stime
    if child.returncode in (-signal.SIGXCPU, -signal.SIGKILL) or cpu_s > CPU_BUDGET_S:
        pytest.fail(f"spent {cpu_s:.1f} s of CPU, over the budget of {CPU_BUDGET_S} s: {ops}")
    stdout = out_file.read_text(encoding="utf-8", errors="replace")
    stderr = err_file.read_text(encoding="utf-8", errors="replace")
    records = [json.loads(line[2:]) for line in stdout.splitlines() if line.startswith("@@")]
    return ChildResult(records, stdout, stderr, child.returncode, usage.ru_maxrss, cpu_s)


# --------------------------------------------------------------- building files


def example_docx() -> bytes:
    return _cached("docx", lambda: render_docx_bytes(zi_docs.load(EXAMPLE)))


_CACHE: dict[str, bytes] = {}


def _cached(key: str, make: Callable[[], bytes]) -> bytes:
    if key not in _CACHE:
        _CACHE[key] = make()
    return _CACHE[key]


def docx_with(parts: dict[str, bytes | None], *, stored: tuple[str, ...] = ()) -> bytes:
    """The example DOCX with some parts replaced (``None`` drops a part)."""
    source = zipfile.ZipFile(io.BytesIO(example_docx()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        names = [info.filename for info in source.infolist()]
        for name in names + [n for n in parts if n not in names]:
            data = parts.get(name, source.read(name) if name in names else None)
            if data is None:
                continue
            archive.writestr(name, data, compress_type=zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def document_xml(body: str, prolog: str = "") -> bytes:
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n{prolog}<w:document {W_NS}><w:body>{body}</w:body></w:document>'.encode()


def paragraph(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def forge_declared_size(data: bytes, name: str, size: int) -> bytes:
    """A ZIP whose central directory claims ``size`` uncompressed bytes for ``name``."""
    data = bytearray(data)
    start = 0
    while (start := data.find(b"PK\x01\x02", start)) != -1:
        name_length = struct.unpack_from("<H", data, start + 28)[0]
        if data[start + 46 : start + 46 + name_length].decode() == name:
            struct.pack_into("<I", data, start + 24, size)
        start += 4
    return bytes(data)


def billion_laughs() -> str:
    entities = '<!ENTITY a0 "hahahahahahahahahaha">' + "".join(
        f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10)
    )
    return f"<!DOCTYPE w:document [{entities}]>\n"


def secret_file(tmp_path: Path) -> Path:
    secret = tmp_path / "rahasia.txt"
    secret.write_text(SECRET, encoding="utf-8")
    return secret


def external_entity(tmp_path: Path) -> str:
    return f'<!DOCTYPE w:document [<!ENTITY x SYSTEM "{secret_file(tmp_path).as_uri()}">]>\n'


def encrypted_pdf() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    # RC4 needs no optional dependency; AES ones are refused the same way.
    writer.encrypt(user_password="rahasia", owner_password="pemilik", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def yaml_with_date(value: str) -> str:
    text = EXAMPLE.read_text(encoding="utf-8")
    text, count = re.subn(r"(?m)^(  tanggal: ).*$", rf"\g<1>{value}", text, count=1)
    assert count == 1
    return text


def sparse(path: Path, size: int) -> Path:
    with open(path, "wb") as handle:
        handle.truncate(size)  # sparse: no disk blocks, no memory
    return path


# -------------------------------------------------------------------- the corpus


@dataclass
class Case:
    id: str
    build: Callable[[Path], Path]
    expect: str
    """The error class name every operation must raise, or ``"ok"``."""
    words: tuple[str, ...] = ()
    """Words the Indonesian message (or, for ``"ok"``, the output) must hold."""
    ops: tuple[str, ...] = ("read", "check", "cli")
    read_args: dict = field(default_factory=dict)
    forbidden: tuple[str, ...] = (SECRET,)


def _write(name: str, content: bytes | str | Callable[[Path], bytes | str]) -> Callable[[Path], Path]:
    def build(tmp_path: Path) -> Path:
        data = content(tmp_path) if callable(content) else content
        path = tmp_path / name
        (path.write_bytes if isinstance(data, bytes) else lambda d: path.write_text(d, encoding="utf-8"))(data)
        return path

    return build


def _fixture(name: str) -> Callable[[Path], Path]:
    def build(tmp_path: Path) -> Path:
        return Path(shutil.copy(HOSTILE / name, tmp_path / name))

    return build


DATA_OPS = ("load", "read", "check", "cli-validate")

CORPUS = [
    # -- DOCX: the container
    Case("docx-not-zip", _fixture("bukan-zip.docx"), "UnreadableFileError", ("bukan dokumen Word", "ZIP")),
    Case(
        "docx-truncated",
        _write("terpotong.docx", lambda _: example_docx()[: len(example_docx()) // 2]),
        "UnreadableFileError",
        ("bukan dokumen Word", "ZIP"),
    ),
    Case(
        "docx-zip-bomb-ratio",
        # 64 MB of one byte deflate to ~64 kB: refused from the directory, never inflated.
        _write("bom-rasio.docx", lambda _: docx_with({"word/media/bom.bin": b"\0" * (64 * 1024 * 1024)})),
        "LimitExceededError",
        ("kemungkinan bom ZIP", "word/media/bom.bin"),
    ),
    Case(
        "docx-zip-bomb-declared-size",
        _write("bom-ukuran.docx", lambda _: forge_declared_size(example_docx(), "word/document.xml", 0xFFFF_FFF0)),
        "LimitExceededError",
        ("mengembang", "melebihi batas"),
    ),
    Case(
        "docx-without-document-xml",
        _write("tanpa-dokumen.docx", lambda _: docx_with({"word/document.xml": None})),
        "UnreadableFileError",
        ("word/document.xml tidak ada",),
    ),
    # -- DOCX: the XML inside
    Case(
        "docx-billion-laughs",
        _write(
            "tawa.docx", lambda _: docx_with({"word/document.xml": document_xml(paragraph("&a9;"), billion_laughs())})
        ),
        "UnreadableFileError",
        ("DOCTYPE", "word/document.xml"),
    ),
    Case(
        "docx-billion-laughs-after-padding",
        # The DTD after 70 kB of comment escapes the prolog check: the parser still
        # expands nothing beyond libxml2's amplification limit.
        _write(
            "tawa-tersembunyi.docx",
            lambda _: docx_with(
                {
                    "word/document.xml": document_xml(
                        paragraph("&a9;"), "<!--" + " " * 70_000 + "-->\n" + billion_laughs()
                    )
                },
                stored=("word/document.xml",),
            ),
        ),
        "LimitExceededError",
        ("mengembang terlalu besar",),
    ),
    Case(
        "docx-external-entity",
        _write(
            "xxe.docx",
            lambda tmp: docx_with(
                {"word/document.xml": document_xml(paragraph("KEPUTUSAN &x;"), external_entity(tmp))}
            ),
        ),
        "UnreadableFileError",
        ("DOCTYPE",),
    ),
    Case(
        "docx-external-entity-after-padding",
        # Past the prolog check the document is read, but the entity is never resolved.
        _write(
            "xxe-tersembunyi.docx",
            lambda tmp: docx_with(
                {
                    "word/document.xml": document_xml(
                        paragraph("KEPUTUSAN &x; SELESAI"), "<!--" + " " * 70_000 + "-->\n" + external_entity(tmp)
                    )
                },
                stored=("word/document.xml",),
            ),
        ),
        "ok",
    ),
    Case(
        "docx-deeply-nested",
        _write(
            "bersarang.docx",
            lambda _: docx_with(
                {
                    "word/document.xml": document_xml(
                        "<w:sdt><w:sdtContent>" * 50_000 + "</w:sdtContent></w:sdt>" * 50_000
                    )
                },
                stored=("word/document.xml",),
            ),
        ),
        "LimitExceededError",
        ("bersarang terlalu dalam",),
    ),
    Case(
        "docx-damaged-document-xml",
        _write("rusak.docx", lambda _: docx_with({"word/document.xml": b"<w:document><w:body><w:p>"})),
        "UnreadableFileError",
        ("rusak",),
    ),
    # -- PDF
    Case("pdf-password", _write("sandi.pdf", lambda _: encrypted_pdf()), "UnreadableFileError", ("kata sandi",)),
    Case(
        "pdf-scan-without-text",
        lambda tmp: Path(shutil.copy(SCANNED_PDF, tmp / "pindai.pdf")),
        "UnreadableFileError",
        ("OCR", "lapisan teks"),
    ),
    Case("pdf-not-a-pdf", _fixture("bukan-pdf.pdf"), "UnreadableFileError", ("bukan PDF",)),
    Case(
        "pdf-truncated",
        _write("terpotong.pdf", lambda _: encrypted_pdf()[:300]),
        "UnreadableFileError",
        ("PDF",),
    ),
    # -- text
    Case(
        "text-cp1252",
        _write(
            "cp1252.txt",
            lambda _: (
                PUBLISHED.read_text(encoding="utf-8").replace("Zona", "“Zona”", 1).encode("cp1252", errors="replace")
            ),
        ),
        "ok",
        ("“Zona”", "Windows-1252"),
    ),
    # Read as cp1252 text, it has none of a decree's landmarks: refused, not "checked" with no findings.
    Case("text-binary-garbage", _write("sampah.txt", bytes(range(256)) * 64), "NotADecreeError", ("bukan keputusan",)),
    Case(
        "text-31-februari",
        _write(
            "tanggal.txt", lambda _: PUBLISHED.read_text(encoding="utf-8").replace("September 2025", "31 Februari 2025")
        ),
        "ok",
    ),
    # -- data
    Case("yaml-alias-bomb", _fixture("bom-alias.yaml"), "LimitExceededError", ("alias",), ops=DATA_OPS),
    Case(
        "yaml-python-object",
        _fixture("objek-python.yaml"),
        "UnreadableFileError",
        ("YAML tidak sah", "python/object"),
        ops=DATA_OPS,
    ),
    Case(
        "yaml-invalid-data",
        _fixture("data-salah.yaml"),
        "InvalidDataError",
        ("data tidak sah", "menimbng", "tidak dikenal"),
        ops=DATA_OPS,
    ),
    Case(
        "yaml-31-februari",
        _write("tanggal.yaml", lambda _: yaml_with_date("31 Februari 2025")),
        "InvalidDataError",
        ("penetapan.tanggal", "31 Februari 2025 tidak ada", "hanya sampai tanggal 28"),
        ops=DATA_OPS,
    ),
    Case(
        "yaml-deep-nesting",
        _write("dalam.yaml", "kepala: " + "[" * 1500 + "]" * 1500 + "\n"),
        "LimitExceededError",
        ("terlalu dalam",),
        ops=("load", "read", "cli-read"),  # each op recurses to the limit: ~0.6 s apiece
    ),
    Case(
        "json-deep-nesting",
        _write("dalam.json", '{"kepala": ' + "[" * 100_000 + "]" * 100_000 + "}"),
        "LimitExceededError",
        ("terlalu dalam",),
        ops=DATA_OPS,
    ),
    Case(
        "json-not-utf8",
        _write("latin.json", '{"kepala": "nº 1"}'.encode("cp1252")),
        "UnreadableFileError",
        ("UTF-8",),
        ops=DATA_OPS,
    ),
    Case(
        "folder-named-docx",
        lambda tmp: (tmp / "folder.docx").mkdir() or tmp / "folder.docx",
        "UnreadableFileError",
        ("folder",),
    ),
]

# An empty file of every suffix.
CORPUS += [
    Case(
        f"empty{suffix}",
        _write(f"kosong{suffix}", b""),
        "UnreadableFileError",
        ("kosong",),
        ops=DATA_OPS if suffix in (".yaml", ".yml", ".json") else ("read", "check", "cli"),
    )
    for suffix in (".docx", ".pdf", ".txt", ".md", ".yaml", ".yml", ".json")
]

# 200 MB (sparse) of every kind: refused by size before a byte is read.
CORPUS += [
    Case(
        f"huge{suffix}",
        lambda tmp, suffix=suffix: sparse(tmp / f"besar{suffix}", 200 * 1024 * 1024),
        "LimitExceededError",
        ("melebihi batas", "209,715,200"),
        ops={".yaml": DATA_OPS, ".txt": ("read", "cli-read")}.get(suffix, ("read", "check", "cli")),
    )
    for suffix in (".docx", ".pdf", ".txt", ".yaml")
]

# The limit is a parameter: lowered, a genuine file is refused; at its default, read.
CORPUS += [
    Case(
        "limit-lowered-text",
        lambda tmp: Path(shutil.copy(PUBLISHED, tmp / "a.txt")),
        "LimitExceededError",
        ("melebihi batas", "1,000 bita"),
        ops=("read",),
        read_args={"max_bytes": 1000},
    ),
    Case(
        "limit-default-text", lambda tmp: Path(shutil.copy(PUBLISHED, tmp / "a.txt")), "ok", ("Penajam",), ops=("read",)
    ),
    Case(
        "limit-lowered-docx",
        _write("a.docx", lambda _: example_docx()),
        "LimitExceededError",
        ("melebihi batas",),
        ops=("read",),
        read_args={"max_bytes": 1000},
    ),
    Case(
        "limit-raised-docx",
        _write("a.docx", lambda _: example_docx()),
        "ok",
        ("Penajam",),
        ops=("read",),
        read_args={"max_bytes": 100 * 1024 * 1024},
    ),
    Case(
        "limit-lowered-yaml",
        lambda tmp: Path(shutil.copy(EXAMPLE, tmp / "a.yaml")),
        "LimitExceededError",
        ("melebihi batas",),
        ops=("read", "load"),
        read_args={"max_bytes": 1000},
    ),
]


def _ops(case: Case, path: Path) -> list:
    ops = []
    for op in case.ops:
        if op == "cli":
            ops.append(["cli", ["read", str(path)]])
            ops.append(["cli", ["check", str(path)]])
        elif op == "cli-read":
            ops.append(["cli", ["read", str(path)]])
        elif op == "cli-validate":
            ops.append(["cli", ["validate", str(path)]])
            ops.append(["cli", ["check", str(path)]])
        elif op in ("read", "load"):
            ops.append([op, case.read_args])
        else:
            ops.append([op, {}])
    return ops


@pytest.mark.parametrize("case", CORPUS, ids=[case.id for case in CORPUS])
def test_bad_input_corpus(case: Case, tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    path = case.build(work)
    before = _digest(path)
    result = run_child(path, _ops(case, path), tmp_path)

    assert result.returncode == 0, f"the child crashed:\n{result.stderr[-3000:]}"
    assert "Traceback" not in result.stdout + result.stderr, result.stderr[-3000:]
    assert result.maxrss_kb < MEMORY_LIMIT_KB, f"peak memory {result.maxrss_kb // 1024} MB"
    assert len(result.records) == len(_ops(case, path))
    for record in result.records:
        everything = json.dumps(record, ensure_ascii=False)
        for secret in case.forbidden:
            assert secret not in everything, f"{record['op']} leaked {secret!r}"
        if record["op"] == "cli":
            if case.expect == "ok":
                assert record["code"] in (0, 1), record
            else:
                # One message, exit 2, no traceback; check prints it in its report.
                assert record["code"] == 2, record
                shown = record["stderr"] + record["stdout"]
                for word in case.words:
                    assert word in shown, f"{word!r} not in CLI output {shown!r}"
            continue
        if case.expect == "ok":
            assert record["outcome"] == "ok", record
            if record["op"] != "check":
                shown = record.get("output", "") + " ".join(record.get("notes", []))
                for word in case.words:
                    assert word in shown, f"{word!r} not in {record['op']} output"
        else:
            assert record["outcome"] == "error", record
            assert record["cls"] == case.expect, record
            for word in case.words:
                assert word in record["text"], f"{word!r} not in {record['text']!r}"
            # What, where and what to do: the file is named; the English text exists too.
            assert str(path.name) in record["text"]
            assert record["en"] and record["en"] != record["text"]
    if path.is_file():
        assert _digest(path) == before, "reading changed the file"
    assert not [p for p in work.iterdir() if p.name.endswith(".tmp")]


def test_checking_a_huge_text_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = sparse(tmp_path / "besar.txt", 200 * 1024 * 1024)
    result = run_child(path, [["check", {}]], tmp_path)  # a timeout fails: strict xfail then passes
    assert result.records[0]["cls"] == "LimitExceededError"
    assert result.maxrss_kb < MEMORY_LIMIT_KB


def test_cp1252_note_names_the_encoding_on_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "cp1252.txt"
    path.write_bytes(PUBLISHED.read_text(encoding="utf-8").replace("Zona", "“Zona”", 1).encode("cp1252"))
    result = run_child(path, [["cli", ["read", str(path)]]], tmp_path)
    record = result.records[0]
    assert record["code"] == 0
    assert "Windows-1252 (cp1252)" in record["stderr"]
    assert "“Zona”" in record["stdout"]


def test_python_object_tag_runs_nothing(tmp_path: Path) -> None:
    path = tmp_path / "k.yaml"
    marker = tmp_path / "diretas"
    path.write_text(f"kepala: !!python/object/apply:os.system ['touch {marker}']\n", encoding="utf-8")
    result = run_child(path, [["load", {}], ["read", {}], ["check", {}]], tmp_path)
    assert [r["cls"] for r in result.records] == ["UnreadableFileError"] * 3
    assert not marker.exists()


def test_debug_shows_the_traceback_instead(tmp_path: Path) -> None:
    path = tmp_path / "bukan.docx"
    path.write_bytes(b"bukan zip")
    result = run_child(None, [["cli", ["read", str(path)]]], tmp_path)
    assert result.records[0]["code"] == 2
    assert result.records[0]["stderr"].count("\n") <= 2  # one message (and its hint)
    debug = subprocess.run(
        [sys.executable, "-m", "zi_docs.cli", "--debug", "read", str(path)],
        capture_output=True,
        text=True,
        timeout=BLOCKED_CHILD_S,
    )
    assert debug.returncode != 0
    assert "Traceback" in debug.stderr and "UnreadableFileError" in debug.stderr


# ------------------------------------------------- templates and data are never code


def _fill_text(data, make: Callable[[int], str], counter: list[int]):
    """Every free-text field replaced by ``make(n)`` (dates, kinds and numbers kept)."""
    skip = {"jenis", "tanggal", "area", "tahun", "mulai", "selesai", "jumlah", "versi_skema", "berkala"}
    if isinstance(data, dict):
        return {k: v if k in skip else _fill_text(v, make, counter) for k, v in data.items()}
    if isinstance(data, list):
        return [_fill_text(v, make, counter) for v in data]
    if isinstance(data, str):
        counter[0] += 1
        return make(counter[0])
    return data


def _full_text(document) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    for section in document.sections:
        parts += [p.text for p in section.header.paragraphs]
    return "\n".join(parts)


@pytest.mark.parametrize(
    "payload",
    [
        "{{ 7 * 7 }}",
        "{% if true %}YA{% endif %}",
        "{# komentar #}",
        "{%- raw %}",
        "{{ kepala.__class__ }}",
        "{_{ x }_}",
    ],
)
def test_jinja_syntax_in_every_field_is_printed_as_typed(payload: str, tmp_path: Path) -> None:
    data = zi_docs.load(EXAMPLE).model_dump(mode="json", exclude_none=True)
    counter = [0]
    keputusan = zi_docs.Keputusan.model_validate(_fill_text(data, lambda n: f"{payload}#{n}", counter))
    out = tmp_path / "literal.docx"
    zi_docs.render(keputusan, out)
    text = _full_text(docx.Document(str(out)))
    assert "49" not in re.sub(r"#\d+", "", text)  # {{ 7 * 7 }} never evaluated
    # Every field the template prints shows the payload exactly.
    printed = [n for n in range(1, counter[0] + 1) if f"#{n}" in text]
    assert printed, "nothing printed"
    for n in printed:
        assert f"{payload}#{n}" in text.replace("\n", " ")


@pytest.mark.parametrize(
    "tag",
    [
        "{{ ''.__class__.__mro__ }}",
        "{{ kepala.__class__.__mro__[1].__subclasses__() }}",
        "{{ lipsum.__globals__ }}",
        "{% for c in ''.__class__.__mro__ %}{{ c }}{% endfor %}",
    ],
)
def test_user_template_cannot_reach_python_internals(tag: str, tmp_path: Path) -> None:
    evil = tmp_path / "jahat.docx"
    document = docx.Document()
    document.add_paragraph("Kop kantor")
    document.add_paragraph(tag)
    document.save(str(evil))
    out = tmp_path / "x.docx"
    with pytest.raises(TemplateError) as info:
        zi_docs.render(zi_docs.load(EXAMPLE), out, template=evil)
    message = info.value.text()
    assert "tidak dapat dirender" in message and "unsafe" in message
    assert re.search(r"__(class|globals)__", message), message
    assert not out.exists()


def test_template_error_quotes_the_offending_tag(tmp_path: Path) -> None:
    evil = tmp_path / "jahat.docx"
    document = docx.Document()
    document.add_paragraph("{{ ''.__class__.__mro__ }}")
    document.save(str(evil))
    with pytest.raises(TemplateError) as info:
        zi_docs.render(zi_docs.load(EXAMPLE), tmp_path / "x.docx", template=evil)
    assert "''.__class__.__mro__" in info.value.text()


FORBIDDEN_CHARACTERS = "\x00\x01\x08\x0b\x0c\x1b\x1f\ufffe\uffff"


def test_forbidden_control_characters_in_every_field_never_corrupt_the_docx(tmp_path: Path) -> None:
    data = zi_docs.load(EXAMPLE).model_dump(mode="json", exclude_none=True)
    counter = [0]
    keputusan = zi_docs.Keputusan.model_validate(_fill_text(data, lambda n: f"A{FORBIDDEN_CHARACTERS}B#{n}", counter))
    out = tmp_path / "kendali.docx"
    zi_docs.render(keputusan, out)
    document = docx.Document(str(out))  # opens: the XML is well-formed
    text = _full_text(document)
    assert not set(FORBIDDEN_CHARACTERS) & set(text)
    assert "AB#1" in text.replace("\n", "")
    props = document.core_properties
    assert not set(FORBIDDEN_CHARACTERS) & set(props.title + props.subject + props.author + props.keywords)
    # Read back: the reader sees the cleaned text.
    assert "AB#" in read(out).keputusan.model_dump_json()


# ------------------------------------------------------------------- nothing is lost


def _digest(path: Path) -> str:
    if path.is_dir():
        return "dir"
    return hashlib.sha256(path.read_bytes()).hexdigest() + f":{path.stat().st_mtime_ns}"


def test_write_atomic_interrupted_keeps_the_old_file(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "keluaran.docx"
    target.write_bytes(b"LAMA")
    import zi_docs.storage.load_save as zio

    def broken_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(zio.os, "fsync", broken_fsync)
    with pytest.raises(UnwritableFileError) as info:
        write_atomic(target, b"BARU" * 1000)
    assert isinstance(info.value, OSError) and info.value.errno == 28
    assert "tidak dapat ditulis" in info.value.text() and "berkas lama tidak diubah" in info.value.text()
    assert target.read_bytes() == b"LAMA"
    assert [p.name for p in tmp_path.iterdir()] == ["keluaran.docx"]


def test_write_atomic_ctrl_c_keeps_the_old_file(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "k.yaml"
    target.write_text("lama\n")
    import zi_docs.storage.load_save as zio

    def interrupted(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(zio.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, "baru\n")
    assert target.read_text() == "lama\n"
    assert [p.name for p in tmp_path.iterdir()] == ["k.yaml"]


def test_write_atomic_keeps_permissions_and_reports_unwritable_folders(tmp_path: Path) -> None:
    target = tmp_path / "k.yaml"
    write_atomic(target, "a")
    assert target.stat().st_mode & 0o777 == 0o666 & ~_umask()
    target.chmod(0o640)
    write_atomic(target, "b")
    assert target.stat().st_mode & 0o777 == 0o640 and target.read_text() == "b"
    blocker = tmp_path / "berkas"
    blocker.write_text("x")
    with pytest.raises(UnwritableFileError):
        write_atomic(blocker / "di-bawah-berkas.yaml", "x")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _break_replace(monkeypatch) -> None:
    import zi_docs.storage.load_save as zio

    def broken(src, dst):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(zio.os, "replace", broken)


def _members_workbook(path: Path) -> Path:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "PENGARAH"
    sheet.append(["NO", "NAMA", "JABATAN", "KEDUDUKAN DALAM TIM"])
    sheet.append([1, "Ali Yamin Ishak", "Ketua", "Pengarah"])
    workbook.save(path)
    return path


WRITERS = {
    "render": lambda tmp: (["render", str(EXAMPLE), "-o", str(tmp)], tmp / f"{EXAMPLE.stem}.docx"),
    "read-o": lambda tmp: (["read", str(PUBLISHED), "-o", str(tmp / "k.yaml")], tmp / "k.yaml"),
    "fix-yaml": lambda tmp: (["fix", str(EXAMPLE), "-o", str(tmp / "k.yaml")], tmp / "k.yaml"),
    "fix-docx": lambda tmp: (
        ["fix", str(_docx_file(tmp)), "-o", str(tmp / "perbaikan.docx")],
        tmp / "perbaikan.docx",
    ),
    "members": lambda tmp: (
        ["members", str(_members_workbook(tmp / "a.xlsx")), "-o", str(tmp / "anggota.yaml")],
        tmp / "anggota.yaml",
    ),
    "members-into": lambda tmp: (
        [
            "members",
            str(_members_workbook(tmp / "a.xlsx")),
            "--into",
            str(EXAMPLE),
            "--lampiran",
            "I",
            "-o",
            str(tmp / "baru.yaml"),
        ],
        tmp / "baru.yaml",
    ),
    "schema": lambda tmp: (["schema", "-o", str(tmp)], tmp / "keputusan.schema.json"),
}


def _docx_file(tmp: Path) -> Path:
    path = tmp / "masuk" / "draf.docx"
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(example_docx())
    return path


@pytest.mark.parametrize("command", list(WRITERS))
def test_an_interrupted_write_leaves_the_old_output(command: str, tmp_path: Path, monkeypatch, capsys) -> None:
    from zi_docs.cli import main

    argv, output = WRITERS[command](tmp_path)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_bytes(b"KELUARAN LAMA")
    _break_replace(monkeypatch)
    code = main(argv)
    err = capsys.readouterr().err
    assert code == 2, err
    assert "Traceback" not in err and "tidak dapat ditulis" in err or "Input/output error" in err
    assert output.read_bytes() == b"KELUARAN LAMA"
    assert not list(tmp_path.rglob("*.tmp"))


@pytest.mark.parametrize("command", list(WRITERS))
def test_every_writer_writes_when_nothing_breaks(command: str, tmp_path: Path, capsys) -> None:
    from zi_docs.cli import main

    argv, output = WRITERS[command](tmp_path)
    assert main(argv) in (0, 1)
    assert output.is_file() and output.stat().st_size > 0
    assert not list(tmp_path.rglob("*.tmp"))


def test_source_has_no_direct_writes_outside_write_atomic() -> None:
    """Every file zi_docs writes for a user goes through ``zi_docs.storage.writing.write_atomic``."""
    allowed = {
        ("storage/writing.py", 'os.fdopen(fd, "wb")'),  # write_atomic itself
        ("checks/run.py", "copy.write_text"),  # a private temporary copy
        ("reviewing/review.py", "current.write_bytes"),  # the first pass's copy, in a private temporary folder
    }
    known_open: set[str] = set()
    offenders = []
    source = ROOT / "src" / "zi_docs"
    pattern = re.compile(r"\.write_text\(|\.write_bytes\(|open\([^)]*[\"'][wax]b?[\"']|os\.fdopen\(fd, \"wb\"\)")
    for path in source.rglob("*.py"):
        rel = path.relative_to(source).as_posix()
        for line in path.read_text(encoding="utf-8").splitlines():
            if pattern.search(line) and not line.lstrip().startswith("#"):
                if any(rel == name and snippet in line for name, snippet in allowed) or rel in known_open:
                    continue
                offenders.append(f"{rel}: {line.strip()}")
    assert offenders == []


# ---------------------------------------------------------- no command writes to its input


def test_fix_read_and_members_refuse_their_input_as_output(tmp_path: Path, capsys) -> None:
    from zi_docs.cli import main

    draft = tmp_path / "draf.docx"
    draft.write_bytes(example_docx())
    data = Path(shutil.copy(EXAMPLE, tmp_path / "k.yaml"))
    text = Path(shutil.copy(PUBLISHED, tmp_path / "k.txt"))
    link = tmp_path / "tautan.yaml"
    link.symlink_to(data)
    workbook = _members_workbook(tmp_path / "a.xlsx")
    before = {p: _digest(p) for p in (draft, data, text, workbook)}
    for argv in (
        ["fix", str(draft), "-o", str(draft)],
        ["fix", str(data), "-o", str(tmp_path / "." / "k.yaml")],
        ["fix", str(data), "-o", str(link)],
        ["read", str(text), "-o", str(text)],
        ["read", str(data), "-o", str(link)],
        ["members", str(workbook), "--into", str(data), "-o", str(data)],
        ["members", str(workbook), "--into", str(link), "-o", str(data)],
    ):
        assert main(argv) == 2, argv
        assert "masukan" in capsys.readouterr().err
    assert before == {p: _digest(p) for p in before}


def test_render_output_never_equals_its_input(tmp_path: Path, capsys) -> None:
    """``render`` writes ``<stem>.docx`` from ``.yaml``/``.json`` data, so it cannot
    collide with its data file; the output folder holding the input is fine."""
    from zi_docs.cli import main

    data = Path(shutil.copy(EXAMPLE, tmp_path / "k.yaml"))
    before = _digest(data)
    assert main(["render", str(data), "-o", str(tmp_path)]) == 0
    assert _digest(data) == before and (tmp_path / "k.docx").is_file()


def test_render_refuses_to_overwrite_its_template(tmp_path: Path, capsys) -> None:
    from zi_docs.cli import main
    from zi_docs.rendering.engine import default_template

    data = Path(shutil.copy(EXAMPLE, tmp_path / "kop.yaml"))
    template = Path(shutil.copy(default_template(), tmp_path / "kop.docx"))
    before = _digest(template)
    main(["render", str(data), "--template", str(template), "-o", str(tmp_path)])
    assert _digest(template) == before


def test_check_report_refuses_to_overwrite_the_checked_file(tmp_path: Path, capsys) -> None:
    from zi_docs.cli import main

    data = Path(shutil.copy(EXAMPLE, tmp_path / "k.yaml"))
    before = _digest(data)
    main(["check", str(data), "-o", str(data)])
    assert _digest(data) == before


def test_refuse_overwriting_inputs_sees_links_and_spellings(tmp_path: Path) -> None:
    source = tmp_path / "a.yaml"
    source.write_text("x")
    hard = tmp_path / "keras.yaml"
    os.link(source, hard)
    for output in (source, tmp_path / "." / "a.yaml", hard):
        with pytest.raises(ZiDocsError, match="masukan"):
            refuse_overwriting_inputs(output, [source])
    refuse_overwriting_inputs(tmp_path / "b.yaml", [source])


# -------------------------------------------------------------- reading never modifies


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("masukan")
    files = {
        "docx": folder / "k.docx",
        "txt": Path(shutil.copy(PUBLISHED, folder / "k.txt")),
        "yaml": Path(shutil.copy(EXAMPLE, folder / "k.yaml")),
        "pdf": Path(shutil.copy(SCANNED_PDF, folder / "k.pdf")),
    }
    files["docx"].write_bytes(example_docx())
    for path in files.values():
        path.chmod(0o444)  # a write would fail loudly as well
    return files


@pytest.mark.parametrize("kind", ["docx", "txt", "yaml", "pdf"])
def test_reading_and_checking_never_modify_the_file(kind: str, inputs, tmp_path: Path, capsys) -> None:
    from zi_docs.checks.run import check_file
    from zi_docs.cli import main

    path = inputs[kind]
    before = _digest(path)
    listing = sorted(p.name for p in path.parent.iterdir())
    try:
        read(path)
    except ZiDocsError:
        assert kind == "pdf"  # the scan: refused, still untouched
    check_file(path)
    main(["check", str(path)])
    main(["read", str(path), "--summary"])
    if kind in ("docx", "yaml"):
        main(["fix", str(path), "--dry-run"])
        main(["fix", str(path), "-o", str(tmp_path / f"out.{kind}")])
    capsys.readouterr()
    assert _digest(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == listing


# ------------------------------------------------------------------ the limits' knobs


def test_size_limit_is_a_parameter_in_process(tmp_path: Path) -> None:
    path = Path(shutil.copy(PUBLISHED, tmp_path / "k.txt"))
    with pytest.raises(LimitExceededError) as info:
        read(path, max_bytes=100)
    assert "max_bytes" in info.value.text()
    assert read(path, max_bytes=path.stat().st_size).keputusan.kepala.nomor
    data = Path(shutil.copy(EXAMPLE, tmp_path / "k.yaml"))
    with pytest.raises(LimitExceededError):
        zi_docs.load(data, max_bytes=100)
    assert zi_docs.load(data, max_bytes=data.stat().st_size).kepala.nomor == "42"


def test_devices_and_pipes_are_refused(tmp_path: Path) -> None:
    link = tmp_path / "nol.txt"
    link.symlink_to("/dev/zero")
    with pytest.raises(ZiDocsError, match="bukan berkas biasa"):
        read(link)
    fifo = tmp_path / "pipa.yaml"
    os.mkfifo(fifo)
    with pytest.raises(ZiDocsError, match="bukan berkas biasa"):
        zi_docs.load(fifo)
