"""Invariants of the scorer on random gold and predictions (hypothesis)."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.document import DateMention, Document
from rasd.eval import evaluate

WORDS = ["أمس", "اليوم", "مارس", "3", "2021", "الأحد", "من", "أول"]
VALUES = ["2021-03-03", "2021-03-04", None]


@st.composite
def article(draw: Any) -> tuple[dict[str, Any], list[tuple[int, int, str | None]]]:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=3, max_size=12))
    text = " ".join(words)
    starts = [sum(len(w) + 1 for w in words[:i]) for i in range(len(words))]

    def phrase() -> Any:
        return st.tuples(st.integers(0, len(words) - 1), st.integers(1, 3),
                         st.sampled_from(VALUES))

    def span(i: int, n: int) -> tuple[int, int]:
        last = min(i + n, len(words)) - 1
        return starts[i], starts[last] + len(words[last])

    gold_items = []
    for i, n, value in draw(st.lists(phrase(), max_size=5)):
        start, end = span(i, n)
        gold_items.append({"text": text[start:end], "value": value})
    found = [(*span(i, n), value) for i, n, value in draw(st.lists(phrase(), max_size=5))]
    return {"id": "p", "text": text, "timexes": gold_items}, found


@settings(max_examples=150, deadline=None)
@given(article())
def test_timex_counts_are_consistent(case: Any) -> None:
    record, found = case

    def run(doc: Document) -> Document:
        doc.add_layer("dates", [DateMention(doc.span(s, e), v, None, "explicit")
                                for s, e, v in found])
        return doc

    out = evaluate([record], pipeline=run, layers="timexes").to_dict()["timexes"]
    strict, span = out["counts"]["strict_f1"], out["counts"]["span_f1"]
    gold_n, found_n = out["tp"] + out["fn"], out["tp"] + out["fp"]
    assert gold_n == len({(g["text"], g["value"]) for g in record["timexes"]})
    assert found_n == len({(record["text"][s:e], v) for s, e, v in found})
    assert strict["tp"] <= out["tp"] <= span["tp"] <= min(gold_n, found_n)
    for counts in (strict, span):
        assert counts["tp"] + counts["fn"] == gold_n and counts["tp"] + counts["fp"] == found_n
