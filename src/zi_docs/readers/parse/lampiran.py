"""The attachments: LAMPIRAN header block, title, tables (team, plan, other), text and signature."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from rapidfuzz import fuzz

from ...grammar import (
    COLUMN_NUMBER,
    DITETAPKAN,
    HEADER_FIELD,
    HEADER_ROW_FIELD,
    ITEM,
    LABEL_SEPARATOR,
    LAMPIRAN,
    NOMOR,
    PERSON,
    PLAN,
    SALINAN,
    TANGGAL,
    TEAM,
    TEMPAT_TANGGAL,
    TENTANG,
    TENTANG_IN_TEXT,
    TITLE_COMMA,
    TTD,
    is_copy_mark,
    is_header_row,
    norm,
    tidy_nomor,
)
from ...model import KepalaLampiran, LampiranBebas, LampiranRencanaAksi, LampiranSusunanTim, Lokasi, Paragraf, Tabel
from .complete import foreign_page_at
from .cursor import Cursor, LogicalLine, texts_of
from .members import members, members_from_list
from .plan import plan
from .signature import SignatureDraft, Signatures, is_scribble
from .tables import header_kind, layout_header, take_layout_table
from .text import date_or_none, is_caps, join

Lampiran = LampiranSusunanTim | LampiranRencanaAksi | LampiranBebas


def starts_lampiran(cur: Cursor, line: LogicalLine, text: str, *, seen_penetapan: bool) -> bool:
    """Whether ``line`` (read as ``text``) ends the body and starts the first attachment."""
    if seen_penetapan and starts_unheaded_table(cur, line):
        return True  # a table after the signature is an attachment, even unheaded
    m = LAMPIRAN.match(text)
    if not m:
        return False
    word = text[:8]
    # "Lampiran II yang merupakan bagian …" is a diktum line that wrapped there, not a header.
    numbered = bool(m["nomor"]) and not m["rest"][:1].islower()
    return word.isupper() or seen_penetapan or line.page_start or numbered


def starts_unheaded_table(cur: Cursor, line: LogicalLine, *, any_table: bool = False) -> bool:
    """A data table's header row, or a capitalised title right above one; with
    ``any_table``, the header row of any table (after a signature, a table is an attachment)."""

    def is_header(row: LogicalLine) -> bool:
        if row.cells is None:
            return False
        return header_kind(row) is not None or (any_table and is_header_row(row.cells))

    if line.cells is not None:
        return is_header(line)
    if not is_caps(line.text) or LAMPIRAN.match(line.text):
        return False
    following = cur.next_filled(line.index + 1)
    if following is not None and following.cells is None and is_caps(following.text):
        following = cur.next_filled(following.index + 1)  # a title of two lines
    return following is not None and is_header(following)


def skip_copy_mark(cur: Cursor, line: LogicalLine, texts: list[str]) -> bool:
    """Keep and pass a lone SALINAN printed above a LAMPIRAN header (the copy mark of
    that page); the cursor is on ``line``, read as ``texts``."""
    if not is_copy_mark(texts[0] if texts else ""):
        return False
    following = cur.next_filled(cur.pos + 1)
    if following is None or not LAMPIRAN.match(following.text):
        return False
    cur.keep(line)
    cur.pos += 1
    return True


def parse_lampiran_all(cur: Cursor) -> list[Lampiran]:
    result: list[Lampiran] = []
    while cur.pos < len(cur.lines) and cur.foreign is None:
        line = cur.lines[cur.pos]
        if line.blank:
            cur.pos += 1
            continue
        if (result or cur.source_map.get("penetapan")) and (foreign := foreign_page_at(cur, line)):
            cur.foreign = foreign
            break
        texts = texts_of(line)
        if texts and LAMPIRAN.match(texts[0]) or starts_unheaded_table(cur, line, any_table=True):
            result.append(_parse_lampiran(cur, len(result)))
        else:
            cur.keep(line)
            cur.pos += 1
    return result


@dataclass
class _Block:
    """A paragraph of free text in an attachment."""

    text: str
    loc: Lokasi


Part = Literal["title", "table", "text", "penetapan", "salinan"]
"""The part of an attachment being read: title → table / text → penetapan (its closing signature) / salinan."""


@dataclass
class _Attachment:
    """What an attachment holds while it is read."""

    title: list[str] = field(default_factory=list)
    blocks: list[_Block] = field(default_factory=list)
    rows: list[LogicalLine] = field(default_factory=list)
    text_lines: list[LogicalLine] = field(default_factory=list)
    signatures: Signatures = field(default_factory=Signatures)
    section: Part = "title"


def _parse_lampiran(cur: Cursor, index: int) -> Lampiran:
    path = f"lampiran[{index}]"
    first = cur.lines[cur.pos]
    cur.source_map[path] = first.loc
    first_texts = texts_of(first)
    if not LAMPIRAN.match(first_texts[0] if first_texts else ""):
        header_texts = [""]  # an attachment without a LAMPIRAN heading: its title or table starts it
    else:
        header_texts = texts_of(first)
        cur.lampiran_headings += 1
        cur.pos += 1
    m = LAMPIRAN.match(header_texts[0])
    nomor = m["nomor"].upper() if m and m["nomor"] else None
    header: list[str] = ([m["rest"]] if m and m["rest"].strip() else []) + header_texts[1:]
    if not m:
        header = []
    # The header block: KEPUTUSAN …, NOMOR …, TANGGAL …, TENTANG …
    while m and (line := cur.peek()) is not None:
        if line.blank:
            if _last_header_field(header):
                break  # a blank line after the fields ends the block
            cur.pos += 1
            continue
        if line.cells is not None and not _is_layout_row(line):
            break
        texts = texts_of(line)
        field_ = _last_header_field(header)
        if (
            field_
            and not HEADER_FIELD.match(texts[0])
            and (field_ != TENTANG.printed or not _continues_tentang(cur, header, texts[0]))
        ):
            break
        header.extend(texts)
        cur.pos += 1
    kepala = _lampiran_header(header)
    part = _read_parts(cur, path)
    common: dict[str, Any] = {
        "nomor": nomor,
        "kepala": kepala,
        "judul": "\n".join(norm(t) for t in part.title),
        **dict(
            zip(
                ("penandatanganan", "salinan"),
                part.signatures.finish(cur, f"{path}.penandatanganan"),
            )
        ),
    }
    if not part.rows and (groups := members_from_list(cur, f"{path}.kelompok", part.text_lines)):
        return LampiranSusunanTim(jenis="susunan_tim", kelompok=groups, **common)
    return _lampiran_body(cur, path, common, part.rows, part.blocks)


def _read_parts(cur: Cursor, path: str) -> _Attachment:
    """Title (text lines before the first table row or the closing signature), tables,
    free text and the closing signature, up to the next LAMPIRAN."""
    part = _Attachment()
    after_blank = False
    while (line := cur.peek()) is not None:
        if line.blank:
            cur.pos += 1
            after_blank = True
            if part.section == "title" and part.title:
                part.section = "text"
            continue
        texts = texts_of(line)
        if texts and LAMPIRAN.match(texts[0]) and (texts[0][:8].isupper() or line.page_start):
            break
        if foreign := foreign_page_at(cur, line):
            cur.foreign = foreign
            break
        if skip_copy_mark(cur, line, texts):
            continue
        if part.section in ("penetapan", "salinan") and starts_unheaded_table(cur, line, any_table=True):
            break  # a table after the closing signature: the next attachment
        cur.pos += 1
        new_paragraph, after_blank = after_blank or cur.paragraph_per_line, False
        if line.cells is not None and part.section in ("title", "table", "text") and not _is_layout_row(line):
            part.section = "table"
            part.rows.append(line)
            continue
        if part.section in ("title", "text") and layout_header(cur, line):
            part.section = "table"
            cur.pos -= 1
            part.rows.extend(take_layout_table(cur))
            continue
        text = texts[0] if texts else ""
        if part.section in ("title", "table", "text", "penetapan") and (
            TEMPAT_TANGGAL.match(text) or DITETAPKAN.match(text)
        ):
            part.section = "penetapan"
            block = part.signatures.penetapan = part.signatures.penetapan or SignatureDraft()
            cur.printed.setdefault(f"{path}.penandatanganan.tanggal", text)
            if mm := TEMPAT_TANGGAL.match(text):
                block.tempat, block.tanggal = mm["tempat"], date_or_none(mm["tanggal"])
            elif md := DITETAPKAN.match(text):
                block.place(md["tempat"], md["tanggal"])
            cur.source_map[f"{path}.penandatanganan"] = line.loc
            continue
        if SALINAN.match(text):
            part.section = "salinan"
            part.signatures.salinan = SignatureDraft(frasa=norm(text))
            cur.source_map[f"{path}.salinan"] = line.loc
            continue
        if part.signatures.add(part.section, text, line.loc):
            continue
        if part.section == "title" and not part.rows and is_caps(text) and not ITEM.match(text):
            part.title.append(text)
            continue
        # Text after a table: either the start of a closing signature without
        # place and date (jabatan, ttd., name) or free text.
        if _looks_like_signature_start(cur, text):
            part.section = "penetapan"
            block = part.signatures.penetapan = part.signatures.penetapan or SignatureDraft()
            cur.source_map[f"{path}.penandatanganan"] = line.loc
            block.add(text, line.loc)
            continue
        part.section = "text"
        previous = part.text_lines[-1] if part.text_lines else None
        part.text_lines.append(line)
        if (
            part.blocks
            and not new_paragraph
            and not ITEM.match(text)
            and not _under_heading(part.blocks[-1], previous, line)
        ):
            part.blocks[-1].text = join(part.blocks[-1].text, text)
        else:
            part.blocks.append(_Block(text, line.loc))
    return part


def _under_heading(block: _Block, previous: LogicalLine | None, line: LogicalLine) -> bool:
    """Whether ``line`` starts the text under a numbered heading that stands alone on the
    line before ("2. Pendekatan dalam penyusunan SPM" / "Penyusunan SPM Politeknik …"):
    the heading has no closing punctuation, and the line's first word would have fitted
    after it, so the writer broke the line, not the layout.  Only layout text (PDF, text
    files) shows where a line ends."""
    if previous is None or previous.layout is None or line.layout is None or block.text != previous.text:
        return False
    if not ITEM.match(previous.text) or previous.text[-1:] in ".,;:!?-" or not line.text[:1].isupper():
        return False
    first_word = line.text.split(" ", 1)[0]
    return len(previous.layout.rstrip()) + 1 + len(first_word) < len(line.layout.rstrip())


def _looks_like_signature_start(cur: Cursor, text: str) -> bool:
    """The signatory's title in capitals, ending with a comma within three lines
    (the cursor is on the line after ``text``), then "ttd." or a name.  A line of
    scribble between them is the signature as OCR read it ("pra €4", :func:`.signature.is_scribble`)."""
    if not is_caps(text):
        return False
    ahead = [text] + [line.text for line in cur.lines[cur.pos : cur.pos + 8] if not line.blank][:5]
    for i, candidate in enumerate(ahead[:3]):
        if not is_caps(candidate) and i > 0:
            return False
        if TITLE_COMMA.search(candidate):
            rest = [t for t in ahead[i + 1 :] if not is_scribble(t)]
            following = rest[0] if rest else ""
            return bool(TTD.match(following) or following and (is_caps(following) or PERSON.search(following)))
    return False


def _is_layout_row(line: LogicalLine) -> bool:
    """A row of a borderless header table: "NOMOR | : | 42 TAHUN 2025"."""
    cells = [c for c in (line.cells or ()) if c.strip()]
    if len(cells) >= 2 and cells[1].strip() == LABEL_SEPARATOR:
        return True
    return bool(cells) and bool(HEADER_ROW_FIELD.match(cells[0]))


def _last_header_field(header: list[str]) -> str | None:
    """NOMOR, TANGGAL or TENTANG: the last field the header block has begun."""
    last = None
    for text in header:
        if m := HEADER_FIELD.match(text):
            last = m[1].upper()
    return last if last != "KEPUTUSAN" else None


def _continues_tentang(cur: Cursor, header: list[str], text: str) -> bool:
    """In a document without blank lines, whether ``text`` still belongs to the
    header's TENTANG: it does while the words follow the decree's own title."""
    if not cur.paragraph_per_line:
        return True
    joined = norm(" ".join(header))
    m = TENTANG_IN_TEXT.search(joined)
    if not m:
        return True
    main = norm(cur.tentang)
    so_far = norm(f"{m[1]} {text}")
    if not main:
        return is_caps(text) and len(m[1]) < 40
    return fuzz.ratio(so_far.upper(), main[: len(so_far)].upper()) >= 85


def _lampiran_header(header: list[str]) -> KepalaLampiran | None:
    if not header:
        return None
    fields: dict[str, str] = {"keputusan": "", "nomor": "", "tentang": ""}
    key = "keputusan"
    tahun = None
    for raw in header:
        text = norm(raw)
        if m := NOMOR.match(text):
            key = "nomor"
            fields["nomor"] = tidy_nomor(norm(m["nomor"]).lstrip(":").strip())
            tahun = m["tahun"]
            continue
        if m := TENTANG.match(text):
            key = "tentang"
            fields["tentang"] = join(fields["tentang"], m["rest"].lstrip(":").strip())
            continue
        if TANGGAL.match(text):
            key = "tanggal"
            continue
        if key == "tanggal":
            continue
        fields[key] = join(fields[key], text)
    if not any(fields.values()):
        return None
    return KepalaLampiran(
        keputusan=fields["keputusan"].lstrip(":").strip(),
        nomor=fields["nomor"],
        tahun=int(tahun) if tahun else None,
        tentang=fields["tentang"],
    )


def _header_rows(baris: list[list[str]]) -> int:
    """How many leading rows of a free table are its header: the header row and the
    column-number row under it ("(1) (2) (3)")."""
    if not baris or not is_header_row(baris[0]):
        return 0
    numbers = len(baris) > 1 and all(COLUMN_NUMBER.fullmatch(norm(c)) for c in baris[1] if norm(c))
    return 2 if numbers else 1


def _lampiran_body(
    cur: Cursor, path: str, common: dict[str, Any], rows: list[LogicalLine], blocks: list[_Block]
) -> Lampiran:
    header_row = next((r for r in rows if header_kind(r)), None)
    kind = header_kind(header_row) if header_row else None
    lampiran: Lampiran
    if kind == TEAM:
        default_group = common["judul"] or (common["kepala"].tentang if common["kepala"] else "")
        lampiran = LampiranSusunanTim(
            jenis="susunan_tim", kelompok=members(cur, f"{path}.kelompok", rows, default_group), **common
        )
    elif kind == PLAN:
        lampiran = LampiranRencanaAksi(jenis="rencana_aksi", bagian=plan(cur, path, rows), **common)
    else:
        isi: list[Any] = []
        if rows:
            baris = [list(r.cells or ()) for r in rows]
            isi.append(Tabel(jenis="tabel", baris=baris, baris_judul=_header_rows(baris)))
            cur.source_map[f"{path}.isi[0]"] = rows[0].loc
        for block in blocks:
            isi.append(Paragraf(jenis="paragraf", teks=block.text))
            cur.source_map[f"{path}.isi[{len(isi) - 1}]"] = block.loc
        return LampiranBebas(jenis="bebas", isi=isi, **common)
    for block in blocks:
        cur.keep_text(block.text, block.loc)
    return lampiran
