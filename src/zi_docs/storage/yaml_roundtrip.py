"""Rewrite a YAML file with new values while keeping everything else as written.

A decree's YAML carries what the model does not: comments (the file's header, the
``# zi-docs: abaikan …`` marks), key order, quoting, the schema line, and the way a
value was written (``tanggal: 8 September 2025``, ``target_waktu: Oktober 2025``).
A command that changes a few values must change only those.  ruamel.yaml's
round-trip mode keeps all of that; this module walks the file's tree next to the
decree's data before and after the change and touches only the values that differ.
"""

from __future__ import annotations

import difflib
import io
import itertools
import json
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError
from ruamel.yaml.scalarstring import (
    DoubleQuotedScalarString,
    FoldedScalarString,
    LiteralScalarString,
    SingleQuotedScalarString,
)

from ..storage.regex_cache import regex
from .yaml_io import NEEDS_ESCAPE

_MISSING = object()
_QUOTED = (DoubleQuotedScalarString, SingleQuotedScalarString)
_BLOCK = (LiteralScalarString, FoldedScalarString)
_KEY_LINE = regex(r"^( *)(?:- +)?[^\s#-][^:#]*:\s*(?:#.*)?$")


class RoundTripError(Exception):
    """The file cannot be read in round-trip mode; the caller writes it afresh."""


def _guess_indent(text: str) -> tuple[int, int]:
    """(mapping indent, offset of ``-`` under its key) as the file writes them.

    ruamel.yaml writes one style for the whole file; taking the file's own keeps an
    unchanged file byte for byte.  PyYAML's style (2, 0) when nothing says otherwise.
    """
    mapping = offset = None
    lines = [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    for line, following in itertools.pairwise(lines):
        if not _KEY_LINE.match(line) or line.rstrip().endswith(("|", ">", "|-", ">-")):
            continue
        # the column of the key itself, past a "- " that opens a list item
        key_column = len(line) - len(line.lstrip(" -"))
        column = len(following) - len(following.lstrip(" "))
        if column < key_column:
            continue
        if following.lstrip(" ").startswith("- "):
            offset = column - key_column if offset is None else offset
        elif column > key_column:
            mapping = column - key_column if mapping is None else mapping
        if mapping is not None and offset is not None:
            break
    return mapping or 2, offset or 0


def _yaml(mapping: int, offset: int) -> YAML:
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.allow_duplicate_keys = True  # as PyYAML, which read the file first: the last one wins
    yaml.width = 4096  # never fold a long line the file kept on one line
    yaml.indent(mapping=mapping, sequence=offset + 2, offset=offset)
    return yaml


def _fresh(value: Any) -> Any:
    """A new value as ruamel.yaml should write it: block style, readable text."""
    if isinstance(value, dict):
        return CommentedMap((k, _fresh(v)) for k, v in value.items())
    if isinstance(value, list):
        return CommentedSeq(_fresh(v) for v in value)
    if isinstance(value, str):
        if NEEDS_ESCAPE.search(value):
            return DoubleQuotedScalarString(value)
        if "\n" in value:
            return LiteralScalarString(value)
    return value


def _styled(raw: Any, value: Any) -> Any:
    """``value`` written in the style ``raw`` was (quoted stays quoted, a block stays a block)."""
    if not isinstance(value, str):
        return _fresh(value)
    if NEEDS_ESCAPE.search(value):
        return DoubleQuotedScalarString(value)
    if isinstance(raw, _BLOCK) and "\n" in value:
        return type(raw)(value)
    if isinstance(raw, _QUOTED) and "\n" not in value:
        return type(raw)(value)
    return _fresh(value)


def _key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


class _Merger:
    def __init__(self, shorthand: bool):
        # A value the model reads from a plain text (target_waktu: "Oktober 2025")
        # is written back as text when its ``teks`` is all that changed.
        self.shorthand = shorthand

    def merge(self, raw: Any, old: Any, new: Any) -> Any:
        if old == new:
            return raw
        if isinstance(raw, CommentedMap) and isinstance(old, dict) and isinstance(new, dict):
            self._mapping(raw, old, new)
            return raw
        if isinstance(raw, CommentedSeq) and isinstance(old, list) and isinstance(new, list) and len(raw) == len(old):
            self._sequence(raw, old, new)
            return raw
        if (
            self.shorthand
            and isinstance(raw, str)
            and isinstance(old, dict)
            and isinstance(new, dict)
            and old.get("teks") == str(raw)
            and isinstance(new.get("teks"), str)
            and new["teks"] != old["teks"]  # else a part changed that the text cannot say
        ):
            return _styled(raw, new["teks"])
        return _styled(raw, new)

    def _mapping(self, raw: CommentedMap, old: dict[str, Any], new: dict[str, Any]) -> None:
        for key in list(raw):
            before, after = old.get(key, _MISSING), new.get(key, _MISSING)
            if before == after:
                continue  # also a key the model does not hold ($schema) or an empty default
            if after is _MISSING:
                del raw[key]
            elif before is _MISSING:
                raw[key] = _styled(raw[key], after)
            else:
                raw[key] = self.merge(raw[key], before, after)
        previous = None
        for key, value in new.items():
            if key in raw:
                previous = key
                continue
            if old.get(key, _MISSING) == value:
                continue  # a default the file leaves out
            position = list(raw).index(previous) + 1 if previous is not None else 0
            raw.insert(position, key, _fresh(value))
            previous = key

    def _sequence(self, raw: CommentedSeq, old: list[Any], new: list[Any]) -> None:
        matcher = difflib.SequenceMatcher(None, [_key(v) for v in old], [_key(v) for v in new], autojunk=False)
        # From the end, so that the positions still to be edited do not move;
        # ruamel.yaml moves the comments of later items along with them.
        for tag, i1, i2, j1, j2 in reversed(matcher.get_opcodes()):
            if tag == "equal":
                continue
            paired = min(i2 - i1, j2 - j1)
            for extra in reversed(range(i1 + paired, i2)):
                del raw[extra]
            for offset, value in enumerate(new[j1 + paired : j2]):
                raw.insert(i1 + paired + offset, _fresh(value))
            for step in range(paired):
                raw[i1 + step] = self.merge(raw[i1 + step], old[i1 + step], new[j1 + step])


def _unchanged_lines_kept(original: str, unchanged: str, changed: str) -> str:
    """``changed`` with every line that no change touched taken from ``original``.

    ruamel.yaml writes a few things its own way even when nothing changed: a long
    text folded over several lines (by hand, or by PyYAML at 100 columns) is folded
    again, differently.  ``unchanged`` is ruamel.yaml's writing of the file as it
    was, ``changed`` its writing after the change: where those two differ is the
    change, and only there (widened to whole re-written passages) do the lines of
    ``changed`` replace the original's; everywhere else the original's lines stay.
    """
    if unchanged == original:
        return changed
    o, a, b = original.splitlines(keepends=True), unchanged.splitlines(keepends=True), changed.splitlines(keepends=True)
    to_original = difflib.SequenceMatcher(None, a, o, autojunk=False).get_opcodes()
    to_changed = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    rewritten = [(i1, i2) for tag, i1, i2, _, _ in to_original if tag != "equal" and i1 < i2]
    spans: list[list[int]] = []
    for tag, i1, i2, _, _ in to_changed:
        if tag == "equal":
            continue
        start, end = i1, i2
        grown = True
        while grown:  # a passage ruamel.yaml re-wrote is taken whole, never half
            grown = False
            for a1, a2 in rewritten:
                touches = a1 < end and start < a2 if start < end else a1 < start < a2
                if touches and (a1 < start or a2 > end):
                    start, end, grown = min(start, a1), max(end, a2), True
        if spans and start <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], end)
        else:
            spans.append([start, end])

    def mapped(opcodes: list[tuple[str, int, int, int, int]], position: int, last: bool) -> int:
        found = [
            j1 + position - i1 if tag == "equal" else (j1 if position == i1 else j2)
            for tag, i1, i2, j1, j2 in opcodes
            if i1 <= position <= i2 and (tag == "equal" or position in (i1, i2))
        ]
        return max(found) if last else min(found)

    out: list[str] = []
    cursor = 0
    for start, end in spans:
        out += o[mapped(to_original, cursor, False) : mapped(to_original, start, True)]
        out += b[mapped(to_changed, start, False) : mapped(to_changed, end, True)]
        cursor = end
    out += o[mapped(to_original, cursor, False) :]
    return "".join(out)


def update_yaml(text: str, old: Any, new: Any, *, shorthand: bool = True, keep_lines: bool = True) -> str:
    """``text`` (YAML whose data reads as ``old``) rewritten so that it reads as ``new``.

    Comments, key order, quoting and the layout of everything unchanged are kept.
    ``old`` and ``new`` are plain data (as :func:`~zi_docs.storage.load_save.to_data`
    gives it); a part of the file that ``old`` does not describe (a key the model
    ignores) is left as it is.  ``keep_lines``: lines no change touched are the
    original's, byte for byte (see :func:`_unchanged_lines_kept`).  Raises
    :class:`RoundTripError` when ruamel.yaml cannot read the text.
    """
    yaml = _yaml(*_guess_indent(text))
    try:
        tree = yaml.load(text)
    except (YAMLError, ValueError, RecursionError) as exc:
        raise RoundTripError(str(exc)) from None
    before = io.StringIO()
    if keep_lines:
        yaml.dump(tree, before)
    tree = _Merger(shorthand).merge(tree, old, new)
    after = io.StringIO()
    yaml.dump(tree, after)
    if not keep_lines:
        return after.getvalue()
    return _unchanged_lines_kept(text, before.getvalue(), after.getvalue())
