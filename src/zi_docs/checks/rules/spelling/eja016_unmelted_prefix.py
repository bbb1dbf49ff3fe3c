"""EJA016: meN-/peN- before k, p, t, s that did not melt (mensosialisasikan, mentaati)."""

from __future__ import annotations

from collections.abc import Iterable

from ....i18n import Message
from ...context import CheckContext
from ...finding import Finding, Fix, Severity
from ...registry import Rule, register
from ._helpers import detector, the_kamus, with_words, words_of


@register
class UnmeltedPrefix(Rule):
    code = "EJA016"
    name = "unmelted-prefix"
    severity = Severity.error
    summary = Message("k, p, t, s tidak luluh setelah meN-/peN-", "k, p, t or s not melted after the prefix meN-/peN-")
    why = Message(
        "Kata dasar yang berawal k, p, t, s diikuti vokal meluluh setelah meN-/peN-, juga kata serapan: "
        "menyosialisasikan, mengomunikasikan, memengaruhi, menaati, penyusunan.  Gugus konsonan tidak "
        "luluh (memproduksi, mentransfer, mengkritik), begitu pula kata yang dibakukan KBBI apa adanya "
        "(mengkaji, mempunyai) dan awalan memper- (memperhatikan).",
        "A stem beginning with k, p, t or s before a vowel loses that letter after meN-/peN-, loanwords "
        "included: menyosialisasikan, mengomunikasikan, memengaruhi, menaati, penyusunan.  Consonant "
        "clusters keep it (memproduksi, mentransfer, mengkritik), and so do words KBBI lists as they are "
        "(mengkaji, mempunyai) and the prefix memper- (memperhatikan).",
    )
    source = "KBBI daring (bentuk baku); Pedoman Umum EYD V (Badan Bahasa, 2022), bab II.B (Kata Berimbuhan)"

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        k = the_kamus(ctx)
        melt, short, baku = detector(ctx, "unmelted"), detector(ctx, "cut_short"), detector(ctx, "baku")
        # asked once per distinct word; only texts holding a flagged word are walked
        flagged = {w for w in words_of(ctx) if not baku(w) and melt(w) is not None and short(w) is None}
        for teks in with_words(ctx, flagged):
            seen: set[str] = set()  # one finding per word per text; its fix covers every copy
            for tok in teks.tokens:
                word = tok.text
                if tok.in_code or word in seen or k.baku(word):
                    continue
                right = melt(word)
                if right is None or short(word) is not None:  # mempunya: EJA002, a word cut short
                    continue
                seen.add(word)
                yield ctx.finding(
                    type(self),
                    teks.path,
                    word,
                    Message(
                        f'"{word}" ditulis "{right}": k, p, t, s luluh setelah meN-/peN- (KBBI)',
                        f'"{word}" is written "{right}": k, p, t and s melt after meN-/peN- (KBBI)',
                    ),
                    fix=Fix(word, right, safe=True),
                )
