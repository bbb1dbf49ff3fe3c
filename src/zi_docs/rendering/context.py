"""The data a decree template sees: the model turned into plain, display-ready values.

Templates get dictionaries and lists, not the Pydantic objects, for three reasons:
list items are flattened with their depth and printed marker so that a template
needs no recursion; derived lines (``LAMPIRAN I``, ``NOMOR 42 TAHUN 2025``, the
Lampiran header that repeats the decree's own heading) are written once here rather
than in every office's template; and every piece of user text passes through
:func:`teks_aman`, so a value can never carry characters that XML forbids.

The context is data only: Jinja never parses it, so ``{{ … }}`` typed by a user
is printed as it stands.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..grammar import list_marker
from ..model import (
    Anggota,
    Butir,
    ButirMemperhatikan,
    DasarHukum,
    KelompokTim,
    Keputusan,
    LampiranBebas,
    LampiranRencanaAksi,
    LampiranSusunanTim,
    Penetapan,
    Salinan,
)
from ..storage.regex_cache import regex

# Characters XML 1.0 does not allow (C0 controls except tab, newline, carriage
# return; lone surrogates; U+FFFE/U+FFFF).  \a and \f are among them, which also
# keeps docxtpl from turning them into paragraph and page breaks.
_XML_VERBOTEN = regex("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def teks_aman(nilai: Any) -> str:
    """User text made safe to put in a DOCX: forbidden control characters are removed,
    Windows and old Mac line ends become ``\\n`` (rendered as a line break)."""
    if nilai is None:
        return ""
    teks = str(nilai).replace("\r\n", "\n").replace("\r", "\n")
    return _XML_VERBOTEN.sub("", teks)


def _opsional(nilai: Any) -> str | None:
    return None if nilai is None else teks_aman(nilai)


def ratakan_butir(butir: Iterable[Butir], tingkat: int = 1) -> list[dict[str, Any]]:
    """Nested items as one list of ``{tingkat, tanda, teks}`` in reading order.

    ``teks_penutup`` after sub-items becomes an entry without a marker at the item's
    own depth, so that it lines up with the item's text.
    """
    hasil: list[dict[str, Any]] = []
    for urutan, b in enumerate(butir, start=1):
        # No label of its own: the marker of its depth, a. → 1. → a) → 1) (the grammar's).
        tanda = b.label if b.label is not None else list_marker(tingkat, urutan)
        hasil.append({"tingkat": tingkat, "tanda": teks_aman(tanda), "teks": teks_aman(b.teks)})
        hasil.extend(ratakan_butir(b.rincian, tingkat + 1))
        if b.teks_penutup:
            hasil.append({"tingkat": tingkat, "tanda": "", "teks": teks_aman(b.teks_penutup)})
    return hasil


def _butir_datar(items: Iterable[DasarHukum | ButirMemperhatikan]) -> list[dict[str, Any]]:
    """Mengingat and Memperhatikan items: one level, numbered 1., 2. … unless labelled."""
    return [
        {"tingkat": 1, "tanda": teks_aman(b.label if b.label is not None else f"{i}."), "teks": teks_aman(b.teks)}
        for i, b in enumerate(items, start=1)
    ]


def _nomor_lengkap(nomor: str, tahun: int | None) -> str:
    return f"NOMOR {teks_aman(nomor)}" + (f" TAHUN {tahun}" if tahun else "")


def _penetapan(p: Penetapan | None) -> dict[str, Any] | None:
    if p is None:
        return None
    return {
        "tempat": _opsional(p.tempat),
        "tanggal": p.tanggal,
        "jabatan": teks_aman(p.jabatan),
        "tanda_tangan": _opsional(p.tanda_tangan),
        "nama": teks_aman(p.nama),
        "nip": _opsional(p.nip),
    }


def _salinan(s: Salinan | None) -> dict[str, Any] | None:
    if s is None:
        return None
    return {
        "frasa": teks_aman(s.frasa),
        "unit": _opsional(s.unit),
        "jabatan": _opsional(s.jabatan),
        "tanda_tangan": _opsional(s.tanda_tangan),
        "nama": _opsional(s.nama),
        "nip": _opsional(s.nip),
    }


def _anggota(a: Anggota, urutan: int) -> dict[str, Any]:
    return {
        "nomor": teks_aman(a.nomor if a.nomor is not None else f"{urutan}."),
        "nama": teks_aman(a.nama),
        "jabatan": teks_aman(a.jabatan),
        "kedudukan": teks_aman(a.kedudukan),
        "nip": _opsional(a.nip),
        "pangkat_golongan": _opsional(a.pangkat_golongan),
        "kolom_lain": {teks_aman(k): teks_aman(v) for k, v in a.kolom_lain.items()},
    }


def _kelompok(kelompok: Iterable[KelompokTim]) -> list[dict[str, Any]]:
    hasil = [
        {
            "label": _opsional(g.label),
            "nama": teks_aman(g.nama),
            "judul": teks_aman(f"{g.label} {g.nama}" if g.label else g.nama),
            "anggota": [_anggota(a, i) for i, a in enumerate(g.anggota, start=1)],
        }
        for g in kelompok
    ]
    # A team table inside a diktum is followed by the diktum's own text, not a signature.
    _tandai_terakhir([a for g in hasil for a in g["anggota"]])
    return hasil


def _tandai_terakhir(baris: list[dict[str, Any]]) -> None:
    """Mark the last of the rows or blocks that a signature follows (``terakhir``): the
    template keeps that one with the signature, so that the signature never stands
    alone at the top of a page."""
    for i, b in enumerate(baris):
        b["terakhir"] = i == len(baris) - 1


def _lampiran(lamp: Any, keputusan: Keputusan) -> dict[str, Any]:
    kepala = keputusan.kepala
    if lamp.kepala is not None:
        kepala_lampiran = {
            "keputusan": teks_aman(lamp.kepala.keputusan),
            "nomor": teks_aman(lamp.kepala.nomor),
            "tahun": lamp.kepala.tahun,
            "nomor_lengkap": _nomor_lengkap(lamp.kepala.nomor, lamp.kepala.tahun),
            "tentang": teks_aman(lamp.kepala.tentang),
        }
    else:  # None means: repeat the decree's own heading.
        kepala_lampiran = {
            "keputusan": teks_aman(" ".join(p for p in (kepala.jenis, kepala.pejabat, kepala.instansi) if p)),
            "nomor": teks_aman(kepala.nomor),
            "tahun": kepala.tahun,
            "nomor_lengkap": _nomor_lengkap(kepala.nomor, kepala.tahun),
            "tentang": teks_aman(kepala.tentang),
        }
    data: dict[str, Any] = {
        "jenis": lamp.jenis,
        "nomor": _opsional(lamp.nomor),
        "label": "LAMPIRAN" + (f" {teks_aman(lamp.nomor)}" if lamp.nomor else ""),
        "kepala": kepala_lampiran,
        "judul": teks_aman(lamp.judul),
        "landscape": isinstance(lamp, LampiranRencanaAksi),
        "penandatanganan": _penetapan(lamp.penandatanganan),
        "salinan": _salinan(lamp.salinan),
        "kelompok": [],
        "bagian": [],
        "isi": [],
    }
    if isinstance(lamp, LampiranSusunanTim):
        data["kelompok"] = _kelompok(lamp.kelompok)
        _tandai_terakhir([a for g in data["kelompok"] for a in g["anggota"]])
    elif isinstance(lamp, LampiranRencanaAksi):
        data["bagian"] = [
            {
                "nomor": teks_aman(b.nomor),
                "judul": teks_aman(b.judul),
                "baris": [
                    {
                        "nomor": teks_aman(r.nomor),
                        "komponen": teks_aman(r.komponen),
                        "indikator": teks_aman(r.indikator),
                        "langkah_aksi": teks_aman(r.langkah_aksi),
                        "bukti_fisik": teks_aman(r.bukti_fisik),
                        "target_waktu": teks_aman(r.target_waktu.teks if r.target_waktu else None),
                        "target_capaian": teks_aman(r.target_capaian.teks if r.target_capaian else None),
                    }
                    for r in b.baris
                ],
            }
            for b in lamp.bagian
        ]
        _tandai_terakhir([r for b in data["bagian"] for r in b["baris"]])
    elif isinstance(lamp, LampiranBebas):
        for blok in lamp.isi:
            if blok.jenis == "paragraf":
                data["isi"].append({"jenis": "paragraf", "teks": teks_aman(blok.teks)})
            else:
                baris = [[teks_aman(sel) for sel in row] for row in blok.baris]
                data["isi"].append(
                    {
                        "jenis": "tabel",
                        "judul": baris[: blok.baris_judul],
                        "isi": baris[blok.baris_judul :],
                        "baris": baris,
                    }
                )
        _tandai_terakhir(data["isi"])
    return data


def build_context(keputusan: Keputusan) -> dict[str, Any]:
    """The template context for ``keputusan``; see the module docstring."""
    kepala = keputusan.kepala
    lampiran = [_lampiran(lamp, keputusan) for lamp in keputusan.lampiran]
    # Each Lampiran starts a section; the break that ends the section before it must
    # carry that section's orientation (DOCX stores a section's layout at its end).
    sebelumnya = False
    for lamp in lampiran:
        lamp["landscape_sebelumnya"] = sebelumnya
        sebelumnya = lamp["landscape"]
    diktum = [
        {
            "label": teks_aman(d.label),
            "teks": teks_aman(d.teks),
            "butir": ratakan_butir(d.rincian),
            "kelompok": _kelompok(d.kelompok),
            "teks_penutup": _opsional(d.teks_penutup),
        }
        for d in keputusan.diktum
    ]
    return {
        "kepala": {
            "kop": [teks_aman(b) for b in kepala.kop],
            "tanda_salinan": kepala.tanda_salinan,
            "jenis": teks_aman(kepala.jenis),
            "pejabat": _opsional(kepala.pejabat),
            "instansi": teks_aman(kepala.instansi),
            "judul": teks_aman(" ".join(p for p in (kepala.jenis, kepala.pejabat, kepala.instansi) if p)),
            "nomor": teks_aman(kepala.nomor),
            "tahun": kepala.tahun,
            "nomor_lengkap": _nomor_lengkap(kepala.nomor, kepala.tahun),
            "tentang": teks_aman(kepala.tentang),
        },
        "pembukaan": _opsional(keputusan.pembukaan),
        "jabatan_pembentuk": teks_aman(keputusan.jabatan_pembentuk),
        "menimbang": ratakan_butir(keputusan.menimbang),
        "mengingat": _butir_datar(keputusan.mengingat),
        "memperhatikan": _butir_datar(keputusan.memperhatikan),
        "menetapkan": _opsional(keputusan.menetapkan),
        "diktum": diktum,
        # The shipped template prints the last diktum apart, kept with the signature.
        "diktum_awal": diktum[:-1],
        "diktum_akhir": diktum[-1:],
        "penetapan": _penetapan(keputusan.penetapan),
        "salinan": _salinan(keputusan.salinan),
        "tembusan": [teks_aman(t) for t in keputusan.tembusan],
        "lampiran": lampiran,
        "lampiran_terakhir_landscape": bool(lampiran) and lampiran[-1]["landscape"],
    }
