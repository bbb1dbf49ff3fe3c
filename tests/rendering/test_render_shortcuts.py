"""The work the renderer spares docxtpl gives docxtpl's own result (issue 17): the cleaned
template parts kept by their XML, and tabs and breaks turned only where the text has them."""

from __future__ import annotations

import io
import zipfile

from docxtpl import DocxTemplate
from hypothesis import given, settings
from hypothesis import strategies as st

import zi_docs
from zi_docs.rendering import engine, render_docx_bytes

_TEXT = st.text(alphabet=st.sampled_from(list("ab <>&;\t\n\a\f")), max_size=12).map(
    lambda t: t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
)
_RUN = st.builds(
    lambda bold, texts: (
        "<w:r>"
        + ("<w:rPr><w:b/></w:rPr>" if bold else "")
        + "".join(f'<w:t xml:space="preserve">{t}</w:t>' for t in texts)
        + "</w:r>"
    ),
    st.booleans(),
    st.lists(_TEXT, min_size=1, max_size=3),
)
_PARAGRAPH = st.builds(
    lambda opening, centred, runs: (
        opening + ('<w:pPr><w:jc w:val="center"/></w:pPr>' if centred else "") + "".join(runs) + "</w:p>"
    ),
    st.sampled_from(["<w:p>", '<w:p w:rsidR="00AB12CD">']),
    st.booleans(),
    st.lists(_RUN, max_size=3),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PARAGRAPH, max_size=5), st.sampled_from(["", "<w:tbl><w:tr><w:tc>", "<w:sectPr/>"]))
def test_turning_tabs_and_breaks_gives_docxtpls_result(paragraphs: list[str], between: str) -> None:
    xml = "<w:body>" + between.join(paragraphs) + "</w:body>"
    template = engine._DecreeTemplate.__new__(engine._DecreeTemplate)
    assert template.resolve_listing(xml) == DocxTemplate.resolve_listing(template, xml)


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return {name: package.read(name) for name in package.namelist() if name != "docProps/core.xml"}


def test_a_kept_template_part_renders_as_a_freshly_cleaned_one(example_path, monkeypatch) -> None:
    keputusan = zi_docs.load(example_path)
    first = _parts(render_docx_bytes(keputusan))
    assert engine._PATCHED  # the template's parts are kept
    again = _parts(render_docx_bytes(keputusan))
    monkeypatch.setattr(engine._DecreeTemplate, "patch_xml", DocxTemplate.patch_xml)
    monkeypatch.setattr(engine._DecreeTemplate, "resolve_listing", DocxTemplate.resolve_listing)
    assert first == again == _parts(render_docx_bytes(keputusan))
