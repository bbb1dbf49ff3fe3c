"""LAMPIRAN and its numeral: the attachment heading, the PDF outline, references in the text."""

from __future__ import annotations

import re

from ..language.numbers import to_roman
from ..storage.regex_cache import regex
from .form import Form

#: A Roman numeral as attachments, plan sections and some lists are numbered (I … C).
ROMAN_NUMERAL = r"[IVXLC]+"
#: A table cell that holds only a Roman numeral ("II", "IV."): a plan's section row.
ROMAN_CELL = regex(rf"^{ROMAN_NUMERAL}\.?$")

#: The first line of an attachment's header block: "LAMPIRAN", "LAMPIRAN I", "LAMPIRAN 2",
#: with the rest of the line (a header table joined to one line) in ``rest``.
LAMPIRAN = Form(
    "LAMPIRAN",
    regex(rf"^LAMPIRAN\b(?:\s+(?P<nomor>{ROMAN_NUMERAL}|\d{{1,2}})\b)?\s*:?\s*(?P<rest>.*)$", re.IGNORECASE),
    ("LAMPIRAN I", "Lampiran II", "LAMPIRAN 2", "LAMPIRAN : KEPUTUSAN KETUA", "LAMPIRAN IV KEPUTUSAN"),
)


def lampiran_label(nomor: str | int | None) -> str:
    """``"LAMPIRAN"`` for a single attachment, ``"LAMPIRAN II"`` for the second (``2`` or ``"II"``)."""
    if isinstance(nomor, int):
        nomor = to_roman(nomor)
    return f"{LAMPIRAN.printed} {nomor}" if nomor else LAMPIRAN.printed


#: A page line that is just an attachment's label (the PDF outline's entries).
LAMPIRAN_LINE = regex(rf"^LAMPIRAN(?:\s+({ROMAN_NUMERAL}|\d+))?\s*$")

#: After "Lampiran": another regulation's attachment, not this decree's.
NOT_ANOTHER_REGULATION = r"(?!\s+(?:Peraturan|Undang|Keputusan\s+(?!ini)|Surat|Instruksi))"


def lampiran_list(join: str) -> str:
    """The numerals of a reference ("I", "I dan II", "I sampai dengan Lampiran III") as
    the group ``list``; ``join`` is the pattern between two numerals."""
    return rf"(?P<list>{ROMAN_NUMERAL}\b(?:{join}(?:Lampiran\s+)?{ROMAN_NUMERAL}\b)*)"
