"""PLOVER JSON export and the gold-format view of events."""

from __future__ import annotations

import io
import json

from extract.event_helpers import make_doc
from rasd.export.plover import gold_events, write_plover
from rasd.extract.events.stage import STAGE

TEXT = ("وقالت الشرطة إن مسلحين هاجموا حاجزا أمنيا في مدينة الفلوجة أمس. "
        "ونفى التنظيم أن يكون قصف مطار المدينة.")


def _doc():  # type: ignore[no-untyped-def]
    doc = make_doc(TEXT, entities=[("الشرطة", "ORG"), ("الفلوجة", "LOC")],
                   dates=[("أمس", "2016-05-30", "day")],
                   statements=[("الشرطة", "وقالت", "مسلحين هاجموا حاجزا أمنيا في مدينة الفلوجة أمس",
                                "assert")])
    STAGE(doc)
    return doc


def test_plover_json_has_type_mode_actor_recipient_location_and_auxiliary_mode() -> None:
    buffer = io.StringIO()
    count = write_plover([_doc()], buffer)
    records = json.loads(buffer.getvalue())
    assert count == len(records) >= 2
    attack = next(r for r in records if r["auxiliary_mode"] is None)
    assert attack["event_type"] == "ASSAULT" and attack["location"]["text"] == "الفلوجة"
    assert attack["source"] == "الشرطة" and attack["date"] == "2016-05-30"
    assert any(r["auxiliary_mode"] == "negation" for r in records)
    for record in records:
        trigger = record["trigger"]
        assert TEXT[trigger["start"]:trigger["end"]] == trigger["text"]


def test_gold_view_keeps_only_what_happened() -> None:
    events = gold_events(_doc())
    assert len(events) == 1
    assert events[0]["source"] == "الشرطة" and events[0]["date"] == "2016-05-30"
    assert events[0]["mode"] == "other"
