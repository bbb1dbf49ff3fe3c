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


def with_ids(findings: list[Finding]) -> list[tuple[Finding, str, str]]:
    """Each finding (grouped, :func:`~zi_docs.checks.grouping.grouped`) with its id and its
    group root's id.  The id is the :func:`fingerprint` without the file (the same in JSON
    and SARIF however the file was named), with ``-2``, ``-3`` … for a second and third
    finding of the same rule and text at the same part (a word written twice in one cell),
    so that it is unique in the file and stable when lines move."""
    from ..grouping import group_findings, grouped

    items = grouped(findings)
    seen: dict[str, int] = {}
    ids: dict[int, str] = {}
    for f in items:
        base = fingerprint(f, "")
        seen[base] = seen.get(base, 0) + 1
        ids[id(f)] = base if seen[base] == 1 else f"{base}-{seen[base]}"
    roots = {group.id: ids[id(group.root)] for group in group_findings(items)}
    return [(f, ids[id(f)], roots[f.group or ""]) for f in items]


def places(findings: list[Finding], lang: Lang) -> str:
    """``baris 79, 275 ×5, 276, 277 ×2``: the places in the file's order, a place repeated counted once
    with its count, the kind of place ("baris") said once when all share it."""

    def line(f: Finding) -> tuple[int, int, int]:
        at = f.location
        return (0, 0, 0) if at is None else (at.halaman or 0, at.baris or at.paragraf or 0, at.baris_tabel or 0)

    # In reading order of the file: a decree's parts are in document order, but the kop
    # above the heading is a part of the heading.
    words = [place_words(f, lang) or f.description(lang) for f in sorted(findings, key=line)]
    runs: list[tuple[str, int]] = []
    for word in words:
        if runs and runs[-1][0] == word:
            runs[-1] = (word, runs[-1][1] + 1)
        else:
            runs.append((word, 1))
    first_words = {word.split(" ", 1)[0] for word, _ in runs}
    shared = next(iter(first_words)) if len(first_words) == 1 and all(" " in w for w, _ in runs) else None
    shown = []
    for index, (word, count) in enumerate(runs):
        if shared is not None and index > 0:
            word = word.split(" ", 1)[1]
        shown.append(word if count == 1 else f"{word} ×{count}")
    return ", ".join(shown)
