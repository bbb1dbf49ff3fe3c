"""Each rule's examples of wrong and right, as data that a test runs and the docs show.

``fixtures/CODE.yaml`` next to this module holds, for one rule, a list of examples.  Each
example edits the bundled example decree (``examples/kpu-penajam-paser-utara-42-2025.yaml``
in the repository, which every rule passes) at model paths — the paths findings carry —
once wrong and once right, and says what the rule reports on the wrong edit:

.. code-block:: yaml

    - wrong:
        lampiran[0].kelompok[2].anggota[5].nama: Ahmad Ruzika
      finds:
        - place: {id: "Lampiran I, Tim Manajemen Perubahan, baris 6, nama", en: "…"}
          text: Ahmad Ruzika
          message: {id: "…", en: "…"}
      right:
        lampiran[0].kelompok[2].anggota[5].nama: Arinil Hidayah Bahri

A key is a model path to set, ``insert PATH[i]`` to insert into a list before position
``i``, or ``delete PATH[i]`` to remove an item.  ``tests/checks/rules/test_rule_examples.py``
applies the edits and requires exactly ``finds`` (new against the example) from the wrong
edit and nothing new from the right one; ``zi-docs rule CODE`` and ``docs/rules.md`` print the
same edits and findings, so the documentation shows what the test runs.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from ...i18n import Message
from ...storage.regex_cache import regex

__all__ = ["PRINTED_ONLY", "ExpectedFinding", "RuleExample", "apply_edits", "rule_examples", "show_edits"]

#: Rules that read how the document is printed (italics), which the decree's data does not
#: hold: no edit of the example decree shows them, so they have no fixtures; their tests
#: render a DOCX and change its print (tests/checks/rules/test_rules_punctuation.py).
PRINTED_ONLY = frozenset({"EJA013"})

_STEP = regex(r"([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]")


@dataclass(frozen=True)
class ExpectedFinding:
    """What the rule reports on a wrong example: where, on which text, saying what."""

    place: Message
    text: str
    message: Message


@dataclass(frozen=True)
class RuleExample:
    wrong: Mapping[str, Any]
    """Edits of the example decree that the rule reports."""

    right: Mapping[str, Any]
    """The same place written right: the rule reports nothing new."""

    finds: tuple[ExpectedFinding, ...]


def _message(value: Any) -> Message:
    if isinstance(value, str):
        return Message(value, value)
    return Message(value["id"], value.get("en", value["id"]))


@cache
def rule_examples(code: str) -> tuple[RuleExample, ...]:
    """The examples of one rule (empty when it has none)."""
    source = resources.files(__package__).joinpath("fixtures", f"{code}.yaml")
    if not source.is_file():
        return ()
    raw = yaml.safe_load(source.read_text(encoding="utf-8")) or []
    return tuple(
        RuleExample(
            wrong=dict(item["wrong"]),
            right=dict(item.get("right") or {}),
            finds=tuple(
                ExpectedFinding(_message(f["place"]), str(f["text"]), _message(f["message"]))
                for f in item.get("finds") or []
            ),
        )
        for item in raw
    )


def _steps(path: str) -> list[str | int]:
    steps: list[str | int] = [m[1] if m[1] else int(m[2]) for m in _STEP.finditer(path)]
    if not steps or "".join(f"[{s}]" if isinstance(s, int) else f".{s}" for s in steps).lstrip(".") != path:
        raise ValueError(f"not a model path: {path!r}")
    return steps


def apply_edits(data: dict[str, Any], edits: Mapping[str, Any]) -> None:
    """Apply an example's edits to decree data (``Keputusan.model_dump()``), in order."""
    for key, value in edits.items():
        action, _, path = key.partition(" ") if key.startswith(("insert ", "delete ")) else ("set", "", key)
        *parents, last = _steps(path)
        node: Any = data
        for step in parents:
            node = node[step]
        if action == "insert":
            node.insert(last, value)
        elif action == "delete":
            del node[last]
        else:
            node[last] = value


def show_edits(edits: Mapping[str, Any]) -> str:
    """The edits as the docs print them: the fixture's own YAML, long texts folded."""
    return yaml.safe_dump(dict(edits), allow_unicode=True, sort_keys=False, width=96).rstrip("\n")
