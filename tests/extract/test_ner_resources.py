"""The NER data files: clean text, one form per lexeme, attribution beside them."""

from __future__ import annotations

import pytest

from rasd import resources
from rasd.extract.ner.model import TRIGGERS, read_lexicon
from rasd.text import normalize_key

FILES = ["ner/triggers.tsv", "ner/lexicon.tsv"]
KINDS = {"TITLE", "PLACE", "ORG"}


def forms(name: str) -> list[str]:
    return [row["form"] for row in resources.tsv(name)]


@pytest.mark.parametrize("name", FILES)
def test_one_form_per_lexeme(name: str) -> None:
    keys = [normalize_key(f) for f in forms(name)]
    assert len(keys) == len(set(keys))


def test_trigger_kinds() -> None:
    assert {row["kind"] for row in resources.tsv(TRIGGERS)} == KINDS


def test_lexicon_merges_triggers_with_names() -> None:
    lexicon = read_lexicon(resources.path("ner/lexicon.tsv"), resources.path(TRIGGERS))
    assert "TITLE" in lexicon.get("الرئيس")
    assert "CTRY" in lexicon.get("سوريا")


def test_notice_attributes_the_sources() -> None:
    notice = resources.path("ner/NOTICE").read_text(encoding="utf-8")
    for source in ("ANERcorp", "CC BY-SA 4.0", "AQMAR", "GeoNames", "CC BY 4.0", "CLDR"):
        assert source in notice
