"""The actor dictionary: who acts in Middle East and North Africa news.

Public API (other layers use it; ids are stable strings)::

    actors.lookup("hts")             # Actor(id, type, name_ar, name_en, country, sector, aka, ...)
    actors.lookup("RUS")             # a country as an actor (its state / government)
    actors.lookup("RUS-defence-ministry")   # a country's institution (institutions.tsv)
    actors.same_actor("hts", "nusra")       # True: linked by "also known as"
    actors.institution_id("RUS", "army")    # "RUS-army"

Ids: curated and UniversalPetrarch actors keep the id of ``entities/actors.tsv``; a
country is its ISO 3166 alpha-3 code; an institution is ``<ISO3>-<key>``. Sectors are
CAMEO/PLOVER actor codes (GOV, MIL, REB, OPP, MED, IGO, PTY, COP, SPY, NGO, LEG, JUD).
"""

from __future__ import annotations

import dataclasses
from functools import cache

from rasd import resources


@dataclasses.dataclass(frozen=True, slots=True)
class Actor:
    """One actor: a person, an organization or a state."""

    id: str
    type: str  # PER | ORG
    name_ar: str
    name_en: str = ""
    country: str | None = None  # ISO 3166 alpha-3
    sector: str | None = None
    aka: tuple[str, ...] = ()  # ids of the same actor under other names
    aliases: tuple[str, ...] = ()
    source: str = "curated"


@cache
def _table() -> dict[str, Actor]:
    table = {}
    for row in resources.tsv("entities/actors.tsv"):
        table[row["id"]] = Actor(
            id=row["id"], type=row["type"], name_ar=row["name_ar"], name_en=row["name_en"],
            country=row["country"] or None, sector=row["sector"] or None,
            aka=tuple(filter(None, row["aka"].split("|"))),
            aliases=tuple(filter(None, row["aliases"].split("|"))), source=row["source"])
    return table


@cache
def countries() -> dict[str, dict[str, str]]:
    """ISO3 -> row of ``entities/countries.tsv`` (iso2, iso3, numeric, name_ar, name_en)."""
    return {row["iso3"]: row for row in resources.tsv("entities/countries.tsv")}


@cache
def institutions() -> dict[str, dict[str, str]]:
    """Institution key -> row of ``entities/institutions.tsv`` (first row of each key)."""
    found: dict[str, dict[str, str]] = {}
    for row in resources.tsv("entities/institutions.tsv"):
        found.setdefault(row["key"], row)
    return found


def all_actors() -> tuple[Actor, ...]:
    """Every listed actor (countries and institutions are derived, not listed)."""
    return tuple(_table().values())


def institution_id(country: str, key: str) -> str:
    return f"{country}-{key}"


def lookup(actor_id: str) -> Actor | None:
    """The actor with this id, or None when the id is unknown."""
    listed = _table().get(actor_id)
    if listed is not None:
        return listed
    nation = countries().get(actor_id)
    if nation is not None:
        return Actor(id=actor_id, type="ORG", name_ar=nation["name_ar"], name_en=nation["name_en"],
                     country=actor_id, sector="GOV", source="cldr")
    country, _, key = actor_id.partition("-")
    nation, inst = countries().get(country), institutions().get(key)
    if nation is None or inst is None:
        return None
    return Actor(id=actor_id, type="ORG", name_ar=f"{inst['head']} ({nation['name_ar']})",
                 name_en=f"{nation['name_en']} {inst['name_en']}", country=country,
                 sector=inst["sector"], source="institution")


def same_actor(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` are the same id or linked by "also known as"."""
    if a == b:
        return True
    left, right = lookup(a), lookup(b)
    return bool(left and b in left.aka) or bool(right and a in right.aka)
