"""EJA012: a comma inside a name ("Pelaksanaan, Pengendalian Gratifikasi"), found where the
decree itself or the Zona Integritas programme shows the name without it."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ....i18n import Message
from ....model import area_dari_nama
from ....storage.regex_cache import regex
from ...context import CheckContext
from ...finding import Finding, Fix, Severity
from ...registry import Rule, register
from ._helpers import prose

#: names: a Rencana Aksi section's title, a Lampiran's title, a team's name, a position
#: or unit, an action's component
_NAME_PATH = regex(r"\.(?:bagian\[\d+\]\.judul|judul|kelompok\[\d+\]\.nama|jabatan|komponen)$")
#: an item of a diktum's list that is itself a name ("a. Tim Manajemen Perubahan;"): every
#: word capitalised but the function words
_ITEM_PATH = regex(r"rincian\[\d+\]\.teks$")
_KATA_TUGAS = frozenset({"dan", "dari", "di", "ke", "pada", "untuk", "yang", "atas", "serta", "bagi", "dengan"})
#: names whose list (the sections of one Rencana Aksi, the teams of one table) is
#: compared: a title that siblings begin the same way without the comma
_LISTED = regex(r"^(?P<list>.*\.(?:bagian|kelompok))\[\d+\]\.(?P<field>judul|nama)$")
#: a comma between the items of a list: the list ends with a conjunction
_CONJUNCTION = regex(r"\b(?:dan|serta|atau|maupun)\b", re.IGNORECASE)
_NAME = regex(r"(?P<before>[A-Z][\w/-]*(?: [\w/()-]+){0,5}),(?P<space> ?)(?P<after>[A-Z][\w/-]*(?: [\w/()-]+){0,6})")
#: the components of the areas pengungkit in the evaluation sheet (LKE) of PermenPANRB
#: 90/2021, by which Rencana Aksi sections are named: a section "Pelaksanaan, X" names X
_PROGRAM_ZI = (
    "pengendalian gratifikasi",
    "penerapan spip",
    "sistem pengendalian intern pemerintah",
    "pengaduan masyarakat",
    "whistle blowing system",
    "whistle-blowing system",
    "penanganan benturan kepentingan",
    "benturan kepentingan",
    "keterbukaan informasi publik",
    "sistem pemerintahan berbasis elektronik",
    "keterlibatan pimpinan",
    "pengelolaan akuntabilitas kinerja",
    "standar pelayanan",
    "budaya pelayanan prima",
    "pengelolaan pengaduan",
    "penilaian kepuasan terhadap pelayanan",
    "pemanfaatan teknologi informasi",
)
#: the verbal noun that heads a programme's name in a section title
_HEAD = regex(
    r"^(?:Pelaksanaan|Pembangunan|Penerapan|Penguatan|Peningkatan|Penataan|Pengelolaan|Penanganan|Pemantauan)$"
)


def _plain(text: str) -> str:
    return " ".join(text.lower().split())


def _title_case(text: str) -> bool:
    words = [w.strip(",.;:") for w in text.split()]
    return all(w[:1].isupper() or w in _KATA_TUGAS or not w[:1].isalpha() for w in words if w)


def _program(after: str) -> bool:
    name = _plain(after)
    return name in _PROGRAM_ZI or area_dari_nama(after) is not None and len(after.split()) <= 6


@register
class StrayCommaInName(Rule):
    code = "EJA012"
    name = "stray-comma-in-name"
    severity = Severity.warning
    summary = Message("tanda koma di dalam nama", "comma inside a name")
    why = Message(
        "Tanda koma memisahkan unsur perincian; di dalam satu nama (nama program, tim, unit, atau "
        'bagian rencana aksi) tidak ada koma: "Pelaksanaan Pengendalian Gratifikasi", bukan '
        '"Pelaksanaan, Pengendalian Gratifikasi". Dilaporkan bila keputusan sendiri menulis nama itu '
        "tanpa koma di tempat lain, bila judul sejajar di daftar yang sama dimulai dengan kata yang sama "
        "tanpa koma, atau bila sesudah koma berdiri nama komponen Zona Integritas (PermenPANRB 90/2021).",
        "A comma separates the items of a list; one name (of a programme, a team, a unit or a Rencana "
        'Aksi section) has none inside it: "Pelaksanaan Pengendalian Gratifikasi", not "Pelaksanaan, '
        'Pengendalian Gratifikasi". Reported when the decree writes the name without the comma elsewhere, '
        "when the titles beside it in the same list begin with the same words without a comma, or when a "
        "Zona Integritas component (PermenPANRB 90/2021) follows the comma.",
    )
    source = "Pedoman Umum EYD V, bab III.B (Tanda Koma); PermenPANRB 90/2021 (komponen LKE)"

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        everything = None
        by_path = {t.path: t.text for t in prose(ctx)}
        for teks in prose(ctx):
            text = teks.text.strip()
            if "," not in text or teks.heading:
                continue
            if not _NAME_PATH.search(teks.path) and not (_ITEM_PATH.search(teks.path) and _title_case(text)):
                continue
            if text.count(",") != 1 or _CONJUNCTION.search(text) or len(text.split()) > 10:
                continue
            match = _NAME.fullmatch(text.rstrip(".;:"))
            if match is None:
                continue
            before, after = match["before"], match["after"]
            joined = f"{before} {after}"
            if everything is None:
                everything = [_plain(t) for _, t in ctx.texts()]
            whole = _plain(joined)
            confirmed = any(whole in t for t in everything)
            listed = _LISTED.match(teks.path)
            if not confirmed and listed:
                sibling = re.compile(re.escape(listed["list"]) + r"\[\d+\]\." + listed["field"])
                start = _plain(before) + " "
                confirmed = any(
                    path != teks.path and sibling.fullmatch(path) and _plain(other).startswith(start)
                    for path, other in by_path.items()
                )
            if not confirmed and _HEAD.match(before) and _program(after):
                confirmed = True
            if not confirmed:
                continue
            written = f"{before},{match['space']}{after}"
            yield ctx.finding(
                type(self),
                teks.path,
                written,
                Message(
                    f'tanda koma di dalam nama: "{written}", seharusnya "{joined}"',
                    f'a comma inside a name: "{written}", should be "{joined}"',
                ),
                fix=Fix(written, joined, safe=True),
            )
