"""Render → read gives back the decree: DOCX always, PDF where LibreOffice is installed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from strategies import plausible_keputusan

import zi_docs
from zi_docs.model import KepalaLampiran, Keputusan, LampiranRencanaAksi
from zi_docs.readers import read
from zi_docs.rendering import render_docx_bytes


def comparable(keputusan: Keputusan) -> dict:
    """The decree as data, less what a printed page cannot carry.

    A Lampiran header left empty in the data is printed as the decree's own
    heading and read back as such; a Rencana Aksi section's ZI area is not printed.
    """
    k = keputusan.model_copy(deep=True)
    heading = KepalaLampiran(
        keputusan=" ".join(p for p in (k.kepala.jenis, k.kepala.pejabat, k.kepala.instansi) if p),
        nomor=k.kepala.nomor,
        tahun=k.kepala.tahun,
        tentang=k.kepala.tentang,
    )
    for lampiran in k.lampiran:
        if lampiran.kepala == heading:
            lampiran.kepala = None
        if isinstance(lampiran, LampiranRencanaAksi):
            for bagian in lampiran.bagian:
                bagian.area = None
    return zi_docs.to_data(k)


def test_example_docx_reads_back_to_the_same_decree(example: Keputusan, tmp_path: Path) -> None:
    path = tmp_path / "contoh.docx"
    path.write_bytes(render_docx_bytes(example))
    result = read(path)
    assert result.keputusan.tidak_terurai == []
    assert comparable(result.keputusan) == comparable(example)
    # Locations point into the document: the first member of team a is a table row.
    where = result.location("lampiran[0].kelompok[2].anggota[0]")
    assert where.tabel is not None and where.baris_tabel is not None


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(k=plausible_keputusan())
def test_generated_decrees_read_back_from_docx(k: Keputusan, tmp_path_factory: pytest.TempPathFactory) -> None:
    path = tmp_path_factory.mktemp("rt") / "k.docx"
    path.write_bytes(render_docx_bytes(k))
    result = read(path)
    assert comparable(result.keputusan) == comparable(k)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_example_pdf_reads_back_to_the_same_members_and_diktum(example: Keputusan, tmp_path: Path) -> None:
    from zi_docs.rendering import render

    pdf = next(p for p in render(example, tmp_path / "contoh.docx", pdf=True) if p.suffix == ".pdf")
    result = read(pdf)
    k = result.keputusan
    assert comparable(k)["diktum"] == comparable(example)["diktum"]
    assert [m.model_dump() for m in k.menimbang] == [m.model_dump() for m in example.menimbang]
    assert comparable(k)["mengingat"] == comparable(example)["mengingat"]
    assert k.penetapan == example.penetapan
    read_teams = comparable(k)["lampiran"][0]["kelompok"]
    assert read_teams == comparable(example)["lampiran"][0]["kelompok"]
    # Where things are: page numbers of the PDF.
    assert result.location("lampiran[0].kelompok[7].anggota[12]").halaman >= 7
    # The Rencana Aksi keeps its sections; rows without a number merge into the row
    # above in layout text (a known limit of reading tables from PDF text).
    plan = k.lampiran[1]
    assert [b.nomor for b in plan.bagian] == ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
    assert [b.judul for b in plan.bagian] == [b.judul for b in example.lampiran[1].bagian]
