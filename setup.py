"""Compiles rasd's text and extraction modules with mypyc (metadata lives in pyproject.toml).

mypyc turns the type-annotated modules into C extensions: the same code, the same
outputs, about twice as fast. One module is written in C: the CRF tagger's Viterbi
search (``rasd/extract/ner/_decode.c``; its Python twin is ``Decoder._decode_plain``).
``RASD_PURE_PYTHON=1`` at install time skips both (no C compiler needed, edits to the
sources take effect without a rebuild).
"""

import os
from pathlib import Path

from setuptools import Extension, setup

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

    decoder = Extension("rasd.extract.ner._decode", [str(SOURCES / "rasd/extract/ner/_decode.c")])
    return [*mypycify(compiled_modules(), opt_level="3"), decoder]


setup(ext_modules=extensions())
