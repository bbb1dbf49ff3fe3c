"""One entry per mistake: the seed's 105 findings as the mistakes a reviewer counts."""

from __future__ import annotations

import json

import pytest
from conftest import PUBLISHED

from zi_docs.checks import CheckConfig
from zi_docs.checks.grouping import FindingGroup, group_findings, grouped
from zi_docs.checks.report import render
from zi_docs.checks.run import check_file


@pytest.fixture(scope="module")
def result():
    return check_file(PUBLISHED, CheckConfig())


@pytest.fixture(scope="module")
def groups(result) -> list[FindingGroup]:
    return group_findings(result.findings)


MISTAKES = 64
"""Groups of error and warning findings on the seed: a few dozen, not hundreds."""


def test_the_seed_is_a_few_dozen_mistakes(result, groups) -> None:
    # Notes (info: a foreign term printed upright, a repeat noted once) are not mistakes counted.
    # 50 before issue 15's rules found more of the seed's own mistakes (Sub Bagian, anti
    # gratifikasi, di proses, terdiri dari, the KEDUA clause, the stray comma …; one group each).
    mistakes = [g for g in groups if g.root.severity.value != "info"]
    assert len(result.findings) > 90 and len(mistakes) <= MISTAKES
    # Every finding is in exactly one group, with the group's id.
    members = [m for g in groups for m in g.members]
    assert len(members) == len(result.findings)
    assert all(m.group == g.id for g in groups for m in g.members)
    assert len({g.id for g in groups}) == len(groups)


def test_occurrences_of_one_wrong_form_are_one_group_in_document_order(groups) -> None:
    (resiko,) = [g for g in groups if g.root.rule == "EJA002" and g.root.text == "resiko"]
    lines = [m.location.baris for m in resiko.members]
    assert lines == sorted(lines) and lines[0] == 79 and len(lines) == 8
    assert resiko.root is resiko.members[0]
    # "laporan/daftar/proyeksi tindaklanjuti": the noun misspelt, one mistake at eight places.
    (tindak,) = [g for g in groups if g.root.rule == "EJA004" and g.root.fix is not None]
    assert len(tindak.members) == 8 and {m.fix.new.casefold() for m in tindak.members} == {"tindak lanjut"}


def test_knock_ons_join_the_region_typo_without_a_fix(groups) -> None:
    (region,) = [g for g in groups if any("PETAJAM" in m.text.upper() for m in g.members if m.rule == "NAM001")]
    assert region.root.rule == "NAM001" and region.root.text == "KABUPATEN PETAJAM PASER UTARA"
    knock_ons = [m for m in region.members if m.rule != "NAM001"]
    assert {m.rule for m in knock_ons} == {"STR007", "STR011"} and len(knock_ons) == 7
    assert all(m.fix is None for m in knock_ons)
    # No finding anywhere offers to write the misspelt name.
    assert not [g for g in groups for m in g.members if m.fix and "petajam" in m.fix.new.casefold()]


def test_grouping_twice_changes_nothing(result, groups) -> None:
    again = group_findings(grouped(result.findings))
    assert [(g.id, g.root, g.members) for g in again] == [(g.id, g.root, g.members) for g in groups]


def test_group_ids_are_stable_across_runs(groups) -> None:
    other = group_findings(check_file(PUBLISHED, CheckConfig()).findings)
    assert [g.id for g in other] == [g.id for g in groups]


def test_text_report_shows_one_entry_per_group(result, groups) -> None:
    out = render("text", [result], "id")
    assert '"resiko" — Diktum KEEMPAT angka 2 huruf a angka 3) (8 tempat: baris 79, 275 ×4, 276, 277 ×2)' in out
    assert "akibatnya juga: STR007 (baris 40 ×2, 231, 235); STR011 (baris 126, 215, 288)" in out
    assert "(16 tempat: baris 8, 11, 19, 21, 23 ×2, 24 ×2, 143, 150, 157, 158, 159, 160, 161, 163)" in out
    assert out.count('galat EJA002 "resiko"') == 1
    assert f"{len(result.findings)} temuan dalam {len(groups)} kelompok" in out
    en = render("text", [result], "en")
    assert f"{len(result.findings)} findings in {len(groups)} groups" in en


def test_json_and_sarif_carry_group_and_root(result, groups) -> None:
    data = json.loads(render("json", [result], "id"))
    assert data["schema_version"] == 2
    findings = data["files"][0]["findings"]
    assert len({f["id"] for f in findings}) == len(findings)
    ids = {f["id"]: f for f in findings}
    assert {f["group"] for f in findings} == {g.id for g in groups}
    for f in findings:
        root = ids[f["root"]]
        assert root["group"] == f["group"]
    knock_on = next(f for f in findings if f["rule"] == "STR011")
    assert ids[knock_on["root"]]["rule"] == "NAM001" and knock_on["fix"] is None
    sarif = json.loads(render("sarif", [result], "id"))
    results = sarif["runs"][0]["results"]
    assert [r["properties"]["group"] for r in results] == [f["group"] for f in findings]
    assert [r["properties"]["root"] for r in results] == [f["root"] for f in findings]
