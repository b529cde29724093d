"""Speed of the NER tagger alone (``ner_model.tag``) on the sample articles.

    python bench/ner_speed.py [--repeat 200]

The sample file is tokenized and split into sentences once; the timer covers
only the tagger. The first call (model loading and cold per-form caches) is
reported apart from the steady state, which is what a corpus run sees.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from rasd.document import Document
from rasd.extract.ner import model as ner_model
from rasd.text import split_sentences, tokenize

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT.parent / "shared" / "examples" / "asharq-seed.txt"
ARTICLES = 2  # the sample file holds two articles


def prepared(text: str) -> Document:
    doc = Document(text)
    doc.add_layer("tokens", tokenize(text))
    doc.add_layer("sentences", [doc.span(s, e) for s, e in split_sentences(text)])
    return doc


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=200)
    parser.add_argument("--sample", type=Path, default=SAMPLE)
    args = parser.parse_args()
    doc = prepared(args.sample.read_text(encoding="utf-8"))
    started = time.perf_counter()
    spans = ner_model.tag(doc)
    first = time.perf_counter() - started
    started = time.perf_counter()
    for _ in range(args.repeat):
        ner_model.tag(doc)
    per_doc = (time.perf_counter() - started) / args.repeat
    tokens = len(doc.tokens)
    print(f"sample: {len(doc.text)} chars, {tokens} tokens, {len(doc.sentences)} sentences, "
          f"{len(spans)} spans")
    print(f"first call (load + cold caches): {first * 1000:.0f} ms")
    print(f"steady state: {per_doc * 1000:.2f} ms per file, "
          f"{per_doc / tokens * 700 * 1000:.2f} ms per 700 tokens")
    print(f"articles_per_s={ARTICLES / per_doc:.0f} tokens_per_s={tokens / per_doc:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
