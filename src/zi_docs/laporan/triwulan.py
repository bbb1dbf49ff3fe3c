"""The quarterly progress report to the Pengarah (DOCX, and PDF through LibreOffice).

Summary per ZI area and per team (done / in progress / late / not started, counts
and percent), the chart of it, the table of every action with its target and
realisation, the late actions, the actions without evidence, and the plan actions
the realisation data does not mention.
"""

from __future__ import annotations

import io
import os
from datetime import date
from pathlib import Path
from typing import Any

from ..model import Keputusan
from ..model.tanggal import format_tanggal
from ..rendering.filters import romawi
from ..storage.load_save import write_atomic
from .berkas import jangan_timpa
from .grafik import grafik_png
from .kemajuan import KATEGORI, Jumlah, Kemajuan, compute_kemajuan
from .orang import title_case
from .realisasi import DataRealisasi
from .templat import aman, render_docx, templat_laporan
from .umum import instansi, instansi_pendek, ketua_tim_kerja, kop, tempat_tanggal

__all__ = ["STATUS_TEKS", "konteks_triwulan", "laporan_triwulan", "triwulan_ke"]

STATUS_TEKS = {"selesai": "Selesai", "proses": "Proses", "terlambat": "Terlambat", "belum": "Belum dimulai"}
KETERANGAN_STATUS = (
    "Setiap aksi dihitung sekali: Selesai (status selesai); Terlambat (belum selesai dan batas akhir target "
    "waktunya sudah lewat pada tanggal laporan); Proses (sedang berjalan, belum lewat batas); Belum dimulai. "
    "Persentase terhadap jumlah aksi area atau tim itu."
)
KETERANGAN_BERKALA = (
    "Aksi dengan target berkala (mis. Per Triwulan) tidak dinilai terlambat hanya karena tanggal; statusnya "
    "menurut data realisasi. Aksi yang tidak dilaporkan dihitung Belum dimulai."
)


def triwulan_ke(per: date) -> int:
    return (per.month - 1) // 3 + 1


def _sel(jumlah: Jumlah, kategori: str) -> str:
    persen = jumlah.persen(kategori)  # type: ignore[arg-type]
    return "-" if persen is None else f"{jumlah[kategori]} ({persen:.0f}%)"  # type: ignore[index]


def _ringkas(jumlah: Jumlah, nama: str | None = None) -> dict[str, Any]:
    return {"nama": nama or jumlah.nama, "jumlah": str(jumlah.jumlah), **{k: _sel(jumlah, k) for k in KATEGORI}}


def _teks(nilai: str | None) -> str:
    return nilai or ""


def konteks_triwulan(keputusan: Keputusan, kemajuan: Kemajuan, grafik: Any = None) -> dict[str, Any]:
    """The data the report template sees (plain values; user text made XML-safe)."""
    per = kemajuan.per
    kepala = keputusan.kepala
    nomor = f"Nomor {kepala.nomor}" + (f" Tahun {kepala.tahun}" if kepala.tahun else "")
    ttd = ketua_tim_kerja(keputusan)
    bagian: list[dict[str, Any]] = []
    for k in kemajuan.aksi:
        a = k.aksi
        if not bagian or bagian[-1]["_obj"] is not a.bagian:
            bagian.append({"_obj": a.bagian, "nomor": a.kunci.rsplit(".", 1)[0], "judul": a.bagian.judul, "aksi": []})
        tw = a.baris.target_waktu
        status = STATUS_TEKS[k.kategori]
        if a.berkala:
            status += " (berkala)"
        bagian[-1]["aksi"].append(
            {
                "kunci": a.kunci,
                "tim": "\n".join(title_case(t.nama) for t in k.tim) or (a.area.nama if a.area else ""),
                "langkah": a.langkah,
                "target_waktu": tw.teks if tw else "",
                "target_capaian": a.baris.target_capaian.teks if a.baris.target_capaian else "",
                "status": status,
                "tanggal_selesai": format_tanggal(k.realisasi.tanggal_selesai)
                if k.realisasi and k.realisasi.tanggal_selesai
                else "",
                "bukti": "\n".join(k.bukti),
                "catatan": _teks(k.realisasi.catatan if k.realisasi else None),
            }
        )
    for b in bagian:
        del b["_obj"]
    terlambat = [
        {
            "kunci": k.aksi.kunci,
            "tim": "\n".join(title_case(t.nama) for t in k.tim),
            "langkah": k.aksi.langkah,
            "target_waktu": k.aksi.baris.target_waktu.teks if k.aksi.baris.target_waktu else "",
            "tenggat": format_tanggal(k.aksi.tenggat) if k.aksi.tenggat else "",
            "status": STATUS_TEKS[k.status],
            "catatan": _teks(k.realisasi.catatan if k.realisasi else None),
        }
        for k in kemajuan.terlambat
    ]
    tanpa_bukti = [
        {
            "kunci": k.aksi.kunci,
            "tim": "\n".join(title_case(t.nama) for t in k.tim),
            "langkah": k.aksi.langkah,
            "status": STATUS_TEKS[k.status],
            "bukti_fisik": _teks(k.aksi.baris.bukti_fisik),
        }
        for k in kemajuan.tanpa_bukti
    ]
    tanpa_aksi = [title_case(t.nama) for t, j in kemajuan.per_tim if not j.jumlah]
    context = {
        "kop": kop(keputusan),
        "periode": f"TRIWULAN {romawi(triwulan_ke(per))} TAHUN {per.year}",
        "per": per,
        "kepada": f"Pengarah Tim Pembangunan Zona Integritas {instansi_pendek(keputusan)}",
        "dari": ttd.jabatan.rstrip(","),
        "dasar": f"Keputusan {instansi(keputusan)} {nomor} tentang {title_case(kepala.tentang)}",
        "keterangan_status": KETERANGAN_STATUS,
        "keterangan_berkala": KETERANGAN_BERKALA,
        "ringkasan_area": [_ringkas(j) for j in kemajuan.per_area.values()],
        "ringkasan_tim": [_ringkas(j, title_case(t.nama)) for t, j in kemajuan.per_tim],
        "total": _ringkas(kemajuan.total, "JUMLAH"),
        "tim_tanpa_aksi": ("Tim tanpa aksi dalam Rencana Aksi: " + ", ".join(tanpa_aksi) + "." if tanpa_aksi else ""),
        "bagian": bagian,
        "terlambat": terlambat,
        "tanpa_bukti": tanpa_bukti,
        "belum_dilaporkan": [{"kunci": a.kunci, "langkah": a.langkah} for a in kemajuan.hilang],
        "keterangan_belum_dilaporkan": (
            "Aksi berikut ada dalam Rencana Aksi tetapi tidak ada dalam data realisasi; "
            "dalam laporan ini dihitung sebagai Belum dimulai."
        ),
        "ttd": {
            "tempat_tanggal": tempat_tanggal(keputusan, per),
            "jabatan": ttd.jabatan,
            "nama": ttd.nama,
            "nip": ttd.nip,
        },
    }
    context = aman(context)
    context["per"] = per  # a date for the |tanggal filter, not text
    context["grafik"] = grafik
    return context


def laporan_triwulan(
    keputusan: Keputusan,
    realisasi: DataRealisasi,
    per: date,
    output: str | os.PathLike[str],
    *,
    pdf: bool = False,
    template: str | os.PathLike[str] | None = None,
    inputs: tuple[str | os.PathLike[str] | None, ...] = (),
) -> list[Path]:
    """Write the quarterly report; returns the paths written (DOCX, then PDF).

    ``output`` is a ``.docx`` path or a folder (the file is then
    ``laporan-triwulan-YYYY-MM-DD.docx``).  ``inputs`` are files never to be
    overwritten (the decree and the realisation data are always among them).
    """
    from docx.shared import Cm
    from docxtpl import InlineImage

    output = Path(output)
    if output.suffix.lower() != ".docx":
        output = output / f"laporan-triwulan-{per.isoformat()}.docx"
    jangan_timpa(output, (*inputs, realisasi.path))
    kemajuan = compute_kemajuan(keputusan, realisasi, per)
    png = grafik_png(kemajuan)
    path = Path(template) if template else templat_laporan("triwulan.docx")
    data = render_docx(
        path,
        lambda tpl: konteks_triwulan(keputusan, kemajuan, InlineImage(tpl, io.BytesIO(png), width=Cm(16))),
        judul=f"Laporan Kemajuan Rencana Aksi Zona Integritas Triwulan {romawi(triwulan_ke(per))} {per.year}",
        penulis=instansi(keputusan),
    )
    write_atomic(output, data)
    paths = [output]
    if pdf:
        from ..rendering.pdf import convert_to_pdf

        paths += convert_to_pdf([output], output.parent)
    return paths
