"""Score the events layer against a gold JSONL file (gold-format.md), until `rasd eval` lands.

Match: same type and actor1, actor2 or location either-contains (normalized), one-to-one;
then date, location and fatalities accuracy on matched pairs.
Run: ``python bench/events_seed.py [GOLD.jsonl]`` (default: the seed gold).
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

import rasd
from rasd.export.plover import gold_events
from rasd.text import normalize_key

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "examples" / "seed-gold.jsonl"


def _key(value: Any) -> str:
    return normalize_key(str(value)).strip("«»()\"") if value else ""


def _contains(a: Any, b: Any) -> bool:
    x, y = _key(a), _key(b)
    return bool(x) and bool(y) and (x in y or y in x)


def _matches(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    return pred["type"] == gold["type"] and any(
        _contains(pred.get(f), gold.get(f)) for f in ("actor1", "actor2", "location"))


def score(path: Path, verbose: bool = False) -> dict[str, float]:
    tp = fp = fn = 0
    dates = locs = tolls = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        if "events" not in item:
            continue
        published = date.fromisoformat(item["published"]) if item.get("published") else None
        doc = rasd.analyze(item["text"], published=published, id=item.get("id"))
        preds = gold_events(doc)
        free = list(range(len(preds)))
        for gold in item["events"]:
            hit = next((i for i in free if _matches(preds[i], gold)), None)
            if hit is None:
                fn += 1
                if verbose:
                    print("  missed", json.dumps(gold, ensure_ascii=False))
                continue
            free.remove(hit)
            tp += 1
            pred = preds[hit]
            dates += pred["date"] == gold["date"]
            locs += _key(pred["location"]) == _key(gold["location"]) or _contains(
                pred["location"], gold["location"])
            tolls += pred["fatalities"] == gold["fatalities"]
        fp += len(free)
        if verbose:
            for i in free:
                print("  extra ", json.dumps(preds[i], ensure_ascii=False))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1,
            "date_accuracy": dates / tp if tp else 0.0,
            "location_accuracy": locs / tp if tp else 0.0,
            "fatalities_accuracy": tolls / tp if tp else 0.0,
            "tp": tp, "fp": fp, "fn": fn}


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "-v"]
    result = score(Path(args[0]) if args else DEFAULT, verbose="-v" in sys.argv)
    print(f"{'metric':<22}value")
    for name, value in result.items():
        print(f"{name:<22}{value:.3f}" if isinstance(value, float) else f"{name:<22}{value}")
    print(" ".join(f"{k}={v:.3f}" for k, v in result.items() if isinstance(v, float)))


if __name__ == "__main__":
    main()
