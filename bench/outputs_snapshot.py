"""Write every analyzed document as one JSON line, to check that a change keeps outputs.

    python bench/outputs_snapshot.py /tmp/before.jsonl
    python bench/outputs_snapshot.py /tmp/after.jsonl && cmp /tmp/before.jsonl /tmp/after.jsonl

Analyzes the seed's articles and, when it is there, the SaudiNewsNet sample
(``$RASD_SHARED/news-sample-saudinewsnet``) with the default pipeline and
writes ``doc.to_dict()`` per article. Keep the output OUTSIDE the repository:
SaudiNewsNet-derived data must never be committed. The last line is
``documents=N``.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from rasd.ingest import read_paths
from rasd.pipeline import load_pipeline

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "asharq-seed.txt"
SHARED = Path(os.environ.get("RASD_SHARED", ROOT.parent / "shared" / "data"))
SAUDI = SHARED / "news-sample-saudinewsnet" / "saudinewsnet_sample_2015-08-09_11.jsonl"
SAUDI_FIELDS = {"text": "content", "published": "date_extracted"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="JSONL file to write (outside the repository)")
    args = parser.parse_args()
    inputs = [(SEED, {})] + ([(SAUDI, SAUDI_FIELDS)] if SAUDI.exists() else [])
    pipeline = load_pipeline()
    count = 0
    with args.out.open("w", encoding="utf-8") as out:
        for path, fields in inputs:
            for doc in read_paths([path], fields=fields):
                record = pipeline(doc).to_dict()
                out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
                count += 1
    print(f"documents={count}")


if __name__ == "__main__":
    main()
