"""The one reader of OLE2 compound files (.xls, .doc, encrypted Office files) in the program.

Two callers: :mod:`exports.excel.sniff` lists the directory's names to say what a file really is
(a Word document renamed .xls, an encrypted workbook), and must stay lenient — a cut or damaged
file still shows the names it has; :mod:`exports.excel.biff_styles` reads the ``Workbook`` stream.

Hand-written rather than ``olefile`` (measured on the bureaus' .xls files under /work/shared, see
``benchmarks/bench_ole.py``): listing the names takes 0.03–0.06 ms here against 0.2–0.4 ms with
olefile, and olefile needs a header check in front of it anyway (a sector shift of 40 raised
MemoryError, 0xFFFF a ValueError) and drops names whose directory tree links are damaged, so an
encrypted or cut-short file would no longer be recognised.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
END = 0xFFFFFFFA  # sector numbers at or above this end a chain (or mark free/FAT sectors)
_STREAM = 2  # directory entry kind of a stream


class OleError(Exception):
    """Not an OLE2 compound file this reader understands."""


@dataclass(frozen=True)
class DirEntry:
    name: str
    kind: int  # 1 storage, 2 stream, 5 root
    start: int
    size: int


class OleFile:
    """Sectors read on demand through ``read_at(offset, size)``; a short read ends a chain early."""

    def __init__(self, read_at: Callable[[int, int], bytes], size: int) -> None:
        self._read_at = read_at
        self.size = size
        head = read_at(0, 512)
        if len(head) < 512 or head[:8] != OLE_MAGIC:
            raise OleError("not an OLE2 file")
        shift = struct.unpack_from("<H", head, 0x1E)[0]
        if shift not in (9, 12):  # the format allows 512- and 4096-byte sectors only
            raise OleError(f"sector shift {shift}")
        self.head = head
        self.sector_size = 1 << shift
        self.mini_shift = struct.unpack_from("<H", head, 0x20)[0]
        (self.first_dir, self.cutoff, self.first_minifat, _n_minifat, self.first_difat, self.n_difat) = (
            struct.unpack_from("<I4xIIIII", head, 0x30)
        )
        self._fat: list[int] | None = None
        self.fat_whole = True  # every sector of the allocation table was read in full

    @classmethod
    def from_bytes(cls, data: bytes) -> OleFile:
        return cls(lambda off, n: data[off : off + n], len(data))

    @classmethod
    def from_file(cls, fh: BinaryIO) -> OleFile:
        """Sectors read from an open binary file as they are needed (sniffing reads a few only)."""

        def read_at(offset: int, size: int) -> bytes:
            fh.seek(offset)
            return fh.read(size)

        return cls(read_at, os.fstat(fh.fileno()).st_size)

    def sector(self, n: int) -> bytes:
        return self._read_at(512 + n * self.sector_size, self.sector_size)

    def header_fits(self) -> bool:
        """The directory's and the first FAT sector lie inside the file (a cut or damaged header does not)."""
        first_fat = struct.unpack_from("<I", self.head, 0x4C)[0]
        return all(512 + sec * self.sector_size < self.size for sec in (self.first_dir, first_fat))

    def fat(self) -> list[int]:
        if self._fat is None:
            difat = [s for s in struct.unpack_from("<109I", self.head, 0x4C) if s < END]
            nxt, guard = self.first_difat, 0
            while nxt < END and guard <= self.n_difat:
                ids = self._table_sector(nxt)
                if not ids:
                    break
                difat.extend(s for s in ids[:-1] if s < END)
                nxt, guard = ids[-1], guard + 1
            fat: list[int] = []
            for s in difat:
                fat.extend(self._table_sector(s))
            self._fat = fat
        return self._fat

    def _table_sector(self, n: int) -> list[int]:
        chunk = self.sector(n)
        if len(chunk) < self.sector_size:
            self.fat_whole = False
        return _ints(chunk)

    def chain(self, start: int, table: list[int], limit: int | None = None) -> Iterator[int]:
        """Sector numbers from ``start``; a loop or a number off the table ends it."""
        steps, most = 0, len(table) + 1 if limit is None else limit
        while start < END and steps < most:
            yield start
            start = table[start] if start < len(table) else END
            steps += 1

    def entries(self, max_sectors: int | None = None) -> Iterator[DirEntry]:
        """The directory's entries in order (the root first); stops quietly where the file ends."""
        for sec in self.chain(self.first_dir, self.fat(), max_sectors):
            chunk = self.sector(sec)
            for off in range(0, len(chunk) - 127, 128):
                name_len = struct.unpack_from("<H", chunk, off + 64)[0]
                name = chunk[off : off + max(min(name_len, 64) - 2, 0)].decode("utf-16-le", "ignore")
                start, size = struct.unpack_from("<II", chunk, off + 116)
                yield DirEntry(name, chunk[off + 66], start, size)

    def stream(self, wanted: tuple[str, ...]) -> bytes:
        """The first stream named one of ``wanted`` (lower case), from regular or mini-stream sectors."""
        entries = list(self.entries())
        if not entries:
            raise OleError("empty directory")
        root = entries[0]
        for entry in entries[1:]:
            if entry.kind != _STREAM or entry.name.lower() not in wanted:
                continue
            fat = self.fat()
            if not self.fat_whole:
                raise OleError("allocation table cut short")  # a truncated download or a damaged header
            if entry.size >= self.cutoff:
                data = b"".join(self.sector(s) for s in self.chain(entry.start, fat))
            else:
                if self.mini_shift != 6:  # the format fixes mini sectors at 64 bytes
                    raise OleError(f"mini sector shift {self.mini_shift}")
                mini = b"".join(self.sector(s) for s in self.chain(root.start, fat))
                minifat = _ints(b"".join(self.sector(s) for s in self.chain(self.first_minifat, fat)))
                data = b"".join(mini[s * 64 : (s + 1) * 64] for s in self.chain(entry.start, minifat))
            return data[: entry.size]
        raise OleError(f"no {'/'.join(wanted)} stream")


def _ints(chunk: bytes) -> list[int]:
    return list(struct.unpack(f"<{len(chunk) // 4}I", chunk[: len(chunk) // 4 * 4]))
