"""Render a decree to DOCX (docxtpl) and PDF (LibreOffice), and check templates.

>>> import zi_docs
>>> from zi_docs.rendering import render, RenderSettings
>>> k = zi_docs.load("examples/kpu-penajam-paser-utara-42-2025.yaml")
>>> render(k, "out/keputusan.docx", pdf=True, settings=RenderSettings(paper="A4"))  # doctest: +SKIP
"""

from __future__ import annotations

from .context import build_context
from .engine import default_template, render, render_docx_bytes
from .pdf import convert_to_pdf
from .settings import RenderSettings
from .template_check import TemplateIssue, check_template

__all__ = [
    "RenderSettings",
    "TemplateIssue",
    "build_context",
    "check_template",
    "convert_to_pdf",
    "default_template",
    "render",
    "render_docx_bytes",
]
