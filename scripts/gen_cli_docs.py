"""Write docs/cli.md, the CLI reference, from the ``--help`` of every rasd command.

    python scripts/gen_cli_docs.py           # rewrite docs/cli.md
    python scripts/gen_cli_docs.py --check   # exit 1 when docs/cli.md is out of date

Every subcommand the parser has is documented, so a new command appears
here without touching this script. Help is formatted at a fixed width so
the output does not depend on the terminal. ``tests/test_cli_docs.py``
checks that the committed file matches.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from rasd.cli import build_parser

DOC = Path(__file__).resolve().parents[1] / "docs" / "cli.md"
WIDTH = "100"
HEADER = """# rasd command line reference

Generated from `--help` by `scripts/gen_cli_docs.py`; do not edit by hand
(`python scripts/gen_cli_docs.py` rewrites it, a test checks it is current).
"""


def commands(parser: argparse.ArgumentParser, name: str) -> Iterator[tuple[str, str]]:
    """``(command, help text)`` for ``parser`` and, depth first, each of its subcommands."""
    yield name, parser.format_help()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub, subparser in action.choices.items():
                yield from commands(subparser, f"{name} {sub}")


def render() -> str:
    """The whole reference as Markdown."""
    previous = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = WIDTH
    try:
        sections = [f"## `{name}`\n\n```text\n{text.rstrip()}\n```\n"
                    for name, text in commands(build_parser(), "rasd")]
    finally:
        if previous is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = previous
    return "\n".join([HEADER, *sections])


def main() -> int:
    text = render()
    if "--check" in sys.argv[1:]:
        if DOC.read_text(encoding="utf-8") != text:
            print(f"{DOC} is out of date: run python scripts/gen_cli_docs.py", file=sys.stderr)
            return 1
        return 0
    DOC.write_text(text, encoding="utf-8")
    print(f"wrote {DOC}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
