"""Each layer's scoring rules, on synthetic predictions from fake pipelines."""

from __future__ import annotations

from typing import Any

import pytest
from eval_builders import date, entity, event, gold, perfect, pipeline, statement

from rasd.document import Document
from rasd.eval import evaluate
from rasd.eval.evaluate import SECONDARY
from rasd.pipeline import TEXT_STAGES, Pipeline
from rasd.stage import Stage


def _empty(layers: tuple[str, ...]) -> Stage:
    def run(doc: Document) -> None:
        for name in layers:
            doc.add_layer(name, [])

    return Stage("empty", requires=(), assigns=layers, run=run)


#: A pipeline whose extractors run and find nothing.
EMPTY_LAYERS = Pipeline([*TEXT_STAGES, _empty(("dates", "entities", "statements", "events"))])


def scores(record: dict[str, Any], run: Any, layers: str | None = None) -> dict[str, Any]:
    return evaluate([record], layers=layers, pipeline=run).to_dict()


def test_perfect_predictions_score_one_everywhere() -> None:
    out = scores(gold(), perfect(gold()))
    assert out["articles"] == 1
    for layer, extra in SECONDARY.items():
        for name in ("precision", "recall", "f1", *extra):
            assert out[layer][name] == 1.0, (layer, name)


@pytest.mark.parametrize("run", [EMPTY_LAYERS, pipeline()], ids=["empty-layers", "no-layers"])
def test_empty_predictions_score_zero_recall(run: Any) -> None:
    report = evaluate([gold()], pipeline=run)
    out = report.to_dict()
    for layer in SECONDARY:
        assert out[layer]["recall"] == 0.0
        assert out[layer]["fn"] > 0 and out[layer]["tp"] == 0
    absent = [w for w in report.warnings if "produced no" in w]
    assert len(absent) == (4 if run is not EMPTY_LAYERS else 0)


def test_published_and_title_reach_the_document() -> None:
    seen: list[Document] = []

    def keep(doc: Document) -> Document:
        seen.append(doc)
        return doc

    evaluate([gold()], pipeline=keep)
    assert seen[0].meta.published is not None and seen[0].meta.published.isoformat() == \
        "2021-03-05"
    assert (seen[0].meta.id, seen[0].meta.title, seen[0].meta.source) == ("t-1", "عنوان", "test")


# --- entities ---------------------------------------------------------------------------

def test_entities_are_sets_of_normalized_text_and_type() -> None:
    record = gold(entities=[{"text": "حمص", "type": "LOC"}, {"text": "الصالح", "type": "PER"},
                            {"text": "حمص", "type": "LOC"}])
    run = pipeline(entities=lambda d: [
        entity(d, "حمص", "LOC"), entity(d, "حمص", "LOC", nth=1),
        entity(d, "الصالح", "ORG"), entity(d, "وزارة الدفاع", "MISC")])
    out = scores(record, run, "entities")["entities"]
    # repeated mentions count once; a wrong type is a FP and a FN; MISC is not scored
    assert (out["tp"], out["fp"], out["fn"]) == (1, 1, 1)


# --- timexes ------------------------------------------------------------------------------

def timex_scores(gold_items: list[dict[str, Any]], build: Any) -> dict[str, Any]:
    out: dict[str, Any] = scores(gold(timexes=gold_items), pipeline(dates=build), "timexes")
    return out["timexes"]


def test_wrong_value_is_a_false_positive_and_a_false_negative() -> None:
    out = timex_scores([{"text": "أمس", "value": "2021-03-04"}],
                       lambda d: [date(d, "أمس", "2021-03-03")])
    assert (out["tp"], out["fp"], out["fn"]) == (0, 1, 1)
    assert out["f1"] == 0.0 and out["strict_f1"] == 0.0 and out["span_f1"] == 1.0


@pytest.mark.parametrize(("gold_text", "found_text", "relaxed", "strict"), [
    ("3 مارس 2021", "3 مارس", 1.0, 0.0),  # prediction inside gold
    ("مارس 2021", "3 مارس 2021", 1.0, 0.0),  # gold inside prediction
    ("3 مارس 2021", "3 مارس 2021", 1.0, 1.0),
    ("3 مارس 2021", "أمس", 0.0, 0.0),
])
def test_timex_containment_both_directions(gold_text: str, found_text: str, relaxed: float,
                                           strict: float) -> None:
    out = timex_scores([{"text": gold_text, "value": "2021-03-03"}],
                       lambda d: [date(d, found_text, "2021-03-03")])
    assert (out["f1"], out["strict_f1"]) == (relaxed, strict)


def test_timex_repeats_count_once_and_matching_is_one_to_one() -> None:
    text = "وصل أمس ثم غادر أمس، وفي 3 مارس 2021 عاد."
    record = gold(text=text, timexes=[{"text": "3 مارس 2021", "value": "2021-03-03"}],
                  entities=None, statements=None, events=None)
    run = pipeline(dates=lambda d: [date(d, "أمس", "2021-03-04"),
                                    date(d, "أمس", "2021-03-04", nth=1),
                                    date(d, "3 مارس", "2021-03-03"),
                                    date(d, "مارس 2021", "2021-03")])
    out = scores(record, run, "timexes")["timexes"]
    # «أمس» twice is one item; two predictions inside the gold phrase: one matches
    assert (out["tp"], out["fp"], out["fn"]) == (1, 2, 0)


def test_exact_text_is_paired_before_containment() -> None:
    items = [{"text": "أمس", "value": "2021-03-04"}, {"text": "3 مارس 2021", "value": "2021-03-03"}]
    out = timex_scores(items, lambda d: [date(d, "3 مارس 2021", "2021-03-03"),
                                         date(d, "أمس", "2021-03-04")])
    assert out["strict_f1"] == 1.0


@pytest.mark.parametrize(("kind", "counted"), [("date", True), ("duration", False),
                                               ("range", False)])
def test_only_point_dates_are_timexes(kind: str, counted: bool) -> None:
    out = timex_scores([{"text": "أمس", "value": "2021-03-04"}],
                       lambda d: [date(d, "أمس", "2021-03-04", kind=kind)])
    assert out["tp"] == int(counted) and out["fp"] == 0


def test_null_values_are_equal() -> None:
    out = timex_scores([{"text": "أمس", "value": None}], lambda d: [date(d, "أمس", None)])
    assert out["f1"] == 1.0


# --- statements ------------------------------------------------------------------------------

SAID = "قال المتحدث باسم «الجبهة الشعبية» إن الاتفاق سيوقع في العاصمة خلال الأسبوع المقبل"


def statement_scores(gold_items: list[dict[str, Any]], build: Any) -> dict[str, Any]:
    record = gold(text=SAID, statements=gold_items, entities=None, timexes=None, events=None)
    out: dict[str, Any] = scores(record, pipeline(statements=build), "statements")
    return out["statements"]


def said(content: str, speaker: str = "المتحدث باسم «الجبهة الشعبية»", stance: str = "assert",
         mode: str = "indirect") -> dict[str, Any]:
    return {"speaker": speaker, "cue": "قال", "stance": stance, "mode": mode, "content": content}


@pytest.mark.parametrize(("found", "matches"), [
    ("في العاصمة خلال الأسبوع", True),  # F1 = 0.5 exactly
    ("في العاصمة خلال الأسبوع المقبل", False),  # F1 = 4/9
    ("الاتفاق سيوقع في العاصمة", True),
])
def test_content_token_f1_boundary(found: str, matches: bool) -> None:
    out = statement_scores([said("الاتفاق سيوقع في العاصمة")],
                           lambda d: [statement(d, "الجبهة الشعبية", found)])
    assert out["tp"] == int(matches)


@pytest.mark.parametrize(("gold_speaker", "found_speaker", "matches"), [
    ("«الجبهة الشعبية»", "الجبهة الشعبية", True),  # quote marks removed
    ("الجبهة الشعبية", "المتحدث باسم «الجبهة الشعبية»", True),  # gold inside prediction
    ("المتحدث باسم الجبهة الشعبية", "الجبهة الشعبية", True),  # prediction inside gold
    ("الجبهة الشعبية", "المتحدث", False),
    ("الجبهة الشعبية", None, False),  # no speaker span: cannot match
])
def test_speakers_match_by_containment(gold_speaker: str, found_speaker: str | None,
                                       matches: bool) -> None:
    content = "الاتفاق سيوقع في العاصمة خلال الأسبوع المقبل"
    out = statement_scores([said(content, gold_speaker)],
                           lambda d: [statement(d, found_speaker, content)])
    assert out["tp"] == int(matches)


def test_stance_and_mode_accuracy_count_matched_pairs_only() -> None:
    items = [said("الاتفاق سيوقع في العاصمة", stance="warn", mode="indirect"),
             said("«الجبهة الشعبية»", speaker="قائل آخر", stance="deny", mode="direct")]
    out = statement_scores(items, lambda d: [
        statement(d, "الجبهة الشعبية", "الاتفاق سيوقع في العاصمة", "assert", "indirect"),
        statement(d, "المتحدث", "خلال الأسبوع المقبل", "warn", "direct")])
    assert (out["tp"], out["fp"], out["fn"]) == (1, 1, 1)
    assert out["stance_accuracy"] == 0.0 and out["mode_accuracy"] == 1.0
    assert out["counts"]["stance_accuracy"] == {"correct": 0, "total": 1}


def test_statements_match_one_to_one_best_content_first() -> None:
    out = statement_scores([said("الاتفاق سيوقع في العاصمة", stance="warn")], lambda d: [
        statement(d, "الجبهة الشعبية", "الاتفاق سيوقع في", "assert"),
        statement(d, "الجبهة الشعبية", "الاتفاق سيوقع في العاصمة", "warn")])
    assert (out["tp"], out["fp"], out["fn"]) == (1, 1, 0)
    assert out["stance_accuracy"] == 1.0  # the better content won the gold statement


def test_no_matched_pairs_gives_zero_accuracy_with_counts() -> None:
    out = statement_scores([said("الاتفاق سيوقع في العاصمة")], lambda d: [])
    assert out["stance_accuracy"] == 0.0
    assert out["counts"]["stance_accuracy"] == {"correct": 0, "total": 0}


# --- events -----------------------------------------------------------------------------------

def event_scores(gold_items: list[dict[str, Any]], build: Any) -> dict[str, Any]:
    out: dict[str, Any] = scores(gold(events=gold_items), pipeline(events=build), "events")
    return out["events"]


def assault(**fields: Any) -> dict[str, Any]:
    base = {"type": "ASSAULT", "actor1": "الجيش السوري", "actor2": None, "location": "ريف حمص",
            "date": "2021-03-03", "fatalities": 12}
    base.update(fields)
    return base


@pytest.mark.parametrize(("build", "matches"), [
    (lambda d: [event(d, "ASSAULT", actor1="الجيش")], True),  # prediction inside gold
    (lambda d: [event(d, "ASSAULT", place="حمص")], True),  # location alone
    (lambda d: [event(d, "ASSAULT", actor2="الجيش السوري")], False),  # slots are not crossed
    (lambda d: [event(d, "COERCE", actor1="الجيش السوري")], False),  # type differs
    (lambda d: [event(d, "ASSAULT")], False),  # no actor, no place: None never matches
])
def test_event_matching(build: Any, matches: bool) -> None:
    assert event_scores([assault()], build)["tp"] == int(matches)


def test_events_match_one_to_one_most_slots_first() -> None:
    out = event_scores([assault(fatalities=None)], lambda d: [
        event(d, "ASSAULT", "الجيش السوري", fatalities=12),
        event(d, "ASSAULT", "الجيش السوري", place="ريف حمص")])
    assert (out["tp"], out["fp"], out["fn"]) == (1, 1, 0)
    assert out["fatalities_accuracy"] == 1.0  # the two-slot prediction won the gold event


def test_event_accuracies_on_matched_pairs() -> None:
    items = [assault(), assault(actor1="وزارة الدفاع التركية", location=None, date=None,
                                fatalities=None)]
    out = event_scores(items, lambda d: [
        event(d, "ASSAULT", "الجيش السوري", place="حمص", date="2021-03-03", fatalities=10),
        event(d, "ASSAULT", "وزارة الدفاع التركية", place="العين"),
        event(d, "ASSAULT", "الجيش السوري", place="ريف حمص")])
    assert (out["tp"], out["fp"], out["fn"]) == (2, 1, 0)
    assert out["counts"]["date_accuracy"] == {"correct": 2, "total": 2}  # None == None
    assert out["counts"]["location_accuracy"] == {"correct": 1, "total": 2}  # gold None, found
    assert out["counts"]["fatalities_accuracy"] == {"correct": 1, "total": 2}


def test_layer_absent_from_gold_is_not_scored_but_empty_list_is() -> None:
    records = [gold(id="a", events=None), gold(id="b", events=[])]
    report = evaluate(records, pipeline=perfect(gold(events=[])), layers="events,entities")
    out = report.to_dict()
    assert out["events"]["articles"] == 1 and out["entities"]["articles"] == 2
    assert list(report.layers) == ["entities", "events"]
    assert out["timexes"]["articles"] == 0
