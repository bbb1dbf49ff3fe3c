"""Documents of a team forum: invitation, attendance list, minutes.

The decree obliges the teams to meet; the Rencana Aksi asks for the invitation,
the attendance list and the minutes as evidence.  The meeting is described once,
in a small YAML file (or in Python with :class:`Rapat`)::

    nama: Rapat Evaluasi Pembangunan Zona Integritas Triwulan III
    tanggal: 2025-09-30
    waktu: 09.00 WITA s.d. selesai
    tempat: Ruang Rapat KPU Kabupaten Penajam Paser Utara
    nomor: 123/PP.01-Und/6409/2025
    agenda: [Evaluasi Rencana Aksi triwulan III, Rencana triwulan IV]
    keputusan: [...]
    tindak_lanjut:
      - {uraian: ..., penanggung_jawab: Tim Penguatan Pengawasan, tenggat: 2025-10-31}
    pimpinan: Ardimansyah
    notulis: Linda Marlis

and the teams are chosen from the decree.  The attendance list holds every
distinct member of the chosen teams once (a person in two teams signs once).
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

from babel.dates import format_date
from pydantic import Field, ValidationError

from ..errors import InvalidDataError, ZiDocsError
from ..i18n import Message
from ..model import KelompokTim, Keputusan
from ..model.base import ZiModel
from ..model.tanggal import Tanggal, format_tanggal
from ..storage.files import read_text_utf8
from ..storage.load_save import write_atomic
from ..storage.validation import problems_from
from ..storage.yaml_io import YamlDocument
from .berkas import jangan_timpa
from .orang import Orang, daftar_orang, select_tim, title_case
from .templat import aman, render_docx, templat_laporan
from .umum import instansi, instansi_pendek, ketua_tim_kerja, kop, tempat_tanggal

__all__ = ["BELUM_DITENTUKAN", "JENIS_FORUM", "Rapat", "TindakLanjut", "dokumen_forum", "load_rapat", "peserta"]

JENIS_FORUM = ("undangan", "daftar_hadir", "notulensi")
#: Printed for a meeting's place or time not given yet: a line to fill in by hand that
#: says so, rather than an invitation silently without them.
BELUM_DITENTUKAN = "........................ (belum ditentukan)"
#: Largest meeting file read, in bytes (a page of YAML).
MAX_BYTES = 5 * 1024 * 1024


class TindakLanjut(ZiModel):
    """A follow-up decided in the meeting."""

    uraian: str
    penanggung_jawab: str | None = None
    tenggat: Tanggal | None = None


class Rapat(ZiModel):
    """A team meeting."""

    nama: str = "Rapat Tim Pembangunan Zona Integritas"
    tanggal: Tanggal
    waktu: str | None = None
    tempat: str | None = None
    nomor: str | None = None
    """The invitation's letter number."""

    sifat: str = "Biasa"
    lampiran: str = "-"
    tanggal_surat: Tanggal | None = None
    """The invitation's date; by default the meeting's date."""

    agenda: list[str] = Field(default_factory=list)
    pembahasan: list[str] = Field(default_factory=list)
    keputusan: list[str] = Field(default_factory=list)
    tindak_lanjut: list[TindakLanjut] = Field(default_factory=list)
    pimpinan: str | None = None
    notulis: str | None = None

    @property
    def belum_diisi(self) -> list[str]:
        """The fields an invitation needs that are not given (``"tempat"``, ``"waktu"``)."""
        return [name for name in ("tempat", "waktu") if not (getattr(self, name) or "").strip()]


def load_rapat(path: str | os.PathLike[str]) -> Rapat:
    """Read a meeting from YAML; every problem is reported at once, with its line."""
    path = Path(path)
    doc = YamlDocument(read_text_utf8(path, MAX_BYTES), str(path))
    try:
        return Rapat.model_validate(doc.data if doc.data is not None else {})
    except ValidationError as exc:
        raise InvalidDataError(problems_from(exc, Rapat, doc.line_of), path=path) from None


def hari_tanggal(tanggal: date) -> str:
    """``"Selasa, 30 September 2025"`` (day names from CLDR through Babel)."""
    return f"{format_date(tanggal, 'EEEE', locale='id')}, {format_tanggal(tanggal)}"


def peserta(keputusan: Keputusan, tim: list[str] | None = None) -> tuple[list[KelompokTim], list[Orang]]:
    """The chosen teams and their distinct members (every team when ``tim`` is empty)."""
    try:
        teams = select_tim(keputusan, tim)
    except LookupError as exc:
        names = "; ".join(k.nama for k in select_tim(keputusan, None))
        raise ZiDocsError(
            Message(f"tim '{exc.args[0]}' tidak ada dalam keputusan", f"team '{exc.args[0]}' is not in the decree"),
            hint=Message(f"Tim yang ada: {names}.", f"The teams are: {names}."),
        ) from None
    return teams, daftar_orang(teams)


def _konteks(keputusan: Keputusan, rapat: Rapat, teams: list[KelompokTim], orang: list[Orang]) -> dict[str, Any]:
    ttd = ketua_tim_kerja(keputusan)
    nama_tim = [title_case(k.nama) for k in teams]
    acara = rapat.nama
    pembuka = (
        f"Dalam rangka pelaksanaan Pembangunan Zona Integritas di {instansi_pendek(keputusan)}, dengan hormat kami "
        f"mengundang Bapak/Ibu anggota {', '.join(nama_tim)} untuk menghadiri {rapat.nama} yang akan "
        "dilaksanakan pada:"
    )
    return aman(
        {
            "kop": kop(keputusan),
            "instansi": instansi(keputusan),
            "tim": [{"nama": n} for n in nama_tim],
            "rapat": {
                "nama": rapat.nama,
                "nomor": rapat.nomor or "",
                "sifat": rapat.sifat,
                "lampiran": rapat.lampiran,
                "hari_tanggal": hari_tanggal(rapat.tanggal),
                "waktu": rapat.waktu if "waktu" not in rapat.belum_diisi else BELUM_DITENTUKAN,
                "tempat": rapat.tempat if "tempat" not in rapat.belum_diisi else BELUM_DITENTUKAN,
                "acara": acara,
                "agenda": rapat.agenda,
                "pembahasan": rapat.pembahasan,
                "keputusan": rapat.keputusan,
                "tindak_lanjut": [
                    {
                        "uraian": t.uraian,
                        "penanggung_jawab": t.penanggung_jawab or "",
                        "tenggat": format_tanggal(t.tenggat) if t.tenggat else "",
                    }
                    for t in rapat.tindak_lanjut
                ],
                "pimpinan": rapat.pimpinan or ttd.nama,
                "notulis": rapat.notulis or "",
                "tempat_tanggal_surat": tempat_tanggal(keputusan, rapat.tanggal_surat or rapat.tanggal),
                "pembuka": pembuka,
                "penutup": "Mengingat pentingnya acara tersebut, kehadiran Bapak/Ibu tepat pada waktunya sangat "
                "diharapkan. Atas perhatian dan kehadirannya, kami ucapkan terima kasih.",
            },
            "hadir": [
                {
                    "nama": o.nama,
                    "jabatan": o.jabatan or "",
                    # Team names only: the full "Koordinator merangkap Anggota …" does not fit the column.
                    "tim": "\n".join(dict.fromkeys(title_case(t) for t in o.tim)),
                }
                for o in orang
            ],
            "peserta": f"{len(orang)} orang anggota {', '.join(nama_tim)} (daftar hadir terlampir)",
            "ttd": {
                "tempat_tanggal": tempat_tanggal(keputusan, rapat.tanggal_surat or rapat.tanggal),
                "jabatan": ttd.jabatan,
                "nama": ttd.nama,
                "nip": ttd.nip,
            },
        }
    )


def dokumen_forum(
    keputusan: Keputusan,
    rapat: Rapat,
    outdir: str | os.PathLike[str],
    *,
    tim: list[str] | None = None,
    jenis: tuple[str, ...] = JENIS_FORUM,
    pdf: bool = False,
    inputs: tuple[str | os.PathLike[str] | None, ...] = (),
) -> list[Path]:
    """Write the forum documents (``undangan.docx``, ``daftar-hadir.docx``, ``notulensi.docx``) to ``outdir``.

    ``tim`` chooses teams (number, label, area or part of the name; all when empty).
    A place or time not given (:attr:`Rapat.belum_diisi`) is printed as
    :data:`BELUM_DITENTUKAN`, a line to fill in by hand.  Returns the paths written,
    DOCX files first, then the PDFs.
    """
    outdir = Path(outdir)
    unknown = [j for j in jenis if j not in JENIS_FORUM]
    if unknown:
        raise ZiDocsError(
            Message(
                f"jenis dokumen forum tidak dikenal: {', '.join(unknown)}",
                f"unknown forum document kind: {', '.join(unknown)}",
            ),  # fmt: skip
            hint=Message(f"Pilih dari: {', '.join(JENIS_FORUM)}.", f"Choose from: {', '.join(JENIS_FORUM)}."),
        )
    teams, orang = peserta(keputusan, tim)
    context = _konteks(keputusan, rapat, teams, orang)
    tanggal = rapat.tanggal.isoformat()
    rendered = []
    for j in jenis:
        path = outdir / f"{j.replace('_', '-')}-{tanggal}.docx"
        jangan_timpa(path, inputs)
        judul = {"undangan": "Undangan", "daftar_hadir": "Daftar Hadir", "notulensi": "Notulensi"}[j]
        data = render_docx(templat_laporan(f"{j}.docx"), context, judul=f"{judul} {rapat.nama}",
                           penulis=instansi(keputusan))  # fmt: skip
        rendered.append((path, data))
    # Everything is rendered before anything is written: a template error leaves no partial set.
    paths = []
    for path, data in rendered:
        write_atomic(path, data)
        paths.append(path)
    if pdf:
        from ..rendering.pdf import convert_to_pdf

        paths += convert_to_pdf(paths, outdir)
    return paths
