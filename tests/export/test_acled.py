"""ACLED CSV export: ACLED's 31 columns, valid codes, and Arabic notes escaped safely."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest

import rasd
from extract.event_helpers import make_doc
from rasd.document import Document, Event
from rasd.export.acled import COLUMNS, acled_category, acled_csv, write_acled
from rasd.extract.events.stage import STAGE

ACLED_ORDER = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
]


def _analyzed(text: str, **layers: object) -> Document:
    doc = make_doc(text, **layers)  # type: ignore[arg-type]
    STAGE(doc)
    return doc


def _rows(*docs: Document) -> list[dict[str, str]]:
    reader = csv.DictReader(io.StringIO(acled_csv(docs, timestamp=1700000000)))
    assert reader.fieldnames == ACLED_ORDER
    return list(reader)


def test_columns_are_acleds_31_in_order() -> None:
    assert list(COLUMNS) == ACLED_ORDER and len(COLUMNS) == 31


def test_a_battle_row_has_valid_codes() -> None:
    doc = _analyzed("قصف الجيش السوري مواقع المسلحين في ريف حماة أمس، وقتل 12 مسلحا وسط سوريا.",
                    entities=[("الجيش السوري", "ORG"), ("حماة", "LOC")],
                    dates=[("أمس", "2023-04-02", "day")],
                    quantities=[("12 مسلحا", 12, "killed")])
    rows = _rows(doc)
    assert len(rows) == 1
    row = rows[0]
    assert row["event_id_cnty"] == "SYR1" and row["iso"] == "760" and row["country"] == "Syria"
    assert (row["event_date"], row["year"], row["time_precision"]) == ("2023-04-02", "2023", "1")
    assert row["event_type"] == "Explosions/Remote violence"
    assert row["sub_event_type"] == "Shelling/artillery/missile attack"
    assert (row["inter1"], row["inter2"], row["interaction"]) == ("1", "2", "12")
    assert row["fatalities"] == "12" and row["geo_precision"] in {"1", "2", "3"}
    assert row["location"] == "ريف حماة" and row["timestamp"] == "1700000000"


@pytest.mark.parametrize("text", [
    "اتصل الرئيس الفرنسي بنظيره اللبناني لبحث الأزمة.",  # verbal: CONSULT
    "نفى الجيش قصف المستشفى في مدينة حلب.",  # denied
    "تستعد الفصائل لشن هجوم على مدينة حلب.",  # planned
])
def test_verbal_and_unhappened_events_stay_out(text: str) -> None:
    assert _rows(_analyzed(text)) == []


def test_civilians_as_target_are_violence_against_civilians() -> None:
    rows = _rows(_analyzed("هاجم مسلحون المدنيين في قرية الطيبة."))
    assert rows[0]["event_type"] == "Violence against civilians"
    assert rows[0]["civilian_targeting"] == "Civilian targeting"
    assert rows[0]["interaction"] == "27"


def test_protest_alone_is_interaction_60() -> None:
    doc = _analyzed("تظاهر المحتجون في ساحة التحرير بالقاهرة.", entities=[("القاهرة", "LOC")])
    rows = _rows(doc)
    assert (rows[0]["event_type"], rows[0]["inter1"], rows[0]["interaction"]) == \
        ("Protests", "6", "60")


def test_notes_with_commas_quotes_and_newlines_round_trip() -> None:
    note = 'قال «المرصد»، "المصدر": قصف\nعنيف, على حلب'
    text = note
    doc = make_doc(text)
    doc.add_layer("events", [Event("ASSAULT", doc.span(text.index("قصف"), text.index("قصف") + 3),
                                   (doc.span(0, len(text)),), mode="aerial")])
    buffer = io.StringIO()
    assert write_acled([doc], buffer, timestamp=1) == 1
    rows = list(csv.DictReader(io.StringIO(buffer.getvalue())))
    assert rows[0]["notes"] == note
    assert rows[0]["sub_event_type"] == "Air/drone strike"


@pytest.mark.parametrize(("etype", "mode", "civilians", "expected"), [
    ("ASSAULT", "unconventional", False, "Chemical weapon"),
    ("ASSAULT", "suicide-attack", False, "Suicide bomb"),
    ("ASSAULT", "abduct", False, "Abduction/forced disappearance"),
    ("ASSAULT", None, True, "Attack"),
    ("COERCE", "arrest", False, "Arrests"),
    ("COERCE", "crowd-control", False, "Protest with intervention"),
    ("RETREAT", "ceasefire", False, "Agreement"),
    ("PROTEST", "riot", False, "Violent demonstration"),
    ("ACCUSE", "allege", False, None),
    ("CONSULT", "phone", False, None),
])
def test_mapping(etype: str, mode: str | None, civilians: bool, expected: str | None) -> None:
    found = acled_category(etype, mode, civilians)
    assert (found[2] if found else None) == expected


def test_places_get_coordinates_from_the_gazetteer() -> None:
    doc = rasd.analyze("قصفت طائرات حربية مدينة إدلب أمس، ما أدى إلى مقتل 5 مدنيين.",
                       published=date(2024, 3, 2))
    out = io.StringIO()
    write_acled([doc], out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert rows and rows[0]["location"] == "إدلب"
    assert abs(float(rows[0]["latitude"]) - 35.9) < 0.5
    assert abs(float(rows[0]["longitude"]) - 36.6) < 0.5
