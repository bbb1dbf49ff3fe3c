"""Where a decree names the team it forms, and when two of those names are one team
written two ways (NAM002).

A team is named in the heading ("KEPUTUSAN … TENTANG TIM KERJA PEMBANGUNAN …"), in the
diktum that forms it ("… sebagai Tim Pembangunan …"), in a recital ("perlu dibentuk
Tim …") and above the member table.  The same team written with its words in another
order, or with a word dropped or added, is a variant; the team with or without the
institution's name after it, or with ZI for Zona Integritas, is the same name.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ....storage.regex_cache import regex

#: acronyms a team's name is written with or without (expanded before comparing)
_SINGKATAN = {
    "zi": "zona integritas",
    "wbk": "wilayah bebas dari korupsi",
    "wbbm": "wilayah birokrasi bersih dan melayani",
}
_SAMBUNG = frozenset({"dan", "menuju", "di", "dari", "serta"})
# "… sebagai Tim …", "perlu dibentuk Tim …", "Membentuk Tim …", "Menetapkan Tim …": the team named in running text
_SEBUT = regex(r"\b(?:sebagai|dibentuk|[Mm]embentuk|[Mm]enetapkan)\s+(?P<nama>(?:Tim|TIM)\s[^;:.,()]+)")


@lru_cache(maxsize=4096)  # a pure function of the text; a decree's recitals come again in the next one
def dari_kalimat(teks: str) -> tuple[tuple[int, str], ...]:
    """(start, name) of each team named after "sebagai"/"dibentuk"/"membentuk": "Tim" and
    the capitalised words after it (with dan, menuju … between them)."""
    hasil = []
    for m in _SEBUT.finditer(teks):
        kata = m["nama"].split()
        ambil = [kata[0]]
        for w in kata[1:]:
            if w[:1].isupper() or w[:1].isdigit() or w.casefold() in _SAMBUNG:
                ambil.append(w)
            else:
                break
        while ambil and ambil[-1].casefold() in _SAMBUNG:
            ambil.pop()
        if len(ambil) >= 3:
            # the words as written (a line break or a double space kept)
            nama = _potong(teks[m.start("nama") :], len(ambil)).rstrip(".,;:")
            hasil.append((m.start("nama"), nama))
    return tuple(hasil)


def _potong(teks: str, n: int) -> str:
    """The first ``n`` words of ``teks`` as written."""
    words = list(re.finditer(r"\S+", teks))
    return teks[: words[n - 1].end()] if len(words) >= n else teks


def dari_judul(tentang: str) -> str | None:
    """The team a heading names: "TIM …" or "PEMBENTUKAN TIM …"."""
    m = re.match(r"^\s*(?:PEMBENTUKAN\s+|Pembentukan\s+)?((?:TIM|Tim)\s.+?)\s*\.?\s*$", tentang, re.DOTALL)
    return m[1] if m else None


# a pure function of the two texts, asked of each of a decree's ~25 team mentions (~0.3 ms a check)
@lru_cache(maxsize=4096)
def kata_kunci(nama: str, instansi: str) -> tuple[str, ...]:
    """The words that tell the team: lower case, acronyms written out, without the
    institution's name, a year or "di lingkungan …" after it."""
    teks = re.sub(r"\s*/\s*", "/", nama.casefold()).strip(" .,;:")
    teks = re.sub(r"\s+tahun\s+\d{4}$", "", teks)
    inst = " ".join(instansi.casefold().split())
    if inst and inst in teks:
        teks = teks[: teks.index(inst)].strip()
    teks = re.sub(r"\s+(?:di\s+lingkungan|pada)$", "", teks)
    kata: list[str] = []
    for bagian in teks.split():
        for i, w in enumerate(bagian.split("/")):
            w = w.strip(".,;:()")
            if not w:
                continue
            if i > 0 and w in _SINGKATAN:
                continue  # "melayani/wbbm": the acronym restates the words before it
            kata.extend(_SINGKATAN.get(w, w).split())
    return tuple(kata)


def varian(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """The same team's words in another order, or with one or two words dropped or added
    (not a different word: that is a different team, or a typo the ratio finds)."""
    if a == b or not a or not b:
        return False
    ca, cb = Counter(a), Counter(b)
    kurang, lebih = ca - cb, cb - ca
    if kurang and lebih:
        return False  # a word replaced by another
    beda = sum((kurang or lebih).values())
    bersama = sum((ca & cb).values())
    return beda <= 2 and bersama >= 4 and bersama >= 0.75 * max(len(a), len(b))
