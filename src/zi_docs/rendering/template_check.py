"""``zi-docs template check``: find what would break an office's decree template.

Word edits templates in ways that break Jinja without showing it: a tag typed in
two goes is split over several runs, autocorrect turns ``"`` into ``“``, a
``{%tr for %}`` row is deleted while its ``{%tr endfor %}`` stays.  This module
reads the DOCX parts (body, headers, footers, notes) paragraph by paragraph and
reports each problem with where it is:

* variables the model does not provide (``{{ kepala.nomer }}``): names unknown to
  the context, found from Jinja's AST, and fields missing on an object, found by
  rendering the template with a sample decree that has every part filled in;
* tags broken across paragraphs, or across runs (docxtpl can usually join runs,
  but the value then takes the first run's formatting);
* typographic quotes inside tags;
* ``{%tr %}`` / ``{%tc %}`` / ``{%p %}`` / ``{%r %}`` blocks that do not close, or
  close with another kind, and ``{%tr %}`` / ``{%tc %}`` outside a table;
* whatever else Jinja cannot parse.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import jinja2
from jinja2 import meta

from ..i18n import Lang, Message
from ..storage.regex_cache import regex
from .context import build_context
from .engine import make_environment, open_template
from .sample import contoh_keputusan
from .template_xml import TAG, TemplateParagraph, find_tag, part_paragraphs, read_template_parts

__all__ = ["TemplateIssue", "check_template", "find_tag"]

Severity = Literal["error", "warning"]
_OPENERS = ("{{", "{%", "{#")
_CLOSER_OF = {"{{": "}}", "{%": "%}", "{#": "#}"}
#: Quotes docxtpl straightens itself, and look-alikes it does not.
_SMART_FIXED = "“”‘’"
_SMART_BROKEN = "„‚«»‹›″′"
_BLOCK = regex(r"^\{%-?\s*(?:(tr|tc|p|r)\s+)?(\w+)")
_OPEN_KEYWORDS = {"for", "if", "macro", "call", "filter", "with", "block", "raw", "autoescape"}
_MIDDLE_KEYWORDS = {"else", "elif"}


@dataclass(frozen=True)
class TemplateIssue:
    """One problem in a template, with where a person finds it in Word."""

    kind: str
    """``unknown-variable``, ``split-tag``, ``unclosed-tag``, ``smart-quote``,
    ``unclosed-block``, ``mismatched-block``, ``misplaced-tag``, ``syntax``."""

    severity: Severity
    message: Message
    where: Message
    """``dokumen, paragraf 12 (tabel 2, baris 3, kolom 1)``."""

    snippet: str = ""
    """The paragraph's text around the problem."""

    def text(self, lang: Lang | None = None) -> str:
        label = {"error": ("galat", "error"), "warning": ("peringatan", "warning")}[self.severity]
        head = f"{self.where(lang)}: {label[1] if lang == 'en' else label[0]}: {self.message(lang)}"
        return head + (f"\n    {self.snippet}" if self.snippet else "")


def _check_paragraph(par: TemplateParagraph, issues: list[TemplateIssue]) -> None:
    # Tags not closed within the paragraph: Word put a line break or paragraph inside.
    i = 0
    while (start := min((par.text.find(o, i) for o in _OPENERS if par.text.find(o, i) >= 0), default=-1)) >= 0:
        opener = par.text[start : start + 2]
        end = par.text.find(_CLOSER_OF[opener], start + 2)
        if end < 0:
            issues.append(
                TemplateIssue(
                    "unclosed-tag",
                    "error",
                    Message(
                        f"tag '{opener}' tidak ditutup dengan '{_CLOSER_OF[opener]}' di paragraf yang sama",
                        f"tag '{opener}' is not closed by '{_CLOSER_OF[opener]}' in the same paragraph",
                    ),
                    par.where(),
                    par.snippet(start, start + 2),
                )
            )
            break
        i = end + 2
    for match in TAG.finditer(par.text):
        tag = match.group(0)
        runs = [k for k, (a, b) in enumerate(par.run_spans) if a < match.end() and b > match.start()]
        if len(runs) > 1:
            issues.append(
                TemplateIssue(
                    "split-tag",
                    "warning",
                    Message(
                        f"tag {tag!r} terpecah atas {len(runs)} run Word; ketik ulang tag itu sekaligus "
                        "(nilainya memakai format run pertama)",
                        f"tag {tag!r} is split over {len(runs)} Word runs; retype it in one go "
                        "(the value takes the first run's formatting)",
                    ),
                    par.where(),
                    par.snippet(match.start(), match.end()),
                )
            )
        if any(q in tag for q in _SMART_BROKEN):
            issues.append(
                TemplateIssue(
                    "smart-quote",
                    "error",
                    Message(
                        f"tanda kutip tipografis di dalam tag {tag!r}; ganti dengan \" atau '",
                        f"typographic quote inside tag {tag!r}; use \" or ' instead",
                    ),
                    par.where(),
                    par.snippet(match.start(), match.end()),
                )
            )
        elif any(q in tag for q in _SMART_FIXED):
            issues.append(
                TemplateIssue(
                    "smart-quote",
                    "warning",
                    Message(
                        f"tanda kutip “pintar” di dalam tag {tag!r}: docxtpl meluruskannya, tetapi "
                        "matikan AutoFormat tanda kutip di Word dan ketik ulang",
                        f"smart quote inside tag {tag!r}: docxtpl straightens it, but turn off "
                        "Word's quote AutoFormat and retype it",
                    ),
                    par.where(),
                    par.snippet(match.start(), match.end()),
                )
            )


def _check_blocks(paragraphs: list[TemplateParagraph], issues: list[TemplateIssue]) -> None:
    """Pairs of block tags, with the docxtpl prefix (tr/tc/p/r) each uses."""
    stack: list[tuple[str, str, TemplateParagraph, str]] = []
    for par in paragraphs:
        for match in TAG.finditer(par.text):
            tag = match.group(0)
            block = _BLOCK.match(tag)
            if not block:
                continue
            prefix, keyword = block.group(1) or "", block.group(2)
            if prefix in ("tr", "tc") and par.table is None:
                issues.append(
                    TemplateIssue(
                        "misplaced-tag",
                        "error",
                        Message(f"tag {{%{prefix} … %}} di luar tabel", f"tag {{%{prefix} … %}} outside a table"),
                        par.where(),
                        tag,
                    )
                )
            if keyword == "set" and "=" in tag:
                continue
            if keyword in _OPEN_KEYWORDS or keyword == "set":
                stack.append((keyword, prefix, par, tag))
            elif keyword in _MIDDLE_KEYWORDS or keyword.startswith("end"):
                opened = keyword[3:] if keyword.startswith("end") else None
                if not stack:
                    issues.append(
                        TemplateIssue(
                            "mismatched-block",
                            "error",
                            Message(f"{tag} tanpa pembuka", f"{tag} without an opening tag"),
                            par.where(),
                            tag,
                        )
                    )
                    continue
                top_keyword, top_prefix, top_par, top_tag = stack[-1]
                if opened is not None and opened != top_keyword:
                    issues.append(
                        TemplateIssue(
                            "mismatched-block",
                            "error",
                            Message(
                                f"{tag} menutup {top_tag} dari {top_par.where()('id')}",
                                f"{tag} closes {top_tag} from {top_par.where()('en')}",
                            ),
                            par.where(),
                            tag,
                        )
                    )
                elif prefix != top_prefix:
                    want = f"{{%{top_prefix} " if top_prefix else "{% "
                    issues.append(
                        TemplateIssue(
                            "mismatched-block",
                            "error",
                            Message(
                                f"{tag} harus ditulis dengan awalan yang sama dengan {top_tag} "
                                f"({top_par.where()('id')}): {want}{keyword} %}}",
                                f"{tag} must use the same prefix as {top_tag} "
                                f"({top_par.where()('en')}): {want}{keyword} %}}",
                            ),
                            par.where(),
                            tag,
                        )
                    )
                if opened is not None:
                    stack.pop()
    for _keyword, _prefix, par, tag in stack:
        issues.append(
            TemplateIssue(
                "unclosed-block",
                "error",
                Message(f"{tag} tidak pernah ditutup", f"{tag} is never closed"),
                par.where(),
                tag,
            )
        )


def _find_name(paragraphs: list[TemplateParagraph], pattern: re.Pattern[str]) -> TemplateParagraph | None:
    for par in paragraphs:
        for match in TAG.finditer(par.text):
            if pattern.search(match.group(0)):
                return par
    return None


class _Recorder(jinja2.ChainableUndefined):
    """Undefined that remembers each missing field instead of failing, so that one
    run finds them all."""

    found: list[tuple[Any, str]]

    def __init__(self, hint=None, obj=jinja2.utils.missing, name=None, exc=jinja2.exceptions.UndefinedError):
        super().__init__(hint, obj, name, exc)
        if obj is not jinja2.utils.missing and name is not None:
            type(self).found.append((obj, str(name)))


def _check_variables(path: Path, paragraphs: list[TemplateParagraph], issues: list[TemplateIssue]) -> None:
    tpl = open_template(path)
    tpl.render_init()
    context = build_context(contoh_keputusan())
    recorder = type("Recorder", (_Recorder,), {"found": []})
    env = make_environment(undefined=recorder)
    sources = [tpl.patch_xml(tpl.get_xml())]
    for uri in (tpl.HEADER_URI, tpl.FOOTER_URI):
        sources += [tpl.patch_xml(tpl.get_part_xml(part)) for _key, part in tpl.get_headers_footers(uri)]
    known = set(context) | set(env.globals)
    for source in sources:
        try:
            ast = env.parse(source)
        except jinja2.TemplateSyntaxError as exc:
            line = source.splitlines()[exc.lineno - 1] if exc.lineno and exc.lineno <= len(source.splitlines()) else ""
            near = re.sub(r"<[^>]+>", "", line)[:120]
            issues.append(
                TemplateIssue(
                    "syntax",
                    "error",
                    Message(
                        f"Jinja tidak dapat membaca templat: {exc.message}",
                        f"Jinja cannot parse the template: {exc.message}",
                    ),
                    Message("templat", "template"),
                    near,
                )
            )
            continue
        for name in sorted(meta.find_undeclared_variables(ast) - known):
            par = _find_name(paragraphs, re.compile(rf"(?<![\w.]){re.escape(name)}\b"))
            issues.append(
                TemplateIssue(
                    "unknown-variable",
                    "error",
                    Message(
                        f"variabel '{name}' tidak disediakan oleh model; yang tersedia: {', '.join(sorted(context))}",
                        f"variable '{name}' is not provided by the model; available: {', '.join(sorted(context))}",
                    ),
                    par.where() if par else Message("templat", "template"),
                    par.snippet() if par else "",
                )
            )
        try:
            env.from_string(source).render(context)
        except jinja2.TemplateError as exc:
            issues.append(
                TemplateIssue(
                    "syntax",
                    "error",
                    Message(f"templat gagal dirender: {exc}", f"the template fails to render: {exc}"),
                    Message("templat", "template"),
                )
            )
    reported: set[tuple[str, str]] = set()
    for obj, name in recorder.found:
        if isinstance(obj, jinja2.Undefined):
            continue  # the chain already failed further up and was reported there
        fields = sorted(obj) if isinstance(obj, dict) else []
        key = (",".join(fields), name)
        if key in reported or name in {"items", "keys", "values"}:
            continue
        reported.add(key)
        par = _find_name(paragraphs, re.compile(rf"\.\s*{re.escape(name)}\b|\[\s*['\"]{re.escape(name)}['\"]\s*\]"))
        available = ", ".join(fields)
        issues.append(
            TemplateIssue(
                "unknown-variable",
                "error",
                Message(
                    f"model tidak menyediakan '.{name}'" + (f"; yang tersedia: {available}" if available else ""),
                    f"the model provides no '.{name}'" + (f"; available: {available}" if available else ""),
                ),
                par.where() if par else Message("templat", "template"),
                par.snippet() if par else "",
            )
        )


def check_template(path: str | os.PathLike[str]) -> list[TemplateIssue]:
    """All problems found in the DOCX template at ``path`` (empty list: none found).

    Raises :class:`~zi_docs.errors.UnreadableFileError` when the file is not a DOCX.
    """
    path = Path(path)
    parts = read_template_parts(path)
    issues: list[TemplateIssue] = []
    all_paragraphs: list[TemplateParagraph] = []
    for part, root in parts.items():
        paragraphs = part_paragraphs(part, root)
        for par in paragraphs:
            _check_paragraph(par, issues)
        _check_blocks(paragraphs, issues)
        all_paragraphs += paragraphs
    if not any(i.kind in ("unclosed-tag", "unclosed-block", "mismatched-block", "misplaced-tag") for i in issues):
        # Parsing and rendering a template whose blocks are broken only repeats those findings less precisely.
        _check_variables(path, all_paragraphs, issues)
    return issues
