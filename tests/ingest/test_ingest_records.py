"""JSONL and JSON records: fields, dates, mapping, and one message per bad line."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from rasd.document import Document
from rasd.errors import InputError
from rasd.ingest import read_path, read_paths

TEXT = "عقد مجلس الأمن جلسة طارئة لبحث التطورات في المنطقة."


def _write_jsonl(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _record(**fields: object) -> str:
    return json.dumps({"text": TEXT, **fields}, ensure_ascii=False)


def test_reads_every_field(tmp_path: Path) -> None:
    path = _write_jsonl(tmp_path / "a.jsonl", _record(
        title="جلسة طارئة", published="2021-03-04", url="http://x/1", source="وكالة", id="n1"))
    (doc,) = read_paths([path])
    meta = doc.meta
    assert (doc.text, meta.title, meta.published, meta.url, meta.source, meta.id) == (
        TEXT, "جلسة طارئة", date(2021, 3, 4), "http://x/1", "وكالة", "n1")


@pytest.mark.parametrize(("own", "given", "expected"), [
    (None, date(2020, 1, 2), date(2020, 1, 2)),
    ("2015-08-09 17:18:57", date(2020, 1, 2), date(2015, 8, 9)),
    ("2015-08-09T17:18:57Z", None, date(2015, 8, 9)),
    ("", None, None),
])
def test_published_falls_back_to_the_given_date(
        tmp_path: Path, own: str | None, given: date | None, expected: date | None) -> None:
    path = _write_jsonl(tmp_path / "a.jsonl", _record(published=own))
    (doc,) = read_paths([path], published=given)
    assert doc.meta.published == expected


def test_field_mapping_reads_other_corpora(tmp_path: Path) -> None:
    line = json.dumps({"content": TEXT, "date_extracted": "2015-08-10 01:02:03", "title": "ع"},
                      ensure_ascii=False)
    path = _write_jsonl(tmp_path / "a.jsonl", line)
    (doc,) = read_paths([path], fields={"text": "content", "published": "date_extracted"})
    assert (doc.text, doc.meta.published, doc.meta.title) == (TEXT, date(2015, 8, 10), "ع")


@pytest.mark.parametrize(("line", "code", "words"), [
    ('{"text": "غير مكتمل', "R106", "not valid JSON"),
    ('["قائمة"]', "R106", "expected a JSON object"),
    ('{"title": "بلا نص"}', "R106", "no 'text' field for the article text (its keys: title)"),
    ('{"text": 42}', "R106", "found a int"),
    ('{"text": "  "}', "R102", "is empty"),
    (_record(published="أمس"), "R106", "not an ISO date"),
    (_record(title=["x"]), "R106", "must be a string"),
])
def test_bad_line_is_reported_with_its_number(
        tmp_path: Path, line: str, code: str, words: str) -> None:
    path = _write_jsonl(tmp_path / "a.jsonl", _record(id="good1"), "", line, _record(id="good2"))
    items = list(read_path(path))
    docs = [i for i in items if isinstance(i, Document)]
    (problem,) = [i for i in items if isinstance(i, InputError)]
    assert [d.meta.id for d in docs] == ["good1", "good2"]
    assert str(problem).startswith(f"[{code}] {path}: line 3")
    assert words in str(problem)


def test_json_list_and_single_object(tmp_path: Path) -> None:
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"text": TEXT, "id": "a"}, {"text": TEXT + " ب", "id": "b"}, 7]),
                    encoding="utf-8")
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"text": TEXT, "id": "c"}), encoding="utf-8")
    items = list(read_path(many)) + list(read_path(one))
    assert [i.meta.id for i in items if isinstance(i, Document)] == ["a", "b", "c"]
    (problem,) = [i for i in items if isinstance(i, InputError)]
    assert f"{many}: item 3" in str(problem)


def test_text_is_kept_exactly(tmp_path: Path) -> None:
    text = "سطر أول\r\nسطر ثان\u200f"
    path = _write_jsonl(tmp_path / "a.jsonl", json.dumps({"text": text}))
    (doc,) = read_paths([path])
    assert doc.text == text


def test_a_problem_repeated_on_every_line_is_summed_up(tmp_path: Path) -> None:
    path = _write_jsonl(tmp_path / "a.jsonl", *['{"content": "نص"}'] * 10, _record(id="ok"))
    items = list(read_path(path))
    problems = [str(i) for i in items if isinstance(i, InputError)]
    assert [i.meta.id for i in items if isinstance(i, Document)] == ["ok"]
    assert len(problems) == 4
    assert problems[-1].startswith(f"[R106] {path}: 7 more lines: has no 'text' field")
