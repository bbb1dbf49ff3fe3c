"""STR021: the signature's name and title in capitals without academic degrees (KPU decrees
and regulations), written the same in every signature of the decree, and the marks of
signing for another official in their standard form (a.n., u.b., Plh., Plt., Pj.).

A KPU decree prints the signatory's title and name in capitals, without degrees, as
regulations do (UU 12/2011 Lampiran II, Penutup); other offices' tata naskah prints
names with their degrees, so there only the decree's own signatures are compared with
each other: a Lampiran signed "Ali Yamin Ishak" under a decree signed "ALI YAMIN ISHAK"
was copied from another draft.  STR011 judges the title's wording and comma and STR010 a
certified-copy title that is no title at all; this rule only the written form.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator

from ....i18n import Message
from ....model import Penetapan
from ....storage.regex_cache import regex
from ...context import CheckContext
from ...finding import Finding, Fix, Severity
from ...registry import Rule, register
from .str010_certified_copy_block import looks_like_title

_KPU = regex(r"\bKOMISI\s+PEMILIHAN\s+UMUM\b|\bKPU\b", re.IGNORECASE)
#: Degrees printed before a name (not "H."/"Hj.", which are no academic degree).
_BEFORE = regex(r"^(?:(?:Prof|Dr|Dra|Drs|Ir|dr|drg)\.\s*)+")
#: One degree after the name's comma: "S.H.", "M.Si", "Ph.D.", "S.Kom.", "SE", "MM".
_DEGREE = regex(r"^(?:[A-Z][A-Za-z]{0,3}\.\s?)*[A-Z][A-Za-z]{0,4}\.?$")
#: The marks of signing for another official, as written → as tata naskah dinas writes them.
#: Degrees written without full stops, as some offices print them.
_BARE_DEGREES = frozenset(
    ["SH", "SE", "ST", "SP", "SPd", "SSos", "SKom", "SIP", "MM", "MT", "MH", "MSi", "MPd", "MAP", "MKom", "PhD"]
)
_MARKS = {
    "an": "a.n.",
    "a.n": "a.n.",
    "a/n": "a.n.",
    "a.n.": "a.n.",
    "an.": "a.n.",
    "ub": "u.b.",
    "u.b": "u.b.",
    "u/b": "u.b.",
    "ub.": "u.b.",
    "u.b.": "u.b.",
    "plh": "Plh.",
    "plh.": "Plh.",
    "plt": "Plt.",
    "plt.": "Plt.",
    "pj": "Pj.",
    "pj.": "Pj.",
}
_FIRST = regex(r"^\s*(\S+?)(?=\s|$)")


def degrees(nama: str) -> str | None:
    """The academic degrees in a printed name ("Dr. Ir. …, M.Si" → "Dr. Ir., M.Si"), or ``None``."""
    before = _BEFORE.match(nama)
    found = [before.group(0).strip()] if before else []
    _, comma, after = nama.partition(",")
    if comma:
        pieces = [p.strip() for p in after.split(",") if p.strip()]
        if pieces and all(_DEGREE.match(p) and ("." in p or p in _BARE_DEGREES) for p in pieces):
            found.extend(pieces)
    return ", ".join(found) or None


def _letters(text: str) -> str:
    return "".join(c for c in text if c.isalpha())


def _capitals(text: str) -> bool:
    letters = _letters(text)
    return not letters or letters.isupper()


def _without_degrees(nama: str) -> str:
    name = _BEFORE.sub("", nama)
    if degrees(name):
        name = name.partition(",")[0]
    return name.strip()


@register
class SignatureNameForm(Rule):
    code = "STR021"
    name = "signature-name-form"
    severity = Severity.warning
    summary = Message(
        "nama atau jabatan penanda tangan tidak ditulis seperti seharusnya (kapital, tanpa gelar, a.n./Plh./Plt.)",
        "the signatory's name or title is not written as it should be (capitals, no degrees, a.n./Plh./Plt.)",
    )
    why = Message(
        "Nama jabatan dan nama pejabat ditulis dengan huruf kapital, nama tanpa gelar dan pangkat; tiap "
        "penandatanganan dalam satu keputusan ditulis sama. Penandatanganan atas nama atau oleh pelaksana "
        "ditandai a.n., u.b., Plh., Plt., atau Pj. seperti dalam tata naskah dinas.",
        "The title and the name of the official are written in capitals, the name without degrees or rank; "
        "every signature of one decree is written the same way. Signing on behalf of or in place of an "
        "official is marked a.n., u.b., Plh., Plt. or Pj. as the official correspondence rules write them.",
    )
    source = (
        "UU 12/2011 Lampiran II Bab I huruf D (Penutup: penandatanganan); Keputusan KPU 1442/2019 (pedoman "
        "penyusunan keputusan); "
        "Permenpan 6/2024 tentang Pedoman Tata Naskah Dinas (a.n., u.b., Plh., Plt.)"
    )

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        k = ctx.keputusan
        capitals = ctx.config.profile == "peraturan" or bool(
            _KPU.search(" ".join(filter(None, (k.kepala.instansi, k.jabatan_pembentuk))))
        )
        blocks: list[tuple[str, Penetapan]] = []
        if k.penetapan is not None:
            blocks.append(("penetapan", k.penetapan))
        blocks += [
            (f"lampiran[{i}].penandatanganan", lampiran.penandatanganan)
            for i, lampiran in enumerate(k.lampiran)
            if lampiran.penandatanganan is not None
        ]
        for path, block in blocks:
            yield from self._mark(ctx, f"{path}.jabatan", block.jabatan)
            if capitals:
                yield from self._capitals(ctx, path, block)
        if not capitals and len(blocks) > 1:
            yield from self._same(ctx, blocks)
        copies = [("salinan", k.salinan)] + [(f"lampiran[{i}].salinan", lp.salinan) for i, lp in enumerate(k.lampiran)]
        for path, salinan in copies:
            # A title STR010 already calls no title ("H.", "Pih.") is left to it.
            if salinan is not None and salinan.jabatan and looks_like_title(salinan.jabatan.strip()):
                yield from self._mark(ctx, f"{path}.jabatan", salinan.jabatan)

    def _mark(self, ctx: CheckContext, path: str, jabatan: str) -> Iterator[Finding]:
        match = _FIRST.match(jabatan)
        if not match:
            return
        written = match[1]
        wanted = _MARKS.get(written.casefold())
        if wanted is None or written == wanted:
            return
        yield ctx.finding(
            type(self),
            path,
            written,
            Message(
                f'"{written}" pada jabatan penanda tangan ditulis "{wanted}"',
                f'"{written}" before the signatory\'s title is written "{wanted}"',
            ),
            fix=Fix(written, wanted),
        )

    def _capitals(self, ctx: CheckContext, path: str, block: Penetapan) -> Iterator[Finding]:
        jabatan = block.jabatan.strip()
        mark = _FIRST.match(jabatan)
        # "a.n. KETUA …": the mark keeps its small letters; the title after it is judged.
        rest = jabatan[mark.end() :] if mark and mark[1].casefold() in _MARKS else jabatan
        title_in_small = bool(_letters(rest)) and not _capitals(rest)
        if title_in_small:
            yield ctx.finding(
                type(self),
                f"{path}.jabatan",
                jabatan,
                Message(
                    "jabatan penanda tangan tidak ditulis dengan huruf kapital",
                    "the signatory's title is not written in capitals",
                ),
                fix=Fix(rest.strip(), rest.strip().upper()),
            )
        nama = block.nama.strip()
        found = degrees(nama)
        if found:
            bare = _without_degrees(nama)
            yield ctx.finding(
                type(self),
                f"{path}.nama",
                nama,
                Message(
                    f'nama penanda tangan ditulis dengan gelar ("{found}"); ditulis tanpa gelar',
                    f'the signatory\'s name is written with degrees ("{found}"); it is written without them',
                ),
                fix=Fix(nama, bare.upper(), safe=False),
            )
        elif nama and not _capitals(nama):
            finding = ctx.finding(
                type(self),
                f"{path}.nama",
                nama,
                Message(
                    "nama penanda tangan tidak ditulis dengan huruf kapital",
                    "the signatory's name is not written in capitals",
                ),
                fix=Fix(nama, nama.upper()),
            )
            # Title and name of one block in small letters are one slip (a block pasted
            # from another draft): the name joins the title's group.
            yield dataclasses.replace(finding, cause=f"{path}.jabatan") if title_in_small else finding

    def _same(self, ctx: CheckContext, blocks: list[tuple[str, Penetapan]]) -> Iterator[Finding]:
        """Offices that print names their own way: each signature as the decree's first."""
        first_path, first = blocks[0]
        for path, block in blocks[1:]:
            for field, mine, theirs in (("nama", block.nama, first.nama), ("jabatan", block.jabatan, first.jabatan)):
                mine, theirs = " ".join(mine.split()), " ".join(theirs.split())
                # Only the written form: the same words in other capitals, or with degrees added or dropped.
                same_words = _without_degrees(mine).casefold() == _without_degrees(theirs).casefold()
                if not mine or not theirs or mine == theirs or not same_words:
                    continue
                yield ctx.finding(
                    type(self),
                    f"{path}.{field}",
                    mine,
                    Message(
                        f'{field} penanda tangan ditulis lain daripada pada penetapan keputusan ("{theirs}")',
                        f"the signatory's {'name' if field == 'nama' else 'title'} is written otherwise than in "
                        f'the decree\'s own signature ("{theirs}")',
                    ),
                    fix=Fix(mine, theirs, safe=False),
                    related=(f"{first_path}.{field}",),
                )
