"""Accounts (issue 15): roles, scrypt passwords, the reviewer's sign-off before an export, the cover's names."""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
import subprocess
import zipfile

import pytest

from desktop.accounts.passwords import hash_password, verify_password


def test_password_hash_is_scrypt_salted_and_checks():
    first, second = hash_password("秘密 pass"), hash_password("秘密 pass")
    assert first.startswith("scrypt$") and first != second  # a fresh salt each time
    assert "秘密" not in first
    assert verify_password("秘密 pass", first) and verify_password("秘密 pass", second)
    assert not verify_password("秘密 pas", first)
    assert (
        not verify_password("x", None)
        and not verify_password("x", "scrypt$bad")
        and not verify_password("x", "")
    )


def test_users_add_and_list(cli, db_path, monkeypatch):
    assert cli("users", "list", "--json").data == []
    first_clerk = cli("users", "add", "小王", "--role", "填报员")
    assert first_clerk.code == 1 and "管理员" in first_clerk.err  # somebody must be able to manage accounts
    monkeypatch.setattr("sys.stdin", io.StringIO("admin-pw\n"))
    admin = cli("users", "add", "李主任", "--role", "管理员", "--password-stdin", "--json")
    assert admin.code == 0 and admin.data["has_password"] is True
    no_admin = cli("users", "add", "小王", "--role", "填报员")
    assert no_admin.code == 1 and "--admin" in no_admin.err
    # each time: the admin's password, then the new account's (none)
    monkeypatch.setattr("sys.stdin", io.StringIO("admin-pw\n\n" * 3))
    assert cli("users", "add", "小王", "--role", "填报员", "--admin", "李主任", "--password-stdin").code == 0
    clerk_adds = cli("users", "add", "老张", "--role", "审核人", "--admin", "小王")
    assert clerk_adds.code == 1 and "不是管理员" in clerk_adds.err
    taken = cli("users", "add", "小王", "--role", "审核人", "--admin", "李主任", "--password-stdin")
    assert taken.code == 1 and "已有" in taken.err
    bad_role = cli("users", "add", "老张", "--role", "局长", "--admin", "李主任", "--password-stdin")
    assert bad_role.code == 1 and "局长" in bad_role.err and "审核人" in bad_role.err
    listed = cli("users", "list", "--json").data
    assert [(u["name"], u["role"], u["has_password"]) for u in listed] == [
        ("李主任", "管理员", True),
        ("小王", "填报员", False),
    ]
    stored = (
        sqlite3.connect(db_path).execute("SELECT password_hash FROM users WHERE name='李主任'").fetchone()[0]
    )
    assert "admin-pw" not in stored and verify_password("admin-pw", stored)


@pytest.fixture
def demo_cycle(cli):
    demo = cli("demo", "--json")
    assert demo.code == 0, demo.err
    [cycle] = demo.data["ready_cycles"]
    return cycle


def test_an_office_without_accounts_exports_as_before(cli, demo_cycle, tmp_path):
    result = cli("package", "build", "--cycle", demo_cycle, "--out", tmp_path / "out", "--json")
    assert result.code == 0, result.err


def _accounts(cli, monkeypatch):
    assert cli("users", "add", "李主任", "--role", "管理员").code == 0
    assert cli("users", "add", "小王", "--role", "填报员", "--admin", "李主任").code == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("review-pw\n"))
    assert (
        cli("users", "add", "赵审核", "--role", "审核人", "--admin", "李主任", "--password-stdin").code == 0
    )


def test_no_export_without_a_reviewers_sign_off(cli, demo_cycle, tmp_path, monkeypatch):
    _accounts(cli, monkeypatch)
    out = tmp_path / "out"
    refused = cli("package", "build", "--cycle", demo_cycle, "--out", out)
    assert refused.code == 1 and "审核" in refused.err and "第 1 版" in refused.err
    assert not out.exists() or not any(out.iterdir())
    assert cli("package", "history", "--json").data == []  # nothing built, nothing recorded
    clerk = cli("users", "sign-off", "--cycle", demo_cycle, "--reviewer", "小王")
    assert clerk.code == 1 and "填报员" in clerk.err and "不能审核" in clerk.err
    monkeypatch.setattr("sys.stdin", io.StringIO("wrong\n"))
    wrong = cli("users", "sign-off", "--cycle", demo_cycle, "--reviewer", "赵审核", "--password-stdin")
    assert wrong.code == 1 and "密码不对" in wrong.err
    monkeypatch.setattr("sys.stdin", io.StringIO("review-pw\n"))
    signed = cli(
        "users",
        "sign-off",
        "--cycle",
        demo_cycle,
        "--reviewer",
        "赵审核",
        "--prepared-by",
        "小王",
        "--password-stdin",
        "--json",
    )
    assert signed.code == 0, signed.err
    assert (signed.data["version"], signed.data["reviewer"], signed.data["prepared_by"]) == (
        1,
        "赵审核",
        "小王",
    )
    built = cli("package", "build", "--cycle", demo_cycle, "--out", out, "--json")
    assert built.code == 0, built.err
    with zipfile.ZipFile(built.data["path"]) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        pdf = zf.read("report.pdf")
    assert manifest["signers"]["审核人"] == "赵审核" and manifest["signers"]["填表人"] == "小王"
    assert pdf.startswith(b"%PDF")
    # the next version is a new package: it needs its own sign-off before it goes out
    again = cli("package", "build", "--cycle", demo_cycle, "--out", out)
    assert again.code == 1 and "第 2 版" in again.err
    assert cli("package", "build", "--cycle", demo_cycle).code == 0  # kept in the history, not exported


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) not installed")
def test_the_cover_prints_prepared_by_and_reviewed_by(cli, demo_cycle, tmp_path, monkeypatch):
    _accounts(cli, monkeypatch)
    monkeypatch.setattr("sys.stdin", io.StringIO("review-pw\n"))
    args = ("users", "sign-off", "--cycle", demo_cycle, "--reviewer", "赵审核", "--prepared-by", "小王")
    assert cli(*args, "--password-stdin").code == 0
    built = cli("package", "build", "--cycle", demo_cycle, "--out", tmp_path / "out", "--json")
    with zipfile.ZipFile(built.data["path"]) as zf:
        (tmp_path / "report.pdf").write_bytes(zf.read("report.pdf"))
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "report.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    cover = text.split("\f")[0]
    flat = "".join(cover.split())
    assert "填表人审核人" in flat and "小王赵审核" in flat  # the names under their labels, in order


def test_account_changes_sign_ins_and_sign_offs_are_audited(cli, demo_cycle, monkeypatch):
    _accounts(cli, monkeypatch)
    monkeypatch.setattr("sys.stdin", io.StringIO("review-pw\n"))
    args = ("users", "sign-off", "--cycle", demo_cycle, "--reviewer", "赵审核", "--password-stdin")
    assert cli(*args).code == 0
    entries = cli("audit", "list", "--json").data
    mine = [
        (e["action"], e["who"]) for e in entries if e["action"] in {"user-add", "sign-in", "review-sign-off"}
    ]
    assert mine[0][0] == "user-add"  # the first administrator, added by whoever runs the program (OS user)
    assert sorted(mine[1:]) == sorted(
        [
            ("user-add", "李主任"),
            ("user-add", "李主任"),
            ("sign-in", "赵审核"),
            ("review-sign-off", "赵审核"),
        ]
    ), mine
    assert all("review-pw" not in e["detail"] for e in entries)
    assert cli("check").code == 0


def test_users_lock_sets_and_removes_the_program_lock(cli, monkeypatch):
    missing = cli("users", "lock", "--idle-minutes", "5")
    assert missing.code == 1 and "--password-stdin" in missing.err
    monkeypatch.setattr("sys.stdin", io.StringIO("abc\n"))
    short = cli("users", "lock", "--password-stdin")
    assert short.code == 1 and "4" in short.err
    monkeypatch.setattr("sys.stdin", io.StringIO("lock-pw\n"))
    set_ = cli("users", "lock", "--password-stdin", "--idle-minutes", "5", "--json")
    assert set_.code == 0 and set_.data == {"locked": True, "idle_minutes": 5}
    monkeypatch.setattr("sys.stdin", io.StringIO("lock-pw\n"))
    bad = cli("users", "lock", "--password-stdin", "--idle-minutes", "-3")
    assert bad.code == 1 and "-3" in bad.err
    assert cli("users", "lock", "--off").code == 0
