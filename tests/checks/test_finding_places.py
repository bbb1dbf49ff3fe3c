"""The exact place: a text-file finding names the line where its words stand.

Not the first line of the enclosing part — the signature's title is lines below
"Ditetapkan di", the decree a Lampiran header names is below "LAMPIRAN II".  Checked
over the published seed and every real decree in tests/fixtures/realworld: a finding
with a text and a line has its text beginning on that line.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import EXAMPLE, PUBLISHED

from zi_docs.checks import CheckConfig
from zi_docs.checks.run import check_file

REALWORLD = sorted((Path(__file__).resolve().parents[1] / "fixtures" / "realworld").glob("*.txt"))
_MARKUP = re.compile(r"</?[a-zA-Z][^>]*>|\*\*")


def _norm(text: str) -> str:
    return " ".join(_MARKUP.sub("", text).split()).casefold()


def _placed(path: Path) -> tuple[list, list]:
    """The findings with a text and a line: those whose text begins on their line, and the others."""
    lines = path.read_text(encoding="utf-8").splitlines()
    good, bad = [], []
    for f in check_file(path, CheckConfig()).findings:
        if f.location is None or f.location.baris is None or not f.text.strip():
            continue
        n = f.location.baris
        # The text may run on to the next lines (a two-line title); it must start on this one.
        stream = _norm(" ".join(lines[n - 1 : n + 12]))
        at = stream.find(_norm(f.text))
        (good if 0 <= at < max(len(_norm(lines[n - 1])), 1) else bad).append(f)
    return good, bad


def test_seed_findings_stand_on_their_line() -> None:
    good, bad = _placed(PUBLISHED)
    assert len(good) / (len(good) + len(bad)) >= 0.95, [(f.rule, f.location.baris, f.text) for f in bad]


@pytest.mark.parametrize(
    ("rule", "text", "line"),
    [
        # The signature block starts at "Ditetapkan di" (122); the title is at 126.
        ("STR011", "KETUA KOMISI PEMILIHAN UMUM KABUPATEN PENAJAM PASER UTARA,", 126),
        # The salinan block starts at "Salinan sesuai dengan aslinya" (131).
        ("NAM002", "Kasubag", 134),
        ("EJA001", "Pih", 225),
        # The Lampiran II header starts at "LAMPIRAN II" (230); the decree's name follows.
        ("STR007", "KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN PENAJAM PASER UTARA", 231),
        # The kop (line 8), the issuer after KEPUTUSAN (11), the title's last line (19).
        ("NAM001", "KABUPATEN PETAJAM PASER UTARA", 8),
        ("NAM001", "KABUPATEN PETAJAM PASER UTARA", 11),
        ("NAM001", "KABUPATEN PETAJAM PASER UTARA", 19),
    ],
)
def test_block_findings_name_the_line_of_their_words(rule: str, text: str, line: int) -> None:
    findings = check_file(PUBLISHED, CheckConfig()).findings
    lines = {f.location.baris for f in findings if f.rule == rule and f.text == text}
    assert line in lines, lines


def test_real_decrees_findings_stand_on_their_line() -> None:
    good = bad = 0
    for path in REALWORLD:
        g, b = _placed(path)
        good, bad = good + len(g), bad + len(b)
    # Measured 95%; the rest are words the reader joined across layout columns
    # or page breaks, and a file's first line (where it came from) read into its heading.
    assert good > 300 and good / (good + bad) >= 0.93, (good, bad)


def test_generated_mistakes_in_a_docx_stand_in_their_paragraph_or_row(tmp_path: Path) -> None:
    """The example with its regency misspelt everywhere and two words written wrong,
    rendered to Word: every finding's text is in the paragraph or table row it names."""
    import zi_docs
    from zi_docs.docx.body import Body
    from zi_docs.docx.package import open_document
    from zi_docs.docx.text import place_units

    text = EXAMPLE.read_text(encoding="utf-8")
    text = re.sub(r"(?<=Kabupaten )Penajam", "Petajam", text)
    text = re.sub(r"(?<=KABUPATEN )PENAJAM", "PETAJAM", text)
    text = text.replace("risiko", "resiko").replace("tindak lanjut", "tindaklanjut")
    data = tmp_path / "keputusan.yaml"
    data.write_text(text, encoding="utf-8")
    (docx,) = [p for p in zi_docs.render(zi_docs.load(data), tmp_path / "keputusan.docx") if p.suffix == ".docx"]
    findings = [f for f in check_file(docx, CheckConfig()).findings if f.location is not None and f.text.strip()]
    assert len(findings) > 30
    body = Body(open_document(docx).element.body, docx.name)
    for f in findings:
        place = body.place(f.location)
        assert place is not None, (f.rule, f.location)
        shown = " ".join(unit.text for unit in place_units(place, f.location.sel))
        assert _norm(f.text) in _norm(shown), (f.rule, f.text, f.location, shown)
