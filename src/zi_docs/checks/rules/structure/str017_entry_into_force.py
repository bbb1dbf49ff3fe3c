"""STR017: the closing diktum says "Keputusan ini mulai berlaku pada tanggal ditetapkan"."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ....i18n import Message
from ....storage.regex_cache import regex
from ...context import CheckContext
from ...finding import Finding, Fix, Severity
from ...registry import Rule, register

# "Keputusan ini", "Keputusan Menteri ini", "Surat Keputusan ini", "Peraturan ini", then
# the words that say from when: "mulai berlaku pada tanggal", "berlaku terhitung sejak".
_ENTRY = regex(
    r"(?P<subject>\b(?:Surat\s+)?(?:Keputusan|Peraturan)\b(?:\s+[\w.,/-]+){0,8}?\s+ini)\s+"
    r"(?P<phrase>(?:mulai\s+)?berlaku(?:\s+(?:terhitung\s+)?(?:sejak|pada|mulai|setelah))?(?:\s+tanggal)?)\b"
    r"(?P<after>[^.;]*)",
    re.IGNORECASE,
)
# Letters a scan's text layer is known to swap (€ for e, 1 or ! for l, 0 for o).
_SCAN = str.maketrans({"€": "e", "1": "l", "!": "l", "|": "l", "0": "o"})
_BERLAKU = regex(r"\bber\W?laku\b", re.IGNORECASE)
_STANDARD = ("mulai berlaku pada tanggal", "mulai berlaku setelah")
_SPACES = regex(r"\s+")


def _damaged(text: str) -> bool:
    """ "berlaku" only once the letters a scan swaps are put back ("b€rlaku")."""
    return not _BERLAKU.search(text) and bool(_BERLAKU.search(text.translate(_SCAN)))


def _entries(text: str) -> Iterable[tuple[re.Match[str], bool]]:
    """Each "Keputusan ini … berlaku …" of a text, and whether it says from when (to be judged)."""
    for match in _ENTRY.finditer(text):
        before = text[max(0, match.start() - 12) : match.start()].lower()
        if "pada saat" in before:
            continue  # "Pada saat Keputusan ini mulai berlaku, …": what it replaces, not when
        phrase = _SPACES.sub(" ", match["phrase"]).lower()
        # "Keputusan ini berlaku untuk Tahun Anggaran 2025": it speaks of its force, not of
        # its start; "… berlaku surut sejak …" is a valid start.
        timed = phrase not in ("berlaku", "mulai berlaku") or match["after"].lower().lstrip().startswith("surut")
        yield match, timed


@register
class EntryIntoForce(Rule):
    code = "STR017"
    name = "entry-into-force"
    severity = Severity.warning
    summary = Message(
        'tidak ada diktum "Keputusan ini mulai berlaku pada tanggal ditetapkan", atau rumusannya tidak baku',
        'no diktum "Keputusan ini mulai berlaku pada tanggal ditetapkan", or a non-standard wording of it',
    )
    why = Message(
        'Diktum terakhir menyatakan saat mulai berlakunya keputusan dengan rumusan baku: "Keputusan ini mulai '
        'berlaku pada tanggal ditetapkan." (atau pada tanggal tertentu, atau berlaku surut). Rumusan lain '
        '("berlaku sejak", "berlaku terhitung sejak", "berlaku mulai tanggal") bermakna sama tetapi tidak '
        'baku; "Peraturan ini" dalam sebuah keputusan menyebut jenis yang salah.',
        'The last diktum states when the decree takes effect, in the standard wording: "Keputusan ini mulai '
        'berlaku pada tanggal ditetapkan." (or on a given date, or retroactively). Other wordings ("berlaku '
        'sejak", "berlaku terhitung sejak", "berlaku mulai tanggal") mean the same but are not standard; '
        '"Peraturan ini" in a decree names the wrong kind.',
    )
    source = "UU 12/2011 Lampiran II angka 150-155"

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        k = ctx.keputusan
        if "KEPUTUSAN" not in k.kepala.jenis.upper() or not k.diktum:
            return  # a regulation takes effect when promulgated ("diundangkan"): another form
        found = False
        for index, diktum in enumerate(k.diktum):
            for text in filter(None, (diktum.teks, diktum.teks_penutup, *(b.teks for b in diktum.rincian))):
                for match, timed in _entries(text):
                    found = True
                    if timed:
                        yield from self._judge(ctx, f"diktum[{index}]", match)
        if found:
            return
        # Read elsewhere (a page a reader could not place), or in a scan's text damaged
        # beyond the wording ("b€rlaku"): the decree has it, what it says is unsure.
        if any(any(True for _ in _entries(text)) for path, text in ctx.texts() if not path.startswith("diktum")):
            return
        if any(_damaged(text) for path, text in ctx.texts() if path.startswith("diktum")):
            return
        last = k.diktum[-1]
        yield ctx.finding(
            type(self),
            f"diktum[{len(k.diktum) - 1}]",
            last.label,
            Message(
                'keputusan tidak menyatakan saat mulai berlakunya; diktum terakhir berbunyi "Keputusan ini mulai '
                'berlaku pada tanggal ditetapkan."',
                'the decree does not say when it takes effect; its last diktum reads "Keputusan ini mulai berlaku '
                'pada tanggal ditetapkan."',
            ),
        )

    def _judge(self, ctx: CheckContext, path: str, match: re.Match[str]) -> Iterable[Finding]:
        subject, phrase = match["subject"], match["phrase"]
        quoted = match.string[match.start("subject") : match.end("phrase")]
        if subject.split()[0].lower() == "peraturan":
            yield ctx.finding(
                type(self),
                path,
                quoted,
                Message(
                    f'"{subject}" dalam sebuah keputusan; ditulis "Keputusan ini"',
                    f'"{subject}" in a decree; write "Keputusan ini"',
                ),
                fix=Fix(subject, "Keputusan ini", safe=True),
            )
        said = _SPACES.sub(" ", phrase).lower()
        if said in _STANDARD or said in ("berlaku", "mulai berlaku"):  # the last two: "berlaku surut"
            return
        new = "mulai berlaku pada tanggal"
        after = match["after"].strip()
        # "… sejak tanggal ditetapkan": the same moment in other words. A date ("sejak
        # 1 Januari 2024") may mean a retroactive start: a person rewrites it.
        safe = after.lower().startswith("ditetapkan")
        yield ctx.finding(
            type(self),
            path,
            quoted,
            Message(
                f'rumusan baku saat mulai berlaku: "{new}", bukan "{phrase}"',
                f'the standard wording of when it takes effect is "{new}", not "{phrase}"',
            ),
            fix=Fix(phrase, new if phrase[:1].islower() else new.capitalize(), safe=safe),
            severity=Severity.info,
        )
