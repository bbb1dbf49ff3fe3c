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

from ..docx.body import Body
from ..docx.ns import qn
from ..docx.package import MAIN_PART, check_package, read_parts
from ..errors import ZiDocsError
from ..i18n import Message
from ..storage.regex_cache import regex

__all__ = ["TAG", "TemplateParagraph", "find_tag", "part_paragraphs", "template_parts"]

TAG = regex(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)
"""A Jinja tag: ``{{ … }}``, ``{% … %}`` or ``{# … #}``."""

_P, _R, _T, _BODY = qn("w:p"), qn("w:r"), qn("w:t"), qn("w:body")


@dataclass
class TemplateParagraph:
    """One paragraph of a template part, with the span of each run's text."""

    part: str
    number: int | None
    """The paragraph's number as :class:`zi_docs.docx.body.Body` counts them (a text
    box's paragraph has its anchor's); None in a table cell."""
    table: tuple[int, int, int] | None
    """(table, row, column) when the paragraph is in a table cell."""
    text: str
    run_spans: list[tuple[int, int]]
    """(start, end) of each run's text in ``text``."""

    def where(self) -> Message:
        part_id, part_en = _part_names(self.part)
        if self.table:
            t, r, c = self.table
            return Message(f"{part_id}, tabel {t}, baris {r}, kolom {c}", f"{part_en}, table {t}, row {r}, column {c}")
        if self.number is None:
            return Message(part_id, part_en)
        return Message(f"{part_id}, paragraf {self.number}", f"{part_en}, paragraph {self.number}")

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


def _places(root: etree._Element) -> dict[etree._Element, tuple[int | None, tuple[int, int, int] | None]]:
    """Paragraph → (number, (table, row, column)) as the body walker numbers the places
    of a body, header or footer; empty for parts it does not walk (notes)."""
    body = root.find(_BODY)
    places: dict[etree._Element, tuple[int | None, tuple[int, int, int] | None]] = {}
    for place in Body(body if body is not None else root):
        lokasi = place.lokasi
        if place.is_row:
            assert lokasi.tabel is not None and lokasi.baris_tabel is not None
            for column, cell in enumerate(place.cells(), start=1):
                for p in cell.iter(_P):
                    places.setdefault(p, (None, (lokasi.tabel, lokasi.baris_tabel, column)))
        else:
            for p in place.element.iter(_P):  # the paragraph and those of its text boxes
                places.setdefault(p, (lokasi.paragraf, None))
    return places


def part_paragraphs(part: str, root: etree._Element) -> list[TemplateParagraph]:
    """Every paragraph of a part, in order (those in tables and text boxes too), placed
    as the body walker numbers them; in notes, counted one by one."""
    places = _places(root)
    result = []
    for count, p in enumerate(root.iter(_P), start=1):
        text, spans = "", []
        for run in p.iter(_R):
            run_text = "".join(t.text or "" for t in run.iter(_T))
            if run_text:
                spans.append((len(text), len(text) + len(run_text)))
                text += run_text
        number, table = places.get(p, (None, None)) if places else (count, None)
        result.append(TemplateParagraph(part, number, table, text, spans))
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
