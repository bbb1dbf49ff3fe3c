"""Indonesian spelling: the dictionary, word checks, and fast suggestions.

The dictionary is hunspell-id (``data/kamus/id_ID.dic`` + ``.aff``, LGPL-3, bundled so
that zi_docs works without the system package), expanded into every word form it
accepts (about 260 000) when the package is built and mapped from disk at run time
(:mod:`.compiled`).  On top of it come our own files (``data/kamus``): field terms and
acronyms, foreign terms, standard KBBI words hunspell-id lacks, the table of
non-standard forms, compounds, and place/time nouns after *di*/*ke*.

>>> k = kamus()
>>> k.known("pengaduan"), k.known("pengaudan")
(True, False)
>>> k.suggest("pengaudan")[0]
'pengaduan'

Hand-written parts and why: hunspell's engine (spylls) checks a word in about a
millisecond and suggests in seconds; a set lookup and a length-bucketed rapidfuzz
search are 100–1000 times faster.  The affix expansion reads the ``.aff`` itself so
that no spelling engine is needed at run time (``tools/build_kamus.py`` and the tests
compare it with spylls).

The sections, one module each: :mod:`.hunspell` (reading and expanding .aff/.dic),
:mod:`.compiled` (the file a check maps), :mod:`.morphology` (prefixes, suffixes,
case), :mod:`.kamus` (the dictionary and whether a word is known), :mod:`.suggest`,
:mod:`.tokens` (the words of a text), :mod:`.detectors` (mistakes beyond an
unknown word), :mod:`.apart` (word parts written apart) and :mod:`.scans` (what a
scanner's text recognition gets wrong).
"""

from __future__ import annotations

from .apart import FUNCTION_WORDS, Terikat, bound_apart, bound_hyphenated, prefix_apart
from .detectors import (
    Gabungan,
    camel_split,
    compound_heads,
    compound_pair,
    compound_single,
    cut_short,
    glued_preposition,
    glued_words,
    unmelted,
)
from .kamus import COMPILED, KAMUS_DIR, Baku, Kamus, kamus
from .morphology import BOUND_FORMS, CLITICS, LETTER, PREFIXES, SUFFIXES, VOWELS, match_case, prefixed
from .scans import GLUED_NUMBER, glued_number, scan_swap
from .tokens import Token, tokens


def __getattr__(name: str) -> object:
    # The expansion is needed to build the compiled file, not to check: imported on use.
    if name in ("expand_dictionary", "expand_entry"):
        from . import hunspell

        return getattr(hunspell, name)
    if name == "compile_dictionary":
        from .compiled import compile_dictionary

        return compile_dictionary
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "BOUND_FORMS",
    "CLITICS",
    "COMPILED",
    "FUNCTION_WORDS",
    "GLUED_NUMBER",
    "KAMUS_DIR",
    "LETTER",
    "PREFIXES",
    "SUFFIXES",
    "VOWELS",
    "Baku",
    "Gabungan",
    "Kamus",
    "Terikat",
    "Token",
    "bound_apart",
    "bound_hyphenated",
    "camel_split",
    "compile_dictionary",
    "compound_heads",
    "compound_pair",
    "compound_single",
    "cut_short",
    "expand_dictionary",
    "expand_entry",
    "glued_number",
    "glued_preposition",
    "glued_words",
    "kamus",
    "match_case",
    "prefix_apart",
    "prefixed",
    "scan_swap",
    "tokens",
    "unmelted",
]
