"""The people of a decree's teams, each once.

The same person appears in several teams (in the example, the members of the
Manajemen Perubahan team sit again in the Penguatan Pengawasan team), sometimes
written differently: "Dr. Linda Marlis, S.H.", "LINDA  MARLIS".  Names are compared
by :func:`kunci_nama` (:func:`zi_docs.language.names.person_key`, which the ORG
rules use too): without case, extra spaces, punctuation and academic or religious titles.  The NIP, when both rows have one, decides: two rows with
different NIPs are two people even with one name.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..language.names import person_key, same_nip
from ..model import Anggota, KelompokTim, Keputusan, LampiranSusunanTim

__all__ = ["Orang", "daftar_orang", "kunci_nama", "select_tim", "semua_tim", "title_case"]


def _dasar(teks: str) -> str:
    teks = unicodedata.normalize("NFKC", teks)
    return " ".join(teks.split())


#: The documented name of :func:`zi_docs.language.names.person_key`.
kunci_nama = person_key


@dataclass
class Orang:
    """One person, with every team place they hold."""

    nama: str
    """As first written in the decree."""

    jabatan: str | None
    nip: str | None
    tempat: list[tuple[KelompokTim, Anggota]] = field(default_factory=list)

    @property
    def tim(self) -> list[str]:
        return [k.nama for k, _ in self.tempat]

    @property
    def kedudukan(self) -> list[str]:
        """ "Anggota Tim Manajemen Perubahan", one per team place."""
        hasil = []
        for kelompok, anggota in self.tempat:
            kedudukan = (anggota.kedudukan or "Anggota").strip()
            if kelompok.nama.strip().upper() in {kedudukan.upper(), f"TIM {kedudukan.upper()}"}:
                hasil.append(title_case(kelompok.nama))  # "Pengarah" in the PENGARAH group
            else:
                hasil.append(f"{kedudukan} {title_case(kelompok.nama)}")
        return hasil


_KECIL = {"dan", "di", "ke", "dari", "yang", "atau", "pada", "untuk"}
_TETAP = {"SDM", "ZI", "KPU", "WBK", "WBBM", "RI", "SPIP"}


def title_case(nama: str) -> str:
    """``"TIM PENATAAN TATA LAKSANA"`` → ``"Tim Penataan Tata Laksana"`` (acronyms and small words kept)."""
    kata = []
    for i, w in enumerate(nama.split()):
        if w.upper() in _TETAP:
            kata.append(w.upper())
        elif i and w.lower() in _KECIL:
            kata.append(w.lower())
        else:
            kata.append(w[:1].upper() + w[1:].lower())
    return " ".join(kata)


def semua_tim(keputusan: Keputusan) -> list[KelompokTim]:
    """Every group of every team-composition Lampiran, in order."""
    return [k for lamp in keputusan.lampiran if isinstance(lamp, LampiranSusunanTim) for k in lamp.kelompok]


def select_tim(keputusan: Keputusan, pilihan: Iterable[str] | None) -> list[KelompokTim]:
    """Teams named by the user: by number in the decree (1-based), label ("a."), area, or part of the name.

    ``None`` or empty means every team.  Raises :class:`LookupError` naming the choice that matched nothing.
    """
    from ..model import area_dari_nama

    teams = semua_tim(keputusan)
    pilihan = [p for p in (pilihan or []) if p and p.strip()]
    if not pilihan:
        return teams
    hasil: list[KelompokTim] = []
    for p in pilihan:
        teks = " ".join(p.split()).casefold()
        cocok: list[KelompokTim]
        if teks.isdigit() and 1 <= int(teks) <= len(teams):
            cocok = [teams[int(teks) - 1]]
        else:
            cocok = [k for k in teams if (k.label or "").strip().casefold() in (teks, teks + ".")]
            cocok = cocok or [k for k in teams if " ".join(k.nama.split()).casefold() == teks]
            cocok = cocok or [k for k in teams if teks in " ".join(k.nama.split()).casefold()]
            if not cocok and (area := area_dari_nama(teks)) is not None:
                cocok = [k for k in teams if (k.area or area_dari_nama(k.nama)) == area]
        if not cocok:
            raise LookupError(p)
        hasil += [k for k in cocok if all(k is not h for h in hasil)]
    return hasil


def daftar_orang(kelompok: Iterable[KelompokTim]) -> list[Orang]:
    """The distinct people of the groups, in order of first appearance."""
    hasil: list[Orang] = []
    per_kunci: dict[str, list[Orang]] = {}
    for k in kelompok:
        for a in k.anggota:
            kunci = person_key(a.nama)
            if not kunci:
                continue
            sama = next((o for o in per_kunci.get(kunci, []) if same_nip(a.nip, o.nip)), None)
            if sama is None:
                sama = Orang(nama=_dasar(a.nama), jabatan=a.jabatan, nip=a.nip)
                per_kunci.setdefault(kunci, []).append(sama)
                hasil.append(sama)
            elif sama.nip is None and a.nip:
                sama.nip = a.nip
            if sama.jabatan is None and a.jabatan:
                sama.jabatan = a.jabatan
            sama.tempat.append((k, a))
    return hasil
