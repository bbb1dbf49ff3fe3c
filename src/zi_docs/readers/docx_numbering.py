"""The labels Word prints for automatic numbering ("a.", "1)", "2.1.").

A Word paragraph that shows "a. bahwa …" usually stores only "bahwa …" and a
reference to a list definition in ``word/numbering.xml``; Word computes the label
when it lays the page out.  The decree's structure (Menimbang a, b, c; Mengingat 1,
2, 3) lives in those labels, so a reader must compute them too.  python-docx does
not, and no maintained library does, so this module implements the part of
ECMA-376 (§17.9) that decrees use:

* a paragraph's list (``w:numId``) and level (``w:ilvl``), given directly or by its
  paragraph style (through ``w:basedOn``), ``w:numId`` 0 switching numbering off;
* a list instance (``w:num``) pointing to a definition (``w:abstractNum``), also
  through a numbering style (``w:numStyleLink``), with ``w:lvlOverride``
  (``w:startOverride`` or a whole replacement ``w:lvl``);
* per level: ``w:numFmt`` (decimal, letters, roman, bullet, none, …), ``w:lvlText``
  with ``%1``…``%9``, ``w:start``, ``w:lvlRestart``, ``w:isLgl``;
* counters that run in document order, deeper levels restarting when a shallower
  one advances, list instances of the same definition continuing one another
  unless they override a start value (as Word does).

Callers feed paragraphs in document order, table cells included, and get the
printed label back.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from lxml import etree

from ..docx.ns import attr, integer, on, qn
from ..language.numbers import to_roman
from ..storage.regex_cache import regex

__all__ = ["Numbering", "format_number"]

# Bullets from symbol fonts (Symbol, Wingdings) are stored as private-use code
# points that mean nothing without the font; they print as a bullet.
_PRIVATE_USE = regex("[\ue000-\uf8ff]")
_LEVEL_REFERENCE = regex(r"%([1-9])")


def _roman(value: int) -> str:
    """Lower-case, as Word's lowerRoman prints; a value of 0 or less prints as a decimal."""
    return to_roman(value).lower() if value > 0 else str(value)


def _letter(value: int) -> str:
    # Word goes a … z, aa … zz, aaa …: the letter repeats, it does not carry.
    if value <= 0:
        return str(value)
    repeat, index = divmod(value - 1, 26)
    return chr(ord("a") + index) * (repeat + 1)


def format_number(value: int, number_format: str) -> str:
    """One counter value in a ``w:numFmt`` style; unknown styles print as decimals."""
    if number_format in ("lowerLetter",):
        return _letter(value)
    if number_format == "upperLetter":
        return _letter(value).upper()
    if number_format == "lowerRoman":
        return _roman(value)
    if number_format == "upperRoman":
        return _roman(value).upper()
    if number_format == "decimalZero":
        return f"{value:02d}"
    if number_format in ("none", "bullet"):
        return ""
    if number_format == "decimalEnclosedParen":
        return f"({value})"
    return str(value)


@dataclass(frozen=True)
class _Level:
    """One level of a list definition (``w:lvl``): how its numbers look and when they restart."""

    number_format: str
    text: str | None
    start: int
    restart_after: int | None
    """``w:lvlRestart``: 0 never restarts; n restarts when a level above n is used."""
    legal: bool
    style: str | None


def _read_level(lvl: etree._Element) -> _Level:
    restart = lvl.find(qn("w:lvlRestart"))
    text = lvl.find(qn("w:lvlText"))
    legal = lvl.find(qn("w:isLgl"))
    return _Level(
        number_format=attr(lvl.find(qn("w:numFmt"))) or "decimal",
        text=attr(text) if text is not None else None,
        start=integer(attr(lvl.find(qn("w:start"))), 1),
        restart_after=integer(attr(restart), 0) if restart is not None else None,
        legal=legal is not None and on(legal),
        style=attr(lvl.find(qn("w:pStyle"))),
    )


@dataclass(frozen=True)
class _Instance:
    """A list instance (``w:num``): its definition and what it overrides there."""

    abstract_id: str
    start_overrides: dict[int, int]
    level_overrides: dict[int, _Level]


class Numbering:
    """Computes Word's list labels for paragraphs fed to it in document order.

    ``style_chain(style_id)`` returns the paragraph style element and the styles it
    is based on, nearest first; ``default_style`` is the id of the style used by
    paragraphs that name none.
    """

    def __init__(
        self,
        numbering: etree._Element | None,
        style_chain: Callable[[str | None], list[etree._Element]],
        default_style: str | None = None,
    ):
        self._style_chain = style_chain
        self._default_style = default_style
        self._abstracts: dict[str, etree._Element] = {}
        self._instances: dict[str, _Instance] = {}
        self._levels_cache: dict[str, dict[int, _Level]] = {}
        self._style_numbering_cache: dict[str | None, tuple[str | None, int | None, etree._Element | None]] = {}
        # Current value of each level, per counter group (see _group).
        self._counters: dict[str, dict[int, int]] = {}
        if numbering is None:
            return
        for abstract in numbering.iterfind(qn("w:abstractNum")):
            abstract_id = attr(abstract, "w:abstractNumId")
            if abstract_id is not None:
                self._abstracts[abstract_id] = abstract
        for num in numbering.iterfind(qn("w:num")):
            num_id = attr(num, "w:numId")
            abstract_id = attr(num.find(qn("w:abstractNumId")))
            if num_id is None or abstract_id is None:
                continue
            starts: dict[int, int] = {}
            levels: dict[int, _Level] = {}
            for override in num.iterfind(qn("w:lvlOverride")):
                level = integer(attr(override, "w:ilvl"), 0)
                start = override.find(qn("w:startOverride"))
                if start is not None:
                    starts[level] = integer(attr(start), 1)
                replacement = override.find(qn("w:lvl"))
                if replacement is not None:
                    levels[level] = _read_level(replacement)
            self._instances[num_id] = _Instance(abstract_id, starts, levels)

    # -- definitions -------------------------------------------------------------

    def _levels(self, abstract_id: str, depth: int = 0) -> dict[int, _Level]:
        """The levels of a list definition, following a numbering-style link."""
        if abstract_id in self._levels_cache:
            return self._levels_cache[abstract_id]
        abstract = self._abstracts.get(abstract_id)
        levels: dict[int, _Level] = {}
        if abstract is not None:
            link = attr(abstract.find(qn("w:numStyleLink")))
            linked = self._linked_abstract(link) if link and depth < 5 else None
            if linked is not None and linked != abstract_id:
                levels = self._levels(linked, depth + 1)
            else:
                for lvl in abstract.iterfind(qn("w:lvl")):
                    levels[integer(attr(lvl, "w:ilvl"), 0)] = _read_level(lvl)
        self._levels_cache[abstract_id] = levels
        return levels

    def _linked_abstract(self, style_id: str) -> str | None:
        """The definition a numbering style (``w:numStyleLink``) stands for."""
        for style in self._style_chain(style_id):
            num_id = attr(style.find(qn("w:pPr/w:numPr/w:numId")))
            if num_id is not None and num_id in self._instances:
                return self._instances[num_id].abstract_id
        return None

    def _instance_levels(self, num_id: str) -> dict[int, _Level]:
        instance = self._instances[num_id]
        levels = dict(self._levels(instance.abstract_id))
        levels.update(instance.level_overrides)
        return levels

    # -- paragraphs --------------------------------------------------------------

    def list_of(self, paragraph: etree._Element) -> tuple[str, int] | None:
        """The list instance and level of a paragraph, from itself or its style."""
        ppr = paragraph.find(qn("w:pPr"))
        num_id: str | None = None
        level: int | None = None
        if ppr is not None:
            numpr = ppr.find(qn("w:numPr"))
            if numpr is not None:
                num_id = attr(numpr.find(qn("w:numId")))
                level_text = attr(numpr.find(qn("w:ilvl")))
                level = integer(level_text, 0) if level_text is not None else None
            style_id = attr(ppr.find(qn("w:pStyle"))) or self._default_style
        else:
            style_id = self._default_style
        from_style = None
        if num_id is None or level is None:
            styled_num_id, styled_level, styled_from = self._style_numbering(style_id)
            if num_id is None:
                num_id, from_style = styled_num_id, styled_from
            if level is None:
                level = styled_level
        if num_id is None or num_id == "0" or num_id not in self._instances:
            return None
        if level is None:
            # A style-linked list says which level belongs to which style.
            level = 0
            if from_style is not None:
                style_name = from_style.get(qn("w:styleId"))
                for index, definition in self._instance_levels(num_id).items():
                    if definition.style == style_name:
                        level = index
                        break
        return num_id, level

    def _style_numbering(self, style_id: str | None) -> tuple[str | None, int | None, etree._Element | None]:
        """The list a paragraph style puts its paragraphs in: the first list instance and
        the first level along its chain, and the style that named the instance (or the last
        one with a list, when none names one).  Kept per style: a document asks it for most
        of its paragraphs, of a handful of styles."""
        if style_id in self._style_numbering_cache:
            return self._style_numbering_cache[style_id]
        num_id: str | None = None
        level: int | None = None
        from_style = None
        for style in self._style_chain(style_id):
            numpr = style.find(qn("w:pPr/w:numPr"))
            if numpr is None:
                continue
            if num_id is None:
                num_id = attr(numpr.find(qn("w:numId")))
                from_style = style
            if level is None and numpr.find(qn("w:ilvl")) is not None:
                level = integer(attr(numpr.find(qn("w:ilvl"))), 0)
            if num_id is not None and level is not None:
                break
        found = self._style_numbering_cache[style_id] = (num_id, level, from_style)
        return found

    def _group(self, num_id: str) -> str:
        """Which counters a list instance uses.

        Instances of one definition continue each other in Word; an instance that
        overrides a start value is a restarted list with counters of its own.
        """
        instance = self._instances[num_id]
        if instance.start_overrides or instance.level_overrides:
            return f"num:{num_id}"
        return f"abstract:{instance.abstract_id}"

    def label(self, paragraph: etree._Element) -> str | None:
        """Advance the paragraph's list and return the label Word prints for it.

        ``None`` when the paragraph is not numbered or its level prints nothing.
        """
        found = self.list_of(paragraph)
        if found is None:
            return None
        num_id, level = found
        levels = self._instance_levels(num_id)
        definition = levels.get(level)
        if definition is None:
            return None
        instance = self._instances[num_id]
        group = self._group(num_id)
        counters = self._counters.get(group)
        if counters is None:
            counters = self._counters[group] = {}

        def start_of(index: int) -> int:
            if index in instance.start_overrides:
                return instance.start_overrides[index]
            found_level = levels.get(index)
            return found_level.start if found_level else 1

        counters[level] = counters[level] + 1 if level in counters else start_of(level)
        for deeper in [index for index in counters if index > level]:
            restart = levels[deeper].restart_after if deeper in levels else None
            limit = deeper if restart is None else restart
            if level < limit:
                del counters[deeper]
        if definition.text is None:
            return None

        def value(match: re.Match[str]) -> str:
            index = int(match.group(1)) - 1
            referenced = levels.get(index)
            number = counters.get(index, start_of(index))
            number_format = "decimal" if definition.legal else (referenced.number_format if referenced else "decimal")
            return format_number(number, number_format)

        if definition.number_format == "bullet":
            text = _PRIVATE_USE.sub("•", definition.text)
        else:
            text = _LEVEL_REFERENCE.sub(value, definition.text)
        return text or None
