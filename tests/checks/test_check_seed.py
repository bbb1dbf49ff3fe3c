"""The proof of the checker: every kind of mistake in the published seed (GUIDE §3),
each instance with its place; nothing in the clean example."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import EXAMPLE, PUBLISHED

import zi_docs
from zi_docs.checks.config import CheckConfig
from zi_docs.checks.run import check_file
from zi_docs.readers import read
from zi_docs.rendering import render_docx_bytes


@pytest.fixture(scope="module")
def seed():
    return check_file(PUBLISHED, CheckConfig()).findings


def found(findings, rule: str, text: str | None = None, where: str | None = None) -> list:
    return [
        f
        for f in findings
        if f.rule == rule
        and (text is None or text in f.text)
        and (where is None or f.description("id").startswith(where))
    ]


def test_every_kind_of_mistake_in_the_seed_is_found(seed) -> None:
    # The regency written Petajam, with the real name as a safe fix, wherever it stands.
    petajam = found(seed, "NAM001", "PETAJAM")
    assert found(seed, "NAM001", "KABUPATEN PETAJAM PASER UTARA", "Kepala keputusan, instansi")
    assert found(seed, "NAM001", "Kabupaten Petajam Paser Utara", "Lampiran I, Pengarah, baris 1, jabatan")
    assert all(f.fix and f.fix.safe and "PENAJAM" in f.fix.new for f in petajam)
    # One team named two ways; one unit spelled two ways.
    assert found(seed, "NAM002", "Tim Penguatan Kualitas Pelayanan Publik", "Diktum KEEMPAT")
    assert found(
        seed, "NAM002", "Teknis Penyelenggara Pemilu dan Hukum", "Lampiran I, Tim Manajemen Perubahan, baris 1"
    )
    # The same person with different positions; identical teams.
    people = {f.message("id").split(" berjabatan")[0] for f in found(seed, "ORG002")}
    assert people == {"Tridion Jonathan Karangan", "Juneatri Ratu Saputri", "Hery Kusdiyanto"}
    assert {f.text for f in found(seed, "ORG004")} == {
        "TIM PENGUATAN AKUNTABILITAS KINERJA",
        "TIM PENGUATAN PENGAWASAN",
    }
    # Words that are not standard Indonesian, a phrase written twice, a missing space.
    for rule, word in [
        ("EJA002", "resiko"),
        ("EJA002", "aktifitas"),
        ("EJA002", "pengaudan"),
        ("EJA002", "pemantuan"),
        ("EJA003", "dimasing-masing"),
        ("EJA003", "kedalam"),
        ("EJA004", "tindaklanjuti"),
        ("EJA005", "dalam upaya penerapan pelayanan"),
        ("EJA006", "BagianPartisipasi"),
        ("EJA007", "Zi"),
    ]:
        assert found(seed, rule, word), (rule, word)
    assert [f.text for f in found(seed, "EJA008", where="Diktum KEEMPAT angka 2 huruf f")] == [
        "Melakukan",
        "Hasil",
        "Melakukan",
    ]
    # Numbering that repeats; rows with an empty target.
    assert found(seed, "STR001", where="Lampiran II, bagian III, baris 2")
    assert {f.description("id") for f in found(seed, "ZI003")} == {
        "Lampiran II, bagian II, baris 5, target capaian",
        "Lampiran II, bagian VI, baris 4, target waktu",
    }
    # An attachment no diktum refers to; "Lampiran" alone when there are two.
    assert found(seed, "STR003", "Lampiran II", "Lampiran II")
    assert found(seed, "STR003", "Lampiran Keputusan ini", "Diktum KEDUA")
    # The certified-copy block with a mangled title and no name.
    assert found(seed, "STR010", "H. Kasubag", "blok salinan, jabatan")
    assert found(seed, "STR010", "Pih. Kasubbag", "Lampiran I, blok salinan, jabatan")
    assert len(found(seed, "STR010", where=None)) >= 5
    # Whole ZI areas with no action although a team exists for them.
    assert {f.text for f in found(seed, "ZI002")} == {
        "Penataan Tata Laksana",
        "Penataan Sistem Manajemen SDM",
        "Penguatan Akuntabilitas",
        "Peningkatan Kualitas Pelayanan Publik",
    }
    # Every finding points at a line of the published text.
    lines = PUBLISHED.read_text(encoding="utf-8").splitlines()
    for finding in seed:
        assert finding.location is not None and finding.location.baris, finding
        assert 1 <= finding.location.baris <= len(lines)


def test_the_clean_example_has_no_findings() -> None:
    result = check_file(EXAMPLE, CheckConfig())
    assert result.error is None
    assert [(f.rule, f.description("en")) for f in result.findings] == []
    # Its two identical teams are kept on purpose and carry a suppression mark.
    assert result.suppressed == 2
    assert [f.rule for f in check_file(EXAMPLE, CheckConfig(select=["ORG004"])).findings] == []
    assert len(zi_docs.check(zi_docs.load(EXAMPLE), config=CheckConfig(select=["ORG004"]))) == 2


def test_the_rendered_clean_example_has_no_findings_but_the_marked_ones(tmp_path: Path) -> None:
    path = tmp_path / "contoh.docx"
    path.write_bytes(render_docx_bytes(zi_docs.load(EXAMPLE)))
    result = check_file(path, CheckConfig())
    # A YAML comment does not travel into the DOCX: only the two marked warnings remain.
    assert sorted((f.rule, f.severity.value) for f in result.findings) == [("ORG004", "warning")] * 2
    assert read(path).keputusan.tidak_terurai == []
