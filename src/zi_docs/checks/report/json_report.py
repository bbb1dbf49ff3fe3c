"""``--format json``: a stable shape other tools read.

``{"files": [{"path", "findings": [{"rule", "severity", "message", "text", "location", "fix"}]}]}``;
a file that could not be read has ``"error"`` too.  Keep this shape.
"""

from __future__ import annotations

import json
from typing import Any

from ...i18n import Lang
from ...model.keputusan import VERSI_SKEMA
from ..run import FileResult
from ._common import location_fields


def as_data(results: list[FileResult], lang: Lang) -> dict[str, Any]:
    files = []
    for result in results:
        entry: dict[str, Any] = {
            "path": result.path,
            "findings": [
                {
                    "rule": f.rule,
                    "severity": f.severity.value,
                    "message": f.message(lang),
                    "text": f.text,
                    "location": location_fields(f, lang),
                    "fix": {"old": f.fix.old, "new": f.fix.new, "safe": f.fix.safe} if f.fix else None,
                }
                for f in result.findings
            ],
        }
        if result.error is not None:
            entry["error"] = result.error.text(lang)
        files.append(entry)
    # The model's schema version (an integer), so downstream tools can tell.
    return {"schema_version": VERSI_SKEMA, "files": files}


def render(results: list[FileResult], lang: Lang) -> str:
    return json.dumps(as_data(results, lang), ensure_ascii=False, indent=2) + "\n"
