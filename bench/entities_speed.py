"""Throughput of the entities layer (and of the pipeline up to it) on Arabic news.

Reads the articles of a JSONL file (``content`` or ``text`` field; default: the
SaudiNewsNet sample in ../shared, used for measurement only), tokenizes them, then
times the entities stage alone: best of five passes, caches warm.
Run: ``python bench/entities_speed.py [FILE.jsonl]``.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from rasd.document import Document
from rasd.extract import entities
from rasd.text.stages import SENTENCES, TOKENS

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("RASD_SHARED", ROOT.parent / "shared"))
DEFAULT = SHARED / "data" / "news-sample-saudinewsnet" / "saudinewsnet_sample_2015-08-09_11.jsonl"


def load(path: Path) -> list[str]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [r.get("content") or r.get("text") or "" for r in rows]


def best_of(texts: list[str], passes: int = 5) -> float:
    """Seconds per pass of the entities stage over ``texts`` (best pass)."""
    times = []
    for _ in range(passes):
        docs = []
        for text in texts:
            doc = Document(text)
            TOKENS(doc)
            SENTENCES(doc)
            docs.append(doc)
        start = time.perf_counter()
        for doc in docs:
            entities.STAGE(doc)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    texts = load(path)
    warm = Document("قال الرئيس في دمشق إن الجيش تقدم.")
    TOKENS(warm)
    SENTENCES(warm)
    entities.STAGE(warm)  # load the resources once
    seconds = best_of(texts)
    chars = sum(map(len, texts))
    per_article = 1000 * seconds / len(texts)
    per_4k = 1000 * seconds / chars * 4000
    print(f"{'articles':>10} {'chars/art':>10} {'ms/art':>8} {'ms/4k chars':>12} {'art/s':>8}")
    print(f"{len(texts):>10} {chars // len(texts):>10} {per_article:>8.2f} {per_4k:>12.2f} "
          f"{len(texts) / seconds:>8.0f}")
    print(f"articles={len(texts)} ms_per_article={per_article:.2f} ms_per_4k_chars={per_4k:.2f} "
          f"articles_per_s={len(texts) / seconds:.0f}")


if __name__ == "__main__":
    main()
