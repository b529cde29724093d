"""Cost of the statements layer per article.

Runs the layers it needs once, then times the statements stage alone (CPU
time, best of a few rounds: the machine is shared) on the sample input
``examples/asharq-seed.txt`` and, when ``$RASD_SHARED`` (default ``../shared``)
holds it, on the SaudiNewsNet development sample. Prints ms per article and per
5,000 characters. Last line: ``name=value ...``.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from rasd.document import Document
from rasd.extract import entities
from rasd.extract.statements.stage import extract
from rasd.text.stages import SENTENCES, TOKENS

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("RASD_SHARED", ROOT.parent / "shared"))
NEWS = SHARED / "data" / "news-sample-saudinewsnet" / "saudinewsnet_sample_2015-08-09_11.jsonl"
ROUNDS = 5


def _seed() -> list[str]:
    text = (ROOT / "examples" / "asharq-seed.txt").read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n\n") if p.strip()]


def _news() -> list[str]:
    if not NEWS.is_file():
        return []
    with NEWS.open(encoding="utf-8") as handle:
        return [json.loads(line)["content"] for line in handle if line.strip()]


def _measure(texts: list[str], repeat: int) -> tuple[int, int, float]:
    """(characters, statements, best CPU seconds for one pass) over ``texts``."""
    docs = []
    for text in texts:
        doc = Document(text)
        for stage in (TOKENS, SENTENCES, entities.STAGE):
            stage(doc)
        docs.append(doc)
    found = sum(len(extract(doc)) for doc in docs)  # also warms the caches
    best = float("inf")
    for _ in range(ROUNDS):
        start = time.process_time()
        for _ in range(repeat):
            for doc in docs:
                extract(doc)
        best = min(best, (time.process_time() - start) / repeat)
    return sum(len(d.text) for d in docs), found, best


def main() -> None:
    rows = [("seed", _seed(), 100)]
    if news := _news():
        rows.append(("news-sample", news, 3))
    print(f"{'corpus':>12} {'articles':>8} {'chars':>8} {'stmts':>6} {'ms/article':>10} "
          f"{'ms/5k chars':>11}")
    last = ""
    for name, texts, repeat in rows:
        chars, found, seconds = _measure(texts, repeat)
        per_article = seconds / len(texts) * 1000
        per_5k = seconds / chars * 5000 * 1000
        print(f"{name:>12} {len(texts):>8} {chars:>8} {found:>6} {per_article:>10.3f} "
              f"{per_5k:>11.3f}")
        last += f" {name}_ms_per_article={per_article:.3f} {name}_ms_per_5k_chars={per_5k:.3f}"
    print(f"name=statements_speed{last}")


if __name__ == "__main__":
    sys.exit(main())
