"""Build ``src/rasd/resources/events/countries.tsv`` for the ACLED export.

One row per country: ISO 3166 alpha-3, numeric and alpha-2 codes (from ``pycountry``,
installed for this script only), the English and Arabic short names (Unicode CLDR, from
``$RASD_SHARED/data/cldr-ar/territories_ar.tsv``) and the ACLED region
(``scripts/acled_regions.tsv``). Run: ``python scripts/build_countries.py``.
"""

from __future__ import annotations

import csv
import os
import unicodedata
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("RASD_SHARED", ROOT.parent / "shared"))
OUT = ROOT / "src" / "rasd" / "resources" / "events" / "countries.tsv"


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        return list(csv.DictReader(lines, delimiter="\t"))


def main() -> None:
    regions = {r["iso3"]: r["region"] for r in _rows(ROOT / "scripts" / "acled_regions.tsv")}
    names = {r["code"]: r for r in _rows(SHARED / "data" / "cldr-ar" / "territories_ar.tsv")}
    out = []
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        cldr = names.get(country.alpha_2)
        if cldr is None:
            continue
        name_ar = unicodedata.normalize("NFC", cldr["name_ar"]).replace("\u0640", "")
        out.append((country.alpha_3, country.numeric, country.alpha_2, cldr["name_en"], name_ar,
                    regions.get(country.alpha_3, "")))
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        handle.write("# ISO 3166 codes (pycountry) with CLDR 47 short names (Unicode License v3)\n")
        handle.write("# and ACLED regions. Built by scripts/build_countries.py; do not edit.\n")
        handle.write("iso3\tnumeric\tiso2\tname_en\tname_ar\tregion\n")
        for row in out:
            handle.write("\t".join(row) + "\n")
    print(f"wrote {len(out)} countries to {OUT}")


if __name__ == "__main__":
    main()
