"""Build rasd's place gazetteer and country table from ../shared/data.

Reads GeoNames cities500 Arabic names (CC BY 4.0), CLDR Arabic territory names
(Unicode License v3), ANERcorp's train split (CC BY-SA 4.0, for the common-word
list) and the hand-curated supplement in ``scripts/curated/places.tsv``; writes
``src/rasd/resources/entities/{gazetteer,countries}.tsv`` and ``common_words.txt``.

Scope (keeps the shipped file small): every GeoNames place of the Middle East and
North Africa (the ISO3 codes of ``resources/entities/region.txt``), and elsewhere places of at least
150,000 inhabitants (which covers almost every world capital). Names that are
ordinary Arabic words (الحرية، الثورة) are dropped: they are in common_words.txt.

Run: ``python scripts/build_gazetteer.py`` (set RASD_SHARED to move ../shared and
RASD_ENTITIES_OUT to write elsewhere than the package's resources).
ISO 3166 alpha-3 and numeric codes come from pycountry (``pip install pycountry``).
"""

from __future__ import annotations

import csv
import os
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from rasd.text import normalize, normalize_key  # noqa: E402

SHARED = Path(os.environ.get("RASD_SHARED", ROOT.parent / "shared")) / "data"
RES = ROOT / "src" / "rasd" / "resources" / "entities"
OUT = Path(os.environ.get("RASD_ENTITIES_OUT", RES))  # where the built files go
CURATED = ROOT / "scripts" / "curated" / "places.tsv"
WORLD_MIN_POPULATION = 150_000
SHORT_NAME_POPULATION = 10_000  # three-letter names of smaller places are mostly words (صيف)
# Admin1 names for GeoNames codes are taken from curated divisions whose seat lies in that code.


def _clean(name: str) -> str:
    """One stored form: NFKC (no presentation forms), diacritics and tatweel off, spaces
    collapsed; letters otherwise kept as written."""
    name = unicodedata.normalize("NFC", unicodedata.normalize("NFKC", name))
    folded = normalize_key(name)
    kept = "".join(c for c, f in zip(name, normalize(name), strict=False) if f == c or c in "أإآىة")
    return " ".join(kept.split()) if normalize_key(kept) == folded else folded


def common_words() -> set[str]:
    """Tokens the ANERcorp and AQMAR train splits tag O in >= 80% of 2+ uses, plus the two
    stop-word lists (MIT)."""
    seen: Counter[str] = Counter()
    outside: Counter[str] = Counter()
    lines = [*(SHARED / "anercorp-camel" / "ANERCorp_CamelLab_train.txt").read_text(
        encoding="utf-8").splitlines(),
        *(SHARED / "aqmar" / "aqmar.train.txt").read_text(encoding="utf-8").splitlines()]
    for line in lines:
        parts = line.split()
        if len(parts) != 2:
            continue
        key = normalize_key(parts[0])
        seen[key] += 1
        outside[key] += parts[1] == "O"
    words = {w for w, n in seen.items() if n >= 2 and outside[w] >= 0.8 * n and len(w) > 1}
    for name in ("stopwords-iso-ar.txt", "mohataher-arabic-stop-words.txt"):
        text = (SHARED / "stopwords-ar" / name).read_text(encoding="utf-8")
        words.update(normalize_key(w) for w in text.split() if len(normalize_key(w)) > 1)
    return words


def countries() -> dict[str, dict[str, str]]:
    rows = {}
    with (SHARED / "cldr-ar" / "territories_ar.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            found = pycountry.countries.get(alpha_2=row["code"]) if len(row["code"]) == 2 else None
            if found is None:
                continue
            rows[row["code"]] = {"iso2": row["code"], "iso3": found.alpha_3,
                                 "numeric": found.numeric, "name_ar": _clean(row["name_ar"]),
                                 "name_en": row["name_en"]}
    return rows


def main() -> None:
    common = common_words()
    nations = countries()
    region = [ln for ln in (RES / "region.txt").read_text(encoding="utf-8").splitlines()
              if ln and not ln.startswith("#")]
    mena = {pycountry.countries.get(alpha_3=code).alpha_2 for code in region}
    iso3 = {c["iso2"]: c["iso3"] for c in nations.values()}
    iso2_of = {v: k for k, v in iso3.items()}
    places: list[dict[str, str]] = []
    aliases = {row["iso3"]: row["variants"] for row in csv.DictReader(
        (ln for ln in (CURATED.parent / "country_aliases.tsv").open(encoding="utf-8")
         if not ln.startswith("#")), delimiter="\t")}
    for c in nations.values():
        variants = [v for v in aliases.get(c["iso3"], "").split("|")
                    if v and normalize_key(v) != normalize_key(c["name_ar"])]
        places.append({"id": f"country-{c['iso3'].lower()}", "name_ar": c["name_ar"],
                       "variants": "|".join(variants), "name_en": c["name_en"], "lat": "",
                       "lon": "", "country": c["iso3"], "admin1": "", "feature": "C",
                       "population": "", "source": "cldr"})
    by_name: dict[tuple[str, str], dict[str, str]] = {}
    geo = []
    largest: dict[str, dict[str, str]] = {}  # a country's point: its most populous place
    geonames = SHARED / "gazetteer-geonames-ar" / "geonames_cities500_ar.tsv"
    with geonames.open(encoding="utf-8") as h:
        for row in csv.DictReader(h, delimiter="\t"):
            pop = int(row["population"] or 0)
            top = largest.get(row["country_code"])
            if top is None or int(top["population"] or 0) < pop:
                largest[row["country_code"]] = row
            if row["country_code"] not in mena and pop < WORLD_MIN_POPULATION:
                continue
            names = [_clean(n) for n in row["arabic_names"].split("|")]
            names = [n for n in dict.fromkeys(names) if normalize_key(n) not in common
                     and len(normalize_key(n)) > (3 if pop < SHORT_NAME_POPULATION else 2)]
            if not names:
                continue
            geo.append((row, names, pop))
            for n in names:
                key = (normalize_key(n), row["country_code"])
                if key not in by_name or int(by_name[key]["population"] or 0) < pop:
                    by_name[key] = row
    for place in places:
        top = largest.get(iso2_of.get(place["country"], ""))
        if place["feature"] == "C" and top is not None:
            place["lat"] = f"{float(top['latitude']):.4f}"
            place["lon"] = f"{float(top['longitude']):.4f}"
    admin1_names: dict[str, str] = {}
    curated = list(csv.DictReader(
        (ln for ln in CURATED.open(encoding="utf-8") if not ln.startswith("#")), delimiter="\t"))
    iso2 = {v: k for k, v in iso3.items()}
    missing: list[str] = []
    for row in curated:
        seat = by_name.get((normalize_key(row["seat"]), iso2.get(row["country"], ""))) \
            if row["seat"] else None
        if seat is not None:
            row["lat"], row["lon"] = seat["latitude"], seat["longitude"]
            if row["feature"] == "A":
                admin1_names[f"{seat['country_code']}.{seat['admin1_code']}"] = row["name_en"]
        if not row["lat"]:
            missing.append(row["id"])
            continue
        places.append({"id": row["id"], "name_ar": row["name_ar"], "variants": row["variants"],
                       "name_en": row["name_en"], "lat": row["lat"], "lon": row["lon"],
                       "country": row["country"],
                       "admin1": row["admin1"] or (row["name_en"] if row["feature"] == "A" else ""),
                       "feature": row["feature"], "population": "", "source": "curated"})
    if missing:
        raise SystemExit(f"curated places without coordinates or a known seat: {missing}")
    for row, names, pop in geo:
        code = f"{row['country_code']}.{row['admin1_code']}"
        places.append({"id": f"gn-{row['geonameid']}", "name_ar": names[0],
                       "variants": "|".join(names[1:]), "name_en": row["name"],
                       "lat": f"{float(row['latitude']):.4f}",
                       "lon": f"{float(row['longitude']):.4f}",
                       "country": iso3.get(row["country_code"], row["country_code"]),
                       "admin1": admin1_names.get(code, code), "feature": "P",
                       "population": str(pop), "source": "geonames"})
    seen_ids: set[str] = set()
    fields = ["id", "name_ar", "variants", "name_en", "lat", "lon", "country", "admin1",
              "feature", "population", "source"]
    with (OUT / "gazetteer.tsv").open("w", encoding="utf-8", newline="") as out:
        out.write("# Built by scripts/build_gazetteer.py; see NOTICE.md for sources, licenses.\n")
        out.write("\t".join(fields) + "\n")
        for p in places:
            if p["id"] in seen_ids:
                continue
            seen_ids.add(p["id"])
            out.write("\t".join(p[f] for f in fields) + "\n")
    with (OUT / "countries.tsv").open("w", encoding="utf-8", newline="") as out:
        out.write("# Built by scripts/build_gazetteer.py from CLDR 47 and ISO 3166 (pycountry).\n")
        out.write("iso2\tiso3\tnumeric\tname_ar\tname_en\n")
        for c in sorted(nations.values(), key=lambda c: c["iso3"]):
            keys = ("iso2", "iso3", "numeric", "name_ar", "name_en")
            out.write("\t".join(c[k] for k in keys) + "\n")
    by_folded: dict[str, str] = {}
    for w in sorted(common):
        by_folded.setdefault(normalize_key(w), w)
    (OUT / "common_words.txt").write_text(
        "# Words the ANERcorp and AQMAR train splits tag outside any entity (>= 80% of 2+ uses)\n"
        "# and Arabic stop words; built by scripts/build_gazetteer.py. CC BY-SA and MIT, see\n"
        "# NOTICE.md.\n"
        + "\n".join(sorted(by_folded)) + "\n", encoding="utf-8")
    counts = defaultdict(int)
    for p in places:
        counts[p["source"]] += 1
    print(f"places={len(seen_ids)} " + " ".join(f"{k}={v}" for k, v in sorted(counts.items()))
          + f" common_words={len(by_folded)}")


if __name__ == "__main__":
    main()
