"""Date and quantity lexicons store one form per lexeme (cleanliness: test_resources_lint)."""

from __future__ import annotations

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
def test_one_form_per_lexeme(path: Path) -> None:
    found = forms(path)
    assert found
    keys = [normalize_key(f) for f in found]
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)


def test_month_variants_add_to_cldr() -> None:
    cldr = {normalize_key(r["form"]) for r in resources.tsv("dates/months_cldr.tsv")}
    extra = {normalize_key(r["form"]) for r in resources.tsv("dates/month_variants.tsv")}
    assert not cldr & extra
