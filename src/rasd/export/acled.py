"""ACLED-style CSV: one row per material event that happened, in ACLED's 31 columns.

The PLOVER→ACLED mapping is data (``resources/events/plover_acled.tsv``, explained
row by row in ``docs/plover-acled-mapping.md``). Verbal events (CONSULT, ACCUSE, …)
and events that are denied, planned, threatened, hypothetical or only alleged are
left out: ACLED records what happened.
"""

from __future__ import annotations

import csv
import io
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import TextIO

from rasd import resources
from rasd.document import Document, Event
from rasd.export.event_view import countries, country_of, inter_code, reporter
from rasd.extract.entities import places as gazetteer

COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
)
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
CIVILIANS = 7
PROTESTERS = 6

#: place_id -> (latitude, longitude, admin1); rasd's own gazetteer unless another is given.
PlaceLookup = Callable[[str], "tuple[float, float, str] | None"]


def gazetteer_place(place_id: str) -> tuple[float, float, str] | None:
    """Coordinates and first-level division of a place in rasd's gazetteer."""
    place = gazetteer.lookup(place_id)
    if place is None or place.lat is None or place.lon is None:
        return None
    return place.lat, place.lon, place.admin1 or ""


@cache
def _mapping() -> dict[tuple[str, str, str], tuple[str, str, str]]:
    return {(r["plover_type"], r["plover_mode"], r["target"]):
            (r["disorder_type"], r["event_type"], r["sub_event_type"])
            for r in resources.tsv("events/plover_acled.tsv")}


def acled_category(event_type: str, mode: str | None,
                   civilians: bool = False) -> tuple[str, str, str] | None:
    """``(disorder_type, event_type, sub_event_type)`` of a PLOVER event, or ``None`` when
    ACLED does not record its kind (verbal events)."""
    table = _mapping()
    target = "civilians" if civilians else "any"
    for key in ((event_type, mode or "*", target), (event_type, mode or "*", "any"),
                (event_type, "*", target), (event_type, "*", "any")):
        if key in table:
            return table[key]
    return None


def _date(doc: Document, event: Event) -> tuple[str, int]:
    if event.date and len(event.date) >= 7 and "W" not in event.date:
        value = event.date if len(event.date) == 10 else f"{event.date[:7]}-01"[:10]
        return value, TIME_PRECISION.get(event.date_precision or "", 3)
    if doc.meta.published is not None:
        return doc.meta.published.isoformat(), 2
    return "", 3


def _geo_precision(event: Event, iso3: str | None) -> int:
    if event.place is None:
        return 3
    if iso3 and countries()[iso3]["name_ar"] in event.place.text:
        return 3
    return 2 if event.direction else 1


def _interaction(inter1: int, inter2: int) -> str:
    if inter1 and inter2:
        low, high = sorted((inter1, inter2))
        return f"{low}{high}"
    return f"{inter1 or inter2}0" if (inter1 or inter2) else ""


def event_row(doc: Document, event: Event, number: int, *, timestamp: int,
              places: PlaceLookup | None = None) -> dict[str, str] | None:
    """The ACLED row of one event, or ``None`` when it does not belong in ACLED."""
    if event.modality != "asserted":
        return None
    actor1 = event.actor1.text if event.actor1 else ""
    actor2 = event.actor2.text if event.actor2 else ""
    inter1 = inter_code(actor1, PROTESTERS if event.type == "PROTEST" else 0)
    inter2 = inter_code(actor2)
    category = acled_category(event.type, event.mode, civilians=inter2 == CIVILIANS)
    if category is None:
        return None
    iso3 = country_of(doc, event)
    country = countries().get(iso3 or "", {})
    event_date, precision = _date(doc, event)
    lookup = places or gazetteer_place
    lat_lon_admin = lookup(event.place_id) if event.place_id else None
    outlet = doc.meta.source or ""
    party = reporter(doc, event) or ""
    return {
        "event_id_cnty": f"{iso3 or 'XXX'}{number}",
        "event_date": event_date, "year": event_date[:4], "time_precision": str(precision),
        "disorder_type": category[0], "event_type": category[1], "sub_event_type": category[2],
        "actor1": actor1, "assoc_actor_1": "", "inter1": str(inter1) if inter1 else "",
        "actor2": actor2, "assoc_actor_2": "", "inter2": str(inter2) if inter2 else "",
        "interaction": _interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if inter2 == CIVILIANS
        and category[0] == "Political violence" else "",
        "iso": str(int(country["numeric"])) if country else "",
        "region": country.get("region", ""), "country": country.get("name_en", ""),
        "admin1": lat_lon_admin[2] if lat_lon_admin else "", "admin2": "", "admin3": "",
        "location": event.place.text if event.place else "",
        "latitude": f"{lat_lon_admin[0]:.4f}" if lat_lon_admin else "",
        "longitude": f"{lat_lon_admin[1]:.4f}" if lat_lon_admin else "",
        "geo_precision": str(_geo_precision(event, iso3)),
        "source": "; ".join(p for p in (outlet, party) if p), "source_scale": "",
        "notes": " ".join(s.text for s in event.evidence),
        "fatalities": str(event.fatalities or 0),
        "tags": "; ".join(t for t in (f"plover={event.type}", f"mode={event.mode}" if event.mode
                                      else "", f"doc={doc.meta.id}") if t),
        "timestamp": str(timestamp),
    }


def acled_rows(docs: Iterable[Document], *, timestamp: int | None = None,
               places: PlaceLookup | None = None) -> Iterator[dict[str, str]]:
    """ACLED rows of the events of ``docs``; ids count up per country across the run."""
    stamp = int(time.time()) if timestamp is None else timestamp
    counters: Counter[str] = Counter()
    for doc in docs:
        for event in doc.events:
            row = event_row(doc, event, 0, timestamp=stamp, places=places)
            if row is None:
                continue
            prefix = row["event_id_cnty"][:3]
            counters[prefix] += 1
            row["event_id_cnty"] = f"{prefix}{counters[prefix]}"
            yield row


def write_acled(docs: Iterable[Document], out: TextIO, *, timestamp: int | None = None,
                places: PlaceLookup | None = None) -> int:
    """Write the ACLED CSV (header included) of ``docs`` to ``out``; returns the row count."""
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for row in acled_rows(docs, timestamp=timestamp, places=places):
        writer.writerow(row)
        count += 1
    return count


def acled_csv(docs: Iterable[Document], **options: int | None) -> str:
    """The ACLED CSV of ``docs`` as a string."""
    buffer = io.StringIO()
    write_acled(docs, buffer, timestamp=options.get("timestamp"))
    return buffer.getvalue()
