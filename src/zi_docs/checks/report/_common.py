"""What the formats share: a finding's place as fields and as words."""

from __future__ import annotations

import hashlib
from typing import Any

from ...i18n import Lang
from ..finding import Finding


def location_fields(finding: Finding, lang: Lang) -> dict[str, Any]:
    """``{"description": …, "line": …, "paragraph": …, "page": …, "table": …, "row": …}``, the
    numbers only where known."""
    fields: dict[str, Any] = {"description": finding.description(lang)}
    place = finding.location
    if place is not None:
        for name, value in (
            ("line", place.baris),
            ("paragraph", place.paragraf),
            ("page", place.halaman),
            ("table", place.tabel),
            ("row", place.baris_tabel),
        ):
            if value is not None:
                fields[name] = value
    return fields


def place_words(finding: Finding, lang: Lang) -> str:
    """ "baris 24" / "halaman 3, baris 12" / "paragraf 40" / "tabel 2, baris 4" for a person
    (:meth:`~zi_docs.model.Lokasi.describe`); "" for a finding without a place."""
    return finding.location.describe(lang) if finding.location is not None else ""


def fingerprint(finding: Finding, path: str) -> str:
    """Stable across runs and unrelated edits: the rule, the file and the offending text
    (not the line, which moves when text is added above)."""
    digest = hashlib.sha256(f"{finding.rule}\x00{path}\x00{finding.path}\x00{finding.text}".encode())
    return digest.hexdigest()[:32]


def part_of(finding: Finding, lang: Lang) -> str:
    """The part of the decree a finding is in: the first part of its description."""
    return finding.description(lang).split(",")[0].strip()
