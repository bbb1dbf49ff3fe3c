"""NAM002: the institution, a unit or a team written two ways in one decree."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from rapidfuzz import fuzz

from ....i18n import Message
from ....model import Butir, area_dari_nama
from ....storage.regex_cache import regex
from ...context import CheckContext
from ...finding import Finding, Fix, Severity
from ...registry import Rule, register
from ._helpers import betulkan, ikut_huruf, nama_diterima, sebutan
from .team_names import dari_judul, dari_kalimat, kata_kunci, varian


class _Sebut(NamedTuple):
    """One mention of a name: where, as written, and its comparison key."""

    path: str
    teks: str
    kunci: str
    urutan: int
    """Document order, so that a tie goes to the form written first."""


def _kunci(teks: str) -> str:
    return " ".join(teks.casefold().split())


def _rapat(teks: str) -> str:
    """Without spaces: two forms equal here differ only in spacing (a safe fix)."""
    return re.sub(r"\s+", "", teks.casefold())


# A diktum item that names a team: "Tim Manajemen Perubahan;", "Tim Penguatan
# Kualitas Pelayanan Publik, bertugas:".
_BUTIR_TIM = regex(r"^\s*(?P<nama>(?:Tim|TIM)\s+[^,;:.()]+?)\s*(?:,\s*bertugas\s*:?|;\s*dan|[;:.])?\s*$")

# "Kepala Sub Bagian X", "Kasubbag X", "Sub BagianX" (a missing space): the unit's name
# runs over capitalised words joined by spaces, commas and "dan".
_UNIT = regex(
    r"(?P<awalan>\b(?:Sub\s*[Bb]agian|SUB\s*BAGIAN|Subbagian|SUBBAGIAN|Kasubb?ag|KASUBB?AG))"
    r"(?P<spasi>\s*)"
    r"(?P<nama>[A-Z][\w-]*(?:(?:,\s*|\s+)(?:(?:dan|DAN|&)\s+)?[A-Z][\w-]*)*)"
)


# A pure function of the text: the pattern tries each place of every text that holds "ub",
# and a decree's texts come again (in it and in the next decree)
@functools.lru_cache(maxsize=4096)
def _units_in(teks: str) -> tuple[tuple[str, str, str, str, str | None], ...]:
    """Each unit a text names: the name and its key, the title before it and its key, and the
    two as written where no space parts them (else ``None``)."""
    if "ub" not in teks and "UB" not in teks and "asub" not in teks.casefold():
        return ()
    found = []
    for m in _UNIT.finditer(teks):
        pre = m["awalan"]
        kunci_pre = _rapat(pre) if pre.casefold().startswith("kasub") else _kunci(pre)
        salah = None if m["spasi"] else teks[m.start() : m.end("nama")]
        found.append((m["nama"], _kunci(m["nama"]), pre, kunci_pre, salah))
    return tuple(found)


def _butir(items: list[Butir], path: str) -> Iterator[tuple[str, Butir]]:
    for i, b in enumerate(items):
        p = f"{path}.rincian[{i}]"
        yield p, b
        yield from _butir(b.rincian, p)


def _tim(ctx: CheckContext) -> list[_Sebut]:
    """Every place a team is named: the heading, Menetapkan, diktum items, the teams a
    diktum or a recital forms ("sebagai Tim …"), and the groups of the tables."""
    k = ctx.keputusan
    instansi = k.kepala.instansi
    hasil: list[_Sebut] = []

    def sebut(path: str, nama: str) -> None:
        hasil.append(_Sebut(path, nama, " ".join(kata_kunci(nama, instansi)), len(hasil)))

    if (judul := dari_judul(k.kepala.tentang)) is not None:
        sebut("kepala.tentang", judul)
    tentang = re.search(r"\bTENTANG\s+", k.menetapkan or "")
    if tentang and (nama := dari_judul(k.menetapkan[tentang.end() :])) is not None:
        sebut("menetapkan", nama)
    for i, butir in enumerate(k.menimbang):
        for _, nama in dari_kalimat(butir.teks):
            sebut(f"menimbang[{i}].teks", nama)
    for d, diktum in enumerate(k.diktum):
        for _, nama in dari_kalimat(diktum.teks):
            sebut(f"diktum[{d}].teks", nama)
        for path, b in _butir(diktum.rincian, f"diktum[{d}]"):
            if (m := _BUTIR_TIM.match(b.teks)) and len(m["nama"].split()) <= 10:
                sebut(f"{path}.teks", m["nama"])
        for g, kel in enumerate(diktum.kelompok):
            sebut(f"diktum[{d}].kelompok[{g}].nama", kel.nama)
    for i, lamp in enumerate(k.lampiran):
        for g, kel in enumerate(getattr(lamp, "kelompok", [])):
            sebut(f"lampiran[{i}].kelompok[{g}].nama", kel.nama)
    return [s for s in hasil if s.kunci.startswith("tim ")]


def _group_alike(sebut: list[_Sebut], mirip) -> list[list[_Sebut]]:
    """Mentions grouped by near-identical keys (union of pairs that ``mirip`` accepts)."""
    kunci = sorted({s.kunci for s in sebut})
    induk = {x: x for x in kunci}

    def akar(x: str) -> str:
        while induk[x] != x:
            induk[x] = induk[induk[x]]
            x = induk[x]
        return x

    for i, a in enumerate(kunci):
        for b in kunci[i + 1 :]:
            if mirip(a, b):
                induk[akar(a)] = akar(b)
    kelompok: dict[str, list[_Sebut]] = {}
    for s in sebut:
        kelompok.setdefault(akar(s.kunci), []).append(s)
    return [v for v in kelompok.values() if len({s.kunci for s in v}) > 1]


def _baku(kelompok: list[_Sebut], utama: str | None = None) -> str:
    """The form to keep: the heading's, else the one written most often, else the first."""
    if utama is not None:
        return utama
    hitung: dict[str, list[_Sebut]] = {}
    for s in kelompok:
        hitung.setdefault(s.kunci, []).append(s)
    return max(hitung, key=lambda k: (len(hitung[k]), -min(s.urutan for s in hitung[k])))


def _written_like(contoh: str, kelompok: list[_Sebut], baku: str) -> str:
    """The kept form, in the capitals of the variant it replaces (TIM … in a table)."""
    # the fullest form of the same case: an abbreviation (Tim … ZI menuju WBBM) is the same
    # name, but no text to put for the name written in full
    sama = [s.teks for s in kelompok if s.kunci == baku and s.teks.isupper() == contoh.isupper()]
    if sama and len(max(sama, key=len).split()) >= 0.7 * len(contoh.split()):
        return max(sama, key=len)
    bentuk = next(s.teks for s in kelompok if s.kunci == baku)
    return ikut_huruf(contoh, bentuk) if contoh.isupper() or contoh.islower() else bentuk


def _teams_alike(a: str, b: str) -> bool:
    # Teams of different ZI areas are different teams however alike their names.
    if area_dari_nama(a) != area_dari_nama(b):
        return False
    return fuzz.token_sort_ratio(a, b) >= 85 or varian(tuple(a.split()), tuple(b.split()))


def _units_alike(a: str, b: str) -> bool:
    return fuzz.ratio(a, b) >= 88


@register
class NameSpelledTwoWays(Rule):
    code = "NAM002"
    name = "name-spelled-two-ways"
    severity = Severity.error
    summary = Message(
        "nama instansi, unit, atau tim ditulis dengan dua cara dalam satu keputusan",
        "the name of the institution, a unit or a team is written two ways in one decree",
    )
    why = Message(
        "Dalam peraturan dan keputusan, nama yang sama ditulis dengan cara yang sama di kepala, "
        "Menetapkan, diktum, lampiran, dan penandatanganan; dua ejaan membuat pembaca bertanya apakah "
        "yang dimaksud dua tim atau dua unit yang berbeda.",
        "A decree writes one name the same way in the heading, Menetapkan, the diktum, the attachments "
        "and the signature; two spellings make a reader ask whether two teams or units are meant.",
    )
    source = "UU 12/2011 Lampiran II (bahasa peraturan: lugas, pasti, konsisten)"

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        yield from self._tim(ctx)
        yield from self._unit(ctx)
        yield from self._instansi(ctx)

    def _laporkan(self, ctx: CheckContext, kelompok: list[_Sebut], baku: str, jenis: Message) -> Iterator[Finding]:
        pertama = min((s for s in kelompok if s.kunci == baku), key=lambda s: s.urutan)
        for s in sorted(kelompok, key=lambda s: s.urutan):
            if s.kunci == baku:
                continue
            benar = _written_like(s.teks, kelompok, baku)
            yield ctx.finding(
                type(self),
                s.path,
                s.teks,
                Message(
                    f'{jenis.id} ditulis "{s.teks}", di tempat lain "{benar}"',
                    f'{jenis.en} written "{s.teks}", elsewhere "{benar}"',
                ),
                # Only a difference of spacing is surely the same name; a heading in capitals
                # is no replacement for a name in running text
                fix=Fix(s.teks, benar, safe=_rapat(s.teks) == _rapat(benar))
                if benar.isupper() == s.teks.isupper() or not benar.isupper()
                else None,
                related=(pertama.path,),
            )

    def _tim(self, ctx: CheckContext) -> Iterator[Finding]:
        for kelompok in _group_alike(_tim(ctx), _teams_alike):
            yield from self._laporkan(ctx, kelompok, _baku(kelompok), Message("nama tim", "team name"))

    def _unit(self, ctx: CheckContext) -> Iterator[Finding]:
        nama: list[_Sebut] = []
        awalan: list[_Sebut] = []
        for path, teks in ctx.texts():
            for unit, kunci, pre, kunci_pre, salah in _units_in(teks):
                nama.append(_Sebut(path, unit, kunci, len(nama)))
                awalan.append(_Sebut(path, pre, kunci_pre, len(awalan)))
                if salah is not None:  # "Sub BagianPartisipasi": a word run into the name
                    benar = f"{pre} {unit}"
                    yield ctx.finding(
                        type(self),
                        path,
                        salah,
                        Message(
                            f'nama unit ditulis "{salah}" tanpa spasi; seharusnya "{benar}"',
                            f'the unit name is written "{salah}" without a space; should be "{benar}"',
                        ),
                        fix=Fix(salah, benar, safe=True),
                    )
        for kelompok in _group_alike(nama, _units_alike):
            yield from self._laporkan(ctx, kelompok, _baku(kelompok), Message("nama unit", "unit name"))
        # "Kasubag" and "Kasubbag": one form per decree ("Sub Bagian" is EJA014's: always
        # "Subbagian", however often the decree writes it apart)
        for bentuk in (("kasubag", "kasubbag"),):
            kelompok = [s for s in awalan if s.kunci in bentuk]
            if len({s.kunci for s in kelompok}) > 1:
                yield from self._laporkan(ctx, kelompok, _baku(kelompok), Message("sebutan unit", "unit title"))

    def _instansi(self, ctx: CheckContext) -> Iterator[Finding]:
        kepala = ctx.keputusan.kepala
        diterima = nama_diterima(ctx.config.extra_names)
        baku = betulkan(kepala.instansi, diterima)
        kata_baku = baku.split()
        if len(kata_baku) < 3:
            return
        sebut: list[_Sebut] = [_Sebut("kepala.instansi", kepala.instansi, _kunci(baku), 0)]
        for path, teks in ctx.texts():
            if path == "kepala.instansi":
                continue
            for potongan, kunci in _sebut_instansi(teks, baku, diterima):
                sebut.append(_Sebut(path, potongan, kunci, len(sebut)))
        if len({s.kunci for s in sebut}) > 1:
            yield from self._laporkan(ctx, sebut, _kunci(baku), Message("nama instansi", "the institution's name"))


def _wilayah(nama: str, diterima: frozenset[str]) -> set[str]:
    """The codes of the regions a name names."""
    return {s.wilayah.kode for s in sebutan(nama, diterima) if s.wilayah}


# A pure function of the text and of the decree's institution and accepted names: the texts
# a decree shares with others (a signature block, a heading, the boilerplate) are read once a
# process, and a text a decree repeats once a check (the mentions were ~1.4 ms a check).
@functools.lru_cache(maxsize=4096)
def _sebut_instansi(teks: str, baku: str, diterima: frozenset[str]) -> tuple[tuple[str, str], ...]:
    """Each mention of the institution in ``teks`` written another way than ``baku``:
    as written, and its key."""
    out: list[tuple[str, str]] = []
    kata_baku = baku.split()
    n = len(kata_baku)
    # in ASCII a match holds the name's second word in small letters: a substring search
    # tells most texts apart faster than the case-blind pattern
    kedua = kata_baku[1].lower()
    if kedua.isascii() and teks.isascii() and kedua not in teks.lower():
        return tuple(out)
    kunci_baku = _kunci(baku)
    # where a mention starts: the name's first two words
    jangkar = re.compile(r"\b" + r"\s+".join(map(re.escape, kata_baku[:2])) + r"\b", re.IGNORECASE)
    for m in jangkar.finditer(teks):
        # the mention's words: n + 1 at most are read (the rest of a long text is not)
        kata = list(itertools.islice(re.finditer(r"\S+", teks[m.start() :]), n + 1))
        terbaik: tuple[float, str] | None = None
        for panjang in (n, n - 1, n + 1):
            if panjang > len(kata):
                continue
            potongan = teks[m.start() : m.start() + kata[panjang - 1].end()].rstrip(",.;:")
            dibetulkan = betulkan(potongan, diterima)
            kunci = _kunci(dibetulkan)
            if kunci == kunci_baku:
                terbaik = None
                break
            skor = fuzz.ratio(kunci, kunci_baku)
            if skor >= 90 and (terbaik is None or skor > terbaik[0]):
                # Another real region is another body ("KPU Kabupaten Paser").
                lain = _wilayah(dibetulkan, diterima)
                if not lain or lain == _wilayah(baku, diterima):
                    terbaik = (skor, potongan)
        if terbaik:
            out.append((terbaik[1], _kunci(betulkan(terbaik[1], diterima))))
    return tuple(out)
