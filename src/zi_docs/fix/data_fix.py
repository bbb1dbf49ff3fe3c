"""Apply fixes to decree data (YAML/JSON): in the text at each finding's model path."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from ..checks.context import iter_texts
from ..checks.finding import Finding
from ..i18n import Message
from ..model import Keputusan
from ..storage.load_save import load, save
from ..storage.regex_cache import regex
from .matching import spans
from .output import check_output
from .report import AppliedFix, FixReport, SkippedFix, already, stale, wanted

__all__ = ["fix_data", "fix_model"]

_SEGMENT = regex(r"([^.\[\]]+)((?:\[\d+\])*)")


def _resolve(root: BaseModel, path: str) -> tuple[Any, Any, Any] | None:
    """``(container, key, value)`` for a model path, or None if it leads nowhere."""
    container: Any = None
    key: Any = None
    node: Any = root
    for match in _SEGMENT.finditer(path):
        steps: list[Any] = [match[1]] + [int(i) for i in re.findall(r"\[(\d+)\]", match[2])]
        for step in steps:
            if isinstance(step, int):
                if not isinstance(node, list) or step >= len(node):
                    return None
                container, key, node = node, step, node[step]
            elif isinstance(node, BaseModel) and step in type(node).model_fields:
                container, key, node = node, step, getattr(node, step)
            elif isinstance(node, dict) and step in node:
                container, key, node = node, step, node[step]
            else:
                return None
    return (container, key, node) if container is not None else None


def _assign(container: Any, key: Any, value: str) -> None:
    if isinstance(container, BaseModel):
        setattr(container, key, value)  # validated, as the model asks
    else:
        container[key] = value


def _fix_text(keputusan: Keputusan, finding: Finding) -> AppliedFix | SkippedFix:
    assert finding.fix is not None
    resolved = _resolve(keputusan, finding.path)
    if resolved is None:
        return SkippedFix(
            finding, Message(f"jalur {finding.path} tidak ada di data", f"the path {finding.path} is not in the data")
        )
    container, key, value = resolved
    if isinstance(value, str):
        candidates = [(finding.path, container, key, value)]
    elif isinstance(value, BaseModel):
        # A finding on a whole item (menimbang[0]) is about one of its texts,
        # usually its own ``teks``: the first one holding the finding's text.
        candidates = []
        for sub, text in iter_texts(value, finding.path):
            place = _resolve(keputusan, sub)
            if place is not None:
                candidates.append((sub, place[0], place[1], text))
    else:
        candidates = []
    for path, box, name, text in candidates:
        found = spans(text, finding)
        if found is None:
            continue
        _, inner = found
        fixed = text
        for start, end in reversed(inner):
            fixed = fixed[:start] + finding.fix.new + fixed[end:]
        if fixed == text:
            return SkippedFix(finding, already(finding.fix.new))
        _assign(box, name, fixed)
        start, end = inner[0]
        return AppliedFix(finding, old=text[start:end], new=finding.fix.new, count=len(inner), path=path)
    return SkippedFix(finding, stale(finding.text or finding.fix.old, Message(finding.path, finding.path)))


def fix_model(keputusan: Keputusan, findings: Iterable[Finding], unsafe: bool) -> FixReport:
    """Apply the findings' fixes to a decree in memory."""
    report = FixReport()
    for finding in wanted(findings, unsafe, report):
        report.add(_fix_text(keputusan, finding))
    return report


def fix_data(
    path_in: str | os.PathLike[str],
    path_out: str | os.PathLike[str] | None,
    findings: Iterable[Finding],
    *,
    unsafe: bool = False,
    dry_run: bool = False,
) -> FixReport:
    """Apply the findings' fixes to decree data (YAML/JSON) and save it to ``path_out``.

    Each fix is made in the text at the finding's model path (``kepala.instansi``,
    ``lampiran[0].kelompok[6].anggota[2].jabatan``; for an item such as
    ``menimbang[0]``, in its first text holding the finding's text).  The result is
    written with :func:`zi_docs.storage.load_save.save`, YAML or JSON by ``path_out``'s suffix;
    a YAML input to YAML keeps its comments and layout (``like=path_in``).
    """
    path_in = Path(path_in)
    check_output(path_in, path_out, dry_run)
    keputusan = load(path_in)
    report = fix_model(keputusan, findings, unsafe)
    if path_out is not None and not dry_run:
        save(keputusan, path_out, like=path_in)
    return report
