"""Readable forms of an :class:`EvalReport`: table, summary line, errors, markdown."""

from __future__ import annotations

from rasd.eval.evaluate import EvalReport, LayerScore
from rasd.eval.gold import LAYERS
from rasd.eval.metrics import Ratio, Tally


def _secondary(score: LayerScore) -> str:
    parts = []
    for name, measure in score.measures.items():
        if isinstance(measure, Ratio):
            parts.append(f"{name}={measure.value:.3f} ({measure.correct}/{measure.total})")
        elif isinstance(measure, Tally):
            parts.append(f"{name}={measure.value:.3f}")
    return " ".join(parts)


def summary_line(report: EvalReport) -> str:
    """``articles=N f1_entities=… f1_timexes=… f1_statements=… f1_events=…``."""
    scores = " ".join(f"f1_{name}={report.f1(name):.3f}" for name in LAYERS
                      if name in report.layers)
    return f"articles={report.scored} {scores}"


def render_table(report: EvalReport) -> str:
    """One row per layer: articles, counts, precision, recall, F1, then the secondary scores."""
    head = (f"{'layer':<11}{'articles':>9}{'tp':>6}{'fp':>6}{'fn':>6}"
            f"{'precision':>11}{'recall':>8}{'f1':>7}  secondary")
    rows = [head, "-" * len(head)]
    for score in report.layers.values():
        t = score.tally
        if not score.articles:
            rows.append(f"{score.name:<11}{0:>9}  (not annotated in the gold)")
            continue
        rows.append(f"{score.name:<11}{score.articles:>9}{t.tp:>6}{t.fp:>6}{t.fn:>6}"
                    f"{t.precision:>11.3f}{t.recall:>8.3f}{t.f1:>7.3f}  {_secondary(score)}")
    return "\n".join([*rows, "", summary_line(report)])


def render_markdown(report: EvalReport) -> str:
    """The scores as a markdown table for issue notes, then the summary line."""
    rows = ["| layer | articles | precision | recall | F1 | tp | fp | fn | secondary |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---|"]
    for score in report.layers.values():
        t = score.tally
        rows.append(f"| {score.name} | {score.articles} | {t.precision:.3f} | {t.recall:.3f} "
                    f"| {t.f1:.3f} | {t.tp} | {t.fp} | {t.fn} | {_secondary(score)} |")
    return "\n".join([*rows, "", summary_line(report), ""])


def render_errors(report: EvalReport) -> str:
    """Per article and layer: missed gold items, spurious predictions, wrong attributes."""
    lines: list[str] = []
    for article in report.articles:
        lines.append(f"## {article.id} (line {article.line})")
        for name, result in article.layers.items():
            t = result.tally
            lines.append(f"  {name}: tp={t.tp} fp={t.fp} fn={t.fn}"
                         + ("  (no errors)" if result.clean else ""))
            for label, items in (("missed", result.missed), ("spurious", result.spurious),
                                 ("wrong", result.wrong)):
                lines.extend(f"    {label:<8} {item}" for item in items)
    return "\n".join(lines)
