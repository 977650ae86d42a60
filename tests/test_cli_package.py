"""`yibiao package build / verify / show / history`, on the demo office's complete cycle."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest


@pytest.fixture
def built(cli, tmp_path):
    """The demo office (real clock) and its complete cycle built into tmp/out."""
    demo = cli("demo", "--json")
    assert demo.code == 0, demo.err
    [cycle] = demo.data["ready_cycles"]
    result = cli("package", "build", "--cycle", cycle, "--out", tmp_path / "out", "--json")
    assert result.code == 0, result.err
    return cycle, result.data


def test_build_json_and_the_package_in_the_folder(cli, built, tmp_path):
    cycle, data = built
    assert set(data) >= {"path", "version", "forms", "rows", "sha256"}
    path = Path(data["path"])
    assert path.parent == tmp_path / "out" and path.name == f"530699112000_{cycle}_v1.yibiao"
    assert (data["version"], data["forms"], data["rows"]) == (1, 2, 640)
    assert len(data["sha256"]) == 64
    again = cli("package", "build", "--cycle", cycle, "--out", tmp_path / "out", "--json")
    assert again.code == 0 and again.data["version"] == 2
    human = cli("package", "build", "--cycle", cycle)
    assert human.code == 0 and "第 3 版" in human.out and "SHA-256" in human.out


def test_verify_ok_then_a_changed_byte_fails(cli, built, tmp_path):
    _cycle, data = built
    path = Path(data["path"])
    ok = cli("package", "verify", path)
    assert ok.code == 0 and ok.out.strip() == "OK"
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("report.pdf")
    raw[info.header_offset + 30 + len(info.filename.encode()) + 500] ^= 0xFF
    path.write_bytes(bytes(raw))
    bad = cli("package", "verify", path)
    assert bad.code == 1 and "report.pdf" in bad.out and bad.out.strip().count("\n") == 0
    as_json = cli("package", "verify", path, "--json")
    assert as_json.code == 1 and as_json.data["ok"] is False and as_json.data["problems"]
    missing = cli("package", "verify", tmp_path / "nothing.yibiao", db=None)
    assert missing.code == 1 and "找不到" in missing.err


def test_show_prints_the_manifest(cli, built):
    cycle, data = built
    shown = cli("package", "show", data["path"], "--json", db=None)
    assert shown.code == 0
    manifest = shown.data
    assert manifest["cycle"] == cycle and manifest["version"] == 1 and len(manifest["forms"]) == 2
    assert {f["path"] for f in manifest["files"]} >= {"汇总.xlsx", "report.pdf"}
    human = cli("package", "show", data["path"], db=None)
    assert human.code == 0 and manifest["forms"][0]["title"] in human.out


def test_history_lists_every_version_newest_first(cli, built, tmp_path):
    cycle, first = built
    second = cli("package", "build", "--cycle", cycle, "--json").data
    history = cli("package", "history", "--json")
    assert history.code == 0
    assert [r["version"] for r in history.data] == [2, 1]
    assert [r["sha256"] for r in history.data] == [second["sha256"], first["sha256"]]
    assert all(Path(r["path"]).is_file() for r in history.data)  # the office keeps its own copies
    only = cli("package", "history", "--cycle", "2020-01", "--json")
    assert only.code == 0 and only.data == []
    assert "还没有生成过" in cli("package", "history", "--cycle", "2020-01").out


def test_build_errors_exit_1_with_one_line(cli, tmp_path):
    no_profile = cli("package", "build", "--cycle", "2026-11")
    assert no_profile.code == 1 and "单位信息" in no_profile.err and no_profile.out == ""
    bad_key = cli("package", "build", "--cycle", "2026-13")
    assert bad_key.code == 1 and "2026-13" in bad_key.err
    with pytest.raises(SystemExit) as usage:  # --cycle is required
        cli("package", "build")
    assert usage.value.code == 2
