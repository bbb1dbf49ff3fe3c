"""The heading: copy mark, letterhead, KEPUTUSAN + issuer, NOMOR … TAHUN …, TENTANG, the
opening formula and the issuer's title (jabatan pembentuk), up to Menimbang."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...grammar import (
    ANNOTATION,
    COPY_PREFIX,
    DIKTUM,
    JENIS,
    KEYWORD,
    LAMPIRAN,
    MEMUTUSKAN,
    NOMOR,
    OFFICIALS,
    PEMBUKAAN,
    SOURCE_NOTE_PREFIX,
    TAHUN,
    TENTANG,
    is_copy_mark,
    norm,
    tidy_nomor,
)
from ...model import Lokasi
from .cursor import Cursor, LogicalLine, first_text
from .text import is_caps, join


@dataclass
class Heading:
    """What the heading holds, before it becomes the model's ``Kepala``."""

    kop: list[str] = field(default_factory=list)
    tanda_salinan: bool = False
    jenis: str = "KEPUTUSAN"
    pejabat: str | None = None
    instansi: str = ""
    nomor: str = ""
    tahun: int | None = None
    tentang: str = ""
    jabatan_pembentuk: str = ""
    pembukaan: str | None = None

    def kepala(self) -> dict[str, object]:
        return {
            "kop": self.kop,
            "tanda_salinan": self.tanda_salinan,
            "jenis": self.jenis,
            "pejabat": self.pejabat,
            "instansi": self.instansi,
            "nomor": self.nomor,
            "tahun": self.tahun,
            "tentang": self.tentang,
        }


def parse_heading(cur: Cursor) -> Heading:
    heading = Heading()
    heading_loc: Lokasi | None = None
    issuer = ""
    found = False
    while cur.pos < len(cur.lines):
        line = cur.lines[cur.pos]
        cur.pos += 1
        if line.blank:
            continue
        text = first_text(line)
        match = JENIS.match(text)
        if match and is_caps(match["jenis"]):
            jenis = norm(match["jenis"])
            if jenis.startswith(COPY_PREFIX):
                heading.tanda_salinan, jenis = True, jenis[len(COPY_PREFIX) :]
            heading.jenis = jenis
            issuer = match["rest"]
            heading_loc = line.loc
            found = True
            break
        if is_copy_mark(text):
            heading.tanda_salinan = True
        elif LAMPIRAN.match(text) and is_caps(text[:8]):
            cur.pos -= 1  # a Lampiran page alone: no heading to read
            return heading
        elif KEYWORD.match(text) or DIKTUM.match(text):
            cur.pos -= 1  # a draft without a heading: read the rest all the same
            found = True
            break
        elif ANNOTATION.match(text) or text.startswith(SOURCE_NOTE_PREFIX):
            cur.keep(line)
        else:
            heading.kop.append(norm(text))
            # Each kop line where it stands: a finding in the kop names its own line.
            cur.source_map[f"kepala.kop[{len(heading.kop) - 1}]"] = line.loc
    if not found:
        # No heading anywhere: what was taken for a letterhead is the whole text,
        # which the body and the Lampiran reader (or tidak_terurai) get instead.
        cur.pos, heading.kop, heading.tanda_salinan = 0, [], False
        for key in [key for key in cur.source_map if key.startswith("kepala.kop[")]:
            del cur.source_map[key]
        return heading
    tahun: str | None = None
    # Issuer lines continue until NOMOR.
    while (line := cur.peek()) is not None:
        text = first_text(line)
        if match := NOMOR.match(text):
            heading.nomor, tahun = tidy_nomor(norm(match["nomor"]).lstrip(":").strip()), match["tahun"]
            cur.pos += 1
            break
        if TENTANG.match(text) or KEYWORD.match(text) or (line.blank and issuer and _next_is_nomor(cur)):
            if line.blank:
                cur.pos += 1
                continue
            break
        if not line.blank:
            issuer = join(issuer, text)
        cur.pos += 1
    # TAHUN may stand on its own line.
    cur.skip_blank()
    if (line := cur.peek()) is not None and (m := TAHUN.match(line.text)):
        tahun = m[1]
        cur.pos += 1
    cur.skip_blank()
    tentang_first = ""
    if (line := cur.peek()) is not None and (m := TENTANG.match(line.text.replace("\t", " "))):
        tentang_first = m["rest"]
        cur.source_map["kepala.tentang"] = line.loc
        cur.pos += 1
    # Title, then the issuer's title (jabatan pembentuk), until Menimbang.
    collected: list[LogicalLine] = []
    while (line := cur.peek()) is not None:
        text = first_text(line)
        if KEYWORD.match(text) or DIKTUM.match(text) or MEMUTUSKAN.match(text):
            break
        if PEMBUKAAN.match(norm(text)):
            heading.pembukaan = norm(text)
            cur.source_map["pembukaan"] = line.loc
            cur.pos += 1
            continue
        collected.append(line)
        cur.pos += 1
    title_lines, pembentuk_lines = _split_title(collected, cur.paragraph_per_line)
    heading.tentang = norm(" ".join([tentang_first] + [line.text for line in title_lines]))
    heading.jabatan_pembentuk = norm(" ".join(line.text for line in pembentuk_lines))
    heading.instansi = norm(issuer)
    if m := OFFICIALS.match(heading.instansi):
        heading.pejabat, heading.instansi = norm(m["pejabat"]), norm(m["instansi"])
    heading.tahun = int(tahun) if tahun else None
    if heading_loc:
        cur.source_map["kepala"] = heading_loc
        cur.source_map["kepala.instansi"] = heading_loc
    if pembentuk_lines:
        cur.source_map["jabatan_pembentuk"] = pembentuk_lines[0].loc
    cur.tentang = heading.tentang
    return heading


def _next_is_nomor(cur: Cursor) -> bool:
    nxt = cur.peek(1)
    return nxt is not None and bool(NOMOR.match(nxt.text))


def _split_title(collected: list[LogicalLine], paragraph_per_line: bool) -> tuple[list[LogicalLine], list[LogicalLine]]:
    """The title and the issuer's title: the last paragraph is the issuer's."""
    paragraphs: list[list[LogicalLine]] = [[]]
    for line in collected:
        if line.blank:
            if paragraphs[-1]:
                paragraphs.append([])
        elif paragraph_per_line:
            paragraphs.append([line])
        else:
            paragraphs[-1].append(line)
    paragraphs = [p for p in paragraphs if p]
    if not paragraphs:
        return [], []
    if len(paragraphs) >= 2:
        return [line for p in paragraphs[:-1] for line in p], paragraphs[-1]
    only = paragraphs[0]
    comma = [i for i, line in enumerate(only) if line.text.endswith(",")]
    if not comma:
        # An issuer's title without its comma still starts with the official
        # ("KEPALA BALAI …"); otherwise none is printed and all is the title.
        if len(only) > 1 and OFFICIALS.match(norm(only[-1].text)):
            return only[:-1], only[-1:]
        return only, []
    return only[: comma[-1]], only[comma[-1] :]
