"""The date and quantity lexicons are clean data: NFC, no presentation forms, no duplicates."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from rasd import resources
from rasd.text import normalize_key

FILES = sorted(p for folder in ("dates", "quantities") for p in (resources.ROOT / folder).iterdir()
               if p.suffix in (".tsv", ".txt"))


def forms(path: Path) -> list[str]:
    name = f"{path.parent.name}/{path.name}"
    if path.suffix == ".tsv":
        return [row["form"] for row in resources.tsv(name)]
    return list(resources.lines(name))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_forms_are_clean(path: Path) -> None:
    found = forms(path)
    assert found
    for form in found:
        assert unicodedata.normalize("NFC", form) == form, form
        assert "\u0640" not in form, form
        assert not any(0xFB50 <= ord(c) <= 0xFDFF or 0xFE70 <= ord(c) <= 0xFEFF for c in form)
    keys = [normalize_key(f) for f in found]
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)


def test_month_variants_add_to_cldr() -> None:
    cldr = {normalize_key(r["form"]) for r in resources.tsv("dates/months_cldr.tsv")}
    extra = {normalize_key(r["form"]) for r in resources.tsv("dates/month_variants.tsv")}
    assert not cldr & extra
