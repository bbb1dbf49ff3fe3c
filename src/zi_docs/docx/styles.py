"""Style lookups from ``word/styles.xml``: inheritance chains, bold, italics, page breaks.

What a run or paragraph *looks like* is spread over its own properties, its
character style, its paragraph style, the styles those are based on and the
document defaults; this module follows that chain the way Word does.
"""

from __future__ import annotations

from lxml import etree

from .ns import attr, child_at, on, qn

__all__ = ["StyleSheet"]

_STYLE, _STYLE_ID, _TYPE, _DEFAULT = qn("w:style"), qn("w:styleId"), qn("w:type"), qn("w:default")
_BASED_ON, _R_PR, _R_STYLE, _B = qn("w:basedOn"), qn("w:rPr"), qn("w:rStyle"), qn("w:b")
_I, _P_PR, _P_STYLE_OWN = qn("w:i"), qn("w:pPr"), qn("w:pStyle")
_STYLE_BOLD, _STYLE_ITALIC = qn("w:rPr/w:b"), qn("w:rPr/w:i")
_DEFAULT_BOLD = qn("w:docDefaults/w:rPrDefault/w:rPr/w:b")
_DEFAULT_ITALIC = qn("w:docDefaults/w:rPrDefault/w:rPr/w:i")
_PAGE_BREAK_BEFORE = qn("w:pPr/w:pageBreakBefore")


class StyleSheet:
    """The styles of one document; ``styles`` is the root of its styles part (or None)."""

    def __init__(self, styles: etree._Element | None):
        self._styles: dict[str, etree._Element] = {}
        self._chains: dict[str | None, list[etree._Element]] = {}
        #: (style id, property path) → what the style or those it is based on set, None if
        #: none does: a document asks it for every run, of a handful of styles
        self._inherited: dict[tuple[str | None, str], bool | None] = {}
        self.default_paragraph: str | None = None
        """The id of the style of paragraphs that name none."""
        self._default_bold = self._default_italic = False
        if styles is None:
            return
        for style in styles.iterfind(_STYLE):
            style_id = style.get(_STYLE_ID)
            if style_id is None:
                continue
            self._styles[style_id] = style
            if style.get(_TYPE) == "paragraph" and style.get(_DEFAULT) in ("1", "true", "on"):
                self.default_paragraph = style_id
        self._default_bold = on(styles.find(_DEFAULT_BOLD))
        self._default_italic = on(styles.find(_DEFAULT_ITALIC))

    def chain(self, style_id: str | None) -> list[etree._Element]:
        """The style and those it is based on, nearest first (cycles cut)."""
        if style_id in self._chains:
            return self._chains[style_id]
        chain: list[etree._Element] = []
        seen: set[str] = set()
        current = style_id
        while current and current not in seen and current in self._styles:
            seen.add(current)
            style = self._styles[current]
            chain.append(style)
            current = attr(style.find(_BASED_ON))
        self._chains[style_id] = chain
        return chain

    def paragraph_style(self, paragraph: etree._Element) -> str | None:
        return attr(child_at(paragraph, _P_PR, _P_STYLE_OWN)) or self.default_paragraph

    def bold(self, run: etree._Element, paragraph_style: str | None) -> bool:
        """Whether a run prints bold: its own ``w:b``, else its character style,
        else the paragraph style, else the document default."""
        return self._toggle(run, paragraph_style, _B, _STYLE_BOLD, self._default_bold)

    def italic(self, run: etree._Element, paragraph_style: str | None) -> bool:
        """Whether a run prints in italics (``w:i``), looked up as :meth:`bold`."""
        return self._toggle(run, paragraph_style, _I, _STYLE_ITALIC, self._default_italic)

    def _toggle(self, run: etree._Element, paragraph_style: str | None, own: str, styled: str, default: bool) -> bool:
        rpr = child_at(run, _R_PR)
        if rpr is not None:
            found = child_at(rpr, own)
            if found is not None:
                return on(found)
            character_style = child_at(rpr, _R_STYLE)
            if character_style is not None:
                value = self._inherited_value(attr(character_style), styled)
                if value is not None:
                    return value
        value = self._inherited_value(paragraph_style, styled)
        return default if value is None else value

    def _inherited_value(self, style_id: str | None, styled: str) -> bool | None:
        """What the style ``style_id`` or one it is based on sets at ``styled``, nearest first."""
        key = (style_id, styled)
        if key in self._inherited:
            return self._inherited[key]
        value = None
        for style in self.chain(style_id):
            found = style.find(styled)
            if found is not None:
                value = on(found)
                break
        self._inherited[key] = value
        return value

    def page_break_before(self, paragraph: etree._Element) -> bool:
        """``w:pageBreakBefore`` on the paragraph or inherited from its style."""
        own = paragraph.find(_PAGE_BREAK_BEFORE)
        if own is not None:
            return on(own)
        for style in self.chain(self.paragraph_style(paragraph)):
            inherited = style.find(_PAGE_BREAK_BEFORE)
            if inherited is not None:
                return on(inherited)
        return False
