"""Cost of the dates and quantities layers per article, in milliseconds.

Times the two stages (after the text stages) on the seed articles and, when
``../shared/data/news-sample-saudinewsnet`` is present, on its articles
(read for evaluation only). Prints ms per article, ms per 5,000 characters and
articles per second.

Run: ``python bench/dates_quantities_speed.py [--repeat N]``
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from rasd.document import Document, Meta
from rasd.extract import dates, quantities
from rasd.extract.wordlists import normalized
from rasd.text.stages import SENTENCES, TOKENS

SHARED = Path(__file__).resolve().parents[2] / "shared"


def corpora() -> dict[str, list[str]]:
    found = {"seed": [json.loads(line)["text"] for line in
                      (SHARED / "examples" / "seed-gold.jsonl").read_text("utf-8").splitlines()
                      if line.strip()]}
    news = sorted((SHARED / "data" / "news-sample-saudinewsnet").glob("*.jsonl"))
    if news:
        found["saudinewsnet"] = [json.loads(line)["content"] for path in news
                                 for line in path.read_text("utf-8").splitlines() if line.strip()]
    return found


def cost(texts: list[str], repeat: int) -> float:
    """CPU seconds the two layers take over all texts (best of ``repeat`` runs)."""
    best = float("inf")
    for _ in range(repeat):
        docs = [Document(t, Meta(id=str(i))) for i, t in enumerate(texts)]
        for doc in docs:
            TOKENS(doc)
            SENTENCES(doc)
        normalized.cache_clear()
        start = time.process_time()
        for doc in docs:
            dates.STAGE(doc)
            quantities.STAGE(doc)
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    dates.STAGE(Document("تحمية 21 مايو 2019", Meta(id="warm")))  # compile patterns once
    print(f"{'corpus':<14}{'articles':>9}{'chars/art':>10}{'ms/art':>8}{'ms/5k':>8}{'art/s':>8}")
    last = {}
    for name, texts in corpora().items():
        seconds = cost(texts, args.repeat)
        chars = sum(map(len, texts))
        per_article = 1000 * seconds / len(texts)
        per_5k = 1000 * seconds * 5000 / chars
        last[name] = (per_5k, len(texts) / seconds)
        print(f"{name:<14}{len(texts):>9}{chars / len(texts):>10.0f}{per_article:>8.2f}"
              f"{per_5k:>8.2f}{len(texts) / seconds:>8.0f}")
    print(" ".join(f"{name}_ms_per_5k_chars={v[0]:.2f} {name}_articles_per_s={v[1]:.0f}"
                   for name, v in last.items()))


if __name__ == "__main__":
    main()
