"""What the spelling rules read: the decree's running text, tokenised once per run.

Fields that are not prose are left out (labels, numbers, enum values, NIPs), person
names are left out (a name is not a dictionary word), and the parts of a Mengingat or
Memperhatikan item that repeat its ``teks`` are left out so that a word is reported once.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ....language.spelling import Kamus, Token, kamus, tokens
from ...context import CheckContext

_SKIP_END = re.compile(
    r"\.(label|nomor|tahun|nip|area|berkala|tanda_tangan|jenis|pangkat_golongan|terbilang|satuan|berkas)$"
)
#: repeats of a Mengingat/Memperhatikan item's own text, and text a reader could not
#: place (page headers, a fixture's provenance line, OCR noise: no place to report at)
_SKIP_INSIDE = re.compile(r"\.peraturan\.|\.perubahan\[|\.dokumen\.|\.lokasi\.|^tidak_terurai")
#: person names: table rows and signatures (kelompok[].nama is a team name and is read)
_PERSON = re.compile(r"(anggota\[\d+\]|penetapan|penandatanganan|salinan)\.nama$")


@dataclass(frozen=True)
class Teks:
    path: str
    text: str
    tokens: list[Token]
    heading: bool
    """Written in capitals (a heading, a title): case says nothing there."""


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
    table: dict[Any, Any] = ctx.cache.setdefault(f"eja.memo.{name}", {})

    def cached(word: Any) -> Any:
        try:
            return table[word]
        except KeyError:
            result = table[word] = function(word)
            return result

    return cached


def prose(ctx: CheckContext) -> list[Teks]:
    """Every prose text of the decree with its tokens (cached for the run)."""
    cached = ctx.cache.get("eja.prose")
    if cached is not None:
        return cached
    out: list[Teks] = []
    for path, text in ctx.texts():
        if not text or _SKIP_END.search(path) or _SKIP_INSIDE.search(path) or _PERSON.search(path):
            continue
        if path in ("kepala.nomor", "kepala.jenis"):
            continue
        letters = list(filter(str.isalpha, text))
        heading = bool(letters) and sum(map(str.isupper, letters)) >= 0.8 * len(letters)
        out.append(Teks(path, text, tokens_of(ctx, text), heading))
    ctx.cache["eja.prose"] = out
    return out


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
        found = set()
        for teks in prose(ctx):
            if teks.heading:
                continue
            for tok in teks.tokens:
                if not tok.sentence_start and tok.text[:1].isupper() and not tok.text.isupper():
                    found.add(tok.text)
        cached = frozenset(found)
        ctx.cache["eja.names"] = cached
    return cached


def the_kamus(ctx: CheckContext) -> Kamus:
    return kamus()
