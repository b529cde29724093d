"""Lint of the entity data files: NFC, no presentation forms or tatweel, no duplicates."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from rasd.text import normalize_key

ROOT = Path(__file__).resolve().parents[2]
FILES = sorted([*(ROOT / "src" / "rasd" / "resources" / "entities").glob("*.*"),
                *(ROOT / "scripts" / "curated").glob("*.tsv")])
FILES = [f for f in FILES if f.suffix in (".tsv", ".txt")]
# column whose folded value must be unique in each TSV (None: every line of a .txt list)
KEYS = {"country_aliases.tsv": "iso3", "actors.tsv": "id", "gazetteer.tsv": "id",
        "countries.tsv": "iso3", "nationalities.tsv": "adjective", "institutions.tsv": "head",
        "titles.tsv": "title",
        "triggers.tsv": "word", "metonymy.tsv": "name", "directions.tsv": "word",
        "function_words.tsv": "word", "places.tsv": "id", "institution_words.tsv": "word"}


def _data_lines(path: Path) -> list[str]:
    return [ln for ln in path.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_no_duplicates_after_folding(path: Path) -> None:
    lines = _data_lines(path)
    if path.suffix == ".txt":
        keys = [normalize_key(ln) for ln in lines]
    else:
        header = lines[0].split("\t")
        column = header.index(KEYS[path.name])
        keys = [normalize_key(ln.split("\t")[column]) for ln in lines[1:]]
    duplicates = sorted(k for k, n in Counter(keys).items() if n > 1)
    assert not duplicates, f"{path.name} repeats {duplicates[:5]}"


def test_shipped_entity_data_is_small() -> None:
    folder = ROOT / "src" / "rasd" / "resources" / "entities"
    assert sum(f.stat().st_size for f in folder.iterdir()) < 3_000_000


def test_notice_names_every_source() -> None:
    notice = (ROOT / "src" / "rasd" / "resources" / "entities" / "NOTICE.md").read_text("utf-8")
    for source in ("GeoNames", "CC BY 4.0", "CLDR", "UniversalPetrarch", "ANERcorp", "AQMAR"):
        assert source in notice
