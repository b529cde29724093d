"""Bad gold input: each problem is named with its line, skipped, and the rest is scored."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from eval_builders import gold, perfect

from rasd.errors import InputError
from rasd.eval import evaluate, read_gold


def write(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def line(**changes: Any) -> str:
    return json.dumps(gold(**changes), ensure_ascii=False)


@pytest.mark.parametrize(("bad", "says"), [
    ("{not json", "invalid JSON"),
    ("[1, 2]", "must be a JSON object"),
    (json.dumps({"id": "x", "entities": []}), "'text' is missing"),
    (json.dumps({"id": "x", "text": "   "}), "'text' is missing"),
    (json.dumps({"id": ["x"], "text": "نص"}), "'id' must be a string"),
    (json.dumps({"id": "x", "text": "نص", "published": "23/05/2019"}), "'published'"),
])
def test_bad_line_is_named_and_skipped(tmp_path: Path, bad: str, says: str) -> None:
    path = write(tmp_path, [line(id="good-1"), bad, line(id="good-2")])
    report = evaluate(path, pipeline=perfect(gold()))
    assert report.scored == 2
    assert len(report.warnings) == 1
    assert "[R500]" in report.warnings[0] and "line 2" in report.warnings[0]
    assert says in report.warnings[0]


@pytest.mark.parametrize(("layer", "items", "says"), [
    ("statements", [{"speaker": "س", "cue": "قال", "stance": "assert", "mode": "direct",
                     "content": "جملة لا ترد في النص"}], "'content' is not a substring"),
    ("statements", [{"speaker": "س", "stance": "maybe", "mode": "direct",
                     "content": "أمس"}], "'stance' must be one of"),
    ("statements", [{"speaker": 3, "stance": "assert", "mode": "direct",
                     "content": "أمس"}], "'speaker' must be a non-empty string"),
    ("entities", [{"text": "حمص", "type": "CITY"}], "'type' must be one of"),
    ("entities", [{"text": "دمشق", "type": "LOC"}], "'text' is not a substring"),
    ("entities", ["حمص"], "must be a JSON object"),
    ("timexes", [{"text": "أمس", "value": "yesterday"}], "'value' must be"),
    ("events", [{"type": "ASSAULT", "actor1": "الجيش السوري", "fatalities": "ten"}],
     "'fatalities'"),
    ("events", [{"type": "ATTACK", "actor1": "الجيش السوري"}], "'type' must be one of"),
    ("events", [{"type": "ASSAULT", "actor1": None, "location": None}], "needs an actor1"),
])
def test_bad_item_is_named_and_skipped(layer: str, items: list[Any], says: str) -> None:
    articles, problems = read_gold([gold(**{layer: [*items, gold()[layer][0]]})])
    assert len(getattr(articles[0], layer)) == 1  # the good item is kept
    assert len(problems) == 1
    message = str(problems[0])
    assert "[R500]" in message and "line 1" in message and f"{layer}[0]" in message
    assert says in message


def test_layer_that_is_not_a_list_is_not_scored() -> None:
    articles, problems = read_gold([gold(entities={"text": "حمص"})])
    assert articles[0].entities is None and "'entities' must be a list" in str(problems[0])


def test_content_with_other_diacritics_or_spacing_is_accepted() -> None:
    item = {"speaker": "الصالح", "stance": "assert", "mode": "indirect",
            "content": "الجيشُ  السوري قتل"}
    articles, problems = read_gold([gold(statements=[item])])
    assert problems == [] and articles[0].statements is not None


def test_nothing_scorable_and_unreadable_file(tmp_path: Path) -> None:
    assert evaluate(write(tmp_path, ["{", "[]"]), pipeline=perfect(gold())).scored == 0
    with pytest.raises(InputError):
        evaluate(tmp_path / "missing.jsonl")


def test_file_lines_split_on_newlines_only(tmp_path: Path) -> None:
    record = gold(title="عنوان\u2028ثان")
    path = tmp_path / "gold.jsonl"
    path.write_text("\ufeff" + json.dumps(record, ensure_ascii=False) + "\n\n", encoding="utf-8")
    articles, problems = read_gold(path)
    assert problems == [] and articles[0].title == "عنوان\u2028ثان"


def test_unscored_fields_of_odd_type_do_not_skip_the_item() -> None:
    item = dict(gold()["events"][0], mode=3, source=["x"])
    articles, problems = read_gold([gold(events=[item])])
    assert problems == [] and articles[0].events is not None
    assert articles[0].events[0].mode is None


@pytest.mark.parametrize(("published", "day"), [
    ("2021-03-05", "2021-03-05"), ("2021-03-05T09:30:00+03:00", "2021-03-05"),
    ("2021-03-05 09:30", "2021-03-05"), (None, None),
])
def test_published_date_forms(published: str | None, day: str | None) -> None:
    articles, problems = read_gold([dict(gold(), published=published)])
    found = articles[0].published
    assert problems == [] and (found.isoformat() if found else None) == day
