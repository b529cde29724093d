"""Builders for scorer tests: a small gold article and fake pipelines that predict by hand.

Imported by the ``test_eval_*`` modules beside it (pytest puts this folder on sys.path).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from rasd.document import DateMention, Document, Entity, Event, Span, Statement

TEXT = (
    "قال وزير الخارجية أحمد الصالح أمس إن «القوات الحكومية استعادت السيطرة على مدينة حمص». "
    "وأضاف الصالح أن الجيش السوري قتل 12 مسلحا في ريف حمص يوم 3 مارس 2021. "
    "ونفت وزارة الدفاع التركية أن تكون طائراتها قد قصفت قرية العين."
)

GOLD: dict[str, Any] = {
    "id": "t-1", "source": "test", "url": None, "published": "2021-03-05", "title": "عنوان",
    "text": TEXT,
    "entities": [
        {"text": "أحمد الصالح", "type": "PER"}, {"text": "الصالح", "type": "PER"},
        {"text": "الجيش السوري", "type": "ORG"}, {"text": "حمص", "type": "LOC"},
        {"text": "وزارة الدفاع التركية", "type": "ORG"}, {"text": "العين", "type": "LOC"},
    ],
    "timexes": [
        {"text": "أمس", "value": "2021-03-04"}, {"text": "3 مارس 2021", "value": "2021-03-03"},
    ],
    "statements": [
        {"speaker": "أحمد الصالح", "cue": "قال", "stance": "assert", "mode": "mixed",
         "content": "«القوات الحكومية استعادت السيطرة على مدينة حمص»"},
        {"speaker": "أحمد الصالح", "cue": "أضاف", "stance": "assert", "mode": "indirect",
         "content": "الجيش السوري قتل 12 مسلحا في ريف حمص يوم 3 مارس 2021"},
        {"speaker": "وزارة الدفاع التركية", "cue": "نفت", "stance": "deny", "mode": "indirect",
         "content": "تكون طائراتها قد قصفت قرية العين"},
    ],
    "events": [
        {"type": "ASSAULT", "mode": "firearms", "actor1": "الجيش السوري", "actor2": None,
         "location": "ريف حمص", "date": "2021-03-03", "fatalities": 12, "source": "أحمد الصالح"},
        {"type": "ASSAULT", "mode": "aerial", "actor1": None, "actor2": None,
         "location": "العين", "date": None, "fatalities": None, "source": None},
    ],
}


def gold(**changes: Any) -> dict[str, Any]:
    """A deep copy of the test gold record with some keys replaced (None drops a key)."""
    record = copy.deepcopy(GOLD)
    for name, value in changes.items():
        if value is None:
            record.pop(name, None)
        else:
            record[name] = value
    return record


def find(doc: Document, phrase: str, nth: int = 0) -> Span:
    """The span of the ``nth`` occurrence of ``phrase`` in the document."""
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(phrase, start + 1)
    return doc.span(start, start + len(phrase))


def entity(doc: Document, phrase: str, kind: str, nth: int = 0) -> Entity:
    return Entity(find(doc, phrase, nth), kind)


def date(doc: Document, phrase: str, value: str | None, kind: str = "date",
         nth: int = 0) -> DateMention:
    return DateMention(find(doc, phrase, nth), value, "day", "explicit", kind=kind)


def statement(doc: Document, speaker: str | None, content: str, stance: str = "assert",
              mode: str = "indirect", cue: str = "قال") -> Statement:
    return Statement(cue=find(doc, cue), content=find(doc, content), stance=stance, mode=mode,
                     speaker=find(doc, speaker) if speaker else None)


def event(doc: Document, kind: str, actor1: str | None = None, actor2: str | None = None,
          place: str | None = None, **fields: Any) -> Event:
    def span(phrase: str | None) -> Span | None:
        return find(doc, phrase) if phrase else None
    anchor = find(doc, actor1 or actor2 or place or doc.text[:1])
    return Event(kind, trigger=anchor, evidence=(anchor,), actor1=span(actor1),
                 actor2=span(actor2), place=span(place), **fields)


Predictor = Callable[[Document], list[Any]]


def pipeline(**layers: Predictor) -> Callable[[Document], Document]:
    """A fake pipeline that adds only the given layers, each built by its function."""
    def run(doc: Document) -> Document:
        for name, build in layers.items():
            doc.add_layer(name, build(doc))
        return doc
    return run


def perfect(record: dict[str, Any]) -> Callable[[Document], Document]:
    """A fake pipeline that predicts exactly the gold of ``record``."""
    return pipeline(
        entities=lambda d: [entity(d, e["text"], e["type"]) for e in record["entities"]],
        dates=lambda d: [date(d, t["text"], t["value"]) for t in record["timexes"]],
        statements=lambda d: [statement(d, s["speaker"], s["content"], s["stance"], s["mode"],
                                        s["cue"]) for s in record["statements"]],
        events=lambda d: [event(d, e["type"], e["actor1"], e["actor2"], e["location"],
                                date=e["date"], fatalities=e["fatalities"], mode=e.get("mode"))
                          for e in record["events"]],
    )
