"""``zi-docs review``: the example rendered, mistakes typed into its runs, reviewed in Word's terms."""

from __future__ import annotations

import copy
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from conftest import HANG_S
from docx.oxml.ns import qn
from lxml import etree

import zi_docs
from zi_docs.checks.run import check_file
from zi_docs.cli import main
from zi_docs.docx.text import read_unit
from zi_docs.fix import fix_file

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "kpu-penajam-paser-utara-42-2025.yaml"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _type_in(body: etree._Element, old: str, new: str) -> etree._Element:
    """What a drafter types: the first ``w:t`` holding ``old`` gets ``new`` instead."""
    for t in body.iter(qn("w:t")):
        if old in (t.text or ""):
            t.text = t.text.replace(old, new, 1)
            return t
    raise AssertionError(f"{old!r} is not in the example")


def _split(t: etree._Element, head: str) -> None:
    """The run cut after ``head``, the second half bold: a word typed across two runs."""
    run = t.getparent()
    second = copy.deepcopy(run)
    run.addnext(second)
    text = t.text
    t.text, second.find(qn("w:t")).text = head, text[len(head) :]
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    properties = second.find(qn("w:rPr"))
    if properties is None:
        properties = etree.Element(qn("w:rPr"))
        second.insert(0, properties)
    etree.SubElement(properties, qn("w:b"))


@pytest.fixture(scope="module")
def draft(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_draft(tmp_path_factory.mktemp("review"))


def make_draft(folder: Path) -> Path:
    """The example as rendered, with a drafter's mistakes, a person's comment and tracked deletion."""
    rendered = folder / "rendered.docx"
    zi_docs.render(zi_docs.load(EXAMPLE), rendered)
    document = docx.Document(str(rendered))
    body = document.element.body
    _type_in(body, "Kabupaten Penajam Paser Utara Tahun 2025 perlu", "Kabupaten Penajem Paser Utara Tahun 2025 perlu")
    _type_in(body, "Segala biaya yang timbul", "Segala biaya dan resiko yang timbul")
    _type_in(body, "menyusun rencana kerja", "menyusun rencana kerja dan resiko")
    _split(_type_in(body, "menyusun rencana kerja", "menyusun analisa rencana kerja"), "menyusun anal")
    _type_in(body, "bertanggung jawab kepada", "bertanggung jawab jawab kepada")
    _type_in(body, "dalam Diktum KESATU bertanggung", "dalam Diktum KESEMBILAN bertanggung")
    # Inside a cell of Lampiran I's table.
    _type_in(body, "Anggota Komisi Pemilihan Umum Kabupaten Penajam", "Anggota Komisi Pemilihan Umum Kabupaten Penajem")
    # The letterhead's name, split across two runs: the reader places it at the heading.
    _split(_type_in(body, "KABUPATEN PENAJAM PASER UTARA", "KABUPATEN PENAJEM PASER UTARA"), "KABUPATEN PENA")
    # A person's comment and a person's tracked deletion, to be kept.
    signer = next(p for p in document.paragraphs if p.text == "ALI YAMIN ISHAK")
    document.add_comment(signer.runs, text="Cek gelar ketua", author="Budi Santoso", initials="BS")
    heading = next(p for p in document.paragraphs if p.text == "MEMUTUSKAN:")
    deleted = etree.SubElement(heading._p, qn("w:del"), {qn("w:id"): "900", qn("w:author"): "Siti"})
    deleted.set(qn("w:date"), "2025-09-01T08:00:00Z")
    gone = etree.SubElement(deleted, qn("w:r"))
    etree.SubElement(gone, qn("w:delText")).text = " (draf)"
    path = folder / "draf.docx"
    document.save(str(path))
    return path


@pytest.fixture(scope="module")
def reviewed(draft: Path) -> tuple[Path, object]:
    out = draft.with_name("draf-diperiksa.docx")
    result = zi_docs.review(draft, out, lang="id")
    return out, result


def _accept(body: etree._Element) -> etree._Element:
    body = copy.deepcopy(body)
    for deleted in list(body.iter(qn("w:del"))):
        if deleted.getparent().tag != qn("w:rPr"):
            deleted.getparent().remove(deleted)
    for inserted in list(body.iter(qn("w:ins"))):
        parent = inserted.getparent()
        if parent.tag == qn("w:rPr"):
            continue
        for child in list(inserted):
            inserted.addprevious(child)
        parent.remove(inserted)
    return body


def _reject(body: etree._Element) -> etree._Element:
    body = copy.deepcopy(body)
    for inserted in list(body.iter(qn("w:ins"))):
        if inserted.getparent().tag != qn("w:rPr"):
            inserted.getparent().remove(inserted)
    for deleted in list(body.iter(qn("w:del"))):
        parent = deleted.getparent()
        if parent.tag == qn("w:rPr"):
            continue
        for text in deleted.iter(qn("w:delText")):
            text.tag = qn("w:t")
        for child in list(deleted):
            deleted.addprevious(child)
        parent.remove(deleted)
    return body


def _texts(body: etree._Element) -> list[str]:
    return [read_unit(p).text for p in body.iter(qn("w:p"))]


def _body(path: Path) -> etree._Element:
    return docx.Document(str(path)).element.body


def _comments(path: Path) -> list[etree._Element]:
    with zipfile.ZipFile(path) as package:
        if "word/comments.xml" not in package.namelist():
            return []
        return list(etree.fromstring(package.read("word/comments.xml")).iter(qn("w:comment")))


def _comment_text(comment: etree._Element) -> str:
    return "\n".join("".join(t.text or "" for t in p.iter(qn("w:t"))) for p in comment.iter(qn("w:p")))


def _anchored(path: Path) -> dict[str, str]:
    """Comment id → the draft's text between its range start and end."""
    body = _reject(_body(path))
    result: dict[str, str] = {}
    open_ids: dict[str, list[str]] = {}
    for element in body.iter():
        if element.tag == qn("w:commentRangeStart"):
            open_ids[element.get(qn("w:id"))] = []
        elif element.tag == qn("w:commentRangeEnd"):
            result[element.get(qn("w:id"))] = "".join(open_ids.pop(element.get(qn("w:id")), []))
        elif element.tag in (qn("w:t"), qn("w:delText")):
            for words in open_ids.values():
                words.append(element.text or "")
    return result


def test_one_comment_per_group_on_the_words(reviewed: tuple[Path, object]) -> None:
    out, result = reviewed
    ours = [c for c in _comments(out) if c.get(qn("w:author")) == "zi-docs"]
    # The misspelt region (one mistake in two places: one group), analisa, resiko, jawab, diktum, 2 ORG004.
    assert len(ours) == result.comments == 7
    assert all(c.get(qn("w:initials")) == "ZI" and c.get(qn("w:date")) for c in ours)
    anchored = _anchored(out)
    by_rule = {_comment_text(c).split("]")[0].strip("["): c for c in ours}
    resiko = by_rule["EJA002"]
    assert anchored[resiko.get(qn("w:id"))] == "resiko"  # the word, not its paragraph
    text = _comment_text(resiko)
    assert "«resiko» → «risiko»" in text and "lihat perubahan terlacak" in text
    assert "Juga di: tabel 2, baris 7" in text  # the group's other place
    assert anchored[by_rule["EJA005"].get(qn("w:id"))] == "jawab jawab"
    assert anchored[by_rule["STR002"].get(qn("w:id"))] == "Diktum KESEMBILAN"
    names = [c for c in ours if "[NAM001]" in _comment_text(c)]
    assert len(names) == 1  # the letterhead's and the Menimbang's "Penajem" are one mistake
    assert anchored[names[0].get(qn("w:id"))] == "KABUPATEN PENAJEM PASER UTARA"  # across the two runs
    assert "Juga di:" in _comment_text(names[0])  # the Menimbang's place, named in the comment


def test_tracked_changes_have_author_and_date_and_keep_formatting(reviewed: tuple[Path, object]) -> None:
    out, result = reviewed
    body = _body(out)
    ours = [e for e in body.iter(qn("w:ins"), qn("w:del")) if e.get(qn("w:author")) == "zi-docs"]
    assert ours and all(e.get(qn("w:date")) for e in ours)
    inserted = {"".join(t.text for t in e.iter(qn("w:t"))) for e in ours if e.tag == qn("w:ins")}
    deleted = {"".join(t.text for t in e.iter(qn("w:delText"))) for e in ours if e.tag == qn("w:del")}
    assert "risiko" in inserted and "resiko" in deleted
    # «anal» + bold «isa»: the change is made in the bold run, as bold text.
    bold_ins = [e for e in ours if e.tag == qn("w:ins") and e.find(f"{W}r/{W}rPr/{W}b") is not None]
    assert any("isis" == "".join(t.text for t in e.iter(qn("w:t"))) for e in bold_ins)
    ids = [e.get(qn("w:id")) for e in body.iter(qn("w:ins"), qn("w:del"))]
    assert len(ids) == len(set(ids))
    assert len(result.fixes) >= 3  # the unsafe «jawab jawab» waits for --unsafe-fixes


def test_accept_all_is_fix_and_reject_all_is_the_draft(draft: Path, reviewed: tuple[Path, object]) -> None:
    out, _ = reviewed
    fixed = draft.with_name("draf-perbaikan.docx")
    fix_file(draft, fixed)
    assert _texts(_accept(_body(out))) == _texts(_accept(_body(fixed)))
    assert _texts(_reject(_body(out))) == _texts(_reject(_body(draft)))
    assert _texts(_accept(_body(out))) != _texts(_accept(_body(draft)))


def test_peoples_comments_and_changes_are_kept(reviewed: tuple[Path, object]) -> None:
    out, _ = reviewed
    people = [c for c in _comments(out) if c.get(qn("w:author")) == "Budi Santoso"]
    assert [_comment_text(c) for c in people] == ["Cek gelar ketua"]
    assert _anchored(out)[people[0].get(qn("w:id"))] == "ALI YAMIN ISHAK"
    siti = [e for e in _body(out).iter(qn("w:del")) if e.get(qn("w:author")) == "Siti"]
    assert len(siti) == 1 and siti[0].get(qn("w:id")) == "900"
    ids = [c.get(qn("w:id")) for c in _comments(out)]
    assert len(ids) == len(set(ids))


def test_check_of_the_reviewed_draft(draft: Path, reviewed: tuple[Path, object], tmp_path: Path) -> None:
    out, _ = reviewed
    fixed = tmp_path / "draf.docx"
    fix_file(draft, fixed)
    key = lambda result: [(f.rule, f.text, f.location) for f in result.findings]
    # Tracked insertions read, deletions skipped: what is left is what fix leaves; zi-docs comments are not marks.
    assert key(check_file(out)) == [(r, t, loc.model_copy(update={"berkas": "draf-diperiksa.docx"}) if loc else loc)
                                    for r, t, loc in key(check_file(fixed))]  # fmt: skip
    comments_only = draft.with_name("komentar.docx")
    zi_docs.review(draft, comments_only, fixes=False)
    assert [(f.rule, f.text) for f in check_file(comments_only).findings] == [
        (f.rule, f.text) for f in check_file(draft).findings
    ]
    assert not [e for e in _body(comments_only).iter(qn("w:ins")) if e.get(qn("w:author")) == "zi-docs"]


def test_reviewed_again_replaces_only_its_own_comments(reviewed: tuple[Path, object], tmp_path: Path) -> None:
    out, result = reviewed
    again = tmp_path / "lagi.docx"
    second = zi_docs.review(out, again)
    ours = [c for c in _comments(again) if c.get(qn("w:author")) == "zi-docs"]
    assert second.replaced == result.comments
    assert len(ours) == second.comments
    assert [c for c in _comments(again) if c.get(qn("w:author")) == "Budi Santoso"]
    assert not second.fixes  # the first review's changes are already read as accepted


def test_unsafe_fixes_and_cli(draft: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "semua.docx"
    code = main(["review", str(draft), "-o", str(out), "--unsafe-fixes"])
    assert code == 1  # a NAM001 error remains a finding of the draft, as check says
    inserted = [e for e in _body(out).iter(qn("w:del")) if e.get(qn("w:author")) == "zi-docs"]
    assert any("jawab" in "".join(t.text for t in e.iter(qn("w:delText"))) for e in inserted)
    for options in (["--select", "ORG004"], ["--select", "EJA002"], ["--select", "ORG004", "--fail-on", "warning"]):
        reviewed_code = main(["review", str(draft), "-o", str(tmp_path / "x.docx"), *options])
        assert reviewed_code == main(["check", str(draft), *options])  # exit codes as check's
    assert main(["review", str(draft), "-o", str(tmp_path / "x.docx"), "--select", "ORG004"]) == 0
    assert main(["review", str(draft), "-o", str(draft)]) == 2
    text = tmp_path / "draf.txt"
    text.write_text("KEPUTUSAN\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["review", str(text), "-o", str(tmp_path / "t.docx")]) == 2
    assert "zi-docs check" in capsys.readouterr().err
    assert main(["review", "--lang", "en", str(text), "-o", str(tmp_path / "t.docx")]) == 2
    assert "use: zi-docs check" in capsys.readouterr().err
    assert draft.read_bytes()[:2] == b"PK"


def test_opens_in_python_docx_and_libreoffice(reviewed: tuple[Path, object], tmp_path: Path) -> None:
    out, _ = reviewed
    assert len(docx.Document(str(out)).comments) == 8  # the 7 of zi-docs and the person's one
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    subprocess.run(
        [soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(out)],
        check=True, capture_output=True, timeout=HANG_S,
    )  # fmt: skip
    assert (tmp_path / "draf-diperiksa.pdf").stat().st_size > 10_000


def test_suppression_marks_travel_from_yaml_to_the_rendered_docx(tmp_path: Path) -> None:
    assert main(["render", str(EXAMPLE), "-o", str(tmp_path), "--quiet"]) == 0
    rendered = tmp_path / f"{EXAMPLE.stem}.docx"
    marks = [c for c in _comments(rendered) if _comment_text(c) == "zi-docs: abaikan ORG004"]
    assert len(marks) == 2  # the two teams kept identical, as published
    assert [(f.rule, f.text) for f in check_file(rendered).findings] == [
        (f.rule, f.text) for f in check_file(EXAMPLE).findings
    ]
    assert check_file(rendered).suppressed == 2
    # A review keeps the marks: they are the drafter's decision, not an old finding.
    reviewed = tmp_path / "diperiksa.docx"
    result = zi_docs.review(rendered, reviewed)
    assert result.replaced == 0 and result.comments == 0
    assert len([c for c in _comments(reviewed) if "abaikan ORG004" in _comment_text(c)]) == 2


def _paragraph(*runs: tuple[str, bool]) -> etree._Element:
    """A w:p of runs (text, bold) inside a w:body, as the walker reads them."""
    body = etree.Element(qn("w:body"))
    paragraph = etree.SubElement(body, qn("w:p"))
    for text, bold in runs:
        run = etree.SubElement(paragraph, qn("w:r"))
        if bold:
            etree.SubElement(etree.SubElement(run, qn("w:rPr")), qn("w:b"))
        t = etree.SubElement(run, qn("w:t"))
        t.text = text
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return paragraph


@pytest.mark.parametrize(
    ("runs", "edits", "accepted"),
    [
        ((("dan resiko ", False), ("kerja", True)), [(4, 10, "risiko")], "dan risiko kerja"),
        ((("jawab jawab", False),), [(5, 11, "")], "jawab"),  # a deletion only
        ((("Tim", False), ("kerja", True)), [(3, 3, " ")], "Tim kerja"),  # an insertion only
        # A later pass changes text an earlier pass inserted: edited inside our own w:ins.
        ((("dan resiko kerja", False),), [(4, 10, "risiko"), (4, 10, "risikonya")], "dan risikonya kerja"),
    ],
)
def test_tracked_edit_accepts_to_the_fix_and_rejects_to_the_draft(runs, edits, accepted) -> None:
    from zi_docs.reviewing.tracked import Stamp, tracked_edit

    paragraph = _paragraph(*runs)
    draft = read_unit(paragraph).text
    stamp = Stamp(date="2025-09-08T00:00:00Z", next_id=10)
    unit = read_unit(paragraph)
    for start, end, new in edits:
        unit = tracked_edit(stamp)(unit, start, end, new)
    assert unit.text == accepted  # the reader reads insertions and skips deletions
    body = paragraph.getparent()
    assert [read_unit(p).text for p in _accept(body).iter(qn("w:p"))] == [accepted]
    assert [read_unit(p).text for p in _reject(body).iter(qn("w:p"))] == [draft]
    assert not list(paragraph.iter(f"{W}ins/{W}ins"))  # never an insertion inside an insertion
    changes = list(paragraph.iter(qn("w:ins"), qn("w:del")))
    assert changes and all(c.get(qn("w:author")) == "zi-docs" and c.get(qn("w:date")) for c in changes)
