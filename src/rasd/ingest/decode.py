"""Bytes to text: BOMs, strict UTF-8, then charset detection.

Order of attempts: a byte-order mark (UTF-8, UTF-16, UTF-32) decides;
otherwise strict UTF-8; otherwise ``charset-normalizer`` picks the encoding
(Windows-1256 is the usual one for Arabic archives; UTF-16 without a BOM is
left to it when all NUL bytes fall on one byte parity) from a sample of the
bytes, and the whole input is then decoded strictly with it. Bytes with NULs
that are not UTF-16, and text with many control characters, are refused as
binary. The detector needs some text to be sure: non-UTF-8 inputs of fewer
than about 30 characters may be misread (measured on news snippets: right
for every snippet of 60 characters or more).

Line endings are normalized (CRLF and lone CR become LF), so the offsets of
every span refer to the decoded, LF-normalized text, not to the raw bytes.
"""

from __future__ import annotations

import codecs

import charset_normalizer
import regex

from rasd.ingest.problems import BinaryInput, EmptyInput, UndecodableInput

#: Bytes handed to the detector; the rest is decoded with what it found.
DETECT_SAMPLE = 256 * 1024
#: Share of control characters above which decoded "text" is taken as binary.
MAX_CONTROL_SHARE = 0.01

_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_NEWLINES = regex.compile(r"\r\n?")


def decode(data: bytes, name: str) -> str:
    """The text of ``data`` (read from ``name``), LF-normalized; raises InputError."""
    if not data.strip():
        raise EmptyInput(f"{name}: the file is empty")
    encoding = _bom_encoding(data)
    if encoding is None:
        try:
            text = data.decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError:
            encoding = _detect(data, name)
            text = _decode_strictly(data, encoding, name)
    else:
        text = _decode_strictly(data, encoding, name)
    _refuse_binary(text, name)
    text = _NEWLINES.sub("\n", text) if "\r" in text else text
    if not text.strip():
        raise EmptyInput(f"{name}: the file holds only white space")
    return text


def _bom_encoding(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def _detect(data: bytes, name: str) -> str:
    sample = data[:DETECT_SAMPLE]
    has_nul = b"\x00" in sample
    binary = BinaryInput(f"{name}: holds NUL bytes, so it is binary, not text")
    if has_nul and not _looks_like_utf16(sample):
        raise binary
    best = charset_normalizer.from_bytes(sample).best()
    if best is None:
        if has_nul:
            raise binary
        raise UndecodableInput(
            f"{name}: is not valid UTF-8 and no known encoding decodes it; "
            "convert it to UTF-8 first")
    return str(best.encoding)


def _looks_like_utf16(data: bytes) -> bool:
    """UTF-16 without a BOM: the NULs of its ASCII characters all fall on one byte parity."""
    sample = data[:4096]
    zeros_even = sample[0::2].count(0)
    zeros_odd = sample[1::2].count(0)
    return min(zeros_even, zeros_odd) == 0 and max(zeros_even, zeros_odd) > 0


def _decode_strictly(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise UndecodableInput(
            f"{name}: looks like {encoding} but byte {getattr(exc, 'start', '?')} is not valid "
            "in it; convert the file to UTF-8 first") from None


def _refuse_binary(text: str, name: str) -> None:
    if "\x00" in text:
        raise BinaryInput(f"{name}: holds NUL characters, so it is binary, not text")
    sample = text[:DETECT_SAMPLE]
    controls = len(_CONTROL.findall(sample))
    if controls > MAX_CONTROL_SHARE * len(sample):
        raise BinaryInput(
            f"{name}: {controls} of its first {len(sample)} characters are control "
            "characters, so it is binary, not text")
