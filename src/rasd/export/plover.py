"""PLOVER-style JSON: every event with type, mode, context, actor, recipient, location,
date and PLOVER's auxiliary mode, plus the provenance rasd keeps (trigger, evidence,
source). Also the gold-format view of events that the evaluator compares.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from rasd.document import Document, Event, Span
from rasd.export.event_view import reporter
from rasd.extract.events.modality import HAPPENED
from rasd.extract.events.modes import gold_mode

#: rasd modality -> PLOVER auxiliary mode (None: the event is asserted as having happened).
AUXILIARY = {"asserted": None, "denied": "negation", "planned": "future",
             "threatened": "future", "hypothetical": "hypothetical", "alleged": "alleged"}


def _span(span: Span | None) -> dict[str, Any] | None:
    return None if span is None else {"text": span.text, "start": span.start, "end": span.end}


def plover_event(doc: Document, event: Event, number: int) -> dict[str, Any]:
    """One event as a PLOVER record."""
    return {
        "id": f"{doc.meta.id}-{number}",
        "event_type": event.type,
        "mode": [event.mode] if event.mode else [],
        "context": list(event.context),
        "auxiliary_mode": AUXILIARY.get(event.modality, event.modality),
        "modality": event.modality,
        "actor": _span(event.actor1), "actor_id": event.actor1_id,
        "recipient": _span(event.actor2), "recipient_id": event.actor2_id,
        "location": _span(event.place), "place_id": event.place_id, "direction": event.direction,
        "date": event.date, "date_precision": event.date_precision,
        "date_source": event.date_source,
        "fatalities": event.fatalities, "wounded": event.wounded,
        "trigger": _span(event.trigger),
        "evidence": [_span(s) for s in event.evidence],
        "source": reporter(doc, event),
        "document": doc.meta.id,
    }


def plover_records(docs: Iterable[Document]) -> list[dict[str, Any]]:
    """PLOVER records of every event of ``docs``, in document and text order."""
    return [plover_event(doc, event, n) for doc in docs
            for n, event in enumerate(doc.events, 1)]


def write_plover(docs: Iterable[Document], out: TextIO) -> int:
    """Write the PLOVER JSON array of ``docs`` to ``out``; returns the record count."""
    records = plover_records(docs)
    json.dump(records, out, ensure_ascii=False, indent=1)
    out.write("\n")
    return len(records)


def gold_events(doc: Document) -> list[dict[str, Any]]:
    """The events of ``doc`` in the gold file's shape (gold-format.md): only those told as
    having happened (asserted, or alleged by a source), with a date only when the text of
    the sentence or paragraph gives one, and the gold's coarse ASSAULT modes."""
    out = []
    for event in doc.events:
        if event.modality not in HAPPENED:
            continue
        item: dict[str, Any] = {
            "type": event.type,
            "actor1": event.actor1.text if event.actor1 else None,
            "actor2": event.actor2.text if event.actor2 else None,
            "location": event.place.text if event.place else None,
            "date": event.date if event.date_source in ("sentence", "paragraph") else None,
            "fatalities": event.fatalities,
            "source": reporter(doc, event),
        }
        if event.type == "ASSAULT":
            item["mode"] = gold_mode(event.mode)
        out.append(item)
    return out
