"""Build ``src/zi_docs/data/wilayah/tempat.tsv.gz``: the kecamatan of Indonesia with the
names of their kelurahan/desa (Kepmendagri No. 300.2.2-2138 Tahun 2025).

Decrees are signed in district capitals, kecamatan and desa (Tenggarong, Oksibil, Kuala
Tungkal); the spelling rules must know those names.  Source: ``db/wilayah.sql`` of
``cahyadsn/wilayah`` (MIT, Cahya DSN), the same table ``wilayah.json`` comes from.

    python tools/build_tempat.py path/to/wilayah.sql
    python tools/build_tempat.py path/to/cahyadsn-wilayah.git [commit]   # reads db/wilayah.sql with git

One line per kecamatan: ``kode<TAB>kecamatan<TAB>desa|desa|…``; village codes are left
out (nothing needs them), which keeps the file small.  The script refuses to write unless
there are at least 7,000 kecamatan and 80,000 kelurahan/desa, so that a truncated
upstream table is noticed, not shipped.
"""

from __future__ import annotations

import gzip
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "zi_docs" / "data" / "wilayah" / "tempat.tsv.gz"
_ROW = re.compile(r"^\('(\d{2}\.\d{2}\.\d{2}(?:\.\d{4})?)','((?:[^']|'')*)'\)[,;]\s*$")


def _sql(source: Path, commit: str) -> str:
    if source.is_file():
        return source.read_text(encoding="utf-8")
    return subprocess.run(
        ["git", "--git-dir", str(source), "show", f"{commit}:db/wilayah.sql"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def build(sql: str) -> bytes:
    kecamatan: dict[str, str] = {}
    desa: dict[str, list[str]] = {}
    for line in sql.splitlines():
        m = _ROW.match(line.strip())
        if not m:
            continue
        kode, nama = m[1], " ".join(m[2].replace("''", "'").split())
        if kode.count(".") == 2:
            kecamatan[kode] = nama
        else:
            desa.setdefault(kode.rsplit(".", 1)[0], []).append(nama)
    jumlah_desa = sum(map(len, desa.values()))
    if len(kecamatan) < 7000 or jumlah_desa < 80000:
        raise SystemExit(f"only {len(kecamatan)} kecamatan and {jumlah_desa} desa: not writing")
    lines = [f"{kode}\t{nama}\t{'|'.join(desa.get(kode, []))}" for kode, nama in sorted(kecamatan.items())]
    print(f"{len(kecamatan)} kecamatan, {jumlah_desa} kelurahan/desa", file=sys.stderr)
    # mtime=0: the same table gives the same bytes, so a rebuild shows no diff
    return gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), compresslevel=9, mtime=0)


def main(argv: list[str]) -> None:
    if not argv:
        raise SystemExit(__doc__)
    OUT.write_bytes(build(_sql(Path(argv[0]), argv[1] if len(argv) > 1 else "HEAD")))
    print(f"wrote {OUT.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
