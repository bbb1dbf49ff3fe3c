"""``docs/rules.md``, generated from the registry: every rule of every family, one section each.

Regenerate with ``zi-docs rules --markdown -o docs/rules.md``; a test fails when the file
is stale.  The text is the same ``zi-docs rule CODE`` prints.
"""

from __future__ import annotations

from ..i18n import Lang
from .registry import FAMILIES, Rule, all_rules

REGENERATE = "zi-docs rules --markdown -o docs/rules.md"


def _fence(text: str) -> list[str]:
    return ["```text", text.rstrip("\n"), "```"]


def rule_markdown(rule: type[Rule], lang: Lang = "id") -> list[str]:
    en = lang == "en"
    lines = [
        f'<a id="{rule.code.lower()}"></a>',
        "",
        f"### {rule.code} `{rule.name}`",
        "",
        f"**{rule.summary(lang)}**" + ("" if en else f" — *{rule.summary('en')}*"),
        "",
        f"{'Severity' if en else 'Tingkat'}: `{rule.severity.value}`"
        + (f" · {'Source' if en else 'Dasar'}: {rule.source}" if rule.source else ""),
        "",
        rule.why(lang),
        "",
    ]
    if not en:
        lines += [f"*{rule.why('en')}*", ""]
    lines += [f"{'Wrong' if en else 'Salah'}:", "", *_fence(rule.wrong), "", f"{'Right' if en else 'Benar'}:", ""]
    lines += [*_fence(rule.right), ""]
    return lines


def rules_markdown(lang: Lang = "id") -> str:
    """The whole ``docs/rules.md``: an index, then each family's rules in code order."""
    rules = all_rules()
    lines = [
        "# Aturan pemeriksaan zi-docs / zi-docs check rules",
        "",
        f"<!-- Dibuat otomatis; jangan disunting. Generated; do not edit. Regenerate: {REGENERATE} -->",
        "",
        (
            "Setiap aturan punya kode tetap, tingkat bawaan, alasan (dengan dasar hukumnya bila ada), dan "
            "contoh salah dan benar. `zi-docs rule KODE` menampilkan teks yang sama."
        ),
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
    """``zi-docs rule CODE``: what, why, source, wrong and right, for a terminal."""
    en = lang == "en"
    lines = [
        f"{rule.code} {rule.name} ({rule.severity.label(lang)})",
        "",
        rule.summary(lang),
        "",
        f"{'Why' if en else 'Alasan'}: {rule.why(lang)}",
    ]
    if rule.source:
        lines.append(f"{'Source' if en else 'Dasar'}: {rule.source}")
    lines += ["", f"{'Wrong' if en else 'Salah'}:", _indent(rule.wrong), "", f"{'Right' if en else 'Benar'}:"]
    lines.append(_indent(rule.right))
    return "\n".join(lines) + "\n"


def _indent(text: str) -> str:
    return "\n".join("    " + line for line in text.splitlines())
