"""CIT004: a regulation the catalogue knows, cited with another title, year, number, kind or
gazette number than it has."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ....i18n import Message
from ....language.peraturan import Entry, catalogue, kind_key, normal_number, normal_title, slips_only
from ....model import Peraturan
from ....storage.regex_cache import regex
from ...context import CheckContext
from ...finding import Finding, Fix, Severity
from ...registry import Rule, register
from ._helpers import bases, clean_title, piece_of, short

_MAIN = regex(
    r"(?:Lembaran|Berita)\s+Negara[^()]*?Tahun\s+(?P<tahun>\d{4})\s*,?\s*N\w{3,5}\.?\s*(?P<nomor>\d+)", re.IGNORECASE
)
_TAMBAHAN = regex(r"Tambahan\s+Lembar(?:an)?\s+Negara[^()\d]*?(?:N\w{3,5}\.?\s*)?(?P<nomor>\d{3,5})", re.IGNORECASE)


def _source(entry: Entry) -> str:
    return entry.sumber.split()[0].rstrip(";,")


def _written(piece: str | None, name: str) -> str:
    """The citation's kind, number and year as the decree writes them (the finding's text)."""
    m = re.match(r".*?\b(?:19|20)\d\d\b", piece or "", re.DOTALL)
    return m[0] if m else name


@register
class KnownRegulationMismatch(Rule):
    code = "CIT004"
    name = "known-regulation-mismatch"
    severity = Severity.warning
    summary = Message(
        "peraturan yang dikenal dikutip dengan judul, tahun, nomor, jenis atau pengundangan yang lain",
        "a known regulation is cited with another title, year, number, kind or gazette",
    )
    why = Message(
        "Dasar hukum dikutip persis seperti peraturannya: jenis, nomor, tahun, judul dan pengundangannya. "
        "Untuk peraturan yang sering dikutip keputusan Zona Integritas dan sejenisnya, zi_docs menyimpan "
        "daftar kecil bersumber (halaman JDIH dan salinan resmi; data/peraturan/README.md) dan "
        "melaporkan judul, tahun, nomor, jenis atau nomor Lembaran/Tambahan Lembaran Negara yang berbeda. "
        'Beda huruf besar-kecil, spasi, tanda baca, "Republik Indonesia" dan singkatan dalam kurung diabaikan.',
        "A legal basis is cited exactly as the regulation is: kind, number, year, title and gazette. For the "
        "regulations Zona Integritas decrees and decrees like them cite, zi_docs keeps a small sourced list "
        "(JDIH pages and official copies; data/peraturan/README.md) and reports another title, year, "
        'number, kind or Lembaran/Tambahan Lembaran Negara number. Case, spacing, punctuation, "Republik '
        'Indonesia" and acronyms in brackets are ignored.',
    )
    source = "UU 12/2011 Lampiran II, B.4 Dasar Hukum; data/peraturan/peraturan.yaml (sources per entry)"

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        for dasar in bases(ctx):
            teks = " ".join(dasar.item.teks.split())
            cited = [p for p in (dasar.peraturan, *(link.peraturan for link in dasar.perubahan)) if p is not None]
            for peraturan in cited:
                if re.search(r"\d|\bNomor\b", peraturan.jenis, re.IGNORECASE) or peraturan.tahun is None:
                    continue  # a citation the reader could not cut
                where = Message(f"Mengingat angka {dasar.label}", f"Mengingat item {dasar.label}")
                yield from self._one(ctx, dasar.path, where, peraturan, piece_of(teks, peraturan))

    def _one(
        self, ctx: CheckContext, path: str, where: Message, peraturan: Peraturan, piece: str | None
    ) -> Iterable[Finding]:
        book = catalogue()
        judul = clean_title(peraturan.judul)
        name = short(peraturan.jenis, peraturan.nomor, peraturan.tahun)
        entry = book.get(peraturan.jenis, peraturan.nomor, peraturan.tahun)
        if entry is None:
            yield from self._unknown(ctx, path, where, peraturan, judul, _written(piece, name))
            return
        if judul and normal_title(judul) not in entry.titles():
            # A slip of the pen or of the scanner is a spelling matter: told, softly.
            minor = any(slips_only(judul, title) for title in (entry.judul, *entry.judul_lain))
            yield ctx.finding(
                type(self),
                path,
                judul,
                Message(
                    f'{where.id}: judul {name} adalah "{entry.judul}" (sumber: {_source(entry)})',
                    f'{where.en}: the title of {name} is "{entry.judul}" (source: {_source(entry)})',
                ),
                fix=Fix(judul, entry.judul, safe=False),
                severity=Severity.info if minor else None,
            )
        if piece:
            yield from self._gazette(ctx, path, where, name, entry, piece)

    def _unknown(
        self, ctx: CheckContext, path: str, where: Message, peraturan: Peraturan, judul: str | None, written: str
    ) -> Iterable[Finding]:
        """Not in the catalogue under this kind, number and year: another year, a number
        written another way or another kind, where kind, number or year and the title say which."""
        book = catalogue()
        if not judul or not peraturan.nomor:
            return  # no number: CIT002 reports it, with the number the catalogue knows
        title = normal_title(judul)
        name = short(peraturan.jenis, peraturan.nomor, peraturan.tahun)

        def same_title(entry: Entry) -> bool:
            return title in entry.titles()

        others = [e for e in book.same_number(peraturan.jenis, peraturan.nomor) if same_title(e)]
        if len(others) == 1:
            entry = others[0]
            yield ctx.finding(
                type(self),
                path,
                written,
                Message(
                    f"{where.id}: {entry.jenis} Nomor {entry.nomor} tentang {entry.judul} bertahun {entry.tahun}, "
                    f"bukan {peraturan.tahun} (sumber: {_source(entry)})",
                    f"{where.en}: {entry.jenis} Nomor {entry.nomor} on {entry.judul} is of {entry.tahun}, not "
                    f"{peraturan.tahun} (source: {_source(entry)})",
                ),
            )
            return
        # Only where kind, number and year tell which regulation was meant: a title alone
        # does not (PP 53/2010 and PP 94/2021 are both "Disiplin Pegawai Negeri Sipil").
        number = normal_number(peraturan.nomor) or ""
        said = None
        digits = re.match(r"\d+", number)
        plain = book.get(peraturan.jenis, digits[0], peraturan.tahun) if digits and digits[0] != number else None
        if (
            plain is not None
            and plain.nomor.isascii()
            and plain.nomor.isdigit()
            and (title in plain.titles() or slips_only(judul, plain.judul))
        ):
            said = Message(
                f'{where.id}: nomor {plain.jenis} Tahun {plain.tahun} tentang {plain.judul} adalah "{plain.nomor}", '
                f'bukan "{peraturan.nomor}" (sumber: {_source(plain)})',
                f"{where.en}: the number of the {plain.jenis} of {plain.tahun} on {plain.judul} is "
                f'"{plain.nomor}", not "{peraturan.nomor}" (source: {_source(plain)})',
            )
        for entry in book.titled(judul):
            other_kind = entry.key[0] != kind_key(peraturan.jenis)
            if other_kind and entry.tahun == peraturan.tahun and normal_number(entry.nomor) == number:
                said = Message(
                    f"{where.id}: {name} tentang {entry.judul} adalah {entry.jenis}, bukan {peraturan.jenis} "
                    f"(sumber: {_source(entry)})",
                    f"{where.en}: {name} on {entry.judul} is a {entry.jenis}, not a {peraturan.jenis} "
                    f"(source: {_source(entry)})",
                )
        if said is None:
            return
        yield ctx.finding(type(self), path, written, said)

    def _gazette(
        self, ctx: CheckContext, path: str, where: Message, name: str, entry: Entry, piece: str
    ) -> Iterable[Finding]:
        main = _MAIN.search(piece)
        if entry.media_nomor and main and (int(main["tahun"]), main["nomor"]) != (entry.media_tahun, entry.media_nomor):
            yield ctx.finding(
                type(self),
                path,
                main[0],
                Message(
                    f"{where.id}: {name} diundangkan dalam {entry.media} Tahun {entry.media_tahun} Nomor "
                    f"{entry.media_nomor}, bukan Tahun {main['tahun']} Nomor {main['nomor']} (sumber: {_source(entry)})",
                    f"{where.en}: {name} stands in the {entry.media} of {entry.media_tahun} as Nomor "
                    f"{entry.media_nomor}, not of {main['tahun']} as Nomor {main['nomor']} (source: {_source(entry)})",
                ),
            )
        tambahan = _TAMBAHAN.search(piece)
        if entry.tambahan and tambahan and tambahan["nomor"] != entry.tambahan:
            yield ctx.finding(
                type(self),
                path,
                tambahan[0],
                Message(
                    f"{where.id}: Tambahan Lembaran Negara untuk {name} bernomor {entry.tambahan}, bukan "
                    f"{tambahan['nomor']} (sumber: {_source(entry)})",
                    f"{where.en}: the Tambahan Lembaran Negara of {name} is Nomor {entry.tambahan}, not "
                    f"{tambahan['nomor']} (source: {_source(entry)})",
                ),
                fix=Fix(tambahan["nomor"], entry.tambahan, safe=False),
            )
