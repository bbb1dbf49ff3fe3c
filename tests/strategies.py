"""Hypothesis strategies that build arbitrary valid decrees from the model itself.

The strategy is derived from the field annotations, so a field added to the model
is covered by the property tests without anyone remembering to add it here.
"""

from __future__ import annotations

import enum
import types
import typing
from datetime import date
from typing import Any

from hypothesis import strategies as st
from pydantic import BaseModel

from zi_docs.model import Keputusan

#: Any Unicode text a person could type, surrogates excluded (not encodable).
TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
#: Text that a decree would actually hold on one line: printable, no control characters.
PLAIN_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=30)
DATES = st.dates(min_value=date(1945, 8, 17), max_value=date(2100, 12, 31))


def strategy_for(annotation: Any, depth: int, text: st.SearchStrategy[str]) -> st.SearchStrategy[Any]:
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is typing.Annotated:
        return strategy_for(args[0], depth, text)
    if origin in (typing.Union, types.UnionType):
        return st.one_of([strategy_for(arg, depth, text) for arg in args])
    if origin is list:
        if depth <= 0:
            return st.just([])
        return st.lists(strategy_for(args[0], depth - 1, text), max_size=3)
    if origin is dict:
        return st.dictionaries(text, text, max_size=2)
    if origin is typing.Literal:
        return st.sampled_from(args)
    if annotation is type(None):
        return st.none()
    if annotation is str:
        return text
    if annotation is bool:
        return st.booleans()
    if annotation is int:
        return st.integers(min_value=0, max_value=10_000)
    if annotation is date:
        return DATES
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return st.sampled_from(list(annotation))
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return model_strategy(annotation, depth, text)
    raise NotImplementedError(f"no strategy for {annotation!r}")


def model_strategy(
    model: type[BaseModel], depth: int = 3, text: st.SearchStrategy[str] = TEXT
) -> st.SearchStrategy[Any]:
    fields = {}
    for name, field in model.model_fields.items():
        annotation = field.annotation
        if field.metadata:  # keep constraints such as ge=0 (Tabel.baris_judul)
            fields[name] = strategy_for(annotation, depth, text).filter(
                lambda v, f=field: all(getattr(m, "ge", 0) <= v for m in f.metadata)
            )
        else:
            fields[name] = strategy_for(annotation, depth, text)
    return st.builds(model, **fields)


def keputusan(text: st.SearchStrategy[str] = TEXT, depth: int = 3) -> st.SearchStrategy[Keputusan]:
    """Arbitrary valid decrees, every field filled from ``text``."""
    return model_strategy(Keputusan, depth, text)


# --------------------------------------------------------------------------------
# Plausible decrees: arbitrary content in the shape a real decree has, so that a
# render → read round trip can demand the same model back.  Free text is drawn
# from ordinary words so that no item accidentally starts with a keyword the
# reader must recognise (Menimbang, KESATU, Ditetapkan …).

_WORDS = st.sampled_from(
    [
        "tim",
        "kerja",
        "pembangunan",
        "zona",
        "integritas",
        "wilayah",
        "bebas",
        "korupsi",
        "birokrasi",
        "bersih",
        "melayani",
        "pegawai",
        "pelayanan",
        "publik",
        "sosialisasi",
        "evaluasi",
        "laporan",
        "rapat",
        "anggaran",
        "kantor",
        "daerah",
        "provinsi",
        "kabupaten",
        "pengawasan",
        "akuntabilitas",
        "kinerja",
        "&",
        "<",
        ">",
        '"',
        "'",
        "{{",
        "x",
        "}}",
        "{%",
        "y",
        "%}",
        "2025",
        "50%",
        "(satu)",
        "dan/atau",
    ]
)
_PHRASE = st.lists(_WORDS, min_size=2, max_size=12).map(" ".join)
_NAME_WORDS = st.sampled_from(
    ["Ali", "Yamin", "Siti", "Aminah", "Budi", "Santoso", "Dewi", "Lestari", "Rahman", "Putri", "Wahyu", "Hidayat"]
)
_PERSON = st.lists(_NAME_WORDS, min_size=1, max_size=3).map(" ".join)
# Capitalised text always holds a word: a title of symbols alone is not a title.
_CAPS = _PHRASE.map(lambda phrase: f"DAFTAR {phrase}".upper())


def _labels(style: str, count: int) -> list[str]:
    if style == "a.":
        return [f"{chr(97 + i)}." for i in range(count)]
    if style == "1)":
        return [f"{i + 1})" for i in range(count)]
    if style == "a)":
        return [f"{chr(97 + i)})" for i in range(count)]
    return [f"{i + 1}." for i in range(count)]


_NEXT_STYLE = {"1.": "a.", "a.": "1)", "1)": "a)", "a)": "1."}


@st.composite
def _items(draw, style: str = "a.", depth: int = 2, prefix: str = "", end: str = ";") -> list[dict]:
    count = draw(st.integers(min_value=1, max_value=3))
    result = []
    for i, label in enumerate(_labels(style, count)):
        item = {"label": label, "teks": prefix + draw(_PHRASE) + (end if i < count - 1 else ".")}
        if depth > 1 and draw(st.booleans()):
            item["rincian"] = draw(_items(_NEXT_STYLE[style], depth - 1))
        result.append(item)
    return result


@st.composite
def plausible_keputusan(draw) -> Keputusan:
    """A decree with arbitrary words in every text field and the structure of a real one."""
    from zi_docs.language.numbers import ordinal
    from zi_docs.model import area_dari_nama
    from zi_docs.readers.citations import parse_dasar_hukum, parse_dokumen

    instansi = "KOMISI PEMILIHAN UMUM KABUPATEN " + draw(_CAPS)
    tanggal = draw(DATES)
    signature = {
        "tempat": draw(_NAME_WORDS),
        "tanggal": tanggal,
        "jabatan": "KETUA " + instansi + ",",
        "tanda_tangan": "ttd.",
        "nama": draw(_PERSON).upper(),
    }
    mengingat = []
    for i in range(draw(st.integers(min_value=1, max_value=3))):
        teks = f"Peraturan Komisi Pemilihan Umum Nomor {i + 1} Tahun 2019 tentang {draw(_PHRASE)};"
        peraturan, perubahan = parse_dasar_hukum(teks)
        mengingat.append({"label": f"{i + 1}.", "teks": teks, "peraturan": peraturan, "perubahan": perubahan})
    memperhatikan = []
    for i in range(draw(st.integers(min_value=0, max_value=2))):
        teks = f"Surat Sekretaris Jenderal Nomor {i + 7}/PP.01/2025 tanggal 8 September 2025 perihal {draw(_PHRASE)};"
        memperhatikan.append({"label": f"{i + 1}.", "teks": teks, "dokumen": parse_dokumen(teks)})
    diktum = []
    for i in range(draw(st.integers(min_value=1, max_value=12))):
        entry = {"label": ordinal(i + 1), "teks": draw(_PHRASE).capitalize() + "."}
        if draw(st.booleans()):
            entry["teks"] = entry["teks"][:-1] + ", adalah:"
            entry["rincian"] = draw(_items("1.", 3))
        diktum.append(entry)
    groups = []
    for g in range(draw(st.integers(min_value=1, max_value=3))):
        members = [
            {"nomor": f"{m + 1}.", "nama": draw(_PERSON), "jabatan": draw(_PHRASE).capitalize(), "kedudukan": "Anggota"}
            for m in range(draw(st.integers(min_value=1, max_value=4)))
        ]
        name = "TIM " + draw(_CAPS)
        # A team's ZI area is read from its printed name, so the data says the same.
        groups.append({"label": f"{g + 1}.", "nama": name, "area": area_dari_nama(name), "anggota": members})
    sections = []
    for s in range(draw(st.integers(min_value=1, max_value=2))):
        rows = [
            {
                "nomor": str(r + 1),
                "komponen": draw(_PHRASE).capitalize(),
                "indikator": draw(_PHRASE).capitalize(),
                "langkah_aksi": draw(_PHRASE).capitalize(),
                "bukti_fisik": draw(_PHRASE).capitalize(),
                "target_waktu": "September 2025",
                "target_capaian": "1 (satu) Dokumen",
            }
            for r in range(draw(st.integers(min_value=1, max_value=3)))
        ]
        sections.append({"nomor": ["I", "II"][s], "judul": draw(_PHRASE).capitalize(), "baris": rows})
    closing = {"penandatanganan": signature}
    return Keputusan.model_validate(
        {
            "kepala": {
                "instansi": instansi,
                "nomor": str(draw(st.integers(1, 999))),
                "tahun": 2025,
                "tentang": draw(_CAPS),
            },
            "jabatan_pembentuk": "KETUA " + instansi + ",",
            "menimbang": draw(_items("a.", 1, prefix="bahwa ")),
            "mengingat": mengingat,
            "memperhatikan": memperhatikan,
            "menetapkan": draw(_CAPS) + ".",
            "diktum": diktum,
            "penetapan": signature,
            "lampiran": [
                {"jenis": "susunan_tim", "nomor": "I", "judul": draw(_CAPS), "kelompok": groups, **closing},
                {"jenis": "rencana_aksi", "nomor": "II", "judul": draw(_CAPS), "bagian": sections, **closing},
            ],
        }
    )
