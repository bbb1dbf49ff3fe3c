"""``--format sarif``: SARIF 2.1.0 for GitHub code scanning.

Rule ids are the stable codes; each result carries a fingerprint of rule, file and
offending text, so that an alert keeps its identity when lines move.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from ... import __version__
from ...i18n import Lang
from ..registry import all_rules
from ..run import FileResult
from ._common import fingerprint, location_fields, place_words, with_ids

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def help_base() -> str | None:
    """docs/rules.md in the project's repository, from the package's ``Repository``/``Source``
    URL; ``None`` when the package names none (then each rule carries its help text only)."""
    from importlib import metadata

    try:
        urls = metadata.metadata("zi-docs").get_all("Project-URL") or []
    except metadata.PackageNotFoundError:
        urls = []
    for entry in urls:
        label, _, url = entry.partition(",")
        if label.strip().lower() in ("repository", "source", "source code") and url.strip().startswith("https://"):
            return url.strip().rstrip("/") + "/blob/main/docs/rules.md"
    return None


_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _uri(path: str) -> str:
    """A path relative to the working folder, with forward slashes, as code scanning wants."""
    candidate = Path(path)
    if candidate.is_absolute():
        try:
            candidate = candidate.resolve().relative_to(Path.cwd().resolve())
        except ValueError:
            return candidate.as_uri()
    return candidate.as_posix() if os.sep == "/" else str(candidate).replace(os.sep, "/")


def render(results: list[FileResult], lang: Lang) -> str:
    rules = all_rules()
    base = help_base()
    codes = sorted(rules)
    index = {code: i for i, code in enumerate(codes)}
    driver_rules = []
    for code in codes:
        rule = rules[code]
        entry: dict[str, Any] = {
            "id": code,
            "name": rule.name,
            "shortDescription": {"text": rule.summary(lang)},
            "fullDescription": {"text": rule.why(lang)},
            "help": {"text": f"{rule.why(lang)}\n\n{rule.source or ''}".strip()},
            "defaultConfiguration": {"level": _LEVEL[rule.severity.value]},
            "properties": {"tags": [rule.family()]},
        }
        if base:
            entry["helpUri"] = f"{base}#{code.lower()}"
        driver_rules.append(entry)
    sarif_results: list[dict[str, Any]] = []
    notifications: list[dict[str, Any]] = []
    for result in results:
        uri = _uri(result.path)
        if result.error is not None:
            notifications.append(
                {
                    "level": "error",
                    "message": {"text": result.error.text(lang)},
                    "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}}}],
                }
            )
            continue
        for f, finding_id, root_id in with_ids(result.findings):
            where = f.description(lang)
            place = place_words(f, lang)
            text = f'{f.message(lang)}: "{f.text}" ({where}{", " + place if place else ""})'
            physical: dict[str, Any] = {"artifactLocation": {"uri": uri}}
            line = f.location.baris if f.location is not None and f.location.halaman is None else None
            if line is not None:
                physical["region"] = {"startLine": line}
            entry: dict[str, Any] = {
                "ruleId": f.rule,
                "level": _LEVEL[f.severity.value],
                "message": {"text": text},
                "locations": [
                    {
                        "physicalLocation": physical,
                        "logicalLocations": [{"name": where, "fullyQualifiedName": f.path}],
                    }
                ],
                "partialFingerprints": {"ziDocsFinding/v1": fingerprint(f, uri)},
                # The mistake this result is an occurrence (or a knock-on) of, and the
                # result shown first for it: a viewer can fold a group into one alert.
                "properties": {
                    "location": location_fields(f, lang),
                    "id": finding_id,
                    "group": f.group,
                    "root": root_id,
                },
            }
            if f.rule in index:
                entry["ruleIndex"] = index[f.rule]
            if f.fix is not None:
                entry["properties"]["fix"] = {"old": f.fix.old, "new": f.fix.new, "safe": f.fix.safe}
            sarif_results.append(entry)
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "zi-docs",
                "informationUri": base,
                "version": __version__,
                "semanticVersion": __version__ if __version__.count(".") == 2 else None,
                "rules": driver_rules,
            }
        },
        "results": sarif_results,
        "columnKind": "unicodeCodePoints",
    }
    if run["tool"]["driver"]["semanticVersion"] is None:
        del run["tool"]["driver"]["semanticVersion"]
    if base is None:  # SARIF wants a URI string here or no key at all
        del run["tool"]["driver"]["informationUri"]
    if notifications:
        run["invocations"] = [{"executionSuccessful": False, "toolExecutionNotifications": notifications}]
    return json.dumps({"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}, ensure_ascii=False, indent=2) + "\n"
