"""Page and font settings, applied to a rendered document.

Paper and font are settings rather than template text so that one template serves
F4 and A4 offices alike.  They are applied after rendering, on the finished DOCX:
every section keeps its orientation and gets the chosen paper's size; the base
style and the document defaults get the font, and styles that the template sized
relative to the base keep that difference (the Rencana Aksi table is one point
smaller than the text).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.shared import Pt, Twips

from ..docx.ns import qn

Paper = Literal["F4", "A4"]

#: Paper sizes (portrait width, height) in twentieths of a point.
PAPER_TWIPS: dict[str, tuple[int, int]] = {
    "F4": (12190, 18709),  # 215 × 330 mm, the paper of Indonesian government documents
    "A4": (11906, 16838),  # 210 × 297 mm
}


@dataclass(frozen=True)
class RenderSettings:
    """How to lay out the rendered decree.

    ``None`` in a field means "as the template has it": the shipped template is
    F4 with Bookman Old Style 12, and an office's own template keeps its own layout
    unless a setting is given.
    """

    paper: Paper | None = "F4"
    font: str | None = "Bookman Old Style"
    font_size: float | None = 12

    def __post_init__(self) -> None:
        if self.paper is not None and self.paper not in PAPER_TWIPS:
            raise ValueError(f"paper must be one of {sorted(PAPER_TWIPS)}, not {self.paper!r}")
        if self.font_size is not None and not 6 <= float(self.font_size) <= 32:
            raise ValueError(f"font_size must be between 6 and 32 points, not {self.font_size!r}")


#: Settings that change nothing: an office's own template as it is.
AS_TEMPLATE = RenderSettings(paper=None, font=None, font_size=None)


def apply_settings(document: Document, settings: RenderSettings) -> None:
    """Apply ``settings`` to a rendered document in place."""
    if settings.paper is not None:
        _apply_paper(document, settings.paper)
    if settings.font is not None:
        _apply_font(document, settings.font)
    if settings.font_size is not None:
        _apply_font_size(document, float(settings.font_size))


def _apply_paper(document: Document, paper: str) -> None:
    short, long = PAPER_TWIPS[paper]
    for section in document.sections:  # every w:sectPr, the ones in paragraphs too
        landscape = section.orientation == WD_ORIENT.LANDSCAPE or (
            section.page_width is not None
            and section.page_height is not None
            and section.page_width > section.page_height
        )
        section.page_width = Twips(long if landscape else short)
        section.page_height = Twips(short if landscape else long)


def _font_elements(document: Document):
    """``w:rFonts`` of the base style and of the document defaults."""
    styles = document.styles.element
    for rpr in (
        styles.find(qn("w:docDefaults/w:rPrDefault/w:rPr")),
        document.styles["Normal"].element.get_or_add_rPr(),
    ):
        if rpr is None:
            continue
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = OxmlElement("w:rFonts")
            rpr.insert(0, fonts)
        yield fonts


def _apply_font(document: Document, font: str) -> None:
    for fonts in _font_elements(document):
        for attr in list(fonts.attrib):
            if attr.endswith("Theme"):  # a theme font would win over the named one
                del fonts.attrib[attr]
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(attr), font)


def _apply_font_size(document: Document, size: float) -> None:
    normal = document.styles["Normal"]
    old = normal.font.size.pt if normal.font.size is not None else 11.0
    for style in document.styles:
        if style is normal or style.type != WD_STYLE_TYPE.PARAGRAPH or style.font.size is None:
            continue
        if style.font.size.pt > 2:  # 1-pt section-break marks stay tiny
            # Keep a style's size relative to the text size (smaller table text stays smaller).
            style.font.size = Pt(max(1.0, style.font.size.pt - old + size))
    normal.font.size = Pt(size)
