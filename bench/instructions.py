"""Instructions per article, stage by stage: a speed measure that does not drift.

    python bench/instructions.py                 # the seed's articles, 5 extra passes
    python bench/instructions.py --passes 10 --corpus FILE.jsonl --field text=content

Wall and CPU times on a shared machine drift by ±20% from run to run, too much to
see a 5% gain. Instructions executed do not drift: this runs the pipeline under
valgrind's callgrind twice, over the corpus once and ``1 + passes`` times (the
same process setup: resources loaded, caches warmed by the first pass), and prints
the difference per article, for the whole run and for each stage (headline
included, garbage collection off so that a rare full collection falls nowhere).
Needs valgrind (Debian package ``valgrind``); a run takes a few minutes, most of
it loading the resources under valgrind. Stages are found by their compiled
functions (an install with ``RASD_PURE_PYTHON=1`` shows only the total). The last line is
``instructions_per_article=N`` (millions).
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "asharq-seed.txt"
#: Inclusive cost lines of ``callgrind_annotate``: "  1,234 (5.6%)  file.c:function [lib]".
_LINE = re.compile(r"^\s*([\d,]+)\s+\(\s*[\d.]+%\)\s+(\S.*)$")


def run_passes(corpus: Path, fields: dict[str, str], passes: int) -> None:
    """Analyze every article ``passes`` times with ``throughput.py``'s loop, its clock
    stopped (child mode, under valgrind; garbage collection off)."""
    from rasd.pipeline import DEFAULT_STAGES
    from throughput import load, run

    gc.disable()
    run(load(corpus, fields), passes, DEFAULT_STAGES, headline=True,
        clock=float)  # no clock: reading it costs instructions under valgrind


def costs(annotated: str) -> dict[str, int]:
    """Inclusive instructions per function (call counts dropped), and ``TOTAL``."""
    out: dict[str, int] = {}
    for line in annotated.splitlines():
        match = _LINE.match(line)
        if match is None:
            continue
        where = re.sub(r" \([\d,]+x\)", "", match.group(2)).split(" [")[0]
        name = "TOTAL" if "PROGRAM TOTALS" in where else where.split(":")[-1]
        out[name] = max(out.get(name, 0), int(match.group(1).replace(",", "")))
    return out


def stage_cost(found: dict[str, int], module: str, function: str) -> int:
    """Inclusive instructions of a compiled function: mypyc names it
    ``CPyDef_<shortest unique tail of the module path>___<name>``."""
    ending = "___" + function
    for name, value in found.items():
        if name.startswith("CPyDef_") and name.endswith(ending):
            head = name[len("CPyDef_"):-len(ending)].replace("___", ".")
            if module.endswith("." + head):
                return value
    return 0


def measure(args: argparse.Namespace, passes: int, folder: Path) -> dict[str, int]:
    out = folder / f"callgrind.{passes}"
    command = ["valgrind", "--tool=callgrind", "--dump-instr=no", f"--callgrind-out-file={out}",
               sys.executable, __file__, "--child", str(passes), "--corpus", str(args.corpus),
               *(f"--field={item}" for item in args.field)]
    subprocess.run(command, check=True, capture_output=True)
    annotated = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=99.99",
                                str(out)], check=True, capture_output=True, text=True).stdout
    return costs(annotated)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=SEED)
    parser.add_argument("--field", action="append", default=[], metavar="NAME=KEY")
    parser.add_argument("--passes", type=int, default=5, help="passes counted (default 5)")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    fields = dict(item.split("=", 1) for item in args.field)
    if args.child is not None:
        run_passes(args.corpus, fields, args.child)
        return
    if shutil.which("valgrind") is None or shutil.which("callgrind_annotate") is None:
        sys.exit("valgrind is not installed (Debian: apt install valgrind)")
    from throughput import interpreter, load

    print(interpreter())
    articles = len(load(args.corpus, fields)) * args.passes
    with tempfile.TemporaryDirectory() as tmp:
        once = measure(args, 1, Path(tmp))
        more = measure(args, 1 + args.passes, Path(tmp))
    print(f"corpus: {args.corpus} ({articles} articles counted, headlines included)")
    from rasd.pipeline import DEFAULT_STAGES

    for stage in DEFAULT_STAGES:
        module, function = stage.run.__module__, stage.run.__name__
        per = (stage_cost(more, module, function) - stage_cost(once, module, function))
        print(f"{stage.name:<14}{per / articles / 1e6:>8.2f} M instructions/article")
    total = (more["TOTAL"] - once["TOTAL"]) / articles / 1e6
    print(f"instructions_per_article={total:.2f}")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")  # the same dict layouts in both runs
    main()
