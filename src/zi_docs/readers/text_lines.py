"""Plain text and Markdown (as PDF converters produce them) → lines.

Converters leave their own marks in the text: ``<b>``/``<i>`` tags and ``**bold**``,
list markers ``-`` in front of items, two spaces at the end of a line for a break,
tab-separated or ``| pipe |`` table rows, ``[halaman 2]`` page markers.  This module
removes the marks, keeps what they say (bold, italics, table cells, page starts), and
keeps the file's line numbers for every line.  Hand-written: no Markdown library
keeps source line numbers through inline markup removal.
"""

from __future__ import annotations

import re
import string

from ..model import Lokasi
from ..storage.regex_cache import regex
from .lines import Line
from .pages import clean_pages, split_pages

_TAGS = regex(r"</?(?:b|i|u|em|strong|br|sup|sub)\s*/?>", re.IGNORECASE)
_BOLD_TAG_LINE = regex(r"^\s*(?:<b>.*?</b>[\s\t]*)+$", re.IGNORECASE)
_STARS = regex(r"(\*\*|__)(.+?)\1")
_ITALIC = regex(r"(?<![\w*])\*(?!\s)([^*]+?)(?<!\s)\*(?![\w*])")
_LIST_MARKER = regex(r"^(\s*)[-*+]\s+(?=\S)")
_PIPE_SEPARATOR = regex(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
#: italics are carried through the mark removal as two characters no text holds, then
#: turned into spans of the cleaned line (:func:`_italic_spans`)
_OPEN, _CLOSE = "\x0e", "\x0f"
_ITALIC_TAGS = regex(r"<(/?)(?:i|em)\s*>", re.IGNORECASE)


def _strip_inline(text: str) -> str:
    text = text.replace(_OPEN, "").replace(_CLOSE, "")
    text = _ITALIC_TAGS.sub(lambda m: _CLOSE if m[1] else _OPEN, text)
    text = _TAGS.sub("", text)
    text = _STARS.sub(r"\2", text)
    # Bold that spans several lines leaves an unpaired marker at one end of each.
    text = re.sub(r"^(\s*)(?:\*\*|__)", r"\1", text)
    text = re.sub(r"(?:\*\*|__)(\s*)$", r"\1", text)
    text = _ITALIC.sub(_OPEN + r"\1" + _CLOSE, text)
    return text.replace("\\*", "*").replace("\\_", "_")


def _italic_spans(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The text without the italic marks, and where the italic stretches stand in it;
    an italic left open runs to the end of the line (a converter's tag split by a break)."""
    if _OPEN not in text and _CLOSE not in text:
        return text, ()
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    length, opened = 0, None
    for piece in re.split(f"([{_OPEN}{_CLOSE}])", text):
        if piece == _OPEN:
            opened = length if opened is None else opened
        elif piece == _CLOSE:
            if opened is not None and length > opened:
                spans.append((opened, length))
            opened = None
        else:
            out.append(piece)
            length += len(piece)
    if opened is not None and length > opened:
        spans.append((opened, length))
    return "".join(out), tuple(spans)


def _unmarked(text: str) -> str:
    return text.replace(_OPEN, "").replace(_CLOSE, "")


def _is_bold(raw: str) -> bool:
    stripped = raw.strip()
    if not stripped:
        return False
    if _BOLD_TAG_LINE.match(stripped):
        return True
    return bool(re.fullmatch(r"(?:\*\*|__).+(?:\*\*|__)", stripped))


def _trim(text: str, characters: str = " ") -> str:
    """``text.strip(characters)`` that looks through the italic marks at either end: an
    italic cell " <i>Road Map</i> " is "Road Map" with its marks kept."""
    marks = f"{_OPEN}{_CLOSE}"
    start, end = 0, len(text)
    while start < end and text[start] in characters + marks:
        start += 1
    while end > start and text[end - 1] in characters + marks:
        end -= 1
    # Keep the marks that stood around what is kept, dropping the blanks between.
    lead = "".join(c for c in text[:start] if c in marks)
    tail = "".join(c for c in text[end:] if c in marks)
    return lead + text[start:end] + tail


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
        indent = len(_unmarked(cleaned)) - len(_unmarked(cleaned).lstrip(" "))
        body = _trim(cleaned)
        plain = _unmarked(body)
        cells: tuple[str, ...] | None = None
        if plain.startswith("|") and plain.count("|") >= 2:
            if _PIPE_SEPARATOR.match(plain):
                continue
            cells = tuple(_trim(cell, string.whitespace) for cell in body.strip().strip("|").split("|"))
            body = "\t".join(cells)
        elif "\t" in body:
            cells = tuple(_trim(cell, string.whitespace) for cell in body.split("\t"))
            body = "\t".join(cells)
        body, italic = _italic_spans(body)
        if cells is not None:
            cells = tuple(map(_unmarked, cells))
        lines.append(
            Line(
                text=body,
                location=Lokasi(
                    berkas=berkas, halaman=page_line.page if len(pages) > 1 else None, baris=page_line.line
                ),
                cells=cells,
                bold=bold,
                italic=italic,
                page_break_before=page_line.page_start,
                indent=indent,
            )
        )
    return lines
