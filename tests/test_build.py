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
            for language in (".py", ".c"):
                source = built.with_name(built.name[:-len(suffix)] + language)
                newest = max([built.stat().st_mtime, *libraries])
                if source.exists() and source.stat().st_mtime > newest:
                    stale.append(str(source.relative_to(PACKAGE)))
    assert not stale, (f"edited after they were compiled: {', '.join(sorted(stale))}; "
                       "run `pip install -e .` again, or reinstall with RASD_PURE_PYTHON=1")


def test_a_compiled_install_has_the_modules_written_in_c() -> None:
    # mypyc's library present: the same install built the tagger's search, the
    # tokenizer's loop and the normalizer's folding in C too.
    if not list(PACKAGE.parent.glob("*__mypyc*")):
        return  # installed with RASD_PURE_PYTHON=1
    from rasd.extract.ner.crf import native_decoder
    from rasd.text.normalize import _NATIVE
    from rasd.text.tokenize import native_numbers, native_split

    assert native_decoder() is not None
    assert native_split() is not None
    assert native_numbers() is not None
    assert _NATIVE is not None
