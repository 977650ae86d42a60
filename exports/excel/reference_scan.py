"""Byte-level pieces of the limits scan (:mod:`exports.excel.limits`): cell references as the reader
reads them, the regular expressions bounding them, and where an inflated chunk may be cut."""

from __future__ import annotations

import re

ALPHA = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
DIGITS = "0123456789"


def column_number(letters: str) -> int:
    """Excel column letters → 1-based number (A → 1, XFD → 16384)."""
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def greater_than(value: str, alphabet: str) -> str:
    """A regular expression matching the strings over ``alphabet`` (no leading zero digit) that are
    greater than ``value`` read as a number in that alphabet: longer ones, or as long and larger."""
    first = alphabet[1] if alphabet == DIGITS else alphabet[0]
    options = [f"[{first}-{alphabet[-1]}][{alphabet[0]}-{alphabet[-1]}]{{{len(value)},}}"]
    for i, ch in enumerate(value):
        bigger = alphabet[alphabet.index(ch) + 1 :]
        if bigger:
            rest = len(value) - i - 1
            tail = f"[{alphabet[0]}-{alphabet[-1]}]{{{rest}}}" if rest else ""
            options.append(f"{re.escape(value[:i])}[{bigger[0]}-{bigger[-1]}]{tail}")
    return "(?:" + "|".join(options) + ")"


def odd_white(data: bytes, start: int, end: int) -> bool:
    """Whether a tab or a line break is in ``data[start:end]`` (memchr each: a few ms per 100 MB)."""
    return any(data.find(ch, start, end) >= 0 for ch in (b"\t", b"\n", b"\r"))


# An attribute's value after its name: the reader takes single quotes and white space around "=".
_VALUE = re.compile(rb"""\s*+=\s*+(["'])""")
_REF_VALUE = re.compile(rb"([A-Z]*+)([0-9]*+)")
_MAX_VALUE = 256


def read_attribute(data: bytes, at: int) -> tuple[tuple[str, str] | None, int]:
    """The reference an r attribute whose name ends at ``at`` holds, as (letters, digits without leading
    zeros) read the way the reader reads it (letters in either case), or None when it holds none; and
    where to search on (-1: a value longer than any reference, or never closed, which the caller refuses)."""
    m = _VALUE.match(data, at)
    if m is None:
        return None, at  # "r" in a text, not an attribute
    start = m.end()
    end = data.find(m.group(1), start, start + _MAX_VALUE)
    if end < 0:
        return None, -1
    ref = _REF_VALUE.fullmatch(data[start:end].upper())
    if ref is None:
        return None, end
    return (ref.group(1).decode(), ref.group(2).lstrip(b"0").decode()), end


def two_digits_up(n: int) -> int:
    """``n`` rounded up to two significant digits, all nines after them (12,345 → 12,999)."""
    step = 10 ** max(len(str(n)) - 2, 0)
    return (n // step + 1) * step - 1


def col_letters(n: int) -> str:
    out = ""
    while n > 0:
        n, rem = divmod(n - 1, 26)
        out = ALPHA[rem] + out
    return out


_SPACE = b" \t\r\n"


def space_before_attribute(data: bytes, lowest: int) -> int:
    """Where the last run of white space in ``data`` (not before ``lowest``) that separates attributes
    starts — not next to "=" (an attribute's name and value stay in one piece), and at the very end
    only after a quoted value — or the end of ``data`` when there is none."""
    end = len(data)
    while (end := max(data.rfind(ch, 0, end) for ch in (b" ", b"\t", b"\n", b"\r"))) > max(lowest, 0):
        start, after = end, end + 1
        while start > 0 and data[start - 1] in _SPACE:
            start -= 1
        while after < len(data) and data[after] in _SPACE:
            after += 1
        before = data[start - 1] if start > 0 else 61
        if before != 61 and (data[after] != 61 if after < len(data) else before in (34, 39)):
            return start
        end = start
    return len(data)
