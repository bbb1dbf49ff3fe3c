"""EJA004: compound words with one affix written apart, with two affixes together."""

from __future__ import annotations

from collections.abc import Iterable

from ....i18n import Message
from ....language.spelling import compound_heads, compound_pair
from ...context import CheckContext
from ...finding import Finding, Fix, Severity
from ...registry import Rule, register
from ._helpers import answers, remembered, the_kamus, with_words, words_of

#: Words after which "tindaklanjuti" is the noun "tindak lanjut" misspelt: "laporan
#: tindaklanjuti", "rekapitulasi tindaklanjuti", "Penyusunan tindaklanjuti/proyeksi".
_NOUN_BEFORE = frozenset(
    [
        "bahan",
        "bukti",
        "daftar",
        "data",
        "hasil",
        "laporan",
        "lampiran",
        "langkah",
        "pelaksanaan",
        "pemantauan",
        "penyusunan",
        "proses",
        "proyeksi",
        "rekapitulasi",
        "rencana",
        "upaya",
    ]
)
#: Words after which it is the verb: "segera tindaklanjuti", "untuk tindaklanjuti".
_VERB_BEFORE = frozenset(
    ["agar", "akan", "dapat", "harap", "harus", "mohon", "perlu", "segera", "supaya", "untuk", "wajib"]
)


def _noun_or_verb(text: str, toks: list, i: int) -> str | None:
    """ "noun", "verb", or None when the words around do not tell."""
    if i > 0 and text[toks[i - 1].end : toks[i].start].strip() == "":
        before = toks[i - 1].text.casefold()
        if before in _NOUN_BEFORE:
            return "noun"
        if before in _VERB_BEFORE:
            return "verb"
    if i + 1 < len(toks) and toks[i + 1].text.casefold() == "atas":
        return "noun"  # "tindak lanjut atas hasil …"
    # At the start of a cell it is an instruction ("Tindaklanjuti pengaduan") as often as a
    # heading ("Tindak Lanjut Hasil Evaluasi"): the reviewer says which.
    return None


@register
class CompoundWordSpacing(Rule):
    code = "EJA004"
    name = "compound-word-spacing"
    severity = Severity.error
    summary = Message("gabungan kata ditulis salah", "compound word written wrong")
    why = Message(
        "Gabungan kata ditulis terpisah (tindak lanjut, kerja sama, tanggung jawab), juga bila hanya "
        "mendapat awalan atau akhiran (bertanggung jawab, tindak lanjuti); bila mendapat awalan dan "
        "akhiran sekaligus, ditulis serangkai (menindaklanjuti, pertanggungjawaban).",
        "A compound is written as two words (tindak lanjut, kerja sama, tanggung jawab), also with "
        "only a prefix or only a suffix (bertanggung jawab, tindak lanjuti); with both a prefix and a "
        "suffix it is one word (menindaklanjuti, pertanggungjawaban).",
    )
    source = "Pedoman Umum EYD V, bab II.E (Gabungan Kata)"

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        k = the_kamus(ctx)
        single = answers(ctx, "compound_single").get
        pair = remembered(ctx, "compound_pair", lambda words: compound_pair(k, *words))
        heads = compound_heads(k)
        # a finding starts at a word that is a compound written wrong or a compound's head:
        # asked once per distinct word, and only texts holding one are walked
        starts = answers(ctx, "compound_single").keys() | {w for w in words_of(ctx) if w.lower() in heads}
        for teks in with_words(ctx, starts):
            toks = teks.tokens
            seen: set[str] = set()
            for i, tok in enumerate(toks):
                if tok.in_code:
                    continue
                hit = single(tok.text)
                if (
                    hit is None
                    and i + 1 < len(toks)
                    and tok.text.lower() in heads
                    and teks.text[tok.end : toks[i + 1].start].strip() == ""
                ):
                    hit = pair((tok.text, toks[i + 1].text))
                if hit is None or hit.salah in seen:
                    continue
                seen.add(hit.salah)
                if hit.dua_kata:
                    message = Message(
                        f'"{hit.salah}" mendapat awalan dan akhiran, maka ditulis serangkai: "{hit.benar}"',
                        f'"{hit.salah}" has both a prefix and a suffix, so it is one word: "{hit.benar}"',
                    )
                elif hit.aman:
                    message = Message(
                        f'gabungan kata ditulis terpisah: "{hit.benar}", bukan "{hit.salah}"',
                        f'a compound is written as two words: "{hit.benar}", not "{hit.salah}"',
                    )
                else:
                    head, tail = hit.benar.rsplit(" ", 1)
                    noun = f"{head} {tail.removesuffix('i')}"
                    message = Message(
                        f'gabungan kata ditulis terpisah: "{hit.benar}" (kata kerja) atau, bila yang dimaksud '
                        f'kata benda, "{noun}"',
                        f'a compound is written as two words: "{hit.benar}" (verb) or, for the noun, "{noun}"',
                    )
                    # A word with two uses gets the fix for the use at hand, or none.
                    use = _noun_or_verb(teks.text, toks, i) if hit.salah == tok.text else None
                    fix = {"noun": Fix(hit.salah, noun, safe=False), "verb": Fix(hit.salah, hit.benar, safe=False)}
                    yield ctx.finding(type(self), teks.path, hit.salah, message, fix=fix.get(use or ""))
                    continue
                yield ctx.finding(
                    type(self), teks.path, hit.salah, message, fix=Fix(hit.salah, hit.benar, safe=hit.aman)
                )
