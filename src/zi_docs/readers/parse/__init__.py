"""Lines of any source → the decree model, with a source map and nothing dropped.

One parser for every input format, after the readers have turned DOCX, PDF or text
into :class:`~zi_docs.readers.lines.Line` objects.  It walks the parts of a decree
in their legal order — heading (:mod:`.heading`), Menimbang … diktum, penetapan,
salinan, tembusan (:mod:`.body`, :mod:`.signature`), Lampiran (:mod:`.lampiran`,
with :mod:`.members` and :mod:`.plan` for its tables) — over a cursor of typed
logical lines (:mod:`.cursor`).  Every keyword it recognises comes from
:mod:`zi_docs.grammar`, which the templates print from.

It is tolerant the way a reader must be: a decree with wrong numbering, a misspelt
issuer or an empty cell is read as printed, because finding those mistakes is the
checker's job.  Text it cannot place goes to ``Keputusan.tidak_terurai`` with its
location.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...i18n import Message
from ...model import Keputusan, SourceMap
from ..lines import Line
from .body import parse_body
from .complete import completeness_notes
from .cursor import Cursor, LogicalLine, logical_lines
from .heading import parse_heading
from .lampiran import parse_lampiran_all


@dataclass
class ParseResult:
    """The decree the parser built from the lines, with where each part came from."""

    keputusan: Keputusan
    source_map: SourceMap = field(default_factory=dict)
    notes: list[Message] = field(default_factory=list)
    """What a person should know: parts missing from a fragment, pages kept apart."""
    printed: dict[str, str] = field(default_factory=dict)
    """Lines as printed where the model normalises them (:attr:`Cursor.printed`)."""


def parse_lines(lines: list[Line], *, paragraph_per_line: bool = False) -> ParseResult:
    """Build the decree from lines.

    ``paragraph_per_line`` is true for DOCX, where every line is a paragraph of its
    own; text and PDF separate paragraphs with blank lines instead.
    """
    cur = Cursor(logical_lines(lines), paragraph_per_line=paragraph_per_line)
    heading = parse_heading(cur)
    body = parse_body(cur)
    lampiran = parse_lampiran_all(cur)
    while not cur.at_end:
        cur.keep(cur.lines[cur.pos])
        cur.pos += 1
    data = {
        "kepala": heading.kepala(),
        "jabatan_pembentuk": heading.jabatan_pembentuk,
        "pembukaan": heading.pembukaan,
        **body.data(),
        "lampiran": lampiran,
        "tidak_terurai": cur.unparsed,
    }
    keputusan = Keputusan.model_validate(data)
    notes = completeness_notes(keputusan, cur.source_map, cur.foreign, lampiran_headings=cur.lampiran_headings)
    return ParseResult(keputusan, cur.source_map, notes + _repair_notes(cur.lines), cur.printed)


def _repair_notes(lines: list[LogicalLine]) -> list[Message]:
    """Say which damaged labels were read as which: the printed word is not in the model."""
    repaired = [line for line in lines if line.repaired]
    if not repaired:
        return []

    def listing(lang: str) -> str:
        return ", ".join(
            f'"{line.repaired}" → "{line.text.split(" ", 1)[0]}" ({line.loc.describe(lang)})' for line in repaired
        )

    return [
        Message(
            f"label yang rusak (hasil OCR) dibaca sebagai label yang dimaksud: {listing('id')}",
            f"labels damaged by OCR read as the labels meant: {listing('en')}",
        )
    ]


__all__ = ["Cursor", "LogicalLine", "ParseResult", "parse_lines"]
