"""How two written names are told to be one person.

A decree lists the same person in several teams, and not always the same way:
"Dr. Linda  Marlis, S.H., M.H.", "LINDA MARLIS", "Linda Marlis S.H.", "Ibu Linda Marlis".
:func:`person_key` reduces a name to what tells people apart — the name itself, in lower
case, without honorifics before it, degrees after it, punctuation or extra spaces — and
:func:`same_nip` lets a NIP (when both rows have one) tell two people of one name apart.
The ORG rules and the per-person statements of :mod:`zi_docs.laporan` both use them, so
they agree on who is who.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from ..storage.regex_cache import regex

__all__ = ["nip_digits", "person_key", "same_nip"]

# Honorifics, religious and academic titles written before a name ("Bpk.", "Hj.", "K.H.",
# "Dr. Ir.").  Each needs a dot or a space after it, so "Hadi" and "Irwansyah" keep their
# first letters; "K. H." and "K.H." are one title.
_FRONT = regex(
    r"^(?:(?:prof|drs|dra|drg|dr|ir|hj|h|k\.\s*h|kh|ns|apt|dt|ustadzah|ustadz|ust|bpk|bapak|ibu|sdri|sdra|sdr|tn|ny|nn)"
    r"(?:\.\s*|\s+))+"
)

# A NIP pasted into the name cell: "Linda Marlis NIP. 19800101 200501 2 001".
_NIP = regex(r"\bnip\b\.?\s*:?\s*[\d\s.]*|\d[\d\s]{7,}\d")

# Degrees written after a comma: "S.H.", "M.Si", "A.Md.Kom.", "Ph.D.", and the dotless
# "SH", "ST", "MBA", "Ak" (after a comma nothing else is written).
_DEGREE_AFTER_COMMA = regex(r"(?:[a-z]{1,4}\.){1,4}[a-z]{0,4}|[a-z]{1,5}")

# A degree written after the name without a comma must carry a dot and begin as Indonesian
# degrees do (Sarjana, Magister, Doktor, Ahli madya, Ph.D.): "S.H.", "M.Si", "A.Md."; a
# lone initial ("Ahmad R.") is part of the name.
_DEGREE_AFTER_NAME = regex(r"(?=[^.]*\.)(?=(?:[a-z]\.?){2})[smdap](?:\.?[a-z]{1,4}){1,3}\.?")


def _plain(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def nip_digits(nip: str | None) -> str | None:
    """A NIP's digits, for comparing ("19800101 200501 2 001" = "198001012005012001"); ``None`` when empty."""
    return re.sub(r"\D", "", nip or "") or None


def same_nip(a: str | None, b: str | None) -> bool:
    """Whether two NIPs allow two rows to be one person: equal, or at least one missing."""
    a, b = nip_digits(a), nip_digits(b)
    return a is None or b is None or a == b


@functools.lru_cache(maxsize=4096)
def person_key(nama: str) -> str:
    """``"Dr. Linda  Marlis, S.H., M.H."`` → ``"linda marlis"``: the name without titles, for comparing.

    Remembered for the process (a pure function of the text): the rules on members ask it of
    every row again, some 370 times a check of the bundled example.

    Removed: honorifics and titles before the name (Bpk., Ibu, Sdr., H., Hj., K.H., Dr., Ir.,
    Prof. …), degrees after it (after a comma, or dotted right after the name), a NIP written
    into the name, punctuation, case and extra spaces.  The empty string for a name that is
    only a title.
    """
    text = _NIP.sub(" ", _plain(nama))
    head, *tail = text.split(",")
    tail = [part for part in tail if not _DEGREE_AFTER_COMMA.fullmatch(part.replace(" ", ""))]
    head = head.strip()
    stripped = _FRONT.sub("", head)
    if stripped.strip(" ."):  # "Ibu" alone stays a name
        head = stripped
    words = head.split()
    while len(words) > 1 and _DEGREE_AFTER_NAME.fullmatch(words[-1]):
        words.pop()
    words += [w for part in tail for w in part.split()]
    # "M.Hady" = "M. Hady"; "Ma'ruf" = "Maruf"; "Abdul-Somad" = "Abdul Somad".
    joined = re.sub(r"['\u2019`]", "", " ".join(words))
    return " ".join(re.sub(r"[^\w]|_", " ", joined).split())
