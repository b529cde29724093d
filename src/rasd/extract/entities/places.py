"""The gazetteer: Arabic place names with coordinates, country and first-level division.

Public API::

    places.lookup("gn-169389")      # Place(id, name_ar, name_en, lat, lon, country, admin1, ...)
    places.candidates("إدلب")        # places with this name, best first
    places.country_place("SYR")     # the country itself as a place

Ranking of same-named places: curated divisions and sites, then countries, then GeoNames
places of the Middle East and North Africa by population, then the rest of the world. The
data (``entities/gazetteer.tsv``) is built by ``scripts/build_gazetteer.py`` from GeoNames
(CC BY 4.0), CLDR and a curated supplement; see ``resources/entities/NOTICE.md``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Set as AbstractSet
from functools import cache

from rasd import resources
from rasd.text import normalize_key

_SOURCE_RANK = {"curated": 0, "cldr": 1, "geonames": 2}


@dataclasses.dataclass(frozen=True, slots=True)
class Place:
    """A place: country, division, region, town or site."""

    id: str
    name_ar: str
    name_en: str
    lat: float | None
    lon: float | None
    country: str | None  # ISO 3166 alpha-3
    admin1: str | None
    feature: str  # C country, A division, L region, S site/base, P populated place
    population: int = 0
    variants: tuple[str, ...] = ()
    source: str = "geonames"  # geonames | cldr | curated


def _place(row: dict[str, str]) -> Place:
    return Place(id=row["id"], name_ar=row["name_ar"], name_en=row["name_en"],
                 lat=float(row["lat"]) if row["lat"] else None,
                 lon=float(row["lon"]) if row["lon"] else None,
                 country=row["country"] or None, admin1=row["admin1"] or None,
                 feature=row["feature"], population=int(row["population"] or 0),
                 variants=tuple(filter(None, row["variants"].split("|"))), source=row["source"])


@cache
def _tables() -> tuple[dict[str, Place], dict[str, tuple[Place, ...]]]:
    by_id: dict[str, Place] = {}
    by_name: dict[str, list[tuple[tuple[int, int], Place]]] = {}
    for row in resources.tsv("entities/gazetteer.tsv"):
        place = _place(row)
        by_id[place.id] = place
        rank = (_SOURCE_RANK.get(row["source"], 3), -place.population)
        for name in (place.name_ar, *place.variants):
            by_name.setdefault(normalize_key(name), []).append((rank, place))
    ranked = {k: tuple(p for _, p in sorted(v, key=lambda item: item[0]))
              for k, v in by_name.items()}
    return by_id, ranked


def lookup(place_id: str) -> Place | None:
    """The place with this id, or None."""
    return _tables()[0].get(place_id)


def candidates(name: str) -> tuple[Place, ...]:
    """Places called ``name`` (any spelling), best first."""
    table = _tables()[1]
    found = table.get(name)  # a key is its own normalized form
    return found if found is not None else table.get(normalize_key(name), ())


def names() -> tuple[str, ...]:
    """Every normalized place name."""
    return tuple(_tables()[1])


@cache
def region() -> frozenset[str]:
    """ISO3 codes of the Middle East and North Africa (``entities/region.txt``)."""
    return frozenset(resources.lines("entities/region.txt"))


def country_place(iso3: str) -> Place | None:
    return lookup(f"country-{iso3.lower()}")


def best(name: str, countries: AbstractSet[str] = frozenset()) -> Place | None:
    """The best place for ``name``: curated places, countries and big cities first, then a
    place of similar size in one of ``countries`` (the document's), else the most populous."""
    found = candidates(name)
    if not found:
        return None
    top = found[0]
    if top.source != "geonames" or top.population >= 500_000:
        return top  # a division, a country or a big city is what a bare name means
    for place in found:
        if place.country in countries and place.population * 10 >= top.population:
            return place
    return top
