"""Score the statements layer against a gold file (interim twin of ``rasd eval``).

Applies the rule of ``spec/gold-format.md``: a predicted statement matches a
gold one when the speakers match (normalized, quote marks removed, either
contains the other) and the contents overlap with token F1 ≥ 0.5, one-to-one;
stance and mode accuracy are read on matched pairs. Only the article body is
scored (the gold files annotate ``text``). Usage:
``python bench/statements_score.py [GOLD.jsonl] [-v]``; last line ``name=value ...``.
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import regex

import rasd
from rasd.text import normalize_key

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("RASD_SHARED", ROOT.parent / "shared"))
_QUOTES = str.maketrans("", "", "«»“”\"'")
_WORD = regex.compile(r"[\p{L}\p{N}]+")


def _key(text: str) -> str:
    return normalize_key(text.translate(_QUOTES))


def _f1(a: str, b: str) -> float:
    ca, cb = Counter(_WORD.findall(_key(a))), Counter(_WORD.findall(_key(b)))
    common = sum((ca & cb).values())
    if not common:
        return 0.0
    p, r = common / sum(ca.values()), common / sum(cb.values())
    return 2 * p * r / (p + r)


def score(path: Path, verbose: bool = False) -> dict[str, float]:
    tp = fp = fn = stance = mode = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        if "statements" not in gold:
            continue
        published = date.fromisoformat(gold["published"]) if gold.get("published") else None
        predicted = list(rasd.analyze(gold["text"], published=published).statements)
        used: set[int] = set()
        for g in gold["statements"]:
            best: tuple[float, int] | None = None
            for k, p in enumerate(predicted):
                if k in used or p.speaker is None:
                    continue
                a, b = _key(p.speaker.text), _key(g["speaker"])
                f = _f1(p.content.text, g["content"])
                if (a in b or b in a) and f >= 0.5 and (best is None or f > best[0]):
                    best = (f, k)
            if best is None:
                fn += 1
                if verbose:
                    print("miss:", g["cue"], g["speaker"], g["content"][:60])
                continue
            used.add(best[1])
            p = predicted[best[1]]
            tp += 1
            stance += p.stance == g["stance"]
            mode += p.mode == g["mode"]
            if verbose and (p.stance, p.mode) != (g["stance"], g["mode"]):
                print("differs:", g["cue"], (g["stance"], g["mode"]), (p.stance, p.mode))
        fp += len(predicted) - len(used)
        if verbose:
            for k, p in enumerate(predicted):
                if k not in used:
                    print("extra:", p.cue.text, p.speaker.text if p.speaker else None,
                          p.content.text[:60])
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1,
            "stance_accuracy": stance / tp if tp else 0.0,
            "mode_accuracy": mode / tp if tp else 0.0}


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "-v"]
    path = Path(args[0]) if args else SHARED / "examples" / "seed-gold.jsonl"
    result = score(path, verbose="-v" in sys.argv)
    print(" ".join(f"{k:>15}" for k in result))
    print(" ".join(f"{v:>15.3f}" for v in result.values()))
    print("name=statements_score " + " ".join(f"{k}={v:.3f}" for k, v in result.items()))


if __name__ == "__main__":
    sys.exit(main())
