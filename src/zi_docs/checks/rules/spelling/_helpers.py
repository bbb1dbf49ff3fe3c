"""What the spelling rules read: the decree's running text, tokenised once per run.

Fields that are not prose are left out (labels, numbers, enum values, NIPs), person
names are left out (a name is not a dictionary word), and the parts of a Mengingat or
Memperhatikan item that repeat its ``teks`` are left out so that a word is reported once.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Collection, Iterable
from typing import Any, NamedTuple

from ....language.spelling import (
    Kamus,
    Token,
    camel_split,
    compound_single,
    cut_short,
    glued_preposition,
    glued_words,
    kamus,
    scan_swap,
    tokens,
    unmelted,
)
from ....storage.regex_cache import regex
from ...classify import klasifikasi
from ...context import CheckContext

_SKIP_END = regex(
    r"\.(label|nomor|tahun|nip|area|berkala|tanda_tangan|jenis|pangkat_golongan|terbilang|satuan|berkas)$"
)
#: repeats of a Mengingat/Memperhatikan item's own text, and text a reader could not
#: place (page headers, a fixture's provenance line, OCR noise: no place to report at)
_SKIP_INSIDE = regex(r"\.peraturan\.|\.perubahan\[|\.dokumen\.|\.lokasi\.|^tidak_terurai")
#: person names: table rows and signatures (kelompok[].nama is a team name and is read)
_PERSON = regex(r"(anggota\[\d+\]|penetapan|penandatanganan|salinan)\.nama$")


class Teks(NamedTuple):
    """A prose text of the decree, where it is, and what the rules read of it.  A named tuple:
    a decree has some 460 of them, and a frozen dataclass took ~0.7 ms a check to build them."""

    path: str
    text: str
    tokens: list[Token]
    heading: bool
    """Written in capitals (a heading, a title): case says nothing there."""
    words: frozenset[str]
    """Its words outside codes (:attr:`Token.in_code`), each once: what the rules that judge
    a word by itself look up, so a text none of whose words they flag is not walked again."""
    capitalised: frozenset[str]
    """Its words with a capital (not all in capitals) inside a sentence, codes included."""
    joined: bool
    """The cells of a table a reader joined (:meth:`~zi_docs.checks.classify.Klasifikasi.cells_joined`)."""


def tokens_of(ctx: CheckContext, text: str) -> list[Token]:
    """``tokens(text)``, computed once per text in a run: a decree repeats many of its
    texts (a signatory's title, a member's position), and several rules read them."""
    table: dict[str, list[Token]] = ctx.cache.setdefault("eja.tokens", {})
    found = table.get(text)
    if found is None:
        found = table[text] = tokens(text)
    return found


def memo(ctx: CheckContext, name: str, function: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``function(word)`` remembered for the run under ``name``: a decree uses a few
    hundred words thousands of times, and the dictionary look-ups are pure."""
    return _memoized(ctx.cache.setdefault(f"eja.memo.{name}", {}), function)


def _memoized(table: dict[Any, Any], function: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``function`` answering from ``table`` first, and keeping there what it answers."""

    def cached(word: Any) -> Any:
        try:
            return table[word]
        except KeyError:
            result = table[word] = function(word)
            return result

    return cached


#: Answers about a word kept for the process, one table per question, dictionary and set of
#: the team's extra words (see :func:`remembered`).
_WORD_ANSWERS: dict[tuple[str, Kamus, frozenset[str]], dict[Any, Any]] = {}
#: a table past this many words starts again: a bound on the memory of a long batch
WORD_ANSWERS_MAX = 100_000


def _answer_table(ctx: CheckContext, name: str) -> dict[Any, Any]:
    key = (name, the_kamus(ctx), extra_words(ctx))
    table = _WORD_ANSWERS.get(key)
    if table is None or len(table) > WORD_ANSWERS_MAX:
        table = _WORD_ANSWERS[key] = {}
    return table


def remembered(ctx: CheckContext, name: str, function: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``function(word)`` remembered for the process under ``name``, for a question whose answer
    depends on the word (or a pair of words) alone, with the dictionary and the team's extra
    words: which of the run's is part of the key.  Like :func:`~zi_docs.language.spelling.tokens`
    and the dictionary's own index of standard forms: decrees share most of their words, and
    asking the detectors again of each of a decree's ~750 distinct words was ~8 ms of a check.
    Nothing of one decree reaches another but these answers, which are the same for both."""
    return _memoized(_answer_table(ctx, name), function)


def remembered_all(
    ctx: CheckContext, name: str, function: Callable[[Any], Any], words: Iterable[Any]
) -> dict[Any, Any]:
    """:func:`remembered`'s answers for each of ``words`` at once: looked up in its table
    (a call per word was most of what asking a decree's ~750 words cost, the answers known)."""
    table = _answer_table(ctx, name)
    words = words if isinstance(words, (set, frozenset)) else set(words)
    for word in words - table.keys():
        table[word] = function(word)
    return {w: table[w] for w in words}


@functools.lru_cache(maxsize=8192)
def _is_prose(path: str) -> bool:
    """Whether the text at ``path`` is read by the spelling rules.  Remembered for the process
    (a pure test of the path, no decree's data): the three searches over a decree's ~850 paths
    cost ~0.7 ms a check, and decrees share their paths."""
    if _SKIP_END.search(path) or _SKIP_INSIDE.search(path) or _PERSON.search(path):
        return False
    return path not in ("kepala.nomor", "kepala.jenis")


@functools.lru_cache(maxsize=16384)
def _read(text: str) -> tuple[list[Token], bool, frozenset[str], frozenset[str]]:
    """A text's tokens, whether it is a heading, its words outside codes, and its capitalised
    words inside a sentence (see :func:`names`).  Remembered for the process like
    :func:`~zi_docs.language.spelling.tokens` (the same pure reading of a text; do not change
    what it returns): decrees share most of their texts, and this took ~1.5 ms a check."""
    letters = list(filter(str.isalpha, text))
    heading = bool(letters) and sum(map(str.isupper, letters)) >= 0.8 * len(letters)
    toks = tokens(text)
    words = frozenset([t.text for t in toks if not t.in_code])
    inside = frozenset([t.text for t in toks if not t.sentence_start and t.text[:1].isupper() and not t.text.isupper()])
    return toks, heading, words, inside


def _never(path: str) -> bool:
    return False


def prose(ctx: CheckContext) -> list[Teks]:
    """Every prose text of the decree with its tokens (cached for the run)."""
    cached = ctx.cache.get("eja.prose")
    if cached is not None:
        return cached
    jenis = klasifikasi(ctx)
    # most decrees have no table a reader joined: then no path needs asking
    joined = jenis.cells_joined if any(jenis.sel_tergabung) else _never
    out = [Teks(path, text, *_read(text), joined(path)) for path, text in ctx.texts() if text and _is_prose(path)]
    ctx.cache["eja.prose"] = out
    return out


def words_of(ctx: CheckContext) -> frozenset[str]:
    """Every word of the prose outside codes, once (~750 distinct words in ~3 500 of the bundled
    example): a rule that judges a word by itself asks once per word, not once per occurrence."""
    cached = ctx.cache.get("eja.words")
    if cached is None:
        cached = ctx.cache["eja.words"] = frozenset().union(*(teks.words for teks in prose(ctx)))
    return cached


def with_words(ctx: CheckContext, wanted: Collection[str]) -> list[Teks]:
    """The prose texts, in order, that hold one of ``wanted`` as a word outside a code: the
    only texts a rule that flagged those words has to walk (none, most often)."""
    if not wanted:
        return []
    return [teks for teks in prose(ctx) if not teks.words.isdisjoint(wanted)]


def extra_words(ctx: CheckContext) -> frozenset[str]:
    """The team's accepted words, lowercased."""
    cached = ctx.cache.get("eja.extra")
    if cached is None:
        cached = frozenset(w.lower() for w in ctx.config.extra_words)
        ctx.cache["eja.extra"] = cached
    return cached


def names(ctx: CheckContext) -> frozenset[str]:
    """Capitalised words seen in the middle of a sentence anywhere in the decree: names
    and titles, so the same word at the start of a sentence is not checked either."""
    cached = ctx.cache.get("eja.names")
    if cached is None:
        cached = frozenset().union(*(teks.capitalised for teks in prose(ctx) if not teks.heading))
        ctx.cache["eja.names"] = cached
    return cached


def the_kamus(ctx: CheckContext) -> Kamus:
    return kamus()


#: the word detectors several rules ask about the same words (EJA001 asks all of them of an
#: unknown word, to leave it to the rule that reports it)
_DETECTORS: dict[str, Callable[[Kamus, str, frozenset[str]], Any]] = {
    "baku": lambda k, word, extra: k.baku(word),
    "unmelted": lambda k, word, extra: unmelted(k, word),
    "cut_short": lambda k, word, extra: cut_short(k, word),
    "scan_swap": lambda k, word, extra: scan_swap(k, word),
    "glued_preposition": lambda k, word, extra: glued_preposition(k, word),
    "compound_single": lambda k, word, extra: compound_single(k, word),
    "camel_split": lambda k, word, extra: camel_split(k, word),
    "glued_words": lambda k, word, extra: glued_words(k, word, extra),
}


def detector(ctx: CheckContext, name: str) -> Callable[[str], Any]:
    """The detector ``name`` (``baku``, ``unmelted``, ``glued_preposition`` …) of a word,
    remembered (:func:`remembered`) and shared by the rules: EJA001, EJA003, EJA004, EJA006
    and EJA016 ask the same few of the same ~750 words."""
    k, extra, function = the_kamus(ctx), extra_words(ctx), _DETECTORS[name]
    return remembered(ctx, name, lambda word: function(k, word, extra))


def answers(ctx: CheckContext, name: str) -> dict[str, Any]:
    """What the detector ``name`` finds in the words of the prose (:func:`words_of`): each word
    it flags with its answer (words it finds nothing in are left out).  Built once per run;
    a rule then looks a word up in a dictionary, not through a call (the rules made some
    12 000 calls of their memo a check, a few milliseconds)."""
    key = f"eja.answers.{name}"
    found = ctx.cache.get(key)
    if found is None:
        words, table = words_of(ctx), _answer_table(ctx, name)
        k, extra, function = the_kamus(ctx), extra_words(ctx), _DETECTORS[name]
        for word in words - table.keys():  # the words no decree before this one had
            table[word] = function(k, word, extra)
        # looked up, not asked through detector(): a call per word was most of the cost here
        found = ctx.cache[key] = {w: a for w in words if (a := table[w]) is not None}
    return found
