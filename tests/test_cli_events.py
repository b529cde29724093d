"""`rasd analyze --format acled|plover` writes the events of the input."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from rasd.cli import main


@pytest.mark.parametrize("fmt", ["acled", "plover"])
def test_analyze_event_formats(fmt: str, tmp_path: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "a.txt"
    source.write_text("قصفت الطائرات الحربية مدينة إدلب أمس، وقتل خمسة مدنيين.\n", encoding="utf-8")
    assert main(["analyze", str(source), "--published", "2020-01-02", "--format", fmt]) == 0
    out = capsys.readouterr().out
    if fmt == "acled":
        rows = list(csv.DictReader(io.StringIO(out)))
        assert rows and rows[0]["sub_event_type"] == "Air/drone strike"
    else:
        records = json.loads(out)
        assert records[0]["event_type"] == "ASSAULT" and records[0]["mode"] == ["aerial"]
