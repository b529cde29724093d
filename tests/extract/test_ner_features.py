"""Token features of the NER tagger: computed from token strings alone."""

from __future__ import annotations

import pytest

from rasd.extract.ner.features import Featurizer, Lexicon, word_shape

LEXICON = Lexicon({"بغداد": {"LOC-S"}, "مدينة": {"PLACE"}, "الرئيس": {"TITLE"}, "في": {"F20"}})


@pytest.mark.parametrize(
    ("form", "shape"),
    [("2024", "digit"), ("3.5", "num"), ("UN", "latin"), ("«", "punct"), ("في", "short"),
     ("بغداد", "arabic")],
)
def test_word_shape(form: str, shape: str) -> None:
    assert word_shape(form) == shape


@pytest.mark.parametrize(
    ("token", "present", "absent"),
    [
        ("بغداد", {"w=بغداد", "lx=LOC-S", "p2=بغ", "s3=داد", "unseen"}, {"lxs=LOC-S"}),
        ("وبغداد", {"w=وبغداد", "st=بغداد", "cl=وب", "lxs=LOC-S"}, {"lx=LOC-S"}),
        ("بِغْدادُ", {"w=بغداد", "lx=LOC-S"}, set()),  # diacritics folded
        ("المدينة", {"w=المدينه", "st=مدينه", "cl=ال", "lxs=PLACE"}, set()),
        ("في", {"w=في", "lx=F20"}, {"unseen"}),
        ("2024", {"w=2024", "sh=digit", "len=4"}, {"unseen"}),
        ("«", {"w=«", "sh=punct"}, {"p1=«"}),
    ],
)
def test_own_features(token: str, present: set[str], absent: set[str]) -> None:
    feats = set(Featurizer(LEXICON).own(token))
    assert present <= feats
    assert not absent & feats


@pytest.mark.parametrize(
    ("token", "offset", "present"),
    [
        ("الرئيس", -1, {"-1w=الرئيس", "-1lx=TITLE"}),
        ("وبغداد", 2, {"2w=وبغداد", "2lx=LOC-S"}),
        ("بمدينة", 1, {"1w=بمدينه", "1st=مدينه", "1lx=PLACE"}),
    ],
)
def test_neighbour_features(token: str, offset: int, present: set[str]) -> None:
    assert present <= set(Featurizer(LEXICON).near(token, offset))


def test_sentence_features_see_neighbours_and_edges() -> None:
    feats = Featurizer(LEXICON).sentence(["قال", "الرئيس", "زيد"])
    assert len(feats) == 3
    assert {"BOS", "-1w=<S>", "-2w=<S2>", "1w=الرئيس"} <= set(feats[0])
    assert {"-1lx=TITLE", "-2w=قال", "EOS", "1w=</S>"} <= set(feats[2])
    assert "BOS" not in feats[1] and "EOS" not in feats[1]


def test_features_are_cached_per_form() -> None:
    featurizer = Featurizer(LEXICON)
    assert featurizer.own("بغداد") is featurizer.own("بغداد")
