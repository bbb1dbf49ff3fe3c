"""Plain text and Markdown (as PDF converters produce them) → lines.

Converters leave their own marks in the text: ``<b>``/``<i>`` tags and ``**bold**``,
list markers ``-`` in front of items, two spaces at the end of a line for a break,
tab-separated or ``| pipe |`` table rows, ``[halaman 2]`` page markers.  This module
removes the marks, keeps what they say (bold, table cells, page starts), and
keeps the file's line numbers for every line.  Hand-written: no Markdown library
keeps source line numbers through inline markup removal.
"""

from __future__ import annotations

import re

from ..model import Lokasi
from .lines import Line
from .pages import clean_pages, split_pages

_TAGS = re.compile(r"</?(?:b|i|u|em|strong|br|sup|sub)\s*/?>", re.IGNORECASE)
_BOLD_TAG_LINE = re.compile(r"^\s*(?:<b>.*?</b>[\s\t]*)+$", re.IGNORECASE)
_STARS = re.compile(r"(\*\*|__)(.+?)\1")
_ITALIC = re.compile(r"(?<![\w*])\*(?!\s)([^*]+?)(?<!\s)\*(?![\w*])")
_LIST_MARKER = re.compile(r"^(\s*)[-*+]\s+(?=\S)")
_PIPE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def _strip_inline(text: str) -> str:
    text = _TAGS.sub("", text)
    text = _STARS.sub(r"\2", text)
    # Bold that spans several lines leaves an unpaired marker at one end of each.
    text = re.sub(r"^(\s*)(?:\*\*|__)", r"\1", text)
    text = re.sub(r"(?:\*\*|__)(\s*)$", r"\1", text)
    text = _ITALIC.sub(r"\1", text)
    return text.replace("\\*", "*").replace("\\_", "_")


def _is_bold(raw: str) -> bool:
    stripped = raw.strip()
    if not stripped:
        return False
    if _BOLD_TAG_LINE.match(stripped):
        return True
    return bool(re.fullmatch(r"(?:\*\*|__).+(?:\*\*|__)", stripped))


def text_to_lines(text: str, berkas: str | None = None) -> list[Line]:
    """Every line of ``text`` as a :class:`Line`, page numbers and running heads removed."""
    raw_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    pages = split_pages(raw_lines)
    lines: list[Line] = []
    for page_line in clean_pages(pages):
        raw = page_line.text
        bold = _is_bold(raw)
        cleaned = _strip_inline(raw.rstrip(" \n"))  # trailing tabs are empty cells
        marker = _LIST_MARKER.match(cleaned)
        if marker:
            cleaned = marker.group(1) + cleaned[marker.end() :]
        indent = len(cleaned) - len(cleaned.lstrip(" "))
        body = cleaned.strip(" ")
        cells: tuple[str, ...] | None = None
        if body.startswith("|") and body.count("|") >= 2:
            if _PIPE_SEPARATOR.match(body):
                continue
            cells = tuple(cell.strip() for cell in body.strip().strip("|").split("|"))
            body = "\t".join(cells)
        elif "\t" in body:
            cells = tuple(cell.strip() for cell in body.split("\t"))
            body = "\t".join(cells)
        lines.append(
            Line(
                text=body,
                location=Lokasi(
                    berkas=berkas, halaman=page_line.page if len(pages) > 1 else None, baris=page_line.line
                ),
                cells=cells,
                bold=bold,
                page_break_before=page_line.page_start,
                indent=indent,
            )
        )
    return lines
