"""The dictionary: hunspell-id's forms, our word lists, and whether a word is Indonesian.

hunspell-id (``data/kamus/id_ID.dic`` + ``.aff``, LGPL-3, bundled) comes in as the
compiled file of :mod:`.compiled`; on top of it come our own files (``data/kamus``):
field terms and acronyms, foreign terms, standard KBBI words hunspell-id lacks, the
table of non-standard forms, compounds, and place/time nouns after *di*/*ke*.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

from .compiled import WordTable, compile_tables, files_digest, load_tables, mapped
from .morphology import BOUND_FORMS, CLITICS, PREFIXES, SUFFIXES, match_case, prefixed, stem_candidates

KAMUS_DIR = Path(__file__).resolve().parent.parent.parent / "data" / "kamus"
DIC = KAMUS_DIR / "id_ID.dic"
AFF = KAMUS_DIR / "id_ID.aff"
#: hunspell-id expanded (tools/build_kamus.py writes it)
COMPILED = KAMUS_DIR / "id_ID.kamus"
#: every form the table of non-standard words claims (:meth:`Kamus.compile_baku_claims`)
BAKU_COMPILED = KAMUS_DIR / "baku.kamus"
#: the files of non-standard forms, ours first
BAKU_FILES = ("baku.tsv", "baku-lazim.tsv")
#: Bump when the claims are made differently (:meth:`Kamus.compile_baku_claims`, or the
#: prefixes and suffixes of :mod:`.morphology`); tests/language/test_compiled_tables.py
#: fails while the committed file is stale.
BAKU_VERSION = "1"


class Either:
    """In one of two collections (the dictionary's stems, or ours), without copying both
    into one set."""

    def __init__(self, first: Iterable[str], second: frozenset[str]) -> None:
        self.first, self.second = first, second

    def __contains__(self, word: object) -> bool:
        return word in self.second or word in self.first  # type: ignore[operator]


# --------------------------------------------------------------------------- our files
def _lines(name: str) -> Iterator[str]:
    for line in (KAMUS_DIR / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            yield line.rstrip("\n")


class Baku(NamedTuple):
    """A non-standard form and its standard (``baku.tsv``)."""

    tidak_baku: str
    baku: str
    aman: bool
    sumber: str


class Kamus:
    """The dictionary and our vocabulary, loaded once (see :func:`kamus`)."""

    def __init__(self, dic: Path | None = None, aff: Path | None = None) -> None:
        dic = dic or DIC
        aff = aff or AFF
        #: every form hunspell-id accepts (lower case), and stem → affix flags, mapped
        #: from the compiled file (:mod:`.compiled`) and read a bucket at a time
        self.forms, self.stem_flags = load_tables(COMPILED if dic == DIC and aff == AFF else Path(), dic, aff)
        self.tambahan = frozenset(w.strip().lower() for w in _lines("kata-tambahan.txt"))
        istilah = [w.strip() for w in _lines("istilah.txt")]
        #: casefold → how the term is written (``"kemenpanrb"`` → ``"KemenPANRB"``)
        self.istilah: dict[str, str] = {}
        for term in istilah:
            self.istilah.setdefault(term.casefold(), term)
        self.asing_frasa = tuple(w.strip().lower() for w in _lines("asing.txt"))
        self.asing = frozenset(part for phrase in self.asing_frasa for part in re.split(r"[\s]+", phrase))
        self.tempat = frozenset(w.strip().lower() for w in _lines("kata-tempat.txt"))
        self.gabungan = tuple(tuple(line.split("\t")[:2]) for line in _lines("gabungan.tsv"))
        self.baku_table: list[Baku] = []
        self._baku_jenis: dict[str, str] = {}
        # ours, then the common forms from published lists (baku-lazim.tsv, CC BY-SA)
        for line in (line for name in BAKU_FILES for line in _lines(name)):
            cols = line.split("\t")
            if len(cols) >= 5:
                self.baku_table.append(Baku(cols[0], cols[1], cols[3] == "ya", cols[4]))
                self._baku_jenis[cols[0]] = cols[2]
        #: stems the affix guesser may build on: the dictionary's, ours and the terms'
        self.stems = Either(self.stem_flags, self.tambahan | {t for t in self.istilah if t.isalpha()})
        #: word → its standard form, for the words looked up so far (see :meth:`baku`)
        self._baku_index: dict[str, tuple[str, Baku] | None] = {}
        self._baku_claims: WordTable[list[list[str]]] | None = None
        #: (first letter or "", length) → the words suggestions are chosen from (:mod:`.suggest`)
        self.suggestion_buckets: dict[tuple[str, int], list[str]] = {}

    # -------------------------------------------------------------- checking
    def is_form(self, word: str) -> bool:
        """In the dictionary or our files as written (lowercased), no guessing."""
        w = word.lower()
        return w in self.forms or w in self.tambahan or w in self.asing or w in self.istilah

    def known(self, word: str, extra: Iterable[str] = ()) -> bool:
        """Whether ``word`` is an Indonesian word: a dictionary form, one of ours, a
        reduplication (bukti-bukti, hak-haknya), a word + clitic (timbulnya), or a
        regular derivation of a known stem (diidentifikasi, berkontribusi)."""
        w = word.lower()
        if self.is_form(w) or w in extra:
            return True
        if "-" in w:
            parts = w.split("-")
            if all(p and (self.known(p, extra) or len(p) == 1) for p in parts):
                return True
            # an affixed reduplication: se-X-X-nya (selambat-lambatnya), ber-X-X (bermacam-macam)
            if len(parts) == 2 and self.known(parts[1], extra):
                base = parts[1].removesuffix("nya")
                return any(parts[0] == p + base for p in ("se", "ber", "be", "ter", "di", "ke", ""))
            return False
        for clitic in CLITICS:
            if w.endswith(clitic) and len(w) - len(clitic) >= 3:
                base = w[: -len(clitic)]
                if self.is_form(base) or base in extra or self.derivation(base):
                    return True
        if self.derivation(w) is not None:
            return True
        return self.bound(w) is not None

    def bound(self, word: str) -> tuple[str, str] | None:
        """(bound form, word) when ``word`` is a bound form written together with a known
        word (antigratifikasi, pascapemilu, multipihak): EYD V writes them so, and most
        such words are in no dictionary."""
        w = word.lower()
        for head in BOUND_FORMS:
            rest = w[len(head) :]
            if w.startswith(head) and len(rest) >= 4 and (self.is_form(rest) or self.derivation(rest)):
                return head, rest
        return None

    def derivation(self, word: str) -> tuple[str, str, str] | None:
        """(prefix, stem, suffix) when ``word`` is a regular derivation of a known stem
        and no dictionary word differs from it by one letter inside the stem (so that
        *pemantuan* is not taken for pe- + *mantu* + -an next to *pemantauan*)."""
        w = word.lower()
        if w in self.forms:
            return ("", w, "")
        for suffix in SUFFIXES:
            if suffix and not w.endswith(suffix):
                continue
            body = w[: len(w) - len(suffix)] if suffix else w
            for prefix in PREFIXES:
                if (not prefix and not suffix) or (prefix == "ke" and suffix != "an"):
                    continue  # ke- alone makes no new words (kedua, ketua are listed)
                for stem in stem_candidates(body, prefix) if prefix else (body,):
                    if len(stem) < 3 or stem not in self.stems:
                        continue
                    if (prefixed(prefix, stem) if prefix else stem) != body:
                        continue
                    head = len(body) - len(stem)
                    if self.near_form(w, head, len(w) - len(suffix)):
                        return None
                    return (prefix, stem, suffix)
        # ber-/ter-/se- before a derived word: berpenghasilan, berketerampilan
        for prefix in ("ber", "ter", "se"):
            for stem in stem_candidates(w, prefix):
                if len(stem) >= 5 and stem in self.forms and prefixed(prefix, stem) == w:
                    return (prefix, stem, "")
        return None

    def near_form(self, word: str, start: int, end: int, every_edit: bool = False) -> bool:
        """A dictionary form that ``word`` misses by one dropped letter or one swap
        inside [start, end) (pemantuan → pemantauan).  Substitutions and deletions only
        with ``every_edit``: as evidence against a derivation they mislead (terdampak
        and berdampak, dikemas and dikemasi are all words)."""
        letters = "abcdefghijklmnopqrstuvwxyz"
        forms = self.forms
        for i in range(start, end):
            left, right = word[:i], word[i:]
            if i + 1 < end and left + right[1] + right[0] + right[2:] in forms:
                return True
            if i > start and any(left + c + right in forms for c in letters):
                return True
            if every_edit and (
                left + right[1:] in forms or any(left + c + right[1:] in forms for c in letters if c != right[0])
            ):
                return True
        return False

    # -------------------------------------------------------------- tables
    def baku(self, word: str) -> tuple[str, Baku] | None:
        """The standard form of a non-standard word (affixed forms included):
        ``"Beresiko"`` → ``("Berisiko", Baku(resiko → risiko))``."""
        key = word.lower()
        if key in self._baku_index:
            hit = self._baku_index[key]
        else:
            hit = self._baku_index[key] = self._resolve_baku(key)
        if hit is None:
            return None
        return match_case(word, hit[0]), hit[1]

    def _resolve_baku(self, key: str) -> tuple[str, Baku] | None:
        """Replay, for one word, how the table claims it: an entry sets it, a clitic form
        takes it when free, a derived form takes it when free and not itself a word.
        Done per word looked up because "not itself a word" would otherwise ask the
        dictionary about thousands of derived forms before the first check."""
        if self._baku_claims is None:
            self._baku_claims = self._mapped_baku_claims()
        present: tuple[str, Baku] | None = None
        for kind, right, entry in self._baku_claims.get(key) or ():
            if kind == "entry" or present is None and (kind == "clitic" or key not in self.forms):
                present = (right, self.baku_table[int(entry)])
        return present

    def _mapped_baku_claims(self) -> WordTable[list[list[str]]]:
        """The claims, from the compiled file when it was made from today's tables.

        Some 10 000 forms (every prefix and suffix on every root of the table): making them
        costs 30 ms, more than the rest of a process's first check waits for the dictionary,
        so they are made when the package is built and looked up in the mapped file."""
        data, spans = mapped(BAKU_COMPILED, baku_sources(), self.compile_baku_claims, {"baku"})
        return WordTable(data, *spans["baku"], value=json.loads)

    def compile_baku_claims(self) -> bytes:
        """The compiled file of every form the table claims: form → its claims in the order
        the table makes them, each ``[kind, standard form, entry number]``."""
        claims: dict[str, list[list[str]]] = {}
        for number, entry in enumerate(self.baku_table):
            bad, good = entry.tidak_baku.lower(), entry.baku
            claims.setdefault(bad, []).append(["entry", good, str(number)])
            for clitic in ("nya", "lah", "pun", "kah"):
                claims.setdefault(bad + clitic, []).append(["clitic", good + clitic, str(number)])
            if self._baku_jenis.get(entry.tidak_baku) != "akar" or " " in bad:
                continue
            for prefix in PREFIXES:
                for suffix in (*SUFFIXES, "nya", "annya", "kannya"):
                    if not prefix and not suffix:
                        continue
                    wrong = (prefixed(prefix, bad) if prefix else bad) + suffix
                    right = (prefixed(prefix, good.lower()) if prefix else good) + suffix
                    # a variant that is itself a word (e.g. a real derivation) is left alone
                    if right != wrong:
                        claims.setdefault(wrong, []).append(["derived", right, str(number)])
        values = {form: json.dumps(found, ensure_ascii=False) for form, found in claims.items()}
        return compile_tables({"baku": (values, True)}, baku_sources())

    # -------------------------------------------------------------- suggestions
    def suggest(self, word: str, limit: int = 3) -> list[str]:
        """Up to ``limit`` dictionary words close to ``word``, best first (:mod:`.suggest`)."""
        from .suggest import suggest

        return suggest(self, word, limit)


def baku_sources() -> str:
    """What the compiled claims are built from: the tables of non-standard forms and the version."""
    return files_digest((KAMUS_DIR / name for name in BAKU_FILES), BAKU_VERSION)


@functools.cache
def kamus() -> Kamus:
    """The shared dictionary, loaded on first use and reused by every check."""
    return Kamus()
