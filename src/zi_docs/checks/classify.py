"""What a decree is, and what each of its Lampiran is, worked out once per check.

Rules ask this before they judge: the Zona Integritas rules judge only a decree about
Zona Integritas, and judge a Rencana Aksi only where the attachment really is one.  A
reader that meets a wide table in a PDF (a service standard, a budget) may put it into
the Rencana Aksi shape; the shape alone does not make it a plan.

For the bundled example, ``klasifikasi(ctx)`` says ``jenis=tim_zi`` with Lampiran
``(susunan_tim, rencana_aksi)``.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import TYPE_CHECKING, NamedTuple

from ..model import Keputusan, LampiranBebas, LampiranRencanaAksi, LampiranSusunanTim, Paragraf, Tabel
from ..storage.regex_cache import regex

if TYPE_CHECKING:
    from .context import CheckContext


class JenisKeputusan(StrEnum):
    """The kind of a decree, read from its title and its attachments."""

    tim_zi = "tim_zi"
    """Forms the team that builds a Zona Integritas (or sets its Rencana Aksi)."""
    tim_lain = "tim_lain"
    """Forms another team, committee or body, or appoints people."""
    penetapan = "penetapan"
    """Sets something else: a standard, a code of conduct, a list, a tariff."""
    perubahan = "perubahan"
    """Amends an earlier decree or regulation."""


class JenisLampiran(StrEnum):
    """The kind of one attachment, by what it holds rather than the shape a reader gave it."""

    susunan_tim = "susunan_tim"
    rencana_aksi = "rencana_aksi"
    """A table with the plan's columns: component, indicator, action, evidence, targets."""
    tabel = "tabel"
    """Another table."""
    teks = "teks"
    """Free text."""


class Klasifikasi(NamedTuple):
    jenis: JenisKeputusan
    zona_integritas: bool
    """The decree is about Zona Integritas (its title says so, or it has a real Rencana Aksi)."""
    lampiran: tuple[JenisLampiran, ...]
    """One kind per ``keputusan.lampiran`` item, in order."""
    sel_tergabung: tuple[bool, ...] = ()
    """Per Lampiran: its texts join the cells of a table a reader could not take apart
    (a table flattened into paragraphs, or a wide table forced into the Rencana Aksi
    columns).  A word ending one cell and the same word starting the next then looks
    like a repeat, and every cell starts with a capital as a sentence would."""

    sel_tergabung_dari: tuple[int, ...] = ()
    """Per Lampiran with joined cells: the first ``isi`` block that holds them (0 when the
    table opens the Lampiran); the paragraphs before it are prose, read as prose."""

    def cells_joined(self, path: str) -> bool:
        """Whether the text at model ``path`` is such joined table cells."""
        m = _PATH_LAMPIRAN.match(path)
        if not m or int(m[1]) >= len(self.sel_tergabung) or not self.sel_tergabung[int(m[1])]:
            return False
        dari = self.sel_tergabung_dari[int(m[1])] if int(m[1]) < len(self.sel_tergabung_dari) else 0
        return m[2] is None or int(m[2]) >= dari

    def rencana_aksi(self, index: int) -> bool:
        """Whether ``lampiran[index]`` is a real Rencana Aksi whose rows were read."""
        return (
            0 <= index < len(self.lampiran)
            and self.lampiran[index] is JenisLampiran.rencana_aksi
            and not self.sel_tergabung[index]
        )


_ZI = regex(r"zona\s+integritas|wilayah\s+bebas\s+(?:dari\s+)?korupsi|\bwbk\b|\bwbbm\b", re.IGNORECASE)
_RENCANA = regex(r"rencana\s+(?:aksi|kerja|pembangunan)", re.IGNORECASE)
_PERUBAHAN = regex(r"^\s*perubahan\b|\bperubahan\s+(?:atas|kedua|ketiga|keempat|kelima)\b", re.IGNORECASE)
_TIM = regex(
    r"\b(?:pembentukan|penunjukan|pengangkatan|susunan|keanggotaan|tim|panitia|kelompok\s+kerja|satuan\s+tugas|"
    r"satgas|dewan|komite|pokja|agen\s+perubahan|pejabat)\b",
    re.IGNORECASE,
)
#: a row number as a table prints it ("1", "2.", "a)", "IV"); a paragraph in the number
#: column means the reader cut a table of another shape into these columns
_NOMOR = regex(r"[\dIVXivxa-z]{1,4}[.)]?")
_PATH_LAMPIRAN = regex(r"^lampiran\[(\d+)\]\.(?:bagian\[|isi\[(\d+)\])")
#: the header of a table flattened into a paragraph: "NO. NAMA JABATAN KEDUDUKAN DALAM TIM",
#: "NO KOMPONEN INDIKATOR LANGKAH AKSI BUKTI FISIK TARGET …"
_KEPALA_TABEL = regex(
    r"\b(?:NO|NAMA|NIP|JABATAN|KEDUDUKAN|KOMPONEN|INDIKATOR|LANGKAH|BUKTI|TARGET|URAIAN|KETERANGAN|JENIS)\b"
)
_KEPALA_TIM = regex(r"\bNAMA\b.*\bJABATAN\b")
#: a plan names its actions or their evidence too: "KOMPONEN … INDIKATOR … TARGET" alone heads a
#: service standard's table as well (as grammar.table_kind wants three of the plan's fields)
_KEPALA_RENCANA = regex(
    r"\bKOMPONEN\b.*\bINDIKATOR\b.*\b(?:LANGKAH|BUKTI|KEGIATAN|RENCANA)\b|\bLANGKAH\s+AKSI\b.*\bTARGET\b"
)
_KOLOM = ("komponen", "indikator", "langkah_aksi", "bukti_fisik", "target_waktu", "target_capaian")


def _teks(nilai: object) -> str:
    return str(getattr(nilai, "teks", nilai) or "").strip()


def _rencana_aksi_sungguhan(lampiran: LampiranRencanaAksi) -> bool:
    """A Rencana Aksi by its title, or by rows that fill the plan's columns.

    Judged by the rows when the title does not say so: most rows numbered as a table
    numbers them and most rows filling at least four of the six plan columns."""
    judul = " ".join([lampiran.judul or "", *(b.judul or "" for b in lampiran.bagian)])
    rows = [r for b in lampiran.bagian for r in b.baris]
    if not rows:
        return bool(_RENCANA.search(judul))
    numbered = sum(1 for r in rows if not r.nomor or _NOMOR.fullmatch(r.nomor.strip()))
    if numbered < 0.8 * len(rows):
        return False
    if _RENCANA.search(judul):
        return True
    filled = sum(1 for r in rows if sum(bool(_teks(getattr(r, c))) for c in _KOLOM) >= 4)
    return filled >= 0.6 * len(rows)


def _kepala_datar(lampiran: LampiranBebas) -> tuple[int, str] | None:
    """The header of a table that a reader flattened into a paragraph, if any, and the
    paragraph's place: the first two when the table opens the Lampiran, or any later one
    when prose comes first (a service standard's chapters, then its 35 pages of table)."""
    for index, blok in enumerate(lampiran.isi):
        if isinstance(blok, Paragraf):
            head = blok.teks[:200]
            if len(set(_KEPALA_TABEL.findall(head))) >= 3:
                return (0 if index < 2 else index), head
    return None


def _jenis_lampiran(lampiran: object) -> tuple[JenisLampiran, bool, int]:
    """The kind of one attachment, whether its texts are joined table cells, and from
    which ``isi`` block on."""
    if isinstance(lampiran, LampiranSusunanTim):
        return JenisLampiran.susunan_tim, False, 0
    if isinstance(lampiran, LampiranRencanaAksi):
        if _rencana_aksi_sungguhan(lampiran):
            return JenisLampiran.rencana_aksi, False, 0
        return JenisLampiran.tabel, True, 0
    if isinstance(lampiran, LampiranBebas):
        if found := _kepala_datar(lampiran):
            dari, head = found
            if _KEPALA_TIM.search(head):
                return JenisLampiran.susunan_tim, True, dari
            if _KEPALA_RENCANA.search(head):
                return JenisLampiran.rencana_aksi, True, dari
            return JenisLampiran.tabel, True, dari
        if any(isinstance(b, Tabel) for b in lampiran.isi):
            return JenisLampiran.tabel, False, 0
    return JenisLampiran.teks, False, 0


def classify(k: Keputusan) -> Klasifikasi:
    """The kind of ``k`` and of each of its Lampiran (pure; see :func:`klasifikasi`)."""
    kinds = [_jenis_lampiran(lamp) for lamp in k.lampiran]
    lampiran = tuple(kind for kind, _, _ in kinds)
    tentang = " ".join(f"{k.kepala.tentang or ''} {k.menetapkan or ''}".split())
    zi = bool(_ZI.search(tentang)) or JenisLampiran.rencana_aksi in lampiran
    if _PERUBAHAN.search(k.kepala.tentang or ""):
        jenis = JenisKeputusan.perubahan
    elif zi and (_TIM.search(tentang) or _RENCANA.search(tentang) or JenisLampiran.rencana_aksi in lampiran):
        jenis = JenisKeputusan.tim_zi
    elif _TIM.search(k.kepala.tentang or "") or JenisLampiran.susunan_tim in lampiran:
        jenis = JenisKeputusan.tim_lain
    else:
        jenis = JenisKeputusan.penetapan
    return Klasifikasi(
        jenis=jenis,
        zona_integritas=zi,
        lampiran=lampiran,
        sel_tergabung=tuple(joined for _, joined, _ in kinds),
        sel_tergabung_dari=tuple(dari for _, _, dari in kinds),
    )


def klasifikasi(ctx: CheckContext) -> Klasifikasi:
    """:func:`classify` of the decree under check, computed once per run."""
    found = ctx.cache.get("classify")
    if found is None:
        found = ctx.cache["classify"] = classify(ctx.keputusan)
    return found
