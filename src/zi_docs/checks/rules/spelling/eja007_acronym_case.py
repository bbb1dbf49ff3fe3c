"""EJA007: one acronym written in two cases in one decree (ZI and Zi, KPU and Kpu)."""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from collections.abc import Iterable
from itertools import pairwise

from ....i18n import Message
from ....language.gazetteer import kata_tempat
from ...context import CheckContext
from ...finding import Finding, Fix, Severity
from ...registry import Rule, register
from ._helpers import prose, the_kamus


def _own_acronym(form: str) -> bool:
    """A capital after a small letter (PkM, KemenPANRB) is written on purpose: the small
    letter is a word of its own ("Pengabdian kepada Masyarakat"), so PkM is another
    acronym than PKM (Program Kreativitas Mahasiswa), not a slip."""
    return any(a.islower() and b.isupper() for a, b in pairwise(form))


# a pure function of the decree's words, whose set is the same frozenset each check of a
# decree (hashed and compared in C): folding the case of each of ~1000 words was ~0.5 ms a check
@functools.lru_cache(maxsize=64)
def _written_two_ways(words: frozenset[str]) -> dict[str, frozenset[str]]:
    """The words of 2 to 12 letters that are written in more than one way, by their case-folded form."""
    ways: dict[str, set[str]] = defaultdict(set)
    for word in words:
        if 2 <= len(word) <= 12:
            ways[word.casefold()].add(word)
    return {key: frozenset(forms) for key, forms in ways.items() if len(forms) > 1}


def _may_differ(k, key: str, forms: set[str]) -> bool:
    """Whether a word written in these ways can be reported at all (what ``check`` asks of a
    term next): a term of ours not in small letters, or a short one written once in capitals.
    "Dalam" and "dalam" are two ways too, and the commonest."""
    known = k.istilah.get(key)
    if known is not None and not known.islower():
        return True
    return len(key) <= 5 and any(f.isupper() for f in forms)


@register
class AcronymCase(Rule):
    code = "EJA007"
    name = "acronym-case"
    severity = Severity.warning
    summary = Message("singkatan ditulis dengan huruf yang berbeda-beda", "acronym written in different cases")
    why = Message(
        "Singkatan dan akronim nama ditulis dengan huruf kapital (ZI, KPU, SOP) dan sama di seluruh "
        "naskah; bentuk seperti Zi atau Kpu adalah salah tulis.",
        "Acronyms are written in capitals (ZI, KPU, SOP) and the same way throughout the document; "
        "forms such as Zi or Kpu are slips.",
    )
    source = "Pedoman Umum EYD V, bab I.B (Huruf Kapital) dan bab II.H (Singkatan dan Akronim)"

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        k = the_kamus(ctx)
        seen: dict[str, Counter[str]] = defaultdict(Counter)
        places: dict[tuple[str, str], dict[str, None]] = defaultdict(dict)  # ordered set of paths
        # a title in capitals says nothing about how a term is written
        texts = [teks for teks in prose(ctx) if not teks.heading]
        # only a word written in two ways is counted: found from the distinct words first, so
        # the occurrences are counted only in the few texts that hold one (none, most often)
        ways = _written_two_ways(frozenset().union(*(teks.words for teks in texts)))
        twice = {form for key, forms in ways.items() if len(forms) > 1 and _may_differ(k, key, forms) for form in forms}
        for teks in texts:
            if teks.words.isdisjoint(twice):
                continue
            for tok in teks.tokens:
                if tok.in_code or tok.text not in twice:
                    continue
                key = tok.text.casefold()
                seen[key][tok.text] += 1
                places[(key, tok.text)][teks.path] = None
        for key, forms in seen.items():
            if len(forms) < 2:
                continue
            known = k.istilah.get(key)
            if known is not None and not known.islower():
                right = known
            else:
                # an unknown all-capital form is an acronym only if it is short and not a
                # word or a name (SURAKARTA and Surakarta are both right)
                # (SURAKARTA and Surakarta, KUTAI and Kutai are both right)
                if len(key) > 5 or not any(f.isupper() for f in forms) or k.known(key) or key in kata_tempat():
                    continue
                right = max(forms, key=lambda f: (f.isupper(), forms[f]))
            for form in forms:
                # lowercase or sentence-case words may be ordinary words (sop = soup);
                # only forms that mix the acronym's letters in another case are reported
                if form == right or form.islower():
                    continue
                if known is None and any(_own_acronym(f) for f in forms):
                    break  # PKM, PkM and Pkm: which acronym a form means cannot be told
                if form.upper() != right.upper():
                    continue
                for path in places[(key, form)]:
                    yield ctx.finding(
                        type(self),
                        path,
                        form,
                        Message(
                            f'"{form}" ditulis "{right}" (seperti di bagian lain keputusan ini)',
                            f'"{form}" is written "{right}" (as elsewhere in this decree)',
                        ),
                        fix=Fix(form, right, safe=True),
                    )
