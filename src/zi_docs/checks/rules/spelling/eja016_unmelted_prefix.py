"""EJA016: meN-/peN- before k, p, t, s that did not melt (mensosialisasikan, mentaati)."""

from __future__ import annotations

from collections.abc import Iterable

from ....i18n import Message
from ...context import CheckContext
from ...finding import Finding, Fix, Severity
from ...registry import Rule, register
from ._helpers import answers, with_words


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
        melt, short, baku = answers(ctx, "unmelted"), answers(ctx, "cut_short"), answers(ctx, "baku")
        # asked once per distinct word; only texts holding a flagged word are walked
        flagged = {w for w in melt if w not in baku and w not in short}
        for teks in with_words(ctx, flagged):
            seen: set[str] = set()  # one finding per word per text; its fix covers every copy
            for tok in teks.tokens:
                word = tok.text
                # not a standard form's affixed word, nor a word cut short (mempunya: EJA002)
                if tok.in_code or word in seen or word not in flagged:
                    continue
                right = melt[word]
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
