"""Suppression marks: a drafter's note in the document that a finding is a deliberate exception.

The mark reads ``zi-docs: abaikan STR001`` (or ``zi-docs: noqa: STR001``, as in Ruff);
several codes are separated by commas, a prefix (``EJA``) covers a family, and a mark
without codes covers every rule.

- YAML: a comment ``# zi-docs: abaikan EJA001`` on the line of the value or on the line
  above it.  A comment on any line of an item (the ``teks:`` line of a Menimbang item)
  covers the item.
- Text and Markdown: the mark at the end of the line (``<!-- zi-docs: abaikan … -->`` in
  Markdown); it is removed before the text is read, so that it is not judged as text.
- DOCX: a Word comment whose text is the mark, anchored on the paragraph or in the
  table row the finding is in.

The marks travel: :func:`carry_marks` writes a YAML decree's marks into the DOCX
rendered from it (``zi-docs render`` does), as Word comments on the paragraph or row
where the marked value is printed, so that ``check`` of the DOCX agrees with
``check`` of the YAML.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lxml import etree

from ..docx.body import Body
from ..docx.ns import RT_COMMENTS, qn
from ..docx.package import check_package, open_document, related_element
from ..errors import ZiDocsError
from ..storage.files import TEXT_SUFFIXES, YAML_SUFFIXES
from ..storage.regex_cache import regex
from .finding import Finding

if TYPE_CHECKING:
    import yaml

#: Who zi-docs's comments (marks carried from YAML, a review's findings) are by.
AUTHOR, INITIALS = "zi-docs", "ZI"

#: Stands for "every rule" in a mark without codes.
ALL = "*"
_CODES = r"[A-Za-z]{2,4}\d{0,4}(?:\s*,\s*[A-Za-z]{2,4}\d{0,4})*"
MARK = regex(rf"zi-docs:\s*(?:abaikan|noqa)\b(?:\s*:?\s*(?P<codes>{_CODES}))?", re.IGNORECASE)
# The whole mark as it may end a line of text: "<!-- zi-docs: abaikan X -->", "# zi-docs: …", "zi-docs: …"
_TEXT_MARK = regex(rf"\s*(?:<!--\s*|#\s*|//\s*)?{MARK.pattern}\s*(?:-->)?\s*$", re.IGNORECASE)


def parse_mark(text: str) -> frozenset[str] | None:
    """``"zi-docs: abaikan EJA001, STR"`` → {"EJA001", "STR"}; no codes → {ALL}; no mark → None."""
    match = MARK.search(text)
    if not match:
        return None
    if not match["codes"]:
        return frozenset({ALL})
    return frozenset(code.strip().upper() for code in match["codes"].split(","))


def covers(codes: frozenset[str], rule: str) -> bool:
    return ALL in codes or any(rule.startswith(code) for code in codes)


def strip_text_marks(text: str) -> tuple[str, dict[int, frozenset[str]]]:
    """Remove end-of-line marks from a text document; the lines keep their numbers."""
    marks: dict[int, frozenset[str]] = {}
    lines = text.split("\n")
    for number, line in enumerate(lines, start=1):
        match = _TEXT_MARK.search(line)
        if match:
            codes = parse_mark(match.group(0))
            if codes is not None:
                marks[number] = codes
                lines[number - 1] = line[: match.start()]
    return "\n".join(lines), marks


# -- YAML -------------------------------------------------------------------------


@dataclass
class YamlNodeLines:
    """Where a value of a YAML document stands: its first line and the lines that are its own."""

    first: int
    own: set[int] = field(default_factory=set)


def yaml_node_lines(text: str) -> dict[str, YamlNodeLines]:
    """Model path (``"menimbang[0]"``) → lines, for every value of a YAML document."""
    import yaml  # here: only a YAML decree has nodes, and a DOCX or text check need not import PyYAML (~10 ms)

    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return {}
    result: dict[str, YamlNodeLines] = {}

    def walk(node: yaml.Node, path: str, first: int) -> None:
        entry = result.setdefault(path, YamlNodeLines(first))
        if isinstance(node, yaml.MappingNode):
            entry.own.add(first)
            for key, value in node.value:
                key_line = key.start_mark.line + 1
                child = f"{path}.{key.value}" if path else str(key.value)
                if isinstance(value, yaml.ScalarNode):
                    # The item's own fields: a mark on any of their lines covers the item.
                    entry.own.update(range(key_line, value.end_mark.line + 1 + (value.end_mark.column > 0)))
                walk(value, child, key_line)
        elif isinstance(node, yaml.SequenceNode):
            entry.own.add(first)
            for index, item in enumerate(node.value):
                walk(item, f"{path}[{index}]", item.start_mark.line + 1)
        else:
            entry.own.update(range(first, node.end_mark.line + 1 + (node.end_mark.column > 0)))

    if root is not None:
        walk(root, "", root.start_mark.line + 1)
    result.pop("", None)
    return result


def _yaml_comment_marks(text: str) -> dict[int, frozenset[str]]:
    marks: dict[int, frozenset[str]] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        hash_at = _comment_start(line)
        if hash_at is not None and (codes := parse_mark(line[hash_at:])) is not None:
            marks[number] = codes
    return marks


def _comment_start(line: str) -> int | None:
    """Where a YAML comment starts: a ``#`` outside quotes, at the start or after a space."""
    quote = None
    for index, char in enumerate(line):
        if quote:
            if char == quote:
                quote = None
        elif char in "'\"" and (index == 0 or line[index - 1] in " :-[{,"):
            quote = char
        elif char == "#" and (index == 0 or line[index - 1] in " \t"):
            return index
    return None


# -- DOCX -------------------------------------------------------------------------

_COMMENT, _ID, _T = qn("w:comment"), qn("w:id"), qn("w:t")
_ANCHORS = (qn("w:commentRangeStart"), qn("w:commentReference"))


def _docx_marks(path: Path) -> tuple[dict[int, frozenset[str]], dict[tuple[int, int], frozenset[str]]]:
    """Paragraph number → codes and (table, row) → codes, from Word comments holding a mark.

    The places are :class:`~zi_docs.docx.body.Body`'s, the numbering the reader puts
    in its locations.
    """
    try:
        names = check_package(path)
        if not any(name.lower().endswith("comments.xml") for name in names):
            return {}, {}  # the common case, found from the ZIP directory alone
        document = open_document(path)
    except ZiDocsError:
        return {}, {}  # a damaged or hostile package: the reader reports it
    comments = related_element(document.part, RT_COMMENTS)
    if comments is None:
        return {}, {}
    by_id: dict[str, frozenset[str]] = {}
    for comment in comments.iter(_COMMENT):
        # The comment's w:t texts: python-docx's element classes make itertext() unreliable.
        codes = parse_mark("".join(t.text or "" for t in comment.iter(_T)))
        if codes is not None:
            by_id[comment.get(_ID, "")] = codes
    paragraphs: dict[int, frozenset[str]] = {}
    rows: dict[tuple[int, int], frozenset[str]] = {}
    if not by_id:
        return paragraphs, rows
    for place in Body(document.element.body):
        found: set[str] = set()
        for anchor in place.element.iter(*_ANCHORS):
            found |= by_id.get(anchor.get(_ID, ""), frozenset())
        if not found:
            continue
        lokasi = place.lokasi
        if place.is_row:
            assert lokasi.tabel is not None and lokasi.baris_tabel is not None
            rows[(lokasi.tabel, lokasi.baris_tabel)] = frozenset(found)
        else:
            assert lokasi.paragraf is not None
            paragraphs[lokasi.paragraf] = frozenset(found)
    return paragraphs, rows


def _mark_text(codes: frozenset[str]) -> str:
    return "zi-docs: abaikan" + ("" if ALL in codes else " " + ", ".join(sorted(codes)))


def carry_marks(source: str | Path, docx_path: str | Path) -> int:
    """Write the marks of the YAML decree ``source`` into ``docx_path``, rendered from it.

    Each mark goes, as a Word comment reading the mark, on the place where the value it
    covers is printed (the reader's place for it: a Lampiran team's heading row, a
    Menimbang item's paragraph).  Returns how many marks were written; the file is
    rewritten only when there are some.
    """
    import io

    from ..readers import read
    from ..storage.load_save import write_atomic

    source, docx_path = Path(source), Path(docx_path)
    if source.suffix.lower() not in (".yaml", ".yml"):
        return 0
    try:
        text = source.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return 0
    marks = _yaml_comment_marks(text)
    if not marks:
        return 0
    nodes = yaml_node_lines(text)
    source_map = read(docx_path).source_map
    document = open_document(docx_path)
    body = Body(document.element.body, docx_path.name)
    written = 0
    for line, codes in sorted(marks.items()):
        covered = [path for path, node in nodes.items() if line in node.own or line + 1 == node.first]
        if not covered:
            continue
        path = max(covered, key=len)  # the innermost value the mark stands on
        while path and path not in source_map:
            cut = max(path.rfind("."), path.rfind("["))
            path = path[:cut] if cut > 0 else ""
        place = body.place(source_map[path]) if path else None
        if place is None:
            continue
        if _anchor_mark(document, place.element, _mark_text(codes)):
            written += 1
    if written:
        buffer = io.BytesIO()
        document.save(buffer)
        write_atomic(docx_path, buffer.getvalue())
    return written


def add_anchored_comment(document: Any, first: etree._Element, last: etree._Element, text: str) -> str:
    """A Word comment by zi-docs holding ``text`` (paragraphs split at line ends), its range
    from before the run ``first`` to after the run ``last``; returns its id."""
    comment = document.comments.add_comment(text=text, author=AUTHOR, initials=INITIALS)
    number = str(comment.comment_id)
    begin, end = etree.Element(qn("w:commentRangeStart")), etree.Element(qn("w:commentRangeEnd"))
    begin.set(_ID, number)
    end.set(_ID, number)
    first.addprevious(begin)
    last.addnext(end)
    reference = etree.Element(qn("w:r"))
    etree.SubElement(reference, qn("w:commentReference")).set(_ID, number)
    end.addnext(reference)
    return number


def _anchor_mark(document: Any, element: etree._Element, text: str) -> bool:
    """The mark as a comment around the runs of the place's first paragraph with text."""
    paragraph = next((p for p in element.iter(qn("w:p")) if p.find(f"{qn('w:r')}/{qn('w:t')}") is not None), None)
    if paragraph is None:
        return False
    runs = [run for run in paragraph.iter(qn("w:r")) if run.getparent() is paragraph]
    if not runs:
        return False
    add_anchored_comment(document, runs[0], runs[-1], text)
    return True


# -- all formats ------------------------------------------------------------------


@dataclass
class Suppressions:
    """The marks of one file and the places they cover."""

    lines: dict[int, frozenset[str]] = field(default_factory=dict)
    """Line number → codes, for text, Markdown and YAML."""

    paragraphs: dict[int, frozenset[str]] = field(default_factory=dict)
    table_rows: dict[tuple[int, int], frozenset[str]] = field(default_factory=dict)
    yaml_nodes: dict[str, YamlNodeLines] | None = None
    """For YAML: the lines of each value, so that a mark on an item's field covers the item."""

    mark_line_above: bool = False
    """YAML: a mark on the line above a value covers it too."""

    def __bool__(self) -> bool:
        return bool(self.lines or self.paragraphs or self.table_rows)

    def suppressed(self, finding: Finding) -> bool:
        if not self:
            return False
        if self.yaml_nodes is not None:
            node = self._yaml_node(finding.path)
            if node is not None:
                for line, codes in self.lines.items():
                    if covers(codes, finding.rule) and (line in node.own or line + 1 == node.first):
                        return True
        location = finding.location
        if location is None:
            return False
        if location.baris is not None and location.halaman is None:
            candidates = [location.baris] + ([location.baris - 1] if self.mark_line_above else [])
            if any(covers(self.lines.get(line, frozenset()), finding.rule) for line in candidates):
                return True
        if location.paragraf is not None and covers(self.paragraphs.get(location.paragraf, frozenset()), finding.rule):
            return True
        if location.tabel is not None and location.baris_tabel is not None:
            codes = self.table_rows.get((location.tabel, location.baris_tabel), frozenset())
            if covers(codes, finding.rule):
                return True
        return False

    def _yaml_node(self, path: str) -> YamlNodeLines | None:
        assert self.yaml_nodes is not None
        while path:
            if path in self.yaml_nodes:
                return self.yaml_nodes[path]
            cut = max(path.rfind("."), path.rfind("["))
            path = path[:cut] if cut > 0 else ""
        return None


def suppressions_for(path: str | Path, text: str | None = None) -> Suppressions:
    """The marks in a file; ``text`` is its decoded content for text formats, if already read."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".docx":
        paragraphs, rows = _docx_marks(path)
        return Suppressions(paragraphs=paragraphs, table_rows=rows)
    if suffix in YAML_SUFFIXES:
        if text is None:
            try:
                text = path.read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError):
                return Suppressions()
        return Suppressions(lines=_yaml_comment_marks(text), yaml_nodes=yaml_node_lines(text), mark_line_above=True)
    if suffix in TEXT_SUFFIXES:
        if text is None:
            try:
                text = path.read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError):
                return Suppressions()
        return Suppressions(lines=strip_text_marks(text)[1])
    return Suppressions()  # JSON has no comments; a PDF's marks would be its annotations


def apply(findings: list[Finding], suppressions: Suppressions) -> list[Finding]:
    return [finding for finding in findings if not suppressions.suppressed(finding)]
