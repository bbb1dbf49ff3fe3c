"""Apply the checker's fixes to a Word draft or to decree data.

>>> report = apply_fixes("draf.docx", "draf-perbaikan.docx", findings, source_map=result.source_map)
>>> [(a.rule, a.old, a.new, a.place("id")) for a in report]      # what was changed
>>> [(s.finding.rule, s.reason("id")) for s in report.skipped]   # what was not, and why

In a DOCX the replacement is made inside the existing runs, so that bold, italics
and fonts stay as the author set them: when the old text spans several runs, the
new text goes into the first run of the span and the matched characters are taken
out of the following runs.  Places are found exactly as the reader counts them
(:mod:`zi_docs.readers.docx_lines`): ``paragraf`` is the body-level paragraph in
document order, ``tabel``/``baris_tabel`` the table and its row.  What the reader
reads is what is searched: text in tracked insertions counts, deleted text, hidden
text and field instructions do not.

A fix is applied only where the finding's own text is found at the finding's
place; otherwise it is reported as not applied, never guessed elsewhere.  The
input file is never written to.
"""

from __future__ import annotations

import io
import os
import re
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree
from pydantic import BaseModel

from ..errors import UnsupportedFormatError, ZiDocsError
from ..i18n import Lang, Message
from ..storage.load_save import JSON_SUFFIXES, YAML_SUFFIXES, load, save, write_atomic
from ..model import Keputusan, Lokasi
from ..readers import read
from ..readers.docx_lines import (
    _ALTERNATE,
    _CHOICE,
    _CUSTOM_XML,
    _FALLBACK,
    _P,
    _R,
    _RELATIONSHIP_NUMBERING,
    _RELATIONSHIP_STYLES,
    _SDT,
    _SDT_CONTENT,
    _T,
    _TBL,
    _TC,
    _TEXT_BOX,
    _TRANSPARENT,
    MAX_BYTES,
    MAX_UNCOMPRESSED,
    _BodyReader,
    _check_package,
    _open_document,
    _related_element,
    _text_boxes,
    _unwrap,
)
from ..readers.docx_numbering import W, attr, on
from . import check
from .config import CheckConfig
from .context import iter_texts
from .finding import Finding

__all__ = [
    "DATA_SUFFIXES",
    "MAX_PASSES",
    "AppliedFix",
    "FixReport",
    "SkippedFix",
    "apply_fixes",
    "fix_data",
    "fix_file",
]

DATA_SUFFIXES = YAML_SUFFIXES + JSON_SUFFIXES
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_ANCHORS = {W("drawing"), W("pict"), W("object"), _ALTERNATE}


# -- results ---------------------------------------------------------------------


@dataclass(frozen=True)
class AppliedFix:
    """One fix that was made: which finding, what became what, and where."""

    finding: Finding
    old: str
    """The text replaced, as it stood in the file (its spacing may differ from the fix's)."""
    new: str
    count: int = 1
    """How many occurrences inside the finding's text were replaced."""
    location: Lokasi | None = None
    """For a DOCX, the paragraph or table row where the text was changed."""
    path: str = ""
    """For data, the text field that was changed (``menimbang[0].teks``)."""

    @property
    def rule(self) -> str:
        return self.finding.rule

    @property
    def description(self) -> Message:
        return self.finding.description

    def place(self, lang: Lang | None = None) -> str:
        """``paragraf 12`` / ``tabel 1, baris 3`` / the model path, for a person."""
        return describe_place(self.location, lang) if self.location is not None else self.path

    def text(self, lang: Lang | None = None) -> str:
        """``paragraf 12: PETAJAM → PENAJAM (NAM001)``."""
        times = f" ×{self.count}" if self.count > 1 else ""
        return f"{self.place(lang)}: {self.old} → {self.new}{times} ({self.rule})"


@dataclass(frozen=True)
class SkippedFix:
    """A fix that was not made, with the reason."""

    finding: Finding
    reason: Message

    @property
    def unsafe(self) -> bool:
        return self.finding.fix is not None and not self.finding.fix.safe

    def text(self, lang: Lang | None = None) -> str:
        where = describe_place(self.finding.location, lang) if self.finding.location else self.finding.path
        assert self.finding.fix is not None
        fix = self.finding.fix
        label = "not applied" if lang == "en" else "tidak diterapkan"
        return f"{where}: {label}: {fix.old} → {fix.new} ({self.finding.rule}): {self.reason(lang)}"


class FixReport(list[AppliedFix]):
    """The fixes applied, in order; ``skipped`` holds those that were not, with why."""

    def __init__(self, applied: Iterable[AppliedFix] = (), skipped: Iterable[SkippedFix] = ()):
        super().__init__(applied)
        self.skipped: list[SkippedFix] = list(skipped)
        self.passes = 1
        """Check-and-fix passes made (:func:`fix_file` repeats until nothing changes)."""
        self.converged = True
        """False when :func:`fix_file` stopped at its limit with fixes still coming."""


def describe_place(lokasi: Lokasi, lang: Lang | None = None) -> str:
    en = lang == "en"
    if lokasi.paragraf is not None:
        return f"{'paragraph' if en else 'paragraf'} {lokasi.paragraf}"
    if lokasi.tabel is not None:
        text = f"{'table' if en else 'tabel'} {lokasi.tabel}"
        if lokasi.baris_tabel is not None:
            text += f", {'row' if en else 'baris'} {lokasi.baris_tabel}"
        if lokasi.sel is not None:
            text += f", {'cell' if en else 'sel'} {lokasi.sel}"
        return text
    parts = []
    if lokasi.halaman is not None:
        parts.append(f"{'page' if en else 'halaman'} {lokasi.halaman}")
    if lokasi.baris is not None:
        parts.append(f"{'line' if en else 'baris'} {lokasi.baris}")
    return ", ".join(parts) or "?"


# -- reasons ---------------------------------------------------------------------

_UNSAFE = Message(
    "perbaikan ini perlu pertimbangan; jalankan dengan --unsafe-fixes untuk menerapkannya",
    "this fix needs a person's judgement; run with --unsafe-fixes to apply it",
)
_NOT_DOCX = Message(
    "letaknya bukan paragraf atau baris tabel dokumen Word",
    "its location is not a paragraph or table row of a Word document",
)


def _stale(text: str, where_id: str, where_en: str | None = None) -> Message:
    return Message(
        f"teks «{text}» tidak ditemukan lagi di {where_id}; dokumen sudah berubah atau sudah diperbaiki",
        f"the text «{text}» is no longer found at {where_en or where_id}; "
        "the document has changed or was already fixed",
    )


def _already(new: str) -> Message:
    return Message(f"teks sudah berbunyi «{new}»", f"the text already reads «{new}»")


# -- shared checks ---------------------------------------------------------------


def _refuse_same_file(path_in: Path, path_out: Path) -> None:
    """The input is never overwritten: not by name, not through a link."""
    same = path_in.resolve() == path_out.resolve()
    if not same and path_in.exists() and path_out.exists():
        same = os.path.samefile(path_in, path_out)
    if same:
        raise ZiDocsError(
            Message("keluaran sama dengan berkas masukan", "the output is the input file"),
            path=path_out,
            hint=Message(
                "Pilih nama lain untuk -o; berkas masukan tidak pernah ditimpa.",
                "Choose another name for -o; the input file is never overwritten.",
            ),
        )


def _wanted(findings: Iterable[Finding], unsafe: bool, skipped: list[SkippedFix]) -> list[Finding]:
    chosen = []
    for finding in findings:
        if finding.fix is None:
            continue
        if not finding.fix.safe and not unsafe:
            skipped.append(SkippedFix(finding, _UNSAFE))
            continue
        chosen.append(finding)
    return chosen


def _pattern(text: str, *, whole_words: bool) -> re.Pattern[str] | None:
    """A pattern for text taken from the model, where whitespace was normalised.

    Any run of whitespace (spaces, tabs, line breaks between paragraphs) matches a
    space, and a hyphen may be followed by a paragraph end: the reader joins
    "Penajam-" and "Paser" across lines without a space.
    """
    tokens = text.split()
    if not tokens:
        # A fix of spacing itself ("  " → " ") is matched exactly.
        return re.compile(re.escape(text)) if text else None
    body = r"\s+".join(re.escape(token).replace(r"\-", r"-\n?") for token in tokens)
    if whole_words:
        # "resiko" reported as a word is not the "resiko" inside "beresiko".
        if re.match(r"\w", text):
            body = r"(?<!\w)" + body
        if re.search(r"\w$", text):
            body += r"(?!\w)"
    # Space at either end is part of what is replaced ("tim ;" → "tim;"), but the
    # document may hold none there (a paragraph's end).
    if text[0].isspace():
        body = r"\s*" + body
    if text[-1].isspace():
        body += r"\s*"
    return re.compile(body)


def _spans(text: str, finding: Finding) -> tuple[tuple[int, int], list[tuple[int, int]]] | None:
    """The first occurrence of the finding's text in ``text`` that contains the old
    text, and the occurrences of the old text inside it."""
    assert finding.fix is not None
    old = _pattern(finding.fix.old, whole_words=False)
    outer = _pattern(finding.text, whole_words=True) if finding.text.strip() else None
    if old is None:
        return None
    if outer is None:
        match = old.search(text)
        return ((match.start(), match.end()), [(match.start(), match.end())]) if match else None
    for match in outer.finditer(text):
        inner = [(m.start() + match.start(), m.end() + match.start()) for m in old.finditer(match.group())]
        if inner:
            return (match.start(), match.end()), inner
    return None


# -- DOCX: the places the reader counts ------------------------------------------


@dataclass
class _Place:
    lokasi: Lokasi
    element: etree._Element
    """The body paragraph (``w:p``) or the table row (``w:tr``)."""


class _PlaceWalker(_BodyReader):
    """The reader's own walk over the body, remembering each place's element.

    Subclassing the reader (rather than counting again here) keeps ``paragraf``,
    ``tabel`` and ``baris_tabel`` identical to what :func:`zi_docs.readers.read`
    puts in the source map, whatever the body holds (content controls, custom XML,
    alternate content, deleted paragraphs).
    """

    def __init__(self, document: Any, file_name: str):
        part = document.part
        super().__init__(
            body=document.element.body,
            styles=_related_element(part, _RELATIONSHIP_STYLES),
            numbering=_related_element(part, _RELATIONSHIP_NUMBERING),
            file_name=file_name,
        )
        self.places: list[_Place] = []

    def _body_paragraph(self, paragraph: etree._Element) -> None:
        super()._body_paragraph(paragraph)  # counts it
        self.places.append(_Place(Lokasi(berkas=self._file, paragraf=self._paragraph_index), paragraph))

    def _table(self, table: etree._Element) -> None:
        super()._table(table)  # counts it
        for row_index, row in enumerate(self._rows(table), start=1):
            lokasi = Lokasi(berkas=self._file, tabel=self._table_index, baris_tabel=row_index)
            self.places.append(_Place(lokasi, row))


def _key(lokasi: Lokasi | None) -> tuple[int, ...] | None:
    if lokasi is None:
        return None
    if lokasi.paragraf is not None:
        return (0, lokasi.paragraf)
    if lokasi.tabel is not None and lokasi.baris_tabel is not None:
        return (1, lokasi.tabel, lokasi.baris_tabel)
    return None


# -- DOCX: the text of a paragraph, piece by piece -------------------------------


@dataclass
class _Piece:
    start: int
    end: int
    element: etree._Element | None
    """The ``w:t`` holding the text; None for what prints but is not text (a tab, a break)."""


@dataclass
class _Unit:
    """One paragraph's shown text and where each character is stored."""

    paragraph: etree._Element
    text: str = ""
    pieces: list[_Piece] = field(default_factory=list)
    boxes: list[etree._Element] = field(default_factory=list)

    def add(self, text: str, element: etree._Element | None) -> None:
        self.pieces.append(_Piece(len(self.text), len(self.text) + len(text), element))
        self.text += text


def _read_unit(paragraph: etree._Element) -> _Unit:
    """What the reader shows of a paragraph (see ``_BodyReader._run``), with the
    ``w:t`` element behind every character; numbering labels are not stored text
    and are left out."""
    unit = _Unit(paragraph)
    fields: list[bool] = []  # open complex fields; True once showing their result

    def inline(element: etree._Element) -> None:
        for child in element:
            tag = child.tag
            if tag == _R:
                run(child)
            elif tag in _TRANSPARENT:  # tracked insertions, links, simple fields …
                inline(child)
            elif tag == _SDT:
                inner = child.find(_SDT_CONTENT)
                if inner is not None:
                    inline(inner)
            elif tag == _ALTERNATE:
                choice = child.find(_CHOICE)
                if choice is not None:
                    inline(choice)
            # w:del, w:moveFrom: deleted text, which the reader does not show.

    def run(element: etree._Element) -> None:
        if on(element.find(f"{W('rPr')}/{W('vanish')}")):
            return
        for child in element:
            tag = child.tag
            if tag == W("fldChar"):
                kind = attr(child, "fldCharType")
                if kind == "begin":
                    fields.append(False)
                elif kind == "separate" and fields:
                    fields[-1] = True
                elif kind == "end" and fields:
                    fields.pop()
                continue
            if not all(fields):
                continue  # a field's instruction, never printed
            if tag == _T:
                unit.add(child.text or "", child)
            elif tag in (W("tab"), W("ptab")):
                unit.add("\t", None)
            elif tag in (W("br"), W("cr")):
                unit.add("\n", None)
            elif tag == W("noBreakHyphen"):
                unit.add("-", None)
            elif tag in _ANCHORS:
                unit.boxes.extend(_text_boxes(child))

    inline(paragraph)
    return unit


def _container_units(container: etree._Element) -> Iterator[_Unit]:
    """Paragraphs of a cell or text box, in the reader's order (text boxes before
    the paragraph anchoring them, nested tables row by row)."""
    for child in container:
        tag = child.tag
        if tag == _P:
            yield from _paragraph_units(child)
        elif tag == _TBL:
            for row in _unwrap(child, W("tr")):
                yield from _row_units(row, None)
        elif tag == _SDT:
            inner = child.find(_SDT_CONTENT)
            if inner is not None:
                yield from _container_units(inner)
        elif tag == _CUSTOM_XML:
            yield from _container_units(child)
        elif tag == _ALTERNATE:
            choice = child.find(_CHOICE)
            if choice is not None:
                yield from _container_units(choice)


def _paragraph_units(paragraph: etree._Element) -> Iterator[_Unit]:
    unit = _read_unit(paragraph)
    for box in unit.boxes:
        yield from _container_units(box)
    yield unit


def _row_units(row: etree._Element, cell: int | None) -> Iterator[_Unit]:
    for index, tc in enumerate(_unwrap(row, _TC), start=1):
        if cell is not None and index != cell:
            continue
        merge = tc.find(f"{W('tcPr')}/{W('vMerge')}")
        if merge is not None and attr(merge) != "restart":
            continue  # a merged continuation: the reader shows it empty
        yield from _container_units(tc)


def _place_units(place: _Place, cell: int | None) -> list[_Unit]:
    if place.element.tag == _P:
        return list(_paragraph_units(place.element))
    return list(_row_units(place.element, cell))


# -- DOCX: editing runs ----------------------------------------------------------


def _set_text(t: etree._Element, text: str) -> None:
    t.text = text
    if text != text.strip():
        # Word drops leading and trailing spaces of a w:t without it.
        t.set(_XML_SPACE, "preserve")


def _remove_if_empty(t: etree._Element) -> None:
    """Take out a ``w:t`` left empty, and its run when nothing else is left in it."""
    run = t.getparent()
    run.remove(t)
    if run.tag == _R and all(child.tag == W("rPr") for child in run):
        parent = run.getparent()
        if parent is not None:
            parent.remove(run)


def _editable(unit: _Unit, start: int, end: int) -> list[_Piece] | None:
    """The text pieces covering [start, end), or None if a tab or break is among them.

    For an insertion (``start == end``) the piece the inserted text continues: the
    one ending there, as typing would, else the one beginning there.
    """
    if start == end:
        before = [p for p in unit.pieces if p.element is not None and p.start < start <= p.end]
        after = [p for p in unit.pieces if p.element is not None and p.start == start < p.end]
        return (before or after)[:1] or None
    covered = [piece for piece in unit.pieces if piece.start < end and piece.end > start]
    if not covered or any(piece.element is None for piece in covered):
        return None
    return covered


def _narrow(current: str, new: str) -> tuple[int, int, str]:
    """The part that really changes: ``(drop at start, drop at end, replacement)``.

    "KABUPATEN PETAJAM" → "KABUPATEN PENAJAM" only changes "T" to "N", so only the
    run holding the "T" is touched and the runs around it keep their formatting.
    """
    prefix = 0
    while prefix < min(len(current), len(new)) and current[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < min(len(current), len(new)) - prefix and current[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    return prefix, suffix, new[prefix : len(new) - suffix]


def _replace(unit: _Unit, start: int, end: int, new: str) -> None:
    """Replace [start, end) of the unit: the new text into the first run of the span,
    the rest of the matched characters out of the runs that follow."""
    covered = _editable(unit, start, end)
    assert covered is not None
    first, rest = covered[0], covered[1:]
    text = first.element.text or ""
    replaced = text[: start - first.start] + new + text[min(end, first.end) - first.start :]
    if replaced:
        _set_text(first.element, replaced)
    else:  # a fix that deletes text (new is "") may empty the first run too
        _remove_if_empty(first.element)
    for piece in rest:
        text = piece.element.text or ""
        remaining = text[min(end, piece.end) - piece.start :]
        if remaining:
            _set_text(piece.element, remaining)
        else:
            _remove_if_empty(piece.element)


def _mirror(paragraph: etree._Element) -> etree._Element | None:
    """The same paragraph in a text box's VML copy (``mc:Fallback``), if it has one.

    A modern text box is stored twice; the reader reads the DrawingML copy, and the
    fixed text must not reappear in programs that show the other copy.
    """
    box = next((a for a in paragraph.iterancestors(_TEXT_BOX)), None)
    if box is None:
        return None
    choice = next((a for a in box.iterancestors(_CHOICE)), None)
    if choice is None:
        return None
    fallback = choice.getparent().find(_FALLBACK)
    if fallback is None:
        return None
    boxes, copies = list(choice.iter(_TEXT_BOX)), list(fallback.iter(_TEXT_BOX))
    if len(boxes) != len(copies):
        return None
    paragraphs = list(box.iter(_P))
    copy_paragraphs = list(copies[boxes.index(box)].iter(_P))
    if len(paragraphs) != len(copy_paragraphs):
        return None
    return copy_paragraphs[paragraphs.index(paragraph)]


# -- DOCX: applying --------------------------------------------------------------


class _DocxFixer:
    def __init__(self, places: list[_Place], source_map: Mapping[str, Lokasi] | None, file_name: str):
        self.places = places
        self.index = {_key(place.lokasi): i for i, place in enumerate(places)}
        self.file_name = file_name
        # Where the reader starts each part: a part's text runs from its own place
        # up to the next such start (a heading's instansi is on the line after
        # "KEPUTUSAN", a long item continues in the next paragraph).
        self.starts = {_key(lokasi) for lokasi in (source_map or {}).values()} - {None}
        self.has_map = source_map is not None

    def extent(self, i: int) -> list[_Place]:
        if not self.has_map:
            return [self.places[i]]
        j = i + 1
        while j < len(self.places) and _key(self.places[j].lokasi) not in self.starts:
            j += 1
        return self.places[i:j]

    def apply(self, finding: Finding) -> AppliedFix | SkippedFix:
        assert finding.fix is not None
        lokasi = finding.location
        key = _key(lokasi)
        if key is None:
            return SkippedFix(finding, _NOT_DOCX)
        assert lokasi is not None
        if lokasi.berkas and lokasi.berkas != self.file_name:
            return SkippedFix(
                finding,
                Message(
                    f"temuan ini tentang berkas lain ({lokasi.berkas})",
                    f"the finding is about another file ({lokasi.berkas})",
                ),
            )
        where_id, where_en = describe_place(lokasi, "id"), describe_place(lokasi, "en")
        if key not in self.index:
            return SkippedFix(
                finding, Message(f"{where_id} tidak ada di dokumen", f"{where_en} is not in the document")
            )
        places = self.extent(self.index[key])
        units: list[tuple[_Place, _Unit]] = []
        for place in places:
            units.extend((place, unit) for unit in _place_units(place, lokasi.sel if place is places[0] else None))
        # One text for the whole extent, paragraphs separated by line ends, so that
        # a finding's text read across paragraphs is found as the reader joined it.
        offsets, combined = [], ""
        for _, unit in units:
            offsets.append(len(combined))
            combined += unit.text + "\n"
        found = _spans(combined, finding)
        if found is None:
            return SkippedFix(finding, _stale(finding.text or finding.fix.old, where_id, where_en))
        _, inner = found
        edits: list[tuple[int, int, int, str]] = []  # unit number, start, end, replacement
        for start, end in inner:
            n = max(i for i, offset in enumerate(offsets) if offset <= start)
            local_start, local_end = start - offsets[n], end - offsets[n]
            head, tail, replacement = _narrow(combined[start:end], finding.fix.new)
            local_start, local_end = local_start + head, local_end - tail
            if local_end > len(units[n][1].text) or _editable(units[n][1], local_start, local_end) is None:
                return SkippedFix(
                    finding,
                    Message(
                        f"«{finding.fix.old}» di dokumen terpisah tab atau pindah baris; perbaiki dengan tangan",
                        f"«{finding.fix.old}» in the document is split by a tab or line break; fix it by hand",
                    ),
                )
            if local_start == local_end and not replacement:
                continue  # this occurrence already reads as the fix wants
            edits.append((n, local_start, local_end, replacement))
        if not edits:
            # Counting it as applied would repeat it on every pass of fix_file.
            return SkippedFix(finding, _already(finding.fix.new))
        old_text = combined[inner[0][0] : inner[0][1]]
        for n, start, end, replacement in reversed(edits):  # from the end: earlier offsets stay valid
            unit = units[n][1]
            mirror = _mirror(unit.paragraph)
            mirror_unit = _read_unit(mirror) if mirror is not None else None
            _replace(unit, start, end, replacement)
            if mirror_unit is not None and mirror_unit.text == unit.text and _editable(mirror_unit, start, end):
                _replace(mirror_unit, start, end, replacement)
            # Later edits in the same paragraph need its pieces as they are now.
            units[n] = (units[n][0], _read_unit(unit.paragraph))
        return AppliedFix(
            finding,
            old=old_text,
            new=finding.fix.new,
            count=len(edits),
            location=units[edits[0][0]][0].lokasi,
            path=finding.path,
        )


def _docx_suffix(path_out: Path) -> UnsupportedFormatError:
    return UnsupportedFormatError(
        Message(
            f"dokumen Word hasil perbaikan harus berakhiran .docx, bukan '{path_out.suffix}'",
            f"the fixed Word document must be saved as .docx, not '{path_out.suffix}'",
        ),
        path=path_out,
    )


def apply_fixes(
    docx_in: str | os.PathLike[str],
    docx_out: str | os.PathLike[str] | None,
    findings: Iterable[Finding],
    *,
    unsafe: bool = False,
    source_map: Mapping[str, Lokasi] | None = None,
    dry_run: bool = False,
) -> FixReport:
    """Apply the findings' fixes to a Word document and write the result to ``docx_out``.

    Safe fixes are applied; unsafe ones only with ``unsafe=True``.  Each fix is made
    at its finding's place (``location``), at the occurrence of the finding's text
    there, replacing every occurrence of ``fix.old`` inside that text and nothing
    else.  With the reader's ``source_map``, a part's place extends to where the
    next part starts, so text the reader joined from several paragraphs is found.

    Returns the fixes applied, in order; ``report.skipped`` lists the others with
    the reason (unsafe, no DOCX place, text no longer there).  ``docx_out`` must
    differ from ``docx_in``; it is written atomically, even when nothing changed,
    and not at all with ``dry_run``.
    """
    path_in = Path(docx_in)
    _check_output(path_in, docx_out, dry_run)
    path_out = Path(docx_out) if docx_out is not None else None
    if path_out is not None and path_out.suffix.lower() != ".docx":
        raise _docx_suffix(path_out)
    _check_package(path_in, max_bytes=MAX_BYTES, max_uncompressed=MAX_UNCOMPRESSED)
    document = _open_document(path_in)
    walker = _PlaceWalker(document, path_in.name)
    walker.read()
    fixer = _DocxFixer(walker.places, source_map, path_in.name)
    report = FixReport()
    for finding in _wanted(findings, unsafe, report.skipped):
        result = fixer.apply(finding)
        (report if isinstance(result, AppliedFix) else report.skipped).append(result)  # type: ignore[arg-type]
    if path_out is not None and not dry_run:
        buffer = io.BytesIO()
        document.save(buffer)
        write_atomic(path_out, buffer.getvalue())
    return report


# -- data (YAML/JSON) ------------------------------------------------------------

_SEGMENT = re.compile(r"([^.\[\]]+)((?:\[\d+\])*)")


def _resolve(root: BaseModel, path: str) -> tuple[Any, Any, Any] | None:
    """``(container, key, value)`` for a model path, or None if it leads nowhere."""
    container: Any = None
    key: Any = None
    node: Any = root
    for match in _SEGMENT.finditer(path):
        steps: list[Any] = [match[1]] + [int(i) for i in re.findall(r"\[(\d+)\]", match[2])]
        for step in steps:
            if isinstance(step, int):
                if not isinstance(node, list) or step >= len(node):
                    return None
                container, key, node = node, step, node[step]
            elif isinstance(node, BaseModel) and step in type(node).model_fields:
                container, key, node = node, step, getattr(node, step)
            elif isinstance(node, dict) and step in node:
                container, key, node = node, step, node[step]
            else:
                return None
    return (container, key, node) if container is not None else None


def _assign(container: Any, key: Any, value: str) -> None:
    if isinstance(container, BaseModel):
        setattr(container, key, value)  # validated, as the model asks
    else:
        container[key] = value


def _fix_text(keputusan: Keputusan, finding: Finding) -> AppliedFix | SkippedFix:
    assert finding.fix is not None
    resolved = _resolve(keputusan, finding.path)
    if resolved is None:
        return SkippedFix(
            finding, Message(f"jalur {finding.path} tidak ada di data", f"the path {finding.path} is not in the data")
        )
    container, key, value = resolved
    if isinstance(value, str):
        candidates = [(finding.path, container, key, value)]
    elif isinstance(value, BaseModel):
        # A finding on a whole item (menimbang[0]) is about one of its texts,
        # usually its own ``teks``: the first one holding the finding's text.
        candidates = []
        for sub, text in iter_texts(value, finding.path):
            place = _resolve(keputusan, sub)
            if place is not None:
                candidates.append((sub, place[0], place[1], text))
    else:
        candidates = []
    for path, box, name, text in candidates:
        found = _spans(text, finding)
        if found is None:
            continue
        _, inner = found
        fixed = text
        for start, end in reversed(inner):
            fixed = fixed[:start] + finding.fix.new + fixed[end:]
        if fixed == text:
            return SkippedFix(finding, _already(finding.fix.new))
        _assign(box, name, fixed)
        start, end = inner[0]
        return AppliedFix(finding, old=text[start:end], new=finding.fix.new, count=len(inner), path=path)
    return SkippedFix(finding, _stale(finding.text or finding.fix.old, finding.path))


def _fix_model(keputusan: Keputusan, findings: Iterable[Finding], unsafe: bool) -> FixReport:
    report = FixReport()
    for finding in _wanted(findings, unsafe, report.skipped):
        result = _fix_text(keputusan, finding)
        (report if isinstance(result, AppliedFix) else report.skipped).append(result)  # type: ignore[arg-type]
    return report


def fix_data(
    path_in: str | os.PathLike[str],
    path_out: str | os.PathLike[str] | None,
    findings: Iterable[Finding],
    *,
    unsafe: bool = False,
    dry_run: bool = False,
) -> FixReport:
    """Apply the findings' fixes to decree data (YAML/JSON) and save it to ``path_out``.

    Each fix is made in the text at the finding's model path (``kepala.instansi``,
    ``lampiran[0].kelompok[6].anggota[2].jabatan``; for an item such as
    ``menimbang[0]``, in its first text holding the finding's text).  The result is
    written with :func:`zi_docs.storage.load_save.save`, YAML or JSON by ``path_out``'s suffix;
    comments in a YAML input are not carried over.
    """
    path_in = Path(path_in)
    _check_output(path_in, path_out, dry_run)
    keputusan = load(path_in)
    report = _fix_model(keputusan, findings, unsafe)
    if path_out is not None and not dry_run:
        save(keputusan, path_out)
    return report


def _check_output(path_in: Path, path_out: str | os.PathLike[str] | None, dry_run: bool) -> None:
    if path_out is None:
        if not dry_run:
            raise ZiDocsError(Message("berkas keluaran tidak diberikan", "no output file given"), path=path_in)
        return
    _refuse_same_file(path_in, Path(path_out))


def _refuse_format(path: Path) -> UnsupportedFormatError:
    return UnsupportedFormatError(
        Message(
            f"perbaikan otomatis tidak dapat ditulis ke berkas '{path.suffix or path.name}'",
            f"fixes cannot be written to a '{path.suffix or path.name}' file",
        ),
        path=path,
        hint=Message(
            "Perbaikan bekerja pada .docx, .yaml dan .json. Baca dulu PDF atau teks menjadi data "
            "(zi-docs read BERKAS -o keputusan.yaml), lalu perbaiki data itu.",
            "Fixing works on .docx, .yaml and .json. Read a PDF or text file into data first "
            "(zi-docs read FILE -o decree.yaml), then fix that.",
        ),
    )


#: Passes of check-and-fix before giving up on a file whose fixes keep producing new findings.
MAX_PASSES = 10


def fix_file(
    path_in: str | os.PathLike[str],
    path_out: str | os.PathLike[str] | None,
    *,
    config: CheckConfig | None = None,
    unsafe: bool = False,
    dry_run: bool = False,
    max_passes: int = MAX_PASSES,
) -> FixReport:
    """Check a .docx, .yaml/.yml or .json file and apply the fixes, to ``path_out``.

    Checking and fixing repeat until a pass changes nothing (as Ruff does): one fix
    can make another finding go away or appear (a rule that copies the heading's
    name into Menetapkan sees the corrected name only after the name is fixed).
    The report lists every fix applied in every pass; ``skipped`` is what the last
    pass could not fix; ``converged`` is False when ``max_passes`` ran out.  Other
    formats are refused: a PDF or a text file cannot be written back faithfully.
    """
    path_in = Path(path_in)
    suffix = path_in.suffix.lower()
    if suffix not in (".docx", *DATA_SUFFIXES):
        raise _refuse_format(path_in)
    _check_output(path_in, path_out, dry_run)
    if path_out is not None and suffix == ".docx" and Path(path_out).suffix.lower() != ".docx":
        raise _docx_suffix(Path(path_out))
    config = config or CheckConfig()
    total = FixReport()
    total.converged = False
    if suffix in DATA_SUFFIXES:
        keputusan = load(path_in)
        for total.passes in range(1, max_passes + 1):
            report = _fix_model(keputusan, check(keputusan, config=config), unsafe)
            total.extend(report)
            total.skipped = report.skipped
            if not report:
                total.converged = True
                break
        if path_out is not None and not dry_run:
            save(keputusan, path_out)
        return total
    with tempfile.TemporaryDirectory(prefix="zi-docs-fix-") as scratch:
        current = path_in
        for total.passes in range(1, max_passes + 1):
            # Each pass writes a file of the input's own name in a directory of its
            # own, so that the locations the reader gives name the input's file.
            following = Path(scratch) / str(total.passes) / path_in.name
            result = read(current)
            findings = check(result.keputusan, source_map=result.source_map, config=config)
            report = apply_fixes(current, following, findings, unsafe=unsafe, source_map=result.source_map)
            total.extend(report)
            total.skipped = report.skipped
            if not report:
                total.converged = True
                break
            current = following
        if path_out is not None and not dry_run:
            # Unchanged, the output is the input's exact bytes.
            write_atomic(Path(path_out), current.read_bytes())
    return total
