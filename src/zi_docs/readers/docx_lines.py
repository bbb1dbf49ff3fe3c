"""Turn a Word document (.docx) into :class:`~zi_docs.readers.lines.Line` objects.

The body is read in document order: every paragraph becomes a line, every table
row becomes a line with its cells.  What Word *shows* is read, not what python-docx
exposes as ``paragraph.text``: automatic numbering labels (computed by
:mod:`zi_docs.readers.docx_numbering`), tabs and line breaks, field results,
accepted tracked changes, and text boxes, which often hold a Lampiran's header.
Headers, footers and comments are page furniture or notes, not the decree, and
are not read.

python-docx opens the package (its XML parser resolves no entities and fetches
nothing from the network); the body is then walked as lxml elements because
python-docx's paragraph API hides tracked insertions, fields, text boxes and
numbering.  Before python-docx inflates anything the file is checked from its ZIP
directory, so a hostile file (a ZIP bomb, a huge file) is refused cheaply.
"""

from __future__ import annotations

import os
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from ..errors import LimitExceededError, UnreadableFileError
from ..storage.files import checked_size
from ..i18n import Message
from ..model import Lokasi
from .docx_numbering import Numbering, W, attr, integer, on
from .lines import Line

__all__ = ["MAX_BYTES", "MAX_COMPRESSION_RATIO", "MAX_UNCOMPRESSED", "read_docx_lines"]

MAX_BYTES = 50 * 1024 * 1024
"""Largest .docx file accepted, checked with ``os.stat`` before opening it."""

MAX_UNCOMPRESSED = 200 * 1024 * 1024
"""Largest total of the uncompressed sizes the ZIP directory declares."""

MAX_COMPRESSION_RATIO = 100
"""Largest uncompressed/compressed ratio of one ZIP entry; Word's XML stays far below."""

_RATIO_FLOOR = 1024 * 1024
# Entries smaller than this are not checked for their ratio: a few kilobytes of
# repetitive XML can exceed any ratio harmlessly, and the total limit above already
# bounds what many small entries can expand to.

MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_RELATIONSHIP_NUMBERING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"
_RELATIONSHIP_STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"

_P, _R, _T, _TBL, _TR, _TC = W("p"), W("r"), W("t"), W("tbl"), W("tr"), W("tc")
_SDT, _SDT_CONTENT, _CUSTOM_XML = W("sdt"), W("sdtContent"), W("customXml")
_ALTERNATE, _CHOICE, _FALLBACK = f"{{{MC_NS}}}AlternateContent", f"{{{MC_NS}}}Choice", f"{{{MC_NS}}}Fallback"
_TEXT_BOX = W("txbxContent")
# Containers whose runs are shown: links, smart tags, tracked insertions and moves
# into place, simple fields (their stored result), bidirectional overrides.
_TRANSPARENT = {W(name) for name in ("hyperlink", "smartTag", "ins", "moveTo", "fldSimple", "customXml", "dir", "bdo")}
# Elements inside a run that may anchor a text box.
_ANCHORS = {W("drawing"), W("pict"), W("object"), _ALTERNATE}

_SAVE_AGAIN = Message(
    id="Buka berkas di Word atau LibreOffice lalu simpan ulang sebagai dokumen Word (.docx).",
    en="Open the file in Word or LibreOffice and save it again as a Word document (.docx).",
)


def read_docx_lines(
    path: str | os.PathLike[str],
    *,
    max_bytes: int = MAX_BYTES,
    max_uncompressed: int = MAX_UNCOMPRESSED,
) -> list[Line]:
    """Read a .docx file into lines, in document order.

    * a paragraph gives one line; its numbering label, if Word prints one, comes
      first followed by a tab (``"a.\\tbahwa …"``); ``w:tab`` gives ``"\\t"``, a
      line break ``"\\n"``; an empty paragraph gives an empty line;
    * a table row gives one line with ``cells`` (each cell's paragraphs joined with
      ``"\\n"``, trailing empty ones dropped, nested tables flattened into the cell,
      a row per line with its cells joined by tabs) and ``text`` the cells joined
      with tabs; a horizontally merged cell appears once (``grid_spans``
      then gives each cell's width in grid columns); a vertically merged
      continuation cell is ``""``; a repeated header row has
      ``table_header``;
    * paragraphs in a text box come before the paragraph that anchors the box,
      with ``text_box``;
    * ``page_break_before`` is set on the first non-blank line after a page break,
      a new-page section break or a paragraph that starts a page.

    Raises :class:`UnreadableFileError` for a missing, damaged or non-Word file and
    :class:`LimitExceededError` for one larger than the limits.
    """
    path = Path(path)
    _check_package(path, max_bytes=max_bytes, max_uncompressed=max_uncompressed)
    document = _open_document(path)
    part = document.part
    return _BodyReader(
        body=document.element.body,
        styles=_related_element(part, _RELATIONSHIP_STYLES),
        numbering=_related_element(part, _RELATIONSHIP_NUMBERING),
        file_name=path.name,
    ).read()


# -- safety ----------------------------------------------------------------------


def _check_package(path: Path, *, max_bytes: int, max_uncompressed: int) -> None:
    """Refuse a file that is not a .docx or too large, reading only its ZIP directory."""
    checked_size(
        path,
        max_bytes,
        hint=Message(
            id="Kompres atau hapus gambar besar di dokumen, lalu simpan ulang.",
            en="Compress or remove large pictures in the document and save it again.",
        ),
    )
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        raise UnreadableFileError(
            Message(
                id=f"bukan dokumen Word (.docx) yang utuh: berkas ZIP tidak dapat dibaca ({error})",
                en=f"not an intact Word document (.docx): the ZIP container cannot be read ({error})",
            ),
            path=path,
            hint=_SAVE_AGAIN,
        ) from None
    total = sum(entry.file_size for entry in entries)
    if total > max_uncompressed:
        raise LimitExceededError(
            Message(
                id=f"isi berkas mengembang menjadi {total:,} bita, melebihi batas {max_uncompressed:,} bita",
                en=f"the file's content expands to {total:,} bytes, more than the limit of {max_uncompressed:,} bytes",
            ),
            path=path,
            hint=Message(
                id="Periksa asal berkas; dokumen keputusan biasa jauh lebih kecil.",
                en="Check where the file comes from; an ordinary decree is far smaller.",
            ),
        )
    for entry in entries:
        ratio = entry.file_size / max(entry.compress_size, 1)
        if entry.file_size >= _RATIO_FLOOR and ratio > MAX_COMPRESSION_RATIO:
            raise LimitExceededError(
                Message(
                    id=f"bagian {entry.filename} dimampatkan {ratio:.0f} kali (batas {MAX_COMPRESSION_RATIO}): "
                    "kemungkinan bom ZIP",
                    en=f"part {entry.filename} is compressed {ratio:.0f} times (limit {MAX_COMPRESSION_RATIO}): "
                    "probably a ZIP bomb",
                ),
                path=path,
                hint=Message(
                    id="Jangan buka berkas ini; minta dokumen asli kepada pengirimnya.",
                    en="Do not open this file; ask the sender for the original document.",
                ),
            )
    if "word/document.xml" not in {entry.filename for entry in entries}:
        raise UnreadableFileError(
            Message(
                id="berkas ZIP ini bukan dokumen Word: word/document.xml tidak ada",
                en="this ZIP file is not a Word document: word/document.xml is missing",
            ),
            path=path,
            hint=_SAVE_AGAIN,
        )
    _refuse_declarations(path, entries)


#: How much of each XML part's start is inflated to look for a DTD (its prolog).
_PROLOG_BYTES = 64 * 1024
_DECLARATION = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)


def _refuse_declarations(path: Path, entries: list[zipfile.ZipInfo]) -> None:
    """Refuse a package whose XML parts declare a DTD or entities.

    Word never writes ``<!DOCTYPE`` or ``<!ENTITY``; in a .docx they only serve an
    attack (entity expansion, "billion laughs"; an external entity that would pull
    a local file into the text).  The parser would not resolve them either (no
    entity resolution, no network, libxml2's amplification limit); this check makes
    the refusal clear and happens before the whole part is inflated.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            for entry in entries:
                if not entry.filename.lower().endswith((".xml", ".rels")):
                    continue
                with archive.open(entry) as stream:
                    prolog = stream.read(_PROLOG_BYTES)
                if _DECLARATION.search(prolog):
                    raise UnreadableFileError(
                        Message(
                            id=f"bagian {entry.filename} memuat deklarasi DTD/entitas (<!DOCTYPE …>) yang tidak "
                            "pernah ditulis Word; berkas ini tidak dibaca",
                            en=f"part {entry.filename} holds a DTD/entity declaration (<!DOCTYPE …>), which Word "
                            "never writes; the file is not read",
                        ),
                        path=path,
                        hint=Message(
                            id="Periksa asal berkas; bila dokumennya asli, buka di Word lalu simpan ulang sebagai .docx.",
                            en="Check where the file comes from; if it is genuine, open it in Word and save it "
                            "again as .docx.",
                        ),
                    )
    except UnreadableFileError:
        raise
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError, RuntimeError, ValueError) as error:
        # Damaged or encrypted entries, unknown compression methods.
        raise UnreadableFileError(
            Message(
                id=f"bukan dokumen Word (.docx) yang utuh: isi berkas ZIP rusak ({type(error).__name__}: {error})",
                en=f"not an intact Word document (.docx): the ZIP content is damaged ({type(error).__name__}: {error})",
            ),
            path=path,
            hint=_SAVE_AGAIN,
        ) from None


def _open_document(path: Path):  # -> docx.document.Document
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        return docx.Document(str(path))
    except etree.XMLSyntaxError as error:
        if "depth" in str(error).lower() or "amplification" in str(error).lower():
            raise LimitExceededError(
                Message(
                    id=f"XML di dalam dokumen Word bersarang terlalu dalam atau mengembang terlalu besar ({error})",
                    en=f"the XML inside the Word document is nested too deeply or expands too much ({error})",
                ),
                path=path,
                hint=Message(
                    id="Periksa asal berkas; dokumen keputusan biasa jauh lebih sederhana.",
                    en="Check where the file comes from; an ordinary decree is far simpler.",
                ),
            ) from None
        raise _damaged_document(path, error) from None
    except (
        PackageNotFoundError,
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        KeyError,
        ValueError,
        TypeError,
        AttributeError,
        IndexError,
        NotImplementedError,
        RuntimeError,
        OSError,
    ) as error:
        # python-docx reports damaged packages with its own error but also with
        # plain KeyError/ValueError/… from inside its parts and relationships.
        raise _damaged_document(path, error) from None


def _damaged_document(path: Path, error: BaseException) -> UnreadableFileError:
    return UnreadableFileError(
        Message(
            id=f"dokumen Word tidak dapat dibaca, berkas rusak atau bukan .docx ({type(error).__name__}: {error})",
            en=f"cannot read the Word document, the file is damaged or not a .docx ({type(error).__name__}: {error})",
        ),
        path=path,
        hint=_SAVE_AGAIN,
    )


def _related_element(part, relationship: str) -> etree._Element | None:
    """The root element of a part related to the main document, if there is one."""
    try:
        return part.part_related_by(relationship).element
    except (KeyError, AttributeError):
        return None


# -- styles ----------------------------------------------------------------------


class _StyleSheet:
    """Style lookups from ``word/styles.xml``: inheritance chains and bold."""

    def __init__(self, styles: etree._Element | None):
        self._styles: dict[str, etree._Element] = {}
        self._chains: dict[str | None, list[etree._Element]] = {}
        self.default_paragraph: str | None = None
        self._default_bold = False
        if styles is None:
            return
        for style in styles.iterfind(W("style")):
            style_id = style.get(W("styleId"))
            if style_id is None:
                continue
            self._styles[style_id] = style
            if style.get(W("type")) == "paragraph" and style.get(W("default")) in ("1", "true", "on"):
                self.default_paragraph = style_id
        defaults = styles.find(f"{W('docDefaults')}/{W('rPrDefault')}/{W('rPr')}/{W('b')}")
        self._default_bold = on(defaults)

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
            current = attr(style.find(W("basedOn")))
        self._chains[style_id] = chain
        return chain

    def paragraph_style(self, paragraph: etree._Element) -> str | None:
        return attr(paragraph.find(f"{W('pPr')}/{W('pStyle')}")) or self.default_paragraph

    def bold(self, run: etree._Element, paragraph_style: str | None) -> bool:
        """Whether a run prints bold: its own ``w:b``, else its character style,
        else the paragraph style, else the document default."""
        rpr = run.find(W("rPr"))
        if rpr is not None:
            b = rpr.find(W("b"))
            if b is not None:
                return on(b)
            for style in self.chain(attr(rpr.find(W("rStyle")))):
                b = style.find(f"{W('rPr')}/{W('b')}")
                if b is not None:
                    return on(b)
        for style in self.chain(paragraph_style):
            b = style.find(f"{W('rPr')}/{W('b')}")
            if b is not None:
                return on(b)
        return self._default_bold

    def page_break_before(self, paragraph: etree._Element) -> bool:
        """``w:pageBreakBefore`` on the paragraph or inherited from its style."""
        own = paragraph.find(f"{W('pPr')}/{W('pageBreakBefore')}")
        if own is not None:
            return on(own)
        for style in self.chain(self.paragraph_style(paragraph)):
            inherited = style.find(f"{W('pPr')}/{W('pageBreakBefore')}")
            if inherited is not None:
                return on(inherited)
        return False


# -- paragraph content -----------------------------------------------------------


@dataclass
class _Content:
    """What one paragraph shows, gathered run by run."""

    parts: list[str] = field(default_factory=list)
    run_bold: list[bool] = field(default_factory=list)
    """Bold or not, for every run with visible non-blank text."""
    break_at_start: bool = False
    """A page break comes before any text: the paragraph starts a page."""
    break_after: bool = False
    """A page break comes after some text: the next line starts a page."""
    text_boxes: list[etree._Element] = field(default_factory=list)
    fields: list[bool] = field(default_factory=list)
    """Open complex fields; True once past ``separate`` (showing the result)."""
    gap: bool = False
    """A page break inside the text: separate what follows it with a line break."""

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def add(self, text: str, bold: bool) -> None:
        if self.gap and text:
            self.parts.append("\n")
            self.gap = False
        self.parts.append(text)
        if text.strip():
            self.run_bold.append(bold)

    def hidden(self) -> bool:
        """Inside a field's instruction part, which Word does not print."""
        return not all(self.fields)


def _text_boxes(element: etree._Element) -> Iterator[etree._Element]:
    """The text boxes (``w:txbxContent``) under a drawing, skipping ``mc:Fallback``.

    A modern text box is stored twice: as DrawingML in ``mc:Choice`` and as VML in
    ``mc:Fallback`` for old readers; reading both would double its text.
    """
    for child in element:
        if not isinstance(child.tag, str) or child.tag == _FALLBACK:
            continue
        if child.tag == _TEXT_BOX:
            yield child
        else:
            yield from _text_boxes(child)


class _BodyReader:
    """Walks the document body once, in order, producing lines."""

    def __init__(
        self,
        body: etree._Element,
        styles: etree._Element | None,
        numbering: etree._Element | None,
        file_name: str,
    ):
        self._body = body
        self._styles = _StyleSheet(styles)
        self._numbering = Numbering(numbering, self._styles.chain, self._styles.default_paragraph)
        self._file = file_name
        self._lines: list[Line] = []
        self._paragraph_index = 0
        self._table_index = 0
        self._pending_break = False
        self._section_starts_page = self._section_breaks(body)

    def read(self) -> list[Line]:
        self._block(self._body)
        return self._lines

    @staticmethod
    def _section_breaks(body: etree._Element) -> dict[etree._Element, bool]:
        """For each section-ending ``w:sectPr``: does the next section start a page?

        A ``w:sectPr`` describes the section it ends, including how *that* section
        began (``w:type``), so the answer is in the next one; nextPage is Word's
        default.
        """
        # Only real section ends: a w:sectPrChange (tracked formatting) holds an
        # old w:sectPr of its own that must not count.
        properties = [element for element in body.iter(W("sectPr")) if element.getparent().tag in (W("pPr"), W("body"))]
        result: dict[etree._Element, bool] = {}
        for current, following in zip(properties, properties[1:]):
            kind = attr(following.find(W("type"))) or "nextPage"
            result[current] = kind not in ("continuous", "nextColumn")
        return result

    # -- output ------------------------------------------------------------------

    def _emit(self, text: str, location: Lokasi, **kwargs) -> None:
        # A page break belongs to the first line with text after it: an empty
        # paragraph (often the one holding the break) carries nothing to mark.
        start = self._pending_break and bool(text.strip())
        if start:
            self._pending_break = False
        self._lines.append(Line(text=text, location=location, page_break_before=start, **kwargs))

    # -- block level -------------------------------------------------------------

    def _block(self, container: etree._Element) -> None:
        """Body-level content: paragraphs, tables, and controls that wrap them."""
        for child in container:
            tag = child.tag
            if tag == _P:
                self._body_paragraph(child)
            elif tag == _TBL:
                self._table(child)
            elif tag == _SDT:
                content = child.find(_SDT_CONTENT)
                if content is not None:
                    self._block(content)
            elif tag == _CUSTOM_XML:
                self._block(child)
            elif tag == _ALTERNATE:
                choice = child.find(_CHOICE)
                if choice is not None:
                    self._block(choice)

    def _body_paragraph(self, paragraph: etree._Element) -> None:
        self._paragraph_index += 1
        location = Lokasi(berkas=self._file, paragraf=self._paragraph_index)
        content = self._content(paragraph)
        if self._deleted_mark(paragraph) and not content.text.strip():
            # A paragraph deleted with tracked changes: gone once they are accepted.
            return
        if content.break_at_start or self._styles.page_break_before(paragraph):
            self._pending_break = True
        for box in content.text_boxes:
            for text, bold in self._container_texts(box):
                self._emit(text, location, bold=bold, text_box=True)
        text, bold = self._finish(paragraph, content)
        self._emit(text, location, bold=bold)
        section = paragraph.find(f"{W('pPr')}/{W('sectPr')}")
        if content.break_after or (section is not None and self._section_starts_page.get(section, False)):
            self._pending_break = True

    def _table(self, table: etree._Element) -> None:
        self._table_index += 1
        for row_index, row in enumerate(self._rows(table), start=1):
            if _layout_row(row):
                self._block(row.find(_TC))
                continue
            cells, bold = self._row_cells(row)
            spans = tuple(integer(attr(cell.find(f"{W('tcPr')}/{W('gridSpan')}")), 1) for cell in _unwrap(row, _TC))
            self._emit(
                "\t".join(cells),
                Lokasi(berkas=self._file, tabel=self._table_index, baris_tabel=row_index),
                cells=tuple(cells),
                bold=bold,
                table_header=on(row.find(f"{W('trPr')}/{W('tblHeader')}")),
                # A merged cell appears once; its width in grid columns lets the
                # parser line the row up with the table's other rows.
                grid_spans=spans if any(span > 1 for span in spans) else None,
            )

    # -- tables ------------------------------------------------------------------

    @staticmethod
    def _rows(table: etree._Element) -> Iterator[etree._Element]:
        yield from _unwrap(table, _TR)

    def _row_cells(self, row: etree._Element) -> tuple[list[str], bool]:
        """The row's cell texts and whether all its visible text is bold."""
        cells: list[str] = []
        bolds: list[bool] = []
        for cell in _unwrap(row, _TC):
            merge = cell.find(f"{W('tcPr')}/{W('vMerge')}")
            if merge is not None and attr(merge) != "restart":
                # The continuation of a vertically merged cell: its text (if any is
                # left over) is not shown; the cell above holds the content.
                cells.append("")
                continue
            texts = self._container_texts(cell)
            # Empty paragraphs at the end of a cell are spacing (Word also needs one
            # after a nested table): they are not part of the cell's text.
            cells.append("\n".join(text for text, _ in texts).rstrip("\n"))
            bolds.extend(bold for text, bold in texts if text.strip())
        return cells, bool(bolds) and all(bolds)

    def _container_texts(self, container: etree._Element) -> list[tuple[str, bool]]:
        """Paragraph texts of a cell or text box, nested tables flattened row by row."""
        texts: list[tuple[str, bool]] = []
        for child in container:
            tag = child.tag
            if tag == _P:
                content = self._content(child)
                for box in content.text_boxes:
                    texts.extend(self._container_texts(box))
                texts.append(self._finish(child, content))
            elif tag == _TBL:
                for row in self._rows(child):
                    cells, bold = self._row_cells(row)
                    texts.append(("\t".join(cells), bold))
            elif tag in (_SDT, _CUSTOM_XML, _ALTERNATE):
                inner = child.find(_SDT_CONTENT) if tag == _SDT else child.find(_CHOICE) if tag == _ALTERNATE else child
                if inner is not None:
                    texts.extend(self._container_texts(inner))
        return texts

    # -- paragraphs --------------------------------------------------------------

    def _finish(self, paragraph: etree._Element, content: _Content) -> tuple[str, bool]:
        """The paragraph's printed text, numbering label first, and its boldness."""
        text = content.text
        label = self._numbering.label(paragraph)
        if label:
            # Always a tab after the label, whatever Word's suffix (tab, space,
            # nothing): the parser finds the label as the first tab-separated field.
            text = f"{label}\t{text}"
        bold = bool(content.run_bold) and all(content.run_bold)
        return text, bold

    @staticmethod
    def _deleted_mark(paragraph: etree._Element) -> bool:
        return paragraph.find(f"{W('pPr')}/{W('rPr')}/{W('del')}") is not None

    def _content(self, paragraph: etree._Element) -> _Content:
        content = _Content()
        self._inline(paragraph, content, self._styles.paragraph_style(paragraph))
        return content

    def _inline(self, element: etree._Element, content: _Content, style: str | None) -> None:
        for child in element:
            tag = child.tag
            if tag == _R:
                self._run(child, content, style)
            elif tag in _TRANSPARENT:
                self._inline(child, content, style)
            elif tag == _SDT:
                inner = child.find(_SDT_CONTENT)
                if inner is not None:
                    self._inline(inner, content, style)
            elif tag == _ALTERNATE:
                choice = child.find(_CHOICE)
                if choice is not None:
                    self._inline(choice, content, style)
            # Everything else is not shown text: w:del and w:moveFrom (deleted or
            # moved away), w:pPr, bookmarks, proofing marks, comment ranges.

    def _run(self, run: etree._Element, content: _Content, style: str | None) -> None:
        if on(run.find(f"{W('rPr')}/{W('vanish')}")):
            return  # hidden text is not printed
        bold = self._styles.bold(run, style)
        for child in run:
            tag = child.tag
            if tag == W("fldChar"):
                kind = attr(child, "fldCharType")
                if kind == "begin":
                    content.fields.append(False)
                elif kind == "separate" and content.fields:
                    content.fields[-1] = True
                elif kind == "end" and content.fields:
                    content.fields.pop()
                continue
            if content.hidden():
                continue
            if tag == _T:
                content.add(child.text or "", bold)
            elif tag in (W("tab"), W("ptab")):
                content.add("\t", bold)
            elif tag == W("br"):
                if attr(child, "type") == "page":
                    if content.text.strip():
                        content.break_after = True
                        content.gap = True
                    else:
                        content.break_at_start = True
                else:
                    content.add("\n", bold)
            elif tag == W("cr"):
                content.add("\n", bold)
            elif tag == W("noBreakHyphen"):
                content.add("-", bold)
            elif tag in _ANCHORS:
                content.text_boxes.extend(_text_boxes(child))
            # w:softHyphen (an optional hyphen, shown only at a line end),
            # w:instrText and w:delText print nothing.


def _layout_row(row: etree._Element) -> bool:
    """A row that is page layout, not table data: one cell across the table with no
    border at its sides and bottom (a signature placed as a table's last row so that
    it keeps with the row above).  Its paragraphs are read as body paragraphs."""
    cells = list(_unwrap(row, _TC))
    if len(cells) != 1 or integer(attr(cells[0].find(f"{W('tcPr')}/{W('gridSpan')}")), 1) < 2:
        return False
    borders = cells[0].find(f"{W('tcPr')}/{W('tcBorders')}")
    if borders is None:
        return False
    return all(
        (edge := borders.find(W(side))) is not None and attr(edge) in ("nil", "none")
        for side in ("left", "bottom", "right")
    )


def _unwrap(parent: etree._Element, tag: str) -> Iterator[etree._Element]:
    """Children with ``tag``, looking through content controls and custom XML."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag == _SDT:
            inner = child.find(_SDT_CONTENT)
            if inner is not None:
                yield from _unwrap(inner, tag)
        elif child.tag == _CUSTOM_XML:
            yield from _unwrap(child, tag)
