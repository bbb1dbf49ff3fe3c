"""CIT001: a Mengingat item that is not a regulation (an Instruksi, a Surat Edaran, a letter,
a DIPA, a decree that appoints a team) belongs in Memperhatikan."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ....i18n import Message
from ....storage.regex_cache import regex
from ...context import CheckContext
from ...finding import Finding, Severity
from ...registry import Rule, register
from ._helpers import bases

# What the item's text begins with → what it is, and whether it can never be a legal
# basis.  Instructions and circulars are policy rules (beleidsregel), not peraturan
# perundang-undangan (UU 12/2011 Pasal 7-8); letters, minutes and the DIPA are documents.
_NOT_REGULATIONS: list[tuple[re.Pattern[str], str, str]] = [
    (regex(r"^(?:instruksi|inpres\b)", re.IGNORECASE), "instruksi", "an instruction"),
    (regex(r"^surat\s+edaran\b|^se\b", re.IGNORECASE), "surat edaran", "a circular"),
    (
        regex(r"^(?:surat\s+pengesahan\b|daftar\s+isian\s+pelaksanaan\s+anggaran\b|(?:sp\s*)?dipa\b)", re.IGNORECASE),
        "DIPA",
        "a budget document (DIPA)",
    ),
    (regex(r"^(?:nota\s+dinas|memorandum|memo)\b", re.IGNORECASE), "nota dinas", "an internal memo"),
    (regex(r"^(?:berita\s+acara|notulen|notulensi|risalah)\b", re.IGNORECASE), "berita acara", "minutes"),
    (regex(r"^surat\b(?!\s+keputusan\b)", re.IGNORECASE), "surat", "a letter"),
]

_DECREE = regex(r"^(?:surat\s+)?keputusan\b|^kep(?:men|mendagri|pres)?\b|^sk\b", re.IGNORECASE)
# A decree whose title sets up a team or committee, or names who holds an office for a
# budget year, decides a concrete case (beschikking): it regulates nothing a later
# decree could rest on.  A decree that appoints the signing official (Keputusan Presiden
# on a cabinet, on the appointment of a director) is different: offices cite it as the
# ground of the signatory's authority, and a careful reviewer lets it stand.
_BESCHIKKING = regex(
    r"^\s*(?:(?:pembentukan|penetapan|pengangkatan|susunan(?:\s+keanggotaan|\s+personalia)?)\s+)?"
    r"(?:tim|panitia|kelompok\s+kerja|pokja|satuan\s+tugas|satgas|gugus\s+tugas)\b"
    r"|^\s*penunjukan\b|\btahun\s+anggaran\s+\d{4}\b",
    re.IGNORECASE,
)
_KIND_AS_WRITTEN = regex(
    r"^((?:\S+\s+){0,9}?\S+?)\s+(?:Republik\s+Indonesia\s+|RI\s+)?(?:Nomor|No\.?)\b", re.IGNORECASE
)
_TENTANG = regex(r"\btentang\b(.*)$", re.IGNORECASE | re.DOTALL)


@register
class NotALegalBasis(Rule):
    code = "CIT001"
    name = "not-a-legal-basis"
    severity = Severity.warning
    fixes = False
    summary = Message(
        "butir Mengingat bukan peraturan perundang-undangan", "a Mengingat item is not a statutory regulation"
    )
    why = Message(
        "Dasar hukum (Mengingat) memuat peraturan perundang-undangan: dasar kewenangan dan peraturan yang "
        "memerintahkan pembentukannya. Instruksi, surat edaran, surat, nota dinas, berita acara dan DIPA bukan "
        "peraturan perundang-undangan (UU 12/2011 Pasal 7-8); bila menjadi pertimbangan, tempatnya di "
        "Memperhatikan. Keputusan yang bersifat mengatur dimaknai sebagai peraturan (Pasal 100) dan keputusan "
        "pengangkatan pejabat penanda tangan lazim dicantumkan sebagai dasar kewenangannya; keputusan yang "
        "membentuk tim atau menunjuk orang (beschikking) tidak.",
        "The legal bases (Mengingat) list statutory regulations: the ground of authority and the regulations "
        "that order the decree. Instructions, circulars, letters, memos, minutes and the DIPA are not statutory "
        "regulations (UU 12/2011 Art. 7-8); where they matter they go under Memperhatikan. A decree that "
        "regulates counts as a regulation (Art. 100), and the decree appointing the signing official is "
        "commonly cited as the ground of authority; a decree that sets up a team or appoints people "
        "(beschikking) is neither.",
    )
    source = "UU 12/2011 Pasal 7-8, Pasal 100; Lampiran II, B.4 Dasar Hukum"

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        for dasar in bases(ctx):
            teks = " ".join(dasar.item.teks.split())
            words = teks.split()
            head = " ".join(words[:8])
            for pattern, kind, kind_en in _NOT_REGULATIONS:
                if pattern.match(teks):
                    if kind in ("instruksi", "surat edaran") and (named := _KIND_AS_WRITTEN.match(teks)):
                        kind = named[1]  # "Instruksi Presiden", as the item writes it
                    yield ctx.finding(
                        type(self),
                        dasar.path,
                        head,
                        Message(
                            f"Mengingat angka {dasar.label} adalah {kind}, bukan peraturan perundang-undangan; "
                            "pindahkan ke Memperhatikan",
                            f"Mengingat item {dasar.label} is {kind_en}, not a statutory regulation; move it to "
                            "Memperhatikan",
                        ),
                    )
                    break
            else:
                if not _DECREE.match(teks):
                    continue
                title = dasar.peraturan.judul if dasar.peraturan and dasar.peraturan.judul else None
                if title is None and (m := _TENTANG.search(teks)):
                    title = m[1]
                # the title only: a reader may have run the next part into the item
                if title and _BESCHIKKING.search(" ".join(title.split(";")[0].split())):
                    yield ctx.finding(
                        type(self),
                        dasar.path,
                        head,
                        Message(
                            f"Mengingat angka {dasar.label} adalah keputusan penetapan (beschikking), bukan "
                            "peraturan; bila menjadi pertimbangan, letakkan di Memperhatikan",
                            f"Mengingat item {dasar.label} is a decree on a concrete case (beschikking), not a "
                            "regulation; where it matters, put it under Memperhatikan",
                        ),
                        severity=Severity.info,
                    )
