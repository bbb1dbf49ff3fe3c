"""Lines of any source → the decree model, with a source map and nothing dropped.

One parser for every input format, after the readers have turned DOCX, PDF or text
into :class:`~zi_docs.readers.lines.Line` objects.  It walks the parts of a decree
in their legal order (heading, Menimbang, Mengingat, Memperhatikan, Menetapkan,
Diktum, penetapan, salinan, tembusan, Lampiran) and is tolerant the way a reader
must be: a decree with wrong numbering, a misspelt issuer or an empty cell is read
as printed, because finding those mistakes is the checker's job.  Text it cannot
place goes to ``Keputusan.tidak_terurai`` with its location.

Hand-written: this is the grammar of an Indonesian decree, which no library knows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from pydantic_core import PydanticCustomError
from rapidfuzz import fuzz

from ..model import (
    Anggota,
    BagianRencanaAksi,
    BarisRencanaAksi,
    Butir,
    ButirMemperhatikan,
    DasarHukum,
    KelompokTim,
    KepalaLampiran,
    Keputusan,
    LampiranBebas,
    LampiranRencanaAksi,
    LampiranSusunanTim,
    Lokasi,
    Paragraf,
    Penetapan,
    Salinan,
    Tabel,
    TeksTakTerurai,
)
from ..model.area import area_dari_nama
from ..model.tanggal import parse_tanggal
from ..language.numbers import ORDINAL_PATTERN
from .citations import parse_dasar_hukum, parse_dokumen
from .layout_table import table_rows
from .lines import Line

SourceMap = dict[str, Lokasi]
"""Model path (``lampiran[0].kelompok[2].anggota[4]``) → where it was read from."""


def nearest_location(source_map: SourceMap, path: str) -> Lokasi | None:
    """Where ``path`` was read from, or its nearest enclosing part: a field such as
    ``…anggota[4].jabatan`` has no entry of its own but its row has."""
    while path:
        if path in source_map:
            return source_map[path]
        cut = max(path.rfind("."), path.rfind("["))
        path = path[:cut] if cut > 0 else ""
    return None


# ---------------------------------------------------------------- patterns
_WS = re.compile(r"\s+")
_KEYWORD = re.compile(r"^(Menimbang|Mengingat|Memperhatikan|Menetapkan)\s*(?::|$)\s*(.*)$", re.IGNORECASE)
_MEMUTUSKAN = re.compile(r"^M\s*E\s*M\s*U\s*T\s*U\s*S\s*K\s*A\s*N\s*:?\s*$", re.IGNORECASE)
_DIKTUM = re.compile(rf"^(?P<label>{ORDINAL_PATTERN})\s*:\s*(?P<rest>.*)$", re.IGNORECASE)
# OCR and hand-typed drafts sometimes drop the colon: "Kesatu      Mengangkat …".
_DIKTUM_NO_COLON = re.compile(rf"^(?P<label>{ORDINAL_PATTERN})(?:\t|\s{{2,}})(?P<rest>\S.*)$", re.IGNORECASE)
_PASAL = re.compile(r"^(?P<label>Pasal\s+\d+[A-Z]?)\s*$")
_ITEM = re.compile(r"^(?P<label>(?:[a-z]|\d{1,3})[.)])(?:\s+|\t|$)(?P<rest>.*)$")
# No word boundary after the kind: OCR glues words ("PERATURANMENTER! PERHUBUNGAN").
_JENIS = re.compile(r"^(?P<jenis>(?:SALINAN\s+)?(?:SURAT\s+)?KEPUTUSAN|PERATURAN)\s*(?P<rest>.*)$")
_NOMOR = re.compile(r"^NOMOR\b\s*:?\s*(?P<nomor>.*?)(?:\s+TAHUN\s+(?P<tahun>\d{4}))?[\s.]*$", re.IGNORECASE)
_TENTANG = re.compile(r"^TENTANG\b\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)
_TANGGAL_FIELD = re.compile(r"^TANGGAL\b\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)
_PEMBUKAAN = re.compile(r"^DENGAN\s*RAHMAT\s*TUHAN\s*YANG\s*MAHA\s*ESA\s*,?$", re.IGNORECASE)
# Capitalised: "ditetapkan di dalam …" inside a sentence is not the enactment.
_DITETAPKAN = re.compile(r"^(?:Ditetapkan|DITETAPKAN)\s+(?:di|DI)\b\s*:?\s*(?P<tempat>.*)$")
_PADA_TANGGAL = re.compile(r"^pada\s+tanggal\s*:?\s*(?P<tanggal>.*)$", re.IGNORECASE)
_TEMPAT_TANGGAL = re.compile(r"^(?P<tempat>[A-Z][A-Za-z .'-]{1,40}),\s*(?P<tanggal>\d{1,2}\s+[A-Za-z]+\s+\d{4})\s*$")
_TTD = re.compile(r"^(?:ttd\.?|dto\.?|\[\s*tanda\s+tangan[^\]]*\])$", re.IGNORECASE)
_SALINAN = re.compile(r"^Salinan\s+sesuai\s+dengan\s+aslinya\b\s*(?P<rest>.*)$", re.IGNORECASE)
_TEMBUSAN = re.compile(r"^(?:Tembusan|Salinan\s+Keputusan\s+ini\s+disampaikan)\b[^:]*:?\s*(?P<rest>.*)$", re.IGNORECASE)
_LAMPIRAN = re.compile(r"^LAMPIRAN\b(?:\s+(?P<nomor>[IVXLC]+|\d{1,2})\b)?\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)
_HEADER_FIELD = re.compile(r"^(NOMOR|TANGGAL|TENTANG|KEPUTUSAN)\b", re.IGNORECASE)
_NIP = re.compile(r"^NIP\.?\s*:?\s*(?P<nip>[\d ]{8,})$", re.IGNORECASE)
_ROMAN = re.compile(r"^[IVXLC]+\.?$")
_NUMBER_CELL = re.compile(r"^\d{1,3}\.?$")
_GROUP_LABEL = re.compile(r"^(?P<label>(?:[a-zA-Z]|\d{1,2})[.)])\s*(?P<nama>.*)$")
_OFFICIALS = re.compile(
    r"^(?P<pejabat>KUASA\s+PENGGUNA\s+ANGGARAN|KEPALA|DIREKTUR(?:\s+JENDERAL)?|BUPATI|WALI\s*KOTA|GUBERNUR|MENTERI|"
    r"SEKRETARIS(?:\s+JENDERAL)?|REKTOR|KETUA|INSPEKTUR(?:\s+JENDERAL)?)\s+(?P<instansi>.+)$"
)
_ANNOTATION = re.compile(r"^\[[^\]]*\]$")


def _norm(text: str) -> str:
    return _WS.sub(" ", text).strip()


def _join(text: str, more: str) -> str:
    """Join a continuation line: a word broken with a hyphen at the line end stays joined."""
    more = _norm(more)
    if not text:
        return more
    if not more:
        return text
    # "Perundang-" + "undangan", "2410/PW.02-" + "SD/64/2025": a hyphen that ends a
    # line right after a letter or digit joins the parts; " - " between words does not.
    if text.endswith("-") and len(text) > 1 and not text[-2].isspace():
        return text + more
    return f"{text} {more}"


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def _date_or_none(text: str) -> Any:
    try:
        value = parse_tanggal(_norm(text))
    except PydanticCustomError:  # an impossible date is read as absent
        return None
    return value if not isinstance(value, str) else None


# ---------------------------------------------------------------- logical lines
@dataclass
class _L:
    """A line as the parser sees it: normalised text, cells kept for table rows."""

    text: str
    loc: Lokasi
    cells: tuple[str, ...] | None
    bold: bool
    page_start: bool
    index: int
    raw: str = ""
    """The text before whitespace was normalised (column gaps still visible)."""
    layout: str | None = None
    """For layout text (PDF), the line with its spacing, to find table columns in."""

    @property
    def blank(self) -> bool:
        return not self.text


def _logical(lines: list[Line]) -> list[_L]:
    """Split multi-paragraph lines and table cells holding several paragraphs."""
    result: list[_L] = []
    for line in lines:
        pieces = line.text.split("\n") if line.cells is None else [line.text]
        for n, piece in enumerate(pieces):
            text = piece.replace("\t", " ") if line.cells is None else piece
            result.append(
                _L(
                    text=_norm(text) if line.cells is None else text.strip(),
                    loc=line.location,
                    cells=line.cells,
                    bold=line.bold,
                    page_start=line.page_break_before and n == 0,
                    index=len(result),
                    raw=piece.strip(),
                    layout=line.layout,
                )
            )
    return result


def _row_as_text(line: _L) -> list[str]:
    """A layout-table row (label | : | text, cells with several paragraphs) as text lines."""
    assert line.cells is not None
    first: list[str] = []
    rest: list[str] = []
    for cell in line.cells:
        paragraphs = [p for p in (cell.split("\n")) if p.strip()]
        if not paragraphs:
            continue
        if rest:
            rest.extend(paragraphs)
        else:
            first.append(paragraphs[0])
            rest.extend(paragraphs[1:])
    return [_norm(" ".join(first))] + [_norm(p) for p in rest] if first else [_norm(p) for p in rest]


def _first_text(line: _L) -> str:
    """The line as text; for a table row, its first line as a layout row reads."""
    if line.cells is None:
        return line.text.replace("\t", " ")
    texts = _row_as_text(line)
    return texts[0] if texts else ""


# ---------------------------------------------------------------- nested lists
class _ListBuilder:
    """Builds nested items from labelled lines: a. → 1. → a) → 1) or any other scheme.

    A label whose style is already open is a sibling at that depth when it follows
    the last label there (or repeats it: a duplicated number is a finding, not a new
    level); a first label (``a``, ``1``) of a style that is open deeper in the stack
    starts a new list below the current item.
    """

    def __init__(self, sink: list[Butir], path: str, source_map: SourceMap):
        self.top = sink
        self.path = path
        self.source_map = source_map
        self.stack: list[tuple[str, list[Butir], Butir, str]] = []  # style, siblings, item, path

    @staticmethod
    def _style(label: str) -> str:
        return ("a" if label[0].isalpha() else "1") + label[-1]

    @staticmethod
    def _value(label: str) -> int:
        body = label[:-1]
        return ord(body.lower()) - 96 if body.isalpha() else int(body)

    def add(self, label: str | None, text: str, loc: Lokasi) -> None:
        if label is None:
            siblings, depth = (self.stack[-1][1], len(self.stack) - 1) if self.stack else (self.top, 0)
            self._append(siblings, None, text, loc, depth, style="")
            return
        style = self._style(label)
        value = self._value(label)
        open_at = [i for i, entry in enumerate(self.stack) if entry[0] == style]
        if open_at:
            i = open_at[-1]
            last_value = self._value(self.stack[i][2].label or label)
            starts_new = value == 1 and last_value != 0 and i < len(self.stack) - 1 + 1 and value <= last_value
            if not starts_new or i == len(self.stack) - 1 and value == 1 and last_value == 1:
                del self.stack[i:]
                siblings = self.stack[-1][2].rincian if self.stack else self.top
                self._append(siblings, label, text, loc, i, style)
                return
        siblings = self.stack[-1][2].rincian if self.stack else self.top
        self._append(siblings, label, text, loc, len(self.stack), style)

    def _append(self, siblings: list[Butir], label: str | None, text: str, loc: Lokasi, depth: int, style: str) -> None:
        parent_path = self.stack[-1][3] + ".rincian" if self.stack and siblings is not self.top else self.path
        item = Butir(label=label, teks=text)
        siblings.append(item)
        item_path = f"{parent_path}[{len(siblings) - 1}]"
        self.source_map[item_path] = loc
        if style:
            self.stack.append((style, siblings, item, item_path))

    def continue_last(self, text: str) -> bool:
        """Append a continuation line to the deepest open item."""
        if not self.stack:
            if self.top:
                self.top[-1].teks = _join(self.top[-1].teks, text)
                return True
            return False
        item = self.stack[-1][2]
        item.teks = _join(item.teks, text)
        return True


# ---------------------------------------------------------------- the parser
@dataclass
class ParseResult:
    keputusan: Keputusan
    source_map: SourceMap = field(default_factory=dict)


class _Parser:
    def __init__(self, lines: list[Line], *, paragraph_per_line: bool):
        self.lines = _logical(lines)
        self.pos = 0
        self.paragraph_per_line = paragraph_per_line
        self.map: SourceMap = {}
        self.unparsed: list[TeksTakTerurai] = []
        self.data: dict[str, Any] = {}

    # -- cursor helpers
    def peek(self, offset: int = 0) -> _L | None:
        i = self.pos + offset
        return self.lines[i] if i < len(self.lines) else None

    def skip_blank(self) -> None:
        while self.pos < len(self.lines) and self.lines[self.pos].blank:
            self.pos += 1

    def keep(self, line: _L, text: str | None = None) -> None:
        if text is None:
            text = line.text.replace("\t", " ") if line.cells is None else " | ".join(line.cells)
        if _norm(text):
            self.unparsed.append(TeksTakTerurai(teks=_norm(text), lokasi=line.loc))

    # -- entry point
    def parse(self) -> ParseResult:
        kepala = self.parse_heading()
        body = self.parse_body()
        lampiran = self.parse_lampiran_all()
        while self.pos < len(self.lines):
            line = self.lines[self.pos]
            self.keep(line)
            self.pos += 1
        data = {"kepala": kepala, **body, "lampiran": lampiran, "tidak_terurai": self.unparsed}
        return ParseResult(Keputusan.model_validate(data), self.map)

    # -- heading
    def parse_heading(self) -> dict[str, Any]:
        kop: list[str] = []
        tanda_salinan = False
        heading_loc: Lokasi | None = None
        jenis, issuer = "KEPUTUSAN", ""
        while self.pos < len(self.lines):
            line = self.lines[self.pos]
            self.pos += 1
            if line.blank:
                continue
            text = _first_text(line)
            match = _JENIS.match(text)
            if match and _is_caps(match["jenis"]):
                jenis = _norm(match["jenis"])
                if jenis.startswith("SALINAN "):
                    tanda_salinan, jenis = True, jenis[len("SALINAN ") :]
                issuer = match["rest"]
                heading_loc = line.loc
                break
            if _norm(text).upper().strip("*") == "SALINAN":
                tanda_salinan = True
            elif _KEYWORD.match(text) or _DIKTUM.match(text):
                self.pos -= 1  # a draft without a heading: read the rest all the same
                break
            elif _ANNOTATION.match(text) or text.startswith("# source:"):
                self.keep(line)
            else:
                kop.append(_norm(text))
        nomor, tahun = "", None
        # Issuer lines continue until NOMOR.
        while (line := self.peek()) is not None:
            text = _first_text(line)
            if _NOMOR.match(text):
                match = _NOMOR.match(text)
                nomor, tahun = _norm(match["nomor"]).lstrip(":").strip(), match["tahun"]
                self.pos += 1
                break
            if _TENTANG.match(text) or _KEYWORD.match(text) or (line.blank and issuer and self._next_is_nomor()):
                if line.blank:
                    self.pos += 1
                    continue
                break
            if not line.blank:
                issuer = _join(issuer, text)
            self.pos += 1
        # TAHUN may stand on its own line.
        self.skip_blank()
        if (line := self.peek()) is not None and (m := re.match(r"^TAHUN\s+(\d{4})$", line.text, re.IGNORECASE)):
            tahun = m[1]
            self.pos += 1
        self.skip_blank()
        tentang_first = ""
        if (line := self.peek()) is not None and (m := _TENTANG.match(line.text.replace("\t", " "))):
            tentang_first = m["rest"]
            self.pos += 1
        # Title, then the issuer's title (jabatan pembentuk), until Menimbang.
        collected: list[_L] = []
        pembukaan = None
        while (line := self.peek()) is not None:
            text = _first_text(line)
            if _KEYWORD.match(text) or _DIKTUM.match(text) or _MEMUTUSKAN.match(text):
                break
            if _PEMBUKAAN.match(_norm(text)):
                pembukaan = _norm(text)
                self.map["pembukaan"] = line.loc
                self.pos += 1
                continue
            collected.append(line)
            self.pos += 1
        title_lines, pembentuk_lines = self._split_title(collected)
        tentang = _norm(" ".join([tentang_first] + [l.text for l in title_lines]))
        pembentuk = _norm(" ".join(l.text for l in pembentuk_lines))
        instansi = _norm(issuer)
        pejabat = None
        if m := _OFFICIALS.match(instansi):
            pejabat, instansi = _norm(m["pejabat"]), _norm(m["instansi"])
        if heading_loc:
            self.map["kepala"] = heading_loc
        if pembentuk_lines:
            self.map["jabatan_pembentuk"] = pembentuk_lines[0].loc
        self.data["jabatan_pembentuk"] = pembentuk
        self.data["pembukaan"] = pembukaan
        self.data["_tentang"] = tentang  # a Lampiran header's TENTANG is compared with it
        return {
            "kop": kop,
            "tanda_salinan": tanda_salinan,
            "jenis": jenis,
            "pejabat": pejabat,
            "instansi": instansi,
            "nomor": nomor,
            "tahun": int(tahun) if tahun else None,
            "tentang": tentang,
        }

    def _next_is_nomor(self) -> bool:
        nxt = self.lines[self.pos + 1] if self.pos + 1 < len(self.lines) else None
        return nxt is not None and bool(_NOMOR.match(nxt.text))

    def _split_title(self, collected: list[_L]) -> tuple[list[_L], list[_L]]:
        """The title and the issuer's title: the last paragraph is the issuer's."""
        paragraphs: list[list[_L]] = [[]]
        for line in collected:
            if line.blank:
                if paragraphs[-1]:
                    paragraphs.append([])
            elif self.paragraph_per_line:
                paragraphs.append([line])
            else:
                paragraphs[-1].append(line)
        paragraphs = [p for p in paragraphs if p]
        if not paragraphs:
            return [], []
        if len(paragraphs) >= 2:
            return [l for p in paragraphs[:-1] for l in p], paragraphs[-1]
        only = paragraphs[0]
        comma = [i for i, l in enumerate(only) if l.text.endswith(",")]
        if not comma:
            # An issuer's title without its comma still starts with the official
            # ("KEPALA BALAI …"); otherwise none is printed and all is the title.
            if len(only) > 1 and _OFFICIALS.match(_norm(only[-1].text)):
                return only[:-1], only[-1:]
            return only, []
        return only[: comma[-1]], only[comma[-1] :]

    # -- body
    def parse_body(self) -> dict[str, Any]:
        menimbang: list[Butir] = []
        mengingat: list[Butir] = []
        memperhatikan: list[Butir] = []
        diktum: list[dict[str, Any]] = []
        menetapkan = ""
        current: _ListBuilder | None = None
        section = ""
        penetapan: dict[str, Any] | None = None
        salinan: dict[str, Any] | None = None
        tembusan: list[str] = []
        body = {
            "jabatan_pembentuk": self.data.get("jabatan_pembentuk", ""),
            "pembukaan": self.data.get("pembukaan"),
        }
        while self.pos < len(self.lines):
            line = self.lines[self.pos]
            if line.blank:
                self.pos += 1
                continue
            if line.cells is not None and self._header_kind(line) == "susunan_tim":
                # A member table inside the body ("Mengangkat nama-nama di bawah ini").
                rows = self._take_rows()
                if diktum:
                    base = f"diktum[{len(diktum) - 1}].kelompok"
                    diktum[-1]["kelompok"] = self._members(base, rows, diktum[-1]["teks"][:80])
                else:
                    for row in rows:
                        self.keep(row)
                continue
            texts = _row_as_text(line) if line.cells is not None else [line.text]
            if self._starts_lampiran(line, texts[0] if texts else "", seen_penetapan=penetapan is not None):
                break
            if self._is_copy_mark_before_lampiran(texts[0] if texts else ""):
                self.keep(line)
                self.pos += 1
                continue
            self.pos += 1
            if (
                line.cells is None
                and not _DIKTUM.match(line.text)
                and (m := _DIKTUM_NO_COLON.match(line.raw))
                and not m["label"][0].islower()
            ):
                texts = [f"{m['label']} : {m['rest']}"]
            for text in texts:
                if not text:
                    continue
                if m := _KEYWORD.match(text):
                    word = m[1].capitalize()
                    rest = m[2].strip()
                    if word == "Menetapkan":
                        section = "menetapkan"
                        menetapkan = _join(menetapkan, rest)
                        self.map["menetapkan"] = line.loc
                        current = None
                        continue
                    section = word.lower()
                    target = {"menimbang": menimbang, "mengingat": mengingat, "memperhatikan": memperhatikan}[section]
                    current = _ListBuilder(target, section, self.map)
                    if rest:
                        self._list_line(current, rest, line.loc)
                    continue
                if _MEMUTUSKAN.match(text):
                    section, current = "memutuskan", None
                    continue
                if (m := _DIKTUM.match(text)) or (m := _PASAL.match(text)):
                    section = "diktum"
                    entry = {"label": _norm(m["label"]), "teks": "", "rincian": []}
                    diktum.append(entry)
                    rincian: list[Butir] = entry["rincian"]
                    path = f"diktum[{len(diktum) - 1}]"
                    self.map[path] = line.loc
                    current = _ListBuilder(rincian, f"{path}.rincian", self.map)
                    current.diktum_entry = entry  # type: ignore[attr-defined]
                    rest = m.groupdict().get("rest") or ""
                    if rest:
                        self._diktum_text(current, entry, rest, line.loc)
                    continue
                if (m := _DITETAPKAN.match(text)) or _TEMPAT_TANGGAL.match(text) and section in ("diktum", "penetapan"):
                    section, current = "penetapan", None
                    penetapan = penetapan or {}
                    self.map.setdefault("penetapan", line.loc)
                    if m:
                        penetapan["tempat"] = _norm(m["tempat"]).lstrip(":").strip().rstrip(",") or None
                    else:
                        mm = _TEMPAT_TANGGAL.match(text)
                        penetapan["tempat"], penetapan["tanggal"] = mm["tempat"], _date_or_none(mm["tanggal"])
                    continue
                if section == "penetapan" and (m := _PADA_TANGGAL.match(text)):
                    penetapan["tanggal"] = _date_or_none(m["tanggal"].lstrip(":"))
                    continue
                if m := _SALINAN.match(text):
                    section, current = "salinan", None
                    salinan = {"frasa": _norm(text[: len(text) - len(m["rest"])]), "_unit": []}
                    self.map["salinan"] = line.loc
                    if m["rest"].strip():
                        salinan["_unit"].append(m["rest"])
                    continue
                if m := _TEMBUSAN.match(text):
                    section, current = "tembusan", None
                    if m["rest"].strip():
                        tembusan.append(_norm(m["rest"]))
                    continue
                if section == "penetapan":
                    self._signature_line(penetapan, salinan, text, line)
                    continue
                if section == "salinan":
                    self._salinan_line(salinan, penetapan, text, line)
                    continue
                if section == "tembusan":
                    item = _ITEM.match(text)
                    if item or not tembusan:
                        tembusan.append(_norm(item["rest"] if item else text))
                        self.map[f"tembusan[{len(tembusan) - 1}]"] = line.loc
                    else:
                        tembusan[-1] = _join(tembusan[-1], text)
                    continue
                if section == "menetapkan":
                    menetapkan = _join(menetapkan, text)
                    continue
                if section == "diktum" and current is not None:
                    entry = current.diktum_entry  # type: ignore[attr-defined]
                    self._diktum_text(current, entry, text, line.loc)
                    continue
                if current is not None:
                    self._list_line(current, text, line.loc)
                    continue
                self.keep(line, text)
        body.update(
            menimbang=menimbang,
            mengingat=[self._dasar_hukum(b, i) for i, b in enumerate(mengingat)],
            memperhatikan=[self._memperhatikan(b) for b in memperhatikan],
            menetapkan=menetapkan or None,
            diktum=diktum,
            **dict(zip(("penetapan", "salinan"), self._finish_signatures(penetapan, salinan, "penetapan", "salinan"))),
            tembusan=tembusan,
        )
        return body

    def _take_layout_table(self) -> list[_L]:
        """A table in layout text from the cursor on, as rows with cells."""
        start = self.pos
        while (line := self.peek()) is not None:
            text = line.text
            if not line.blank and (
                _TEMPAT_TANGGAL.match(text)
                or _DITETAPKAN.match(text)
                or _SALINAN.match(text)
                or (_LAMPIRAN.match(text) and line.page_start)
                or (_is_caps(text) and text.endswith(",") and "\t" not in text)
            ):
                break
            self.pos += 1
        region = self.lines[start : self.pos]
        layout = [line.layout or line.text for line in region]

        def is_header(raw: str) -> bool:
            return self._header_kind_of(re.split(r"\s{2,}", raw.strip())) is not None

        page_starts = [i for i, line in enumerate(region) if i and line.loc.halaman != region[i - 1].loc.halaman]
        return [
            replace(region[index], text="\t".join(cells), cells=tuple(cells))
            for index, cells in table_rows(layout, is_header, page_starts)
        ]

    def _take_rows(self) -> list[_L]:
        """The table rows from the cursor on (blank lines between rows allowed)."""
        rows: list[_L] = []
        while (line := self.peek()) is not None and (line.cells is not None or line.blank):
            if line.cells is not None:
                rows.append(line)
            self.pos += 1
        return rows

    def _list_line(self, builder: _ListBuilder, text: str, loc: Lokasi) -> None:
        if m := _ITEM.match(text):
            builder.add(m["label"], _norm(m["rest"]), loc)
        elif not builder.continue_last(text):
            builder.add(None, text, loc)

    def _diktum_text(self, builder: _ListBuilder, entry: dict[str, Any], text: str, loc: Lokasi) -> None:
        m = _ITEM.match(text)
        if m and entry["teks"]:
            builder.add(m["label"], _norm(m["rest"]), loc)
        elif builder.stack:
            builder.continue_last(text)
        else:
            entry["teks"] = _join(entry["teks"], text)

    @staticmethod
    def _flatten(butir: Butir) -> str:
        text = butir.teks
        for child in butir.rincian:
            text = _join(text, " ".join(filter(None, [child.label, _Parser._flatten(child)])))
        return text

    def _dasar_hukum(self, butir: Butir, index: int) -> DasarHukum:
        teks = self._flatten(butir)
        peraturan, perubahan = parse_dasar_hukum(teks)
        return DasarHukum(label=butir.label, teks=teks, peraturan=peraturan, perubahan=perubahan)

    def _memperhatikan(self, butir: Butir) -> ButirMemperhatikan:
        teks = self._flatten(butir)
        return ButirMemperhatikan(label=butir.label, teks=teks, dokumen=parse_dokumen(teks))

    # -- signatures
    # A signature block is gathered line by line and split when it is complete,
    # because only then is it known which line is the name: after "ttd.", else
    # after the title's closing comma, else the last line.
    def _signature_line(self, block: dict[str, Any] | None, _other: Any, text: str, line: _L) -> None:
        assert block is not None
        if m := _PADA_TANGGAL.match(text):
            block["tanggal"] = _date_or_none(m["tanggal"].lstrip(":"))
            return
        block.setdefault("_lines", []).append((text, line.loc))

    _salinan_line = _signature_line

    @staticmethod
    def _split_block(lines: list[tuple[str, Lokasi]]) -> dict[str, Any]:
        """Title lines, the signature mark, the name and the NIP of a signature block."""
        result: dict[str, Any] = {"title": [], "name": None, "name_loc": None, "nip": None, "mark": None, "rest": []}
        texts = []
        for text, loc in lines:
            if m := _NIP.match(text):
                result["nip"] = _norm(m["nip"])
            elif _TTD.match(text) and result["mark"] is None:
                result["mark"] = text
                texts.append(("\0mark", loc))
            else:
                texts.append((text, loc))
        marks = [i for i, (t, _) in enumerate(texts) if t == "\0mark"]
        if marks:
            cut = marks[0]
            before, after = texts[:cut], texts[cut + 1 :]
        else:
            commas = [i for i, (t, _) in enumerate(texts) if t.endswith(",")]
            cut = commas[-1] + 1 if commas else max(len(texts) - 1, 0)
            before, after = texts[:cut], texts[cut:]
        result["title"] = [t for t, _ in before]
        if after:
            result["name"], result["name_loc"] = after[0]
            result["rest"] = after[1:]
        return result

    def _finish_signatures(
        self, penetapan: dict[str, Any] | None, salinan: dict[str, Any] | None, path: str, salinan_path: str
    ) -> tuple[Penetapan | None, Salinan | None]:
        sig = self._split_block(penetapan.get("_lines", [])) if penetapan is not None else None
        copy = self._split_block(salinan.get("_lines", [])) if salinan is not None else None
        if sig is not None and copy is not None and not sig["name"] and copy["name"] and _is_caps(copy["name"]):
            # A two-column page converted to text can put the signatory's name
            # after the copy block: it belongs to whoever has no name yet.
            sig["name"], sig["name_loc"] = copy["name"], copy["name_loc"]
            copy["name"] = None
        result_sig = result_copy = None
        if sig is not None:
            if sig["name_loc"] is not None:
                self.map[f"{path}.nama"] = sig["name_loc"]
            for text, loc in sig["rest"]:
                self.unparsed.append(TeksTakTerurai(teks=text, lokasi=loc))
            result_sig = Penetapan(
                tempat=penetapan.get("tempat"),
                tanggal=penetapan.get("tanggal"),
                jabatan=_norm(" ".join(sig["title"])),
                tanda_tangan=sig["mark"],
                nama=sig["name"] or "",
                nip=sig["nip"],
            )
        if copy is not None:
            unit: list[str] = []
            title = list(copy["title"])
            while title and _is_caps(title[0]) and not title[0].endswith(",") and len(title) > 1:
                unit.append(title.pop(0))
            for text, loc in copy["rest"]:
                self.unparsed.append(TeksTakTerurai(teks=text, lokasi=loc))
            result_copy = Salinan(
                frasa=salinan["frasa"],
                unit=_norm(" ".join(salinan.get("_unit", []) + unit)) or None,
                jabatan=_norm(" ".join(title)) or None,
                tanda_tangan=copy["mark"],
                nama=copy["name"],
                nip=copy["nip"],
            )
        return result_sig, result_copy

    # -- lampiran
    def _starts_lampiran(self, line: _L, text: str, *, seen_penetapan: bool) -> bool:
        if seen_penetapan and self._starts_unheaded_table(line):
            return True  # a table after the signature is an attachment, even unheaded
        m = _LAMPIRAN.match(text)
        if not m:
            return False
        word = text[:8]
        # "Lampiran II yang merupakan bagian …" is a diktum line that wrapped there, not a header
        numbered = bool(m["nomor"]) and not re.match(r"[a-z]", m["rest"])
        return word.isupper() or seen_penetapan or line.page_start or numbered

    def parse_lampiran_all(self) -> list[Any]:
        result: list[Any] = []
        while self.pos < len(self.lines):
            line = self.lines[self.pos]
            if line.blank:
                self.pos += 1
                continue
            texts = _row_as_text(line) if line.cells is not None else [line.text]
            if texts and _LAMPIRAN.match(texts[0]) or self._starts_unheaded_table(line):
                result.append(self.parse_lampiran(len(result)))
            else:
                self.keep(line)
                self.pos += 1
        return result

    def parse_lampiran(self, index: int) -> Any:
        path = f"lampiran[{index}]"
        first = self.lines[self.pos]
        self.map[path] = first.loc
        first_texts = _row_as_text(first) if first.cells is not None else [first.text]
        if not _LAMPIRAN.match(first_texts[0] if first_texts else ""):
            header_texts = [""]  # an attachment without a LAMPIRAN heading: its title or table starts it
        else:
            header_texts = _row_as_text(first) if first.cells is not None else [first.text]
            self.pos += 1
        m = _LAMPIRAN.match(header_texts[0])
        nomor = m["nomor"].upper() if m and m["nomor"] else None
        header: list[str] = ([m["rest"]] if m and m["rest"].strip() else []) + header_texts[1:]
        if not m:
            header = []
        # The header block: KEPUTUSAN …, NOMOR …, TANGGAL …, TENTANG …
        while m and (line := self.peek()) is not None:
            if line.blank:
                if self._last_header_field(header):
                    break  # a blank line after the fields ends the block
                self.pos += 1
                continue
            if line.cells is not None and not self._is_layout_row(line):
                break
            texts = _row_as_text(line) if line.cells is not None else [line.text]
            field_ = self._last_header_field(header)
            if field_ and not _HEADER_FIELD.match(texts[0]):
                if field_ != "TENTANG" or not self._continues_tentang(header, texts[0]):
                    break
            header.extend(texts)
            self.pos += 1
        kepala = self._lampiran_header(header)
        # Title: text lines before the first table row (or the closing signature).
        title: list[str] = []
        blocks: list[Any] = []
        rows: list[_L] = []
        penutup: dict[str, Any] | None = None
        salinan: dict[str, Any] | None = None
        section = "title"
        after_blank = False
        text_lines: list[_L] = []
        while (line := self.peek()) is not None:
            if line.blank:
                self.pos += 1
                after_blank = True
                if section == "title" and title:
                    section = "text"
                continue
            texts = _row_as_text(line) if line.cells is not None else [line.text]
            if texts and _LAMPIRAN.match(texts[0]) and (texts[0][:8].isupper() or line.page_start):
                break
            if self._is_copy_mark_before_lampiran(texts[0] if texts else ""):
                self.keep(line)
                self.pos += 1
                continue
            self.pos += 1
            new_paragraph, after_blank = after_blank or self.paragraph_per_line, False
            if line.cells is not None and section in ("title", "table", "text") and not self._is_layout_row(line):
                section = "table"
                rows.append(line)
                continue
            if line.layout is not None and section in ("title", "text") and self._header_kind_of(line.raw.split("\t")):
                section = "table"
                self.pos -= 1
                rows.extend(self._take_layout_table())
                continue
            text = texts[0] if texts else ""
            if section in ("title", "table", "text", "penutup") and (
                _TEMPAT_TANGGAL.match(text) or _DITETAPKAN.match(text)
            ):
                section = "penutup"
                penutup = penutup or {}
                mm = _TEMPAT_TANGGAL.match(text)
                if mm:
                    penutup["tempat"], penutup["tanggal"] = mm["tempat"], _date_or_none(mm["tanggal"])
                else:
                    penutup["tempat"] = _norm(_DITETAPKAN.match(text)["tempat"]) or None
                self.map[f"{path}.penandatanganan"] = line.loc
                continue
            if _SALINAN.match(text):
                section = "salinan"
                salinan = {"frasa": _norm(text), "_unit": []}
                self.map[f"{path}.salinan"] = line.loc
                continue
            if section == "penutup":
                self._signature_line(penutup, salinan, text, line)
                continue
            if section == "salinan":
                self._salinan_line(salinan, penutup, text, line)
                continue
            if section == "title" and not rows and _is_caps(text) and not _ITEM.match(text):
                title.append(text)
                continue
            # Text after a table: either the start of a closing signature without
            # place and date (jabatan, ttd., name) or free text.
            if self._looks_like_signature_start(text):
                section = "penutup"
                penutup = penutup or {}
                self.map[f"{path}.penandatanganan"] = line.loc
                self._signature_line(penutup, salinan, text, line)
                continue
            section = "text"
            text_lines.append(line)
            if blocks and not new_paragraph and not _ITEM.match(text):
                kind, previous, loc = blocks[-1]
                blocks[-1] = (kind, _join(previous, text), loc)
            else:
                blocks.append(("paragraf", text, line.loc))
        common: dict[str, Any] = {
            "nomor": nomor,
            "kepala": kepala,
            "judul": "\n".join(_norm(t) for t in title),
            **dict(
                zip(
                    ("penandatanganan", "salinan"),
                    self._finish_signatures(penutup, salinan, f"{path}.penandatanganan", f"{path}.salinan"),
                )
            ),
        }
        if not rows and (groups := self._members_from_list(f"{path}.kelompok", text_lines)):
            return LampiranSusunanTim(jenis="susunan_tim", kelompok=groups, **common)
        return self._lampiran_body(path, common, rows, blocks)

    def _starts_unheaded_table(self, line: _L) -> bool:
        """A data table's header row, or a capitalised title right above one."""
        if line.cells is not None:
            return self._header_kind(line) is not None
        if not _is_caps(line.text) or _LAMPIRAN.match(line.text):
            return False
        i = line.index + 1
        while i < len(self.lines) and self.lines[i].blank:
            i += 1
        return i < len(self.lines) and self._header_kind(self.lines[i]) is not None

    def _is_copy_mark_before_lampiran(self, text: str) -> bool:
        """A lone SALINAN printed above a LAMPIRAN header (the copy mark of that page)."""
        if _norm(text).strip("*").upper() != "SALINAN":
            return False
        i = self.pos + 1
        while i < len(self.lines) and self.lines[i].blank:
            i += 1
        return i < len(self.lines) and bool(_LAMPIRAN.match(self.lines[i].text))

    def _looks_like_signature_start(self, text: str) -> bool:
        """The signatory's title in capitals, ending with a comma within three lines
        (the cursor is on the line after ``text``), then "ttd." or a name."""
        if not _is_caps(text):
            return False
        ahead = [text] + [l.text for l in self.lines[self.pos : self.pos + 8] if not l.blank][:4]
        for i, candidate in enumerate(ahead[:3]):
            if not _is_caps(candidate) and i > 0:
                return False
            if candidate.endswith(","):
                following = ahead[i + 1] if i + 1 < len(ahead) else ""
                return bool(
                    _TTD.match(following) or following and (_is_caps(following) or self._PERSON.search(following))
                )
        return False

    @staticmethod
    def _is_layout_row(line: _L) -> bool:
        """A row of a borderless header table: "NOMOR | : | 42 TAHUN 2025"."""
        cells = [c for c in (line.cells or ()) if c.strip()]
        if len(cells) >= 2 and cells[1].strip() == ":":
            return True
        return bool(cells) and bool(re.match(r"^(LAMPIRAN|KEPUTUSAN|NOMOR|TENTANG|TANGGAL)\b", cells[0], re.IGNORECASE))

    @staticmethod
    def _last_header_field(header: list[str]) -> str | None:
        """NOMOR, TANGGAL or TENTANG: the last field the header block has begun."""
        last = None
        for text in header:
            if m := _HEADER_FIELD.match(text):
                last = m[1].upper()
        return last if last != "KEPUTUSAN" else None

    def _continues_tentang(self, header: list[str], text: str) -> bool:
        """In a document without blank lines, whether ``text`` still belongs to the
        header's TENTANG: it does while the words follow the decree's own title."""
        if not self.paragraph_per_line:
            return True
        joined = _norm(" ".join(header))
        m = re.search(r"\bTENTANG\b\s*:?\s*(.*)$", joined, re.IGNORECASE)
        if not m:
            return True
        main = _norm(self.data.get("_tentang", ""))
        so_far = _norm(f"{m[1]} {text}")
        if not main:
            return _is_caps(text) and len(m[1]) < 40
        return fuzz.ratio(so_far.upper(), main[: len(so_far)].upper()) >= 85

    def _lampiran_header(self, header: list[str]) -> KepalaLampiran | None:
        if not header:
            return None
        fields: dict[str, str] = {"keputusan": "", "nomor": "", "tentang": ""}
        key = "keputusan"
        tahun = None
        for raw in header:
            text = _norm(raw)
            if m := _NOMOR.match(text):
                key = "nomor"
                fields["nomor"] = _norm(m["nomor"]).lstrip(":").strip()
                tahun = m["tahun"]
                continue
            if m := _TENTANG.match(text):
                key = "tentang"
                fields["tentang"] = _join(fields["tentang"], m["rest"].lstrip(":").strip())
                continue
            if m := _TANGGAL_FIELD.match(text):
                key = "tanggal"
                continue
            if key == "tanggal":
                continue
            fields[key] = _join(fields[key], text)
        if not any(fields.values()):
            return None
        return KepalaLampiran(
            keputusan=fields["keputusan"].lstrip(":").strip(),
            nomor=fields["nomor"],
            tahun=int(tahun) if tahun else None,
            tentang=fields["tentang"],
        )

    # -- lampiran bodies
    _LIST_GROUP = re.compile(r"^(?P<label>[IVX]{1,4}\.|[A-H]\.)\s+(?P<name>[^:]{2,60}?)\s*(?::\s*(?P<value>.*))?$")
    _LIST_ROLE = re.compile(r"^(?P<role>[A-Z][A-Za-z /]{1,30}?)\s*:\s*(?P<value>.+)$")
    _PERSON = re.compile(r",|\b(?:Dr|Prof|Ir|drh|Drs|Hj?)\.|\b[A-Z]\.[A-Z][a-z]*\b|\bS\.\w+|\bM\.\w+|A\.Md")

    def _members_from_list(self, base: str, lines: list[_L]) -> list[KelompokTim]:
        """A team composition written as a list rather than a table:

            I.   Pengarah
                 Ketua     : Kepala Badan …
            III. Dewan Redaksi
                 Anggota   : 1. Dr. Ir. Adang Agustian, MP
                               Pusat Sosial Ekonomi …

        Groups are the Roman-numbered lines, roles stand before a colon, members
        are the values (numbered or not), and the lines under a person's name are
        their unit (jabatan).  Returns nothing unless the text has that shape.
        """
        groups: list[dict[str, Any]] = []
        member: dict[str, Any] | None = None
        role = ""
        for line in lines:
            text = line.text
            value = None
            if m := self._LIST_GROUP.match(text):
                groups.append({"label": m["label"], "nama": _norm(m["name"]), "anggota": []})  # no ZI area: a list
                role, value = _norm(m["name"]), m["value"]
            elif groups and (m := self._LIST_ROLE.match(text)):
                role, value = _norm(m["role"]), m["value"]
            elif groups and member is not None and not _ITEM.match(text):
                if member["_person"]:
                    member["jabatan"] = _join(member.get("jabatan") or "", text)
                else:
                    member["nama"] = _join(member["nama"], text)
                continue
            elif groups and (m := _ITEM.match(text)):
                value = text
            else:
                return []
            if value:
                nomor = None
                if m := _ITEM.match(value):
                    nomor, value = m["label"], m["rest"]
                member = {
                    "nomor": nomor,
                    "nama": _norm(value),
                    "kedudukan": role,
                    # A numbered entry is a person; otherwise a title (Gelar) says so.
                    "_person": nomor is not None or bool(self._PERSON.search(value)),
                    "_loc": line.loc,
                }
                groups[-1]["anggota"].append(member)
        if not groups or sum(len(g["anggota"]) for g in groups) < 2:
            return []
        result = []
        for g_index, group in enumerate(groups):
            members = []
            for a_index, item in enumerate(group["anggota"]):
                self.map[f"{base}[{g_index}].anggota[{a_index}]"] = item["_loc"]
                members.append(Anggota(**{k: v for k, v in item.items() if not k.startswith("_")}))
            result.append(KelompokTim(label=group["label"], nama=group["nama"], anggota=members))
        return result

    def _lampiran_body(self, path: str, common: dict[str, Any], rows: list[_L], blocks: list[Any]) -> Any:
        header_row = next((r for r in rows if self._header_kind(r)), None)
        kind = self._header_kind(header_row) if header_row else None
        if kind == "susunan_tim":
            lampiran = LampiranSusunanTim(
                jenis="susunan_tim",
                kelompok=self._members(
                    f"{path}.kelompok", rows, common["judul"] or (common["kepala"].tentang if common["kepala"] else "")
                ),
                **common,
            )
        elif kind == "rencana_aksi":
            lampiran = LampiranRencanaAksi(jenis="rencana_aksi", bagian=self._plan(path, rows), **common)
        else:
            isi: list[Any] = []
            if rows:
                isi.append(Tabel(jenis="tabel", baris=[list(r.cells or ()) for r in rows]))
                self.map[f"{path}.isi[0]"] = rows[0].loc
            for kind_, text, loc in blocks:
                isi.append(Paragraf(jenis="paragraf", teks=text))
                self.map[f"{path}.isi[{len(isi) - 1}]"] = loc
            return LampiranBebas(jenis="bebas", isi=isi, **common)
        for _, text, loc in blocks:
            self.unparsed.append(TeksTakTerurai(teks=text, lokasi=loc))
        return lampiran

    @staticmethod
    def _header_kind(row: _L | None) -> str | None:
        if row is None or row.cells is None:
            return None
        return _Parser._header_kind_of(row.cells)

    @staticmethod
    def _header_kind_of(cells: tuple[str, ...] | list[str]) -> str | None:
        upper = [_norm(c).upper().rstrip(".") for c in cells]
        if any(c == "NAMA" or c.startswith("NAMA ") for c in upper):
            return "susunan_tim"
        if any(c in ("KOMPONEN", "LANGKAH AKSI", "INDIKATOR", "PROSES", "KEGIATAN") for c in upper) and any(
            "WAKTU" in c or "TARGET" in c for c in upper
        ):
            return "rencana_aksi"
        return None

    @staticmethod
    def _columns(header: tuple[str, ...]) -> dict[int, str]:
        columns: dict[int, str] = {}
        for i, cell in enumerate(header):
            name = _norm(cell).upper().rstrip(".")
            if name in ("NO", "NOMOR"):
                columns[i] = "nomor"
            elif name == "NAMA" or name.startswith("NAMA ") and "nama" not in columns.values():
                columns[i] = "nama"
            elif (
                name.startswith("KEDUDUKAN")
                or "DALAM TIM" in name
                or "DALAM SATLAK" in name
                or re.match(r"JABATAN (DALAM|DI) ", name)
            ):
                columns[i] = "kedudukan"
            elif name.startswith("JABATAN"):
                columns[i] = "jabatan"
            elif name.startswith("NIP"):
                columns[i] = "nip"
            elif name.startswith("PANGKAT") or name.startswith("GOL"):
                columns[i] = "pangkat_golongan"
            else:
                columns[i] = "kolom_lain:" + _norm(cell)
        return columns

    def _members(self, path: str, rows: list[_L], default_group: str) -> list[KelompokTim]:
        groups: list[dict[str, Any]] = []
        columns: dict[int, str] = {}
        header: tuple[str, ...] | None = None
        for row in rows:
            cells = tuple(_norm(c) for c in (row.cells or ()))
            if self._header_kind(row) == "susunan_tim":
                if header is None:
                    header, columns = cells, self._columns(cells)
                continue  # a header repeated on the next page
            if all(re.fullmatch(r"\(?\d+\)?", c) for c in cells if c) and len([c for c in cells if c]) > 2:
                continue  # the column-number row 1 2 3 4
            filled = [c for c in cells if c]
            if not filled:
                continue
            values = {columns.get(i, f"kolom_lain:{i + 1}"): c for i, c in enumerate(cells)}
            nama = values.get("nama", "")
            # A group row: no name in the NAMA column, a single filled cell, or a
            # bold or merged row with just a label and a name ("1." | "PENGARAH").
            merged = header is not None and len(cells) < len(header)
            # In layout text a long group name may spill into the next column; a row
            # whose cells after the marker are all capitals and has no team position
            # is a group too.
            spilled = (
                _GROUP_LABEL.match(filled[0] + " x") is not None
                and all(_is_caps(c) for c in filled[1:])
                and not values.get("kedudukan")
            )
            is_group = not nama or len(filled) == 1 or (len(filled) <= 2 and (merged or row.bold)) or spilled
            if is_group:
                label, name = None, _norm(" ".join(filled))
                if m := _GROUP_LABEL.match(name):
                    label, name = m["label"], _norm(m["nama"])
                groups.append({"label": label, "nama": name, "area": area_dari_nama(name), "anggota": []})
                self.map[f"{path}[{len(groups) - 1}]"] = row.loc
                continue
            if not groups:
                groups.append(
                    {"label": None, "nama": _norm(default_group.replace("\n", " ")) or "ANGGOTA", "anggota": []}
                )
            anggota: dict[str, Any] = {"kolom_lain": {}}
            for key, value in values.items():
                if not value:
                    continue
                if key.startswith("kolom_lain:"):
                    anggota["kolom_lain"][key.split(":", 1)[1]] = value
                else:
                    anggota[key] = value
            if not anggota.get("nama"):
                self.keep(row)
                continue
            members = groups[-1]["anggota"]
            members.append(Anggota(**anggota))
            self.map[f"{path}[{len(groups) - 1}].anggota[{len(members) - 1}]"] = row.loc
        return [KelompokTim(**g) for g in groups]

    _PLAN_FIELDS = ("nomor", "komponen", "indikator", "langkah_aksi", "bukti_fisik", "target_waktu", "target_capaian")
    _PLAN_HEADERS = (
        ("nomor", ("NO", "NOMOR")),
        ("komponen", ("KOMPONEN", "PROSES", "AREA", "SUB KOMPONEN")),
        ("indikator", ("INDIKATOR",)),
        ("langkah_aksi", ("LANGKAH AKSI", "KEGIATAN", "RENCANA AKSI", "RENCANA KEGIATAN")),
        ("bukti_fisik", ("BUKTI FISIK", "BUKTI", "OUTPUT", "DATA DUKUNG")),
        ("target_waktu", ("TARGET WAKTU", "KURUN WAKTU", "WAKTU", "JADWAL")),
        ("target_capaian", ("TARGET CAPAIAN", "TARGET", "CAPAIAN", "KETERANGAN")),
    )

    def _plan_columns(self, header: tuple[str, ...] | None) -> list[str]:
        """Column index → row field, from the header's words; the standard seven
        columns in order where the header says nothing."""
        if header is None:
            return list(self._PLAN_FIELDS)
        fields: list[str | None] = []
        for cell in header:
            name = _norm(cell.replace(":", " ")).upper().rstrip(".")
            found = None
            for field_, words in self._PLAN_HEADERS:
                if field_ not in fields and any(
                    name == w or name.startswith(w + " ") or name.endswith(" " + w) for w in words
                ):
                    found = field_
                    break
            fields.append(found)
        remaining = [f for f in self._PLAN_FIELDS if f not in fields]
        return [f if f is not None else (remaining.pop(0) if remaining else "") for f in fields]

    def _plan(self, path: str, rows: list[_L]) -> list[BagianRencanaAksi]:
        sections: list[dict[str, Any]] = []
        pending_title: str | None = None
        columns = self._plan_columns(None)
        seen_header = False
        for row in rows:
            cells = [_norm(c) for c in (row.cells or ())]
            if self._header_kind(row) == "rencana_aksi":
                if not seen_header:
                    columns, seen_header = self._plan_columns(tuple(cells)), True
                continue
            filled = [c for c in cells if c]
            if not filled:
                continue
            if all(re.fullmatch(r"\(?\d+\)?", c) for c in filled) and len(filled) >= 5:
                continue  # the column-number row 1 … 7
            if _ROMAN.match(cells[0]):
                parts = [c for c in cells[1:] if c]
                if row.layout is not None:
                    # In layout text the title of a merged section cell runs across
                    # the column cuts: all of it is the title.
                    parts = [" ".join(parts)] if parts else []
                for extra in parts[1:]:  # other cells of a section row are kept
                    self.unparsed.append(TeksTakTerurai(teks=extra, lokasi=row.loc))
                title = (parts[0] if parts else "") or pending_title or ""
                pending_title = None
                sections.append(
                    {"nomor": cells[0].rstrip("."), "judul": title, "area": area_dari_nama(title), "baris": []}
                )
                self.map[f"{path}.bagian[{len(sections) - 1}]"] = row.loc
                continue
            if len(filled) == 1 and not _NUMBER_CELL.match(filled[0]) and len(cells) >= 5 and not cells[0]:
                # A lone title row: when the next row is a bare Roman numeral, the
                # page break split the section row in two.
                nxt = rows[rows.index(row) + 1] if rows.index(row) + 1 < len(rows) else None
                if (
                    nxt is not None
                    and nxt.cells
                    and _ROMAN.match(_norm(nxt.cells[0]))
                    and len([c for c in nxt.cells if c.strip()]) == 1
                ):
                    pending_title = filled[0]
                    continue
            if len(filled) == 1 and cells and cells[0] == filled[0] and not _NUMBER_CELL.match(filled[0]):
                nxt_index = rows.index(row) + 1
                nxt = rows[nxt_index] if nxt_index < len(rows) else None
                if (
                    nxt is not None
                    and nxt.cells
                    and _ROMAN.match(_norm(nxt.cells[0]))
                    and len([c for c in nxt.cells if c.strip()]) == 1
                ):
                    pending_title = filled[0]
                    continue
            if not sections:
                sections.append({"nomor": "", "judul": "", "baris": []})
            if len(cells) > len(columns) and (not cells[1] or _NUMBER_CELL.match(cells[1])):
                # An extra column after NO (empty, or a stray number): the row's
                # text is in the columns after it.  The stray value is kept.
                if cells[1]:
                    self.unparsed.append(TeksTakTerurai(teks=cells[1], lokasi=row.loc))
                cells = cells[:1] + cells[2:]
            values: dict[str, Any] = {}
            for name, value in zip(columns, cells):
                if value and name:
                    values[name] = value
            for extra in cells[len(columns) :]:
                if extra:
                    self.unparsed.append(TeksTakTerurai(teks=extra, lokasi=row.loc))
            baris = sections[-1]["baris"]
            baris.append(BarisRencanaAksi(**values))
            self.map[f"{path}.bagian[{len(sections) - 1}].baris[{len(baris) - 1}]"] = row.loc
        return [BagianRencanaAksi(**s) for s in sections]


def parse_lines(lines: list[Line], *, paragraph_per_line: bool = False) -> ParseResult:
    """Build the decree from lines.

    ``paragraph_per_line`` is true for DOCX, where every line is a paragraph of its
    own; text and PDF separate paragraphs with blank lines instead.
    """
    parser = _Parser(lines, paragraph_per_line=paragraph_per_line)
    return parser.parse()
