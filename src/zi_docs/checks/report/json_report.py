"""``--format json``: a stable shape other tools read.

``{"schema_version": 2, "files": [{"path", "findings": [{"rule", "severity", "message", "text",
"location", "fix", "id", "group", "root"}]}]}``; a file that could not be read has ``"error"`` too.
Keep this shape: version 2 added ``id``, ``group`` and ``root`` (docs/api.md).
"""

from __future__ import annotations

import json
from typing import Any

from ...i18n import Lang
from ..run import FileResult
from ._common import location_fields, with_ids

#: The version of this report's shape (not of the decree model): 2 added each finding's
#: ``id``, the ``group`` of the mistake it belongs to, and that group's ``root`` finding id.
SCHEMA_VERSION = 2


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
                    "id": finding_id,
                    "group": f.group,
                    "root": root_id,
                }
                for f, finding_id, root_id in with_ids(result.findings)
            ],
        }
        if result.error is not None:
            entry["error"] = result.error.text(lang)
        files.append(entry)
    # The report's schema version (an integer), so downstream tools can tell.
    return {"schema_version": SCHEMA_VERSION, "files": files}


def render(results: list[FileResult], lang: Lang) -> str:
    return json.dumps(as_data(results, lang), ensure_ascii=False, indent=2) + "\n"
