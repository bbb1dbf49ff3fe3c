"""One entry per mistake: occurrences of one wrong form, and what follows from it, as a group.

A reviewer reading "resiko → risiko" nine times, or a heading "differing" only because
the region's name is misspelt in it, stops reading.  :func:`group_findings` gathers

* the occurrences of the same wrong form under one rule (same rule, same offending
  text or the same replacement, letter case aside), and
* findings a rule marks as following from another (``Finding.cause``: STR001's
  renumbering of the labels after a repeated one), and
* knock-on findings: a heading (STR007) or signature title (STR011) that differs from
  another only by a region name a NAM001/NAM002 finding already corrects joins that
  finding's group and offers no fix of its own — its fix would either repeat the
  region fix or, worse, copy the misspelt form over the correct one.

Besides, no fix anywhere may write a misspelt region name that a region finding
corrects: such a fix is dropped, the finding kept.

>>> groups = group_findings(findings)
>>> [(g.root.text, len(g.members)) for g in groups]
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from ..storage.regex_cache import regex
from .finding import Finding

__all__ = ["FindingGroup", "group_findings", "grouped"]

#: Rules whose findings name the region and follow from its misspelling.
ROOT_RULES = ("NAM001", "NAM002")
#: Rules that compare one text with another (heading, Menetapkan, Lampiran header,
#: signature title): a misspelt region in either side makes them fire.
KNOCK_ON_RULES = ("STR007", "STR011")

_SPACE = regex(r"\s+")


@dataclass
class FindingGroup:
    """One mistake: the finding shown first (``root``) and every finding of the group."""

    id: str
    """Stable across runs and unrelated edits: the rule and the wrong form, hashed."""

    root: Finding
    members: list[Finding] = field(default_factory=list)
    """All findings of the group, ``root`` included, in the order they were given (document order)."""


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip().casefold()


def _key(finding: Finding) -> tuple[str, str, str]:
    """Same rule, same wrong form, same correction: the same mistake.  (A rule that gives
    one form two severities means two cases of it, hence the severity in the rule part.)"""
    rule = finding.rule if finding.severity.value == "error" else f"{finding.rule}/{finding.severity.value}"
    if finding.fix is not None and finding.fix.old.strip():
        return (rule, _norm(finding.fix.old), _norm(finding.fix.new))
    return (rule, _norm(finding.text), "")


def _group_id(key: tuple[str, str, str]) -> str:
    digest = hashlib.sha256("\x00".join(key).encode()).hexdigest()[:10]
    return f"{key[0].split('/')[0]}-{digest}"


class _Misspelling(NamedTuple):
    wrong: str
    right: str
    key: tuple[str, str, str]
    path: str


def _misspellings(findings: list[Finding]) -> list[_Misspelling]:
    """The region names a region finding corrects in spelling (not only in letter case)."""
    found = []
    for f in findings:
        if f.rule in ROOT_RULES and f.fix is not None:
            wrong, right = _norm(f.fix.old), _norm(f.fix.new)
            if wrong and right and wrong != right:
                found.append(_Misspelling(wrong, right, _key(f), f.path))
    # Longest first, so that "kabupaten petajam paser utara" is repaired before a part of it.
    return sorted(found, key=lambda m: -len(m.wrong))


def _repaired(text: str, misspellings: list[_Misspelling]) -> tuple[str, list[_Misspelling]]:
    """``text`` with every misspelt region name corrected, and the corrections used."""
    result, used = _norm(text), []
    for m in misspellings:
        if m.wrong in result:
            result = result.replace(m.wrong, m.right)
            used.append(m)
    return result, used


def _cause(finding: Finding, misspellings: list[_Misspelling]) -> _Misspelling | None:
    """The region misspelling that explains a comparing rule's finding, if one does."""
    if finding.rule not in KNOCK_ON_RULES or not misspellings:
        return None
    if finding.fix is not None:
        ours, used_ours = _repaired(finding.fix.old, misspellings)
        theirs, used_theirs = _repaired(finding.fix.new, misspellings)
        used = used_theirs + used_ours
        return used[0] if used and ours == theirs else None
    # Without a fix the other side is a model path (``related``): a region finding there
    # whose correct form this finding's text has explains the difference; so does one in
    # this finding's own text, when the other side has the correct form.
    text = _norm(finding.text)
    for m in misspellings:
        at_other_side = any(m.path == p or m.path.startswith(p + ".") for p in finding.related)
        if at_other_side and m.right in text:
            return m
    for m in misspellings:
        if m.path == finding.path and m.wrong in text:
            return m
    return None


def _spreads_misspelling(finding: Finding, misspellings: list[_Misspelling]) -> bool:
    """Whether the finding's fix would write a misspelt region name the text lacks."""
    if finding.fix is None or finding.rule in ROOT_RULES:
        return False
    old, new = _norm(finding.fix.old), _norm(finding.fix.new)
    return any(m.wrong in new and m.wrong not in old for m in misspellings)


def _assign(items: list[Finding]) -> list[tuple[Finding, bool]]:
    """Each finding with its group set (in input order), and whether it is its group's own
    occurrence rather than a knock-on.  A finding grouped before keeps its group, so that
    grouping the findings :func:`zi_docs.check` returns again changes nothing."""
    misspellings = _misspellings(items)
    result: list[tuple[Finding, bool]] = []
    for f in items:
        own_id = _group_id(_key(f))
        if f.group is not None:
            result.append((f, f.group == own_id and f.cause is None))
            continue
        cause = _cause(f, misspellings)
        if cause is not None:
            result.append((dataclasses.replace(f, fix=None, group=_group_id(cause.key)), False))
            continue
        if _spreads_misspelling(f, misspellings):
            f = dataclasses.replace(f, fix=None)
            own_id = _group_id(_key(f))
        result.append((dataclasses.replace(f, group=own_id), f.cause is None))
    # A finding that follows from another of its rule (``cause``) joins that one's group.
    groups_at = {(f.rule, f.path): f.group for f, own in result if own}
    return [
        (dataclasses.replace(f, group=groups_at[f.rule, f.cause]), False)
        if f.cause is not None and (f.rule, f.cause) in groups_at and f.group != groups_at[f.rule, f.cause]
        else (f, own)
        for f, own in result
    ]


def group_findings(findings: Iterable[Finding]) -> list[FindingGroup]:
    """The findings as mistakes, in the order of each group's first member.

    Every member carries its group's id in ``group``; a knock-on finding (and any
    finding whose fix would spread a misspelt region name) comes without a fix.
    """
    by_group: dict[str, list[tuple[Finding, bool]]] = {}
    for finding, own in _assign(list(findings)):
        by_group.setdefault(finding.group or "", []).append((finding, own))
    groups: list[FindingGroup] = []
    for group_id, entries in by_group.items():
        members = [f for f, _ in entries]
        # The root is the group's own finding (the region's, not a knock-on), the first one.
        own = [f for f, is_own in entries if is_own]
        groups.append(FindingGroup(group_id, (own or members)[0], members))
    return groups


def grouped(findings: Iterable[Finding]) -> list[Finding]:
    """The findings in their order, each with its ``group`` (a knock-on without its fix)."""
    return [f for f, _ in _assign(list(findings))]
