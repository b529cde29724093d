"""``rasd analyze`` end to end: outputs, dates, and every kind of bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from rasd.cli import main

ARTICLE = ("أعلن الجيش أمس السيطرة على بلدة جديدة بعد معارك استمرت يومين.\n"
           "وقال متحدث عسكري إن «العملية مستمرة» حتى تأمين المنطقة.\n")


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["analyze", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_seed_report(capsys: pytest.CaptureFixture[str], seed_path: Path) -> None:
    code, out, err = _run(capsys, str(seed_path))
    assert (code, err) == (0, "")
    assert out.count("══ ") == 2
    assert "subtitle: " in out and "caption: " in out and "counts: tokens " in out
    assert "── headline" in out


def test_json_output_round_trips(capsys: pytest.CaptureFixture[str], seed_path: Path) -> None:
    from rasd.document import Document

    code, out, _ = _run(capsys, str(seed_path), "--json", "--published", "2019-05-23")
    docs = [Document.from_dict(d) for d in json.loads(out)]
    assert code == 0 and len(docs) == 2
    assert {d.meta.published.isoformat() for d in docs if d.meta.published} == {"2019-05-23"}
    assert all(d.headline is not None and d.has_layer("sentences") for d in docs)


def test_jsonl_output_and_own_dates_win(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps({"text": ARTICLE, "published": p})
                              for p in ("2020-02-02", None)), encoding="utf-8")
    code, out, _ = _run(capsys, str(path), "--jsonl", "--published", "2021-01-01")
    assert code == 0
    assert [json.loads(line)["published"] for line in out.splitlines()] == [
        "2020-02-02", "2021-01-01"]


def test_field_option_maps_record_keys(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"content": ARTICLE}), encoding="utf-8")
    code, out, _ = _run(capsys, str(path), "--jsonl", "--field", "text=content")
    assert code == 0 and json.loads(out)["text"] == ARTICLE


def test_bad_field_option_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["analyze", "x.jsonl", "--field", "body"])
    assert caught.value.code == 2
    assert "NAME=KEY" in capsys.readouterr().err


BAD_INPUTS = [
    ("empty.txt", b"", "R102"),
    ("binary.txt", b"\x7fELF\x02\x01\x01\x00\x00\x00" + bytes(range(256)) * 4, "R103"),
    ("undecodable.txt", ARTICLE.encode() + b"\xff\xfe\x80\x81\x90" + ARTICLE.encode(), "R104"),
    ("broken.jsonl", b'{"text": "\xd9\x86\xd8\xb5"\n', "R106"),
    ("missing.txt", None, "R101"),
]


@pytest.mark.parametrize(("name", "data", "code"), BAD_INPUTS)
def test_bad_input_alone_fails_with_one_clear_line(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str, data: bytes | None,
        code: str) -> None:
    path = tmp_path / name
    if data is not None:
        path.write_bytes(data)
    status, out, err = _run(capsys, str(path))
    lines = err.splitlines()
    assert status == 1 and out == ""
    assert lines[0].startswith(f"rasd: [{code}] {path}")
    assert lines[-1] == "rasd: no article could be read"
    assert "Traceback" not in err


def test_good_inputs_survive_bad_ones(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    (folder / "sub").mkdir(parents=True)
    for name, data, _ in BAD_INPUTS:
        if data is not None:
            (folder / name).write_bytes(data)
    (folder / "sub" / "cp1256.txt").write_bytes(ARTICLE.encode("cp1256"))
    (folder / "utf16.txt").write_bytes(ARTICLE.encode("utf-16"))
    (folder / "bom.txt").write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode())
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")
    (folder / ".hidden.txt").write_text("مخفي", encoding="utf-8")
    (folder / "lines.jsonl").write_text(
        json.dumps({"text": ARTICLE, "id": "j1"}) + "\n{oops\n", encoding="utf-8")
    status, out, err = _run(capsys, str(folder), "--jsonl")
    docs = [json.loads(line) for line in out.splitlines()]
    assert status == 0
    assert sorted(d["source"] for d in docs) == sorted(
        str(folder / n) for n in ("bom.txt", "lines.jsonl", "sub/cp1256.txt", "utf16.txt"))
    assert all(d["text"] == ARTICLE.strip() for d in docs if d["id"] != "j1")
    *problems, summary = err.splitlines()
    codes = sorted(line.split()[1] for line in problems)
    assert codes == ["[R102]", "[R103]", "[R104]", "[R106]", "[R106]", "[R107]"]
    assert summary == "rasd: 4 articles analyzed, 6 inputs or records skipped"
    assert f"{folder / 'lines.jsonl'}: line 2" in err


def test_huge_single_line_file_is_refused_not_processed(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    unit = "كلمة ".encode()
    huge.write_bytes(unit * (50 * 1024 * 1024 // len(unit)))
    small = tmp_path / "small.txt"
    small.write_text(ARTICLE, encoding="utf-8")
    status, out, err = _run(capsys, str(huge), str(small), "--jsonl")
    assert status == 0 and len(out.splitlines()) == 1
    assert err.startswith(f"rasd: [R105] {huge} has ")
    assert len(err.splitlines()) == 2


def test_python_m_rasd_analyze_runs(seed_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "rasd", "analyze", str(seed_path), "--jsonl"],
                          capture_output=True, text=True, encoding="utf-8", check=False,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == 2
