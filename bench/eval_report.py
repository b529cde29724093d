"""Score the pipeline on a gold file and write the scores as a markdown table.

    python bench/eval_report.py [GOLD.jsonl] [--out PATH] [--layers LIST]

GOLD defaults to the seed gold in ``$RASD_SHARED/examples`` (``../shared`` beside
the project). Prints the markdown table, the timing, and a last line
``f1_entities=… f1_timexes=… f1_statements=… f1_events=… articles=… seconds=…``
to paste into an issue note.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from rasd.eval import LAYERS, evaluate, render_markdown

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("RASD_SHARED", ROOT.parent / "shared"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", default=str(SHARED / "examples" / "seed-gold.jsonl"))
    parser.add_argument("--out", help="also write the markdown table to this file")
    parser.add_argument("--layers", help="comma-separated layers to score (default: all)")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    report = evaluate(args.gold, layers=args.layers)
    seconds = time.perf_counter() - started
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    table = render_markdown(report)
    if args.out:
        Path(args.out).write_text(table, encoding="utf-8")
    print(f"gold: {args.gold}\n")
    print(table)
    scores = " ".join(f"f1_{name}={report.f1(name):.3f}" for name in LAYERS)
    print(f"{scores} articles={report.scored} seconds={seconds:.2f}")
    return 0 if report.scored else 1


if __name__ == "__main__":
    sys.exit(main())
