"""STR007: each Lampiran header and the name after Menetapkan repeat the heading exactly."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ....i18n import Message
from ....storage.regex_cache import regex
from ...context import CheckContext
from ...finding import Finding, Fix, Severity
from ...registry import Rule, register
from ._helpers import normalise

_RI = regex(r"\s+republik\s+indonesia$")

_TENTANG = regex(r"\s+TENTANG\s+", re.IGNORECASE)
_FIELDS = {
    "keputusan": Message("nama keputusan", "decree's name"),
    "nomor": Message("nomor", "number"),
    "tahun": Message("tahun", "year"),
    "tentang": Message("judul (TENTANG)", "title (TENTANG)"),
}


@register
class HeadingMismatch(Rule):
    code = "STR007"
    name = "heading-mismatch"
    severity = Severity.error
    summary = Message(
        "kepala Lampiran atau nama setelah Menetapkan berbeda dari kepala keputusan",
        "a Lampiran header or the name after Menetapkan differs from the decree's heading",
    )
    why = Message(
        "Kepala Lampiran menyebut keputusan yang dilampiri — jenis dan pembentuk, nomor, tahun, dan judulnya — "
        "sama persis dengan kepala keputusan; nama keputusan setelah Menetapkan juga mengulang judul itu. "
        "Perbedaan (nomor lain, bulan lain dalam nomor, nama lembaga lain) membuat Lampiran seolah milik "
        "keputusan lain.",
        "A Lampiran header names the decree it belongs to — kind and issuer, number, year and title — exactly "
        "as the heading does; so does the decree's name after Menetapkan. A difference (another number, "
        "another month in the number, another body) makes the Lampiran look like another decree's.",
    )
    source = "UU 12/2011 Lampiran II angka 193, 62"

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        k = ctx.keputusan
        name = " ".join(part for part in (k.kepala.jenis, k.kepala.pejabat, k.kepala.instansi) if part)
        heading = {"keputusan": name, "nomor": k.kepala.nomor, "tahun": k.kepala.tahun, "tentang": k.kepala.tentang}
        if k.menetapkan:
            parts = _TENTANG.split(k.menetapkan.strip().rstrip("."), maxsplit=1)
            # A name ("KEPUTUSAN KEPALA BALAI …", "SURAT KEPUTUSAN …"), not a diktum's words a
            # reader put there: only the kind and issuer, the title left out.
            kind = (normalise(k.kepala.jenis).split() or ["keputusan"])[-1]
            named = kind in normalise(parts[0]).split()[:2]
            if len(parts) == 1 and named and k.kepala.tentang.strip():
                full = f"{name} TENTANG {' '.join(k.kepala.tentang.split())}"
                yield ctx.finding(
                    type(self),
                    "menetapkan",
                    parts[0],
                    Message(
                        f'nama setelah Menetapkan tanpa "TENTANG" dan judul keputusan: "{full}"',
                        f'the name after Menetapkan lacks "TENTANG" and the decree\'s title: "{full}"',
                    ),
                    fix=Fix(parts[0], full, safe=False),
                )
            if len(parts) == 2:
                for field, ours, theirs in (("keputusan", parts[0], name), ("tentang", parts[1], k.kepala.tentang)):
                    if normalise(ours) == normalise(theirs):
                        continue
                    # A minister's decree names itself without "REPUBLIK INDONESIA" after
                    # Menetapkan ("KEPUTUSAN MENTERI KEUANGAN TENTANG …"), as the heading's
                    # second line has it: the same name.
                    if field == "keputusan" and normalise(ours) == _RI.sub("", normalise(theirs)).strip():
                        continue
                    yield ctx.finding(
                        type(self),
                        "menetapkan",
                        ours,
                        Message(
                            f'{_FIELDS[field].id} setelah Menetapkan berbeda dari kepala keputusan: "{theirs}"',
                            f'the {_FIELDS[field].en} after Menetapkan differs from the decree\'s heading: "{theirs}"',
                        ),
                        # Which of the two is right is for a person to say.
                        fix=Fix(ours, theirs, safe=False),
                    )
        for index, lampiran in enumerate(k.lampiran):
            header = lampiran.kepala
            if header is None:
                continue
            where = f"Lampiran {lampiran.nomor}" if lampiran.nomor else "Lampiran"
            for field, label in _FIELDS.items():
                ours, theirs = getattr(header, field), heading[field]
                if not normalise(str(ours or "")) or theirs is None:  # not printed or not read: nothing to compare
                    continue
                if normalise(str(ours)) == normalise(str(theirs)):
                    continue
                yield ctx.finding(
                    type(self),
                    f"lampiran[{index}].kepala.{field}",
                    str(ours),
                    Message(
                        f'{label.id} pada kepala {where} berbeda dari kepala keputusan: "{theirs}"',
                        f'the {label.en} in the header of {where} differs from the decree\'s heading: "{theirs}"',
                    ),
                    fix=Fix(str(ours), str(theirs), safe=False),
                )
