"""Compiles rasd's text and extraction modules with mypyc (metadata lives in pyproject.toml).

mypyc turns the type-annotated modules into C extensions: the same code, the same
outputs, about twice as fast. Three small modules are written in C (built with -O3): the
CRF tagger's Viterbi search (``rasd/extract/ner/_decode.c``; its Python twin is
``Decoder._decode_plain``), the tokenizer's loop (``rasd/text/_tokens.c``; its twin
is the pattern of ``rasd/text/tokenize.py``) and the normalizer's character folding
(``rasd/text/_fold.c``; its twin is ``str.translate`` in ``rasd/text/normalize.py``).
``RASD_PURE_PYTHON=1`` at install time skips them (no C compiler needed, edits to the
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

    written_in_c = [Extension(f"rasd.{path.replace('/', '.')}", [f"{SOURCES}/rasd/{path}.c"],
                              extra_compile_args=["-O3"])
                    for path in ("extract/ner/_decode", "text/_tokens", "text/_fold")]
    return [*mypycify(compiled_modules(), opt_level="3"), *written_in_c]


setup(ext_modules=extensions())
