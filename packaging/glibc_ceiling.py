#!/usr/bin/env python3
"""Which glibc a bundle needs: every ELF file's highest GLIBC_x.y symbol version, worst first.

    python3 packaging/glibc_ceiling.py dist/yibiao --max 2.30      # exit 1 if any file needs more
    python3 packaging/glibc_ceiling.py dist/yibiao --external       # sonames needed but not bundled

Reads the ELF files itself (section headers, .gnu.version_r, .dynamic), so it needs only Python:
no binutils on the machine that checks. A bundle built on Debian 12 needs 2.34–2.36; one built in
a Debian 11 userland stays at or below 2.31 (Kylin V10) and 2.28 (UOS 20) where the wheels allow.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from dataclasses import dataclass, field
from pathlib import Path

SHT_DYNAMIC = 6
SHT_GNU_VERNEED = 0x6FFFFFFE
DT_NULL, DT_NEEDED, DT_SONAME = 0, 1, 14


@dataclass
class ElfInfo:
    path: Path
    needed: list[str] = field(default_factory=list)
    soname: str | None = None
    versions: set[str] = field(default_factory=set)  # e.g. {"GLIBC_2.34", "GLIBCXX_3.4.29"}

    @property
    def glibc(self) -> tuple[int, ...]:
        return self.highest("GLIBC_")

    def highest(self, prefix: str) -> tuple[int, ...]:
        found = [_version_tuple(v[len(prefix) :]) for v in self.versions if v.startswith(prefix)]
        return max(found, default=())


def _version_tuple(text: str) -> tuple[int, ...]:
    try:
        return tuple(int(part) for part in text.split("."))
    except ValueError:
        return ()


def _text(version: tuple[int, ...]) -> str:
    return ".".join(map(str, version)) if version else "-"


def _cstring(table: bytes, offset: int) -> str:
    end = table.find(b"\0", offset)
    return table[offset : end if end >= 0 else len(table)].decode("ascii", "replace")


def read_elf(path: Path) -> ElfInfo | None:
    """The dynamic dependencies and needed symbol versions of one ELF file; None if it is not ELF."""
    with path.open("rb") as fh:
        data = fh.read()
    if data[:4] != b"\x7fELF":
        return None
    is64 = data[4] == 2
    end = "<" if data[5] == 1 else ">"
    if is64:
        (shoff,) = struct.unpack_from(end + "Q", data, 0x28)
        shentsize, shnum = struct.unpack_from(end + "HH", data, 0x3A)
        section = struct.Struct(end + "IIQQQQIIQQ")
    else:
        (shoff,) = struct.unpack_from(end + "I", data, 0x20)
        shentsize, shnum = struct.unpack_from(end + "HH", data, 0x2E)
        section = struct.Struct(end + "IIIIIIIIII")
    info = ElfInfo(path)
    if not shoff or not shnum:
        return info
    sections = [section.unpack_from(data, shoff + i * shentsize) for i in range(shnum)]
    # (name, type, flags, addr, offset, size, link, info, addralign, entsize)

    def body(index: int) -> bytes:
        _n, _t, _f, _a, off, size, *_rest = sections[index]
        return data[off : off + size]

    for _name, kind, _flags, _addr, off, size, link, sh_info, _align, _entsize in sections:
        if kind == SHT_DYNAMIC:
            strings = body(link)
            entry = struct.Struct(end + ("qQ" if is64 else "iI"))
            for pos in range(off, off + size, entry.size):
                tag, value = entry.unpack_from(data, pos)
                if tag == DT_NULL:
                    break
                if tag == DT_NEEDED:
                    info.needed.append(_cstring(strings, value))
                elif tag == DT_SONAME:
                    info.soname = _cstring(strings, value)
        elif kind == SHT_GNU_VERNEED:
            strings = body(link)
            pos, count = off, sh_info
            for _ in range(count):
                _ver, cnt, _file, aux, nxt = struct.unpack_from(end + "HHIII", data, pos)
                apos = pos + aux
                for _ in range(cnt):
                    _hash, _flags, _other, name, anext = struct.unpack_from(end + "IHHII", data, apos)
                    info.versions.add(_cstring(strings, name))
                    if not anext:
                        break
                    apos += anext
                if not nxt:
                    break
                pos += nxt
    return info


def scan(bundle: Path) -> list[ElfInfo]:
    """Every ELF file under `bundle` (symbolic links skipped: their targets are scanned)."""
    found = []
    for root, _dirs, files in os.walk(bundle):
        for name in files:
            path = Path(root) / name
            if path.is_symlink() or not path.is_file():
                continue
            try:
                elf = read_elf(path)
            except (OSError, struct.error, IndexError):
                print(f"warning: cannot read {path}", file=sys.stderr)
                continue
            if elf is not None:
                found.append(elf)
    return found


def external_needs(bundle: Path, elves: list[ElfInfo]) -> dict[str, list[Path]]:
    """Sonames some bundled ELF needs that the bundle does not carry: soname -> files needing it."""
    present = {p.name for p in bundle.rglob("*")} | {e.soname for e in elves if e.soname}
    needs: dict[str, list[Path]] = {}
    for elf in elves:
        for soname in elf.needed:
            if soname not in present:
                needs.setdefault(soname, []).append(elf.path)
    return needs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--max", help="highest glibc allowed, e.g. 2.30 (exit 1 above it)")
    parser.add_argument("--top", type=int, default=5, help="how many of the worst files to print")
    parser.add_argument("--external", action="store_true", help="print the sonames needed but not bundled")
    args = parser.parse_args(argv)
    if not args.bundle.is_dir():
        print(f"not a folder: {args.bundle}", file=sys.stderr)
        return 2
    elves = scan(args.bundle)
    if args.external:
        for soname in sorted(external_needs(args.bundle, elves)):
            print(soname)
        return 0
    elves.sort(key=lambda e: e.glibc, reverse=True)
    worst = elves[0].glibc if elves else ()
    cxx = max((e.highest("GLIBCXX_") for e in elves), default=())
    print(f"{len(elves)} ELF files; highest glibc needed: {_text(worst)} (libstdc++: GLIBCXX_{_text(cxx)})")
    for elf in elves[: args.top]:
        print(f"  GLIBC_{_text(elf.glibc):8} {elf.path.relative_to(args.bundle)}")
    if args.max:
        ceiling = _version_tuple(args.max)
        over = [e for e in elves if e.glibc > ceiling]
        if over:
            print(f"{len(over)} file(s) need more than glibc {args.max}")
            return 1
        print(f"all within glibc {args.max}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
