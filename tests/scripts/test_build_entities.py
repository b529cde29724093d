"""The entity resources are reproducible: rebuilding them from ../shared gives the shipped files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILT = ["gazetteer.tsv", "countries.tsv", "common_words.txt", "actors.tsv", "first_names.txt"]


@pytest.mark.slow
def test_rebuild_matches_shipped(shared_dir: Path, tmp_path: Path) -> None:
    pytest.importorskip("pycountry")
    env = {**os.environ, "RASD_SHARED": str(shared_dir), "RASD_ENTITIES_OUT": str(tmp_path)}
    for script in ("build_gazetteer.py", "build_actors.py"):
        subprocess.run([sys.executable, str(ROOT / "scripts" / script)], env=env, check=True,
                       capture_output=True)
    shipped = ROOT / "src" / "rasd" / "resources" / "entities"
    for name in BUILT:
        assert (tmp_path / name).read_bytes() == (shipped / name).read_bytes(), name
