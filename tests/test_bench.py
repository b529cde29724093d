"""The benchmarks run and end with their machine-readable line."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("options", [["--repeat", "1"], ["--repeat", "1", "--text-only"],
                                     ["--repeat", "1", "--through", "entities"]])
def test_throughput_prints_a_table_and_the_last_line(options: list[str]) -> None:
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "throughput.py"), *options],
                          capture_output=True, text=True, check=True, timeout=120)
    lines = done.stdout.strip().splitlines()
    assert re.fullmatch(r"python: \S+ [\d.]+\S* at .+ \((shared|static) libpython\)", lines[0])
    assert lines[1].startswith("startup: ")
    assert lines[3].split() == ["step", "seconds", "ms/article", "share"]
    assert any(line.startswith("tokens ") for line in lines)
    assert re.fullmatch(r"articles_per_s=\d+ peak_rss_mb=\d+", lines[-1])
    if "--through" in options:
        assert not any(line.startswith(("statements ", "events ")) for line in lines)


def test_dates_bench_reads_gold_with_unresolved_values() -> None:
    pytest.importorskip("dateparser")  # a bench extra, not a test dependency
    gold = ROOT / "tests" / "fixtures" / "gold" / "dev.jsonl"  # holds a null value
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "dates_vs_dateparser.py"),
                           "--gold", str(gold), "--repeat", "1"],
                          capture_output=True, text=True, check=True, timeout=300)
    last = done.stdout.strip().splitlines()[-1]
    assert re.fullmatch(r"rasd_f1=[\d.]+ dateparser_f1=[\d.]+ .*", last)


def test_entities_bench_times_a_corpus(tmp_path: Path) -> None:
    corpus = tmp_path / "news.jsonl"
    corpus.write_text('{"text": "قال وزير الخارجية السوري في دمشق إن الجيش سيطر على بلدة."}\n',
                      encoding="utf-8")
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "entities_speed.py"), str(corpus)],
                          capture_output=True, text=True, check=True, timeout=120)
    last = done.stdout.strip().splitlines()[-1]
    assert re.fullmatch(r"articles=1 ms_per_article=[\d.]+ ms_per_4k_chars=[\d.]+ "
                        r"articles_per_s=\d+", last)


def test_instruction_counts_are_read_per_compiled_stage() -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import instructions
    finally:
        sys.path.pop(0)
    annotated = """\
6,000 (100.0%)  PROGRAM TOTALS
5,000 (83.3%)  build/__native.c:CPyDef_entities___stage____run [/x.so]
4,000 (66.7%)  build/__native.c:CPyDef_entities___stage____run (3x) [/x.so]
  900 (15.0%)  build/__native.c:CPyDef_events___stage____run (3x) [/x.so]
"""
    found = instructions.costs(annotated)
    assert found["TOTAL"] == 6000
    assert instructions.stage_cost(found, "rasd.extract.entities.stage", "_run") == 5000
    assert instructions.stage_cost(found, "rasd.extract.events.stage", "_run") == 900
    assert instructions.stage_cost(found, "rasd.extract.dates.stage", "_run") == 0
