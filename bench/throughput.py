"""Articles per second on one core and peak memory, stage by stage.

    python bench/throughput.py                       # the seed's articles, repeated to >= 2,000
    python bench/throughput.py --text-only           # only the text layer (tokens, sentences)
    python bench/throughput.py --through statements  # the pipeline up to a stage, headline too
    python bench/throughput.py --corpus FILE.jsonl --field text=content --repeat 10

The corpus is read once with rasd's readers (any JSONL, JSON, dump or text
file; ``--field NAME=KEY`` renames JSON fields as ``rasd analyze`` does, e.g.
SaudiNewsNet needs ``--field text=content --field published=date_extracted``),
then each article is analyzed afresh ``--repeat`` times in this one process:
a new Document, every stage timed on its own, then the headline material
(title, subtitle, captions) as its own document, as the pipeline does.
Times are CPU seconds of this single process (one core), so other work on
the machine disturbs them little; reading the files is not timed. Caches are
keyed on word forms and names; the few keyed on a text hold only the document
in hand, so a repeated article costs what a new one with the same words does; ``--repeat 1`` over a
corpus measures the cold case, where every word form is new to the process.
Loading the resources (lexicons, gazetteer, model) happens once per process, on
a short sentence before the clock starts, and is printed apart as ``startup``.
The last line is ``articles_per_s=N peak_rss_mb=M``.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from rasd.document import Document, Meta
from rasd.ingest import read_paths
from rasd.pipeline import DEFAULT_STAGES, TEXT_STAGES
from rasd.stage import Stage

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "asharq-seed.txt"
MIN_ARTICLES = 2000
WARM_UP = "قال متحدث عسكري إن القوات صدت هجوما قرب البلدة أمس."


def load(corpus: Path, fields: dict[str, str]) -> list[Document]:
    docs = list(read_paths([corpus], fields=fields,
                           on_error=lambda err: print(f"skipped: {err}", file=sys.stderr)))
    if not docs:
        sys.exit(f"no article could be read from {corpus}")
    return docs


def run(docs: list[Document], repeat: int, stages: tuple[Stage, ...], headline: bool,
        clock: Callable[[], float] = time.process_time) -> tuple[dict[str, float], int, int]:
    """Seconds per step over ``repeat`` passes, articles analyzed and characters read.
    ``clock``: CPU seconds of this process by default, fair on a shared machine."""
    seconds: dict[str, float] = defaultdict(float)
    articles = chars = 0
    for _ in range(repeat):
        for source in docs:
            t0 = clock()
            doc = Document(source.text, source.meta)
            seconds["document"] += clock() - t0
            for stage in stages:
                t0 = clock()
                stage(doc)
                seconds[stage.name] += clock() - t0
            if headline and doc.headline_text:
                t0 = clock()
                head = Document(doc.headline_text, Meta(id=f"{doc.meta.id}#headline"))
                for stage in stages:
                    stage(head)
                doc.attach_headline(head)
                seconds["headline"] += clock() - t0
            articles += 1
            chars += len(doc.text)
    return seconds, articles, chars


def interpreter() -> str:
    """Which Python runs the bench: the build matters as much as a code change (README)."""
    maps = Path("/proc/self/maps")
    linked = ("shared libpython" if "libpython" in maps.read_text() else "static libpython") \
        if maps.is_file() else "libpython unknown"
    return (f"python: {platform.python_implementation()} {platform.python_version()} at "
            f"{os.path.realpath(sys.executable)} ({linked})")


def warm_up(stages: tuple[Stage, ...]) -> float:
    """CPU seconds of loading every stage's resources, on one short sentence of no corpus."""
    t0 = time.process_time()
    doc = Document(WARM_UP, Meta(id="warm-up"))
    for stage in stages:
        stage(doc)
    return time.process_time() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=SEED,
                        help="JSONL, JSON, dump or text file")
    parser.add_argument("--repeat", type=int, default=0,
                        help=f"passes over the corpus (default: >= {MIN_ARTICLES} articles)")
    parser.add_argument("--text-only", action="store_true",
                        help="time only the text layer (tokens, sentences), no headline")
    parser.add_argument("--through", choices=[s.name for s in DEFAULT_STAGES],
                        help="run the stages up to and including this one (default: all)")
    parser.add_argument("--field", action="append", default=[], metavar="NAME=KEY",
                        help="JSON field mapping, as in rasd analyze")
    args = parser.parse_args()
    fields = dict(item.split("=", 1) for item in args.field)
    docs = load(args.corpus, fields)
    repeat = args.repeat or -(-MIN_ARTICLES // len(docs))
    stages = TEXT_STAGES if args.text_only else DEFAULT_STAGES
    if args.through:
        names = [stage.name for stage in DEFAULT_STAGES]
        stages = DEFAULT_STAGES[:names.index(args.through) + 1]
    startup = warm_up(stages)
    seconds, articles, chars = run(docs, repeat, stages, headline=not args.text_only)
    total = sum(seconds.values())
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(interpreter())
    print(f"startup: {startup:.2f} s once per process (resources loaded), not counted below")
    print(f"corpus: {args.corpus} ({len(docs)} articles x {repeat} = {articles}, "
          f"{chars / articles:,.0f} chars/article)")
    print(f"{'step':<14}{'seconds':>10}{'ms/article':>12}{'share':>8}")
    for name, value in seconds.items():
        print(f"{name:<14}{value:>10.3f}{1000 * value / articles:>12.3f}{value / total:>8.1%}")
    print(f"{'total':<14}{total:>10.3f}{1000 * total / articles:>12.3f}{1:>8.0%}")
    print(f"articles_per_s={articles / total:.0f} peak_rss_mb={peak_mb:.0f}")


if __name__ == "__main__":
    main()
