"""Entity P/R/F1 against a gold JSONL file (default: the seed gold in ../shared).

Scored as the gold format says: per article, sets of (normalized text, type); micro-averaged.
Run: ``python bench/entities_gold.py [GOLD.jsonl] [-v]`` (-v lists misses and extras).
"""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from pathlib import Path

from rasd.document import Document, Meta
from rasd.pipeline import load_pipeline
from rasd.text import normalize_key

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("RASD_SHARED", ROOT.parent / "shared"))
DEFAULT = SHARED / "examples" / "seed-gold.jsonl"


def score(path: Path, verbose: bool = False) -> dict[str, float]:
    """Micro P/R/F1 of the entities layer over the articles of ``path``."""
    tp = fp = fn = 0
    pipeline = load_pipeline()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        gold = json.loads(line)
        if "entities" not in gold:
            continue
        published = date.fromisoformat(gold["published"]) if gold.get("published") else None
        doc = pipeline(Document(gold["text"], Meta(id=gold["id"], published=published)),
                       headline=False)
        found = {(normalize_key(e.span.text), e.type) for e in doc.entities}
        wanted = {(normalize_key(e["text"]), e["type"]) for e in gold["entities"]}
        tp, fp, fn = tp + len(found & wanted), fp + len(found - wanted), fn + len(wanted - found)
        if verbose:
            print(gold["id"], "extra:", sorted(found - wanted), "missed:", sorted(wanted - found))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "tp": tp, "fp": fp, "fn": fn}


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "-v"]
    result = score(Path(args[0]) if args else DEFAULT, verbose="-v" in sys.argv)
    print(f"{'precision':>10} {'recall':>8} {'f1':>6} {'tp':>5} {'fp':>5} {'fn':>5}")
    print(f"{result['precision']:>10.3f} {result['recall']:>8.3f} {result['f1']:>6.3f} "
          f"{result['tp']:>5} {result['fp']:>5} {result['fn']:>5}")
    print(f"precision={result['precision']:.3f} recall={result['recall']:.3f} "
          f"f1={result['f1']:.3f}")


if __name__ == "__main__":
    main()
