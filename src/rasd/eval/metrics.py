"""Counts and the numbers made from them: precision, recall, F1, accuracy.

Every score is computed from integer counts, so a report can always say what
it was made of. A ratio with nothing to count (no predictions, no matched
pairs) is 0.0, never a division error; the counts beside it explain it.
"""

from __future__ import annotations

import dataclasses


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


@dataclasses.dataclass(slots=True)
class Tally:
    """True positives, false positives and false negatives of a matching."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Tally) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        return _ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)

    @property
    def value(self) -> float:
        """The number this tally stands for in a report: its F1."""
        return self.f1

    def counts(self) -> dict[str, int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclasses.dataclass(slots=True)
class Ratio:
    """How many of ``total`` judged items were ``correct``."""

    correct: int = 0
    total: int = 0

    def count(self, ok: bool) -> None:
        self.correct += int(ok)
        self.total += 1

    @property
    def value(self) -> float:
        return _ratio(self.correct, self.total)

    def counts(self) -> dict[str, int]:
        return {"correct": self.correct, "total": self.total}


Measure = Tally | Ratio


def merged(target: dict[str, Measure], extra: dict[str, Measure]) -> None:
    """Add every measure of ``extra`` into the same-named one of ``target``."""
    for name, measure in extra.items():
        have = target.setdefault(name, type(measure)())
        for field in dataclasses.fields(measure):
            setattr(have, field.name, getattr(have, field.name) + getattr(measure, field.name))


@dataclasses.dataclass(slots=True)
class LayerResult:
    """One layer scored on one article: counts, extra measures and what went wrong.

    ``missed`` are gold items nothing matched, ``spurious`` predicted items that match
    no gold item, ``wrong`` matched pairs that differ in a scored attribute (a timex
    value, a stance) and near misses: each a readable line for ``--errors``.
    """

    tally: Tally = dataclasses.field(default_factory=Tally)
    measures: dict[str, Measure] = dataclasses.field(default_factory=dict)
    missed: list[str] = dataclasses.field(default_factory=list)
    spurious: list[str] = dataclasses.field(default_factory=list)
    wrong: list[str] = dataclasses.field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not (self.missed or self.spurious or self.wrong)
