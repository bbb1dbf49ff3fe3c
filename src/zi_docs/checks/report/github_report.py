"""``--format github``: GitHub Actions workflow commands, one annotation per finding."""

from __future__ import annotations

from ...i18n import Lang
from ..run import FileResult
from ._common import place_words

_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """The message part of a workflow command (as @actions/core escapes it)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A property value (file, title): also ``:`` and ``,``, which separate properties."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(results: list[FileResult], lang: Lang) -> str:
    lines = []
    for result in results:
        if result.error is not None:
            lines.append(
                f"::error file={escape_property(result.path)},title=zi-docs::{escape_data(result.error.text(lang))}"
            )
            continue
        for f in result.findings:
            props = [f"file={escape_property(result.path)}"]
            if f.location is not None and f.location.baris is not None and f.location.halaman is None:
                props.append(f"line={f.location.baris}")
            props.append(f"title={escape_property(f.rule)}")
            where = f.description(lang)
            place = place_words(f, lang)
            message = f'{f.message(lang)} — "{f.text}" ({where}{", " + place if place else ""})'
            if f.fix is not None:
                message += f" → {f.fix.new}"
            lines.append(f"::{_LEVEL[f.severity.value]} {','.join(props)}::{escape_data(message)}")
    return "\n".join(lines) + ("\n" if lines else "")
