"""YAML reading and writing for decree data, safe and with line numbers.

PyYAML's ``SafeLoader`` is used with two resolvers narrowed: timestamps stay text
(so that pydantic, not PyYAML, judges "2025-02-31" and reports it with its path),
and only ``true``/``false`` are booleans (a label "no" or "on" stays text).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import yaml

from ..errors import LimitExceededError
from ..i18n import Message
from ..storage.regex_cache import regex

#: Nodes a document may expand to through aliases before it is refused.
MAX_EXPANDED_NODES = 1_000_000


class _Loader(yaml.SafeLoader):
    pass


_Loader.yaml_implicit_resolvers = {
    first: [
        (tag, regexp)
        for tag, regexp in resolvers
        if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver("tag:yaml.org,2002:bool", regex(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


class _Dumper(yaml.SafeDumper):
    pass


# PyYAML folds these into line breaks or spaces unless they are escaped, which
# only the double-quoted style does: \r, NEL, the line and paragraph separators, the BOM,
# and every character outside what YAML prints (tab, newline, \x20-\x7e, \xa0-\ud7ff,
# \ue000-\ufffd, \U00010000 up).  Written as the characters themselves rather than as
# "not printable": re compiles in Python, and the negated class over all of Unicode cost
# ~3.5 ms of every import, this one ~0.5 ms (tests/storage compares the two on every
# code point).
NEEDS_ESCAPE = regex("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]")


def _str_representer(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if NEEDS_ESCAPE.search(value):
        style = '"'
    elif "\n" in value:
        style = "|"
    else:
        style = None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str_representer)


def _expanded_size(node: yaml.Node, memo: dict[int, int]) -> int:
    key = id(node)
    if key not in memo:
        memo[key] = 0  # a cycle counts once instead of recursing forever
        if isinstance(node, yaml.SequenceNode):
            memo[key] = 1 + sum(_expanded_size(child, memo) for child in node.value)
        elif isinstance(node, yaml.MappingNode):
            memo[key] = 1 + sum(_expanded_size(k, memo) + _expanded_size(v, memo) for k, v in node.value)
        else:
            memo[key] = 1
    return memo[key]


#: Deepest nesting accepted.  Decree data nests about a dozen levels (a diktum's list
#: inside a list inside …); PyYAML composes recursively, and a file nested a thousand
#: levels deep would take seconds to hit Python's recursion limit.
MAX_DEPTH = 100
_FLOW_TOKENS = regex(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\n]|\'\')*\'|#[^\n]*|[\[\]{}]')
_INDENT = regex(r"^ *", re.MULTILINE)


def nested_too_deep(text: str) -> bool:
    """Whether ``text`` nests deeper than :data:`MAX_DEPTH`, found without parsing it.

    Written by hand because PyYAML has no depth limit.  Flow collections are counted
    by their brackets outside quoted scalars and comments; block collections need one
    column of indentation per level at the least.  Approximate on purpose, in the
    safe direction: a quote the scan misreads can only hide brackets, never add any,
    so a real decree is never refused.
    """
    if max((len(m.group()) for m in _INDENT.finditer(text)), default=0) > 2 * MAX_DEPTH:
        return True
    depth = 0
    for match in _FLOW_TOKENS.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return True
        elif token in "]}":
            depth = max(0, depth - 1)
    return False


def _too_deep(path: str | None) -> LimitExceededError:
    return LimitExceededError(
        Message("YAML bersarang terlalu dalam untuk dibaca", "the YAML is nested too deeply to be read"),
        path=path,
        hint=Message(
            "Periksa asal berkas; data keputusan hanya bersarang beberapa tingkat.",
            "Check where the file comes from; decree data is nested only a few levels.",
        ),
    )


def _described(exc: yaml.YAMLError, text: str, path: str | None) -> Exception:
    """The error to raise for a YAML parse error, told to a person.  :mod:`.yaml_errors` is
    imported here, when a file does not parse: importing it (fifteen patterns on PyYAML's
    messages to compile) cost ~1.5 ms of every load of a file that parses."""
    from .yaml_errors import yaml_error

    return yaml_error(exc, text, path)


class YamlDocument:
    """A parsed YAML document: its data and the line of every value in it."""

    def __init__(self, text: str, path: str | None = None):
        if nested_too_deep(text):
            raise _too_deep(path)
        try:
            loader = _Loader(text)
            try:
                self.root = loader.get_single_node()
            finally:
                loader.dispose()
        except yaml.YAMLError as exc:
            raise _described(exc, text, path) from None
        except RecursionError:
            raise _too_deep(path) from None
        try:
            expanded = _expanded_size(self.root, {}) if self.root is not None else 0
        except RecursionError:
            raise _too_deep(path) from None
        if expanded > MAX_EXPANDED_NODES:
            raise LimitExceededError(
                Message(
                    f"YAML mengembang melebihi {MAX_EXPANDED_NODES:,} simpul lewat alias (&/*)",
                    f"the YAML expands past {MAX_EXPANDED_NODES:,} nodes through aliases (&/*)",
                ),
                path=path,
                hint=Message("Tulis data tanpa alias YAML.", "Write the data without YAML aliases."),
            )
        try:
            self.data: Any = _Loader(text).construct_document(self.root) if self.root is not None else None
        except RecursionError:
            raise _too_deep(path) from None
        except yaml.YAMLError as exc:
            raise _described(exc, text, path) from None

    def line_of(self, path: Sequence[int | str]) -> int | None:
        """The 1-based line of the value at ``path``, or of its nearest parent."""
        node = self.root
        line = node.start_mark.line + 1 if node is not None else None
        for part in path:
            if isinstance(node, yaml.MappingNode):
                found = None
                for key, value in node.value:
                    if key.value == part:
                        found, line = value, key.start_mark.line + 1
                        break
                if found is None:
                    return line
                node = found
            elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
                node = node.value[part]
                line = node.start_mark.line + 1
            else:
                return line
        return line


def dump_yaml(data: Any) -> str:
    """Block-style YAML with keys in model order and text readable as written."""
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100, indent=2)
