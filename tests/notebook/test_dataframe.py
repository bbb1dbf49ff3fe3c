"""zi_docs.to_dataframe: members, Rencana Aksi rows and findings as pandas DataFrames."""

from __future__ import annotations

import sys

import pytest
from conftest import edited

from zi_docs.checks import CheckConfig, check
from zi_docs.checks.run import FileResult
from zi_docs.dataframe import INSTALL_HINT, to_dataframe
from zi_docs.errors import ZiDocsError


def test_without_pandas_the_error_says_how_to_install(monkeypatch: pytest.MonkeyPatch, example) -> None:
    # None in sys.modules makes "import pandas" raise ImportError, as on a machine without it.
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ZiDocsError) as raised:
        to_dataframe(example, "anggota")
    assert "pandas" in raised.value.text("id") and INSTALL_HINT in raised.value.text("id")
    assert "Install it with: pip install 'zi-docs[pandas]'" in raised.value.text("en")


def test_members_of_the_example(example) -> None:
    pytest.importorskip("pandas")
    frame = to_dataframe(example, "anggota")
    assert len(frame) == 46
    assert list(frame.columns[:6]) == ["lampiran", "kelompok_label", "kelompok", "area", "nomor", "nama"]
    first = frame.iloc[0]
    assert (first.lampiran, first.kelompok, first.nama) == ("I", "PENGARAH", "Ali Yamin Ishak")
    assert first.path == "lampiran[0].kelompok[0].anggota[0]"
    # A group's area is its code, for filtering.
    assert "penguatan_pengawasan" in set(frame.area.dropna())
    assert len(to_dataframe(example.lampiran[0])) == 46
    assert len(to_dataframe(example.lampiran[0].kelompok[2])) == len(example.lampiran[0].kelompok[2].anggota)


def test_extra_member_columns_become_columns(example) -> None:
    pytest.importorskip("pandas")

    def edit(data):
        data["lampiran"][0]["kelompok"][0]["anggota"][0]["kolom_lain"] = {"KETERANGAN": "Plt."}

    frame = to_dataframe(edited(example, edit), "anggota")
    assert frame.columns[-1] == "KETERANGAN" and frame.KETERANGAN.iloc[0] == "Plt."


def test_rencana_aksi_rows(example) -> None:
    pytest.importorskip("pandas")
    frame = to_dataframe(example, "rencana_aksi")
    assert len(frame) == 44 and frame.bagian_nomor.iloc[0] == "I"
    assert str(frame.jumlah.dtype) == "Int64"
    assert frame.selesai.notna().any()
    assert len(to_dataframe(example.lampiran[1])) == 44


def test_findings_of_check_and_check_file(example) -> None:
    pytest.importorskip("pandas")

    def edit(data):
        members = data["lampiran"][0]["kelompok"][2]["anggota"]
        members.append(dict(members[0]))

    findings = check(edited(example, edit), config=CheckConfig(select=["ORG001"]))
    frame = to_dataframe(findings)
    assert list(frame.rule.unique()) == ["ORG001"] and frame.file.isna().all()
    assert frame.description.iloc[0].startswith("Lampiran I")
    assert "Lampiran I" in to_dataframe(findings, lang="en").description.iloc[0]
    by_file = to_dataframe([FileResult("a.yaml", findings=list(findings)), FileResult("b.yaml")])
    assert set(by_file.file) == {"a.yaml"} and len(by_file) == len(findings)
    assert str(by_file.line.dtype) == "Int64"


def test_other_objects_are_refused_clearly(example) -> None:
    pytest.importorskip("pandas")
    with pytest.raises(ZiDocsError, match="tabel='anggota'"):
        to_dataframe(example)
    with pytest.raises(ZiDocsError):
        to_dataframe("teks")
