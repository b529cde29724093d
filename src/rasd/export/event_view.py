"""What the exports need to know about an event beyond the record: country, sector, source."""

from __future__ import annotations

from functools import cache

from rasd import resources
from rasd.document import Document, Entity, Event, Span
from rasd.text import normalize_key


@cache
def countries() -> dict[str, dict[str, str]]:
    """ISO3 -> its row of ``countries.tsv`` (numeric, names, ACLED region)."""
    return {row["iso3"]: row for row in resources.tsv("events/countries.tsv")}


@cache
def _country_names() -> dict[str, str]:
    return {normalize_key(row["name_ar"]): iso3 for iso3, row in countries().items()}


@cache
def _sectors() -> list[tuple[str, int]]:
    rows = [(normalize_key(r["word"]), int(r["inter"]))
            for r in resources.tsv("events/actor_sectors.tsv")]
    return sorted(rows, key=lambda r: -len(r[0]))


def inter_code(name: str | None, default: int = 0) -> int:
    """ACLED inter code of an actor, from the sector words of its name (0: unknown)."""
    if not name:
        return default
    key = normalize_key(name).strip("«»()")
    for word, code in _sectors():
        if word in key:
            return code
    return default


def _entity_at(doc: Document, span: Span | None) -> Entity | None:
    if span is None or not doc.has_layer("entities"):
        return None
    return next((e for e in doc.entities if e.span.start <= span.start < e.span.end), None)


def country_of(doc: Document, event: Event) -> str | None:
    """ISO3 of where the event happened: the place's entity, a country named as the place,
    else the country named most in the document."""
    entity = _entity_at(doc, event.place)
    if entity is not None and entity.country:
        return entity.country
    names = _country_names()
    if event.place is not None:
        key = normalize_key(event.place.text)
        for name, iso3 in names.items():
            if name and name in key:
                return iso3
    text = normalize_key(doc.text)
    counts = {iso3: text.count(name) for name, iso3 in names.items() if len(name) > 3}
    best = max(counts.items(), key=lambda kv: kv[1], default=(None, 0))
    return best[0] if best[1] else None


def reporter(doc: Document, event: Event) -> str | None:
    """Who reports the event: the speaker of the statement it is told in, if any."""
    if event.reported_by is None or not doc.has_layer("statements"):
        return None
    statements = doc.statements
    if not 0 <= event.reported_by < len(statements):
        return None
    speaker = statements[event.reported_by].speaker
    return speaker.text if speaker is not None else None
