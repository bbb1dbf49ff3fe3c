"""Report formats: text, json (exact shape), sarif (2.1.0), junit, github."""

from __future__ import annotations

import json
from xml.etree import ElementTree as ET

import pytest
from conftest import EXAMPLE, PUBLISHED

from zi_docs.checks import CheckConfig, all_rules
from zi_docs.checks.finding import Finding, Fix, Severity
from zi_docs.checks.report import FORMATS, render
from zi_docs.checks.report.github_report import escape_data, escape_property
from zi_docs.checks.run import FileResult, check_file
from zi_docs.errors import UnreadableFileError
from zi_docs.i18n import Message
from zi_docs.model import Lokasi

STR = CheckConfig(select=["STR"])


@pytest.fixture(scope="module")
def results() -> list[FileResult]:
    return [
        check_file(PUBLISHED, STR),
        check_file(EXAMPLE, STR),
        FileResult(
            "rusak.docx", error=UnreadableFileError(Message("berkas rusak", "the file is broken"), path="rusak.docx")
        ),
    ]


def _finding(**changes) -> Finding:
    values = {
        "rule": "STR009",
        "severity": Severity.warning,
        "message": Message("pesan", "message"),
        "text": 'teks, "kutip": 100%',
        "path": "diktum[2]",
        "description": Message("Diktum KETIGA", "Diktum KETIGA"),
        "location": Lokasi(berkas="a.docx", paragraf=40),
        "fix": None,
    }
    values.update(changes)
    return Finding(**values)


# -- json -----------------------------------------------------------------------------------


def test_json_shape_is_exactly_as_documented(results) -> None:
    data = json.loads(render("json", results, "id"))
    assert set(data) == {"schema_version", "files"} and data["schema_version"] == 2
    seed, clean, broken = data["files"]
    assert set(seed) == {"path", "findings"} and seed["path"] == str(PUBLISHED)
    assert clean == {"path": str(EXAMPLE), "findings": []}
    assert set(broken) == {"path", "findings", "error"} and broken["error"] == "rusak.docx: berkas rusak"
    for finding in seed["findings"]:
        assert set(finding) == {"rule", "severity", "message", "text", "location", "fix", "id", "group", "root"}
        assert finding["severity"] in ("error", "warning", "info")
        assert set(finding["location"]) <= {"description", "line", "paragraph", "page", "table", "row"}
        assert "description" in finding["location"]
        assert finding["fix"] is None or set(finding["fix"]) == {"old", "new", "safe"}
    repeat = next(f for f in seed["findings"] if f["rule"] == "STR001")
    assert repeat.pop("group").startswith("STR001-") and repeat.pop("root") == repeat.pop("id")
    assert repeat == {
        "rule": "STR001",
        "severity": "error",
        "message": "nomor baris 1 berulang; seharusnya 2",
        "text": "1",
        "location": {"description": "Lampiran II, bagian III, baris 2", "line": 264},
        "fix": {"old": "1", "new": "2", "safe": False},
    }


def test_json_in_english_and_with_docx_places() -> None:
    result = FileResult("a.docx", [_finding(location=Lokasi(tabel=3, baris_tabel=38), fix=Fix("a", "b"))])
    (finding,) = json.loads(render("json", [result], "en"))["files"][0]["findings"]
    assert finding["message"] == "message"
    assert finding["location"] == {"description": "Diktum KETIGA", "table": 3, "row": 38}
    assert finding["fix"] == {"old": "a", "new": "b", "safe": True}


# -- text -----------------------------------------------------------------------------------


def test_text_groups_by_part_with_quote_place_fix_and_summary(results) -> None:
    out = render("text", results, "id")
    assert f"{PUBLISHED}:\n  Menetapkan\n    galat STR007" in out
    assert "\n  Diktum KEDUA\n    galat STR003" in out
    assert '      "Lampiran Keputusan ini" — Diktum KEDUA (baris 54)' in out
    assert '      → "Lampiran Keputusan ini" → "Lampiran I Keputusan ini" (perlu ditinjau)' in out
    assert f"{EXAMPLE}: tidak ada temuan" in out
    assert "rusak.docx: berkas rusak" in out
    assert out.rstrip().endswith("; 1 tidak dapat dibaca")
    assert "3 berkas diperiksa: " in out


def test_text_places_for_pdf_and_docx() -> None:
    pdf = FileResult("a.pdf", [_finding(location=Lokasi(halaman=3, baris=12))])
    docx = FileResult("a.docx", [_finding()])
    out = render("text", [pdf, docx], "en")
    assert "(page 3, line 12)" in out and "(paragraph 40)" in out
    assert "2 files checked: 0 error, 2 warning, 0 info" in out


# -- sarif -----------------------------------------------------------------------------------


def test_sarif_structure(results) -> None:
    sarif = json.loads(render("sarif", results, "id"))
    assert sarif["version"] == "2.1.0" and sarif["$schema"].endswith("sarif-2.1.0.json")
    (run,) = sarif["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "zi-docs"
    ids = [rule["id"] for rule in driver["rules"]]
    assert ids == sorted(all_rules())
    for rule in driver["rules"]:
        assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"]
        # No repository is named in the package metadata: help text only, no invented link.
        assert "helpUri" not in rule and rule["help"]["text"]
        assert rule["defaultConfiguration"]["level"] in ("error", "warning", "note")
    assert run["results"]
    for result in run["results"]:
        assert result["ruleId"] in ids and ids[result["ruleIndex"]] == result["ruleId"]
        assert result["level"] in ("error", "warning", "note") and result["message"]["text"]
        location = result["locations"][0]["physicalLocation"]
        assert not location["artifactLocation"]["uri"].startswith("/")
        assert "\\" not in location["artifactLocation"]["uri"]
        assert len(result["partialFingerprints"]["ziDocsFinding/v1"]) == 32
    repeat = next(r for r in run["results"] if r["ruleId"] == "STR001")
    assert repeat["locations"][0]["physicalLocation"]["region"] == {"startLine": 264}
    assert "Lampiran II, bagian III, baris 2" in repeat["message"]["text"]
    # the unreadable file is reported as a tool notification, not silently dropped
    (notification,) = run["invocations"][0]["toolExecutionNotifications"]
    assert "berkas rusak" in notification["message"]["text"]


def test_sarif_fingerprints_are_stable_and_distinct(results) -> None:
    first = json.loads(render("sarif", results, "id"))["runs"][0]["results"]
    again = json.loads(render("sarif", [check_file(PUBLISHED, STR)], "en"))["runs"][0]["results"]
    prints = [r["partialFingerprints"]["ziDocsFinding/v1"] for r in first]
    assert prints == [r["partialFingerprints"]["ziDocsFinding/v1"] for r in again]
    assert len(set(prints)) == len(prints)


def test_sarif_docx_place_goes_in_message_and_properties() -> None:
    sarif = json.loads(render("sarif", [FileResult("a.docx", [_finding()])], "id"))
    (result,) = sarif["runs"][0]["results"]
    assert "region" not in result["locations"][0]["physicalLocation"]
    assert "paragraf 40" in result["message"]["text"]
    assert result["properties"]["location"] == {"description": "Diktum KETIGA", "paragraph": 40}


# -- junit ------------------------------------------------------------------------------------


def test_junit_one_suite_per_file_one_case_per_rule(results) -> None:
    root = ET.fromstring(render("junit", results, "id"))
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == [str(PUBLISHED), str(EXAMPLE), "rusak.docx"]
    seed, clean, broken = suites
    assert len(seed.findall("testcase")) == len(all_rules()) == int(seed.get("tests"))
    failing = {case.get("name").split()[0] for case in seed.findall("testcase") if case.find("failure") is not None}
    assert {"STR001", "STR003", "STR010"} <= failing
    assert int(seed.get("failures")) == len(failing)
    str010 = next(c for c in seed.findall("testcase") if c.get("name").startswith("STR010"))
    assert str010.find("failure").get("message") == "5 × STR010"
    assert clean.get("failures") == "0"
    assert broken.get("errors") == "1" and broken.find("testcase/error") is not None
    assert root.get("failures") == seed.get("failures")


# -- github -----------------------------------------------------------------------------------


def test_github_workflow_commands(results) -> None:
    out = render("github", results, "id").splitlines()
    repeat = next(line for line in out if "title=STR001" in line)
    assert repeat.startswith(f"::error file={escape_property(str(PUBLISHED))},line=264,title=STR001::")
    assert "nomor baris 1 berulang" in repeat
    assert any(line.startswith("::error file=rusak.docx,title=zi-docs::") for line in out)


def test_github_escaping() -> None:
    assert escape_data("50%\r\nx") == "50%25%0D%0Ax"
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"
    (line,) = render("github", [FileResult("d:/x,y.docx", [_finding(text="a\nb")])], "en").splitlines()
    assert line.startswith("::warning file=d%3A/x%2Cy.docx,title=STR009::")
    assert "\n" not in line and "a%0Ab" in line


def test_every_format_renders_an_empty_run() -> None:
    for name in FORMATS:
        assert isinstance(render(name, [], "id"), str)
