"""Data files shipped with rasd, loaded once and cached.

Lexicons, gazetteers and models live as files under this folder, one
sub-folder per layer (``dates/``, ``entities/``, ``statements/``,
``events/``); code reads them only through these helpers.
"""

from __future__ import annotations

import csv
import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

ROOT = Path(str(resources.files(__name__)))


def path(name: str) -> Path:
    """Absolute path of a resource file such as ``"dates/months.tsv"``."""
    found = ROOT / name
    if not found.is_file():
        raise FileNotFoundError(f"rasd resource {name!r} is missing from {ROOT}")
    return found


@cache
def tsv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a UTF-8 TSV resource with a header line; ``#`` lines are comments."""
    with path(name).open(encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if line.strip() and not line.startswith("#"))
        reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
        return tuple({k: (v or "").strip() for k, v in row.items() if k} for row in reader)


@cache
def json_data(name: str) -> Any:
    """A parsed JSON resource."""
    with path(name).open(encoding="utf-8") as handle:
        return json.load(handle)


@cache
def lines(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of a text resource."""
    with path(name).open(encoding="utf-8") as handle:
        return tuple(s for s in (line.strip() for line in handle) if s and not s.startswith("#"))
