"""Word parts written apart that EYD V writes together: a bound form before its word
(Sub Bagian → Subbagian, anti gratifikasi → antigratifikasi, non ASN → non-ASN) and the
verb prefix di- before its verb (di proses → diproses)."""

from __future__ import annotations

from typing import NamedTuple

from .kamus import Kamus
from .morphology import BOUND_FORMS

#: Bound forms that are also free words (anti "tidak setuju", antar "mengantar", semi
#: "tunas", tuna "ikan", ekstra "tambahan"): the fix is a person's call, and a function
#: word after them ("anti terhadap", "antar ke") shows the free word.
FREE = frozenset({"anti", "antar", "ekstra", "semi", "tuna"})
#: free ones that join only when the joined word is in the dictionary (tunanetra,
#: ekstrakurikuler): "biaya ekstra", "ikan tuna segar" are not bound forms
JOINED_ONLY = frozenset({"ekstra", "tuna"})
#: words after a bound form that make a compound of two free words, not a bound form
_COMPOUND_AFTER = {"antar": frozenset({"jemput"})}
#: function words: after one of them the bound form is a free word, or a word cut off
FUNCTION_WORDS = frozenset(
    {
        "dan",
        "atau",
        "yang",
        "di",
        "ke",
        "dari",
        "pada",
        "kepada",
        "terhadap",
        "dengan",
        "untuk",
        "bagi",
        "oleh",
        "dalam",
        "sebagai",
        "atas",
        "serta",
        "maupun",
        "ini",
        "itu",
        "tersebut",
        "adalah",
        "ialah",
        "yaitu",
        "yakni",
        "juga",
        "akan",
        "telah",
        "sudah",
        "tidak",
        "bukan",
        "secara",
        "agar",
        "supaya",
        "karena",
        "sehingga",
    }
)
#: nouns of place or time after "di": the preposition, written apart (di lantai 2, di
#: tahun ini), although the dictionary knows a verb with di- (dilantai, dimasa); and
#: determiners and quantifiers ("di suatu tempat", "di berbagai daerah")
_PLACE_AFTER_DI = frozenset(
    {
        "lantai",
        "jalan",
        "muka",
        "bulan",
        "minggu",
        "tahun",
        "hari",
        "malam",
        "pagi",
        "siang",
        "sore",
        "ruang",
        "ruangan",
        "meja",
        "rapat",
        "forum",
        "laman",
        "situs",
        "media",
        "wilayah",
        "tingkat",
        "lingkungan",
        "sekitar",
        "kawasan",
        "satuan",
        "satker",
        "lingkup",
        "kalangan",
        "ranah",
        "lini",
        "level",
        "tataran",
        "posisi",
        "pihak",
        "halaman",
        "kolom",
        "lembar",
        "bab",
        "bagian",
        "pasal",
        "ayat",
        "butir",
        "suatu",
        "sebuah",
        "setiap",
        "tiap",
        "beberapa",
        "berbagai",
        "semua",
        "seluruh",
        "para",
        "masing",
        "kedua",
        "salah",
    }
)


class Terikat(NamedTuple):
    """A bound form written apart or hyphenated: the text, how to write it, whether sure."""

    salah: str
    benar: str
    aman: bool
    tanda_hubung: bool
    """The right form has a hyphen (before a capital or a number)."""


def _acronym(word: str) -> bool:
    return len(word) >= 2 and word.isupper() and word.isalpha()


def bound_apart(k: Kamus, first: str, second: str, heading: bool = False) -> Terikat | None:
    """ "Sub Bagian" → "Subbagian", "anti gratifikasi" → "antigratifikasi", "non ASN" →
    "non-ASN": ``first`` a bound form written as a word of its own before ``second``.
    ``heading``: the text is in capitals, where an acronym cannot be told from a word."""
    head = first.lower()
    if head not in BOUND_FORMS or not first.isalpha() or not second[:1].isalpha():
        return None
    if "-" in second or len(second) < 3 or second.lower() in FUNCTION_WORDS:
        return None
    if second.lower() in _COMPOUND_AFTER.get(head, ()):
        return None
    if any(c.isupper() for c in second[1:]) and not second.isupper():
        return None  # "Sub BagianPartisipasi": two words run together (EJA006, NAM002)
    low = second.lower()
    joined = head + low
    caps = heading or first.isupper()  # SUB BAGIAN: words in capitals, not an acronym
    if _acronym(second) and not (caps and (low in k.forms or low in k.tambahan)):
        # non-ASN, anti-KKN: a hyphen before an acronym (NON-ASN in capitals too)
        if head in JOINED_ONLY:
            return None
        return Terikat(f"{first} {second}", f"{first}-{second}", head not in FREE, True)
    if not second.isalpha():
        return None
    if head in JOINED_ONLY and not k.is_form(joined):
        return None
    if not (k.is_form(joined) or k.is_form(low) or k.derivation(low)):
        return None  # a name or an unknown word after it: not sure what is meant
    if second[0].isupper() and not first[0].isupper():
        return None  # "anti Korupsi" inside a sentence: a name, or a capital by mistake
    right = first + (low if not first.isupper() else second.upper())
    return Terikat(f"{first} {second}", right, head not in FREE, False)


def bound_hyphenated(k: Kamus, word: str) -> Terikat | None:
    """ "anti-korupsi" → "antikorupsi", "non-aktif" → "nonaktif": a hyphen is written only
    before a capital or a number."""
    if word.count("-") != 1:
        return None
    first, second = word.split("-")
    head = first.lower()
    if head not in BOUND_FORMS or not first.isalpha() or not second.isalpha() or len(second) < 3:
        return None
    if not second.islower() or second in FUNCTION_WORDS or second.lower() == head:
        return None
    if head in JOINED_ONLY and not k.is_form(head + second):
        return None
    if not (k.is_form(head + second) or k.is_form(second) or k.derivation(second)):
        return None
    return Terikat(word, first + second, head not in FREE, False)


def prefix_apart(k: Kamus, first: str, second: str) -> str | None:
    """ "di proses" → "diproses": the verb prefix di- written apart from its verb.  Only
    when di + the word is a verb the dictionary knows (diproses, ditetapkan, dibahas) and
    the word is no place or time (di lantai, di tahun, di atas: a preposition)."""
    if first not in ("di", "Di"):
        return None
    w = second
    if not w.isalpha() or not w.islower() or len(w) < 3 or w in k.tempat or w in _PLACE_AFTER_DI:
        return None
    if w in FUNCTION_WORDS or k.bound(w):
        return None
    joined = "di" + w
    flags = k.stem_flags.get(w)
    if k.is_form(joined):
        # the word itself a noun the dictionary gives no meN- verb: a place (di kantor)
        if flags is not None and not any(f.startswith("M") for f in flags):
            return None
    elif w.endswith(("kan", "i")) and k.derivation(joined) and not k.is_form(w):
        pass  # di laksanakan, di tindaklanjuti: a suffixed verb is never a place
    elif flags is not None and "MM" in flags and not any(f.startswith("D") for f in flags):
        # proses → memproses, diproses: the dictionary has the verb (its flag MM, "mem-"
        # kept before a loan) but not its di- form; a noun with meN- (memasyarakat) is not
        # enough: "di masyarakat" is a place
        pass
    else:
        return None
    return f"{first}{w}"
