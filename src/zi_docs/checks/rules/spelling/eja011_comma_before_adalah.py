"""EJA011: a comma between the subject and "adalah"/"ialah" (Tugas Tim …, adalah:)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ....i18n import Message
from ....storage.regex_cache import regex
from ...context import CheckContext
from ...finding import Finding, Fix, Severity
from ...registry import Rule, register
from ._helpers import memo, prose

#: ", adalah" / ", ialah" with the words before it back to the start of the clause; a
#: clause starts at the text's start or after . ; : (a list item, a new sentence)
_COMMA = regex(r"(?P<before>[^.;:\n]*?)(?P<mark>\s*,\s*)(?P<verb>adalah|ialah)\b", re.IGNORECASE)
#: a comma before one of these starts a new clause of a compound sentence (EYD V III.B)
_CLAUSE = regex(r",\s+(?:sedangkan|tetapi|melainkan|namun)\s", re.IGNORECASE)
#: an item's place in its list: "diktum[3].teks" → "diktum"
_PARENT = regex(r"\[\d+\](?:\.teks)?$")
#: the words shown with the comma: the last few before it
_SHOWN = 4


#: what a match of _COMMA ends with; _COMMA itself scans each clause from every word in it
_COMMA_VERB = regex(r",\s*(?:adalah|ialah)\b", re.IGNORECASE)


def _commas(text: str) -> list[tuple[str, str, str]]:
    """Each comma before adalah/ialah in ``text`` that cuts a subject off: the words shown,
    the comma with its spaces, the verb."""
    if not _COMMA_VERB.search(text):
        return []
    out = []
    for match in _COMMA.finditer(text):
        before = _CLAUSE.split(match["before"])[-1]
        words = before.split()
        # Another comma in the same clause may open an inserted remark that this one
        # closes ("Tim, sebagaimana dimaksud …, adalah"); a subject of one word is an
        # address or a heading rather than a subject.
        if "," in before or len(words) < 2:
            continue
        out.append((" ".join(words[-_SHOWN:]) + match["mark"] + match["verb"], match["mark"], match["verb"]))
    return out


@register
class CommaBeforeAdalah(Rule):
    code = "EJA011"
    name = "comma-before-adalah"
    severity = Severity.warning
    summary = Message('tanda koma sebelum "adalah"/"ialah"', 'comma before "adalah"/"ialah"')
    why = Message(
        'Tanda koma tidak memisahkan subjek dari predikatnya: "Tugas Tim sebagaimana dimaksud dalam '
        'Diktum KESATU adalah:", bukan "…KESATU, adalah:". EYD V memakai koma untuk perincian, anak '
        "kalimat yang mendahului induknya, ungkapan penghubung, dan keterangan tambahan yang diapit dua "
        "koma; koma tunggal di antara subjek dan predikat tidak termasuk.",
        'A comma does not separate the subject from its predicate: "Tugas Tim sebagaimana dimaksud dalam '
        'Diktum KESATU adalah:", not "…KESATU, adalah:". EYD V uses the comma in lists, after a '
        "subordinate clause that comes first, after connectives and around an inserted remark (a pair of "
        "commas); a single comma between subject and predicate is none of these.",
    )
    source = "Pedoman Umum EYD V, bab III.B (Tanda Koma)"

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        lists: set[str] = set()
        commas = memo(ctx, "eja011.commas", _commas)  # a text the decree repeats is read once
        for teks in prose(ctx):
            if "dalah" not in teks.text and "alah" not in teks.text:
                continue
            for shown, mark, verb in commas(teks.text):
                # The same construction again in another item of one list (the diktum, a
                # Lampiran's paragraphs) is one correction for the drafter: the first is
                # the warning, the rest are noted.
                parent = _PARENT.sub("", teks.path)
                again = parent in lists
                lists.add(parent)
                yield ctx.finding(
                    type(self),
                    teks.path,
                    shown,
                    Message(
                        f'tanda koma sebelum "{verb}" dihapus: subjek tidak dipisahkan dari predikatnya',
                        f'remove the comma before "{verb}": the subject is not cut off from its predicate',
                    ),
                    fix=Fix(mark + verb, " " + verb, safe=True),
                    severity=Severity.info if again else None,
                )
