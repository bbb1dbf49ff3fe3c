"""The one namespace map of zi_docs: prefixes, ``qn``, relationship types, attribute helpers.

Every module that touches WordprocessingML spells names through :func:`qn`
(``qn("w:p")``), so that a namespace URI is written exactly once, here.  The
helpers read the attribute forms ECMA-376 uses everywhere: ``w:val``, on/off
properties and numbers that a damaged file may leave malformed.
"""

from __future__ import annotations

import functools

from lxml import etree

__all__ = [
    "NAMESPACES",
    "RT_COMMENTS",
    "RT_NUMBERING",
    "RT_STYLES",
    "attr",
    "integer",
    "on",
    "parse_xml",
    "qn",
]

NAMESPACES: dict[str, str] = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "v": "urn:schemas-microsoft-com:vml",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
    "xml": "http://www.w3.org/XML/1998/namespace",
}
"""Prefix → namespace URI, the prefixes Word itself writes."""

_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
RT_STYLES = f"{_RELATIONSHIPS}/styles"
RT_NUMBERING = f"{_RELATIONSHIPS}/numbering"
RT_COMMENTS = f"{_RELATIONSHIPS}/comments"

_FALSE = {"0", "false", "off", "none"}


@functools.cache
def qn(name: str) -> str:
    """The Clark name of a prefixed name: ``qn("w:p")`` → ``"{http://…/main}p"``.

    A path of several steps (``"w:pPr/w:pStyle"``) is turned step by step, for
    ``find``.
    """
    if "/" in name:
        return "/".join(qn(step) if ":" in step else step for step in name.split("/"))
    prefix, _, local = name.partition(":")
    return f"{{{NAMESPACES[prefix]}}}{local}"


def attr(element: etree._Element | None, name: str = "w:val") -> str | None:
    """An attribute (``w:val`` by default) of an element that may be missing."""
    return None if element is None else element.get(qn(name))


def child_at(element: etree._Element | None, *path: str) -> etree._Element | None:
    """The element at ``path`` under ``element``, one child's Clark name per step
    (``child_at(run, qn("w:rPr"), qn("w:vanish"))``), or None.

    What ``element.find("w:rPr/w:vanish")`` finds in a conforming document, where each
    properties element appears once; lxml reads a path in Python on every call, and a
    loop over the few children of a run is several times faster (the reader asks for
    every run's properties).
    """
    for tag in path:
        if element is None:
            return None
        for sub in element:
            if sub.tag == tag:
                element = sub
                break
        else:
            return None
    return element


def on(element: etree._Element | None) -> bool:
    """Whether an on/off property (``<w:b/>``, ``<w:b w:val="0"/>``) is on."""
    if element is None:
        return False
    value = element.get(qn("w:val"))
    return value is None or value.lower() not in _FALSE


def integer(value: str | None, default: int) -> int:
    """A numeric attribute value, or ``default`` when it is missing or malformed."""
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def parse_xml(data: bytes) -> etree._Element:
    """Parse one part of an untrusted package: no entities resolved, nothing fetched,
    libxml2's limits on depth and amplification kept."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    return etree.fromstring(data, parser)
