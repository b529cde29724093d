"""Bytes to text: BOMs, UTF-16, Windows-1256, line endings, and what is refused."""

from __future__ import annotations

import codecs

import pytest

from rasd.errors import InputError
from rasd.ingest.decode import decode
from rasd.ingest.problems import BinaryInput, EmptyInput, UndecodableInput

TEXT = ("أعلنت وزارة الصحة أمس تسجيل إصابات جديدة في ثلاث محافظات.\n"
        "وقال المتحدث باسم الوزارة إن «الوضع تحت السيطرة» حتى الآن.\n")


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8"),
    codecs.BOM_UTF8 + TEXT.encode("utf-8"),
    TEXT.encode("utf-16"),  # with BOM, native order
    codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
    codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
    TEXT.encode("utf-32"),
    TEXT.encode("utf-16-le"),  # no BOM
    TEXT.encode("utf-16-be"),
    TEXT.encode("cp1256"),
    TEXT.replace("\n", "\r\n").encode("utf-8"),
    TEXT.replace("\n", "\r\n").encode("cp1256"),
    TEXT.replace("\n", "\r").encode("utf-8"),
])
def test_decodes_to_the_lf_text(data: bytes) -> None:
    assert decode(data, "f.txt") == TEXT


@pytest.mark.parametrize(("data", "error", "words"), [
    (b"", EmptyInput, "empty"),
    (b" \n\r\n\t", EmptyInput, "empty"),
    (codecs.BOM_UTF8 + b"\n", EmptyInput, "white space"),
    (b"\x00\x01\x02\x03PK\x03\x04" + bytes(range(256)) * 8, BinaryInput, "binary"),
    (b"abc\x00def\x00" * 50, BinaryInput, "binary"),
    (TEXT.encode("utf-8") + b"\xff\xfe\x80\x81" + TEXT.encode("utf-8"), UndecodableInput,
     "convert"),
])
def test_refuses_what_is_not_text(data: bytes, error: type[InputError], words: str) -> None:
    with pytest.raises(error) as caught:
        decode(data, "bad.txt")
    message = str(caught.value)
    assert message.startswith(f"[{error.code}] bad.txt: ")
    assert words in message
    assert "\n" not in message
