"""Rendering the report templates: once (docxtpl, with images) or many times (compiled once).

Both paths use the decree renderer's sandboxed, autoescaped Jinja environment
(:func:`zi_docs.rendering.engine.make_environment`) and pass every piece of user
text through :func:`~zi_docs.rendering.context.teks_aman`, so a name or note
holding ``&``, ``<`` or ``{{ … }}`` is printed as typed and never run.

:class:`TemplatCepat` is for rosters.  docxtpl, per render, opens the DOCX,
parses its XML with python-docx, cleans the tags with a dozen regular expressions,
compiles the Jinja template, renders, re-parses the result and saves the whole
package.  Only the Jinja render depends on the person; everything else is done
once here: the template body is cleaned and compiled once, the document around the
body is kept as two strings, and the other parts of the package are compressed once
into a base ZIP to which each render appends only its document.
"""

from __future__ import annotations

import io
import os
import re
import zipfile
from collections.abc import Callable, Mapping
from html import escape
from pathlib import Path
from typing import Any

import jinja2
from lxml import etree

from ..errors import TemplateError
from ..i18n import Message
from ..rendering.context import teks_aman
from ..rendering.engine import make_environment, open_template
from ..storage.resources import resource_dir

__all__ = ["TemplatCepat", "aman", "render_docx", "templat_laporan"]

_DOCUMENT_PART = "word/document.xml"
_CORE_PART = "docProps/core.xml"


def templat_laporan(nama: str) -> Path:
    """A shipped template of ``templates/laporan/`` (``"triwulan.docx"`` …)."""
    return resource_dir("templates") / "laporan" / nama


def aman(nilai: Any) -> Any:
    """Every string in a context made safe for XML; other values unchanged."""
    if isinstance(nilai, str):
        return teks_aman(nilai)
    if isinstance(nilai, Mapping):
        return {k: aman(v) for k, v in nilai.items()}
    if isinstance(nilai, (list, tuple)):
        return [aman(v) for v in nilai]
    return nilai


def _gagal(exc: jinja2.TemplateError, path: Path) -> TemplateError:
    detail = getattr(exc, "message", None) or str(exc)
    return TemplateError(
        Message(f"templat tidak dapat dirender: {detail}", f"the template cannot be rendered: {detail}"), path=path
    )


def _properti(document: Any, judul: str, penulis: str) -> None:
    props = document.core_properties
    props.title = " ".join(teks_aman(judul).split())[:255]
    props.author = " ".join(teks_aman(penulis).split())[:255]
    props.subject = props.title
    props.comments = "zi_docs"
    props.language = "id-ID"
    props.keywords = "Zona Integritas"


def render_docx(
    template: Path,
    context: Callable[[Any], dict[str, Any]] | dict[str, Any],
    *,
    judul: str = "",
    penulis: str = "",
    settings: Any = None,
) -> bytes:
    """Render one document with docxtpl; returns the DOCX bytes.

    ``context`` may be a function of the opened template, for values that need it
    (docxtpl's ``InlineImage`` adds the picture to the template's package).
    """
    tpl = open_template(template)
    data = context(tpl) if callable(context) else context
    try:
        tpl.render(data, make_environment(), autoescape=True)
    except jinja2.TemplateError as exc:
        raise _gagal(exc, template) from None
    document = tpl.docx
    if settings is not None:
        from ..rendering.settings import apply_settings

        apply_settings(document, settings)
    _properti(document, judul, penulis)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


class TemplatCepat:
    """A statement template parsed and compiled once, rendered many times.

    Only for templates whose variable parts are in the body (no images, no
    ``{%tc %}`` column loops, no tags in headers or footers), which is what
    ``tools/build_laporan_templates.py`` writes for the statements.
    """

    def __init__(self, template: str | os.PathLike[str]):
        self.path = Path(template)
        tpl = open_template(self.path)
        tpl.init_docx()  # docxtpl opens the package lazily
        # docxtpl's own clean-up of tags split across Word runs, done once.
        source = tpl.patch_xml(tpl.get_xml())
        source = re.sub(r"<w:p([ >])", r"\n<w:p\1", source)
        try:
            self._jinja = make_environment().from_string(source)
        except jinja2.TemplateError as exc:
            raise _gagal(exc, self.path) from None
        self._listing = tpl.resolve_listing  # \n in text → line breaks, as docxtpl does
        # The document element around the body, as text: the rendered body goes between.
        root = tpl.docx._element
        body = root.body
        marker = etree.Comment("ZI-DOCS-BODY")
        body.addprevious(marker)
        body.getparent().remove(body)
        head, tail = etree.tostring(root, encoding="unicode").split("<!--ZI-DOCS-BODY-->")
        self._head = "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n" + head
        self._tail = tail
        # Every other part, compressed once into a base package; each render appends only
        # the document (compressing the unchanged parts again was most of the time per person).
        base = io.BytesIO()
        with zipfile.ZipFile(self.path) as package, zipfile.ZipFile(base, "w", zipfile.ZIP_DEFLATED) as out:
            self._core = None
            for info in package.infolist():
                if info.filename == _DOCUMENT_PART:
                    continue
                if info.filename == _CORE_PART:
                    self._core = package.read(info)  # per document: it holds the title
                    continue
                out.writestr(info, package.read(info))
        self._base = base.getvalue()

    def render_xml(self, context: dict[str, Any]) -> str:
        try:
            body = self._jinja.render(context)
        except jinja2.TemplateError as exc:
            raise _gagal(exc, self.path) from None
        body = re.sub(r"\n<w:p([ >])", r"<w:p\1", body)
        return self._head + self._listing(body) + self._tail

    def render(self, context: dict[str, Any], *, judul: str = "") -> bytes:
        """The DOCX bytes for ``context``."""
        document = self.render_xml(context).encode("utf-8")
        buffer = io.BytesIO(self._base)
        buffer.seek(0, io.SEEK_END)
        with zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED, compresslevel=6) as out:
            out.writestr(_DOCUMENT_PART, document)
            if self._core is not None:
                core = self._core
                if judul:
                    safe = escape(" ".join(teks_aman(judul).split())[:255], quote=False)
                    core = re.sub(rb"<dc:title>.*?</dc:title>|<dc:title/>", f"<dc:title>{safe}</dc:title>".encode(),
                                  core, count=1, flags=re.S)  # fmt: skip
                out.writestr(_CORE_PART, core)
        return buffer.getvalue()
