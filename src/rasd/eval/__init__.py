"""The scorer for the gold-format specification (``rasd eval``; rules in docs/eval.md).

    from rasd.eval import evaluate, render_table
    report = evaluate("gold.jsonl")            # or a list of gold records
    print(render_table(report))
    report.to_dict()                           # the --json form

Modules: ``gold`` reads and checks gold lines, ``match`` holds the matching
primitives, ``mentions`` scores entities and timexes, ``records`` statements
and events, ``metrics`` the counts, ``evaluate`` runs it all, ``render`` prints.
"""

from rasd.eval.evaluate import ArticleReport, EvalReport, LayerScore, evaluate, parse_layers
from rasd.eval.gold import LAYERS, GoldArticle, read_gold
from rasd.eval.render import render_errors, render_markdown, render_table, summary_line

__all__ = [
    "LAYERS",
    "ArticleReport",
    "EvalReport",
    "GoldArticle",
    "LayerScore",
    "evaluate",
    "parse_layers",
    "read_gold",
    "render_errors",
    "render_markdown",
    "render_table",
    "summary_line",
]
