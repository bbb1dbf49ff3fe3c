"""EJA015: the prefix di- written apart from its verb (di proses), and "keseluruhan" for "ke seluruh"."""

from __future__ import annotations

from collections.abc import Iterable

from ....i18n import Message
from ....language.spelling import prefix_apart
from ...context import CheckContext
from ...finding import Finding, Fix, Severity
from ...registry import Rule, register
from ._helpers import remembered, the_kamus, with_words, words_of

#: people and units a text informs or reaches: "keseluruhan pegawai" there is "ke seluruh
#: pegawai" (to all staff), while "keseluruhan proses" (the whole process) is right
_RECIPIENTS = frozenset(
    {
        "pegawai",
        "masyarakat",
        "jajaran",
        "satker",
        "satuan",
        "unit",
        "anggota",
        "pihak",
        "peserta",
        "warga",
        "instansi",
        "asn",
        "pns",
        "karyawan",
        "staf",
        "pemangku",
        "stakeholder",
        "pemilih",
        "penyelenggara",
    }
)
#: words before "keseluruhan" that make it the noun (secara keseluruhan, dari keseluruhan)
_NOUN_BEFORE = frozenset(
    {"secara", "dari", "dalam", "atas", "bagi", "untuk", "terhadap", "dengan", "pada", "oleh", "akan"}
)


@register
class PrefixWrittenApart(Rule):
    code = "EJA015"
    name = "prefix-written-apart"
    severity = Severity.error
    summary = Message("awalan di- ditulis terpisah dari kata kerjanya", "the prefix di- written apart from its verb")
    why = Message(
        "Awalan di- pada kata kerja ditulis serangkai (diproses, ditetapkan, dibahas); yang ditulis terpisah "
        'hanyalah kata depan "di" sebelum tempat atau waktu (di kantor, di masa).  Sebaliknya "ke seluruh" '
        '(kata depan + seluruh) berbeda dari "keseluruhan" (kata benda): informasi disampaikan ke seluruh '
        "pegawai, bukan keseluruhan pegawai.",
        "The verb prefix di- is written together with its verb (diproses, ditetapkan, dibahas); only the "
        'preposition "di" before a place or a time is written apart (di kantor, di masa).  Likewise "ke '
        'seluruh" (to all) differs from the noun "keseluruhan" (the whole): information goes ke seluruh '
        "pegawai, not keseluruhan pegawai.",
    )
    source = "Pedoman Umum EYD V (Badan Bahasa, 2022), bab II.B (Kata Berimbuhan) dan bab II.G (Kata Depan); KBBI"

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        k = the_kamus(ctx)
        joined = remembered(ctx, "eja015.joined", lambda word: prefix_apart(k, "di", word))
        # the words a finding starts at: only texts holding one are walked, only at them
        starts = {"di", "Di"} | {w for w in words_of(ctx) if w.lower() == "keseluruhan"}
        for teks in with_words(ctx, starts):
            toks = teks.tokens
            seen: set[str] = set()
            for i in range(len(toks) - 1):
                tok, nxt = toks[i], toks[i + 1]
                if tok.text not in starts or tok.in_code or nxt.in_code or teks.text[tok.end : nxt.start] != " ":
                    continue
                word = tok.text
                if word in ("di", "Di"):
                    right = joined(nxt.text)
                    if right is None:
                        continue
                    wrong = f"{word} {nxt.text}"
                    right = word[0] + right[1:]
                    if wrong in seen:
                        continue
                    seen.add(wrong)
                    yield ctx.finding(
                        type(self),
                        teks.path,
                        wrong,
                        Message(
                            f'awalan di- ditulis serangkai dengan kata kerjanya: "{right}", bukan "{wrong}"',
                            f'the prefix di- is written together with its verb: "{right}", not "{wrong}"',
                        ),
                        fix=Fix(wrong, right, safe=True),
                    )
                elif word.lower() == "keseluruhan" and nxt.text.lower() in _RECIPIENTS:
                    before = toks[i - 1].text.lower() if i and teks.text[toks[i - 1].end : tok.start] == " " else ""
                    if before in _NOUN_BEFORE:
                        continue
                    wrong = f"{word} {nxt.text}"
                    right = f"{word[:2]} seluruh {nxt.text}"
                    if wrong in seen:
                        continue
                    seen.add(wrong)
                    yield ctx.finding(
                        type(self),
                        teks.path,
                        wrong,
                        Message(
                            f'"{wrong}": yang dimaksud tampaknya "{right}" (kata depan ke + seluruh); '
                            '"keseluruhan" berarti semuanya sebagai satu kesatuan',
                            f'"{wrong}": "{right}" (the preposition ke + seluruh, "to all") seems meant; '
                            '"keseluruhan" means the whole',
                        ),
                        fix=Fix(wrong, right, safe=False),
                        severity=Severity.warning,
                    )
