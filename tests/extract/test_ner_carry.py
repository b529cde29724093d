"""Names found once in a document are carried to their lone mentions."""

from __future__ import annotations

import pytest

from rasd.extract.ner.carry import carry_names
from rasd.extract.ner.features import Lexicon

LEXICON = Lexicon({"الامن": {"F20"}, "ادلب": {"GEO"}})
FIRST = (["قال", "المدرب", "حسام", "بركات", "إن", "الفريق", "جاهز"],
         ["O", "O", "B-PERS", "I-PERS", "O", "O", "O"])


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["وأكد", "بركات", "ذلك"], ["O", "B-PERS", "O"]),
        (["وأضاف", "وبركات", "ذلك"], ["O", "B-PERS", "O"]),  # behind a clitic
        (["البركات", "كثيرة"], ["O", "O"]),  # ال is not a clitic to skip
        (["وصل", "حسام"], ["O", "O"]),  # first names are not carried
    ],
)
def test_lone_mentions_get_the_type(words: list[str], expected: list[str]) -> None:
    tags = [list(FIRST[1]), ["O"] * len(words)]
    names = carry_names([FIRST[0], words], tags, LEXICON)
    assert tags[1] == expected
    assert names == {"بركات"}


def test_frequent_and_short_words_are_not_carried() -> None:
    sentences = [["مجلس", "الأمن"], ["عن", "الأمن"], ["أبو", "عز"], ["عز"]]
    tags = [["B-ORG", "I-ORG"], ["O", "O"], ["B-PERS", "I-PERS"], ["O"]]
    assert carry_names(sentences, tags, LEXICON) == frozenset()
    assert tags[1] == ["O", "O"] and tags[3] == ["O"]


@pytest.mark.parametrize(
    ("first", "labels"),
    [
        (["حلب"], ["B-LOC"]),  # places are not carried
        (["ريف", "إدلب"], ["B-ORG", "I-ORG"]),  # nor the last word of a longer organization
        (["إدلب"], ["B-PERS"]),  # nor a gazetteer place, whatever the tagger said
    ],
)
def test_not_carried(first: list[str], labels: list[str]) -> None:
    tags = [list(labels), ["O"]]
    carry_names([first, [first[-1]]], tags, LEXICON)
    assert tags[1] == ["O"]


def test_one_word_organizations_are_carried() -> None:
    tags = [["O", "B-ORG"], ["O"]]
    carry_names([["قالت", "حماس"], ["حماس"]], tags, LEXICON)
    assert tags[1] == ["B-ORG"]
