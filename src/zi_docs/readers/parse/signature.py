"""Signature blocks: the enactment (Ditetapkan di … pada tanggal …, title, ttd., name, NIP)
and the certified copy (Salinan sesuai dengan aslinya, unit, title, ttd., name, NIP).

A block is gathered line by line and split when it is complete, because only then is it
known which line is the name: after "ttd.", else after the title's closing comma, else
the last line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ...grammar import NIP, PADA_TANGGAL, TITLE_COMMA, TTD, norm
from ...model import Lokasi, Penetapan, Salinan
from .cursor import Cursor
from .text import date_or_none, is_caps


@dataclass
class SignatureDraft:
    """A signature block while it is read."""

    tempat: str | None = None
    tanggal: date | None = None
    lines: list[tuple[str, Lokasi]] = field(default_factory=list)
    frasa: str = ""
    """For a certified copy: the phrase as printed."""
    unit: list[str] = field(default_factory=list)
    """For a certified copy: text after the phrase on its own line (the unit)."""
    awaiting: list[str] = field(default_factory=list)
    """Fields whose labels stood without a value ("Ditetapkan di :" / "Pada tanggal :" above
    "Bogor" / "4 Januari 2021", as a label column read before its values gives them)."""

    def place(self, tempat: str | None, tanggal: str | None) -> None:
        """The values of a "Ditetapkan di … pada tanggal …" line; an empty one is awaited."""
        tempat = norm(tempat or "").strip(" :").rstrip(",")
        if tempat:
            self.tempat = tempat
        elif "tempat" not in self.awaiting:
            self.awaiting.append("tempat")
        if tanggal is not None:
            self.date(tanggal)

    def date(self, tanggal: str) -> None:
        value = norm(tanggal).strip(" :")
        if value:
            self.tanggal = date_or_none(value)
        elif "tanggal" not in self.awaiting:
            self.awaiting.append("tanggal")

    def add(self, text: str, loc: Lokasi) -> None:
        """A line of the block; "pada tanggal …" fills the date, a line under an empty label its value."""
        if m := PADA_TANGGAL.match(text):
            self.date(m["tanggal"])
            return
        if self.awaiting:
            value = norm(text).strip(" :")
            if self.awaiting[0] == "tanggal" and (day := date_or_none(value)) is not None:
                self.awaiting.pop(0)
                self.tanggal = day
                return
            if self.awaiting[0] == "tempat" and not value.endswith(",") and not TTD.match(value):
                self.awaiting.pop(0)
                self.tempat = value
                return
            self.awaiting.clear()  # the values are not printed: the title follows
        self.lines.append((text, loc))


@dataclass
class _Split:
    """A complete block cut into its parts."""

    title: list[str] = field(default_factory=list)
    title_loc: Lokasi | None = None
    name: str | None = None
    name_loc: Lokasi | None = None
    nip: str | None = None
    mark: str | None = None
    rest: list[tuple[str, Lokasi]] = field(default_factory=list)


_MARK = "\0mark"


def is_scribble(text: str) -> bool:
    """A signature as a scanner's OCR reads it ("pra €4"): a few letters among signs that no
    name has.  A short name ("Ani") has no such signs."""
    return sum(map(str.isalpha, text)) < 5 and any(not (c.isalpha() or c in " .,'-") for c in text)


def _split_block(lines: list[tuple[str, Lokasi]]) -> _Split:
    """Title lines, the signature mark, the name and the NIP of a signature block."""
    result = _Split()
    texts = []
    for text, loc in lines:
        if m := NIP.match(text):
            result.nip = norm(m["nip"])
        elif (TTD.match(text) or texts and is_scribble(text)) and result.mark is None:
            result.mark = text
            texts.append((_MARK, loc))
        else:
            if (comma := TITLE_COMMA.search(text)) and not text.endswith(","):
                text = text[: comma.start() + 1]  # the stamp beside the title, as OCR read it
            texts.append((text, loc))
    marks = [i for i, (t, _) in enumerate(texts) if t == _MARK]
    if marks:
        cut = marks[0]
        before, after = texts[:cut], texts[cut + 1 :]
    else:
        commas = [i for i, (t, _) in enumerate(texts) if t.endswith(",")]
        cut = commas[-1] + 1 if commas else max(len(texts) - 1, 0)
        before, after = texts[:cut], texts[cut:]
    result.title = [t for t, _ in before]
    result.title_loc = before[0][1] if before else None
    if after:
        result.name, result.name_loc = after[0]
        result.rest = after[1:]
    return result


@dataclass
class Signatures:
    """The enactment and the certified copy of one place (the decree, or a Lampiran)."""

    penetapan: SignatureDraft | None = None
    salinan: SignatureDraft | None = None

    def add(self, section: str, text: str, loc: Lokasi) -> bool:
        """Add a line to the block ``section`` names ("penetapan", "salinan"), when it is open."""
        block = self.penetapan if section == "penetapan" else self.salinan if section == "salinan" else None
        if block is None:
            return False
        block.add(text, loc)
        return True

    def finish(self, cur: Cursor, path: str) -> tuple[Penetapan | None, Salinan | None]:
        """Both blocks as the model's; ``path`` is the enactment's model path."""
        sig = _split_block(self.penetapan.lines) if self.penetapan is not None else None
        copy = _split_block(self.salinan.lines) if self.salinan is not None else None
        if sig is not None and copy is not None and not sig.name and copy.name and is_caps(copy.name):
            # A two-column page converted to text can put the signatory's name
            # after the copy block: it belongs to whoever has no name yet.
            sig.name, sig.name_loc = copy.name, copy.name_loc
            copy.name = None
        result_sig = result_copy = None
        if sig is not None and self.penetapan is not None:
            if sig.name_loc is not None:
                cur.source_map[f"{path}.nama"] = sig.name_loc
            if sig.title_loc is not None:
                # The title is lines below "Ditetapkan di": a finding in it names its line.
                cur.source_map[f"{path}.jabatan"] = sig.title_loc
            for text, loc in sig.rest:
                cur.keep_text(text, loc)
            result_sig = Penetapan(
                tempat=self.penetapan.tempat,
                tanggal=self.penetapan.tanggal,
                jabatan=norm(" ".join(sig.title)),
                tanda_tangan=sig.mark,
                nama=sig.name or "",
                nip=sig.nip,
            )
        if copy is not None and self.salinan is not None:
            unit: list[str] = []
            title = list(copy.title)
            while title and is_caps(title[0]) and not title[0].endswith(",") and len(title) > 1:
                unit.append(title.pop(0))
            for text, loc in copy.rest:
                cur.keep_text(text, loc)
            result_copy = Salinan(
                frasa=self.salinan.frasa,
                unit=norm(" ".join(self.salinan.unit + unit)) or None,
                jabatan=norm(" ".join(title)) or None,
                tanda_tangan=copy.mark,
                nama=copy.name,
                nip=copy.nip,
            )
        return result_sig, result_copy
