"""NAM001: a name after KABUPATEN / KOTA / PROVINSI that is no region of Indonesia."""

from __future__ import annotations

from collections.abc import Iterable

from ....i18n import Message
from ...context import CheckContext
from ...finding import Finding, Fix, Severity
from ...registry import Rule, register
from ._helpers import nama_diterima, sebutan


@register
class UnknownRegionName(Rule):
    code = "NAM001"
    name = "unknown-region-name"
    severity = Severity.error
    summary = Message(
        "nama kabupaten/kota/provinsi tidak ada dalam daftar wilayah Kemendagri",
        "the kabupaten/kota/provinsi name is not in the Ministry of Home Affairs' list of regions",
    )
    why = Message(
        "Nama daerah adalah nama resmi menurut undang-undang pembentukannya dan kode wilayah "
        "Kemendagri; salah ketik pada nama daerah (apalagi nama instansi penerbit) membuat keputusan "
        "menyebut lembaga yang tidak ada. Daftar: Kepmendagri No. 300.2.2-2138 Tahun 2025 (38 provinsi, "
        "416 kabupaten, 98 kota). Nama yang diterima tim ditambahkan dengan extra_names.",
        "A region's name is the official one in the law that formed it and in the Ministry's region "
        "codes; a typo in it (above all in the issuing body's name) makes the decree name a body that "
        "does not exist. List: Kepmendagri No. 300.2.2-2138 of 2025 (38 provinces, 416 kabupaten, "
        "98 kota). Names a team accepts are added with extra_names.",
    )
    source = "Kepmendagri No. 300.2.2-2138 Tahun 2025"

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        diterima = nama_diterima(ctx.config.extra_names)
        for path, teks in ctx.texts():
            for s in sebutan(teks, diterima):
                if s.status == "salah_ketik" and s.wilayah and s.usulan:
                    yield ctx.finding(
                        type(self),
                        path,
                        s.teks,
                        Message(
                            f'"{s.teks}" tidak ada dalam daftar wilayah; maksudnya "{s.usulan}"?',
                            f'"{s.teks}" is not in the list of regions; did you mean "{s.usulan}"?',
                        ),
                        fix=Fix(s.teks, s.usulan, safe=True),
                    )
                elif s.status == "huruf" and s.usulan:
                    yield ctx.finding(
                        type(self),
                        path,
                        s.teks,
                        Message(
                            f'nama wilayah ditulis dengan huruf kecil: "{s.teks}", seharusnya "{s.usulan}"',
                            f'the region name has a small letter: "{s.teks}", should be "{s.usulan}"',
                        ),
                        fix=Fix(s.teks, s.usulan, safe=True),
                        severity=Severity.warning,
                    )
                elif s.status == "salah_jenis" and s.usulan and s.wilayah:
                    yield ctx.finding(
                        type(self),
                        path,
                        s.teks,
                        Message(
                            f'"{s.teks}" tidak ada; yang ada {s.wilayah.nama_lengkap} ({s.wilayah.kode})',
                            f'"{s.teks}" does not exist; there is {s.wilayah.nama_lengkap} ({s.wilayah.kode})',
                        ),
                        # Kabupaten X and Kota X are different bodies: a person decides.
                        fix=Fix(s.teks, s.usulan, safe=False),
                    )
                elif s.status == "tidak_dikenal":
                    yield ctx.finding(
                        type(self),
                        path,
                        s.teks,
                        Message(
                            f'"{s.teks}" tidak ada dalam daftar wilayah dan tidak mirip nama wilayah mana pun',
                            f'"{s.teks}" is not in the list of regions and is close to none',
                        ),
                        # Perhaps a new region or a phrase, not a name: worth a look, not an error.
                        severity=Severity.warning,
                    )
