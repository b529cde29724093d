"""The ``rasd`` command line: parse arguments, call the library, print."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date

from rasd import __version__
from rasd.errors import InputError, RasdError
from rasd.export import EVENT_FORMATS, write_events
from rasd.ingest import read_paths
from rasd.pipeline import load_pipeline
from rasd.report import render


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date in YYYY-MM-DD form") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rasd", description="Arabic news to a verifiable record of who said and did what.")
    parser.add_argument("--version", action="version", version=f"rasd {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    analyze = commands.add_parser("analyze", help="extract everything from articles and report it")
    analyze.add_argument("paths", nargs="+", help="files or folders: scraped dumps, .txt, .jsonl")
    analyze.add_argument("--published", type=_iso_date,
                         help="document date (YYYY-MM-DD) for inputs that carry none")
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
    return parser


def _analyze(args: argparse.Namespace) -> int:
    failures: list[InputError] = []

    def complain(err: InputError) -> None:
        failures.append(err)
        print(f"rasd: {err}", file=sys.stderr)

    pipeline = load_pipeline()
    docs = (pipeline(doc) for doc in read_paths(args.paths, published=args.published,
                                                 on_error=complain))
    count = 0
    if args.format in EVENT_FORMATS:
        count = write_events(args.format, docs, sys.stdout)
    elif args.format == "json":
        items = [doc.to_dict() for doc in docs]
        count = len(items)
        json.dump(items, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        for doc in docs:
            count += 1
            if args.format == "jsonl":
                print(json.dumps(doc.to_dict(), ensure_ascii=False))
            else:
                print(render(doc), end="\n\n")
    if count == 0:
        print("rasd: no article could be read", file=sys.stderr)
        return 1
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "analyze":
            return _analyze(args)
    except RasdError as err:
        print(f"rasd: {err}", file=sys.stderr)
        return 2
    return 2


if __name__ == "__main__":
    sys.exit(main())
