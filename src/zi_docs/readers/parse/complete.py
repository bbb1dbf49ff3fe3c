"""Whether what was read is a decree, a fragment of one, or something else.

A decree has landmarks: its heading (KEPUTUSAN …), its considerations (Menimbang,
Mengingat), MEMUTUSKAN/Menetapkan, its diktum, its Lampiran.  A file with none of them
(a letter, a shopping list, a spreadsheet saved as text, random bytes) is refused with
:class:`~zi_docs.errors.NotADecreeError` rather than "read" into an empty decree that
the checker would pass.  A fragment (only a Lampiran page, only the first page) is read,
with a note that says which parts are missing.  Pages after the decree that are no part
of it (minutes, an attendance list) are recognised here too, so that they stay apart.
"""

from __future__ import annotations

from ...errors import NotADecreeError
from ...grammar import FOREIGN_PAGE
from ...i18n import Message
from ...model import Keputusan, SourceMap
from .cursor import Cursor, LogicalLine
from .text import is_caps

#: How many filled lines under a page's start its heading may stand (below a letterhead).
_HEADING_DEPTH = 10


def foreign_page_at(cur: Cursor, line: LogicalLine) -> str | None:
    """The heading ("BERITA ACARA") of a page that is no part of the decree, when ``line``
    starts that page or is that heading; ``None`` otherwise."""
    if line.cells is not None:
        return None
    if FOREIGN_PAGE.match(line.text) and is_caps(line.text):
        return line.text
    if not line.page_start:
        return None
    seen = 0
    index = line.index
    while index < len(cur.lines) and seen < _HEADING_DEPTH:
        candidate = cur.lines[index]
        index += 1
        if candidate.blank:
            continue
        seen += 1
        if candidate.cells is None and FOREIGN_PAGE.match(candidate.text) and is_caps(candidate.text):
            return candidate.text
    return None


_PARTS = (
    ("kepala", Message("kepala (KEPUTUSAN … NOMOR … TENTANG …)", "heading (KEPUTUSAN … NOMOR … TENTANG …)")),
    ("konsiderans", Message("konsiderans (Menimbang, Mengingat)", "considerations (Menimbang, Mengingat)")),
    ("diktum", Message("diktum", "diktum")),
    ("penetapan", Message("penetapan (Ditetapkan di …, tanda tangan)", "enactment (Ditetapkan di …, signature)")),
)


def present_parts(keputusan: Keputusan, source_map: SourceMap) -> dict[str, bool]:
    """Which of a decree's main parts the reading found."""
    return {
        "kepala": "kepala" in source_map,
        "konsiderans": bool(keputusan.menimbang or keputusan.mengingat or keputusan.memperhatikan),
        "diktum": bool(keputusan.diktum) or "menetapkan" in source_map,
        "penetapan": keputusan.penetapan is not None,
    }


def completeness_notes(
    keputusan: Keputusan, source_map: SourceMap, foreign: str | None, *, lampiran_headings: int
) -> list[Message]:
    """Refuse a text that is no decree; for a fragment, say what is missing.  A table alone
    (a member list saved from a spreadsheet) is no Lampiran: only one under a LAMPIRAN heading is."""
    present = present_parts(keputusan, source_map)
    if not any(present.values()) and not lampiran_headings:
        raise NotADecreeError(
            Message(
                "bukan keputusan: tidak ada kepala (KEPUTUSAN … NOMOR …), Menimbang/Mengingat, "
                "MEMUTUSKAN/Menetapkan, diktum, maupun LAMPIRAN",
                "not a decree: no heading (KEPUTUSAN … NOMOR …), Menimbang/Mengingat, "
                "MEMUTUSKAN/Menetapkan, diktum or LAMPIRAN",
            ),
            hint=Message(
                "Periksa bahwa berkas ini memang naskah keputusan (bukan surat, daftar, atau lembar kerja).",
                "Check that the file is the text of a decree (not a letter, a list or a spreadsheet).",
            ),
        )
    notes: list[Message] = []
    missing = [message for key, message in _PARTS if not present[key]]
    if not (present["kepala"] and present["diktum"]):
        ids = "; ".join(m.id for m in missing)
        en = "; ".join(m.en for m in missing)
        notes.append(Message(f"potongan keputusan: tidak ditemukan {ids}", f"a fragment of a decree: no {en} found"))
    if foreign:
        notes.append(
            Message(
                f"halaman '{foreign}' dan sesudahnya bukan bagian keputusan; disimpan sebagai teks tidak terurai",
                f"the pages from '{foreign}' on are no part of the decree; kept as unplaced text",
            )
        )
    return notes
