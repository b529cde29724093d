"""``evaluate()``: run the pipeline on every gold article and score each layer.

The library twin of ``rasd eval``. The report keeps the counts (file totals,
micro-averaged: TP, FP and FN summed over articles before any ratio), the
per-article errors and every warning, so each number can be explained.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from rasd.document import Document, Meta
from rasd.errors import InputError, RasdError
from rasd.eval.gold import LAYERS, GoldArticle, read_gold
from rasd.eval.mentions import score_entities, score_timexes
from rasd.eval.metrics import LayerResult, Measure, Tally, merged
from rasd.eval.records import score_events, score_statements
from rasd.pipeline import load_pipeline

Scorer = Callable[[Any, Document], LayerResult]
SCORERS: dict[str, Scorer] = {
    "entities": score_entities,
    "timexes": score_timexes,
    "statements": score_statements,
    "events": score_events,
}
#: The pipeline layer each gold layer is scored against.
PREDICTED_LAYER = {"entities": "entities", "timexes": "dates",
                   "statements": "statements", "events": "events"}
#: The secondary keys of gold-format.md, per layer, in report order.
SECONDARY = {
    "entities": (),
    "timexes": ("strict_f1",),
    "statements": ("stance_accuracy", "mode_accuracy"),
    "events": ("date_accuracy", "location_accuracy", "fatalities_accuracy"),
}


@dataclasses.dataclass(slots=True)
class LayerScore:
    """One layer over the whole file: micro-averaged counts and measures."""

    name: str
    articles: int = 0
    tally: Tally = dataclasses.field(default_factory=Tally)
    measures: dict[str, Measure] = dataclasses.field(default_factory=dict)

    def add(self, result: LayerResult) -> None:
        self.articles += 1
        self.tally.add(result.tally)
        merged(self.measures, result.measures)

    def metrics(self) -> dict[str, Any]:
        """The gold-format.md keys of this layer, then the extra ones and the counts."""
        out: dict[str, Any] = {"precision": self.tally.precision, "recall": self.tally.recall,
                               "f1": self.tally.f1}
        for name in SECONDARY[self.name]:
            measure = self.measures.get(name)
            out[name] = measure.value if measure is not None else 0.0
        for name, measure in self.measures.items():
            out.setdefault(name, measure.value)
        out.update(articles=self.articles, **self.tally.counts())
        out["counts"] = {name: m.counts() for name, m in self.measures.items()}
        return out


@dataclasses.dataclass(slots=True)
class ArticleReport:
    """What each scored layer got wrong in one gold article."""

    id: str
    line: int
    layers: dict[str, LayerResult] = dataclasses.field(default_factory=dict)


@dataclasses.dataclass(slots=True)
class EvalReport:
    """Per-layer scores over the file, per-article errors and warnings."""

    layers: dict[str, LayerScore]
    articles: list[ArticleReport] = dataclasses.field(default_factory=list)
    warnings: list[str] = dataclasses.field(default_factory=list)

    @property
    def scored(self) -> int:
        """How many articles were run and scored."""
        return len(self.articles)

    def f1(self, layer: str) -> float:
        return self.layers[layer].tally.f1 if layer in self.layers else 0.0

    def to_dict(self) -> dict[str, Any]:
        """The ``--json`` form: exactly the keys of gold-format.md, plus counts and warnings."""
        out: dict[str, Any] = {"articles": self.scored}
        for name in LAYERS:
            out[name] = (self.layers[name] if name in self.layers else LayerScore(name)).metrics()
        out["layers"] = list(self.layers)
        out["warnings"] = list(self.warnings)
        return out


def parse_layers(layers: str | Iterable[str] | None) -> tuple[str, ...]:
    """The layers to score, in report order; raises on an unknown name."""
    if layers is None:
        return LAYERS
    names = [n.strip() for n in (layers.split(",") if isinstance(layers, str) else layers)
             if n.strip()]
    unknown = [n for n in names if n not in LAYERS]
    if unknown or not names:
        raise InputError(f"unknown layer(s) {', '.join(unknown) or '(none)'} to score; "
                         f"choose from {', '.join(LAYERS)}")
    return tuple(n for n in LAYERS if n in names)


def _document(article: GoldArticle) -> Document:
    return Document(article.text, Meta(id=article.id, title=article.title,
                                       published=article.published, source=article.source,
                                       url=article.url))


def evaluate(source: str | Path | Iterable[Any], layers: str | Sequence[str] | None = None,
             pipeline: Callable[[Document], Document] | None = None) -> EvalReport:
    """Score ``pipeline`` (default: rasd's) on a gold JSONL path or on parsed gold records."""
    selected = parse_layers(layers)
    run = pipeline if pipeline is not None else load_pipeline()
    gold, problems = read_gold(source)
    report = EvalReport(layers={name: LayerScore(name) for name in selected},
                        warnings=[str(p) for p in problems])
    absent: set[str] = set()
    for article in gold:
        try:
            doc = run(_document(article))
        except RasdError as err:
            report.warnings.append(f"line {article.line} ({article.id}): the pipeline failed "
                                   f"({err}); the article is not scored")
            continue
        scored = ArticleReport(article.id, article.line)
        for name in selected:
            if not article.annotated(name):
                continue
            if not doc.has_layer(PREDICTED_LAYER[name]):
                absent.add(name)
            result = SCORERS[name](getattr(article, name), doc)
            report.layers[name].add(result)
            scored.layers[name] = result
        report.articles.append(scored)
    report.warnings.extend(
        f"the pipeline produced no {PREDICTED_LAYER[name]!r} layer; {name} scored as empty"
        for name in selected if name in absent)
    return report
