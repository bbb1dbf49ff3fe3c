"""Indonesian spelling: the dictionary, word checks, and fast suggestions.

The dictionary is hunspell-id (``data/kamus/id_ID.dic`` + ``.aff``, LGPL-3, bundled so
that zi_docs works without the system package), expanded once into every word form it
accepts (about 300 000) and kept in a user cache as a pickle; after the first run it
loads in a fraction of a second.  On top of it come our own files (``data/kamus``):
field terms and acronyms, foreign terms, standard KBBI words hunspell-id lacks, the
table of non-standard forms, compounds, and place/time nouns after *di*/*ke*.

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
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import re
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import process
from rapidfuzz.distance import OSA, Levenshtein

KAMUS_DIR = Path(__file__).resolve().parent.parent / "data" / "kamus"
_EXPANSION_VERSION = "2"  # bump when the expansion or the pickled layout changes

VOWELS = frozenset("aiueo")
#: Clitics and particles written together with the word before them; they never make a
#: word unknown (hunspell-id lacks many -nya forms: *timbulnya*, *terjadinya*).
CLITICS = ("nya", "lah", "kah", "pun", "ku", "mu")
LETTER = "A-Za-zÀ-ÖØ-öø-ÿ"


# --------------------------------------------------------------------------- hunspell
@dataclass(frozen=True)
class _Affix:
    strip: str
    add: str
    flags: frozenset[str]
    cond: re.Pattern[str]
    cross: bool


@dataclass
class _Aff:
    pfx: dict[str, list[_Affix]] = field(default_factory=dict)
    sfx: dict[str, list[_Affix]] = field(default_factory=dict)
    circumfix: str | None = None
    needaffix: str | None = None
    long_flags: bool = False
    encoding: str = "utf-8"

    def split_flags(self, text: str) -> frozenset[str]:
        if self.long_flags:
            return frozenset(text[i : i + 2] for i in range(0, len(text) - 1, 2))
        return frozenset(text)


def _read_aff(path: Path) -> _Aff:
    """The subset of hunspell's .aff that id_ID uses: SET, FLAG long, PFX/SFX with
    conditions and continuation classes, CIRCUMFIX, NEEDAFFIX (no compounding)."""
    raw = path.read_bytes()
    aff = _Aff()
    if m := re.search(rb"^SET\s+(\S+)", raw, re.MULTILINE):
        aff.encoding = m[1].decode("ascii").lower().replace("iso8859", "iso-8859")
    lines = raw.decode(aff.encoding, errors="replace").splitlines()
    headers: dict[tuple[str, str], bool] = {}
    for line in lines:
        fields = line.split("#", 1)[0].split()
        if not fields:
            continue
        key = fields[0]
        if key == "FLAG" and len(fields) > 1:
            aff.long_flags = fields[1] == "long"
        elif key == "CIRCUMFIX" and len(fields) > 1:
            aff.circumfix = fields[1]
        elif key == "NEEDAFFIX" and len(fields) > 1:
            aff.needaffix = fields[1]
        elif key in ("PFX", "SFX") and len(fields) >= 4:
            kind, flag = key, fields[1]
            if (kind, flag) not in headers and fields[2] in ("Y", "N"):
                headers[(kind, flag)] = fields[2] == "Y"
                continue
            strip = "" if fields[2] == "0" else fields[2]
            add, _, contflags = fields[3].partition("/")
            add = "" if add == "0" else add
            cond = fields[4] if len(fields) > 4 else "."
            pattern = re.compile("^" + cond) if kind == "PFX" else re.compile(cond + "$")
            rule = _Affix(strip, add, aff.split_flags(contflags), pattern, headers.get((kind, flag), False))
            (aff.pfx if kind == "PFX" else aff.sfx).setdefault(flag, []).append(rule)
    return aff


def _read_dic(path: Path, aff: _Aff) -> list[tuple[str, frozenset[str]]]:
    entries = []
    lines = path.read_bytes().decode(aff.encoding, errors="replace").splitlines()
    for line in lines[1:]:  # the first line is the entry count
        word = line.split("\t", 1)[0].strip().split(" ", 1)[0]
        if not word:
            continue
        stem, _, flags = word.partition("/")
        entries.append((stem, aff.split_flags(flags)))
    return entries


def _apply_sfx(rule: _Affix, word: str) -> str | None:
    if not rule.cond.search(word) or (rule.strip and not word.endswith(rule.strip)):
        return None
    return word[: len(word) - len(rule.strip)] + rule.add


def _apply_pfx(rule: _Affix, word: str) -> str | None:
    if not rule.cond.search(word) or (rule.strip and not word.startswith(rule.strip)):
        return None
    return rule.add + word[len(rule.strip) :]


def expand_entry(aff: _Aff, stem: str, flags: frozenset[str]) -> set[str]:
    """Every form hunspell accepts for one .dic entry: one prefix and up to two
    suffixes (twofold suffixes), cross products, circumfixes (affixes flagged CIRCUMFIX
    only together) and NEEDAFFIX stems."""
    circ, need = aff.circumfix, aff.needaffix
    out: set[str] = set()
    if need not in flags:
        out.add(stem)
    # (form, continuation flags, circumfix part, cross product allowed, needs more)
    chains: list[tuple[str, frozenset[str], bool, bool, bool]] = []
    for flag in flags:
        for rule in aff.sfx.get(flag, ()):
            w1 = _apply_sfx(rule, stem)
            if w1 is None:
                continue
            chains.append((w1, rule.flags, circ in rule.flags, rule.cross, need in rule.flags))
            for flag2 in rule.flags:
                for rule2 in aff.sfx.get(flag2, ()):
                    w2 = _apply_sfx(rule2, w1)
                    if w2 is not None:
                        both = rule.flags | rule2.flags
                        chains.append(
                            (
                                w2,
                                both,
                                circ in rule.flags or circ in rule2.flags,
                                rule.cross and rule2.cross,
                                need in rule2.flags,
                            )
                        )
    out.update(w for w, _, c, _, n in chains if not c and not n)
    for flag in flags:
        for p in aff.pfx.get(flag, ()):
            pw = _apply_pfx(p, stem)
            if pw is None:
                continue
            pcirc = circ in p.flags
            if not pcirc and need not in p.flags:
                out.add(pw)
            for w, _, c, cross, _ in chains:
                if cross and p.cross and pcirc == c and (joined := _apply_pfx(p, w)):
                    out.add(joined)
            for flag2 in p.flags:  # suffixes allowed by the prefix's continuation class
                for rule in aff.sfx.get(flag2, ()):
                    w1 = _apply_sfx(rule, stem)
                    if w1 and (circ in rule.flags) == pcirc and (joined := _apply_pfx(p, w1)):
                        out.add(joined)
    for w, cont, c, _, _ in chains:  # prefixes allowed by a suffix's continuation class
        for flag in cont:
            for p in aff.pfx.get(flag, ()):
                pw = _apply_pfx(p, w)
                if pw is not None and (circ in p.flags) == c:
                    out.add(pw)
    return out


def expand_dictionary(dic: Path, aff_path: Path) -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """All word forms of a hunspell dictionary (lowercased), and stem → flags."""
    aff = _read_aff(aff_path)
    forms: set[str] = set()
    stems: dict[str, frozenset[str]] = {}
    for stem, flags in _read_dic(dic, aff):
        forms.update(w.lower() for w in expand_entry(aff, stem, flags))
        low = stem.lower()
        stems[low] = stems.get(low, frozenset()) | flags
    return frozenset(forms), stems


def _cache_dir() -> Path | None:
    base = os.environ.get("ZI_DOCS_CACHE") or os.environ.get("XDG_CACHE_HOME")
    path = Path(base) / "zi_docs" if base else Path.home() / ".cache" / "zi_docs"
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return path if os.access(path, os.W_OK) else None


def _load_expanded(dic: Path, aff: Path) -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """The expansion from the user cache when it was made from these very files,
    else computed (about half a second) and cached for the next run."""
    digest = hashlib.sha256(dic.read_bytes() + aff.read_bytes() + _EXPANSION_VERSION.encode()).hexdigest()[:16]
    cache = _cache_dir()
    target = cache / f"kamus-{dic.stem}-{digest}.pickle" if cache else None
    if target is not None and target.is_file():
        try:
            with target.open("rb") as fh:
                return pickle.load(fh)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
            target.unlink(missing_ok=True)  # a truncated or foreign file: rebuild it
    result = expand_dictionary(dic, aff)
    if target is not None:
        try:  # write then rename, so that a parallel run never reads half a file
            with tempfile.NamedTemporaryFile("wb", dir=target.parent, delete=False) as fh:
                pickle.dump(result, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(fh.name, target)
        except OSError:
            pass
    return result


# --------------------------------------------------------------------------- our files
def _lines(name: str) -> Iterator[str]:
    for line in (KAMUS_DIR / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            yield line.rstrip("\n")


@dataclass(frozen=True)
class Baku:
    """A non-standard form and its standard (``baku.tsv``)."""

    tidak_baku: str
    baku: str
    aman: bool
    sumber: str


def match_case(template: str, word: str) -> str:
    """``word`` written in the case of ``template``: RESIKO→RISIKO, Resiko→Risiko.
    A standard that carries its own capitals (November) keeps them."""
    if template.isupper() and len(template) > 1:
        return word.upper()
    if any(c.isupper() for c in word):
        return word
    if template[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


# --------------------------------------------------------------------------- morphology
def _melted(stem: str, nasal: str) -> str:
    """meN-/peN- + stem by EYD V (``nasal`` is "me" or "pe"): k, p, t, s before a vowel
    melt (mengomunikasikan, memengaruhi, menaati, menyosialisasikan); clusters do not
    (memproduksi, mentransfer, mengkritik); l m n r w y ng ny take plain me-/pe-;
    one-syllable stems take menge-/penge-."""
    s = stem
    if not s:
        return nasal
    first, second = s[0], s[1:2]
    if len(re.findall(r"[aiueo]", s)) == 1 and len(s) <= 4:  # cek, bom (not taat: ta-at)
        return nasal + "nge" + s
    if first in VOWELS:
        return nasal + "ng" + s
    if first == "k" and second in VOWELS:
        return nasal + "ng" + s[1:]
    if first in "gh" or first == "k" or s.startswith("kh"):
        return nasal + "ng" + s
    if first == "p" and second in VOWELS:
        return nasal + "m" + s[1:]
    if first in "bfvp":
        return nasal + "m" + s
    if first == "t" and second in VOWELS:
        return nasal + "n" + s[1:]
    if first == "s" and second in VOWELS:
        return nasal + "ny" + s[1:]
    if first in "cdjtzs":
        return nasal + "n" + s
    return nasal + s  # l m n r w y (ng, ny)


def prefixed(prefix: str, stem: str) -> str:
    """``prefix`` + ``stem`` with meN-/peN- sound changes; ``prefix`` is one of "di",
    "ter", "ber", "se", "ke", "per", "memper", "diper", "meN", "peN"."""
    if prefix == "meN":
        return _melted(stem, "me")
    if prefix == "peN":
        return _melted(stem, "pe")
    if prefix == "ber" and (stem.startswith("r") or re.match(r"[^aiueo]er", stem)):
        return "be" + stem  # berencana, bekerja, beserta
    if prefix == "ter" and stem.startswith("r"):
        return "te" + stem
    return prefix + stem


PREFIXES = ("", "di", "ter", "ber", "se", "ke", "per", "memper", "diper", "meN", "peN")
SUFFIXES = ("", "kan", "i", "an")


def _stem_candidates(word: str, prefix: str) -> Iterator[str]:
    """Stems that ``prefix`` + stem could have produced ``word`` from (checked again by
    :func:`prefixed`, so over-generation here is harmless)."""
    if prefix in ("meN", "peN"):
        head = prefix[:2]
        if not word.startswith(head):
            return
        rest = word[2:]
        for nasal in ("nge", "ng", "ny", "m", "n", ""):
            if rest.startswith(nasal):
                r = rest[len(nasal) :]
                yield r
                for lost in "kptsg":
                    yield lost + r
        return
    if prefix == "ber" and word.startswith("be"):
        yield word[2:]
    if prefix == "ter" and word.startswith("te"):
        yield word[2:]
    if word.startswith(prefix):
        yield word[len(prefix) :]


# --------------------------------------------------------------------------- the dictionary
class Kamus:
    """The dictionary and our vocabulary, loaded once (see :func:`kamus`)."""

    def __init__(self, dic: Path | None = None, aff: Path | None = None) -> None:
        dic = dic or KAMUS_DIR / "id_ID.dic"
        aff = aff or KAMUS_DIR / "id_ID.aff"
        self.forms, self.stem_flags = _load_expanded(dic, aff)
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
        for line in _lines("baku.tsv"):
            cols = line.split("\t")
            if len(cols) >= 5:
                self.baku_table.append(Baku(cols[0], cols[1], cols[3] == "ya", cols[4]))
                self._baku_jenis[cols[0]] = cols[2]
        #: stems the affix guesser may build on: the dictionary's, ours and the terms'
        self.stems = frozenset(self.stem_flags) | self.tambahan | {t for t in self.istilah if t.isalpha()}
        self._baku_index: dict[str, tuple[str, Baku]] | None = None
        self._buckets: dict[tuple[str, int], list[str]] | None = None

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
        return self.derivation(w) is not None

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
                for stem in _stem_candidates(body, prefix) if prefix else (body,):
                    if len(stem) < 3 or stem not in self.stems:
                        continue
                    if (prefixed(prefix, stem) if prefix else stem) != body:
                        continue
                    head = len(body) - len(stem)
                    if self._near_form(w, head, len(w) - len(suffix)):
                        return None
                    return (prefix, stem, suffix)
        # ber-/ter-/se- before a derived word: berpenghasilan, berketerampilan
        for prefix in ("ber", "ter", "se"):
            for stem in _stem_candidates(w, prefix):
                if len(stem) >= 5 and stem in self.forms and prefixed(prefix, stem) == w:
                    return (prefix, stem, "")
        return None

    def _near_form(self, word: str, start: int, end: int, every_edit: bool = False) -> bool:
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
        index = self._baku_index or self._build_baku_index()
        hit = index.get(word.lower())
        if hit is None:
            return None
        return match_case(word, hit[0]), hit[1]

    def _build_baku_index(self) -> dict[str, tuple[str, Baku]]:
        index: dict[str, tuple[str, Baku]] = {}
        for entry in self.baku_table:
            bad, good = entry.tidak_baku.lower(), entry.baku
            index[bad] = (good, entry)
            clitics = ("nya", "lah", "pun", "kah")
            for clitic in clitics:
                index.setdefault(bad + clitic, (good + clitic, entry))
            if self._baku_jenis.get(entry.tidak_baku) != "akar" or " " in bad:
                continue
            for prefix in PREFIXES:
                for suffix in (*SUFFIXES, "nya", "annya", "kannya"):
                    if not prefix and not suffix:
                        continue
                    wrong = (prefixed(prefix, bad) if prefix else bad) + suffix
                    right = (prefixed(prefix, good.lower()) if prefix else good) + suffix
                    # a variant that is itself a word (e.g. a real derivation) is left alone
                    if wrong not in index and wrong not in self.forms and right != wrong:
                        index[wrong] = (right, entry)
        self._baku_index = index
        return index

    # -------------------------------------------------------------- suggestions
    def _length_buckets(self) -> dict[tuple[str, int], list[str]]:
        """Words by (first letter, length), and by ("", length) for all first letters."""
        if self._buckets is None:
            buckets: dict[tuple[str, int], list[str]] = {}
            terms = {t for t in self.istilah if t.isalpha()}
            for w in sorted(self.forms | self.tambahan | terms):
                if w.isalpha() or "-" in w:
                    buckets.setdefault((w[0], len(w)), []).append(w)
                    buckets.setdefault(("", len(w)), []).append(w)
            self._buckets = buckets
        return self._buckets

    def suggest(self, word: str, limit: int = 3) -> list[str]:
        """Up to ``limit`` dictionary words close to ``word``, best first.

        Only words whose length differs by at most the edit cutoff are compared, with
        rapidfuzz's bit-parallel Levenshtein (at most 2 edits); ties are broken by OSA
        distance (a swap counts once: pengaudan → pengaduan), then by a common
        beginning and end."""
        w = word.lower()
        if not w:
            return []
        buckets = self._length_buckets()
        found: dict[str, int] = {}
        # Widening passes, stopping at the first that finds something: one edit among
        # words with the same first letter (most typos; a twentieth of the words), then
        # two edits, then two edits among all words.
        for first, cutoff in ((w[0], 1), (w[0], 2), ("", 2)):
            for length in range(max(1, len(w) - cutoff), len(w) + cutoff + 1):
                choices = buckets.get((first, length))
                if not choices:
                    continue
                for cand, dist, _ in process.extract(
                    w, choices, scorer=Levenshtein.distance, score_cutoff=cutoff, limit=40
                ):
                    found[cand] = dist
            if found:
                break

        def rank(cand: str) -> tuple[int, int, int, int]:
            prefix = len(os.path.commonprefix([w, cand]))
            suffix = len(os.path.commonprefix([w[::-1], cand[::-1]]))
            return (OSA.distance(w, cand), found[cand], -(prefix + suffix), abs(len(cand) - len(w)))

        best = sorted(found, key=rank)[:limit]
        # a term keeps its own spelling (monev, Plh); a word takes the case of the input
        return [self.istilah.get(b) or match_case(word, b) if b in self.istilah else match_case(word, b) for b in best]


@functools.cache
def kamus() -> Kamus:
    """The shared dictionary, loaded on first use and reused by every check."""
    return Kamus()


# --------------------------------------------------------------------------- tokens
@dataclass(frozen=True)
class Token:
    """A word in a text: where it is, and whether a sentence starts with it."""

    text: str
    start: int
    end: int
    sentence_start: bool
    in_code: bool = False
    """Part of a code, number, e-mail or URL (``ORT.07-Kpt``, ``kpu.go.id``)."""


_CHUNK = re.compile(r"\S+")
_WORD = re.compile(rf"[{LETTER}]+(?:['’-][{LETTER}]+)*")
_CODE = re.compile(r"\d|@|_|://|^www\.|\w\.\w")
#: what ends a sentence or starts a new item inside one text field
_BREAK = re.compile(r"[.!?:;]\s*$|^\s*[-•*]\s*$")


_LEAD = re.compile(rf"[{LETTER}0-9]")
_PLAIN_WORD = _WORD.fullmatch


def tokens(text: str) -> list[Token]:
    """The words of ``text``.  A word starts a sentence at the start of the text,
    after . ! ? : ; or a bullet, or after a gap of two spaces or a line break (table
    cells merged by a reader)."""
    out: list[Token] = []
    boundary = True
    prev_end = 0
    for chunk in _CHUNK.finditer(text):
        start, end = chunk.span()
        if start - prev_end > 1:  # a one-character gap holds no line break, tab or two spaces
            gap = text[prev_end:start]
            if "\n" in gap or "\t" in gap or "  " in gap:
                boundary = True
        elif start > prev_end and text[prev_end] in "\n\t":
            boundary = True
        piece = chunk.group()
        if _PLAIN_WORD(piece):
            # The common case, a bare word: no lead, not a code, no sentence break after it.
            out.append(Token(piece, start, end, boundary, False))
            boundary = False
            prev_end = end
            continue
        code = bool(_CODE.search(piece.strip(".,;:()[]\"'")))
        first = True
        for m in _WORD.finditer(piece):
            starts = boundary and first and not _LEAD.search(piece, 0, m.start())
            out.append(Token(m.group(), start + m.start(), start + m.end(), starts, code))
            first = False
        boundary = bool(_BREAK.search(piece)) or piece in ("-", "•", "*")
        prev_end = end
    return out


# --------------------------------------------------------------------------- detectors
def _strip_clitic(word: str) -> tuple[str, str]:
    """("dalamnya" → "dalam", "nya"); only -nya, the clitic that follows these words."""
    if word.lower().endswith("nya") and len(word) > 6:
        return word[:-3], word[-3:]
    return word, ""


def glued_preposition(k: Kamus, word: str) -> str | None:
    """The word with its preposition written apart, when ``word`` is "di"/"ke" glued to
    a place, direction or time noun: "dimasing-masing" → "di masing-masing",
    "Kedalam" → "Ke dalam".  None for real words (dilakukan, kepada, kedua, diatasi)."""
    w = word.lower()
    if k.is_form(w):
        return None
    for prep in ("di", "ke"):
        if not w.startswith(prep) or len(w) < len(prep) + 3:
            continue
        rest, clitic = _strip_clitic(w[len(prep) :])
        if rest in k.tempat:
            hit = True
        else:
            # a dictionary noun: hunspell gives it no di-/meN- verb affixes
            flags = k.stem_flags.get(rest)
            hit = bool(flags) and len(rest) >= 4 and not any(f[0] in "DM" for f in flags) and not clitic
        if hit:
            head, tail = word[: len(prep)], word[len(prep) :]
            return f"{head} {tail.lower() if not word.isupper() else tail}"
    return None


@dataclass(frozen=True)
class Gabungan:
    """A compound written wrong: the text, how to write it, and whether that is certain."""

    salah: str
    benar: str
    aman: bool
    dua_kata: bool
    """The wrong text is two words that belong together (ditindak lanjuti)."""


@functools.cache
def _compound_tables(k: Kamus) -> tuple[dict[str, tuple[str, bool]], dict[tuple[str, str], str]]:
    """glued form → (split form, safe); (first, second) → glued form."""
    glued: dict[str, tuple[str, bool]] = {}
    split: dict[tuple[str, str], str] = {}
    for first, second in k.gabungan:
        for prefix in PREFIXES:
            for suffix in ("", "i", "kan", "an"):
                head = prefixed(prefix, first) if prefix else first
                tail = second + suffix
                if prefix and suffix:  # confix: written together (menindaklanjuti)
                    split.setdefault((head, tail), head + tail)
                else:
                    # suffix only: "tindaklanjuti" may mean the verb or the noun "tindak lanjut"
                    glued.setdefault(head + tail, (f"{head} {tail}", not suffix))
    return glued, split


def compound_single(k: Kamus, word: str) -> Gabungan | None:
    """ "tindaklanjuti" → "tindak lanjuti", "Kerjasama" → "Kerja sama"."""
    base, clitic = _strip_clitic(word)
    glued, _ = _compound_tables(k)
    for candidate, tail in ((word.lower(), ""), (base.lower(), clitic)):
        if candidate in glued:
            right, safe = glued[candidate]
            return Gabungan(word, match_case(word, right + tail), safe, False)
    return None


@functools.cache
def compound_heads(k: Kamus) -> frozenset[str]:
    """Every first word (lower case) for which :func:`compound_pair` can find anything."""
    _, split = _compound_tables(k)
    return frozenset(head for head, _ in split)


def compound_pair(k: Kamus, first: str, second: str) -> Gabungan | None:
    """ "ditindak lanjuti" → "ditindaklanjuti" (prefix and suffix: one word)."""
    _, split = _compound_tables(k)
    base, clitic = _strip_clitic(second)
    for tail, rest in ((second.lower(), ""), (base.lower(), clitic)):
        joined = split.get((first.lower(), tail))
        if joined:
            return Gabungan(f"{first} {second}", match_case(first, joined + rest), True, True)
    return None


_CAMEL = re.compile(r"(?<=[a-z]{2})(?=[A-Z][a-z]{2})")


def camel_split(k: Kamus, word: str) -> str | None:
    """ "BagianPartisipasi" → "Bagian Partisipasi": a small letter followed by a capital
    that starts a word inside one token.  Known camel-case terms (KemenPANRB, eKinerja,
    WhatsApp) are left alone."""
    if word.casefold() in k.istilah or not _CAMEL.search(word):
        return None
    parts = _CAMEL.split(word)
    # each part must be a word or a name (capitalised): a code such as "SiPP" is not split
    if len(parts) < 2 or any(len(p) < 3 for p in parts):
        return None
    if not all(k.known(p) or p.casefold() in k.istilah for p in parts):
        return None  # OCR noise (bebErapa, RepUblik) or a product name (ScanSnap)
    if len(parts) == 2 and parts[0].casefold() == parts[1].casefold():
        return "-".join(parts)  # UndangUndang: a reduplication that lost its hyphen
    return " ".join(parts)


_UNMELTED = re.compile(r"(me|pe)(m|n|ng)([kpts][aiueo].*)$")


def unmelted(k: Kamus, word: str) -> str | None:
    """The EYD V form of a meN-/peN- word whose k, p, t or s did not melt:
    "mempublikasikan" → "memublikasikan", "mensukseskan" → "menyukseskan".  Words the
    dictionary lists as they are (mempunyai, mengkaji) are left alone, and so is memper-."""
    w = word.lower()
    m = _UNMELTED.match(w)
    if not m or k.is_form(w) or m[3].startswith("per"):
        return None
    rest = m[3]
    for suffix in ("", "kan", "i", "an", "nya", "kannya", "annya"):
        if suffix and not rest.endswith(suffix):
            continue
        stem = rest[: len(rest) - len(suffix)] if suffix else rest
        if len(stem) < 4 or not (stem in k.stems or k.is_form(stem)):
            continue
        right = prefixed("meN" if m[1] == "me" else "peN", stem) + suffix
        if right != w and k.known(right):
            return match_case(word, right)
    return None


#: dictionary words that are also prefixes or suffixes: a split at them is a derivation
#: (terutang is ter- + utang, not "ter utang")
_AFFIX_LIKE = frozenset(
    {"ber", "ter", "per", "pen", "pem", "peng", "men", "mem", "meng", "kan", "nya", "an", "pe", "se"}
)


def glued_words(k: Kamus, word: str, extra: Iterable[str] = ()) -> str | None:
    """ "yangtelah" → "yang telah": an unknown word that is two dictionary words of at
    least three letters each, when exactly one split works."""
    w = word.lower()
    if len(w) < 7 or "-" in w or k.known(w, extra):
        return None
    # one letter off a real word is a typo (sebagaimala, pesember), not two words
    if k._near_form(w, 0, len(w), every_edit=True):
        return None
    splits = [
        (w[:i], w[i:])
        for i in range(3, len(w) - 2)
        if w[:i] not in _AFFIX_LIKE and w[i:] not in _AFFIX_LIKE and k.is_form(w[:i]) and k.is_form(w[i:])
    ]
    if len(splits) != 1:
        return None
    first = splits[0][0]
    return f"{word[: len(first)]} {word[len(first) :]}"
