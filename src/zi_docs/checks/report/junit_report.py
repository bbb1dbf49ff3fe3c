"""``--format junit``: one test suite per file, one test case per rule, a failure per finding."""

from __future__ import annotations

from xml.etree import ElementTree as ET

from ...i18n import Lang
from ..registry import all_rules
from ..run import FileResult
from ._common import place_words


def render(results: list[FileResult], lang: Lang) -> str:
    rules = all_rules()
    root = ET.Element("testsuites", name="zi-docs check")
    total_tests = total_failures = total_errors = 0
    for result in results:
        suite = ET.SubElement(root, "testsuite", name=result.path)
        tests = failures = errors = 0
        if result.error is not None:
            case = ET.SubElement(suite, "testcase", name="read", classname=result.path)
            ET.SubElement(case, "error", message=result.error.message(lang)).text = result.error.text(lang)
            tests, errors = 1, 1
        else:
            by_rule: dict[str, list] = {code: [] for code in rules}
            for f in result.findings:
                by_rule.setdefault(f.rule, []).append(f)
            for code, findings in by_rule.items():
                rule = rules.get(code)
                name = f"{code} {rule.name}" if rule else code
                case = ET.SubElement(suite, "testcase", name=name, classname=result.path)
                tests += 1
                if findings:
                    failures += 1
                    body = []
                    for f in findings:
                        place = place_words(f, lang)
                        where = f.description(lang) + (f" ({place})" if place else "")
                        body.append(f'{f.severity.value}: {f.message(lang)} — "{f.text}" — {where}')
                    ET.SubElement(
                        case, "failure", message=f"{len(findings)} × {code}", type=findings[0].severity.value
                    ).text = "\n".join(body)
        suite.set("tests", str(tests))
        suite.set("failures", str(failures))
        suite.set("errors", str(errors))
        total_tests += tests
        total_failures += failures
        total_errors += errors
    root.set("tests", str(total_tests))
    root.set("failures", str(total_failures))
    root.set("errors", str(total_errors))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
