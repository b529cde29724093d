"""Cost of the events layer alone, per article, on real news text.

Articles: the seed sample plus the SaudiNewsNet sample (development use only; nothing
derived from it is shipped). The upstream layers run first; only the events stage is
timed, in a
first (cold caches) and a second pass (warm). Run: ``python bench/events_speed.py``.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from rasd.document import Document
from rasd.extract import events
from rasd.pipeline import DEFAULT_STAGES, Pipeline

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("RASD_SHARED", ROOT.parent / "shared"))
SAMPLE = SHARED / "data" / "news-sample-saudinewsnet" / "saudinewsnet_sample_2015-08-09_11.jsonl"


def articles() -> list[str]:
    texts = [(SHARED / "examples" / "asharq-seed.txt").read_text(encoding="utf-8")]
    if SAMPLE.is_file():
        for line in SAMPLE.read_text(encoding="utf-8").splitlines():
            texts.append(json.loads(line)["content"])
    return texts


def main() -> None:
    upstream = Pipeline([s for s in DEFAULT_STAGES if s.name != "events"])
    docs = []
    for text in articles():
        doc = Document(text)
        upstream(doc, headline=False)
        docs.append(doc)
    chars = sum(len(d.text) for d in docs)
    events.extract_events(docs[0])  # load the resources
    timings = []
    for _ in range(2):  # cold word caches, then warm (a long corpus run is warm)
        start = time.perf_counter()
        found = sum(len(events.extract_events(d)) for d in docs)
        timings.append(time.perf_counter() - start)
    cold, warm = (t / chars * 5000 * 1000 for t in timings)
    print(f"{'articles':<16}{len(docs)}\n{'chars':<16}{chars}\n{'events':<16}{found}")
    print(f"{'ms/5k cold':<16}{cold:.3f}\n{'ms/5k warm':<16}{warm:.3f}")
    print(f"articles={len(docs)} ms_per_5k_chars_cold={cold:.3f} ms_per_5k_chars_warm={warm:.3f}")


if __name__ == "__main__":
    main()
