"""The words of a text, with where they are and whether a sentence starts with them."""

from __future__ import annotations

import functools
from typing import NamedTuple

from ...storage.regex_cache import regex
from .morphology import LETTER


class Token(NamedTuple):
    """A word in a text: where it is, and whether a sentence starts with it."""

    text: str
    start: int
    end: int
    sentence_start: bool
    in_code: bool = False
    """Part of a code, number, e-mail or URL (``ORT.07-Kpt``, ``kpu.go.id``)."""


_WORD_TEXT = rf"[{LETTER}]+(?:['’-][{LETTER}]+)*"
_WORD = regex(_WORD_TEXT)
#: a run of non-space characters; group 1 when the whole run is one bare word (the common case,
#: told in the same search instead of a second match of each run)
_CHUNK = regex(rf"({_WORD_TEXT})(?!\S)|\S+")
_CODE = regex(r"\d|@|_|://|^www\.|\w\.\w")
#: what ends a sentence or starts a new item inside one text field
_BREAK = regex(r"[.!?:;]\s*$|^\s*[-•*]\s*$")


_LEAD = regex(rf"[{LETTER}0-9]")
#: builds a Token without the Python-level ``__new__`` of a NamedTuple (a check makes thousands)
_new_token = tuple.__new__


@functools.lru_cache(maxsize=16384)
def tokens(text: str) -> list[Token]:
    """The words of ``text``.  A word starts a sentence at the start of the text,
    after . ! ? : ; or a bullet, or after a gap of two spaces or a line break (table
    cells merged by a reader).

    Remembered for the process (do not change the list returned): decrees share most
    of their texts (Menimbang, Mengingat, titles, team names), and a batch check
    tokenised them again for every decree."""
    out: list[Token] = []
    append = out.append
    boundary = True
    prev_end = 0
    for chunk in _CHUNK.finditer(text):
        start, end = chunk.span()
        if start - prev_end > 1:  # a one-character gap holds no line break, tab or two spaces
            gap = text[prev_end:start]
            if "\n" in gap or "\t" in gap or "  " in gap:
                boundary = True
        elif start > prev_end and text[prev_end] in "\n\t":
            boundary = True
        plain = chunk.group(1)
        if plain is not None:
            # The common case, a bare word: no lead, not a code, no sentence break after it.
            append(_new_token(Token, (plain, start, end, boundary, False)))
            boundary = False
            prev_end = end
            continue
        piece = chunk.group()
        code = bool(_CODE.search(piece.strip(".,;:()[]\"'")))
        first = True
        for m in _WORD.finditer(piece):
            starts = boundary and first and not _LEAD.search(piece, 0, m.start())
            append(_new_token(Token, (m.group(), start + m.start(), start + m.end(), starts, code)))
            first = False
        boundary = bool(_BREAK.search(piece)) or piece in ("-", "•", "*")
        prev_end = end
    return out
