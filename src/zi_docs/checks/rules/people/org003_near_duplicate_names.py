"""ORG003: two names that are probably one person written two ways."""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz.distance import Levenshtein

from ....i18n import Message
from ....language.names import same_nip
from ...context import CheckContext
from ...finding import Finding, Fix, Severity
from ...registry import Rule, register
from ._helpers import Baris, baris


def _singkatan(a: list[str], b: list[str]) -> bool:
    """Word for word equal, where a word may be an initial of the other's ("M" = "Muhammad")."""
    if len(a) != len(b) or a == b:
        return False
    return all(
        x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))
        for x, y in zip(a, b, strict=True)
    )


def _alike(a: str, b: str, kata_a: list[str] | None = None, kata_b: list[str] | None = None) -> bool:
    """``kata_a``, ``kata_b``: the names' words, when the caller has them split already."""
    if _singkatan(kata_a if kata_a is not None else a.split(), kata_b if kata_b is not None else b.split()):
        return True
    # One letter apart, in names long enough that one letter is a typo, not another name.
    return min(len(a), len(b)) >= 6 and Levenshtein.distance(a, b, score_cutoff=1) <= 1


@register
class NearDuplicateNames(Rule):
    code = "ORG003"
    name = "near-duplicate-names"
    severity = Severity.warning
    summary = Message(
        "dua nama yang hampir sama: mungkin satu orang yang ditulis dua cara",
        "two nearly identical names: perhaps one person written two ways",
    )
    why = Message(
        "Nama orang dalam keputusan harus sama dengan nama dalam data kepegawaian; satu orang yang "
        "ditulis dua cara (salah satu huruf, nama tengah disingkat) tidak dapat dipastikan identitasnya. "
        "Gelar tidak dibandingkan.",
        "A person's name in a decree must match the personnel records; one person written two ways "
        "(one letter off, a middle name abbreviated) cannot be identified for certain. Titles and "
        "degrees are not compared.",
    )

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        pertama: dict[str, Baris] = {}
        for b in baris(ctx.keputusan):
            pertama.setdefault(b.kunci, b)
        orang = list(pertama.values())
        kata = {o.kunci: o.kunci.split() for o in orang}  # every name is compared with every other
        dilaporkan: set[str] = set()
        awal = {k: w[0][:1] if w else "" for k, w in kata.items()}
        for i, a in enumerate(orang):
            kata_a, panjang_a, awal_a = kata[a.kunci], len(a.kunci), awal[a.kunci]
            for b in orang[i + 1 :]:
                kata_b = kata[b.kunci]
                # alike only word for word from the same first letter (an initial) or one letter
                # apart: most of the ~6000 pairs of the example fail both without a call
                if not (len(kata_a) == len(kata_b) and awal_a == awal[b.kunci]) and not (
                    -1 <= panjang_a - len(b.kunci) <= 1
                ):
                    continue
                if b.kunci in dilaporkan or not _alike(a.kunci, b.kunci, kata_a, kata_b):
                    continue
                if not same_nip(a.anggota.nip, b.anggota.nip):
                    continue  # two NIPs: two people whose names happen to be alike
                dilaporkan.add(b.kunci)
                yield ctx.finding(
                    type(self),
                    f"{b.path}.nama",
                    b.anggota.nama,
                    Message(
                        f'"{b.anggota.nama}" ({b.tim.kelompok.nama}) dan "{a.anggota.nama}" '
                        f"({a.tim.kelompok.nama}) mungkin orang yang sama",
                        f'"{b.anggota.nama}" ({b.tim.kelompok.nama}) and "{a.anggota.nama}" '
                        f"({a.tim.kelompok.nama}) may be the same person",
                    ),
                    fix=Fix(b.anggota.nama, a.anggota.nama, safe=False),
                    related=(f"{a.path}.nama",),
                )
