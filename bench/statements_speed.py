"""Cost of the statements layer per article, on the sample input.

Runs the layers it needs once, then times the statements stage alone on each
article of ``examples/asharq-seed.txt`` (repeated; CPU time, best of a few
rounds), and prints ms per article and per 5,000 characters. Last line:
``name=value ...``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from rasd.document import Document
from rasd.extract import entities
from rasd.extract.statements import extract
from rasd.text.stages import SENTENCES, TOKENS

ROOT = Path(__file__).resolve().parents[1]
REPEAT = 100
ROUNDS = 5


def _articles() -> list[str]:
    text = (ROOT / "examples" / "asharq-seed.txt").read_text(encoding="utf-8")
    parts = [p.strip() for p in text.split("\n\n\n") if p.strip()]
    return parts or [text]


def main() -> None:
    docs = []
    for text in _articles():
        doc = Document(text)
        for stage in (TOKENS, SENTENCES, entities.STAGE):
            stage(doc)
        docs.append(doc)
    for doc in docs:  # warm the caches (lexicons, compiled patterns)
        extract(doc)
    chars = sum(len(d.text) for d in docs)
    found = sum(len(extract(doc)) for doc in docs) * REPEAT
    rounds = []
    for _ in range(ROUNDS):  # CPU time, best round: the machine is shared
        start = time.process_time()
        for _ in range(REPEAT):
            for doc in docs:
                extract(doc)
        rounds.append(time.process_time() - start)
    elapsed = min(rounds)
    per_article = elapsed / (REPEAT * len(docs)) * 1000
    per_5k = elapsed / (REPEAT * chars) * 5000 * 1000
    header = ("articles", "chars", "statements", "ms/article", "ms/5k chars")
    print(f"{header[0]:>10} {header[1]:>8} {header[2]:>10} {header[3]:>11} {header[4]:>12}")
    print(f"{len(docs):>10} {chars:>8} {found // REPEAT:>10} {per_article:>11.3f} {per_5k:>12.3f}")
    print(f"name=statements_speed ms_per_article={per_article:.3f} ms_per_5k_chars={per_5k:.3f}")


if __name__ == "__main__":
    sys.exit(main())
