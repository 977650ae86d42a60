"""Hand the reader a copy of a checked .xlsx in which each sheet's merged cells come first.

python-calamine reads a sheet twice: once for its cells, and once more from the top for its
``<mergeCells>``, which office programs write after ``<sheetData>`` — a second inflate and XML pass
over the whole sheet, 40 % of the reading time of a 50,000-row return. That second pass stops at the
first ``<mergeCells>`` element it meets. So the limits scan, which inflates every part anyway, notes
each sheet's first ``<mergeCells>`` element (or that it has none), and the reader is given an
in-memory copy of the very bytes it checked in which a copy of that element (or an empty one) is put
before the sheet's XML. The cells pass ignores it; the merged-cells pass finds it at once.

The sheet's own bytes are not re-compressed: a deflate stream stays valid when a flushed block is put
before it (its back references never reach before its own start), and the CRC-32 of the whole is
combined from the prefix's and the one the archive declares for the part (a wrong one stays wrong).

A part is left as it is (and the reader then makes its second pass over it) whenever a byte search
could disagree with an XML reader about which element comes first: comments, CDATA or processing
instructions before it, a byte-order mark, an encoding other than UTF-8, a very large element.
"""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from exports.excel.limits import XlsxScan

EMPTY = b"<mergeCells></mergeCells>"
# A <mergeCells> element bigger than this (10,000 merged ranges are ~300 KB) is left where it is.
MAX_ELEMENT_BYTES = 4 * 1024 * 1024
# Occurrences of the word that are not the element's start tag (text, self-closing tags) looked at
# before giving up: a search per occurrence must not become a cost a crafted file controls.
MAX_FALSE_STARTS = 100

_NAME = b"mergeCells"
_START_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?mergeCells(?=[\s>/])")
_END_TAG = re.compile(rb"</(?:[A-Za-z_][\w.-]*:)?mergeCells\s*>")
_DECLARATION = re.compile(rb"<\?xml\s[^<>]*\?>")
_ENCODING = re.compile(rb"""encoding\s*=\s*["']([^"']*)["']""")


class MergeCapture:
    """One part's first ``<mergeCells>`` element, fed the part's XML as the limits scan inflates it (in
    pieces cut before a ``<``, so that no tag name is split)."""

    def __init__(self) -> None:
        self.size = 0
        self.usable = True
        self.element: bytes | None = None
        self._pieces: list[bytes] | None = None  # the element while it is being collected
        self._held = 0
        self._false_starts = 0
        self._last = b""  # the previous piece's last byte ("<" before a "!" starting this one)

    def feed(self, data: bytes) -> None:
        self.size += len(data)
        if self.usable and self.element is None and data:
            self._look(data)
            self._last = data[-1:]

    def _look(self, data: bytes) -> None:
        start = 0
        if self.size == len(data):  # the part's first piece: an XML declaration at most, in UTF-8
            decl = _DECLARATION.match(data)
            if decl is not None:
                enc = _ENCODING.search(decl.group())
                if enc is not None and enc.group(1).lower() not in (b"utf-8", b"utf8"):
                    self.usable = False
                    return
                start = decl.end()
            elif not data.startswith(b"<"):  # a byte-order mark, white space, not XML
                self.usable = False
                return
        if self._pieces is None:
            at = self._start_tag(data, start)
            if self._markup(data, start, len(data) if at < 0 else at):
                self.usable = False
                return
            if at < 0:
                return
            self._pieces, start = [], at
        end = _END_TAG.search(data, start)
        stop = end.end() if end is not None else len(data)
        self._pieces.append(data[start:stop])
        self._held += stop - start
        if self._held > MAX_ELEMENT_BYTES:
            self.usable = False
        elif end is not None:
            element = b"".join(self._pieces)
            self._pieces = None
            if b"<!" in element or b"<?" in element:
                self.usable = False
            else:
                self.element = element

    def _start_tag(self, data: bytes, start: int) -> int:
        """Where the first ``<mergeCells …>`` start tag (not a self-closing one) begins, or -1."""
        at = start
        while (at := data.find(_NAME, at)) >= 0:
            lt = data.rfind(b"<", max(start, at - 64), at)
            tag = _START_TAG.match(data, lt) if lt >= 0 else None
            if tag is not None and tag.end() == at + len(_NAME):
                gt = data.find(b">", at)
                if gt < 0 or data[gt - 1 : gt] != b"/":
                    return lt
            self._false_starts += 1
            if self._false_starts > MAX_FALSE_STARTS:
                self.usable = False
                return -1
            at += len(_NAME)
        return -1

    def _markup(self, data: bytes, start: int, end: int) -> bool:
        """Whether a comment, CDATA section, DOCTYPE or processing instruction starts in ``data[start:end]``
        (a memchr for the rare byte first: the two-byte search only runs when it is there)."""
        for mark in (b"!", b"?"):
            if data.find(mark, start, end) >= 0:
                if data.find(b"<" + mark, start, end) >= 0:
                    return True
                if start == 0 and data.startswith(mark) and self._last == b"<":
                    return True
        return False

    def prefix(self) -> bytes | None:
        """What to put before the part: its first element, the empty element, or None (leave it)."""
        if not self.usable or self._pieces is not None:
            return None
        return self.element if self.element is not None else EMPTY


def crc32_combine(crc1: int, crc2: int, len2: int) -> int:
    """CRC-32 of A+B from CRC-32(A), CRC-32(B) and len(B) (zlib's crc32_combine, which Python lacks)."""
    return _multiply(_x_to_the_8n(len2), crc1) ^ crc2


_POLY = 0xEDB88320


def _multiply(a: int, b: int) -> int:
    """a × b modulo the CRC-32 polynomial (bit-reflected)."""
    m, p = 1 << 31, 0
    while m:
        if a & m:
            p ^= b
        m >>= 1
        b = (b >> 1) ^ _POLY if b & 1 else b >> 1
    return p


def _powers() -> list[int]:
    table = [1 << 30]  # x^1
    for _ in range(31):
        table.append(_multiply(table[-1], table[-1]))
    return table


_X_2_TO_THE = _powers()  # x^(2^k)


def _x_to_the_8n(n: int) -> int:
    """x^(8n) modulo the polynomial: n zero bytes."""
    p, k = 1 << 31, 3
    while n:
        if n & 1:
            p = _multiply(_X_2_TO_THE[k % 32], p)
        n >>= 1
        k += 1
    return p


_LOCAL = struct.Struct("<4sHHHHHIIIHH")
_CENTRAL = struct.Struct("<4sHHHHHHIIIHHHHHII")
_END = struct.Struct("<4sHHHHIIH")


def _deflated(prefix: bytes) -> bytes:
    """``prefix`` as raw deflate blocks, none final, ending on a byte boundary (a sync flush)."""
    packer = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    return packer.compress(prefix) + packer.flush(zlib.Z_SYNC_FLUSH)


def calamine_copy(scan: XlsxScan) -> bytes | None:
    """The checked archive rebuilt from its own bytes with each capturable sheet's merged cells first,
    or None when it cannot be (then the reader opens the file itself)."""
    data = scan.data
    if data is None or not scan.captures:
        return None
    view = memoryview(data)
    pieces: list[bytes | memoryview] = []
    central: list[bytes] = []
    offset = 0
    for index, info in enumerate(scan.infos):
        if info.flag_bits & 0x1 or info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            return None
        at = info.header_offset
        if data[at : at + 4] != b"PK\x03\x04":
            return None
        (_sig, _ver, _flags, _method, time, date, *_sizes, name_length, extra_length) = _LOCAL.unpack_from(
            data, at
        )
        start = at + _LOCAL.size + name_length + extra_length
        body: list[bytes | memoryview] = [view[start : start + info.compress_size]]
        crc, size, packed = info.CRC, info.file_size, info.compress_size
        capture = scan.captures.get(index)
        prefix = capture.prefix() if capture is not None else None
        if prefix is not None and capture.size == info.file_size:
            head = prefix if info.compress_type == zipfile.ZIP_STORED else _deflated(prefix)
            body.insert(0, head)
            crc = crc32_combine(zlib.crc32(prefix), info.CRC, info.file_size)
            size, packed = size + len(prefix), packed + len(head)
        name = info.orig_filename.encode("utf-8" if info.flag_bits & 0x800 else "cp437")
        flags = info.flag_bits & 0x800
        if size > 0xFFFFFFFF or packed > 0xFFFFFFFF or offset > 0xFFFFFFFF:
            return None
        pieces.append(
            _LOCAL.pack(
                b"PK\x03\x04", 20, flags, info.compress_type, time, date, crc, packed, size, len(name), 0
            )
        )
        pieces.append(name)
        pieces.extend(body)
        central.append(
            _CENTRAL.pack(
                b"PK\x01\x02",
                20,
                20,
                flags,
                info.compress_type,
                time,
                date,
                crc,
                packed,
                size,
                len(name),
                0,
                0,
                0,
                0,
                0,
                offset,
            )
            + name
        )
        offset += _LOCAL.size + len(name) + packed
    directory = b"".join(central)
    count = len(central)
    if count > 0xFFFF or offset > 0xFFFFFFFF:
        return None
    pieces.append(directory)
    pieces.append(_END.pack(b"PK\x05\x06", 0, 0, count, count, len(directory), offset, 0))
    return b"".join(pieces)
