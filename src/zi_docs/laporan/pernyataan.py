"""Per-person statements: Surat Pernyataan Bebas Benturan Kepentingan and Pakta Integritas.

One statement per distinct person of the chosen teams (:func:`~.orang.daftar_orang`:
a person in two teams signs once, and the statement names both places), either one
DOCX per person, named from the name (:class:`~.berkas.NamaBerkas`: ASCII, no
Windows device names, length-limited, unique), or one combined document in which
every person starts a new page.

Speed, for a roster of hundreds: the template is parsed and compiled once
(:class:`~.templat.TemplatCepat`) and each person costs one Jinja render and one
ZIP write; with more than :data:`MIN_PARALEL` people the work is spread over a
process pool (one worker per core, at most :data:`MAX_WORKERS`), each worker
compiling the template once in its initializer and writing its files itself, so
only small dictionaries cross between processes.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor, as_completed
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import ZiDocsError
from ..i18n import Lang, Message
from ..model import Keputusan
from ..progress import Mode, Progress
from ..storage.load_save import write_atomic
from .berkas import NamaBerkas, jangan_timpa
from .forum import peserta
from .orang import Orang
from .templat import TemplatCepat, aman, templat_laporan
from .umum import instansi, instansi_pendek, tempat_tanggal

__all__ = ["JENIS_PERNYATAAN", "MIN_PARALEL", "konteks_bersama", "konteks_orang", "surat_pernyataan"]

#: Kind → (template file, title for the file's properties).
JENIS_PERNYATAAN = {
    "benturan-kepentingan": ("benturan_kepentingan.docx", "Surat Pernyataan Bebas Benturan Kepentingan"),
    "pakta-integritas": ("pakta_integritas.docx", "Pakta Integritas"),
}
#: Below this many documents a process pool costs more (start-up, imports) than it saves.
MIN_PARALEL = 40
MAX_WORKERS = 4
# The mode names of laporan's former progress module, still accepted.
_MODE_LAMA = {"rich": "bar", "baris": "lines", "diam": "off"}
#: Documents per task sent to a worker: fewer round trips, still a smooth progress bar.
_POTONGAN = 20


def _gabung_kata(items: list[str]) -> str:
    """``["a", "b", "c"]`` → ``"a, b, dan c"``."""
    if len(items) <= 2:
        return " dan ".join(items)
    return ", ".join(items[:-1]) + ", dan " + items[-1]


def konteks_orang(orang: Orang) -> dict[str, Any]:
    """What a statement says about one person."""
    kedudukan = orang.kedudukan
    return {
        "nama": orang.nama,
        "nip": orang.nip,
        "jabatan": orang.jabatan or "",
        "kedudukan": "\n".join(kedudukan),
        "tugas": _gabung_kata(kedudukan),
    }


def konteks_bersama(keputusan: Keputusan, tanggal: date | None, meterai: bool) -> dict[str, Any]:
    """What every statement of a decree says alike: the office, the place and date, the closing words."""
    return {
        "instansi": instansi(keputusan),
        "instansi_pendek": instansi_pendek(keputusan),
        "tempat_tanggal": tempat_tanggal(keputusan, tanggal),
        "meterai": meterai,
        "penutup": "Demikian pernyataan ini saya buat dengan sesungguhnya dalam keadaan sadar, tanpa paksaan dari "
        "pihak mana pun, untuk dipergunakan sebagaimana mestinya.",
    }


# ------------------------------------------------------------------- worker processes

_TEMPLAT: dict[str, TemplatCepat] = {}


def _siapkan(templates: dict[str, str]) -> None:
    """Worker initializer: compile each template once per process."""
    for jenis, path in templates.items():
        _TEMPLAT[jenis] = TemplatCepat(path)


def _write_batch(tugas: list[tuple[str, str, dict[str, Any], str]]) -> int:
    """Render and write a batch of ``(kind, path, context, title)``; returns how many."""
    for jenis, path, context, judul in tugas:
        write_atomic(Path(path), _TEMPLAT[jenis].render(context, judul=judul))
    return len(tugas)


def _jalankan(
    tugas: list[tuple[str, str, dict[str, Any], str]],
    templates: dict[str, str],
    progress: Progress,
    workers: int | None,
) -> None:
    if workers is None:
        workers = min(MAX_WORKERS, os.cpu_count() or 1)
    # Compile here first: a broken template is then one clear error, not a dead worker.
    _siapkan(templates)
    potongan = [tugas[i : i + _POTONGAN] for i in range(0, len(tugas), _POTONGAN)]
    if workers <= 1 or len(tugas) < MIN_PARALEL:
        for batch in potongan:
            progress.advance(_write_batch(batch))
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=_siapkan, initargs=(templates,)) as pool:
        futures = [pool.submit(_write_batch, batch) for batch in potongan]
        for future in as_completed(futures):
            progress.advance(future.result())


# ------------------------------------------------------------------------------- API


def surat_pernyataan(
    keputusan: Keputusan,
    outdir: str | os.PathLike[str],
    *,
    jenis: Iterable[str] = tuple(JENIS_PERNYATAAN),
    tim: list[str] | None = None,
    orang: list[Orang] | None = None,
    gabung: bool = False,
    tanggal: date | None = None,
    meterai: bool = False,
    pdf: bool = False,
    progres: Mode | str = "off",
    workers: int | None = None,
    lang: Lang | None = None,
    inputs: tuple[str | os.PathLike[str] | None, ...] = (),
) -> list[Path]:
    """Write the statements of every distinct member of the chosen teams; returns the paths written.

    Per person: ``outdir/<kind>/<name-slug>.docx``; with ``gabung=True``:
    ``outdir/<kind>-gabungan.docx``, one person per page.  ``tim`` chooses teams as
    :func:`~zi_docs.laporan.forum.peserta` does; ``orang`` gives the people directly
    (the benchmark's roster).  ``tanggal`` is printed above the signature; when
    ``None``, dots to fill in by hand and the decree's year (not this year's).
    ``progres`` is a :data:`zi_docs.progress.Mode`
    (``"bar"``, ``"lines"``, ``"off"``; the older ``"rich"``, ``"baris"``, ``"diam"`` are
    still taken), shown in ``lang``.
    """
    outdir = Path(outdir)
    jenis = list(dict.fromkeys(jenis))
    unknown = [j for j in jenis if j not in JENIS_PERNYATAAN]
    if unknown or not jenis:
        pilihan = ", ".join(JENIS_PERNYATAAN)
        raise ZiDocsError(
            Message(
                f"jenis surat pernyataan tidak dikenal: {', '.join(unknown)}",
                f"unknown statement kind: {', '.join(unknown)}",
            ),  # fmt: skip
            hint=Message(f"Pilih dari: {pilihan}.", f"Choose from: {pilihan}."),
        )
    if orang is None:
        orang = peserta(keputusan, tim)[1]
    bersama = aman(konteks_bersama(keputusan, tanggal, meterai))
    per_orang = [aman(konteks_orang(o)) for o in orang]
    templates = {j: str(templat_laporan(JENIS_PERNYATAAN[j][0])) for j in jenis}
    tugas: list[tuple[str, str, dict[str, Any], str]] = []
    folders: dict[str, list[Path]] = {}
    for j in jenis:
        judul = JENIS_PERNYATAAN[j][1]
        if gabung:
            path = outdir / f"{j}-gabungan.docx"
            jangan_timpa(path, inputs)
            tugas.append((j, str(path), {**bersama, "orang": per_orang}, judul))
            folders.setdefault(str(outdir), []).append(path)
            continue
        nama = NamaBerkas()
        folder = outdir / j
        for o, context in zip(orang, per_orang):
            path = folder / f"{nama(o.nama)}.docx"
            jangan_timpa(path, inputs)
            tugas.append((j, str(path), {**bersama, "orang": [context]}, f"{judul}: {o.nama}"))
            folders.setdefault(str(folder), []).append(path)
    mode = _MODE_LAMA.get(progres, progres)
    action = Message("menulis surat pernyataan", "writing statements")
    with Progress(len(tugas), action, mode=mode, lang=lang) as bar:  # type: ignore[arg-type]
        _jalankan(tugas, templates, bar, workers)
    paths = [Path(t[1]) for t in tugas]
    if pdf:
        from ..rendering.pdf import convert_to_pdf

        # One LibreOffice run per folder (the PDFs go beside their DOCX files).
        for folder, docs in folders.items():
            paths += convert_to_pdf(docs, folder)
    return paths
