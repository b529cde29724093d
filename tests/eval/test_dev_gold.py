"""Floors on the held-out development gold (tests/fixtures/gold/dev.jsonl).

Nine short wire-style articles written for rasd (Yemen, Iraq, Libya, Sudan, Lebanon, Gaza,
Tunis, a Hijri-dated Saudi statement, Cairo; one without a published date), annotated by
../shared/spec/gold-format.md. The floors sit a little below the scores reached, so that a
change that costs accuracy on unseen text fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rasd.eval import evaluate

DEV = Path(__file__).parent.parent / "fixtures" / "gold" / "dev.jsonl"
FLOORS = {"entities": 0.91, "timexes": 0.95, "statements": 0.95, "events": 0.75}


@pytest.fixture(scope="module")
def scores() -> dict[str, float]:
    report = evaluate(str(DEV))
    return {name: layer.tally.f1 for name, layer in report.layers.items()}


@pytest.mark.parametrize(("layer", "floor"), sorted(FLOORS.items()))
def test_dev_gold_f1_floor(scores: dict[str, float], layer: str, floor: float) -> None:
    assert scores[layer] >= floor, f"{layer} F1 {scores[layer]:.3f} fell below {floor}"
