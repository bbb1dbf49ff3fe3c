"""STR016: members and parts are listed with "terdiri atas", not "terdiri dari"."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ....i18n import Message
from ....storage.regex_cache import regex
from ...context import CheckContext
from ...finding import Finding, Fix, Severity
from ...registry import Rule, register

_TERDIRI_DARI = regex(r"\b(?P<terdiri>terdiri)\s+(?P<dari>dari)\b", re.IGNORECASE)
# Texts the decree quotes rather than writes: a cited regulation's title is printed as
# enacted (Mengingat, Memperhatikan), names of people and text no reader could place.
_QUOTED = regex(r"^(?:mengingat|memperhatikan|tidak_terurai|kepala\.kop)|\.nama$|\.nip$")


@lru_cache(maxsize=8192)  # asked of each of a decree's ~850 texts, which share their paths with the next decree's
def _quoted(path: str) -> bool:
    return _QUOTED.search(path) is not None


@register
class TerdiriAtas(Rule):
    code = "STR016"
    name = "terdiri-atas"
    severity = Severity.warning
    summary = Message('"terdiri dari" untuk merinci anggota atau bagian', '"terdiri dari" listing members or parts')
    why = Message(
        'Untuk menyebut unsur-unsur yang membentuk sesuatu, bahasa baku memakai "terdiri atas" (KBBI: terdiri '
        '"tersusun atas"); "dari" menyatakan asal. Lampiran II UU 12/2011 selalu menulis "terdiri atas" '
        '("Diktum terdiri atas: …").',
        'To name the parts that make up something, standard Indonesian writes "terdiri atas" (KBBI: terdiri '
        '"made up of"); "dari" marks an origin. UU 12/2011 Lampiran II always writes "terdiri atas" '
        '("Diktum terdiri atas: …").',
    )
    source = "KBBI (terdiri); Badan Bahasa; UU 12/2011 Lampiran II"

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        for path, text in ctx.texts():
            if not text or _quoted(path):
                continue
            if text.isascii() and "terdiri" not in text.lower():
                continue  # in ASCII the case-blind pattern needs this; a substring search is cheaper
            for match in _TERDIRI_DARI.finditer(text):
                dari = match["dari"]
                atas = "ATAS" if dari.isupper() else "Atas" if dari[0].isupper() else "atas"
                old = match.group(0)
                new = f"{match['terdiri']} {atas}"
                yield ctx.finding(
                    type(self),
                    path,
                    old,
                    Message(f'ditulis "{new}", bukan "{old}"', f'write "{new}", not "{old}"'),
                    fix=Fix(old, new, safe=True),
                )
