"""read_paths: folders, standard input, size limit, and raising without on_error."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from rasd.errors import InputError
from rasd.ingest import read_paths
from rasd.ingest.problems import OversizedInput, UnreadableInput

ARTICLE = "أكدت الوزارة أن المفاوضات ستستأنف الأسبوع المقبل في العاصمة."


def test_folders_are_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    for name in ("b.txt", "a/z.txt", "a/c.txt", "d.TXT"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(f"{ARTICLE} {name}", encoding="utf-8")
    docs = list(read_paths([tmp_path]))
    assert [Path(d.meta.source or "").relative_to(tmp_path).as_posix() for d in docs] == [
        "a/c.txt", "a/z.txt", "b.txt", "d.TXT"]


@pytest.mark.parametrize(("data", "expected_id"), [
    (ARTICLE.encode("cp1256"), None),
    (b'{"text": "\\u0646\\u0635", "id": "s1"}\n', "s1"),
])
def test_dash_reads_standard_input(monkeypatch: pytest.MonkeyPatch, data: bytes,
                                   expected_id: str | None) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    (doc,) = read_paths(["-"])
    assert doc.meta.source == "<stdin>"
    if expected_id is None:
        assert doc.text == ARTICLE
    else:
        assert doc.meta.id == expected_id


def test_articles_over_the_limit_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text(ARTICLE * 10, encoding="utf-8")
    problems: list[InputError] = []
    assert list(read_paths([path], max_chars=100, on_error=problems.append)) == []
    (problem,) = problems
    assert isinstance(problem, OversizedInput) and "limit of 100" in str(problem)


def test_without_on_error_the_first_problem_is_raised(tmp_path: Path) -> None:
    with pytest.raises(UnreadableInput, match="no such file"):
        list(read_paths([tmp_path / "absent.txt"]))
