"""The body: Menimbang / Mengingat / Memperhatikan / Menetapkan, MEMUTUSKAN, diktum, list markers."""

from __future__ import annotations

import functools
import re

from rapidfuzz.distance import Levenshtein

from ..language.numbers import ordinal
from ..storage.regex_cache import regex
from .form import Form
from .ordinals import DIKTUM_ORDINAL

#: The separator the label column prints between a keyword or diktum label and its text.
LABEL_SEPARATOR = ":"

#: The keywords of the considerations and of the enactment, in their legal order.
KEYWORDS = ("Menimbang", "Mengingat", "Memperhatikan", "Menetapkan")
#: The recital some offices print before Menimbang: the letters or reports read ("Membaca : Surat …").
#: Read with Memperhatikan (documents taken into account); the templates never print it.
READ_KEYWORD = "Membaca"
#: Any of :data:`KEYWORDS` (or :data:`READ_KEYWORD`), with or without its colon, the text after it in group 2.
#: Letters may stand spaced ("M e n g i n g a t :"), as some offices print them.  The first
#: letter is a capital: "menetapkan" alone on a line is a word of a sentence that wrapped.
_KEYWORD_WORDS = "|".join(f"(?-i:{word[0]})[ ]?" + r"[ ]?".join(word[1:]) for word in (*KEYWORDS, READ_KEYWORD))
KEYWORD = regex(rf"^({_KEYWORD_WORDS})\s*(?::|$)\s*(.*)$", re.IGNORECASE)
#: A keyword whose colon OCR or a typist dropped, its text after a tab or a column gap
#: ("Menetapkan<tab>KEPUTUSAN DIREKTUR …"); read on the line as printed.
KEYWORD_NO_COLON = regex(rf"^({_KEYWORD_WORDS})(?:\t|\s{{2,}})(\S.*)$", re.IGNORECASE)


def keyword_word(matched: str) -> str:
    """The keyword as :data:`KEYWORDS` spells it, from what :data:`KEYWORD` matched: ``"M E N G I N G A T"`` →
    ``"Mengingat"``."""
    return matched.replace(" ", "").capitalize()


MENIMBANG = Form("Menimbang", KEYWORD, ("Menimbang :", "MENIMBANG:", "Menimbang : a. bahwa"))
MENGINGAT = Form("Mengingat", KEYWORD, ("Mengingat :", "MENGINGAT : 1. Undang-Undang", "M e n g i n g a t : 1. Undang"))
MEMPERHATIKAN = Form("Memperhatikan", KEYWORD, ("Memperhatikan :", "MEMPERHATIKAN:", "Membaca : Surat Kepala Badan"))
MENETAPKAN = Form("Menetapkan", KEYWORD, ("Menetapkan :", "MENETAPKAN : KEPUTUSAN KETUA"))

MEMUTUSKAN = Form(
    "MEMUTUSKAN:",
    regex(r"^M\s*E\s*M\s*U\s*T\s*U\s*S\s*K\s*A\s*N\s*:?\s*$", re.IGNORECASE),
    ("MEMUTUSKAN", "M E M U T U S K A N :", "Memutuskan:"),
)


def diktum_label(number: int) -> str:
    """``2`` → ``"KEDUA"``."""
    return ordinal(number)


#: The printed form is the row as read: label cell, colon cell, text.
DIKTUM = Form(
    "KESATU :",
    regex(rf"^(?P<label>{DIKTUM_ORDINAL})\s*:\s*(?P<rest>.*)$", re.IGNORECASE),
    ("KESATU : Membentuk", "KEDUA BELAS :", "Kedua : ", "KE DUA : Tim", "PERTAMA:"),
)
#: OCR and hand-typed drafts sometimes drop the colon: "Kesatu      Mengangkat …".
DIKTUM_NO_COLON = regex(rf"^(?P<label>{DIKTUM_ORDINAL})(?:\t|\s{{2,}})(?P<rest>\S.*)$", re.IGNORECASE)
#: A regulation's article, read where a decree numbers its diktum so.
#: OCR reads the l of "Pasal" as "]" ("Pasa] 4").
#: An amending regulation numbers its own articles in Roman numerals (Pasal I, Pasal II; OCR
#: reads "Pasal I" as "Pasall"); the Arabic articles between them are the amended text it quotes.
PASAL = Form(
    "Pasal 1",
    regex(r"^(?P<label>Pasa[l\]]\s*(?:(?P<roman>[IVX]{1,4}|l)|\s\d+[A-Z]?))\s*$"),
    ("Pasal 12A", "Pasal II", "Pasall", "Pasa] 4"),
)

#: List markers by depth when an item prints no label of its own: a. → 1. → a) → 1).
LIST_MARKERS = ("a.", "1.", "a)", "1)")


def list_marker(level: int, number: int) -> str:
    """The marker of the ``number``-th item (from 1) at depth ``level`` (from 1): ``(3, 2)`` → ``"b)"``."""
    scheme = LIST_MARKERS[(level - 1) % len(LIST_MARKERS)]
    if scheme[0] == "1":
        return f"{number}{scheme[-1]}"
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("a") + rest) + letters
    return letters + scheme[-1]


#: A list item: its marker (``a.``, ``12.``, ``b)``, ``3)``) and its text.
ITEM = Form(
    "a.",
    regex(r"^(?P<label>(?:[a-z]|\d{1,3})[.)])(?:\s+|\t|$)(?P<rest>.*)$"),
    ("a. bahwa", "1. Undang-Undang", "b) huruf", "12) angka", "3.\tteks"),
)


#: An item number as OCR damages it: "7," for "7.", "I l." for "11.", "t2." for "12.", "1O." for "10.".
DAMAGED_NUMBER = regex(r"^(?P<number>[0-9IlOt](?: ?[0-9IlOt]){0,2})[.,](?:\s+|\t)(?P<rest>\S.*)$")
#: What OCR reads for digits in a number ("I l." for "11.", "1O" for "10"), repaired.
OCR_DIGITS = str.maketrans({"I": "1", "l": "1", "t": "1", "O": "0", " ": ""})


def damaged_number(text: str) -> tuple[int, str] | None:
    """An item number as OCR may have damaged it, read, and the text after it:
    ``"I O. Peraturan"`` → ``(10, "Peraturan")``; None when ``text`` does not begin with one."""
    m = DAMAGED_NUMBER.match(text)
    if not m:
        return None
    digits = m["number"].translate(OCR_DIGITS)
    return (int(digits), m["rest"]) if digits.isdigit() else None


def repaired_item(text: str, expected: int) -> str | None:
    """``text`` with its number repaired, when OCR damaged the number that was ``expected`` there
    (the one after the previous item's): ``("t2. Peraturan …", 12)`` → ``"12. Peraturan …"``."""
    read = damaged_number(text)
    if read is None or read[0] != expected or not read[1][:1].isupper():
        return None
    return f"{expected}. {read[1]}"


#: A line's first word standing as a label: letters only, then a colon or nothing.
_LABEL_WORD = regex(r"^(?P<word>[A-Za-z]{6,})(?P<rest>\s*(?::.*)?)$", re.DOTALL)


@functools.cache
def _label_words() -> tuple[tuple[str, bool], ...]:
    """The labels OCR damages, each with whether it is written in capitals only: the keywords
    of eight letters or more (shorter ones are a letter away from ordinary words, "Membaca"
    from "membawa") and the diktum ordinals of one word (KESATU … KESEMBILAN, PERTAMA)."""
    keywords = tuple((word, False) for word in KEYWORDS if len(word) >= 8)
    ordinals = tuple((ordinal(n), True) for n in range(1, 10)) + (("PERTAMA", True),)
    return keywords + ordinals


def repaired_label(text: str) -> str:
    """``text`` with its first word repaired where a scanner's OCR damaged a keyword or a diktum
    ordinal by one letter and the colon follows: ``"Memperhatikar : Surat"`` →
    ``"Memperhatikan : Surat"``, ``"KETICA : Segala"`` → ``"KETIGA : Segala"``.  Anything
    else is returned as it is.  Hand-written: the labels are few and known, and the
    colon after them is what makes the guess safe."""
    m = _LABEL_WORD.match(text)
    if not m:
        return text
    word = m["word"]
    near = [
        label
        for label, capitals in _label_words()
        if (word.isupper() or not capitals)
        and word[0] == label[0]
        and word.casefold() != label.casefold()
        and Levenshtein.distance(word.casefold(), label.casefold()) == 1
    ]
    if len(near) != 1:
        return text
    label = near[0].upper() if word.isupper() else near[0]
    return label + m["rest"]
