"""A decree template's paragraphs and Jinja tags, as Word stores them.

Shared by the template check (which reports broken tags) and the rendering engine
(which names the tag a Jinja error is about): both need the template's parts
(body, headers, footers, notes), each paragraph's text run by run, and where a
person finds the paragraph in Word.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from ..docx.ns import qn
from ..docx.package import MAIN_PART, check_package, read_parts
from ..errors import ZiDocsError
from ..i18n import Message

__all__ = ["TAG", "TemplateParagraph", "find_tag", "part_paragraphs", "template_parts"]

TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)
"""A Jinja tag: ``{{ … }}``, ``{% … %}`` or ``{# … #}``."""

_P, _R, _T, _TC = qn("w:p"), qn("w:r"), qn("w:t"), qn("w:tc")
_TR = qn("w:tr")


@dataclass
class TemplateParagraph:
    """One paragraph of a template part, with the span of each run's text."""

    part: str
    number: int
    table: tuple[int, int, int] | None
    """(table, row, column) when the paragraph is in a table cell."""
    text: str
    run_spans: list[tuple[int, int]]
    """(start, end) of each run's text in ``text``."""

    def where(self) -> Message:
        part_id, part_en = _part_names(self.part)
        base_id, base_en = f"{part_id}, paragraf {self.number}", f"{part_en}, paragraph {self.number}"
        if self.table:
            t, r, c = self.table
            base_id += f" (tabel {t}, baris {r}, kolom {c})"
            base_en += f" (table {t}, row {r}, column {c})"
        return Message(base_id, base_en)

    def snippet(self, start: int = 0, end: int | None = None) -> str:
        end = len(self.text) if end is None else end
        lo, hi = max(0, start - 30), min(len(self.text), end + 30)
        return ("…" if lo else "") + self.text[lo:hi].replace("\n", " ") + ("…" if hi < len(self.text) else "")


def _part_names(part: str) -> tuple[str, str]:
    name = part.rsplit("/", 1)[-1].removesuffix(".xml")
    if name == "document":
        return "isi dokumen", "document body"
    if name.startswith("header"):
        return f"kepala halaman ({name})", f"page header ({name})"
    if name.startswith("footer"):
        return f"kaki halaman ({name})", f"page footer ({name})"
    return name, name


def template_parts(names: list[str]) -> list[str]:
    """The parts of a package that hold template text, body first."""
    parts = [MAIN_PART] if MAIN_PART in names else []
    parts += sorted(n for n in names if re.fullmatch(r"word/(header|footer)\d*\.xml", n))
    parts += [n for n in ("word/footnotes.xml", "word/endnotes.xml") if n in names]
    return parts


def read_template_parts(path: str | os.PathLike[str]) -> dict[str, etree._Element]:
    """The template's text parts, parsed, after the package's safety checks."""
    return read_parts(Path(path), template_parts(check_package(path)))


def part_paragraphs(part: str, root: etree._Element) -> list[TemplateParagraph]:
    """Every paragraph of a part, in order (those in tables and text boxes too)."""
    tables: dict[etree._Element, int] = {}
    result = []
    for number, p in enumerate(root.iter(_P), start=1):
        text, spans = "", []
        for run in p.iter(_R):
            run_text = "".join(t.text or "" for t in run.iter(_T))
            if run_text:
                spans.append((len(text), len(text) + len(run_text)))
                text += run_text
        location = None
        cell = next(p.iterancestors(_TC), None)
        if cell is not None:
            row = cell.getparent()
            tbl = row.getparent()
            if tbl not in tables:
                tables[tbl] = len(tables) + 1
            location = (tables[tbl], tbl.findall(_TR).index(row) + 1, row.findall(_TC).index(cell) + 1)
        result.append(TemplateParagraph(part, number, location, text, spans))
    return result


def find_tag(path: str | os.PathLike[str], needle: str) -> tuple[str, Message] | None:
    """The first Jinja tag of a template whose text contains ``needle``, and where it is.

    Used to name the tag in a rendering error ("… pada tag {{ x.__class__ }}, isi
    dokumen, paragraf 3"), since Jinja only names the attribute it refused.
    """
    try:
        parts = read_template_parts(path)
    except ZiDocsError:
        return None
    for part, root in parts.items():
        for par in part_paragraphs(part, root):
            for match in TAG.finditer(par.text):
                if needle in match.group(0):
                    return match.group(0), par.where()
    return None
