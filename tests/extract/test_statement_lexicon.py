"""The statement word lists: clean data, and the inflections the rules rely on."""

from __future__ import annotations

import pytest

from rasd import resources
from rasd.extract.statements.lexicon import cue_forms, function_words, verb_forms
from rasd.text import normalize

FILES = sorted(p.name for p in (resources.ROOT / "statements").iterdir()
               if p.suffix in (".txt", ".tsv"))


def _entries(name: str) -> list[str]:
    if name.endswith(".tsv"):
        rows = resources.tsv("statements/" + name)
        return ["\t".join(row.values()) for row in rows]
    return list(resources.lines("statements/" + name))


@pytest.mark.parametrize("name", FILES)
def test_one_entry_per_lexeme(name: str) -> None:
    entries = _entries(name)
    assert entries
    folded = [normalize(e) for e in entries]
    assert len(folded) == len(set(folded)), [e for e in folded if folded.count(e) > 1]


@pytest.mark.parametrize(("perfect", "imperfect", "participle", "expected"), [
    ("أعلن", "يعلن", "معلنا", {"اعلن", "اعلنت", "اعلنوا", "يعلن", "تعلن", "يعلنون", "معلنه"}),
    ("نفى", "ينفي", "نافيا", {"نفي", "نفت", "نفوا", "ينفي", "تنفي", "ينفون", "ينف", "نافيا"}),
    ("قال", "يقول", "قائلا", {"قال", "قالت", "قالوا", "يقول", "تقول", "يقل", "قائله"}),
    ("رأى", "يرى", "-", {"راي", "رات", "راوا", "يري"}),
])
def test_verb_forms(perfect: str, imperfect: str, participle: str, expected: set[str]) -> None:
    forms = {form for form, _ in verb_forms(perfect, imperfect, participle)}
    assert expected <= forms


@pytest.mark.parametrize(("form", "lemma", "stance"), [
    ("اكدت", "أكد", "assert"), ("نفت", "نفى", "deny"), ("اتهمت", "اتهم", "accuse"),
    ("حذرت", "حذر", "warn"), ("مضيفا", "أضاف", "assert"), ("تندد", "ندد", "accuse"),
])
def test_cue_forms(form: str, lemma: str, stance: str) -> None:
    found = cue_forms()[form]
    assert (found.verb.lemma, found.verb.stance) == (lemma, stance)


def test_complementizers_take_pronouns() -> None:
    assert {"انه", "انها", "بانه", "انهم"} <= function_words()["complementizer"]
