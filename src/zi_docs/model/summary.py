"""A short account of what a decree contains, for the terminal."""

from __future__ import annotations

from ..i18n import Lang
from . import Keputusan, LampiranBebas, LampiranRencanaAksi, LampiranSusunanTim
from .tanggal import format_tanggal


def title(keputusan: Keputusan) -> str:
    """``KEPUTUSAN KOMISI … NOMOR 42 TAHUN 2025 TENTANG …`` on one line."""
    kepala = keputusan.kepala
    nomor = f"NOMOR {kepala.nomor}" + (f" TAHUN {kepala.tahun}" if kepala.tahun else "")
    issuer = " ".join(part for part in (kepala.jenis, kepala.pejabat, kepala.instansi) if part)
    return f"{issuer} {nomor} TENTANG {' '.join(kepala.tentang.split())}"


def summary(keputusan: Keputusan, lang: Lang = "id") -> str:
    """Counts of each part of the decree and of each attachment's contents."""
    en = lang == "en"
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
        lines.append(
            ("Enacted in " if en else "Ditetapkan di ") + f"{p.tempat or '?'}, {format_tanggal(p.tanggal)} ({p.nama})"
        )
    for lampiran in keputusan.lampiran:
        label = f"Lampiran {lampiran.nomor}" if lampiran.nomor else "Lampiran"
        if isinstance(lampiran, LampiranSusunanTim):
            members = sum(len(k.anggota) for k in lampiran.kelompok)
            detail = ", ".join(f"{k.nama} ({len(k.anggota)})" for k in lampiran.kelompok)
            unit = "groups" if en else "kelompok"
            people = "members" if en else "anggota"
            lines.append(f"{label}: {len(lampiran.kelompok)} {unit}, {members} {people}: {detail}")
        elif isinstance(lampiran, LampiranRencanaAksi):
            rows = sum(len(b.baris) for b in lampiran.bagian)
            detail = ", ".join(f"{b.nomor} ({len(b.baris)})" for b in lampiran.bagian)
            lines.append(
                f"{label}: Rencana Aksi, {len(lampiran.bagian)} {'sections' if en else 'bagian'}, "
                f"{rows} {'rows' if en else 'baris'}: {detail}"
            )
        elif isinstance(lampiran, LampiranBebas):
            lines.append(f"{label}: {len(lampiran.isi)} {'blocks' if en else 'blok'}")
    if keputusan.tidak_terurai:
        n = len(keputusan.tidak_terurai)
        lines.append(f"{n} " + ("pieces of text not placed" if en else "potongan teks tidak terurai"))
    return "\n".join(lines)
