"""``check_template`` / ``zi-docs template check`` on templates broken the ways Word breaks them.

Each broken template is built here with python-docx, so each test shows exactly
what is wrong in it.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from zi_docs.errors import UnreadableFileError
from zi_docs.rendering import check_template, default_template


def make_template(path: Path, *paragraphs: str | list[str], table: list[list[str]] | None = None) -> Path:
    """A DOCX with one paragraph per item; a list item is one paragraph made of several runs."""
    document = docx.Document()
    for item in paragraphs:
        p = document.add_paragraph()
        for run in [item] if isinstance(item, str) else item:
            p.add_run(run)
    if table:
        t = document.add_table(rows=len(table), cols=len(table[0]))
        for row, texts in zip(t.rows, table):
            for cell, text in zip(row.cells, texts):
                cell.paragraphs[0].add_run(text)
    document.save(str(path))
    return path


def kinds(issues) -> list[str]:
    return [issue.kind for issue in issues]


def test_shipped_template_is_clean():
    assert check_template(default_template()) == []


def test_good_small_template_is_clean(tmp_path):
    path = make_template(tmp_path / "ok.docx", "{{ kepala.nomor_lengkap }}", "{{ penetapan.tanggal | tanggal }}")
    assert check_template(path) == []


def test_unknown_variables_with_location(tmp_path):
    path = make_template(tmp_path / "t.docx", "Judul", "NOMOR {{ kepala.nomer }}", "{{ nomor_sk }}")
    issues = check_template(path)
    assert kinds(issues) == ["unknown-variable", "unknown-variable"]
    by_text = {issue.snippet: issue for issue in issues}
    top = by_text["{{ nomor_sk }}"]
    assert "nomor_sk" in top.message("en")
    assert top.where("en") == "document body, paragraph 3"
    field = by_text["NOMOR {{ kepala.nomer }}"]
    assert ".nomer" in field.message("en") and "nomor" in field.message("en")  # lists what exists
    assert field.where("id") == "isi dokumen, paragraf 2"


def test_unknown_field_in_loop(tmp_path):
    path = make_template(
        tmp_path / "t.docx",
        table=[["{%tr for d in diktum %}"], ["{{ d.labell }}"], ["{%tr endfor %}"]],
    )
    issues = check_template(path)
    assert kinds(issues) == ["unknown-variable"]
    assert "labell" in issues[0].message("en")
    assert "table 1, row 2, column 1" in issues[0].where("en")


def test_tag_split_across_runs(tmp_path):
    path = make_template(tmp_path / "t.docx", ["{{ kepala.", "nomor }}"])
    issues = check_template(path)
    assert kinds(issues) == ["split-tag"]
    assert issues[0].severity == "warning"
    assert "2" in issues[0].message("en")


def test_tag_broken_across_paragraphs(tmp_path):
    path = make_template(tmp_path / "t.docx", "{{ kepala.nomor", "}}")
    issues = check_template(path)
    assert "unclosed-tag" in kinds(issues)
    assert issues[0].where("en") == "document body, paragraph 1"


@pytest.mark.parametrize(("quote", "severity"), [("“", "warning"), ("„", "error")])
def test_smart_quotes(tmp_path, quote, severity):
    path = make_template(tmp_path / "t.docx", f"{{% if kepala.jenis == {quote}KEPUTUSAN” %}}x{{% endif %}}")
    issues = [i for i in check_template(path) if i.kind == "smart-quote"]
    assert [i.severity for i in issues] == [severity]


def test_tr_block_not_closed(tmp_path):
    path = make_template(tmp_path / "t.docx", table=[["{%tr for d in diktum %}"], ["{{ d.label }}"]])
    issues = check_template(path)
    assert kinds(issues) == ["unclosed-block"]
    assert "{%tr for d in diktum %}" in issues[0].message("en")
    assert "table 1, row 1, column 1" in issues[0].where("en")


def test_p_block_closed_with_other_prefix(tmp_path):
    path = make_template(tmp_path / "t.docx", "{%p if menetapkan %}", "{{ menetapkan }}", "{% endif %}")
    issues = check_template(path)
    assert kinds(issues) == ["mismatched-block"]
    assert "{%p endif %}" in issues[0].message("en")
    assert issues[0].where("en") == "document body, paragraph 3"


def test_block_closed_with_wrong_keyword(tmp_path):
    path = make_template(tmp_path / "t.docx", "{%p for d in diktum %}", "{{ d.label }}", "{%p endif %}")
    assert "mismatched-block" in kinds(check_template(path))


def test_end_without_opening(tmp_path):
    path = make_template(tmp_path / "t.docx", "{{ menetapkan }}", "{%p endfor %}")
    assert kinds(check_template(path)) == ["mismatched-block"]


def test_tr_outside_table(tmp_path):
    path = make_template(tmp_path / "t.docx", "{%tr for d in diktum %}", "{%tr endfor %}")
    issues = check_template(path)
    assert kinds(issues).count("misplaced-tag") == 2


def test_syntax_error_reported(tmp_path):
    path = make_template(tmp_path / "t.docx", "{{ kepala.nomor | }}")
    issues = check_template(path)
    assert kinds(issues) == ["syntax"]


def test_not_a_docx(tmp_path):
    path = tmp_path / "t.docx"
    path.write_text("bukan docx", encoding="utf-8")
    with pytest.raises(UnreadableFileError):
        check_template(path)
    with pytest.raises(UnreadableFileError):
        check_template(tmp_path / "tidak-ada.docx")


def test_cli_exit_codes(tmp_path, capsys):
    from zi_docs.cli import main

    assert main(["template", "check", str(default_template())]) == 0
    broken = make_template(tmp_path / "rusak.docx", "{{ kepala.nomer }}")
    assert main(["template", "check", "--lang", "en", str(broken)]) == 1
    out = capsys.readouterr().out
    assert "paragraph 1" in out and "nomer" in out and "1 error(s)" in out
    assert main(["template", "check", "--format", "json", str(broken)]) == 1
    assert '"kind": "unknown-variable"' in capsys.readouterr().out
