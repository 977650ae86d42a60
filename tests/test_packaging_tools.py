"""packaging/glibc_ceiling.py reads real ELF files: the glibc a bundle needs and what it needs from the system.

Compared with binutils' readelf where it is installed (CI installs binutils for the bundle build).
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


ceiling = _load("glibc_ceiling")
ELF = Path(sys.executable).resolve()  # a real dynamically linked program on every Linux machine

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF files are Linux's")


def test_reads_needed_libraries_and_glibc_versions():
    info = ceiling.read_elf(ELF)
    assert info is not None
    assert "libc.so.6" in info.needed or any(n.startswith("libpython") for n in info.needed)
    assert info.glibc >= (2, 2)
    assert ceiling.read_elf(ROOT / "README.md") is None


@pytest.mark.skipif(shutil.which("readelf") is None, reason="binutils not installed")
def test_agrees_with_readelf():
    for path in (ELF, Path(shutil.which("readelf")).resolve()):
        text = subprocess.run(["readelf", "-V", "-d", str(path)], capture_output=True, text=True).stdout
        versions = {v for v in re.findall(r"Name: (GLIBC_2[0-9.]*)", text)}
        needed = re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", text)
        info = ceiling.read_elf(path)
        assert {v for v in info.versions if v.startswith("GLIBC_2")} == versions
        assert info.needed == needed


def test_ceiling_and_external_needs(tmp_path, capsys):
    bundle = tmp_path / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    shutil.copy(ELF, bundle / "program")
    (bundle / "_internal" / "notes.txt").write_text("not ELF")
    worst = ceiling.read_elf(ELF).glibc
    below = ".".join(map(str, (worst[0], worst[1] - 1)))
    assert ceiling.main([str(bundle), "--max", below]) == 1
    assert "need more than glibc" in capsys.readouterr().out
    assert ceiling.main([str(bundle), "--max", ".".join(map(str, worst))]) == 0
    assert ceiling.main([str(bundle), "--external"]) == 0
    external = capsys.readouterr().out.split()
    assert set(ceiling.read_elf(ELF).needed) <= set(external) | {p.name for p in bundle.rglob("*")}
    assert ceiling.main([str(tmp_path / "missing")]) == 2
