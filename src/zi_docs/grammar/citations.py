"""How a decree cites other instruments in Mengingat and Memperhatikan.

The citation form is fixed by UU 12/2011 Lampiran II: kind, Nomor, Tahun, tentang,
the gazette in brackets, then the amendment chain ("sebagaimana telah beberapa kali
diubah terakhir dengan …").  Memperhatikan cites letters, minutes and the DIPA with a
number, a date and a subject.
"""

from __future__ import annotations

import re

from ..storage.regex_cache import regex
from .form import Form

#: The phrase that links a regulation to its amendment (or revocation), with the
#: comma before it; splitting on it leaves the phrase in the odd parts.
AMENDMENT = Form(
    "sebagaimana telah diubah dengan",
    regex(
        r",?\s*(sebagaimana\s+(?:telah\s+)?(?:beberapa\s+kali\s+)?diubah(?:\s+terakhir)?\s+dengan|"
        r"sebagaimana\s+telah\s+dicabut\s+dengan)\s+",
        re.IGNORECASE,
    ),
    ("sebagaimana telah beberapa kali diubah terakhir dengan ", ", sebagaimana telah dicabut dengan "),
    filled=", sebagaimana telah diubah dengan ",
)
REGULATION = Form(
    "Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum",
    regex(
        r"^(?P<jenis>(?:Undang-Undang|Peraturan|Keputusan|Instruksi|Surat\s+Edaran|Perpres|Permen\w*|Kepmen\w*)[^()]*?)"
        r"\s+(?:Nomor|No\.)\s*:?\s*(?P<nomor>[^\s,;]+(?:\s*/\s*[^\s,;]+)*)?"
        r"(?:\s+Tahun\s+(?P<tahun>\d{4}))?"
        r"(?:\s*,?\s+tentang\s+(?P<judul>.*?))?"
        r"\s*(?:\((?P<gazette>[^()]*(?:Berita|Lembaran)[^()]*)\))?\s*[;.,]?\s*(?:dan)?\s*$",
        re.IGNORECASE | re.DOTALL,
    ),
    (
        (
            "Peraturan Komisi Pemilihan Umum Nomor 8 Tahun 2019 tentang Tata Kerja (Berita Negara Republik "
            "Indonesia Tahun 2019 Nomor 320);"
        ),
        "Keputusan Ketua KPU Nomor 314/ORT.07-Kpt/01/KPU/V/2021 tentang Pedoman;",
    ),
)
#: A composite number that ends with its year: 314/ORT.07-Kpt/01/KPU/V/2021.
YEAR_AT_END = regex(r"/((?:19|20)\d\d)$")
GAZETTE = Form(
    "Lembaran Negara Republik Indonesia Tahun 2017 Nomor 182",
    regex(
        r"^(?P<media>(?:Berita|Lembaran)\s+(?:Negara|Daerah)[^,]*?)\s+Tahun\s+(?P<tahun>\d{4})\s+Nomor\s+(?P<nomor>[\w./-]+)"
        r"(?:\s*,\s*Tambahan\s+(?:Berita|Lembaran)\s+\w+[^,]*?\s+Nomor\s+(?P<tambahan>[\w./-]+))?",
        re.IGNORECASE,
    ),
    (
        "Lembaran Negara Republik Indonesia Tahun 2017 Nomor 182, Tambahan Lembaran Negara Republik Indonesia Nomor 6109",
    ),
)
DOCUMENT = Form(
    "Surat Sekretaris Jenderal Nomor 123/PP.01-SD/04/2025 tanggal 3 Maret 2025 perihal Zona Integritas",
    regex(
        r"^(?P<jenis>Surat(?:\s+Edaran)?|Nota\s+Dinas|Berita\s+Acara|Memorandum|Notulen(?:si)?|Risalah|"
        r"(?:Surat\s+Pengesahan\s+)?(?:Daftar\s+Isian\s+Pelaksanaan\s+Anggaran|DIPA))\b"
        r"(?P<penerbit>.*?)\s+Nomor\s*:?\s*(?P<nomor>.+?)"
        r"(?:,?\s+tanggal\s+(?P<tanggal>\d{1,2}\s+\w+\s+\d{4}))?"
        r"(?:,?\s+(?:perihal|hal|tentang)\s+(?P<perihal>.*?))?\s*[;.,]?\s*(?:dan)?\s*$",
        re.IGNORECASE | re.DOTALL,
    ),
    ("Berita Acara Rapat Pleno Nomor 12/BA/2025 tanggal 2 Januari 2025;", "DIPA Nomor SP DIPA-076.01.2.6/2025"),
)
