"""Split page-based text into pages and remove what the page layout added.

A decree printed on paper and turned back into text (a PDF's text layer, a
``pdftotext`` copy, an OCR transcript) carries things that belong to the page, not
to the decree: page numbers (``-2-``, ``Halaman 2 dari 5``), running headers and
footers repeated on every page (an e-signature notice, a document reference), and
*catchwords* -- the Indonesian drafting habit of ending a page with the first words
of the next one (``10. Peraturan...``, ``Memperhatikan...``).  Left in, they would
cut a Mengingat item in two or duplicate its number, so the structural parser sees
the text only after this module has taken them out.

No library knows these conventions, so the rules are written here by hand.  They
are deliberately cautious: a line is removed only when its position (top or bottom
of a page) *and* its form say it is page furniture, because dropping a line of the
decree is worse than leaving a stray header for the parser to report.

Two steps, usable separately:

* :func:`split_pages` groups the lines of a text file into pages, using form feeds
  (``\\f``), transcript markers (``[halaman 2]``) and page-number lines that start
  the next page (``-2-``).  A PDF reader, which knows its pages already, skips it.
* :func:`clean_pages` removes page numbers, running headers/footers and catchwords
  and marks where each page starts.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from ..grammar.body import damaged_number
from ..storage.regex_cache import regex

__all__ = ["PageLine", "clean_pages", "split_pages"]

#: One page: (line number in the source, 1-based; text of the line).
Page = list[tuple[int, str]]

# ``[halaman 2]``, ``[halaman 5 — landscape]``, ``[page 3]``: the page markers that
# transcripts use.  Only the marker form with a number counts, so that editorial
# notes such as ``[tanda tangan]`` stay text.
_PAGE_MARKER = regex(r"^\s*\[\s*(?:halaman|hal\.?|page)\s+(\d+)\b[^\]]*\]\s*$", re.IGNORECASE)

# ``-2-``, ``- 2 -``, ``– 2 –``: the usual page number of Indonesian decrees, printed
# at the top of every page after the first.
_DASHED_NUMBER = regex(r"^\s*[-–—]\s*(\d{1,4})\s*[-–—]\s*$")
# Other page-number forms: ``2``, ``Halaman 2 dari 5``, ``Hal. 2``, ``Page 2 of 5``.
_OTHER_NUMBER = regex(
    r"^\s*(?:(?:halaman|hal\.?|page)\s*:?\s*\d{1,4}(?:\s*(?:dari|/|of)\s*\d{1,4})?|\d{1,4})\s*$",
    re.IGNORECASE,
)
# A catchword line ends with an ellipsis (three dots, spaced or not, or the single character).
_CATCHWORD = regex(r"^(?P<words>.*?\S)\s*(?:(?:\.\s?){3,}|…)\s*$")
# A gap of three or more spaces, a tab or a table bar: the line has columns.
_COLUMNS = regex(r"\S( {3,}|\t)\S|\|")
_SPACES = regex(r"\s+")
# Trailing spaces are removed; trailing tabs are not: in tab-separated text they
# are the empty last cells of a table row.
_TRAILING = " \r\n"


@dataclass(frozen=True)
class PageLine:
    """A line of page-based text kept after cleaning."""

    page: int
    """The page, 1-based."""
    line: int
    """The line in the source (the text file's line, or the line on the PDF page), 1-based."""
    text: str
    """The text, leading spaces kept (indentation shows structure), trailing spaces
    removed (trailing tabs kept: they are empty cells)."""
    page_start: bool = False
    """The first non-blank line of a page after the first."""


def split_pages(lines: list[str]) -> list[Page]:
    """Group a text's lines into pages, using the page boundaries the text shows.

    Boundaries are a form feed (which may sit inside a line: the text after it
    starts the next page), a marker line such as ``[halaman 2]`` (removed), and a
    dashed page-number line ``-N-`` when N is the number of the next page (kept, so
    that :func:`clean_pages` removes it like any page number).  Line numbers are
    1-based positions in ``lines``.  A boundary that would leave a page without any
    text (``[halaman 1]`` at the start, a marker right after a form feed) does not
    start another page.
    """
    pages: list[Page] = [[]]
    last_printed_number = 1
    last_printed_page = 0

    def start_page() -> None:
        if any(text.strip() for _, text in pages[-1]):
            pages.append([])

    for number, raw in enumerate(lines, start=1):
        raw = raw.rstrip("\r\n")
        pieces = raw.split("\f")
        for index, piece in enumerate(pieces):
            if index > 0:
                start_page()
            if piece == "" and len(pieces) > 1:
                # The empty text on either side of a form feed is not a line.
                continue
            if _PAGE_MARKER.match(piece):
                start_page()
                continue
            dashed = _DASHED_NUMBER.match(piece)
            if dashed:
                printed = int(dashed.group(1))
                # Only the number of the *next* page starts one: a footer ``- 1 -`` at
                # the bottom of page 1 must not.  Numbering that restarts (a Lampiran
                # numbered on its own) is followed through the last number seen, if
                # that was on the current page (else another boundary has already
                # started this page and the number is its footer).
                follows_last = printed == last_printed_number + 1 and last_printed_page == len(pages)
                if printed == len(pages) + 1 or follows_last:
                    start_page()
                last_printed_number, last_printed_page = printed, len(pages)
            pages[-1].append((number, piece.rstrip(_TRAILING)))
    return pages if pages[-1] or len(pages) == 1 else pages[:-1]


def _normalise(text: str, page_number: int = 0) -> str:
    """The form in which repeated headers and footers compare equal.

    Spacing and case do not count, nor does the page's own number inside the line
    (``Keputusan KPU Nomor 42 - halaman 3``).  Other numbers do: lines such as
    ``Pasal 5`` and ``Pasal 9`` at the top of two pages are content.
    """
    text = _SPACES.sub(" ", text.strip()).casefold()
    if page_number:
        text = re.sub(rf"(?<!\d){page_number}(?!\d)", "#", text)
    return text


def _nonblank(page: list[tuple[int, str]]) -> list[int]:
    return [i for i, (_, text) in enumerate(page) if text.strip()]


def _drop_page_numbers(page: list[tuple[int, str]], page_number: int) -> list[tuple[int, str]]:
    """Remove page-number lines from the top and the bottom of a page.

    Only the first two and last two non-blank lines are looked at: a page number
    sits above or below the text (possibly beside a running header), while a bare
    number inside the text (a table cell, a year broken off a line) is content.  A
    bare number counts only as the very first or last line.
    """
    kept = list(page)
    rows = _nonblank(kept)
    drop: set[int] = set()
    for position, i in enumerate(rows):
        at_top = position < 2
        at_bottom = position >= len(rows) - 2
        if not (at_top or at_bottom):
            continue
        text = kept[i][1]
        edge = position == 0 or position == len(rows) - 1
        if _DASHED_NUMBER.match(text) or (edge and _OTHER_NUMBER.match(text)):
            drop.add(i)
    kept = [line for i, line in enumerate(kept) if i not in drop]
    # ``pdftotext`` without layout sometimes glues the page number to the first
    # word of the page (``-3(1a) Pemberitahuan``, ``-4g.``, ``- 11 Agar``).  Strip it only when the
    # number is this page's own number, so that a real ``-3`` stays.
    rows = _nonblank(kept)
    if rows:
        i = rows[0]
        number, text = kept[i]
        glued = re.match(rf"^(\s*)[-–—]\s*{page_number}(?!\d)(?:\s*[-–—])?\s*(?=\S)", text)
        if glued and page_number > 1:
            kept[i] = (number, glued.group(1) + text[glued.end() :])
    return kept


def _has_columns(text: str) -> bool:
    return bool(_COLUMNS.search(text.strip()))


def _drop_running_lines(pages: list[list[tuple[int, str]]]) -> list[list[tuple[int, str]]]:
    """Remove running headers and footers: the same line at the top or the bottom of
    at least half of the pages.

    Needs three pages or more and at least three occurrences: on two pages a
    repeated line is as likely to be content (a signature block ends both the
    decree and its Lampiran).  For the same reason a footer must also end a page
    whose text runs on (a page not followed by a Lampiran and not the last one),
    and a line that opens a Lampiran is never a header.  Lines with columns (a
    table's header row repeated on each page) are left for the parser, which
    needs the first of them.  Repeated until nothing changes, so that a header of
    two lines goes line by line.
    """
    count = len(pages)
    if count < 3:
        return pages
    needed = max(3, math.ceil(count / 2))
    pages = [list(page) for page in pages]

    def first_text(page: list[tuple[int, str]]) -> str | None:
        rows = _nonblank(page)
        return page[rows[0]][1] if rows else None

    for _ in range(4):
        changed = False
        for edge in ("top", "bottom"):
            # Each page's edge line, in both forms: as written, and with the page's
            # own number masked (a number that merely equals the page number, on
            # one page, must not hide a footer).
            forms: dict[int, set[str]] = {}
            for page_index, page in enumerate(pages):
                rows = _nonblank(page)
                if not rows:
                    continue
                text = page[rows[0] if edge == "top" else rows[-1]][1]
                if not _has_columns(text):
                    forms[page_index] = {_normalise(text), _normalise(text, page_index + 1)}
            running: set[str] = set()
            for key in set().union(*forms.values()) if forms else ():
                where = [index for index, keys in forms.items() if key in keys]
                if len(where) < needed:
                    continue
                if edge == "top" and key.startswith("lampiran"):
                    continue
                if edge == "bottom" and not any(
                    index + 1 < count and not _normalise(first_text(pages[index + 1]) or "").startswith("lampiran")
                    for index in where
                ):
                    continue
                running.add(key)
            for index, keys in forms.items():
                if keys & running:
                    rows = _nonblank(pages[index])
                    del pages[index][rows[0] if edge == "top" else rows[-1]]
                    changed = True
        if not changed:
            break
    return pages


def _catchword(text: str) -> str | None:
    """The words of a catchword line, as printed (``10. Peraturan...`` gives ``"10. Peraturan"``)."""
    match = _CATCHWORD.match(text.strip())
    return match.group("words") if match else None


def _continues_with(catchword: str, line: str) -> bool:
    """Whether ``line`` begins with the catchword's words (the last may be cut short).

    A scanner's OCR reads the two copies differently ("I O. Peraturan. . ." above,
    "10. Peraturan" below; "KETIGA..." above "KETICA :"): an item number counts as
    the same when OCR damaged it, and a word of four letters or more when one letter
    differs."""
    label = damaged_number(catchword)
    if label is not None:
        other = damaged_number(line.strip())
        if other is None or other[0] != label[0]:
            return False
        catchword, line = label[1], other[1]
    words, following = catchword.casefold().split(), line.casefold().split()
    if len(following) < len(words) or not words:
        return False
    *whole, last = words
    return all(map(_same_word, whole, following)) and _same_start(last, following[len(whole)])


def _same_word(catchword: str, word: str) -> bool:
    word = word.rstrip(":;,.")
    return catchword == word or (min(len(catchword), len(word)) >= 4 and Levenshtein.distance(catchword, word) <= 1)


def _same_start(catchword: str, word: str) -> bool:
    """The catchword's last word, perhaps cut short, begins ``word``."""
    catchword = catchword.rstrip(".")
    return word.startswith(catchword) or _same_word(catchword, word[: len(catchword)])


def _drop_catchwords(pages: list[list[tuple[int, str]]]) -> list[list[tuple[int, str]]]:
    """Remove a page's last line when it repeats, with an ellipsis, how the next page begins."""
    pages = [list(page) for page in pages]
    for index in range(len(pages) - 1):
        rows = _nonblank(pages[index])
        following = next((p for p in pages[index + 1 :] if _nonblank(p)), None)
        if not rows or following is None:
            continue
        words = _catchword(pages[index][rows[-1]][1])
        # The first line with words: a page number the scanner's OCR damaged ("-\\)-") is not one.
        first = next((text for _, text in following if sum(map(str.isalpha, text)) >= 2), "")
        if words and _continues_with(words, first):
            del pages[index][rows[-1]]
    return pages


def clean_pages(pages: list[Page]) -> list[PageLine]:
    """Remove page numbers, running headers/footers and catchwords; keep the rest.

    ``pages`` is what :func:`split_pages` returns, or a PDF's pages as (line on the
    page, text) pairs.  Blank lines are kept as ``""`` and leading spaces are kept
    (the parser reads indentation); trailing spaces are removed, trailing tabs
    kept (empty cells of a tab-separated row).  ``page_start`` is
    set on the first non-blank kept line of every page after the first -- a blank
    line carries no content for the parser to attach a page break to.
    """
    numbered = [_drop_page_numbers(page, index) for index, page in enumerate(pages, start=1)]
    numbered = _drop_running_lines(numbered)
    numbered = _drop_catchwords(numbered)
    result: list[PageLine] = []
    for page_index, page in enumerate(numbered, start=1):
        marked = page_index == 1
        for line_number, text in page:
            text = text.rstrip(_TRAILING)
            start = not marked and bool(text.strip())
            marked = marked or start
            result.append(PageLine(page=page_index, line=line_number, text=text, page_start=start))
    return result
