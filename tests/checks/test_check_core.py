"""The checker's core: registry, configuration, findings with their place."""

from __future__ import annotations

from conftest import PUBLISHED
from hypothesis import HealthCheck, given, settings
from strategies import keputusan

import zi_docs
from zi_docs.checks import CheckConfig, Severity, all_rules, check
from zi_docs.checks.describe import describe_path
from zi_docs.checks.rules.examples import PRINTED_ONLY, rule_examples
from zi_docs.readers import read


def test_every_rule_is_documented() -> None:
    rules = all_rules()
    assert rules
    for code, rule in rules.items():
        assert code == rule.code and rule.name and rule.family() in ("NAM", "ORG", "STR", "CIT", "EJA", "ZI")
        assert (
            rule.summary("id")
            and rule.summary("en")
            and rule.why("id")
            and (rule_examples(code) or code in PRINTED_ONLY)
        )
        # File, class and kebab name name the same violation: str008_dates_out_of_order.py / DatesOutOfOrder.
        assert rule.__module__.rsplit(".", 1)[1] == f"{code.lower()}_{rule.name.replace('-', '_')}"
        assert rule.__name__.casefold() == rule.name.replace("-", "").casefold()


def test_select_ignore_and_severity() -> None:
    config = CheckConfig(select=["STR"], ignore=["STR005"])
    assert not config.enabled("STR005") and config.enabled("STR001") and not config.enabled("EJA001")
    assert CheckConfig(select=["STR005"], ignore=["STR"]).enabled("STR005")
    assert not CheckConfig(ignore=["EJA"]).enabled("EJA002") and CheckConfig().enabled("EJA002")
    config = CheckConfig(severity={"STR": Severity.info, "STR005": Severity.error})
    assert config.severity_for("STR005", Severity.warning) is Severity.error
    assert config.severity_for("STR001", Severity.warning) is Severity.info


def test_a_finding_names_its_place(tmp_path) -> None:
    k = read(PUBLISHED)
    data = k.keputusan.model_dump()
    data["menimbang"][1]["teks"] = "berdasarkan pertimbangan …"
    findings = [f for f in check(zi_docs.Keputusan.model_validate(data), source_map=k.source_map) if f.rule == "STR005"]
    (finding,) = findings
    assert finding.description("id") == "Menimbang huruf b"
    assert finding.location.baris == 24
    assert finding.text == "berdasarkan pertimbangan …"


def test_descriptions_speak_like_a_reviewer(example) -> None:
    assert describe_path(example, "lampiran[0].kelompok[6].anggota[2].jabatan")("id") == (
        "Lampiran I, Tim Penguatan Pengawasan, baris 3, jabatan"
    )
    assert describe_path(example, "diktum[3].rincian[1].rincian[5]")("id") == "Diktum KEEMPAT angka 2 huruf f"
    assert describe_path(example, "lampiran[1].bagian[2].baris[0]")("en") == "Lampiran II, section III, row 1"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(k=keputusan())
def test_checking_never_raises_on_arbitrary_decrees(k) -> None:
    for finding in check(k):
        assert finding.rule in all_rules()
        assert finding.description("id")
