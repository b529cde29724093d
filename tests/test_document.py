"""The Document model: spans raise, layers are set once, to_dict round-trips."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

import rasd
from rasd.document import LAYER_TYPES, Document, Entity, Meta, Span, Statement
from rasd.errors import LayerError, SchemaError, SpanError
from rasd.text.spans import span_of

TEXT = "قال الوزير إن الهجوم وقع أمس في حلب."


def test_span_slices_the_text() -> None:
    doc = Document(TEXT)
    span = doc.span(4, 10)
    assert span.text == TEXT[4:10] == "الوزير"


def test_compiled_spans_are_the_documents_spans() -> None:
    doc = Document(TEXT)
    for start, end in [(0, 0), (4, 10), (0, len(TEXT)), (len(TEXT), len(TEXT))]:
        made = span_of(doc, start, end)
        assert type(made) is Span and made == doc.span(start, end)
        assert (made.start, made.end, made.text) == (start, end, TEXT[start:end])
        assert pickle.loads(pickle.dumps(made)) == made and made._asdict()["end"] == end


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (5, 4), (0, len(TEXT) + 1)])
def test_span_outside_text_raises(start: int, end: int) -> None:
    with pytest.raises(SpanError):
        Document(TEXT).span(start, end)
    with pytest.raises(SpanError, match="outside"):
        span_of(Document(TEXT), start, end)


def test_layers_are_set_once_and_absent_is_not_empty() -> None:
    doc = Document(TEXT)
    doc.add_layer("entities", [])
    assert doc.entities == ()
    with pytest.raises(LayerError):
        doc.add_layer("entities", [])
    with pytest.raises(LayerError):
        _ = doc.events
    data = doc.to_dict()
    assert data["layers"] == {"entities": []}


@pytest.mark.parametrize("record", [t for t in LAYER_TYPES.values() if dataclasses.is_dataclass(t)])
def test_records_build_as_dataclasses_and_stay_frozen(record: type) -> None:
    # Their __init__ writes the slots directly (document.py); the behaviour is a frozen
    # dataclass's: required fields first, the declared defaults, no later assignment.
    fields = dataclasses.fields(record)
    required = [f for f in fields if f.default is dataclasses.MISSING]
    values = {f.name: f"{f.name}-value" for f in required}
    built = record(**values)
    assert all(getattr(built, f.name) == (values[f.name] if f in required else f.default)
               for f in fields)
    assert record(*values.values()) == built
    with pytest.raises(TypeError):
        record()
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(built, fields[0].name, "changed")
    assert pickle.loads(pickle.dumps(built)) == built
    assert dataclasses.replace(built, **{required[0].name: "other"}) != built


def test_entity_keywords_land_in_their_fields() -> None:
    span = Span(0, 4, "دمشق")
    entity = Entity(span=span, type="LOC", country="SYR", source="rule", direction="south")
    assert (entity.span, entity.type, entity.country, entity.direction, entity.source,
            entity.actor_id, entity.norm) == (span, "LOC", "SYR", "south", "rule", None, "")
    with pytest.raises(TypeError, match="unexpected keyword"):
        Entity(span=span, type="LOC", colour="red")  # type: ignore[call-arg]


def test_id_is_a_stable_hash_of_the_text() -> None:
    assert Document(TEXT).meta.id == Document(TEXT).meta.id
    assert Document(TEXT).meta.id != Document(TEXT + " ").meta.id


def test_round_trip_keeps_records_and_references() -> None:
    doc = Document(TEXT, Meta(id="x1", title="عنوان"))
    minister = Entity(doc.span(4, 10), "PER", norm="الوزير", source="rule")
    doc.add_layer("entities", [minister])
    outer = Statement(cue=doc.span(0, 3), content=doc.span(14, 35), stance="assert",
                      mode="indirect", speaker=doc.span(4, 10))
    doc.add_layer("statements", [outer, Statement(cue=doc.span(0, 3), content=doc.span(14, 20),
                                                  stance="assert", mode="indirect", via=0)])
    back = Document.from_dict(doc.to_dict())
    assert back.to_dict() == doc.to_dict()
    assert back.statements[1].via == 0
    assert back.entities[0] == minister


def test_from_dict_checks_spans_against_text() -> None:
    doc = Document(TEXT)
    doc.add_layer("sentences", [doc.span(0, 5)])
    data = doc.to_dict()
    data["layers"]["sentences"][0]["text"] = "غلط"
    with pytest.raises(SpanError):
        Document.from_dict(data)
    with pytest.raises(SchemaError):
        Document.from_dict({"schema": "other/9"})


def test_analyze_runs_every_default_stage(seed_path) -> None:  # type: ignore[no-untyped-def]
    doc = rasd.analyze(seed_path.read_text(encoding="utf-8"))
    assert set(doc.layers) >= {"tokens", "sentences", "dates", "quantities", "entities",
                               "statements", "events"}
    for name in doc.layers:
        for item in doc.layer(name):
            spans = [item] if hasattr(item, "start") else [
                v for v in vars_of(item) if hasattr(v, "start")]
            for span in spans:
                assert doc.text[span.start:span.end] == span.text


def vars_of(item: object) -> list[object]:
    import dataclasses

    values: list[object] = []
    for f in dataclasses.fields(item):  # type: ignore[arg-type]
        value = getattr(item, f.name)
        values.extend(value if isinstance(value, tuple) else [value])
    return values
