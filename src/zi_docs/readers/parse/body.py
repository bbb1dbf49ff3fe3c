"""The body: Menimbang, Mengingat, Memperhatikan, Menetapkan, MEMUTUSKAN, the diktum, then
the enactment, the certified copy and Tembusan, up to the first LAMPIRAN."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from ...grammar import (
    DIKTUM,
    DIKTUM_NO_COLON,
    DITETAPKAN,
    DIUNDANGKAN,
    ITEM,
    KEYWORD,
    KEYWORD_NO_COLON,
    LABEL_SEPARATOR,
    MEMPERHATIKAN,
    MEMUTUSKAN,
    MENETAPKAN,
    MENGINGAT,
    MENIMBANG,
    PADA_TANGGAL,
    PASAL,
    READ_KEYWORD,
    SALINAN,
    TEAM,
    TEMBUSAN,
    TEMPAT_TANGGAL,
    keyword_word,
    norm,
    repaired_item,
)
from ...model import Butir, ButirMemperhatikan, DasarHukum, KelompokTim, Lokasi, Penetapan, Salinan
from ..citations import parse_dasar_hukum, parse_dokumen
from .complete import foreign_page_at
from .cursor import Cursor, LogicalLine, texts_of
from .lampiran import skip_copy_mark, starts_lampiran
from .lists import ListBuilder, flatten
from .members import members
from .signature import SignatureDraft, Signatures
from .tables import header_kind, take_rows
from .text import date_or_none, join


@dataclass
class DiktumDraft:
    """A diktum while it is read: its label, its text, its items and the members it names."""

    label: str
    teks: str = ""
    rincian: list[Butir] = field(default_factory=list)
    kelompok: list[KelompokTim] | None = None

    def data(self) -> dict[str, Any]:
        values: dict[str, Any] = {"label": self.label, "teks": self.teks, "rincian": self.rincian}
        if self.kelompok is not None:
            values["kelompok"] = self.kelompok
        return values


@dataclass
class Body:
    """The parts of the body, typed; :meth:`data` gives the model's fields."""

    menimbang: list[Butir] = field(default_factory=list)
    mengingat: list[Butir] = field(default_factory=list)
    memperhatikan: list[Butir] = field(default_factory=list)
    menetapkan: str = ""
    diktum: list[DiktumDraft] = field(default_factory=list)
    penetapan: Penetapan | None = None
    salinan: Salinan | None = None
    tembusan: list[str] = field(default_factory=list)

    def data(self) -> dict[str, Any]:
        return {
            "menimbang": self.menimbang,
            "mengingat": [_dasar_hukum(b) for b in self.mengingat],
            "memperhatikan": [_memperhatikan(b) for b in self.memperhatikan],
            "menetapkan": self.menetapkan or None,
            "diktum": [d.data() for d in self.diktum],
            "penetapan": self.penetapan,
            "salinan": self.salinan,
            "tembusan": self.tembusan,
        }


Section = Literal[
    "",
    "menimbang",
    "mengingat",
    "memperhatikan",
    "menetapkan",
    "memutuskan",
    "diktum",
    "penetapan",
    "pengundangan",
    "salinan",
    "tembusan",
]
"""The part of the body being read ("" before the first keyword)."""
_LIST_SECTIONS: dict[str, Section] = {
    MENIMBANG.printed: "menimbang",
    MENGINGAT.printed: "mengingat",
    MEMPERHATIKAN.printed: "memperhatikan",
    READ_KEYWORD: "memperhatikan",
}


@dataclass
class _State:
    """Where the body's reading stands: the part being read and the list being built."""

    section: Section = ""
    current: ListBuilder | None = None
    diktum: DiktumDraft | None = None
    """The diktum ``current`` builds the items of, when the section is ``diktum``."""
    signatures: Signatures = field(default_factory=Signatures)
    unfilled: list[Butir] = field(default_factory=list)
    """Items read as a label alone ("a.", "b.", "1."), in order, whose texts are still to come:
    a text export that prints the label column before the text column."""
    waiting: list[Section] = field(default_factory=list)
    """Keywords printed one under the other before any item ("Menimbang / Mengingat", then
    "a. … b. … 1. … 2. …", as a two-column page gives them as text): the lists still to come."""


def parse_body(cur: Cursor) -> Body:
    body = Body()
    state = _State()
    while cur.pos < len(cur.lines):
        line = cur.lines[cur.pos]
        if line.blank:
            cur.pos += 1
            continue
        if line.cells is not None and header_kind(line) == TEAM:
            # A member table inside the body ("Mengangkat nama-nama di bawah ini").
            rows = take_rows(cur)
            if body.diktum:
                base = f"diktum[{len(body.diktum) - 1}].kelompok"
                body.diktum[-1].kelompok = members(cur, base, rows, body.diktum[-1].teks[:80])
            else:
                for row in rows:
                    cur.keep(row)
            continue
        if state.signatures.penetapan is not None and (foreign := foreign_page_at(cur, line)):
            cur.foreign = foreign
            break
        texts = texts_of(line)
        if starts_lampiran(cur, line, texts[0] if texts else "", seen_penetapan=state.signatures.penetapan is not None):
            break
        if skip_copy_mark(cur, line, texts):
            continue
        cur.pos += 1
        if (
            line.cells is None
            and not DIKTUM.match(line.text)
            and (m := DIKTUM_NO_COLON.match(line.raw))
            and not m["label"][0].islower()
        ):
            texts = [f"{m['label']} {LABEL_SEPARATOR} {m['rest']}"]
            cur.printed[f"diktum[{len(body.diktum)}]"] = line.raw  # printed without its colon
        elif line.cells is None and not KEYWORD.match(line.text) and (m := KEYWORD_NO_COLON.match(line.raw)):
            texts = [f"{m[1]} {LABEL_SEPARATOR} {norm(m[2])}"]
            cur.printed[keyword_word(m[1]).lower()] = line.raw  # printed without its colon
        for text in texts:
            if text:
                _body_text(cur, body, state, text, line)
    body.penetapan, body.salinan = state.signatures.finish(cur, "penetapan")
    return body


def _body_text(cur: Cursor, body: Body, state: _State, text: str, line: LogicalLine) -> None:
    """One text line of the body: a keyword or label starts a part, other text continues one."""
    if m := KEYWORD.match(text):
        word = keyword_word(m[1])
        rest = m[2].strip()
        cur.printed.setdefault(word.lower(), text)
        if word == MENETAPKAN.printed:
            state.section, state.current = "menetapkan", None
            body.menetapkan = join(body.menetapkan, rest)
            cur.source_map["menetapkan"] = line.loc
            return
        section = _LIST_SECTIONS[word]
        if not rest and state.current is not None and not _list_of(body, state.section) and section != state.section:
            state.waiting.append(section)  # stacked under the previous keyword, which has no item yet
            return
        _open_list(cur, body, state, section)
        if rest:
            assert state.current is not None
            state.current.line(rest, line.loc)
        return
    if MEMUTUSKAN.match(text):
        state.section, state.current = "memutuskan", None
        return
    pasal = PASAL.match(text)
    current = PASAL.match(state.diktum.label) if state.diktum is not None else None
    if pasal and not pasal["roman"] and current is not None and current["roman"]:
        pasal = None  # an amended article quoted inside Pasal I
    if (m := DIKTUM.match(text)) or (m := pasal):
        if state.signatures.penetapan is not None:
            cur.keep(line, text)  # after the signature (an explanation's "Pasal I  Cukup jelas.")
            return
        state.section = "diktum"
        entry = DiktumDraft(label=norm(m["label"]))
        body.diktum.append(entry)
        path = f"diktum[{len(body.diktum) - 1}]"
        cur.source_map[path] = line.loc
        cur.printed.setdefault(path, text)
        state.current = ListBuilder(entry.rincian, f"{path}.rincian", cur.source_map)
        state.diktum = entry
        rest = m.groupdict().get("rest") or ""
        if rest:
            _diktum_text(state.current, entry, rest, line.loc)
        return
    if (m := DITETAPKAN.match(text)) or TEMPAT_TANGGAL.match(text) and state.section in ("diktum", "penetapan"):
        state.section, state.current = "penetapan", None
        block = state.signatures.penetapan = state.signatures.penetapan or SignatureDraft()
        cur.source_map.setdefault("penetapan", line.loc)
        cur.printed.setdefault("penetapan.tempat", text)
        if m:
            if m["tanggal"] is not None:
                cur.printed.setdefault("penetapan.tanggal", text)
            block.place(m["tempat"], m["tanggal"])
        elif mm := TEMPAT_TANGGAL.match(text):
            cur.printed.setdefault("penetapan.tanggal", text)
            block.tempat, block.tanggal = mm["tempat"], date_or_none(mm["tanggal"])
        return
    if state.section == "penetapan" and state.signatures.penetapan is not None and (m := PADA_TANGGAL.match(text)):
        cur.printed.setdefault("penetapan.tanggal", text)
        state.signatures.penetapan.date(m["tanggal"])
        return
    if DIUNDANGKAN.match(text) and state.section == "penetapan":
        state.section = "pengundangan"
    if state.section == "pengundangan" and not SALINAN.match(text) and not TEMBUSAN.match(text):
        cur.keep(line, text)  # the promulgation has no place in the model: kept as it is
        return
    if m := SALINAN.match(text):
        state.section, state.current = "salinan", None
        copy = state.signatures.salinan = SignatureDraft(frasa=norm(text[: len(text) - len(m["rest"])]))
        cur.source_map["salinan"] = line.loc
        if m["rest"].strip():
            copy.unit.append(m["rest"])
        return
    if m := TEMBUSAN.match(text):
        state.section, state.current = "tembusan", None
        if m["rest"].strip():
            body.tembusan.append(norm(m["rest"]))
        return
    if state.signatures.add(state.section, text, line.loc):
        return
    if state.section == "tembusan":
        item = ITEM.match(text)
        if item or not body.tembusan:
            body.tembusan.append(norm(item["rest"] if item else text))
            cur.source_map[f"tembusan[{len(body.tembusan) - 1}]"] = line.loc
        else:
            body.tembusan[-1] = join(body.tembusan[-1], text)
        return
    if state.section == "menetapkan":
        body.menetapkan = join(body.menetapkan, text)
        return
    if state.section == "diktum" and state.current is not None and state.diktum is not None:
        _diktum_text(state.current, state.diktum, text, line.loc)
        return
    if state.current is not None:
        if state.waiting and _restarts_in_another_style(_list_of(body, state.section), text):
            _open_list(cur, body, state, state.waiting.pop(0))
            assert state.current is not None
        _list_line(state, state.current, text, line.loc)
        return
    cur.keep(line, text)


def _list_line(state: _State, builder: ListBuilder, text: str, loc: Lokasi) -> None:
    """A line of Menimbang, Mengingat or Memperhatikan; texts fill items read as labels alone, in turn."""
    if text.startswith(LABEL_SEPARATOR):
        text = text[len(LABEL_SEPARATOR) :].strip()  # the colon column, printed under the keyword: ": a."
    item = ITEM.match(text)
    last = builder.top[-1].label if builder.top else None
    repaired = repaired_item(text, int(last[:-1]) + 1) if item is None and last and last[:-1].isdigit() else None
    if repaired is not None:
        text, item = repaired, ITEM.match(repaired)
    if item is None and state.unfilled:
        target = state.unfilled[0]
        target.teks = join(target.teks, text)
        if target.teks.endswith((";", ".")):
            state.unfilled.pop(0)  # its text is complete: the next text is the next item's
        return
    builder.line(text, loc)
    if item is not None:
        if item["rest"].strip():
            state.unfilled.clear()
        elif builder.stack:
            state.unfilled.append(builder.stack[-1].item)


def _list_of(body: Body, section: Section) -> list[Butir]:
    lists = {"menimbang": body.menimbang, "mengingat": body.mengingat, "memperhatikan": body.memperhatikan}
    return lists.get(section, [])


def _open_list(cur: Cursor, body: Body, state: _State, section: Section) -> None:
    state.section = section
    state.current = ListBuilder(_list_of(body, section), section, cur.source_map)


def _restarts_in_another_style(items: list[Butir], text: str) -> bool:
    """``text`` is the first item ("1.") of a list numbered otherwise than ``items`` ("a. b. c.")."""
    m = ITEM.match(text)
    if not m or not items or m["label"][:-1] not in ("a", "1") or not items[0].label:
        return False
    return items[0].label[0].isalpha() != m["label"][0].isalpha()


def _diktum_text(builder: ListBuilder, entry: DiktumDraft, text: str, loc: Lokasi) -> None:
    m = ITEM.match(text)
    if m and entry.teks:
        builder.add(m["label"], norm(m["rest"]), loc)
    elif builder.stack:
        builder.continue_last(text)
    else:
        entry.teks = join(entry.teks, text)


def _dasar_hukum(butir: Butir) -> DasarHukum:
    teks = flatten(butir)
    peraturan, perubahan = parse_dasar_hukum(teks)
    return DasarHukum(label=butir.label, teks=teks, peraturan=peraturan, perubahan=perubahan)


def _memperhatikan(butir: Butir) -> ButirMemperhatikan:
    teks = flatten(butir)
    return ButirMemperhatikan(label=butir.label, teks=teks, dokumen=parse_dokumen(teks))
