"""hunspell's .aff/.dic, read and expanded into every word form they accept.

The subset of hunspell that id_ID uses (SET, FLAG long, PFX/SFX with conditions and
continuation classes, CIRCUMFIX, NEEDAFFIX; no compounding), written here so that no
spelling engine is needed at run time; ``tools/build_kamus.py`` and the tests compare
the forms with spylls (hunspell's algorithm in Python).  The expansion runs when the
compiled dictionary is built (:mod:`.compiled`), not when a check starts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Affix:
    strip: str
    add: str
    flags: frozenset[str]
    cond: re.Pattern[str]
    cross: bool


@dataclass
class AffixFile:
    pfx: dict[str, list[Affix]] = field(default_factory=dict)
    sfx: dict[str, list[Affix]] = field(default_factory=dict)
    circumfix: str | None = None
    needaffix: str | None = None
    long_flags: bool = False
    encoding: str = "utf-8"

    def split_flags(self, text: str) -> frozenset[str]:
        if self.long_flags:
            return frozenset(text[i : i + 2] for i in range(0, len(text) - 1, 2))
        return frozenset(text)


def read_aff(path: Path) -> AffixFile:
    """The subset of hunspell's .aff that id_ID uses: SET, FLAG long, PFX/SFX with
    conditions and continuation classes, CIRCUMFIX, NEEDAFFIX (no compounding)."""
    raw = path.read_bytes()
    aff = AffixFile()
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
            rule = Affix(strip, add, aff.split_flags(contflags), pattern, headers.get((kind, flag), False))
            (aff.pfx if kind == "PFX" else aff.sfx).setdefault(flag, []).append(rule)
    return aff


def read_dic(path: Path, aff: AffixFile) -> list[tuple[str, frozenset[str]]]:
    entries = []
    lines = path.read_bytes().decode(aff.encoding, errors="replace").splitlines()
    for line in lines[1:]:  # the first line is the entry count
        word = line.split("\t", 1)[0].strip().split(" ", 1)[0]
        if not word:
            continue
        stem, _, flags = word.partition("/")
        entries.append((stem, aff.split_flags(flags)))
    return entries


def apply_suffix(rule: Affix, word: str) -> str | None:
    if not rule.cond.search(word) or (rule.strip and not word.endswith(rule.strip)):
        return None
    return word[: len(word) - len(rule.strip)] + rule.add


def apply_prefix(rule: Affix, word: str) -> str | None:
    if not rule.cond.search(word) or (rule.strip and not word.startswith(rule.strip)):
        return None
    return rule.add + word[len(rule.strip) :]


def expand_entry(aff: AffixFile, stem: str, flags: frozenset[str]) -> set[str]:
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
            w1 = apply_suffix(rule, stem)
            if w1 is None:
                continue
            chains.append((w1, rule.flags, circ in rule.flags, rule.cross, need in rule.flags))
            for flag2 in rule.flags:
                for rule2 in aff.sfx.get(flag2, ()):
                    w2 = apply_suffix(rule2, w1)
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
            pw = apply_prefix(p, stem)
            if pw is None:
                continue
            pcirc = circ in p.flags
            if not pcirc and need not in p.flags:
                out.add(pw)
            for w, _, c, cross, _ in chains:
                if cross and p.cross and pcirc == c and (joined := apply_prefix(p, w)):
                    out.add(joined)
            for flag2 in p.flags:  # suffixes allowed by the prefix's continuation class
                for rule in aff.sfx.get(flag2, ()):
                    w1 = apply_suffix(rule, stem)
                    if w1 and (circ in rule.flags) == pcirc and (joined := apply_prefix(p, w1)):
                        out.add(joined)
    for w, cont, c, _, _ in chains:  # prefixes allowed by a suffix's continuation class
        for flag in cont:
            for p in aff.pfx.get(flag, ()):
                pw = apply_prefix(p, w)
                if pw is not None and (circ in p.flags) == c:
                    out.add(pw)
    return out


def expand_dictionary(dic: Path, aff_path: Path) -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """All word forms of a hunspell dictionary (lowercased), and stem → flags."""
    aff = read_aff(aff_path)
    forms: set[str] = set()
    stems: dict[str, frozenset[str]] = {}
    for stem, flags in read_dic(dic, aff):
        forms.update(w.lower() for w in expand_entry(aff, stem, flags))
        low = stem.lower()
        stems[low] = stems.get(low, frozenset()) | flags
    return frozenset(forms), stems
