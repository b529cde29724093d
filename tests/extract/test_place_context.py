"""A small town is linked only where the story is: a same-named town abroad stays unlinked."""

from __future__ import annotations

import rasd


def _link(text: str, name: str) -> str | None:
    found = [e for e in rasd.analyze(text).entities if e.span.text == name]
    assert found, f"{name} not found"
    return found[-1].place_id


def test_far_small_town_in_a_syrian_story_is_not_linked() -> None:
    text = "قصفت القوات السورية ريف إدلب، واندلعت اشتباكات في بلدة كفر الزيات شمال حماة."
    assert _link(text, "كفر الزيات") is None


def test_the_same_town_in_an_egyptian_story_is_linked() -> None:
    text = "افتتح محافظ الغربية في مصر مستشفى جديدا في مدينة كفر الزيات أمس."
    place = _link(text, "كفر الزيات")
    assert place is not None and place.startswith("gn-")


def test_a_place_after_ila_is_linked() -> None:
    """«إلى» folds to «الي»: it is a preposition, not a definite noun the place qualifies."""
    assert _link("انتقل الوفد إلى اللاذقية ثم إلى الرقة.", "اللاذقية") is not None
    assert _link("انتقل الوفد إلى اللاذقية ثم إلى الرقة.", "الرقة") is not None
