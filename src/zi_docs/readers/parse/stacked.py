"""A layout-table row whose labels stand stacked in one cell and their texts in the next.

Word templates often lay the considerations out as one table row: the first cell
holds "Menimbang:", some empty paragraphs and "Mengingat :", the next cell every
item of both lists; or a signature's "Ditetapkan di / Pada tanggal" stacked against
"Bogor / 4 Januari 2021"; or item numbers "1. 2. 3." against their texts.  Read cell
by cell, the labels would all come first and the texts after them; this module pairs
each label with the texts it stands beside.
"""

from __future__ import annotations

from ...grammar import DIKTUM, DITETAPKAN, ITEM, KEYWORD, LABEL_SEPARATOR, PADA_TANGGAL, norm


def _is_label(paragraph: str) -> bool:
    """A paragraph that is only a label: a keyword, a diktum label, an item number, a signature field."""
    text = norm(paragraph)
    if (m := KEYWORD.match(text)) and not m[2].strip():
        return True
    if (m := DIKTUM.match(text + (" " + LABEL_SEPARATOR if not text.endswith(LABEL_SEPARATOR) else ""))) and not m[
        "rest"
    ].strip():
        return True
    if (m := ITEM.match(text)) and not m["rest"].strip():
        return True
    if (m := DITETAPKAN.match(text)) and not m["tempat"].strip(" :"):
        return True
    return bool((m := PADA_TANGGAL.match(text)) and not m["tanggal"].strip(" :"))


def _groups_at_blanks(paragraphs: list[str]) -> list[list[str]]:
    groups: list[list[str]] = [[]]
    for paragraph in paragraphs:
        if paragraph:
            groups[-1].append(paragraph)
        elif groups[-1]:
            groups.append([])
    return [g for g in groups if g]


def _style(paragraph: str) -> str | None:
    """``"a."``, ``"1."``, ``"a)"`` or ``"1)"``: the numbering style of an item, if it is one."""
    m = ITEM.match(norm(paragraph))
    if not m:
        return None
    label = m["label"]
    return ("a" if label[0].isalpha() else "1") + label[-1]


def _groups_at_restarts(paragraphs: list[str]) -> list[list[str]]:
    """A new group where a list of another numbering style starts over ("a. …" then "1. …")."""
    groups: list[list[str]] = []
    for paragraph in filter(None, paragraphs):
        style = _style(paragraph)
        first = ITEM.match(norm(paragraph))
        restarts = first is not None and first["label"][:-1] in ("a", "1")
        if not groups or (restarts and style != _style(groups[-1][0])):
            groups.append([paragraph])
        else:
            groups[-1].append(paragraph)
    return groups


def stacked_row(cells: tuple[str, ...]) -> list[str] | None:
    """The row as text lines, each label with its text; ``None`` unless the row has that layout.

    The labels stand in the last column but one that has content, the texts in the last;
    cells before them with one paragraph each ("Mengingat | :") open the first line.
    """
    columns = [[p.strip() for p in cell.split("\n")] for cell in cells]
    content = [i for i, col in enumerate(columns) if any(p not in ("", LABEL_SEPARATOR) for p in col)]
    if len(content) < 2:
        return None
    label_at, text_at = content[-2], content[-1]
    before = [[p for p in col if p] for col in columns[:label_at]]
    if any(len(col) > 1 for col in before):
        return None
    prefix = " ".join(p for col in before for p in col)
    labels = [p for p in columns[label_at] if p and p != LABEL_SEPARATOR]
    if len(labels) < 2 or not all(_is_label(p) for p in labels):
        return None
    texts = columns[text_at]
    filled = [p for p in texts if p]
    lines: list[str] | None = None
    if len(filled) == len(labels):
        lines = [f"{label} {text}" for label, text in zip(labels, filled, strict=True)]
    else:
        for groups in (_groups_at_blanks(texts), _groups_at_restarts(texts)):
            if len(groups) == len(labels):
                lines = []
                for label, group in zip(labels, groups, strict=True):
                    lines.append(f"{label} {group[0]}")
                    lines.extend(group[1:])
                break
    if lines is None:
        return None
    lines[0] = f"{prefix} {lines[0]}"
    return [norm(line) for line in lines]
