"""PLOVER type accuracy on UniversalPetrarch's 645 Arabic gold sentences (PROTEST / ASSAULT).

Each sentence is analyzed alone. Two scores:
- ``found``: the gold category is among the types rasd found in the sentence (any modality);
- ``top``: the first event rasd found (in text order) has the gold type — the headline
  ``accuracy`` (a coder that answers with one event per sentence).
Run: ``python bench/plover_up.py`` (``RASD_SHARED`` overrides the shared folder).
"""

from __future__ import annotations

import html
import os
import re
import time
from collections import Counter
from pathlib import Path

import rasd

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("RASD_SHARED", ROOT.parent / "shared"))
GOLD = SHARED / "data" / "universalpetrarch-ar" / "arabic_gsr_validation_18-11-14.xml"


SENTENCE = re.compile(r'<Sentence category="([A-Z]+)".*?<Text>\s*(.*?)\s*</Text>', re.S)


def sentences() -> list[tuple[str, str]]:
    """(category, text) of every sentence; the file ends unclosed, so it is read by pattern."""
    raw = GOLD.read_text(encoding="utf-8")
    return [(m.group(1), html.unescape(m.group(2))) for m in SENTENCE.finditer(raw)]


def main() -> None:
    rows = sentences()
    found = top = 0
    per: Counter[tuple[str, str]] = Counter()
    start = time.perf_counter()
    for category, text in rows:
        events = rasd.analyze(text).events
        types = [e.type for e in events]
        found += category in types
        first = types[0] if types else "-"
        top += first == category
        per[(category, first if first in ("ASSAULT", "PROTEST", "-") else "other")] += 1
    seconds = time.perf_counter() - start
    print(f"{'gold':<10}{'rasd top':<10}count")
    for (gold, got), count in sorted(per.items()):
        print(f"{gold:<10}{got:<10}{count}")
    n = len(rows)
    print(f"sentences={n} found_accuracy={found / n:.3f} top_accuracy={top / n:.3f} "
          f"seconds={seconds:.1f}")
    print(f"accuracy={top / n:.3f}")


if __name__ == "__main__":
    main()
