"""Compiles rasd's text and extraction modules with mypyc (metadata lives in pyproject.toml).

mypyc turns the type-annotated modules into C extensions: the same code, the same
outputs, about twice as fast. ``RASD_PURE_PYTHON=1`` at install time skips it (no C
compiler needed, edits to the sources take effect without a rebuild).
"""

import os
from pathlib import Path

from setuptools import setup

SOURCES = Path("src")
#: Hot modules only: the CLI, readers, evaluation, export and the records stay interpreted.
COMPILED = ("rasd/text", "rasd/extract")


def compiled_modules() -> list[str]:
    return sorted(str(path) for folder in COMPILED for path in (SOURCES / folder).rglob("*.py")
                  if path.name != "__init__.py")


def extensions() -> list[object]:
    if os.environ.get("RASD_PURE_PYTHON", "") not in ("", "0"):
        return []
    from mypyc.build import mypycify

    return list(mypycify(compiled_modules(), opt_level="3"))


setup(ext_modules=extensions())
