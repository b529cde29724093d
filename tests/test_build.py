"""A compiled install runs the code of its sources: an extension older than its module
would silently run old code (sources edited after ``pip install -e .``)."""

from __future__ import annotations

from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import rasd

PACKAGE = Path(rasd.__file__).parent


def test_no_compiled_module_is_older_than_its_source() -> None:
    stale = []
    for suffix in EXTENSION_SUFFIXES:
        for built in PACKAGE.rglob("*" + suffix):
            source = built.with_name(built.name[:-len(suffix)] + ".py")
            if source.exists() and source.stat().st_mtime > built.stat().st_mtime:
                stale.append(str(source.relative_to(PACKAGE)))
    assert not stale, (f"edited after they were compiled: {', '.join(sorted(stale))}; "
                       "run `pip install -e .` again, or reinstall with RASD_PURE_PYTHON=1")
