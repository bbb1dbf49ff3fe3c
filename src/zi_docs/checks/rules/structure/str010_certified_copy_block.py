"""STR010: the certified-copy block ("Salinan sesuai dengan aslinya") has a title and a name."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ....i18n import Message
from ....model import Salinan
from ....storage.regex_cache import regex
from ...context import CheckContext
from ...finding import Finding, Fix, Severity
from ...registry import Rule, register

#: Words and abbreviations a certifying official's title starts with, lower-cased.
KNOWN_PREFIXES = {
    "plh.", "plt.", "pj.", "a.n.", "an.", "u.b.", "ub.", "kepala", "sekretaris", "kasubbag", "kasubag",
    "kabag", "kabid", "kasi", "kasie", "kasubdit", "ketua", "direktur", "plh", "plt", "pejabat", "pelaksana",
    "kepala,", "koordinator", "ketua,", "sekjen", "karo", "kabiro", "inspektur", "camat", "lurah",
}  # fmt: skip
# Misreadings of "Plh." seen in published copies: the "Pl" lost or read as "Pi".
_MANGLED_PLH = regex(r"^(?:H|Pih|Pl\s*h|P1h|Ph|Plh(?!\.)|Pih\.?|PIh)\.?$", re.IGNORECASE)


def _first_word(jabatan: str) -> str:
    words = jabatan.split()
    return words[0] if words else ""


def looks_like_title(jabatan: str) -> bool:
    """A title starts with a known prefix or with a capitalised word (not a stray abbreviation)."""
    first = _first_word(jabatan)
    if not first:
        return False
    if first.casefold() in KNOWN_PREFIXES:
        return True
    # "Kepala", "SEKRETARIS", "Analis": a capitalised word of letters; an unknown
    # abbreviation such as "H." or "Pih." is not a title.
    return first[0].isupper() and first.isalpha() and len(first) > 2


@register
class CertifiedCopyBlock(Rule):
    code = "STR010"
    name = "certified-copy-block"
    severity = Severity.error
    summary = Message(
        "blok salinan tanpa jabatan yang jelas atau tanpa nama",
        "certified-copy block without a proper title or without a name",
    )
    why = Message(
        'Salinan sah bila diautentikasi: "Salinan sesuai dengan aslinya" diikuti nama unit, jabatan pejabat '
        "yang mengesahkan (termasuk Plh./Plt. bila pelaksana harian/tugas), tanda tangan, dan namanya. "
        "Jabatan yang rusak atau nama yang hilang membuat salinan tidak dapat dipertanggungjawabkan.",
        'A copy is valid when authenticated: "Salinan sesuai dengan aslinya" followed by the unit, the '
        "certifying official's title (with Plh./Plt. for an acting official), signature and name. A mangled "
        "title or a missing name leaves nobody answerable for the copy.",
    )
    source = "PKPU 1/2022 (autentikasi salinan); Permenpan 6/2024 tentang Pedoman Tata Naskah Dinas"

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        k = ctx.keputusan
        if k.salinan is not None:
            yield from self._block(ctx, "salinan", k.salinan)
        for index, lampiran in enumerate(k.lampiran):
            if lampiran.salinan is not None:
                yield from self._block(ctx, f"lampiran[{index}].salinan", lampiran.salinan)

    def _block(self, ctx: CheckContext, path: str, salinan: Salinan) -> Iterator[Finding]:
        jabatan = (salinan.jabatan or "").strip()
        if not jabatan:
            yield ctx.finding(
                type(self),
                path,
                salinan.frasa,
                Message(
                    "blok salinan tanpa jabatan pejabat yang mengesahkan",
                    "certified-copy block without the certifying official's title",
                ),
            )
        elif not looks_like_title(jabatan):
            first = _first_word(jabatan)
            fix = Fix(first, "Plh.", safe=False) if _MANGLED_PLH.match(first) else None
            hint = Message(' (maksudnya "Plh."?)', ' (meant "Plh."?)') if fix else Message("", "")
            yield ctx.finding(
                type(self),
                f"{path}.jabatan",
                jabatan,
                Message(
                    f'jabatan pada blok salinan diawali "{first}", bukan sebutan jabatan{hint.id}',
                    f'the title in the certified-copy block starts with "{first}", not a title{hint.en}',
                ),
                fix=fix,
            )
        if not (salinan.nama or "").strip():
            yield ctx.finding(
                type(self),
                f"{path}.nama",
                jabatan or salinan.frasa,
                Message(
                    "blok salinan tanpa nama pejabat yang mengesahkan",
                    "certified-copy block without the certifying official's name",
                ),
            )
