"""The dictionary, word checks and suggestions of :mod:`zi_docs.language.spelling`."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zi_docs.language import spelling
from zi_docs.language.spelling import (
    KAMUS_DIR,
    camel_split,
    compound_pair,
    compound_single,
    glued_preposition,
    glued_words,
    kamus,
    match_case,
    prefixed,
    tokens,
    unmelted,
)


@pytest.fixture(scope="module")
def k():
    return kamus()


def test_bundled_dictionary_and_licence_are_shipped():
    for name in ("id_ID.dic", "id_ID.aff", "LICENSE.LGPL-3", "LICENSE.GPL-3", "README.md", "baku.tsv"):
        assert (KAMUS_DIR / name).is_file(), name


def test_loading_again_gives_the_same_dictionary(k):
    # How long loading takes is measured in benchmarks/spelling.py, not asserted here.
    spelling.kamus.cache_clear()
    again = kamus()
    assert len(again.forms) > 200_000 and set(again.forms) == set(k.forms)


def test_expansion_agrees_with_spylls(k):
    """Every form our .aff reader produces is accepted by hunspell's own algorithm."""
    spylls = pytest.importorskip("spylls.hunspell")
    engine = spylls.Dictionary.from_files(str(KAMUS_DIR / "id_ID"))
    # spylls splits words at hyphens (its BREAK default), so "-nya" forms are left out
    sample = random.Random(7).sample(sorted(w for w in k.forms if "-" not in w), 400)
    # forms are kept lowercase; proper nouns (Virgo) are in the .dic with a capital
    rejected = [w for w in sample if not (engine.lookup(w) or engine.lookup(w.capitalize()))]
    assert not rejected


@pytest.mark.parametrize(
    "word",
    [
        "pengaduan",
        "pemantauan",
        "menindaklanjuti",
        "ditetapkan",
        "kepada",
        "bukti-bukti",
        "timbulnya",
        "diidentifikasi",
        "berkontribusi",
        "terintegrasi",
        "selambat-lambatnya",
        "monev",
        "website",
        "akuntabilitas",
    ],
)
def test_known_words(k, word):
    assert k.known(word)


@pytest.mark.parametrize(
    "word", ["pengaudan", "pemantuan", "resiko", "aktifitas", "pembanguan", "kedalam", "sekertariat"]
)
def test_unknown_words(k, word):
    assert not k.known(word)


def test_extra_words_are_accepted(k):
    assert not k.known("sipatuh")
    assert k.known("sipatuh", {"sipatuh"})


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        ("pengaudan", "pengaduan"),
        ("pemantuan", "pemantauan"),
        ("aktifitas", "aktivitas"),
        ("resiko", "risiko"),
        ("pembanguan", "pembangunan"),
        ("sekertariat", "sekretariat"),
        ("Pengaudan", "Pengaduan"),
    ],
)
def test_suggestions_put_the_right_word_first(k, wrong, right):
    assert k.suggest(wrong)[0] == right


def test_baku_keeps_case_and_affixes(k):
    assert k.baku("resiko")[0] == "risiko"
    assert k.baku("RESIKO")[0] == "RISIKO"
    assert k.baku("Beresiko")[0] == "Berisiko"
    assert k.baku("resikonya")[0] == "risikonya"
    assert k.baku("perijinan")[0] == "perizinan"
    assert k.baku("nopember")[0] == "November"
    assert k.baku("risiko") is None


def test_match_case():
    assert match_case("Resiko", "risiko") == "Risiko"
    assert match_case("RESIKO", "risiko") == "RISIKO"
    assert match_case("nopember", "November") == "November"


@pytest.mark.parametrize(
    ("prefix", "stem", "word"),
    [
        ("meN", "sosialisasi", "menyosialisasi"),
        ("meN", "komunikasi", "mengomunikasi"),
        ("meN", "pengaruh", "memengaruh"),
        ("meN", "taat", "menaat"),
        ("meN", "produksi", "memproduksi"),
        ("meN", "transfer", "mentransfer"),
        ("meN", "lapor", "melapor"),
        ("peN", "adu", "pengadu"),
        ("meN", "cek", "mengecek"),
        ("ber", "kerja", "bekerja"),
        ("ber", "risiko", "berisiko"),
        ("meN", "tindak", "menindak"),
    ],
)
def test_prefixed(prefix, stem, word):
    assert prefixed(prefix, stem) == word


def test_unmelted(k):
    assert unmelted(k, "mempublikasikan") == "memublikasikan"
    assert unmelted(k, "Mensukseskan") == "Menyukseskan"
    for right in ("mempunyai", "mengkaji", "memperhatikan", "mentransfer", "memproduksi", "penyusunan"):
        assert unmelted(k, right) is None


@pytest.mark.parametrize(
    ("word", "right"),
    [
        ("dimasing-masing", "di masing-masing"),
        ("kedalam", "ke dalam"),
        ("dimasa", "di masa"),
        ("diatas", "di atas"),
        ("kemana", "ke mana"),
        ("disamping", "di samping"),
        ("dikemudian", "di kemudian"),
        ("Didalam", "Di dalam"),
        ("didalamnya", "di dalamnya"),
    ],
)
def test_glued_preposition(k, word, right):
    assert glued_preposition(k, word) == right


@pytest.mark.parametrize(
    "word", ["dilakukan", "ditetapkan", "kepada", "kedua", "keluar", "diatasi", "diproses", "ketua"]
)
def test_glued_preposition_leaves_words_alone(k, word):
    assert glued_preposition(k, word) is None


def test_compounds(k):
    assert compound_single(k, "tindaklanjuti").benar == "tindak lanjuti"
    assert not compound_single(k, "tindaklanjuti").aman  # noun or verb: a person decides
    assert compound_single(k, "tindaklanjut").benar == "tindak lanjut"
    assert compound_single(k, "Kerjasama").benar == "Kerja sama"
    assert compound_single(k, "bertanggungjawab").benar == "bertanggung jawab"
    assert compound_single(k, "menindaklanjuti") is None
    assert compound_single(k, "pertanggungjawaban") is None
    assert compound_pair(k, "ditindak", "lanjuti").benar == "ditindaklanjuti"
    assert compound_pair(k, "pertanggung", "jawaban").benar == "pertanggungjawaban"
    assert compound_pair(k, "bertanggung", "jawab") is None


def test_run_together(k):
    assert camel_split(k, "BagianPartisipasi") == "Bagian Partisipasi"
    assert camel_split(k, "KabupatenPenajam") == "Kabupaten Penajam"
    assert camel_split(k, "UndangUndang") == "Undang-Undang"
    for term in ("KemenPANRB", "PermenPANRB", "eKinerja", "WhatsApp", "bebErapa"):
        assert camel_split(k, term) is None
    assert glued_words(k, "yangtelah") == "yang telah"
    assert glued_words(k, "terutang") is None  # ter- + utang
    assert glued_words(k, "sebagaimala") is None  # a typo of sebagaimana


def test_tokens_mark_codes_and_sentence_starts():
    toks = tokens("Membuat hotline, surel kab_ppu@kpu.go.id Nomor 2410/PW.02-SD/64/2025; Sosialisasi  Dokumen x")
    by_text = {t.text: t for t in toks}
    assert by_text["Membuat"].sentence_start
    assert not by_text["hotline"].sentence_start
    assert by_text["kpu"].in_code and by_text["PW"].in_code
    assert by_text["Sosialisasi"].sentence_start and by_text["Dokumen"].sentence_start
    assert not by_text["Nomor"].sentence_start


def _tokens_one_run_at_a_time(text: str) -> list[tuple[str, int, int, bool, bool]]:
    """The tokenizer written plainly (every run of non-space characters matched against the word
    pattern on its own), for the property below: ``tokens`` tells a bare word in the same search."""
    import re

    from zi_docs.language.spelling.tokens import _BREAK, _CODE, _LEAD, _WORD

    out, boundary, prev_end = [], True, 0
    for chunk in re.finditer(r"\S+", text):
        start, end = chunk.span()
        gap = text[prev_end:start]
        if "\n" in gap or "\t" in gap or "  " in gap:
            boundary = True
        piece = chunk.group()
        if _WORD.fullmatch(piece):
            out.append((piece, start, end, boundary, False))
            boundary, prev_end = False, end
            continue
        code = bool(_CODE.search(piece.strip(".,;:()[]\"'")))
        first = True
        for m in _WORD.finditer(piece):
            starts = boundary and first and not _LEAD.search(piece, 0, m.start())
            out.append((m.group(), start + m.start(), start + m.end(), starts, code))
            first = False
        boundary = bool(_BREAK.search(piece)) or piece in ("-", "•", "*")
        prev_end = end
    return out


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from([*"abcXYZéü0129 -'’.,;:!?()/@_\n\t•*", "  ", "www.", "://", "Nomor", "Tahun2025"]),
        max_size=40,
    ).map("".join)
    | st.text(max_size=60)
)
def test_tokens_are_the_words_of_the_plain_tokenizer(text: str) -> None:
    got = [tuple(t) for t in tokens.__wrapped__(text)]
    assert got == _tokens_one_run_at_a_time(text)
    assert all(text[start:end] == word for word, start, end, _, _ in got)
