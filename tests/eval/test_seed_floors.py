"""Regression floors on the seed gold: the issues' targets, scored by `rasd eval`'s library twin.

The seed was visible while the extractors were written, so these floors guard against
regressions; they do not measure generalization (tests/fixtures/gold holds held-out articles).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rasd.eval import evaluate

FLOORS = [
    ("entities", "f1", 0.9),
    ("timexes", "f1", 0.95),
    ("statements", "f1", 0.9),
    ("statements", "stance_accuracy", 0.95),
    ("events", "f1", 0.7),
]


@pytest.fixture(scope="module")
def seed_scores(shared_dir: Path) -> dict[str, dict[str, float]]:
    return evaluate(shared_dir / "examples" / "seed-gold.jsonl").to_dict()


@pytest.mark.parametrize(("layer", "measure", "floor"), FLOORS)
def test_seed_score_stays_above_floor(seed_scores: dict[str, dict[str, float]], layer: str,
                                      measure: str, floor: float) -> None:
    assert seed_scores[layer][measure] >= floor
