"""How decrees, attachments and findings look in Jupyter: the public path of the HTML views.

The decree's HTML lives with the model (:mod:`zi_docs.model.html`), the findings' HTML
with the reports (:mod:`zi_docs.checks.report.html`); this module names both, as the
documentation does.
"""

from __future__ import annotations

from .checks.report.html import MAX_ROWS, SEVERITY_COLOURS, findings_html
from .model.html import kelompok_html, keputusan_html, lampiran_html

__all__ = [
    "MAX_ROWS",
    "SEVERITY_COLOURS",
    "findings_html",
    "kelompok_html",
    "keputusan_html",
    "lampiran_html",
]
