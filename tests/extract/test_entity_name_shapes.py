"""A hyphenated family name is one person («هينيس-بلاسخارت»); hyphens between numbers
or around a dash stay outside names."""

from __future__ import annotations

import rasd


def _entities(text: str) -> list[tuple[str, str]]:
    return [(e.span.text, e.type) for e in rasd.analyze(text).entities]


def test_a_hyphenated_family_name_is_one_person() -> None:
    found = _entities("التقى الوزير المبعوثة الأممية جينين هينيس-بلاسخارت في بيروت.")
    assert ("جينين هينيس-بلاسخارت", "PER") in found
    assert not any(text == "بلاسخارت" for text, _ in found)


def test_a_dash_between_words_joins_no_name() -> None:
    found = _entities("قال مارتن غريفيث - المبعوث الأممي - إن الحرب طالت.")
    assert ("مارتن غريفيث", "PER") in found
