"""Every shipped data file is clean Arabic text: NFC, no presentation forms, no tatweel,
no rows that become duplicates once normalization folds their spellings."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from rasd.text import normalize_key

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "src" / "rasd" / "resources"
CURATED = ROOT / "scripts" / "curated"  # hand-made inputs of the resource builders
TEXT_FILES = sorted(p for folder in (RESOURCES, CURATED) for p in folder.rglob("*")
                    if p.suffix in {".tsv", ".txt", ".csv"})
PRESENTATION = [(0xFB50, 0xFDFF), (0xFE70, 0xFEFF)]


def _rows(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize("path", TEXT_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_data_file_is_clean(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert unicodedata.is_normalized("NFC", text), f"{path.name} is not NFC"
    data = "\n".join(_rows(path))  # comments may quote text as written (بـ«…»)
    assert "\u0640" not in data, f"{path.name} contains tatweel"
    bad = [ch for ch in data if any(lo <= ord(ch) <= hi for lo, hi in PRESENTATION)]
    assert not bad, f"{path.name} contains presentation forms {bad[:5]}"
    seen: dict[str, int] = {}
    for number, row in enumerate(_rows(path), start=1):
        key = "\t".join(normalize_key(cell) for cell in row.split("\t"))
        assert key not in seen, f"{path.name}: row {number} repeats row {seen[key]} after folding"
        seen[key] = number
