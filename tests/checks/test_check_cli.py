"""``zi-docs check``, ``zi-docs rules`` and ``zi-docs rule``; checking files; suppression marks."""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from pathlib import Path

import pytest
from conftest import EXAMPLE, PUBLISHED, ROOT
from lxml import etree

import zi_docs
from zi_docs import cli
from zi_docs.checks import CheckConfig
from zi_docs.checks.docs import REGENERATE, rules_markdown
from zi_docs.checks.run import check_file

STR = CheckConfig(select=["STR"])


@pytest.fixture(autouse=True)
def commands(monkeypatch: pytest.MonkeyPatch) -> None:
    """Until ``check`` and ``rules`` are listed in ``zi_docs.cli.COMMANDS``, add them here."""
    missing = [name for name in ("check", "rules") if name not in cli.COMMANDS]
    monkeypatch.setattr(cli, "COMMANDS", [*cli.COMMANDS, *missing])


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


# -- check: exit codes and output ------------------------------------------------------


def test_clean_example_exits_0(capsys) -> None:
    code, out, _ = run(["check", str(EXAMPLE), "--select", "STR"], capsys)
    assert code == 0, out
    assert "tidak ada temuan" in out and "1 berkas diperiksa: 0 galat, 0 peringatan, 0 info" in out


def test_seed_exits_1_with_findings_grouped_by_part(capsys) -> None:
    code, out, _ = run(["check", str(PUBLISHED), "--select", "STR"], capsys)
    assert code == 1
    assert "\n  Lampiran II\n" in out and "\n  Diktum KEDUA\n" in out
    assert "galat STR001 nomor baris 1 berulang; seharusnya 2" in out
    assert '"1" — Lampiran II, bagian III, baris 2 (baris 264)' in out
    assert '→ "H." → "Plh." (perlu ditinjau)' in out
    # Diktum KEDUA comes before Lampiran II: document order
    assert out.index("Diktum KEDUA") < out.index("  Lampiran II\n")


def test_english_messages(capsys) -> None:
    code, out, _ = run(["check", "--lang", "en", str(PUBLISHED), "--select", "STR001"], capsys)
    assert code == 1
    assert "error STR001 row number 1 is repeated; expected 2" in out
    assert '"1" — Lampiran II, section III, row 2 (line 264)' in out
    # The row after it is renumbered with it: one group, its knock-on at level info.
    assert "hence also: STR001 (line 265)" in out and "2 findings in 1 group" in out
    assert "1 file checked: 1 error, 0 warning, 1 info" in out


def test_fail_on(capsys) -> None:
    # STR004 is a warning: it fails only when --fail-on says warnings fail.
    assert run(["check", str(PUBLISHED), "--select", "STR006"], capsys)[0] == 0
    assert run(["check", str(PUBLISHED), "--select", "STR001", "--fail-on", "warning"], capsys)[0] == 1
    # polban 154/2023: Menimbang c ends with "." though d follows (kanim 1144/2019 keeps
    # the UU 12/2011 style consistently, which is one info note now, not a warning)
    path = ROOT / "tests/fixtures/realworld/polban-keputusan-direktur-b-154-2023-tim-kerja-zi-wbbm.txt"
    assert run(["check", str(path), "--select", "STR004"], capsys)[0] == 0
    assert run(["check", str(path), "--select", "STR004", "--fail-on", "warning"], capsys)[0] == 1
    assert run(["check", str(path), "--select", "STR004", "--fail-on", "info"], capsys)[0] == 1


def test_ignore(capsys) -> None:
    code, out, _ = run(
        ["check", str(PUBLISHED), "--select", "STR", "--ignore", "STR001,STR003,STR007,STR010,STR011"], capsys
    )
    assert code == 0, out


def test_unreadable_input_exits_2_without_traceback(tmp_path, capsys) -> None:
    broken = tmp_path / "rusak.yaml"
    broken.write_text("kepala: [\n", encoding="utf-8")
    code, out, err = run(["check", str(broken), str(EXAMPLE)], capsys)
    assert code == 2
    assert "YAML tidak sah" in out and "Traceback" not in out + err
    code, out, err = run(["check", "--format", "json", str(tmp_path / "tidak-ada.docx")], capsys)
    assert code == 2
    assert json.loads(out)["files"][0]["error"].endswith("berkas tidak ditemukan\nPeriksa nama dan folder berkas.")
    assert "berkas tidak ditemukan" in err


def test_bad_usage_exits_2(capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main(["check"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        cli.main(["check", "--format", "xml", str(EXAMPLE)])
    assert exc.value.code == 2
    capsys.readouterr()
    code, _, err = run(["check", "--select", "STR999", str(EXAMPLE)], capsys)
    assert code == 2 and "kode aturan 'STR999' tidak dikenal" in err


def test_output_to_a_file_in_every_format(tmp_path, capsys) -> None:
    for fmt in ("text", "json", "sarif", "junit", "github"):
        target = tmp_path / f"laporan.{fmt}"
        code, out, _ = run(["check", str(PUBLISHED), "--select", "STR", "--format", fmt, "-o", str(target)], capsys)
        assert code == 1 and out == ""
        assert "STR001" in target.read_text(encoding="utf-8")


def test_config_file_option(tmp_path, capsys) -> None:
    config = tmp_path / "zi-docs.toml"
    config.write_text('select = ["STR001"]\nfail-on = "warning"\n[severity]\nSTR001 = "warning"\n', encoding="utf-8")
    code, out, _ = run(["check", "--config", str(config), str(PUBLISHED)], capsys)
    assert code == 1 and "peringatan STR001" in out and "STR010" not in out
    config.write_text('selct = ["STR001"]\n', encoding="utf-8")
    code, _, err = run(["check", "--config", str(config), str(PUBLISHED)], capsys)
    assert code == 2 and "konfigurasi 'selct': kunci tidak dikenal" in err and "Maksudnya 'select'?" in err


def test_config_found_next_to_the_file(tmp_path, capsys) -> None:
    shutil.copy(PUBLISHED, tmp_path / "draf.txt")
    (tmp_path / "pyproject.toml").write_text('[tool.zi-docs]\nselect = ["STR"]\nignore = ["STR0"]\n', encoding="utf-8")
    code, out, _ = run(["check", str(tmp_path / "draf.txt")], capsys)
    assert code == 0 and "tidak ada temuan" in out


# -- rules and rule ----------------------------------------------------------------------------


def test_rules_lists_every_rule(capsys) -> None:
    code, out, _ = run(["rules"], capsys)
    assert code == 0
    for code_ in zi_docs.checks.all_rules():
        assert code_ in out
    assert "STR005  menimbang-without-bahwa" in out and "[UU 12/2011 Lampiran II angka 19]" in out


def test_rule_explains_one(capsys) -> None:
    code, out, _ = run(["rule", "str003", "--lang", "en"], capsys)
    assert code == 0
    assert out.startswith("STR003 attachment-not-referred (error)")
    assert (
        "Why: " in out
        and "Source: UU 12/2011" in out
        and "Wrong:\n    diktum[1].teks: Susunan" in out
        and "Right:\n" in out
    )
    assert "→ Finding: Diktum KEDUA — " in out
    code, out, _ = run(["rule", "label-out-of-sequence"], capsys)
    assert code == 0 and out.startswith("STR001")


def test_unknown_rule_suggests_close_codes(capsys) -> None:
    code, out, err = run(["rule", "STR01"], capsys)
    assert code == 2 and out == ""
    assert "aturan 'STR01' tidak dikenal" in err and "Maksudnya: STR001" in err and "Traceback" not in err


def test_rules_markdown_option_writes_the_docs(tmp_path, capsys) -> None:
    target = tmp_path / "docs" / "rules.md"
    assert run(["rules", "--markdown", "-o", str(target)], capsys)[0] == 0
    assert target.read_text(encoding="utf-8") == rules_markdown()


def test_docs_rules_md_is_up_to_date() -> None:
    """docs/rules.md is generated from the registry; this test never rewrites it."""
    committed = ROOT / "docs" / "rules.md"
    expected = rules_markdown()
    current = committed.read_text(encoding="utf-8") if committed.exists() else ""
    assert current == expected, f"docs/rules.md is stale; regenerate it with: {REGENERATE}"


def test_rules_markdown_covers_every_family_and_rule() -> None:
    text = rules_markdown()
    for code, rule in zi_docs.checks.all_rules().items():
        assert f'<a id="{code.lower()}"></a>' in text and f"### {code} `{rule.name}`" in text
    assert "## STR: Struktur dan teknik penyusunan" in text


# -- check_file -----------------------------------------------------------------------------


def test_check_file_sorts_in_document_order_and_names_the_place() -> None:
    result = check_file(PUBLISHED, STR)
    assert result.error is None
    paths = [f.path for f in result.findings]
    assert paths.index("diktum[1]") < paths.index("salinan.jabatan") < paths.index("lampiran[1]")
    lampiran_ii = [f.path for f in result.findings if f.path.startswith("lampiran[1]")]
    # the table comes before the signature and the copy block under it
    assert lampiran_ii.index("lampiran[1].bagian[2].baris[1]") < lampiran_ii.index("lampiran[1].salinan.nama")


def test_check_file_gives_yaml_lines(tmp_path) -> None:
    data = zi_docs.to_data(zi_docs.load(EXAMPLE))
    data["menimbang"][1]["label"] = "c."
    path = tmp_path / "draf.yaml"
    zi_docs.save(zi_docs.Keputusan.model_validate(data), path)
    (finding,) = check_file(path, CheckConfig(select=["STR001"])).findings
    line = path.read_text(encoding="utf-8").splitlines()[finding.location.baris - 1]
    assert "label: c." in line


def test_check_file_error_is_kept_not_raised(tmp_path) -> None:
    path = tmp_path / "draf.odt"
    path.write_text("x", encoding="utf-8")
    result = check_file(path, STR)
    assert result.findings == [] and "tidak dapat dibaca" in result.error.text("id")


# -- suppression marks ---------------------------------------------------------------------------


def _yaml_with_mistakes(tmp_path: Path) -> Path:
    data = zi_docs.to_data(zi_docs.load(EXAMPLE))
    data["menimbang"][1]["label"] = "c."
    data["jabatan_pembentuk"] = data["jabatan_pembentuk"].rstrip(",")
    path = tmp_path / "draf.yaml"
    zi_docs.save(zi_docs.Keputusan.model_validate(data), path, schema=None)
    return path


def test_yaml_marks_on_the_line_and_above(tmp_path) -> None:
    path = _yaml_with_mistakes(tmp_path)
    assert {f.rule for f in check_file(path, STR).findings} == {"STR001", "STR004"}
    lines = path.read_text(encoding="utf-8").splitlines()
    title = next(i for i, line in enumerate(lines) if line.startswith("jabatan_pembentuk:"))
    lines[title] += "  # zi-docs: abaikan STR004"
    label = next(i for i, line in enumerate(lines) if "label: c." in line)
    lines.insert(label, "  # zi-docs: noqa: STR001")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = check_file(path, STR)
    assert result.findings == [] and result.suppressed == 2


def test_yaml_mark_only_for_its_codes(tmp_path) -> None:
    path = _yaml_with_mistakes(tmp_path)
    text = path.read_text(encoding="utf-8").replace(
        "jabatan_pembentuk: ", "# zi-docs: abaikan EJA001, STR005\njabatan_pembentuk: "
    )
    path.write_text(text, encoding="utf-8")
    assert {f.rule for f in check_file(path, STR).findings} == {"STR001", "STR004"}
    path.write_text(text.replace("EJA001, STR005", "STR"), encoding="utf-8")
    assert {f.rule for f in check_file(path, STR).findings} == {"STR001"}


def test_text_mark_at_the_end_of_the_line(tmp_path) -> None:
    lines = PUBLISHED.read_text(encoding="utf-8").split("\n")
    assert lines[263].startswith("1\tEvaluasi")  # line 264, the repeated row number
    lines[263] += "  <!-- zi-docs: abaikan STR001 -->"
    path = tmp_path / "kpu.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = check_file(path, CheckConfig(select=["STR001", "STR009"]))
    # the repeat and the row renumbered with it, which goes with it
    assert result.findings == [] and result.suppressed == 2
    # the mark is not read as part of the cell it follows
    plain = tmp_path / "kpu.txt"
    lines[263] = lines[263].replace("<!-- zi-docs: abaikan STR001 -->", "zi-docs: abaikan")
    plain.write_text("\n".join(lines), encoding="utf-8")
    assert check_file(plain, CheckConfig(select=["STR001"])).findings == []


def _add_comments(docx: bytes, anchors: list[tuple[str, int, str]]) -> bytes:
    """Add Word comments to a DOCX: (``"p"`` body paragraph number | ``"tr"`` (table, row)
    encoded as table*1000+row, comment text)."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    source = zipfile.ZipFile(io.BytesIO(docx))
    document = etree.fromstring(source.read("word/document.xml"))
    body = document.find(f"{{{w}}}body")
    paragraphs = [child for child in body if child.tag == f"{{{w}}}p"]
    tables = [child for child in body if child.tag == f"{{{w}}}tbl"]
    comments = etree.Element(f"{{{w}}}comments", nsmap={"w": w})
    for number, (kind, where, text) in enumerate(anchors):
        if kind == "p":
            target = paragraphs[where - 1]
        else:
            row = tables[where // 1000 - 1].findall(f"{{{w}}}tr")[where % 1000 - 1]
            target = row.find(f".//{{{w}}}p")
        start = etree.Element(f"{{{w}}}commentRangeStart")
        start.set(f"{{{w}}}id", str(number))
        target.insert(0, start)
        comment = etree.SubElement(comments, f"{{{w}}}comment")
        comment.set(f"{{{w}}}id", str(number))
        comment.set(f"{{{w}}}author", "Penyusun")
        run = etree.SubElement(etree.SubElement(comment, f"{{{w}}}p"), f"{{{w}}}r")
        etree.SubElement(run, f"{{{w}}}t").text = text
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target_zip:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "word/document.xml":
                content = etree.tostring(document, xml_declaration=True, encoding="UTF-8", standalone=True)
            elif item.filename == "[Content_Types].xml":
                content = content.replace(
                    b"</Types>",
                    b'<Override PartName="/word/comments.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>',
                )
            elif item.filename == "word/_rels/document.xml.rels":
                content = content.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdKomentar" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    b'relationships/comments" Target="comments.xml"/></Relationships>',
                )
            target_zip.writestr(item, content)
        target_zip.writestr("word/comments.xml", etree.tostring(comments, xml_declaration=True, encoding="UTF-8"))
    return out.getvalue()


def test_docx_word_comments_suppress_on_paragraphs_and_table_rows(tmp_path) -> None:
    from zi_docs.rendering import render_docx_bytes

    data = zi_docs.to_data(zi_docs.load(EXAMPLE))
    data["jabatan_pembentuk"] = data["jabatan_pembentuk"].rstrip(",")
    data["lampiran"][0]["kelompok"][6]["anggota"][2]["nomor"] = "2."
    data["salinan"]["nama"] = None
    docx = render_docx_bytes(zi_docs.Keputusan.model_validate(data))
    plain = tmp_path / "draf.docx"
    plain.write_bytes(docx)
    before = check_file(plain, STR).findings
    places = {f.rule: f.location for f in before}
    assert set(places) == {"STR001", "STR004", "STR010"}
    assert places["STR004"].paragraf and places["STR001"].tabel and places["STR001"].baris_tabel
    commented = tmp_path / "draf-komentar.docx"
    commented.write_bytes(
        _add_comments(
            docx,
            [
                ("p", places["STR004"].paragraf, "zi-docs: abaikan STR004"),
                ("tr", places["STR001"].tabel * 1000 + places["STR001"].baris_tabel, "zi-docs: abaikan STR001"),
                ("p", places["STR010"].paragraf, "catatan biasa, bukan tanda"),
            ],
        )
    )
    result = check_file(commented, STR)
    assert result.error is None
    assert [f.rule for f in result.findings] == ["STR010"] and result.suppressed == 2


def test_docx_with_entities_in_comments_is_not_expanded(tmp_path) -> None:
    from zi_docs.checks.suppress import suppressions_for
    from zi_docs.rendering import render_docx_bytes

    docx = render_docx_bytes(zi_docs.load(EXAMPLE))
    evil = _add_comments(docx, [("p", 1, "zi-docs: abaikan")])
    source = zipfile.ZipFile(io.BytesIO(evil))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "word/comments.xml":
                content = (
                    b'<?xml version="1.0"?><!DOCTYPE c [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                    + content.split(b"?>", 1)[1].replace(b"zi-docs: abaikan", b"&x;")
                )
            target.writestr(item, content)
    path = tmp_path / "jahat.docx"
    path.write_bytes(out.getvalue())
    marks = suppressions_for(path)
    assert not marks.paragraphs  # the entity stays unresolved: no mark, no file read
