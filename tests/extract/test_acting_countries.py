"""A country that takes part (بمشاركة، بدعم من، ممثلون عن) stands for its government."""

from __future__ import annotations

import pytest

import rasd


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("انطلقت المحادثات في جنيف بمشاركة مصر.", "مصر", "ORG"),
    ("شنت القوات هجوما بدعم من تركيا.", "تركيا", "ORG"),
    ("حضر المؤتمر ممثلون عن ألمانيا والسويد.", "ألمانيا", "ORG"),
    ("حضر المؤتمر ممثلون عن ألمانيا والسويد.", "السويد", "ORG"),
    ("وصل الوفد إلى ألمانيا صباح اليوم.", "ألمانيا", "LOC"),
    ("عاد مئات اللاجئين من تركيا.", "تركيا", "LOC"),
])
def test_taking_part_makes_a_country_an_actor(text: str, name: str, kind: str) -> None:
    found = {e.span.text: e.type for e in rasd.analyze(text).entities}
    assert found.get(name) == kind
