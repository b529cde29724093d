"""rasd's dates layer against dateparser's ``search_dates`` on a gold JSONL file.

Both read the same article texts with the same document date (``published``,
else the date rasd inferred, else none). Scoring follows the gold format's
timex rule: one item per distinct (normalized text, value) per article; a
prediction matches a gold item when one normalized text contains the other
(relaxed) or they are equal (strict), one-to-one in text order; a match counts
only when the values are equal. Speed is articles per second of the date
layer alone.

Run: ``python bench/dates_vs_dateparser.py [--gold PATH] [--repeat N]``
"""

from __future__ import annotations

import argparse
import json
import time
import warnings
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from rasd.document import Document, Meta
from rasd.extract import dates
from rasd.text import normalize_key

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = ROOT.parent / "shared" / "examples" / "seed-gold.jsonl"
Item = tuple[str, str | None]


def rasd_items(text: str, published: date | None) -> tuple[list[Item], str | None]:
    doc = Document(text, Meta(id="bench", published=published))
    dates.STAGE(doc)
    found = doc.document_date
    return ([(m.span.text, m.value) for m in doc.dates if m.kind == "date"],
            found.value if found else None)


def dateparser_runner() -> Callable[[str, str | None], list[Item]]:
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    def run(text: str, anchor: str | None) -> list[Item]:
        settings: dict[str, Any] = {}
        if anchor:
            settings["RELATIVE_BASE"] = datetime.fromisoformat(anchor)
        parser = DateDataParser(languages=["ar"], settings=settings)
        out: list[Item] = []
        for phrase, when in search_dates(text, languages=["ar"], settings=settings) or []:
            period = parser.get_date_data(phrase).period or "day"
            value = {"year": f"{when.year:04d}", "month": f"{when.year:04d}-{when.month:02d}",
                     "week": "{}-W{:02d}".format(*when.isocalendar()[:2])}.get(
                         period, when.date().isoformat())
            out.append((phrase, value))
        return out

    return run


def _distinct(text: str, items: list[Item]) -> list[Item]:
    keyed = {(normalize_key(t), v): text.find(t) for t, v in items}
    return sorted(keyed, key=lambda item: keyed[item])


def score(text: str, gold: list[Item], predicted: list[Item], strict: bool) -> tuple[int, int, int]:
    """(correct, predicted, gold) counts of one article; equal texts pair before containment."""
    gold_items, pred_items = _distinct(text, gold), _distinct(text, predicted)
    used_pred: set[int] = set()
    used_gold: set[int] = set()
    correct = 0
    for relaxed in (False, True) if not strict else (False,):
        for gi, (g_text, g_value) in enumerate(gold_items):
            if gi in used_gold:
                continue
            options = [i for i, (p_text, _) in enumerate(pred_items) if i not in used_pred and (
                p_text == g_text or (relaxed and (p_text in g_text or g_text in p_text)))]
            if not options:
                continue
            best = next((i for i in options if pred_items[i][1] == g_value), options[0])
            used_pred.add(best)
            used_gold.add(gi)
            correct += pred_items[best][1] == g_value
    return correct, len(pred_items), len(gold_items)


def f1(correct: int, predicted: int, gold: int) -> tuple[float, float, float]:
    precision = correct / predicted if predicted else 0.0
    recall = correct / gold if gold else 0.0
    return precision, recall, (2 * precision * recall / (precision + recall)
                               if precision + recall else 0.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--repeat", type=int, default=50, help="rasd timing repetitions")
    args = parser.parse_args()
    articles = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines()
                if line.strip()]
    articles = [a for a in articles if "timexes" in a]
    warnings.simplefilter("ignore")
    run_dateparser = dateparser_runner()
    totals = {name: [[0, 0, 0], [0, 0, 0]] for name in ("rasd", "dateparser")}
    seconds = {"rasd": 0.0, "dateparser": 0.0}
    print(f"{'article':<14}{'system':<12}{'gold':>5}{'pred':>5}{'ok':>4}  wrong or missed")
    for article in articles:
        text = article["text"]
        published = date.fromisoformat(article["published"]) if article.get("published") else None
        gold = [(t["text"], t["value"]) for t in article["timexes"]]
        start = time.perf_counter()
        for _ in range(args.repeat):
            ours, anchor = rasd_items(text, published)
        seconds["rasd"] += (time.perf_counter() - start) / args.repeat
        start = time.perf_counter()
        theirs = run_dateparser(text, published.isoformat() if published else anchor)
        seconds["dateparser"] += time.perf_counter() - start
        for name, predicted in (("rasd", ours), ("dateparser", theirs)):
            for strict in (False, True):
                counts = score(text, gold, predicted, strict)
                for i in range(3):
                    totals[name][strict][i] += counts[i]
            ok, n_pred, n_gold = score(text, gold, predicted, False)
            wrong = sorted(set(_distinct(text, predicted)) ^ set(_distinct(text, gold)),
                           key=lambda item: (item[0], item[1] or ""))  # values may be null
            print(f"{article.get('id', '?'):<14}{name:<12}{n_gold:>5}{n_pred:>5}{ok:>4}  "
                  f"{'; '.join(f'{t}={v}' for t, v in wrong)[:200]}")
    print()
    print(f"{'system':<12}{'P':>7}{'R':>7}{'F1':>7}{'strictF1':>10}{'articles/s':>12}")
    result = {}
    for name in ("rasd", "dateparser"):
        p, r, value_f1 = f1(*totals[name][0])
        strict_f1 = f1(*totals[name][1])[2]
        speed = len(articles) / seconds[name] if seconds[name] else 0.0
        result[name] = (value_f1, speed)
        print(f"{name:<12}{p:>7.3f}{r:>7.3f}{value_f1:>7.3f}{strict_f1:>10.3f}{speed:>12.1f}")
    print(f"rasd_f1={result['rasd'][0]:.3f} dateparser_f1={result['dateparser'][0]:.3f} "
          f"rasd_articles_per_s={result['rasd'][1]:.1f} "
          f"dateparser_articles_per_s={result['dateparser'][1]:.1f}")


if __name__ == "__main__":
    main()
