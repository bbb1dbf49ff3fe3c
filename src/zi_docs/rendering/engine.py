"""Render a decree to DOCX with docxtpl, safely.

The template is Jinja inside WordprocessingML; the decree is only ever *data* in
the context.  Rendering uses a sandboxed Jinja environment with autoescaping on,
so ``&``, ``<``, quotes and ``{{ … }}`` typed by a user come out literally and are
never evaluated.  After rendering, the page and font settings are applied, an empty
trailing section is removed and the document properties (title, subject, author,
keywords) are set from the decree.
"""

from __future__ import annotations

import functools
import io
import os
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import jinja2
from docx.opc.exceptions import PackageNotFoundError
from docxtpl import DocxTemplate
from jinja2.sandbox import SandboxedEnvironment

from ..docx.ns import qn
from ..errors import TemplateError, UnreadableFileError
from ..i18n import Message
from ..model import Keputusan
from ..storage.load_save import write_atomic
from ..storage.regex_cache import regex
from ..storage.resources import resource_dir
from .context import build_context, teks_aman
from .filters import FILTERS
from .settings import AS_TEMPLATE, RenderSettings, apply_settings
from .template_xml import find_tag

TEMPLATE_NAME = "keputusan.docx"


def default_template() -> Path:
    """The shipped template, ``templates/keputusan/keputusan.docx``."""
    return resource_dir("templates") / "keputusan" / TEMPLATE_NAME


def make_environment(undefined: type[jinja2.Undefined] = jinja2.StrictUndefined) -> SandboxedEnvironment:
    """The Jinja environment every decree template is rendered with.

    Sandboxed, because a template may come from outside (an office's own file);
    autoescaped, because values are written into XML; strict about undefined
    names, so that a misspelt variable is an error rather than a silent blank.
    """
    env = SandboxedEnvironment(autoescape=True, undefined=undefined, keep_trailing_newline=True)
    env.filters.update(FILTERS)
    return env


@functools.cache
def _shared_environment() -> SandboxedEnvironment:
    """The environment of :func:`render_docx_bytes`, made once so that the templates
    compiled with it can be kept (see :func:`_compile`)."""
    return make_environment()


#: Compiled template parts of the shared environment, by their XML source.  Compiling
#: a part with Jinja costs more than rendering it; a batch renders the same template
#: hundreds of times.  A handful of templates is kept, the oldest dropped first.
_COMPILED: dict[str, jinja2.Template] = {}
_COMPILED_MAX = 32
T = TypeVar("T")


def _kept(store: dict[str, T], src_xml: str, make: Callable[[str], T]) -> T:
    """``make(src_xml)``, kept in ``store`` by the part's XML; a handful of templates' parts
    are kept, the oldest dropped first."""
    made = store.get(src_xml)
    if made is None:
        made = make(src_xml)
        if len(store) >= _COMPILED_MAX:
            store.pop(next(iter(store)), None)
        store[src_xml] = made
    return made


def _compile(env: jinja2.Environment, src_xml: str) -> jinja2.Template:
    if env is not _shared_environment():
        return env.from_string(src_xml)
    return _kept(_COMPILED, src_xml, env.from_string)


#: docxtpl's clean-up of a template part before Jinja reads it (``patch_xml``: some forty
#: regular expressions over the whole part, 37 ms of each render of the KPU template)
#: depends on the part's XML alone; kept by that XML, as the compiled parts are.
_PATCHED: dict[str, str] = {}
#: Characters docxtpl's ``resolve_listing`` turns into tabs, breaks and paragraphs.
_LISTING = ("\t", "\a", "\n", "\f")
#: A paragraph as docxtpl's ``resolve_listing`` finds them (its own pattern and flags).
_PARAGRAPH = regex(r"<w:p(?: [^>]*)?>.*?</w:p>", re.DOTALL)


class _DecreeTemplate(DocxTemplate):
    """docxtpl's template, less one step that would alter user text, and less the work
    that gives the same result every time.

    After rendering, docxtpl turns ``{_{`` into ``{{`` (its escape for literal tags in
    a template); applied to the output it would also change a user's ``{_{``.  This
    is docxtpl's ``render_xml_part`` without that replacement.
    """

    def patch_xml(self, src_xml: str) -> str:
        return _kept(_PATCHED, src_xml, super().patch_xml)

    def resolve_listing(self, xml: str) -> str:
        # docxtpl makes three nested passes over every paragraph, run and text (15 ms of a
        # render), which change nothing in a paragraph that has none of the characters they
        # turn: only the paragraphs that have one are handed to it, each found as it finds them.
        if not any(mark in xml for mark in _LISTING):
            return xml
        resolve = super().resolve_listing
        return _PARAGRAPH.sub(
            lambda m: resolve(m.group(0)) if any(mark in m.group(0) for mark in _LISTING) else m.group(0), xml
        )

    def render_xml_part(self, src_xml, part, context, jinja_env=None):
        src_xml = re.sub(r"<w:p([ >])", r"\n<w:p\1", src_xml)
        self.current_rendering_part = part
        template = _compile(jinja_env or SandboxedEnvironment(autoescape=True), src_xml)
        dst_xml = template.render(context)
        dst_xml = re.sub(r"\n<w:p([ >])", r"<w:p\1", dst_xml)
        return self.resolve_listing(dst_xml)


def open_template(path: str | os.PathLike[str]) -> _DecreeTemplate:
    """Open a DOCX template, with a clear error when it is missing or not a DOCX."""
    path = Path(path)
    if not path.is_file():
        raise UnreadableFileError(
            Message("templat tidak ditemukan", "template not found"),
            path=path,
            hint=Message("Periksa nama dan folder berkas templat.", "Check the template's file name and folder."),
        )
    try:
        return _DecreeTemplate(path)
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise UnreadableFileError(
            Message(f"templat bukan berkas DOCX yang sah ({exc})", f"the template is not a valid DOCX file ({exc})"),
            path=path,
            hint=Message("Simpan templat dari Word sebagai .docx.", "Save the template from Word as .docx."),
        ) from None


def _template_error(exc: jinja2.TemplateError, path: Path) -> TemplateError:
    detail = getattr(exc, "message", None) or str(exc)
    # Jinja names the refused attribute or the unknown name, not the tag: find the tag.
    where_id = where_en = ""
    quoted = re.search(r"'([^']+)'", detail)
    if quoted:
        found = find_tag(path, quoted.group(1))
        if found:
            tag, place = found
            where_id, where_en = f" pada tag {tag} ({place('id')})", f" in the tag {tag} ({place('en')})"
    return TemplateError(
        Message(
            f"templat tidak dapat dirender{where_id}: {detail}", f"the template cannot be rendered{where_en}: {detail}"
        ),
        path=path,
        hint=Message(
            f"Jalankan: zi-docs template check {path}",
            f"Run: zi-docs template check {path}",
        ),
    )


def _drop_empty_last_section(document: Any) -> None:
    """Remove an empty section at the end of the document.

    A template whose last Lampiran is landscape ends that section with a section
    break; the document's own final section after it would be an empty page.  Its
    layout moves to the end of the document and the empty paragraph goes.
    """
    body = document.element.body
    blocks = [child for child in body if child.tag in (qn("w:p"), qn("w:tbl"))]
    if not blocks or blocks[-1].tag != qn("w:p"):
        return
    last = blocks[-1]
    sect_pr = last.find(qn("w:pPr/w:sectPr"))
    if sect_pr is None or last.find(".//" + qn("w:t")) is not None:
        return
    body_sect_pr = body.find(qn("w:sectPr"))
    if body_sect_pr is not None:
        body.replace(body_sect_pr, sect_pr)
    else:
        body.append(sect_pr)
    body.remove(last)


def _set_properties(document: Any, keputusan: Keputusan) -> None:
    """Document properties; :func:`~zi_docs.rendering.pdf.convert_to_pdf` copies them into the PDF."""
    kepala = keputusan.kepala
    props = document.core_properties
    # The title is what follows TENTANG (core properties hold at most 255 characters;
    # the full citation "KEPUTUSAN … NOMOR … TENTANG …" would not fit); the subject
    # names the decree by issuer and number.
    one_line = lambda text: " ".join(teks_aman(text).split())[:255]
    props.title = one_line(kepala.tentang)
    heading = " ".join(p for p in (kepala.jenis, kepala.pejabat, kepala.instansi) if p)
    props.subject = one_line(f"{heading} NOMOR {kepala.nomor}" + (f" TAHUN {kepala.tahun}" if kepala.tahun else ""))
    props.author = one_line(kepala.instansi)
    nomor = f"Nomor {kepala.nomor}" + (f" Tahun {kepala.tahun}" if kepala.tahun else "")
    keywords = [kepala.jenis.title(), nomor, kepala.instansi]
    keywords += [f"Lampiran {lamp.nomor or ''}: {lamp.judul}" for lamp in keputusan.lampiran]
    props.keywords = one_line("; ".join(" ".join(k.split()) for k in keywords))
    props.comments = "zi_docs"
    props.language = "id-ID"
    props.category = "Keputusan"


def render_docx_bytes(
    keputusan: Keputusan,
    *,
    template: str | os.PathLike[str] | None = None,
    settings: RenderSettings | None = None,
) -> bytes:
    """The rendered DOCX as bytes (see :func:`render`)."""
    template_path = Path(template) if template is not None else default_template()
    if settings is None:
        settings = RenderSettings() if template is None else AS_TEMPLATE
    tpl = open_template(template_path)
    context = build_context(keputusan)
    try:
        tpl.render(context, _shared_environment(), autoescape=True)
    except jinja2.TemplateError as exc:
        raise _template_error(exc, template_path) from None
    document = tpl.docx
    _drop_empty_last_section(document)
    apply_settings(document, settings)
    _set_properties(document, keputusan)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def render(
    keputusan: Keputusan,
    output: str | os.PathLike[str],
    *,
    pdf: bool = False,
    template: str | os.PathLike[str] | None = None,
    settings: RenderSettings | None = None,
) -> list[Path]:
    """Render ``keputusan`` to the DOCX file ``output`` and, with ``pdf=True``, to a PDF beside it.

    ``template`` is an office's own docxtpl template (default: the shipped one).
    ``settings`` chooses paper and font; by default the shipped template is
    rendered on F4 in Bookman Old Style 12 and an office's template as it is.
    Returns the paths written: the DOCX, then the PDF.  Files are written
    atomically (temporary file, then rename).
    """
    output = Path(output)
    write_atomic(output, render_docx_bytes(keputusan, template=template, settings=settings))
    paths = [output]
    if pdf:
        from .pdf import convert_to_pdf

        paths += convert_to_pdf([output], output.parent)
    return paths
