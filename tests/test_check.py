"""`yibiao check` and the `yibiao backup …` commands: JSON shapes, exit codes, a damaged database."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from desktop.office import Office
from storage.backup_files import backups_dir_for
from storage.blobs import store_dir_for
from tests.conftest import FIXED_NOW

TASK = ("items", "add", "--kind", "task", "--title", "秋冬季森林防火检查", "--department", "县应急局")


def damaged_copy(source: Path, target: Path, table: str = "items") -> Path:
    """A COPY of `source` made with the backup API, closed, then garbage written into the pages of `table`
    (the file is held by no connection: plain file I/O on it drops no lock)."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    src.backup(dst)
    src.close()
    dst.execute("PRAGMA journal_mode = DELETE")
    page_size = dst.execute("PRAGMA page_size").fetchone()[0]
    pages = [r[0] for r in dst.execute("SELECT pageno FROM dbstat WHERE name = ?", (table,))]
    dst.close()
    assert pages
    with open(target, "r+b") as handle:
        for page in pages:
            handle.seek((page - 1) * page_size)
            handle.write(os.urandom(16) + b"\xde\xad\xbe\xef" * (page_size // 4 - 4))
    return target


@pytest.fixture
def filled(db_path: Path, tmp_path: Path) -> Path:
    """An office with one task and one stored original."""
    attachment = tmp_path / "通知.txt"
    attachment.write_text("关于开展秋季森林防火检查的通知", encoding="utf-8")
    with Office(db_path, clock=lambda: FIXED_NOW) as office:
        office.registry.create(
            {"kind": "task", "title": "秋冬季森林防火检查", "department": "县应急局"}, [attachment]
        )
    return db_path


def test_check_of_a_sound_office(cli, filled: Path):
    result = cli("check", "--json")
    assert result.code == 0, result.err
    data = result.data
    tables = data.pop("tables")
    assert data == {
        "database": "ok",
        "files": {"checked": 1, "bad": []},
        "audit": {"ok": True, "broken": None},
    }
    assert tables["items"] == 1 and tables["attachments"] == 1 and tables["departments"] > 0
    assert not any(name.startswith("items_fts") for name in tables)
    text = cli("check")
    assert text.code == 0 and "ok" in text.out


def test_check_finds_a_changed_original(cli, filled: Path):
    stored = next(p for p in store_dir_for(filled).rglob("*") if p.is_file())
    stored.chmod(0o644)
    stored.write_text("被改动过的原件", encoding="utf-8")
    result = cli("check", "--json")
    assert result.code == 1
    assert result.data["database"] == "ok"
    assert result.data["files"] == {"checked": 1, "bad": [{"path": str(stored), "problem": "changed"}]}


def test_check_finds_a_damaged_database(cli, filled: Path, tmp_path: Path):
    damaged = damaged_copy(filled, tmp_path / "damaged.sqlite3")
    result = cli("check", "--json", db=damaged)
    assert result.code == 1
    assert result.data["database"] != "ok" and result.data["database"]
    assert set(result.data["files"]) == {"checked", "bad"}
    assert cli("check", db=damaged).code == 1


def test_check_of_a_missing_database_says_so(cli, tmp_path: Path):
    result = cli("check", "--json", db=tmp_path / "nowhere.sqlite3")
    assert result.code == 1 and "找不到数据库" in result.err
    assert not (tmp_path / "nowhere.sqlite3").exists()


def test_backup_create_list_and_restore_json(cli, db_path: Path):
    assert cli(*TASK).code == 0
    made = cli("backup", "create", "--json")
    assert made.code == 0, made.err
    assert set(made.data) == {"path", "created", "reason", "size"}
    assert made.data["reason"] == "manual" and Path(made.data["path"]).parent == backups_dir_for(db_path)
    listed = cli("backup", "list", "--json")
    assert listed.code == 0 and listed.data == [made.data]

    assert cli(*TASK[:5], "备份之后登记", *TASK[6:]).code == 0
    refused = cli("backup", "restore", made.data["path"])
    assert refused.code == 1 and "--yes" in refused.err and "1 件事项" in refused.err
    assert len(cli("items", "list", "--json").data) == 2  # nothing changed

    restored = cli("backup", "restore", made.data["path"], "--yes", "--json")
    assert restored.code == 0, restored.err
    assert set(restored.data) == {"restored", "before", "summary"}
    assert restored.data["before"]["reason"] == "before-restore"
    assert restored.data["summary"]["items"] == 1
    assert [i["title"] for i in cli("items", "list", "--json").data] == ["秋冬季森林防火检查"]
    assert [b["reason"] for b in cli("backup", "list", "--json").data] == ["before-restore", "manual"]


def test_a_damaged_database_is_restored_from_the_command_line(cli, filled: Path, tmp_path: Path):
    good = cli("backup", "create", "--json").data["path"]
    damaged = damaged_copy(filled, tmp_path / "damaged.sqlite3")
    backups_dir_for(damaged).mkdir()
    copy = backups_dir_for(damaged) / Path(good).name
    copy.write_bytes(Path(good).read_bytes())
    assert cli("check", db=damaged).code == 1
    restored = cli("backup", "restore", str(copy), "--yes", "--json", db=damaged)
    assert restored.code == 0, restored.err
    assert cli("check", "--json", db=damaged).data["database"] == "ok"
    assert len(cli("items", "list", "--json", db=damaged).data) == 1


def test_encrypted_export_and_import_from_the_command_line(cli, db_path: Path, tmp_path: Path):
    assert cli(*TASK).code == 0
    secret = tmp_path / "口令.txt"
    secret.write_text("白沙镇2026备份口令\n", encoding="utf-8")
    stick = tmp_path / "usb"
    stick.mkdir()
    exported = cli("backup", "export", "--to", stick, "--passphrase-file", secret, "--json")
    assert exported.code == 0, exported.err
    assert set(exported.data) == {"path", "sha256", "size"}
    assert cli(*TASK[:5], "导出之后登记", *TASK[6:]).code == 0

    wrong = tmp_path / "wrong.txt"
    wrong.write_text("不对的口令不对的口令", encoding="utf-8")
    refused = cli("backup", "import", exported.data["path"], "--passphrase-file", wrong, "--yes")
    assert refused.code == 1 and "密码不对" in refused.err
    assert len(cli("items", "list", "--json").data) == 2
    unconfirmed = cli("backup", "import", exported.data["path"], "--passphrase-file", secret)
    assert unconfirmed.code == 1 and "--yes" in unconfirmed.err
    assert len(cli("items", "list", "--json").data) == 2
    done = cli("backup", "import", exported.data["path"], "--passphrase-file", secret, "--yes", "--json")
    assert done.code == 0, done.err
    assert [i["title"] for i in cli("items", "list", "--json").data] == ["秋冬季森林防火检查"]
    missing = cli("backup", "export", "--to", stick, "--passphrase-file", tmp_path / "none.txt")
    assert missing.code == 1 and "密码文件" in missing.err
