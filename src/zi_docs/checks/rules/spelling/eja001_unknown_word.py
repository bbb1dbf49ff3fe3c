"""EJA001: a word that is in no dictionary (KBBI via hunspell-id, and our own lists)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ....i18n import Message
from ....language.spelling import Kamus, Token, camel_split, compound_single, glued_preposition, glued_words, unmelted
from ...context import CheckContext
from ...finding import Finding, Fix, Severity
from ...registry import Rule, register
from ._helpers import Teks, extra_words, memo, names, prose, the_kamus


def _plain(word: str) -> bool:
    """Not a short word, an acronym or a word with capitals inside (see :func:`_checked`)."""
    return not (len(word) < 3 or word.isupper() or any(c.isupper() for c in word[1:]))


def _checked(
    tok: Token, next_tok: Token | None, teks: Teks, seen_names: frozenset[str], plain: Callable[[str], bool] = _plain
) -> bool:
    """Whether a token is an ordinary word that the dictionary should know.

    Left out: codes, one-letter labels, words in capitals (acronyms, headings), words
    with capitals inside (KemenPANRB; EJA006 reads those), and capitalised words in the
    middle of a sentence, which are names and titles.  A capitalised word at the start
    of a sentence is checked unless it is followed by another capitalised word (a name:
    "Ali Yamin …") or is used as a name elsewhere in the decree."""
    word = tok.text
    if tok.in_code or teks.heading or not plain(word):
        return False
    if word[0].isupper():
        if not tok.sentence_start or word in seen_names:
            return False
        if next_tok is not None and next_tok.text[:1].isupper() and teks.text[tok.end : next_tok.start].strip() == "":
            return False
    return True


def handled_elsewhere(k: Kamus, word: str, extra: frozenset[str]) -> bool:
    """Reported by a more precise rule (EJA002/003/004/006): not reported twice."""
    return bool(
        k.baku(word)
        or unmelted(k, word)
        or glued_preposition(k, word)
        or compound_single(k, word)
        or camel_split(k, word)
        or glued_words(k, word, extra)
    )


@register
class UnknownWord(Rule):
    code = "EJA001"
    name = "unknown-word"
    severity = Severity.warning
    summary = Message("kata tidak ada dalam kamus", "word not in the dictionary")
    why = Message(
        "Kata yang tidak dikenal kamus biasanya salah ketik (pembanguan, sekertariat).  Nama orang, "
        "nama diri di tengah kalimat, singkatan, kode, dan istilah asing yang lazim tidak diperiksa; "
        "kata setempat yang benar dapat ditambahkan pada extra-words di konfigurasi.",
        "A word the dictionary does not know is usually a typo (pembanguan, sekertariat).  Person "
        "names, proper nouns inside a sentence, acronyms, codes and common foreign terms are not "
        "checked; a correct local word can be added to extra-words in the configuration.",
    )
    source = "KBBI daring (kamus hunspell-id); Pedoman Umum EYD V"

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        k = the_kamus(ctx)
        extra = extra_words(ctx)
        seen_names = names(ctx)
        verdicts: dict[str, bool] = ctx.cache.setdefault("eja.unknown", {})
        plain = memo(ctx, "eja001.plain", _plain)
        for teks in prose(ctx):
            reported: set[str] = set()
            toks = teks.tokens
            for i, tok in enumerate(toks):
                if tok.text in reported or not _checked(
                    tok, toks[i + 1] if i + 1 < len(toks) else None, teks, seen_names, plain
                ):
                    continue
                word = tok.text
                bad = verdicts.get(word)
                if bad is None:
                    low = word.lower()
                    bad = not (low in extra or k.known(low, extra) or handled_elsewhere(k, word, extra))
                    verdicts[word] = bad
                if not bad:
                    continue
                reported.add(word)
                suggestions = k.suggest(word)
                if suggestions:
                    listed = ", ".join(suggestions)
                    message = Message(
                        f'"{word}" tidak ada dalam kamus; mungkin: {listed}',
                        f'"{word}" is not in the dictionary; did you mean: {listed}',
                    )
                else:
                    message = Message(f'"{word}" tidak ada dalam kamus', f'"{word}" is not in the dictionary')
                fix = Fix(word, suggestions[0], safe=False) if suggestions else None
                yield ctx.finding(type(self), teks.path, word, message, fix=fix)
