"""CIT003: a regulation cited in Mengingat without the gazette its kind is promulgated in
(Lembaran Negara for UU, PP, Perpres; Berita Negara for regulations of ministers and
agencies), or with the other gazette."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ....i18n import Message
from ....language.peraturan import gazette_of, rank_of
from ....model import Peraturan
from ....storage.regex_cache import regex
from ...context import CheckContext
from ...finding import Finding, Fix, Severity
from ...registry import Rule, register
from ._helpers import bases, cites_gazette, piece_of, short

#: Since when every regulation of a rank is promulgated in its gazette.  UU and PP have
#: been (Lembaran Negara) since 1950; Perpres and the regulations of ministers and
#: agencies only since UU 12/2011 (Pasal 81-87; under UU 10/2004 Pasal 45-46 only some
#: were), so an older one without a gazette is no mistake.
_SINCE = {2: 1950, 3: 1950, 4: 2012, 5: 2012}
#: Since when the medium is certain: early UU of 1950 stand in the Berita Negara.
_MEDIUM_SINCE = {2: 1960, 3: 1960, 4: 2005, 5: 2012}
#: Regulations of an office's own officials (a secretary-general, a director, a rector,
#: the head of a bureau or a regional office), which the Berita Negara often does not carry.
_INTERNAL = regex(
    r"^peraturan\s+(?:sekretaris|direktur|rektor|kepala\s+(?:biro|bagian|balai|kantor|pusat))\b", re.IGNORECASE
)
_LEMBAR = regex(r"\bLembar\s+(?=Negara|Daerah)", re.IGNORECASE)
_MEDIUM = regex(r"\b(Lembaran|Berita)\s+Negara\b", re.IGNORECASE)


@register
class MissingGazette(Rule):
    code = "CIT003"
    name = "missing-gazette"
    severity = Severity.info
    summary = Message(
        "peraturan di Mengingat tanpa Lembaran Negara/Berita Negara",
        "a regulation in Mengingat without its Lembaran Negara/Berita Negara",
    )
    why = Message(
        "Dasar hukum dilengkapi dengan tempat pengundangannya di antara tanda kurung: Lembaran Negara dan "
        "Tambahan Lembaran Negara untuk Undang-Undang, Peraturan Pemerintah dan Peraturan Presiden, Berita "
        "Negara untuk peraturan menteri dan lembaga (termasuk Peraturan KPU). Dilaporkan hanya bila keputusan "
        "itu sendiri mencantumkan pengundangan untuk peraturan sejenis lainnya, atau profil peraturan "
        'dipakai; media yang tertukar atau tertulis "Lembar Negara" dilaporkan sebagai peringatan.',
        "A legal basis gives where it was promulgated, in brackets: the Lembaran Negara and its Tambahan for "
        "laws, government and presidential regulations, the Berita Negara for regulations of ministers and "
        "agencies (KPU regulations included). Reported only where the decree itself gives the gazette for "
        'other regulations of the same kind, or under the regulation profile; the wrong gazette, or "Lembar '
        'Negara", is a warning.',
    )
    source = "UU 12/2011 Pasal 81-87; Lampiran II, B.4 Dasar Hukum"

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        items = bases(ctx)
        # Which gazettes this decree writes: a decree that gives none for any regulation
        # follows a house style (many ministries' decrees), and is not told item by item.
        writes = {"Lembaran Negara": False, "Berita Negara": False}
        for dasar in items:
            for m in _MEDIUM.finditer(dasar.item.teks):
                writes[f"{m[1].capitalize()} Negara"] = True
        strict = ctx.config.profile == "peraturan"
        for dasar in items:
            teks = " ".join(dasar.item.teks.split())
            if m := _LEMBAR.search(teks):
                yield ctx.finding(
                    type(self),
                    dasar.path,
                    m[0].strip(),
                    Message(
                        f'Mengingat angka {dasar.label}: tulis "Lembaran", bukan "{m[0].strip()}"',
                        f'Mengingat item {dasar.label}: write "Lembaran", not "{m[0].strip()}"',
                    ),
                    fix=Fix(m[0].strip(), "Lembaran", safe=True),
                    severity=Severity.warning,
                )
            cited = [p for p in (dasar.peraturan, *(link.peraturan for link in dasar.perubahan)) if p is not None]
            for peraturan in cited:
                piece = piece_of(teks, peraturan)
                yield from self._one(ctx, dasar.path, dasar.label, peraturan, piece, writes, strict)

    def _one(
        self,
        ctx: CheckContext,
        path: str,
        label: str,
        peraturan: Peraturan,
        piece: str | None,
        writes: dict[str, bool],
        strict: bool,
    ) -> Iterable[Finding]:
        ranked = rank_of(peraturan.jenis)
        medium = gazette_of(peraturan.jenis)
        if ranked is None or ranked[0] not in _SINCE or medium is None or peraturan.tahun is None:
            return
        if re.search(r"\d|\bNomor\b", peraturan.jenis, re.IGNORECASE):
            return  # the reader could not cut the citation (a scanned "ten tang"): no kind to judge
        if _INTERNAL.match(peraturan.jenis):
            return  # an office's internal regulation: not every one is promulgated
        name = short(peraturan.jenis, peraturan.nomor, peraturan.tahun)
        text = piece if piece is not None else ""
        written = _MEDIUM.search(text)
        if written:
            other = f"{written[1].capitalize()} Negara"
            if other != medium and peraturan.tahun >= _MEDIUM_SINCE[ranked[0]]:
                yield ctx.finding(
                    type(self),
                    path,
                    written[0],
                    Message(
                        f"Mengingat angka {label}: {name} diundangkan dalam {medium}, bukan {other}",
                        f"Mengingat item {label}: {name} is promulgated in the {medium}, not the {other}",
                    ),
                    fix=Fix(written[0], medium, safe=False),
                    severity=Severity.warning,
                )
            return
        if cites_gazette(text) or piece is None:
            return  # a gazette the parser could not read, or a piece it could not place
        if peraturan.tahun < _SINCE[ranked[0]] or not (strict or writes[medium]):
            return
        because = (
            Message(" (keputusan ini mencantumkannya untuk peraturan lain)", " (this decree gives it for others)")
            if writes[medium]
            else Message("", "")
        )
        yield ctx.finding(
            type(self),
            path,
            name,
            Message(
                f"Mengingat angka {label}: {name} tanpa {medium}{because.id}",
                f"Mengingat item {label}: {name} without its {medium}{because.en}",
            ),
        )
