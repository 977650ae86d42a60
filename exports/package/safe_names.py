"""File names that survive Windows, USB sticks (FAT32/exFAT) and zip tools, and the package's own name.

A package is unpacked on county computers running Windows Explorer or WPS, often from a FAT32 USB
stick, so every path component obeys the strictest of those rules: no reserved device names
(``CON``, ``COM1``… even with an extension), none of ``<>:"/\\|?*``, no control or invisible format
characters (a right-to-left override can disguise ``exe.xlsx``), no trailing dot or space, and at most
``max_len`` UTF-16 code units (how NTFS/FAT count) and 255 UTF-8 bytes (how Linux counts).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from exports.messages import QT_TRANSLATE_NOOP, ExportMessageError

DEFAULT_MAX_LEN = 80
"""Per component; leaves room under Windows' 260-character path limit once unpacked."""
MAX_ARCNAME_LEN = 200
"""Whole path inside the package, in UTF-16 code units."""

_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "CLOCK$"} | {
    f"{dev}{n}" for dev in ("COM", "LPT") for n in [*"0123456789", "¹", "²", "³"]
}
# Forbidden ASCII punctuation → its full-width twin, which reads the same in a Chinese title.
_FULLWIDTH = {c: chr(ord(c) + 0xFEE0) for c in '<>:"/\\|?*'}
_SUFFIX = re.compile(r"\.[A-Za-z0-9]{1,8}$")
_CODE = re.compile(r"[0-9]{12}")
_MONTH = re.compile(r"(20[0-9]{2})-(0[1-9]|1[0-2])")
_QUARTER = re.compile(r"(20[0-9]{2})-Q[1-4]")
_YEAR = re.compile(r"20[0-9]{2}")
_LOOKS_STANDARD = re.compile(r"[0-9]{4}(-(Q?[0-9]*))?", re.I)
_NAMED = re.compile(r"[\w\-（）()·]{1,40}")
PACKAGE_SUFFIX = ".yibiao"
_PACKAGE = re.compile(r"([0-9]{12})_(.+)_v([1-9][0-9]{0,3})" + re.escape(PACKAGE_SUFFIX))


def _bad_char(ch: str) -> bool:
    return ch in _FULLWIDTH or unicodedata.category(ch)[0] == "C" or unicodedata.category(ch) in ("Zl", "Zp")


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _is_reserved(name: str) -> bool:
    return name.split(".")[0].rstrip(" ").upper() in _RESERVED


def is_safe_component(name: str, max_len: int = DEFAULT_MAX_LEN) -> bool:
    """True when ``name`` can be one file or folder name on Windows, FAT32 and Linux unchanged."""
    return (
        bool(name)
        and name not in (".", "..")
        and unicodedata.normalize("NFC", name) == name
        and not any(_bad_char(ch) for ch in name)
        and name == name.strip(" ")
        and not name.endswith(".")
        and not name.startswith(".")
        and not _is_reserved(name)
        and _utf16_len(name) <= max_len
        and len(name.encode("utf-8")) <= 255
    )


def _truncate(text: str, max_len: int) -> str:
    out = []
    units = nbytes = 0
    for ch in text:
        u, b = _utf16_len(ch), len(ch.encode("utf-8"))
        if units + u > max_len or nbytes + b > 255:
            break
        out.append(ch)
        units, nbytes = units + u, nbytes + b
    return "".join(out)


def safe_component(name: str, max_len: int = DEFAULT_MAX_LEN) -> str:
    """``name`` made into a safe single path component (see the module doc); never empty.

    Forbidden punctuation becomes its full-width form (``a:b?`` → ``a：b？``), invisible and control
    characters become ``_``, a reserved device name gets ``_`` appended (``CON.xlsx`` → ``CON_.xlsx``),
    and an over-long name is shortened keeping its extension.
    """
    if max_len < 12:
        raise ValueError("max_len must leave room for a name and an extension")
    text = unicodedata.normalize("NFC", str(name))
    text = "".join(_FULLWIDTH.get(ch, "_" if _bad_char(ch) else ch) for ch in text)
    text = re.sub(r"\s+", " ", text).strip(" .")
    if not text:
        text = "未命名"
    match = _SUFFIX.search(text)
    suffix = match.group(0) if match and match.start() > 0 else ""
    stem = text[: len(text) - len(suffix)].rstrip(" .") or "未命名"
    if _is_reserved(stem):
        head, dot, rest = stem.partition(".")
        stem = head.rstrip(" ") + "_" + dot + rest
    stem = _truncate(stem, max_len - len(suffix)).rstrip(" .") or "_"
    result = unicodedata.normalize("NFC", stem + suffix)
    if is_safe_component(result, max_len):
        return result
    # Not reachable for any input found so far; a plain fallback keeps the promise regardless.
    digest = hashlib.sha1(str(name).encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"file_{digest}{suffix}"


class PackageNameError(ExportMessageError, ValueError):
    """A package name's part (office code, cycle, version) is not written right; translatable."""


def validate_office_code(code: str) -> str:
    """The 12-digit statistical division code, or PackageNameError (a ValueError)."""
    if not isinstance(code, str) or not _CODE.fullmatch(code):
        raise PackageNameError(
            QT_TRANSLATE_NOOP("errors", "单位代码应为 12 位数字（统计用区划代码），现在是“{code}”"), code=code
        )
    return code


def cycle_kind(cycle: str) -> str:
    """``month`` (2026-11), ``quarter`` (2026-Q4), ``year`` (2026) or ``named``; PackageNameError (a
    ValueError) otherwise."""
    if not isinstance(cycle, str):
        raise PackageNameError(QT_TRANSLATE_NOOP("errors", "报送周期应为文字，例如 2026-11、2026-Q4 或 2026"))
    if _MONTH.fullmatch(cycle):
        return "month"
    if _QUARTER.fullmatch(cycle):
        return "quarter"
    if _YEAR.fullmatch(cycle):
        return "year"
    if _LOOKS_STANDARD.fullmatch(cycle):
        raise PackageNameError(
            QT_TRANSLATE_NOOP(
                "errors", "报送周期“{cycle}”写法不对：月度写 2026-11，季度写 2026-Q4，年度写 2026"
            ),
            cycle=cycle,
        )
    if _NAMED.fullmatch(cycle) and is_safe_component(cycle, 40) and not cycle.startswith("-"):
        return "named"
    raise PackageNameError(
        QT_TRANSLATE_NOOP("errors", "报送周期名称“{cycle}”只能包含汉字、字母、数字和短横线，最多 40 个字"),
        cycle=cycle,
    )


def validate_version(version: int) -> int:
    if isinstance(version, bool) or not isinstance(version, int) or not 1 <= version <= 9999:
        raise PackageNameError(
            QT_TRANSLATE_NOOP("errors", "版本号应为 1 到 9999 之间的整数，现在是“{version}”"), version=version
        )
    return version


def package_name(code: str, cycle: str, version: int) -> str:
    """``<code>_<cycle>_v<N>.yibiao`` after checking each part; PackageNameError (a ValueError) otherwise."""
    validate_office_code(code)
    cycle_kind(cycle)
    validate_version(version)
    return f"{code}_{cycle}_v{version}{PACKAGE_SUFFIX}"


def parse_package_name(name: str) -> tuple[str, str, int] | None:
    """(code, cycle, version) from a package file name, or None when it is not one of ours."""
    match = _PACKAGE.fullmatch(name)
    if not match:
        return None
    code, cycle, version = match.group(1), match.group(2), int(match.group(3))
    try:
        cycle_kind(cycle)
    except ValueError:
        return None
    return code, cycle, version
