"""Entity-level F1 of rasd's NER tagger on the ANERcorp CAMeL-split test set.

    python bench/ner_anercorp.py [--model FOLDER]

Tags the gold tokens of each test sentence directly (token-level evaluation,
as published work does) and scores entities by the CoNLL rules: exact span
and type. The headline is the micro F1 over PERS, LOC and ORG; MISC is
reported apart. Two files are scored: the official test file (comparable
with published figures) and the repaired one (first tokens fixed; see
../shared/data/anercorp-camel/SOURCE.md). The last line is the official
file's PERS/LOC/ORG F1.

With ``--hybrid`` the whole entity layer (dictionaries, rules and the CRF:
``rasd.analyze`` over each batch's text, one sentence a line) is scored as
well, its character spans mapped back to the tokens they touch.
"""

from __future__ import annotations

import argparse
import bisect
import os
import sys
import time
from pathlib import Path

import pycrfsuite

import rasd
from rasd.extract.ner.bio import Scores, read_conll, score
from rasd.extract.ner.model import NerModel, default_model

ROOT = Path(__file__).resolve().parents[1]

FILES = {"official": "ANERCorp_CamelLab_test.txt", "fixed": "ANERCorp_CamelLab_test.fixed.txt"}
MAIN = ("PERS", "LOC", "ORG")
LAYER_TYPES = {"PER": "PERS", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC"}
BATCH = 30  # sentences per call, a stand-in for one news article (no article breaks here)


def evaluate(model: NerModel, path: Path) -> tuple[Scores, float, int]:
    """Scores, tagging seconds and token count over one CoNLL file."""
    sentences = read_conll(path)
    started = time.perf_counter()
    words = [tokens for tokens, _ in sentences]
    predicted = [tags for i in range(0, len(words), BATCH)
                 for tags in model.tag_sentences(words[i : i + BATCH])[0]]
    seconds = time.perf_counter() - started
    tokens = sum(len(t) for t, _ in sentences)
    return score((tags for _, tags in sentences), predicted), seconds, tokens


def hybrid_tags(sentences: list[list[str]]) -> list[list[str]]:
    """BIO tags from rasd's entity layer over one batch of sentences (one a line)."""
    text = "\n".join(" ".join(tokens) for tokens in sentences)
    starts, ends, at = [], [], 0
    for tokens in sentences:
        for token in tokens:
            starts.append(at)
            ends.append(at + len(token))
            at += len(token) + 1
    flat = ["O"] * len(starts)
    for entity in rasd.analyze(text).entities:
        kind = LAYER_TYPES.get(entity.type)
        first = bisect.bisect_right(starts, entity.span.start) - 1
        last = bisect.bisect_left(ends, entity.span.end)
        if kind is None or first < 0 or last >= len(flat) or flat[first] != "O":
            continue
        flat[first:last + 1] = [f"B-{kind}"] + [f"I-{kind}"] * (last - first)
    out, i = [], 0
    for tokens in sentences:
        out.append(flat[i : i + len(tokens)])
        i += len(tokens)
    return out


def evaluate_hybrid(path: Path) -> Scores:
    """Scores of rasd's whole entity layer over one CoNLL file, tags mapped to tokens."""
    sentences = read_conll(path)
    words = [tokens for tokens, _ in sentences]
    predicted = [tags for i in range(0, len(words), BATCH)
                 for tags in hybrid_tags(words[i : i + BATCH])]
    return score((tags for _, tags in sentences), predicted)


def agreement(model: NerModel, path: Path) -> tuple[int, int]:
    """Tokens on which the fast decoder and crfsuite's own Viterbi agree, of all tokens."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model.path))
    sentences = [tokens for tokens, _ in read_conll(path)]
    fast = [tag for i in range(0, len(sentences), BATCH)
            for tag in model.decoder.tag(sentences[i : i + BATCH])]
    same = total = 0
    for tokens, tags in zip(sentences, fast, strict=True):
        slow = tagger.tag(model.featurizer.sentence(tokens))
        same += sum(a == b for a, b in zip(tags, slow, strict=True))
        total += len(tokens)
    return same, total


def rows(name: str, scores: Scores) -> list[str]:
    out = []
    for label, types in [("PERS/LOC/ORG", MAIN), *((t, (t,)) for t in MAIN),
                         ("MISC", ("MISC",)), ("all 4", (*MAIN, "MISC"))]:
        p, r, f = scores.prf(types)
        gold = sum(scores.gold[t] for t in types)
        out.append(f"{name:9} {label:13} {gold:5d} {p:6.3f} {r:6.3f} {f:6.3f}")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, help="folder with model.crfsuite and lexicon.tsv")
    parser.add_argument("--hybrid", action="store_true",
                        help="also score rasd's whole entity layer (dictionaries + rules + CRF)")
    args = parser.parse_args()
    shared = Path(os.environ.get("RASD_SHARED", ROOT.parent / "shared")) / "data"
    model = NerModel.from_folder(args.model) if args.model else default_model()
    print(f"{'file':9} {'entities':13} {'gold':>5} {'P':>6} {'R':>6} {'F1':>6}")
    results = {}
    speed = []
    for name, file in FILES.items():
        scores, seconds, tokens = evaluate(model, shared / "anercorp-camel" / file)
        results[name] = scores.prf(MAIN)[2]
        speed.append(tokens / seconds)
        print("\n".join(rows(name, scores)))
        if args.hybrid:
            print("\n".join(rows(f"{name[:3]}+layer", evaluate_hybrid(
                shared / "anercorp-camel" / file))))
    same, total = agreement(model, shared / "anercorp-camel" / FILES["official"])
    print(f"fast decoder = crfsuite Viterbi on {same}/{total} tokens")
    print(f"tagging speed: {speed[0]:,.0f} tokens/s with cold caches (official file first), "
          f"{speed[1]:,.0f} tokens/s warm (fixed file next)")
    print(f"f1={results['official']:.3f} f1_fixed={results['fixed']:.3f} "
          f"tokens_per_s={speed[1]:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
