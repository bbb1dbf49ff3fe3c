"""EJA005: a word or phrase written twice in a row (bahwa bahwa; dalam upaya … dalam upaya …)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ....i18n import Message
from ....language.spelling import Kamus, tokens
from ....storage.regex_cache import regex
from ...context import CheckContext
from ...finding import Finding, Fix, Severity
from ...registry import Rule, register
from ._helpers import prose, remembered, the_kamus

#: Between the two copies only plain spaces: a wider gap, a line break or punctuation
#: means two table cells merged by a reader, or a list, not a slip of the pen.
_JOIN = regex(r"^ ?$")
#: Words that repeat legitimately in legal prose ("yang … yang" is never adjacent, but
#: a year or a number can be: "Tahun 2025 2025" is still reported, digits are not words).
MAX_PHRASE = 6


@register
class RepeatedWords(Rule):
    code = "EJA005"
    name = "repeated-words"
    severity = Severity.error
    summary = Message("kata atau frasa tertulis dua kali", "word or phrase written twice")
    why = Message(
        "Kata atau frasa yang tertulis dua kali berturut-turut adalah salah tulis dan harus dihapus "
        "salah satunya.  Kata ulang ditulis dengan tanda hubung (masing-masing), bukan dengan spasi.",
        "A word or phrase written twice in a row is a slip and one copy must go.  A reduplicated "
        "word is written with a hyphen (masing-masing), not with a space.",
    )
    source = "Pedoman Umum EYD V, bab II.D (Kata Ulang)"

    @staticmethod
    def _layout(text: str, toks: list, i: int, n: int) -> bool:
        """A repeat that a table layout makes, not a writer: a column label merged with
        its cell ("5. Waktu Waktu penyelesaian …", "PENGADUAN Pengaduan"), or one letter."""
        first, second = toks[i].text, toks[i + n].text
        if n == 1 and len(first) < 2:
            return True
        if first != second and (first.isupper() or second.isupper()):
            return True
        before = text[: toks[i].start].strip()
        opens_cell = not before or bool(re.fullmatch(r"[\dA-Za-z]{1,3}[.)]", before))
        return opens_cell and first[:1].isupper() and first.lower() != "bahwa"

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        k = the_kamus(ctx)
        # what a text repeats depends on the text and the dictionary alone: kept for the process
        # like the word answers (decrees share most of their texts; ~1.5 ms a check to read again)
        repeats = remembered(ctx, "eja005.repeats", lambda text: tuple(self._repeats(k, text)))
        for teks in prose(ctx):
            # a wide table a reader joined: "Mahasiswa | Mahasiswa" are two cells
            if teks.joined:
                continue
            for text, once, right in repeats(teks.text):
                if right is not None:
                    # "masing masing": a reduplication without its hyphen
                    message = Message(
                        f'kata ulang ditulis dengan tanda hubung: "{right}", bukan "{text}"',
                        f'a reduplicated word takes a hyphen: "{right}", not "{text}"',
                    )
                    yield ctx.finding(type(self), teks.path, text, message, fix=Fix(text, right, safe=True))
                else:
                    message = Message(
                        f'"{once}" tertulis dua kali berturut-turut',
                        f'"{once}" is written twice in a row',
                    )
                    yield ctx.finding(type(self), teks.path, text, message, fix=Fix(text, once, safe=False))

    def _repeats(self, k: Kamus, whole: str) -> Iterable[tuple[str, str, str | None]]:
        """Each repeat in a text: as written, the words once, and the reduplication it is
        (``None`` for a word or phrase written twice)."""
        toks = [t for t in tokens(whole) if not t.in_code]
        words = [t.text.casefold() for t in toks]
        if len(set(words)) == len(words):
            return  # no word twice, let alone twice in a row
        # a repeat starts at a word that comes again at most MAX_PHRASE words on: only at
        # those are phrases compared (most texts have none)
        again: set[str] = set()
        last: dict[str, int] = {}
        for i, word in enumerate(words):
            if i - last.get(word, -MAX_PHRASE - 1) <= MAX_PHRASE:
                again.add(word)
            last[word] = i
        if not again:
            return
        i = 0
        while i < len(toks):
            if words[i] not in again:
                i += 1
                continue
            found = 0
            for n in range(min(MAX_PHRASE, (len(toks) - i) // 2), 0, -1):
                if words[i] != words[i + n] or words[i : i + n] != words[i + n : i + 2 * n]:
                    continue
                # every gap inside both copies and between them is a single space
                if all(_JOIN.match(whole[toks[j].end : toks[j + 1].start]) for j in range(i, i + 2 * n - 1)):
                    found = n
                    break
            if not found:
                i += 1
                continue
            n = found
            if self._layout(whole, toks, i, n):
                i += 1
                continue
            start, end = toks[i].start, toks[i + 2 * n - 1].end
            text = whole[start:end]
            once = whole[start : toks[i + n - 1].end]
            if n == 1 and k.is_form(f"{words[i]}-{words[i]}"):
                yield text, once, f"{toks[i].text}-{toks[i + 1].text}"
            else:
                yield text, once, None
            i += 2 * n
