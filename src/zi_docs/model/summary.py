"""A short account of what a decree contains, for the terminal."""

from __future__ import annotations

from ..i18n import Lang, Message
from . import Keputusan, LampiranBebas, LampiranRencanaAksi, LampiranSusunanTim
from .tanggal import format_tanggal


def title(keputusan: Keputusan) -> str:
    """``KEPUTUSAN KOMISI … NOMOR 42 TAHUN 2025 TENTANG …`` on one line."""
    kepala = keputusan.kepala
    nomor = f"NOMOR {kepala.nomor}" + (f" TAHUN {kepala.tahun}" if kepala.tahun else "")
    issuer = " ".join(part for part in (kepala.jenis, kepala.pejabat, kepala.instansi) if part)
    return f"{issuer} {nomor} TENTANG {' '.join(kepala.tentang.split())}"


_ENACTED = Message("Ditetapkan di {tempat}, {tanggal} ({nama})", "Enacted in {tempat}, {tanggal} ({nama})")
_TEAMS = Message(
    "{label}: {kelompok} kelompok, {anggota} anggota: {rincian}",
    "{label}: {kelompok} groups, {anggota} members: {rincian}",
)
_PLAN = Message(
    "{label}: Rencana Aksi, {bagian} bagian, {baris} baris: {rincian}",
    "{label}: Rencana Aksi, {bagian} sections, {baris} rows: {rincian}",
)
_BLOCKS = Message("{label}: {blok} blok", "{label}: {blok} blocks")
_UNPARSED = Message("{n} potongan teks tidak terurai", "{n} pieces of text not placed")


def summary(keputusan: Keputusan, lang: Lang = "id") -> str:
    """Counts of each part of the decree and of each attachment's contents."""
    lines = [title(keputusan)]
    counts = [
        (len(keputusan.menimbang), "Menimbang"),
        (len(keputusan.mengingat), "Mengingat"),
        (len(keputusan.memperhatikan), "Memperhatikan"),
        (len(keputusan.diktum), "diktum"),
        (len(keputusan.lampiran), "Lampiran"),
    ]
    lines.append(", ".join(f"{n} {name}" for n, name in counts))
    if keputusan.penetapan is not None and keputusan.penetapan.tanggal is not None:
        p = keputusan.penetapan
        lines.append(_ENACTED.format(tempat=p.tempat or "?", tanggal=format_tanggal(p.tanggal), nama=p.nama)(lang))
    for lampiran in keputusan.lampiran:
        label = f"Lampiran {lampiran.nomor}" if lampiran.nomor else "Lampiran"
        if isinstance(lampiran, LampiranSusunanTim):
            members = sum(len(k.anggota) for k in lampiran.kelompok)
            detail = ", ".join(f"{k.nama} ({len(k.anggota)})" for k in lampiran.kelompok)
            lines.append(
                _TEAMS.format(label=label, kelompok=len(lampiran.kelompok), anggota=members, rincian=detail)(lang)
            )
        elif isinstance(lampiran, LampiranRencanaAksi):
            rows = sum(len(b.baris) for b in lampiran.bagian)
            detail = ", ".join(f"{b.nomor} ({len(b.baris)})" for b in lampiran.bagian)
            lines.append(_PLAN.format(label=label, bagian=len(lampiran.bagian), baris=rows, rincian=detail)(lang))
        elif isinstance(lampiran, LampiranBebas):
            lines.append(_BLOCKS.format(label=label, blok=len(lampiran.isi))(lang))
    if keputusan.tidak_terurai:
        lines.append(_UNPARSED.format(n=len(keputusan.tidak_terurai))(lang))
    return "\n".join(lines)
