"""A compiled install runs the code of its sources: an extension older than its module
would silently run old code (sources edited after ``pip install -e .``)."""

from __future__ import annotations

from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import rasd

PACKAGE = Path(rasd.__file__).parent


def test_no_compiled_module_is_older_than_its_source() -> None:
    # mypyc writes the code of all modules into one library beside the package and a
    # small stub per module; a rebuild in place may leave an unchanged stub as it was.
    libraries = [lib.stat().st_mtime for lib in PACKAGE.parent.glob("*__mypyc*")]
    stale = []
    for suffix in EXTENSION_SUFFIXES:
        for built in PACKAGE.rglob("*" + suffix):
            source = built.with_name(built.name[:-len(suffix)] + ".py")
            newest = max([built.stat().st_mtime, *libraries])
            if source.exists() and source.stat().st_mtime > newest:
                stale.append(str(source.relative_to(PACKAGE)))
    assert not stale, (f"edited after they were compiled: {', '.join(sorted(stale))}; "
                       "run `pip install -e .` again, or reinstall with RASD_PURE_PYTHON=1")
