"""The command line's account rules are the window's (issue 15): a 管理员 named with --admin proves it is them
with their password before adding or disabling an account or changing the program lock; `users passwd`
needs the old password. A wrong password: one message, exit 1, nothing written."""

from __future__ import annotations

import io
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.accounts.passwords import verify_password

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def stdin(monkeypatch):
    def give(*lines: str) -> None:
        monkeypatch.setattr("sys.stdin", io.StringIO("".join(f"{line}\n" for line in lines)))

    return give


@pytest.fixture
def office_with_admin(cli, stdin):
    stdin("admin-pw")
    assert cli("users", "add", "李主任", "--role", "管理员", "--password-stdin").code == 0
    stdin("admin-pw", "")
    assert cli("users", "add", "小王", "--role", "填报员", "--admin", "李主任", "--password-stdin").code == 0


def _dump(db_path: Path) -> list[str]:
    conn = sqlite3.connect(db_path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def _last_entry(cli) -> dict:
    return cli("audit", "list", "--json").data[-1]


def _hash(db_path: Path, name: str) -> str | None:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute("SELECT password_hash FROM users WHERE name = ?", (name,)).fetchone()[0]
    finally:
        conn.close()


def test_adding_an_account_needs_the_named_admins_password(cli, db_path, stdin, office_with_admin):
    before = _dump(db_path)
    asked = cli("users", "add", "老张", "--role", "审核人", "--admin", "李主任")  # no stdin, no terminal
    assert asked.code == 1 and "李主任" in asked.err and "--password-stdin" in asked.err
    stdin("guess", "new-pw")
    wrong = cli("users", "add", "老张", "--role", "审核人", "--admin", "李主任", "--password-stdin")
    assert wrong.code == 1 and wrong.err.count("\n") == 1 and "密码不对" in wrong.err
    assert _dump(db_path) == before  # nothing written, not even an audit entry

    stdin("admin-pw", "review-pw")
    added = cli("users", "add", "老张", "--role", "审核人", "--admin", "李主任", "--password-stdin", "--json")
    assert added.code == 0 and added.data["has_password"] is True
    assert verify_password("review-pw", _hash(db_path, "老张"))  # the second line is the new account's
    entry = _last_entry(cli)
    assert (entry["action"], entry["who"]) == ("user-add", "李主任")
    assert "admin-pw" not in entry["detail"] and "review-pw" not in entry["detail"]


def test_a_clerk_named_as_admin_is_refused_before_any_password(cli, db_path, stdin, office_with_admin):
    before = _dump(db_path)
    refused = cli("users", "add", "老张", "--role", "审核人", "--admin", "小王")
    assert refused.code == 1 and "不是管理员" in refused.err
    assert _dump(db_path) == before


def test_prompts_on_a_terminal(cli, db_path, monkeypatch, office_with_admin):
    typed = iter(["admin-pw", "t-pw", "t-pw"])
    prompts: list[str] = []
    monkeypatch.setattr("desktop.cli.users._stdin_is_terminal", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda prompt="": prompts.append(prompt) or next(typed))
    added = cli("users", "add", "老张", "--role", "审核人", "--admin", "李主任", "--password-stdin")
    assert added.code == 0, added.err
    assert "李主任" in prompts[0] and "老张" in prompts[1] and len(prompts) == 3
    assert verify_password("t-pw", _hash(db_path, "老张"))
    typed = iter(["admin-pw", "one", "other"])  # the new password typed twice, differently
    before = _dump(db_path)
    differ = cli("users", "add", "老李", "--role", "审核人", "--admin", "李主任", "--password-stdin")
    assert differ.code == 1 and "不一样" in differ.err and _dump(db_path) == before


def test_disable_needs_the_admins_password(cli, db_path, stdin, office_with_admin):
    before = _dump(db_path)
    stdin("guess")
    wrong = cli("users", "disable", "小王", "--admin", "李主任", "--password-stdin")
    assert wrong.code == 1 and "密码不对" in wrong.err and _dump(db_path) == before
    stdin("admin-pw")
    assert cli("users", "disable", "小王", "--admin", "李主任", "--password-stdin").code == 0
    assert [u["name"] for u in cli("users", "list", "--json").data if not u["disabled"]] == ["李主任"]
    entry = _last_entry(cli)
    assert (entry["action"], entry["who"]) == ("user-disable", "李主任")
    stdin("admin-pw")
    itself = cli("users", "disable", "李主任", "--admin", "李主任", "--password-stdin")
    assert itself.code == 1 and "自己" in itself.err


def test_passwd_needs_the_old_password(cli, db_path, stdin, office_with_admin):
    before = _dump(db_path)
    stdin("guess", "new-pw")
    wrong = cli("users", "passwd", "李主任", "--password-stdin")
    assert wrong.code == 1 and "密码不对" in wrong.err and _dump(db_path) == before
    no_input = cli("users", "passwd", "李主任")
    assert no_input.code == 1 and "--password-stdin" in no_input.err and _dump(db_path) == before
    stdin("admin-pw", "")
    empty = cli("users", "passwd", "李主任", "--password-stdin")
    assert empty.code == 1 and "不能为空" in empty.err and _dump(db_path) == before
    stdin("admin-pw", "new-pw")
    assert cli("users", "passwd", "李主任", "--password-stdin").code == 0
    stored = _hash(db_path, "李主任")
    assert verify_password("new-pw", stored) and not verify_password("admin-pw", stored)
    entry = _last_entry(cli)
    assert (entry["action"], entry["who"]) == ("password-change", "李主任")
    stdin("", "clerk-pw")  # an account without a password: the first line is empty
    assert cli("users", "passwd", "小王", "--password-stdin").code == 0
    assert verify_password("clerk-pw", _hash(db_path, "小王"))


def test_with_accounts_only_an_admin_with_their_password_changes_the_lock(
    cli, db_path, stdin, office_with_admin
):
    before = _dump(db_path)
    stdin("lock-pw")
    nobody = cli("users", "lock", "--password-stdin")
    assert nobody.code == 1 and "管理员" in nobody.err and "--admin" in nobody.err
    stdin("lock-pw")
    clerk = cli("users", "lock", "--admin", "小王", "--password-stdin")
    assert clerk.code == 1 and "不是管理员" in clerk.err
    stdin("guess", "lock-pw")
    wrong = cli("users", "lock", "--admin", "李主任", "--password-stdin")
    assert wrong.code == 1 and "密码不对" in wrong.err
    off = cli("users", "lock", "--off", "--admin", "小王")
    assert off.code == 1 and "不是管理员" in off.err
    assert _dump(db_path) == before

    stdin("admin-pw", "lock-pw")
    set_ = cli("users", "lock", "--admin", "李主任", "--password-stdin", "--idle-minutes", "5", "--json")
    assert set_.code == 0 and set_.data == {"locked": True, "idle_minutes": 5}, set_.err
    entry = _last_entry(cli)
    assert (entry["action"], entry["who"]) == ("lock-set", "李主任")
    stdin("guess")
    assert cli("users", "lock", "--off", "--admin", "李主任", "--password-stdin").code == 1
    stdin("admin-pw")
    assert cli("users", "lock", "--off", "--admin", "李主任", "--password-stdin").code == 0
    entry = _last_entry(cli)
    assert (entry["action"], entry["who"]) == ("lock-remove", "李主任")
    assert cli("check").code == 0


def test_the_installed_command_reads_the_passwords_from_a_pipe(tmp_path):
    """The real entry point, a real pipe: first line the admin's password, second the new account's."""
    db = str(tmp_path / "office.sqlite3")

    def run(*argv: str, given: str = "") -> subprocess.CompletedProcess:
        code = "import sys\nfrom ui.launcher import main\nsys.exit(main(sys.argv[1:]))"
        return subprocess.run(
            [sys.executable, "-c", code, "--db", db, *argv],
            cwd=ROOT, input=given, capture_output=True, text=True, timeout=120,
        )  # fmt: skip

    assert (
        run("users", "add", "李主任", "--role", "管理员", "--password-stdin", given="admin-pw\n").returncode
        == 0
    )
    wrong = run(
        "users", "add", "老张", "--role", "审核人", "--admin", "李主任", "--password-stdin", given="x\ny\n"
    )
    assert wrong.returncode == 1 and "李主任" in wrong.stderr and len(wrong.stderr.strip().splitlines()) == 1
    right = run("users", "add", "老张", "--role", "审核人", "--admin", "李主任", "--password-stdin",
                given="admin-pw\nreview-pw\n")  # fmt: skip
    assert right.returncode == 0, right.stderr
    assert verify_password("review-pw", _hash(Path(db), "老张"))
