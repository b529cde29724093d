"""The ``rasd`` command line: parse arguments, call the library, print."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable, Sequence
from datetime import date

from rasd import __version__
from rasd.document import Document
from rasd.errors import InputError, RasdError
from rasd.export import EVENT_FORMATS, write_events
from rasd.ingest import read_paths
from rasd.ingest.records import FIELDS
from rasd.pipeline import load_pipeline
from rasd.report import render


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date in YYYY-MM-DD form") from None


def _field_mapping(value: str) -> tuple[str, str]:
    name, sep, key = value.partition("=")
    if not sep or name not in FIELDS or not key:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not NAME=KEY with NAME one of {', '.join(FIELDS)}")
    return name, key


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rasd", description="Arabic news to a verifiable record of who said and did what.")
    parser.add_argument("--version", action="version", version=f"rasd {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    analyze = commands.add_parser("analyze", help="extract everything from articles and report it")
    analyze.add_argument("paths", nargs="+",
                         help="files or folders (read recursively): scraped dumps and plain "
                              "articles (.txt), records (.jsonl, .json); - reads standard input")
    analyze.add_argument("--published", type=_iso_date, metavar="DATE",
                         help="document date (YYYY-MM-DD) for inputs that carry none")
    analyze.add_argument("--field", dest="fields", action="append", type=_field_mapping,
                         default=[], metavar="NAME=KEY",
                         help="read record field NAME (text, title, published, url, source, id) "
                              "from JSON key KEY, e.g. --field text=content; repeatable")
    out = analyze.add_mutually_exclusive_group()
    out.add_argument("--json", dest="format", action="store_const", const="json",
                     help="one JSON array of rasd/1 documents")
    out.add_argument("--jsonl", dest="format", action="store_const", const="jsonl",
                     help="one rasd/1 document per line")
    out.add_argument("--format", dest="format",
                     choices=["report", "json", "jsonl", "acled", "plover"],
                     help="output format (default: report); acled: ACLED CSV of the events, "
                          "plover: PLOVER JSON of the events")
    analyze.set_defaults(format="report")

    score = commands.add_parser("eval", help="score the pipeline against gold annotations",
                                description="Score the pipeline against a gold JSONL file "
                                            "(spec/gold-format.md).")
    score.add_argument("gold", help="gold annotations, one JSON object per line")
    score.add_argument("--json", dest="json_path", metavar="PATH",
                       help="also write the scores as JSON to PATH")
    score.add_argument("--layers", metavar="LIST",
                       help="comma-separated layers to score (default: "
                            "entities,timexes,statements,events)")
    score.add_argument("--errors", action="store_true",
                       help="list, per article, the missed, spurious and wrong items")
    score.add_argument("--markdown", metavar="PATH",
                       help="also write the scores as a markdown table to PATH")
    return parser


def _analyze(args: argparse.Namespace) -> int:
    problems = 0

    def complain(err: InputError) -> None:
        nonlocal problems
        problems += 1
        print(f"rasd: {err}", file=sys.stderr)

    pipeline = load_pipeline()
    docs = (pipeline(doc) for doc in read_paths(args.paths, published=args.published,
                                                 on_error=complain, fields=dict(args.fields)))
    count = 0
    try:
        count = _write(docs, args.format)
    except BrokenPipeError:  # the reader of our output (head, less) has gone: stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    if count == 0:
        print("rasd: no article could be read", file=sys.stderr)
        return 1
    if problems:
        print(f"rasd: {count} articles analyzed, {problems} inputs or records skipped",
              file=sys.stderr)
    return 0


def _write(docs: Iterable[Document], fmt: str) -> int:
    """Print every document in ``fmt``; returns how many there were."""
    count = 0
    if fmt in EVENT_FORMATS:
        count = write_events(fmt, docs, sys.stdout)
    elif fmt == "json":
        items = [doc.to_dict() for doc in docs]
        count = len(items)
        json.dump(items, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        for doc in docs:
            count += 1
            if fmt == "jsonl":
                print(json.dumps(doc.to_dict(), ensure_ascii=False))
            else:
                print(render(doc), end="\n\n")
    return count


def _eval(args: argparse.Namespace) -> int:
    # Imported here so that this command's edits stay out of the shared import block.
    from pathlib import Path

    from rasd.eval import evaluate, render_errors, render_markdown, render_table

    report = evaluate(args.gold, layers=args.layers)
    for warning in report.warnings:
        print(f"rasd: {warning}", file=sys.stderr)
    if args.errors:
        print(render_errors(report), end="\n\n")
    print(render_table(report))
    try:
        if args.json_path:
            Path(args.json_path).write_text(json.dumps(report.to_dict(), ensure_ascii=False,
                                                       indent=1) + "\n", encoding="utf-8")
        if args.markdown:
            Path(args.markdown).write_text(render_markdown(report), encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write the scores: {exc}") from exc
    if report.scored == 0:
        print("rasd: no gold article could be scored", file=sys.stderr)
        return 1
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "analyze":
            return _analyze(args)
        if args.command == "eval":
            return _eval(args)
    except RasdError as err:
        print(f"rasd: {err}", file=sys.stderr)
        return 2
    return 2


if __name__ == "__main__":
    sys.exit(main())
