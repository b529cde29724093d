"""The lookup APIs other layers use: actors, places and the phrase index."""

from __future__ import annotations

import pytest

from rasd.extract.entities import actors, places
from rasd.extract.entities.lexicon import lexicon, nationality_forms, readings
from rasd.text import normalize_key


@pytest.mark.parametrize(("actor_id", "type_", "country", "sector"), [
    ("hts", "ORG", "SYR", "REB"),
    ("hezbollah", "ORG", "LBN", "REB"),
    ("un", "ORG", None, "IGO"),
    ("per-putin", "PER", "RUS", "GOV"),
    ("SYR", "ORG", "SYR", "GOV"),
    ("RUS-defence-ministry", "ORG", "RUS", "GOV"),
    ("USA-army", "ORG", "USA", "MIL"),
])
def test_actor_lookup(actor_id: str, type_: str, country: str | None, sector: str) -> None:
    actor = actors.lookup(actor_id)
    assert actor is not None
    assert (actor.type, actor.country, actor.sector) == (type_, country, sector)


@pytest.mark.parametrize("actor_id", ["nope", "XXX-army", "RUS-nothing"])
def test_unknown_actor_is_none(actor_id: str) -> None:
    assert actors.lookup(actor_id) is None


@pytest.mark.parametrize(("a", "b", "same"), [
    ("hts", "nusra", True),
    ("nusra", "hts", True),
    ("hts", "hts", True),
    ("hts", "isis", False),
])
def test_also_known_as(a: str, b: str, same: bool) -> None:
    assert actors.same_actor(a, b) is same


@pytest.mark.parametrize(("name", "country", "admin1"), [
    ("إدلب", "SYR", "Idlib Governorate"),
    ("سراقب", "SYR", "Idlib Governorate"),
    ("الموصل", "IRQ", None),
    ("حميميم", "SYR", "Latakia"),
    ("واشنطن", "USA", "DC"),
    ("مأرب", "YEM", None),
])
def test_place_candidates(name: str, country: str, admin1: str | None) -> None:
    best = places.best(name)
    assert best is not None and best.country == country
    assert best.lat is not None and best.lon is not None
    if admin1:
        assert best.admin1 == admin1
    assert places.lookup(best.id) == best


def test_countries_are_places() -> None:
    syria = places.country_place("SYR")
    assert syria is not None and syria.feature == "C" and syria.name_ar == "سوريا"


@pytest.mark.parametrize(("word", "stem"), [
    ("وبادلب", "ادلب"),
    ("والروسيه", "الروسيه"),
    ("للبنان", "لبنان"),
    ("فالجيش", "الجيش"),
])
def test_readings_strip_proclitics(word: str, stem: str) -> None:
    assert stem in {s for _, s in readings(word)}


def test_contraction_is_not_restored() -> None:
    assert "الجزيره" not in {s for _, s in readings("للجزيره")}


@pytest.mark.parametrize(("adjective", "form"), [
    ("روسي", "الروسيه"),
    ("روسي", "روسيون"),
    ("أميركي", "الاميركيين"),
    ("كوري شمالي", "الكوري الشمالي"),
])
def test_nationality_forms(adjective: str, form: str) -> None:
    assert form in nationality_forms(adjective)


@pytest.mark.parametrize(("form", "kind", "key"), [
    ("الروسية", "nation", "RUS"),
    ("أمريكي", "nation", "USA"),
    ("الأميركيون", "nation", "USA"),
    ("أتراك", "nation", "TUR"),
    ("تحرير الشام", "actor", "hts"),
    ("جبهة فتح الشام", "actor", "nusra"),
    ("وزارة الدفاع", "inst", "defence-ministry"),
])
def test_lexicon_forms(form: str, kind: str, key: str) -> None:
    norms = normalize_key(form).split()
    match = lexicon().match(norms, 0)
    assert match is not None and match.end == len(norms)
    assert any(e.kind == kind and e.key == key for e in match.entries)
