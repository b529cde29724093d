"""BIO tag sequences: entity chunks and CoNLL entity-level scores.

Chunks follow the conlleval rules: an entity starts at ``B-X``, or at
``I-X`` after ``O`` or after a tag of another type, and runs over the
following ``I-X``. An entity is right only if its span and type both match.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

Chunk = tuple[str, int, int]
Sentence = tuple[list[str], list[str]]
#: AQMAR's labels mapped to ANERcorp's.
LABELS = {"PER": "PERS", "MIS": "MISC"}


def read_conll(path: Path) -> list[Sentence]:
    """``(tokens, tags)`` of a ``token TAG`` file with a blank line between sentences."""
    sentences: list[Sentence] = []
    tokens: list[str] = []
    tags: list[str] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        parts = line.replace("\u200e", "").split()
        if len(parts) == 2:
            prefix, _, label = parts[1].partition("-")
            tokens.append(parts[0])
            tags.append(f"{prefix}-{LABELS.get(label, label)}" if label else "O")
        elif not parts and tokens:
            sentences.append((tokens, tags))
            tokens, tags = [], []
    return sentences


def chunks(tags: Sequence[str]) -> list[Chunk]:
    """``(type, start, end)`` token ranges (end exclusive) of the entities in ``tags``."""
    out: list[Chunk] = []
    kind: str | None = None
    start = 0
    for i, tag in enumerate(tags):
        if tag == "O":
            if kind is not None:
                out.append((kind, start, i))
                kind = None
            continue
        prefix, _, label = tag.partition("-")
        if prefix == "I" and label == kind:
            continue
        if kind is not None:
            out.append((kind, start, i))
            kind = None
        if prefix in ("B", "I") and label:
            kind, start = label, i
    if kind is not None:
        out.append((kind, start, len(tags)))
    return out


@dataclass
class Scores:
    """Entity counts per type: gold, predicted and correct."""

    gold: Counter[str] = field(default_factory=Counter)
    pred: Counter[str] = field(default_factory=Counter)
    correct: Counter[str] = field(default_factory=Counter)

    def add(self, gold_tags: Sequence[str], pred_tags: Sequence[str]) -> None:
        """Count the entities of one sentence."""
        gold, pred = set(chunks(gold_tags)), set(chunks(pred_tags))
        self.gold.update(c[0] for c in gold)
        self.pred.update(c[0] for c in pred)
        self.correct.update(c[0] for c in gold & pred)

    def prf(self, types: Iterable[str]) -> tuple[float, float, float]:
        """Micro precision, recall and F1 over ``types``."""
        kinds = list(types)
        g = sum(self.gold[t] for t in kinds)
        p = sum(self.pred[t] for t in kinds)
        c = sum(self.correct[t] for t in kinds)
        precision = c / p if p else 0.0
        recall = c / g if g else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


def score(gold: Iterable[Sequence[str]], pred: Iterable[Sequence[str]]) -> Scores:
    """Entity counts of paired gold and predicted tag sequences."""
    scores = Scores()
    for g, p in zip(gold, pred, strict=True):
        scores.add(g, p)
    return scores
