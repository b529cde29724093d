"""The event data files are clean: NFC, no tatweel or presentation forms, no duplicates."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasd import resources
from rasd.text import normalize_key

FOLDER = resources.ROOT / "events"
FILES = sorted(p.name for p in FOLDER.glob("*.tsv"))
PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                "COERCE", "ASSAULT"}


@pytest.mark.parametrize(("name", "key_columns"), [
    ("triggers.tsv", ("form",)), ("modes.tsv", ("cue",)), ("modality.tsv", ("cue",)),
    ("lexicon.tsv", ("word", "class")), ("directions.tsv", ("word",)),
    ("plover_acled.tsv", ("plover_type", "plover_mode", "target")),
    ("actor_sectors.tsv", ("word",)),
])
def test_no_duplicates_after_folding(name: str, key_columns: tuple[str, ...]) -> None:
    keys = [tuple(normalize_key(row[c]) for c in key_columns)
            for row in resources.tsv(f"events/{name}")]
    assert len(keys) == len(set(keys))


def test_trigger_types_are_plover() -> None:
    assert {row["type"] for row in resources.tsv("events/triggers.tsv")} <= PLOVER_TYPES


def test_every_file_is_attributed() -> None:
    notice = (FOLDER / "NOTICE.md").read_text(encoding="utf-8")
    assert all(name in notice for name in FILES), Path(FOLDER / "NOTICE.md")
