#!/usr/bin/env python3
"""The .deb's Depends: the Debian packages of the system libraries a bundle needs but does not carry.

    python3 packaging/deb_depends.py dist/yibiao       # prints: libc6 (>= 2.31), libcups2, …

Each soname some bundled ELF file needs and the bundle lacks is looked up in ldconfig's cache (this
machine's architecture), and its file in dpkg's database (one `dpkg -S` call; /lib and /usr/lib are both
tried because of the merged /usr). libc6 gets the highest glibc the bundle needs as its lowest version.
Exit 1, naming them, if a library is not installed here: its package cannot be known, and a .deb
without it would install and then not start.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from glibc_ceiling import external_needs, scan  # noqa: E402

ARCH_WORDS = {"x86_64": ("x86-64",), "aarch64": ("AArch64", "aarch64")}


def ldconfig_cache() -> dict[str, str]:
    """soname -> library file for this machine's architecture, from `ldconfig -p`."""
    ldconfig = next((p for p in ("/sbin/ldconfig", "/usr/sbin/ldconfig") if os.path.exists(p)), "ldconfig")
    text = subprocess.run([ldconfig, "-p"], capture_output=True, text=True, check=True).stdout
    words = ARCH_WORDS.get(os.uname().machine, ())
    found: dict[str, str] = {}
    for line in text.splitlines()[1:]:
        name, _, rest = line.strip().partition(" (")
        flags, _, path = rest.partition(") => ")
        if not path or (words and not any(w in flags for w in words)):
            continue
        found.setdefault(name, path)
    return found


def candidates(path: str) -> list[str]:
    real = os.path.realpath(path)
    out = []
    for p in (path, real):
        out += [p, p.removeprefix("/usr") if p.startswith("/usr/") else "/usr" + p]
    return list(dict.fromkeys(out))


def owners(paths: list[str]) -> dict[str, str]:
    """path -> package, for the paths dpkg knows (one call)."""
    done = subprocess.run(["dpkg", "-S", *paths], capture_output=True, text=True)
    found = {}
    for line in done.stdout.splitlines():
        if line.startswith("diversion "):
            continue
        package, _, path = line.partition(": ")
        for p in path.split(", "):
            found[p.strip()] = package.split(":")[0]
    return found


def depends(bundle: Path) -> tuple[list[str], list[str]]:
    elves = scan(bundle)
    glibc = max((e.glibc for e in elves), default=())
    cache = ldconfig_cache()
    needs = sorted(external_needs(bundle, elves))
    files = {soname: cache.get(soname) for soname in needs}
    known = owners([c for f in files.values() if f for c in candidates(f)])
    packages, missing = set(), []
    for soname, file in files.items():
        package = next((known[c] for c in candidates(file) if c in known), None) if file else None
        if package is None:
            missing.append(f"{soname} ({file or 'not installed'})")
        else:
            packages.add(package)
    listed = [
        f"libc6 (>= {'.'.join(map(str, glibc))})" if p == "libc6" and glibc else p for p in sorted(packages)
    ]
    return listed, missing


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1 or not Path(args[0]).is_dir():
        print("usage: deb_depends.py BUNDLE_DIR", file=sys.stderr)
        return 2
    listed, missing = depends(Path(args[0]))
    if missing:
        print("no package known for (install them and build again):", *missing, sep="\n  ", file=sys.stderr)
        return 1
    print(", ".join(listed))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
