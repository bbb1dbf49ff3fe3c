"""Model paths told as a legal reviewer would: "Lampiran I, Tim Penguatan Pengawasan, baris 3"."""

from __future__ import annotations

from ..grammar import list_marker
from ..i18n import Message
from ..model import Keputusan, LampiranRencanaAksi, LampiranSusunanTim
from ..storage.regex_cache import regex

_PART = regex(r"([a-z_]+)(?:\[(\d+)\])?")


def _title(text: str) -> str:
    """TIM PENGUATAN PENGAWASAN → Tim Penguatan Pengawasan (small words stay small)."""
    small = {"dan", "dari", "di", "ke", "atas", "untuk", "pada", "yang"}
    words = text.split()
    return " ".join(w.lower() if w.lower() in small and i else w.capitalize() for i, w in enumerate(words))


def _item_words(label: str) -> tuple[tuple[str, str], str]:
    """``"f."`` → ((huruf, letter), ``"f"``); ``"3)"`` → ((angka, number), ``"3)"``)."""
    shown = label.strip().removesuffix(".")
    return (("huruf", "letter") if shown[:1].isalpha() else ("angka", "number")), shown


def describe_path(keputusan: Keputusan, path: str) -> Message:
    """A person's description of a model path, in Indonesian and English."""
    parts = [(m[1], int(m[2]) if m[2] is not None else None) for m in _PART.finditer(path)]
    id_parts: list[str] = []
    en_parts: list[str] = []
    node: object = keputusan
    lampiran = None
    depth = 0  # of the list item reached, as the template counts it (a. → 1. → a) → 1))
    for name, index in parts:
        child = getattr(node, name, None)
        item = child[index] if isinstance(child, list) and index is not None and index < len(child) else None
        if name == "kepala" and node is keputusan:
            id_parts.append("Kepala keputusan")
            en_parts.append("Heading")
        elif name in ("menimbang", "mengingat", "memperhatikan") and index is not None:
            depth = 1
            label = getattr(item, "label", None) or str(index + 1)
            word = {"menimbang": "huruf", "mengingat": "angka", "memperhatikan": "angka"}[name]
            id_parts.append(f"{name.capitalize()} {word} {label.rstrip('.')}")
            en_parts.append(f"{name.capitalize()} item {label.rstrip('.')}")
        elif name == "diktum" and index is not None:
            depth = 0
            label = getattr(item, "label", None) or str(index + 1)
            id_parts.append(f"Diktum {label}")
            en_parts.append(f"Diktum {label}")
        elif name in ("butir", "rincian") and index is not None and id_parts:
            # Nested items as the law cites them, after their diktum or recital and without
            # a comma: "Diktum KEEMPAT angka 2 huruf f angka 3) huruf a)"; an item without a
            # label of its own has the marker the template prints at its depth.
            depth += 1
            label = getattr(item, "label", None) or list_marker(depth, index + 1)
            word, shown = _item_words(label)
            id_parts[-1] += f" {word[0]} {shown}"
            en_parts[-1] += f" {word[1]} {shown}"
        elif name == "lampiran" and index is not None:
            lampiran = item
            nomor = getattr(item, "nomor", None)
            id_parts.append(f"Lampiran {nomor}" if nomor else "Lampiran")
            en_parts.append(f"Lampiran {nomor}" if nomor else "Lampiran")
        elif name == "kelompok" and index is not None and item is not None:
            id_parts.append(_title(item.nama))
            en_parts.append(_title(item.nama))
        elif name == "anggota" and index is not None:
            id_parts.append(f"baris {index + 1}")
            en_parts.append(f"row {index + 1}")
        elif name == "bagian" and index is not None and item is not None:
            id_parts.append(f"bagian {item.nomor}")
            en_parts.append(f"section {item.nomor}")
        elif name == "baris" and index is not None and isinstance(lampiran, LampiranRencanaAksi):
            id_parts.append(f"baris {index + 1}")
            en_parts.append(f"row {index + 1}")
        elif name in ("penetapan", "penandatanganan"):
            id_parts.append("penandatanganan")
            en_parts.append("signature")
        elif name == "salinan":
            id_parts.append("blok salinan")
            en_parts.append("certified-copy block")
        elif name == "jabatan_pembentuk":
            id_parts.append("jabatan pembentuk")
            en_parts.append("issuer's title")
        elif name == "menetapkan":
            id_parts.append("Menetapkan")
            en_parts.append("Menetapkan")
        elif name == "tembusan" and index is not None:
            id_parts.append(f"Tembusan angka {index + 1}")
            en_parts.append(f"Tembusan item {index + 1}")
        elif isinstance(lampiran, LampiranSusunanTim) and name == "kepala":
            id_parts.append("kepala lampiran")
            en_parts.append("attachment header")
        elif index is None and name not in ("teks",):
            id_parts.append(name.replace("_", " "))
            en_parts.append(name.replace("_", " "))
        if item is not None:
            node = item
        elif child is not None and index is None:
            node = child
    return Message(", ".join(id_parts) or "keputusan", ", ".join(en_parts) or "decree")
