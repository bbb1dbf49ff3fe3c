"""STR011: the signature's title ends with a comma and is the issuer's title."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ....i18n import Message
from ....model import Penetapan
from ....storage.regex_cache import regex
from ...context import CheckContext
from ...finding import Finding, Fix, Severity
from ...registry import Rule, register
from ._helpers import normalise

# Signing on behalf of or in place of the issuer keeps the issuer's title after the mark.
_ON_BEHALF = regex(r"^(?:a\.\s*n\.|an\.|u\.\s*b\.|plh\.?|plt\.?|pj\.?)\s+", re.IGNORECASE)


@register
class SignatureTitle(Rule):
    code = "STR011"
    name = "signature-title"
    severity = Severity.error
    summary = Message(
        "jabatan penanda tangan tidak diakhiri koma atau berbeda dari jabatan pembentuk",
        "the signatory's title does not end with a comma or differs from the issuer's title",
    )
    why = Message(
        "Keputusan ditandatangani oleh pejabat yang menetapkannya: jabatan di bawah tempat dan tanggal "
        "penetapan sama dengan jabatan pembentuk di bagian awal, dan diakhiri koma. Jabatan lain berarti "
        "keputusan ditandatangani oleh yang tidak berwenang, atau salah satunya salah tulis.",
        "A decree is signed by the official who enacts it: the title under the place and date is the "
        "issuer's title at the top, ending with a comma. Another title means someone without authority "
        "signed, or one of the two is misspelt.",
    )
    source = "UU 12/2011 Lampiran II angka 28, 118-121"

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        k = ctx.keputusan
        if k.penetapan is not None:
            yield from self._signature(ctx, "penetapan", k.penetapan)
        for index, lampiran in enumerate(k.lampiran):
            if lampiran.penandatanganan is not None:
                yield from self._signature(ctx, f"lampiran[{index}].penandatanganan", lampiran.penandatanganan)

    def _signature(self, ctx: CheckContext, path: str, penetapan: Penetapan) -> Iterator[Finding]:
        jabatan = penetapan.jabatan.strip()
        if not jabatan:
            return
        if not jabatan.endswith(","):
            new = jabatan.rstrip(".;:") + ","
            yield ctx.finding(
                type(self),
                f"{path}.jabatan",
                jabatan,
                Message(
                    "jabatan penanda tangan tidak diakhiri koma", "the signatory's title does not end with a comma"
                ),
                fix=Fix(jabatan, new, safe=jabatan == jabatan.rstrip(".;:")),
                severity=Severity.warning,
            )
        issuer = ctx.keputusan.jabatan_pembentuk
        signed = _ON_BEHALF.sub("", jabatan)
        if normalise(issuer) and normalise(signed) != normalise(issuer):
            yield ctx.finding(
                type(self),
                f"{path}.jabatan",
                jabatan,
                Message(
                    f'jabatan penanda tangan berbeda dari jabatan pembentuk "{issuer.strip()}"',
                    f"the signatory's title differs from the issuer's title \"{issuer.strip()}\"",
                ),
                related=("jabatan_pembentuk",),
            )
