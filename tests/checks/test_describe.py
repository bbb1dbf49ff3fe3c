"""Places told as a legal reviewer writes them (issue 14): nested items cited by their
printed markers after their diktum or recital, "Diktum KEEMPAT angka 2 huruf f angka 3)"."""

from __future__ import annotations

from conftest import EXAMPLE

import zi_docs
from zi_docs.checks.describe import describe_path


def test_nested_diktum_items_are_cited_by_their_markers() -> None:
    k = zi_docs.load(EXAMPLE)
    place = describe_path(k, "diktum[3].rincian[1].rincian[5].rincian[2]")
    assert place("id") == "Diktum KEEMPAT angka 2 huruf f angka 3)"
    assert place("en") == "Diktum KEEMPAT number 2 letter f number 3)"


def test_an_item_without_a_label_has_the_marker_the_template_prints() -> None:
    k = zi_docs.load(EXAMPLE)
    item = k.diktum[3].rincian[1].rincian[5].rincian[2]
    item.label = None  # numbered by depth when rendered: a. → 1. → a) → 1); the third at depth 3 is c)
    assert describe_path(k, "diktum[3].rincian[1].rincian[5].rincian[2]")("id") == (
        "Diktum KEEMPAT angka 2 huruf f huruf c)"
    )
    k.menimbang[1].rincian = [k.menimbang[0].model_copy(update={"label": None})]
    assert describe_path(k, "menimbang[1].rincian[0]")("id") == "Menimbang huruf b angka 1"


def test_team_rows_and_plan_rows_keep_their_names() -> None:
    k = zi_docs.load(EXAMPLE)
    assert (
        describe_path(k, "lampiran[0].kelompok[6].anggota[2]")("id") == "Lampiran I, Tim Penguatan Pengawasan, baris 3"
    )
    assert describe_path(k, "lampiran[1].bagian[1].baris[2]")("en") == "Lampiran II, section II, row 3"
