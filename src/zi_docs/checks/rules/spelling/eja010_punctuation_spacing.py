"""EJA010: a mark written twice (";;", ",,"), a space before a mark ("tim ;"), none after
one ("Kargo,pos"), and an item label with two periods ("a..")."""

from __future__ import annotations

from collections.abc import Iterable

from ....i18n import Message
from ....storage.regex_cache import regex
from ...context import CheckContext
from ...finding import Finding, Fix, Severity
from ...registry import Rule, register
from ._helpers import prose, remembered, the_kamus

#: the same mark twice, with the word before it; two periods only when no third one
#: follows or precedes (an ellipsis "...", a leader of dots "Nama ......" to fill in,
#: ". . .") and after a word (a table's placeholder "..Kbps" is right)
_DOUBLED = regex(r"(?P<word>[^\W_]*)(?<![.;,:…])(?P<mark>;;|,,|::|\.\.)(?![.;,:…])")
#: a number before ".." is an item label only where an item starts ("…Melayani; 2.. melaksanakan");
#: elsewhere it is a scan's debris ("1 1.." for "11.")
_ITEM_START = regex(r"(?:^|[;:]\s+|\n\s*)$")
#: a space before , ; . after a word (not after a lone letter, an initial, nor after a
#: number: "14 . Peraturan" is an item label that a scan's text ran into the item before;
#: not before "." of a run of dots)
_SPACE_BEFORE = regex(r"(?P<word>[^\W\d_]{2,})(?P<space>[ \t]+)(?P<mark>[,;]|\.(?![.\w]))(?=\s|$)")
#: no space after , ; between two words (letters both sides: "2,5", "S.H.,M.H." and codes
#: are left alone; a colon between words is a ratio, "Rasio Dosen:Mahasiswa")
_NO_SPACE_AFTER = regex(r"(?<![\w.,;:/-])(?P<left>[^\W\d_]{3,}|\))(?P<mark>[,;])(?P<right>[^\W\d_]{3,})(?![\w./@-])")
_LABEL_DOUBLED = regex(r"^\s*[\w()]+\.\.$")
_MARKS_TWICE = (";;", ",,", "::", "..")
#: what _SPACE_BEFORE and _NO_SPACE_AFTER need somewhere in a text: a space right before a
#: mark, a letter right after one
_SPACE_THEN_MARK = regex(r"[ \t][,;.]")
_MARK_THEN_LETTER = regex(r"[,;][^\W\d_]")


def _word(k, word: str) -> bool:
    """A real word, not OCR debris (RUANGLINGKUP): one the dictionary knows, or a name (Capitalised)."""
    if word == ")":
        return True
    if word[0].isupper() and word[1:].islower():
        return True
    return k.known(word)


def _marks(k, text: str) -> list[tuple[str, str, str, bool]]:
    """Each mark wrongly doubled or spaced in ``text``: as written, its fix, its kind and whether
    the fix is safe, in order.  Each pattern runs only where what it needs is in the text (most
    texts have none of it), and a text the decree repeats is read once: the rule went from
    ~8 ms to ~1 ms a check of the bundled example."""
    out: list[tuple[str, str, str, bool]] = []
    # The pattern starts at every letter: most texts have no doubled mark to look for.
    doubled = _DOUBLED.finditer(text) if any(mark in text for mark in _MARKS_TWICE) else ()
    for match in doubled:
        word, mark = match["word"], match["mark"]
        if mark == ".." and (not word or word.isdigit() and not _ITEM_START.search(text, 0, match.start())):
            continue
        # ".." after a word may be an ellipsis with a dot missing: a person decides.
        label = mark == ".." and len(word) <= 2
        out.append((word + mark, word + mark[0], "doubled", mark != ".." or label))
    if _SPACE_THEN_MARK.search(text):
        for match in _SPACE_BEFORE.finditer(text):
            if not _word(k, match["word"]):
                continue
            out.append((match.group(), match["word"] + match["mark"], "before", True))
    if _MARK_THEN_LETTER.search(text):
        for match in _NO_SPACE_AFTER.finditer(text):
            if not (_word(k, match["left"]) and _word(k, match["right"])):
                continue
            out.append((match.group(), f"{match['left']}{match['mark']} {match['right']}", "after", True))
    return out


@register
class PunctuationSpacing(Rule):
    code = "EJA010"
    name = "punctuation-spacing"
    severity = Severity.warning
    summary = Message(
        "tanda baca ganda atau spasi di sekitar tanda baca salah",
        "punctuation mark doubled or wrongly spaced",
    )
    why = Message(
        "Tanda titik, koma, dan titik koma ditulis rapat dengan kata di depannya dan diikuti satu "
        'spasi; satu tanda cukup sekali ("tim;", bukan "tim ;" atau "tim;;"). Label butir ditulis '
        'dengan satu titik ("a.", bukan "a..").',
        "Periods, commas and semicolons stand right after the word before them and are followed by one "
        'space; one mark is written once ("tim;", not "tim ;" or "tim;;"). An item label has one period '
        '("a.", not "a..").',
    )
    source = "Pedoman Umum EYD V, bab III (Pemakaian Tanda Baca), A–D"

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        k = the_kamus(ctx)
        for path, text in ctx.texts():
            if path.endswith(".label") and _LABEL_DOUBLED.match(text):
                yield self._found(ctx, path, text.strip(), text.strip()[:-1], "doubled")
        # what a text holds depends on the text and the dictionary alone: kept for the process like
        # the word answers, as decrees share most of their texts (~1.2 ms a check to read again)
        marks = remembered(ctx, "eja010.marks", lambda text: _marks(k, text))
        for teks in prose(ctx):
            for shown, new, kind, safe in marks(teks.text):
                yield self._found(ctx, teks.path, shown, new, kind, safe=safe)

    def _found(self, ctx: CheckContext, path: str, text: str, new: str, kind: str, *, safe: bool = True) -> Finding:
        if kind == "doubled":
            message = Message(
                f'tanda baca ganda: "{text}", seharusnya "{new}"', f'doubled punctuation: "{text}", should be "{new}"'
            )
        elif kind == "before":
            message = Message(
                f'spasi sebelum tanda baca: "{text}", seharusnya "{new}"',
                f'space before a punctuation mark: "{text}", should be "{new}"',
            )
        else:
            message = Message(
                f'tidak ada spasi sesudah tanda baca: "{text}", seharusnya "{new}"',
                f'no space after a punctuation mark: "{text}", should be "{new}"',
            )
        return ctx.finding(type(self), path, text, message, fix=Fix(text, new, safe=safe))
