"""``docs/rules.md`` and ``zi-docs rule CODE``, generated from the registry and each rule's fixtures.

Regenerate with ``zi-docs rules --markdown -o docs/rules.md``; a test fails when the file
is stale.  The examples of wrong and right are the fixtures the tests run
(:mod:`zi_docs.checks.rules.examples`), with the finding the rule gives on the wrong one, so
what the documentation shows is what the rule does.
"""

from __future__ import annotations

from ..i18n import Lang, Message
from .registry import FAMILIES, Rule, all_rules
from .rules.examples import RuleExample, rule_examples, show_edits

REGENERATE = "zi-docs rules --markdown -o docs/rules.md"

SEVERITY = Message(id="Tingkat", en="Severity")
SOURCE = Message(id="Dasar", en="Source")
WHY = Message(id="Alasan", en="Why")
WRONG = Message(id="Salah", en="Wrong")
RIGHT = Message(id="Benar", en="Right")
FINDING = Message(id="Temuan", en="Finding")
EXAMPLE = Message(id="Contoh {number}", en="Example {number}")
EDITS = Message(
    id="Contoh-contoh berikut mengubah data keputusan contoh (examples/kpu-penajam-paser-utara-42-2025.yaml) "
    "pada jalur model yang juga dipakai temuan; tes menjalankan setiap contoh.",
    en="The examples below edit the bundled example decree (examples/kpu-penajam-paser-utara-42-2025.yaml) "
    "at the model paths findings carry; the tests run every example.",
)
INTRO = Message(
    id="Setiap aturan punya kode tetap, tingkat bawaan, alasan (dengan dasar hukumnya bila ada), dan contoh "
    "salah dan benar beserta temuannya. `zi-docs rule KODE` menampilkan teks yang sama.",
    en="Every rule has a fixed code, a default severity, a reason (with its legal basis where there is one), "
    "and examples of wrong and right with the finding. `zi-docs rule CODE` prints the same text.",
)


def _fence(text: str, kind: str = "text") -> list[str]:
    return [f"```{kind}", text.rstrip("\n"), "```"]


def _examples(rule: type[Rule]) -> tuple[RuleExample, ...]:
    return rule_examples(rule.code)


def _example_markdown(example: RuleExample, lang: Lang) -> list[str]:
    lines = [f"{WRONG(lang)}:", "", *_fence(show_edits(example.wrong), "yaml"), ""]
    for found in example.finds:
        lines += [f"{FINDING(lang)}: *{found.place(lang)}* — {found.message(lang)}", ""]
    lines += [f"{RIGHT(lang)}:", "", *_fence(show_edits(example.right), "yaml"), ""]
    return lines


def rule_markdown(rule: type[Rule], lang: Lang = "id") -> list[str]:
    en = lang == "en"
    source = f" · {SOURCE(lang)}: {rule.source}" if rule.source else ""
    lines = [
        f'<a id="{rule.code.lower()}"></a>',
        "",
        f"### {rule.code} `{rule.name}`",
        "",
        f"**{rule.summary(lang)}**" + ("" if en else f" — *{rule.summary('en')}*"),
        "",
        f"{SEVERITY(lang)}: `{rule.severity.value}`{source}",
        "",
        rule.why(lang),
        "",
    ]
    if not en:
        lines += [f"*{rule.why('en')}*", ""]
    examples = _examples(rule)
    for number, example in enumerate(examples, 1):
        if len(examples) > 1:
            lines += [f"**{EXAMPLE.format(number=number)(lang)}**", ""]
        lines += _example_markdown(example, lang)
    return lines


def rules_markdown(lang: Lang = "id") -> str:
    """The whole ``docs/rules.md``: an index, then each family's rules in code order."""
    rules = all_rules()
    lines = [
        "# Aturan pemeriksaan zi-docs / zi-docs check rules",
        "",
        f"<!-- Dibuat otomatis; jangan disunting. Generated; do not edit. Regenerate: {REGENERATE} -->",
        "",
        INTRO(lang),
        "",
        EDITS(lang),
        "",
        "| Kode | Nama | Tingkat | Ringkasan |",
        "|---|---|---|---|",
    ]
    for code, rule in rules.items():
        summary = rule.summary(lang).replace("|", "\\|")
        lines.append(f"| [{code}](#{code.lower()}) | `{rule.name}` | {rule.severity.value} | {summary} |")
    lines.append("")
    for prefix, family in FAMILIES.items():
        members = [rule for code, rule in rules.items() if rule.family() == prefix]
        if not members:
            continue
        lines += [f"## {prefix}: {family(lang)}", ""]
        for rule in members:
            lines += rule_markdown(rule, lang)
    return "\n".join(lines).rstrip("\n") + "\n"


def rule_text(rule: type[Rule], lang: Lang = "id") -> str:
    """``zi-docs rule CODE``: what, why, source, and the examples of wrong and right, for a terminal."""
    lines = [
        f"{rule.code} {rule.name} ({rule.severity.label(lang)})",
        "",
        rule.summary(lang),
        "",
        f"{WHY(lang)}: {rule.why(lang)}",
    ]
    if rule.source:
        lines.append(f"{SOURCE(lang)}: {rule.source}")
    examples = _examples(rule)
    if examples:
        lines += ["", EDITS(lang)]
    for number, example in enumerate(examples, 1):
        if len(examples) > 1:
            lines += ["", f"{EXAMPLE.format(number=number)(lang)}:"]
        lines += ["", f"{WRONG(lang)}:", _indent(show_edits(example.wrong))]
        for found in example.finds:
            lines.append(f"  → {FINDING(lang)}: {found.place(lang)} — {found.message(lang)}")
        lines += ["", f"{RIGHT(lang)}:", _indent(show_edits(example.right))]
    return "\n".join(lines) + "\n"


def _indent(text: str) -> str:
    return "\n".join("    " + line for line in text.splitlines())
