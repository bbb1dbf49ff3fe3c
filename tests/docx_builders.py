"""Small builders of WordprocessingML for tests that make DOCX files by hand.

Shared by the DOCX reader's tests and the fixer's: a fragment is written with the
w:/mc:/v: prefixes and parsed with their namespaces declared.
"""

from __future__ import annotations

import re

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import qn

NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def xml(fragment: str):
    """Parse a fragment whose root uses the w:/mc:/v: prefixes."""
    name_end = re.search(r"[\s/>]", fragment).start()
    return parse_xml(f"{fragment[:name_end]} {NS}{fragment[name_end:]}")


def body_append(document, fragment: str) -> None:
    document.element.body.find(qn("w:sectPr")).addprevious(xml(fragment))


def p(text: str = "", ppr: str = "", runs: str | None = None) -> str:
    """A paragraph with one run of text (or the given runs) and paragraph properties."""
    content = runs if runs is not None else (f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>' if text else "")
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{content}</w:p>"


def numpr(num_id: int, level: int = 0) -> str:
    return f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'


def lvl(level: int, fmt: str, text: str, start: int = 1, extra: str = "") -> str:
    return (
        f'<w:lvl w:ilvl="{level}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>'
    )


def add_numbering(document, abstract_id: int, levels: str, num_ids: dict[int, str]) -> None:
    """Add a list definition and its instances (``num_ids``: numId → lvlOverride XML)."""
    numbering = document.part.part_related_by(RT.NUMBERING).element
    first_num = numbering.find(qn("w:num"))
    abstract = xml(f'<w:abstractNum w:abstractNumId="{abstract_id}">{levels}</w:abstractNum>')
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    for num_id, overrides in num_ids.items():
        numbering.append(xml(f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{overrides}</w:num>'))


def add_style(document, fragment: str) -> None:
    document.styles.element.append(xml(fragment))


#: A text box stored as DrawingML (mc:Choice) with its VML copy (mc:Fallback).
CHOICE_BOX = (
    '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>'
    "<wps:wsp><wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx></wps:wsp>"
    "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
    "<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict>"
    "</mc:Fallback></mc:AlternateContent></w:r>"
)
