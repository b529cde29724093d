"""Train rasd's NER tagger (a CRF) and write it with its lexicon into the package.

    python scripts/train_ner.py            # reads ../shared/data (or $RASD_SHARED/data)

Inputs, all under the shared data folder (see each SOURCE.md):
- anercorp-camel/ANERCorp_CamelLab_train.txt: the training sentences (the
  test split is never read here);
- aqmar/aqmar.train.txt, aqmar.dev.txt: extra sentences with ``--aqmar``;
- ner-lexicons-derived/entities_train.tsv: names seen in the train splits;
- gazetteer-geonames-ar, cldr-ar: place and country names.

Names that the lexicon knows only from one block of training sentences are
hidden from that block's features (jackknife), so the model learns how far
to trust the lexicon on names it has not seen. c1/c2 are chosen on the last
tenth of the ANERcorp train split; the final model is trained on all of it.
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import pycrfsuite

from rasd.extract.ner.bio import Sentence, chunks, read_conll, score
from rasd.extract.ner.features import Featurizer, Lexicon
from rasd.extract.ner.model import tsv_rows
from rasd.text import normalize, normalize_key, tokenize

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "rasd" / "resources" / "ner"
LEXICON_TYPE = {"PERS": "PER", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC"}
GRID = ((0.02, 0.01), (0.05, 0.01))  # wider grids (c1 0-0.2, c2 0.001-0.1) never won
FOLDS = 10
BIG_PLACE = 50_000
FREQ = ((20, "F20"), (5, "F5"), (2, "F2"), (1, "F1"))

EntityCounts = Counter[tuple[str, str]]


def key(text: str) -> str:
    """The lexicon form of a word or name (presentation forms in the corpora unfolded)."""
    return normalize_key(unicodedata.normalize("NFKC", text))


def shared_data() -> Path:
    return Path(os.environ.get("RASD_SHARED", ROOT.parent / "shared")) / "data"


def retokenized(sentence: Sentence) -> Sentence:
    """A sentence split as rasd's tokenizer splits text at run time («و6» → «و» «6»);
    the word pieces after the first continue the word's entity, if any, and
    punctuation pieces are outside it («المتحدة:» → «المتحدة» «:»)."""
    tokens: list[str] = []
    tags: list[str] = []
    for token, tag in zip(*sentence, strict=True):
        pieces = [token[s:e] for s, e in tokenize(token).offsets()] or [token]
        tokens += pieces
        inside = "I" + tag[1:] if tag != "O" else "O"
        tags += [tag] + [inside if p[0].isalnum() else "O" for p in pieces[1:]]
    return tokens, tags


def entity_counts(sentences: Iterable[Sentence]) -> EntityCounts:
    """``(lexicon type, normalized name)`` counts of the gold entities."""
    counts: EntityCounts = Counter()
    for tokens, tags in sentences:
        for label, start, end in chunks(tags):
            kind = LEXICON_TYPE.get(label)
            if kind:
                counts[kind, key(" ".join(tokens[start:end]))] += 1
    return counts


def read_entity_lexicon(path: Path) -> EntityCounts:
    counts: EntityCounts = Counter()
    for row in _tsv(path):
        counts[row["type"], key(row["entity"])] += int(row["count"])
    return counts


def name_tags(names: Iterable[tuple[str, str]], tags: dict[str, set[str]]) -> None:
    """Add ``TYPE-S`` for one-word names, ``TYPE-B``/``TYPE-I`` for the words of longer ones."""
    for kind, name in names:
        words = name.split()
        if len(words) == 1:
            tags.setdefault(words[0], set()).add(f"{kind}-S")
            continue
        for i, word in enumerate(words):
            tags.setdefault(word, set()).add(f"{kind}-{'B' if i == 0 else 'I'}")


def nationality_forms(country: str) -> list[str]:
    """Nisba adjectives of a one-word country name: سوريا → سوري، سوريه، سوريون، سوريين
    (with and without ال when the name has it: المانيا → الماني)."""
    forms = []
    for base in {country, country.removeprefix("ال")}:
        for ending in ("يا", "ا", "ه"):
            if base.endswith(ending) and len(base) - len(ending) >= 2:
                base = base[: -len(ending)]
                break
        adjective = base if base.endswith("ي") else base + "ي"
        forms += [adjective, adjective + "ه", adjective + "ون", adjective + "ين"]
    return sorted(set(forms))


def place_tags(data: Path) -> dict[str, set[str]]:
    """Tags of the words of GeoNames and CLDR place names (stop words left out): GEO,
    BIG (a place of 50,000 people or more), CTRY, and NAT for nationality adjectives;
    the words of a longer name get ``-B`` (first) or ``-I`` (the others): GEO-B."""
    stop = set()
    for name in ("stopwords-iso-ar.txt", "mohataher-arabic-stop-words.txt"):
        path = data / "stopwords-ar" / name
        if path.is_file():
            stop |= {key(w) for w in path.read_text(encoding="utf-8").split()}
    tags: dict[str, set[str]] = {}

    def add(name: str, tag: str) -> None:
        words = key(name).split()
        for i, word in enumerate(words):
            if len(word) > 1 and word.isalpha() and word not in stop and not word.isascii():
                part = "" if len(words) == 1 else "-B" if i == 0 else "-I"
                tags.setdefault(word, set()).add(tag + part)

    geonames = data / "gazetteer-geonames-ar" / "geonames_cities500_ar.tsv"
    for row in _tsv(geonames):
        big = int(row["population"] or 0) >= BIG_PLACE
        for name in row["arabic_names"].split("|"):
            add(name, "GEO")
            if big:
                add(name, "BIG")
    for row in _tsv(data / "cldr-ar" / "territories_ar.tsv"):
        add(row["name_ar"], "CTRY")
        words = key(row["name_ar"]).split()
        if len(words) == 1:
            for form in nationality_forms(words[0]):
                add(form, "NAT")
    return tags


def _tsv(path: Path) -> Iterator[dict[str, str]]:
    if not path.is_file():
        print(f"note: {path} is missing; its names are left out", file=sys.stderr)
        return
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)


def trigger_tags() -> dict[str, set[str]]:
    tags: dict[str, set[str]] = {}
    for row in tsv_rows(OUT / "triggers.tsv"):
        tags.setdefault(normalize(row["form"]), set()).add(row["kind"])
    return tags


def merged(*parts: dict[str, set[str]]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for part in parts:
        for form, tags in part.items():
            out.setdefault(form, set()).update(tags)
    return out


def word_counts(sentences: Iterable[Sentence]) -> Counter[str]:
    return Counter(key(t) for tokens, _ in sentences for t in tokens)


def frequency_tags(counts: Counter[str], tags: dict[str, set[str]]) -> None:
    """Add a frequency class to every training word: a word never seen is likely a name."""
    for word, n in counts.items():
        if n > 0:
            tags.setdefault(word, set()).add(next(c for lo, c in FREQ if n >= lo))


def featurize(
    folds: Sequence[list[Sentence]], names: EntityCounts, words: Counter[str],
    fixed: dict[str, set[str]],
) -> list[list[tuple[list[list[str]], list[str]]]]:
    """Features of every fold, each with the names and words that other folds also hold."""
    out = []
    for fold in folds:
        left = names - entity_counts(fold)
        tags = merged(fixed)
        name_tags(left, tags)
        frequency_tags(words - word_counts(fold), tags)
        feats = Featurizer(Lexicon(tags))
        out.append([(feats.sentence(tokens), tags_) for tokens, tags_ in fold])
    return out


def train(data: Iterable[tuple[list[list[str]], list[str]]], c1: float, c2: float,
          path: Path, iterations: int) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for xseq, yseq in data:
        trainer.append(xseq, yseq)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations,
                        "feature.possible_transitions": True})
    trainer.train(str(path))


def f1(path: Path, data: Sequence[tuple[list[list[str]], list[str]]]) -> float:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    scores = score((y for _, y in data), (tagger.tag(x) for x, _ in data))
    return scores.prf(("PERS", "LOC", "ORG"))[2]


def split(sentences: list[Sentence], parts: int) -> list[list[Sentence]]:
    """Contiguous blocks (consecutive sentences share names, so blocks hide them better)."""
    size = -(-len(sentences) // parts)
    return [sentences[i:i + size] for i in range(0, len(sentences), size)]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="folder for model and lexicon")
    parser.add_argument("--aqmar", action="store_true", help="also train on AQMAR train+dev")
    parser.add_argument("--iterations", type=int, default=150)
    parser.add_argument("--grid", default=";".join(f"{a},{b}" for a, b in GRID),
                        help="c1,c2 pairs to try on the held-out tenth, e.g. '0.1,0.01;0.2,0.1'")
    args = parser.parse_args(argv)
    data = shared_data()
    started = time.perf_counter()
    anercorp = [retokenized(s) for s in
                read_conll(data / "anercorp-camel" / "ANERCorp_CamelLab_train.txt")]
    aqmar = [retokenized(s) for name in ("aqmar.train.txt", "aqmar.dev.txt")
             for s in read_conll(data / "aqmar" / name)] if args.aqmar else []
    names = read_entity_lexicon(data / "ner-lexicons-derived" / "entities_train.tsv")
    names |= entity_counts(anercorp + aqmar)  # names the derived list may lack
    places = place_tags(data)
    fixed = merged(places, trigger_tags())
    folds = split(anercorp, FOLDS) + (split(aqmar, 3) if aqmar else [])
    words = word_counts(anercorp + aqmar)
    feats = featurize(folds, names, words, fixed)
    dev = feats[FOLDS - 1]
    fit = [x for i, fold in enumerate(feats) if i != FOLDS - 1 for x in fold]
    print(f"{len(anercorp)} ANERcorp + {len(aqmar)} AQMAR sentences, "
          f"featurized in {time.perf_counter() - started:.0f}s")
    args.out.mkdir(parents=True, exist_ok=True)
    model = args.out / "model.crfsuite"
    grid = [tuple(float(v) for v in pair.split(",")) for pair in args.grid.split(";")]
    results = []
    for c1, c2 in grid:
        train(fit, c1, c2, model, args.iterations)
        results.append((f1(model, dev), c1, c2))
        print(f"c1={c1} c2={c2} held-out F1 (PERS/LOC/ORG) {results[-1][0]:.3f}")
    best, c1, c2 = max(results)
    train((x for fold in feats for x in fold), c1, c2, model, args.iterations)
    lexicon = merged(places)
    name_tags(names, lexicon)
    frequency_tags(words, lexicon)
    write_lexicon(args.out / "lexicon.tsv", lexicon)
    size = model.stat().st_size / 1e6
    print(f"model: c1={c1} c2={c2} (held-out F1 {best:.3f}), {size:.1f} MB, "
          f"{time.perf_counter() - started:.0f}s in all")
    return 0


def write_lexicon(path: Path, tags: dict[str, set[str]]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        handle.write("# Made by scripts/train_ner.py from ANERcorp/AQMAR train names, GeoNames\n"
                     "# and CLDR (see NOTICE). tags: TYPE-S one-word name, TYPE-B/-I words of\n"
                     "# longer names, GEO GeoNames place, BIG a place of 50,000 people or\n"
                     "# more, CTRY country name (GEO-B/GEO-I... for the words of longer\n"
                     "# ones), NAT nationality adjective,\n"
                     "# F1/F2/F5/F20 frequency class of a word in the training text.\n"
                     "form\ttags\n")
        for form in sorted(tags):
            handle.write(f"{form}\t{','.join(sorted(tags[form]))}\n")


if __name__ == "__main__":
    sys.exit(main())
