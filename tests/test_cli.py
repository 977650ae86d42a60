"""The `yibiao` command line, driven in-process through desktop.cli.main.main, plus one real subprocess.

Exit codes: 0 success, 1 a user error (one line on stderr, nothing changed), 2 usage error.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.cli.main import main
from storage.backup_files import backups_dir_for
from storage.blobs import store_dir_for
from storage.migrations import latest_version
from tests.conftest import CliResult

TODAY = date.today()  # the command line runs on the real clock
LIST_KEYS = {"id", "kind", "title", "department", "doc_no", "received", "due", "status"}


def add(
    cli,
    *extra: object,
    title: str = "关于开展冬季根治欠薪专项行动的通知",
    kind: str = "task",
    department: str = "县人社局",
) -> dict:
    result = cli(
        "items", "add", "--kind", kind, "--title", title, "--department", department, *extra, "--json"
    )
    assert result.code == 0, result.err
    return result.data


def snapshot(path: Path) -> dict[str, list[tuple]]:
    """Everything a command could have changed, read without the program."""
    conn = sqlite3.connect(path)
    try:
        tables = ["items", "attachments", "departments", "settings"]
        data = {t: [tuple(r) for r in conn.execute(f"SELECT * FROM {t} ORDER BY rowid")] for t in tables}
        data["version"] = [(conn.execute("PRAGMA user_version").fetchone()[0],)]
        return data
    finally:
        conn.close()


def assert_one_line_error(result: CliResult, fragment: str = "", prefix: str = "错误：") -> None:
    assert result.code == 1, result
    assert result.out == ""
    assert result.err.startswith(prefix) and result.err.endswith("\n")
    assert result.err.count("\n") == 1, result.err
    assert fragment in result.err


# ---------------------------------------------------------------- items add


def test_add_task_with_every_option_and_attachments(cli, db_path: Path, tmp_path: Path):
    first, second = tmp_path / "关于开展冬季根治欠薪专项行动的通知.pdf", tmp_path / "附件1 排查台账.xlsx"
    first.write_bytes(b"%PDF-1.4 notice")
    second.write_bytes(b"PK\x03\x04 workbook")
    os.chmod(second, 0o644)
    data = add(
        cli,
        "--doc-no",
        "县人社发〔2026〕57号",
        "--received",
        "2026-11-20",
        "--due",
        "2026-11-30 17:00",
        "--urgency",
        "特急",
        "--confidentiality",
        "内部",
        "--status",
        "办理中",
        "--assignee",
        "王建国",
        "--notes",
        "重点排查在建工程项目",
        "--report-demand",
        "周报",
        "--attach",
        first,
        "--attach",
        second,
    )
    assert isinstance(data["id"], int)
    expected = {
        "kind": "task",
        "title": "关于开展冬季根治欠薪专项行动的通知",
        "department": "县人力资源和社会保障局",
        "doc_no": "县人社发〔2026〕57号",
        "received": "2026-11-20",
        "due": "2026-11-30T17:00",
        "urgency": "特急",
        "confidentiality": "内部",
        "status": "办理中",
        "assignee": "王建国",
        "notes": "重点排查在建工程项目",
        "report_demand": "周报",
        "meeting_start": None,
        "archived_at": None,
        "warnings": [],
    }
    assert {k: data[k] for k in expected} == expected
    names = [a["name"] for a in data["attachments"]]
    assert names == [first.name, second.name]
    for attachment, source in zip(data["attachments"], (first, second), strict=True):
        stored = store_dir_for(db_path) / attachment["sha256"][:2] / attachment["sha256"]
        assert stored.read_bytes() == source.read_bytes()
        assert attachment["size"] == source.stat().st_size
        assert stat.S_IMODE(stored.stat().st_mode) & 0o222 == 0
    assert first.read_bytes() == b"%PDF-1.4 notice"
    assert stat.S_IMODE(second.stat().st_mode) == 0o644


def test_add_meeting_with_every_option(cli):
    result = cli(
        "items",
        "add",
        "--kind",
        "meeting",
        "--title",
        "关于召开全县秋冬季森林防火工作视频会议的通知",
        "--department",
        "县应急局",
        "--doc-no",
        "县应急通〔2026〕41号",
        "--received",
        "2026-11-23",
        "--meeting-start",
        "2026-11-27 09:30",
        "--meeting-end",
        "2026-11-27T11:30",
        "--place",
        "镇政府视频会议室",
        "--format",
        "video",
        "--principal-required",
        "是",
        "--deputy-allowed",
        "否",
        "--urgency",
        "加急",
    )
    assert result.code == 0, result.err
    assert "关于召开全县秋冬季森林防火工作视频会议的通知" in result.out
    assert "meeting_start: 2026-11-27T09:30" in result.out
    assert "place: 镇政府视频会议室" in result.out
    item = cli("items", "show", "1", "--json").data
    assert (item["kind"], item["due"], item["meeting_end"]) == (
        "meeting",
        "2026-11-27T09:30",
        "2026-11-27T11:30",
    )
    assert (item["meeting_format"], item["principal_required"], item["deputy_allowed"]) == (
        "视频",
        True,
        False,
    )
    assert item["report_demand"] is None


def test_add_prints_notices_for_odd_or_repeated_doc_no(cli):
    add(cli, "--doc-no", "县统函〔2026〕18号")
    human = cli(
        "items",
        "add",
        "--kind",
        "form",
        "--title",
        "关于报送10月份规模以下工业抽样调查数据的通知",
        "--department",
        "县统计局",
        "--doc-no",
        "县统函[2026]018号",
    )
    assert human.code == 0
    assert "提示：" in human.out and "六角括号" in human.out
    repeated = add(cli, "--doc-no", "县统函〔2026〕18号", kind="form")
    assert len(repeated["warnings"]) == 1 and "已登记过" in repeated["warnings"][0]


def test_json_flag_before_or_after_the_command(cli):
    add(cli, "--received", "2026-11-02")
    after = cli("items", "list", "--json").data
    before = cli("--json", "items", "list").data
    assert after == before and len(after) == 1


# ---------------------------------------------------------------- items list


@pytest.fixture
def listed(cli) -> dict[str, int]:
    rows = {
        "医保": (
            "task",
            "关于开展2027年度城乡居民医保集中参保缴费工作的通知",
            "县医保局",
            [
                "--doc-no",
                "县医保发〔2026〕31号",
                "--received",
                "2026-11-02",
                "--due",
                "2026-11-30T17:00",
                "--status",
                "办理中",
            ],
        ),
        "低收入": (
            "form",
            "关于报送第三季度农村低收入人口动态监测数据的通知",
            "县乡村振兴局",
            ["--received", "2026-11-03", "--due", "2026-11-27", "--notes", "数据须与防返贫系统一致"],
        ),
        "防火": (
            "meeting",
            "关于召开全县秋冬季森林防火工作视频会议的通知",
            "县应急局",
            ["--received", "2026-11-20", "--meeting-start", "2026-12-01T09:30"],
        ),
        "养老": (
            "task",
            "关于做好城乡居民养老保险缴费工作的通知",
            "县人社局",
            ["--received", "2026-10-09", "--status", "已完成"],
        ),
        "旧表": (
            "form",
            "关于报送养老服务机构统计表的通知",
            "县民政局",
            ["--received", "2026-09-01", "--due", "2026-09-10", "--status", "已报送"],
        ),
    }
    ids = {
        key: add(cli, *extra, kind=kind, title=title, department=dept)["id"]
        for key, (kind, title, dept, extra) in rows.items()
    }
    assert cli("items", "archive", ids["旧表"]).code == 0
    return ids


def listed_ids(cli, *args: object) -> list[int]:
    result = cli("items", "list", "--json", *args)
    assert result.code == 0, result.err
    return [row["id"] for row in result.data]


def test_list_json_shape(cli, listed: dict[str, int]):
    rows = cli("items", "list", "--json").data
    assert isinstance(rows, list) and len(rows) == 4
    for row in rows:
        assert row.keys() >= LIST_KEYS
    medical = next(r for r in rows if r["id"] == listed["医保"])
    assert medical["department"] == "县医疗保障局"
    assert (medical["doc_no"], medical["due"], medical["status"]) == (
        "县医保发〔2026〕31号",
        "2026-11-30T17:00",
        "办理中",
    )
    assert [r["id"] for r in rows] == [
        listed["低收入"],
        listed["医保"],
        listed["防火"],
        listed["养老"],
    ]  # by due


def test_list_filters(cli, listed: dict[str, int]):
    ids = listed
    assert listed_ids(cli, "--kind", "form") == [ids["低收入"]]
    assert listed_ids(cli, "--kind", "会议") == [ids["防火"]]
    assert listed_ids(cli, "--status", "done") == [ids["养老"]]
    assert listed_ids(cli, "--department", "县医保局") == [ids["医保"]]
    assert listed_ids(cli, "--department", "县民政局") == []
    assert listed_ids(cli, "--department", "县民政局", "--archived") == [ids["旧表"]]
    assert listed_ids(cli, "--status", "已归档") == [ids["旧表"]]
    assert listed_ids(cli, "--status", "archived") == [ids["旧表"]]
    assert listed_ids(cli, "--open") == [ids["低收入"], ids["医保"], ids["防火"]]
    assert listed_ids(cli, "--due-from", "2026-11-28", "--due-to", "2026-11-30") == [ids["医保"]]
    assert listed_ids(cli, "--due-to", "2026.12.1") == [ids["低收入"], ids["医保"], ids["防火"]]
    assert listed_ids(cli, "--due-from", "2026年12月1日") == [ids["防火"]]
    assert listed_ids(cli, "--archived", "--sort", "received") == [
        ids[k] for k in ("旧表", "养老", "医保", "低收入", "防火")
    ]


def test_list_search_full_text_and_short_words(cli, listed: dict[str, int]):
    assert listed_ids(cli, "--search", "参保缴费") == [listed["医保"]]  # FTS5 trigram
    assert listed_ids(cli, "--search", "县医保发") == [listed["医保"]]  # 文号
    assert listed_ids(cli, "--search", "防返贫系统") == [listed["低收入"]]  # notes
    assert listed_ids(cli, "--search", "居民 缴费工作") == [listed["医保"], listed["养老"]]
    assert listed_ids(cli, "--search", "养老") == [listed["养老"]]  # 2 characters: LIKE
    assert listed_ids(cli, "--search", "养老", "--archived") == [listed["旧表"], listed["养老"]]
    assert listed_ids(cli, "--search", "防火", "--kind", "form") == []


def test_list_human_output(cli, listed: dict[str, int]):
    result = cli("items", "list", "--kind", "task")
    assert result.code == 0
    lines = result.out.splitlines()
    assert len(lines) == 2
    assert "关于开展2027年度城乡居民医保集中参保缴费工作的通知" in lines[0] and "2026-11-30 17:00" in lines[0]
    empty = cli("items", "list", "--search", "不存在的标题")
    assert empty.code == 0 and "没有符合条件的事项" in empty.out


# ---------------------------------------------------------------- show, update, archive, purge, today


def test_show_human_and_json(cli, tmp_path: Path):
    source = tmp_path / "通知.pdf"
    source.write_bytes(b"%PDF")
    item = add(cli, "--received", "2026-11-02", "--attach", source)
    human = cli("items", "show", item["id"])
    assert human.code == 0
    assert "department: 县人力资源和社会保障局" in human.out and "attachment: 通知.pdf (4 B" in human.out
    shown = cli("items", "show", item["id"], "--json").data
    assert shown["id"] == item["id"] and shown["attachments"][0]["name"] == "通知.pdf"
    assert "warnings" not in shown


def test_update_status_and_fields(cli, tmp_path: Path):
    item = add(cli, "--received", "2026-11-02", "--due", "2026-11-20", "--assignee", "王建国")
    updated = cli("items", "update", item["id"], "--status", "done", "--assignee", "李晓梅", "--json").data
    assert (updated["status"], updated["assignee"], updated["due"]) == ("已完成", "李晓梅", "2026-11-20")
    cleared = cli("items", "update", item["id"], "--due", "", "--json").data
    assert cleared["due"] is None
    extra = tmp_path / "补充材料.docx"
    extra.write_bytes(b"docx")
    attached = cli("items", "update", item["id"], "--attach", extra, "--json").data
    assert [a["name"] for a in attached["attachments"]] == ["补充材料.docx"]
    human = cli("items", "update", item["id"], "--status", "已报送")
    assert human.code == 0 and "status: 已报送" in human.out


def test_archive_unarchive_purge(cli):
    item = add(cli, "--status", "办理中")
    archived = cli("items", "archive", item["id"], "--json").data
    assert archived["status"] == "已归档" and archived["archived_at"]
    assert listed_ids(cli) == []
    restored = cli("items", "unarchive", item["id"], "--json").data
    assert (restored["status"], restored["archived_at"]) == ("办理中", None)
    cli("items", "archive", item["id"])
    purged = cli("items", "purge", item["id"], "--yes", "--json")
    assert purged.code == 0 and purged.data == {"purged": item["id"]}
    assert_one_line_error(cli("items", "show", item["id"]), str(item["id"]))
    other = add(cli)
    cli("items", "archive", other["id"])
    human = cli("items", "purge", other["id"], "--yes")
    assert human.code == 0 and f"事项 {other['id']} 已彻底删除" in human.out


def test_today(cli):
    day = timedelta(days=1)
    late = add(cli, "--received", TODAY - 10 * day, "--due", TODAY - 2 * day, title="逾期的任务")
    add(cli, "--received", TODAY - 10 * day, "--due", TODAY - 2 * day, "--status", "已完成", title="已办结")
    soon = add(cli, "--received", TODAY, "--due", TODAY + 3 * day, title="三天后到期", kind="form")
    add(cli, "--received", TODAY, "--due", TODAY + 30 * day, title="一个月后到期")
    meeting = add(
        cli, "--received", TODAY, "--meeting-start", f"{TODAY}T23:59", title="今晚的会议", kind="meeting"
    )
    data = cli("items", "today", "--json").data
    assert set(data) == {"overdue", "due_soon", "meetings_this_week"}
    assert [i["id"] for i in data["overdue"]] == [late["id"]]
    assert data["overdue"][0]["deadline"] == "overdue"
    assert [i["id"] for i in data["due_soon"]] == [soon["id"]]
    assert [i["id"] for i in data["meetings_this_week"]] == [meeting["id"]]
    human = cli("items", "today")
    assert human.code == 0
    assert "已逾期 (1)" in human.out and "7 日内到期 (1)" in human.out and "本周会议 (1)" in human.out


# ---------------------------------------------------------------- demo, departments, profile


def test_demo(cli):
    first = cli("demo")
    assert first.code == 0
    assert "白沙镇人民政府" in first.out and "件事项" in first.out
    again = cli("demo", "--json").data
    assert again["added"] == 0 and again["items"] >= 60 and again["departments"] >= 8
    assert len(listed_ids(cli, "--archived")) == again["items"]
    today = cli("items", "today", "--json").data
    assert today["overdue"] and today["due_soon"] and 2 <= len(today["meetings_this_week"]) <= 4
    assert cli("profile", "show", "--json").data["name"] == "白沙镇人民政府"


def test_departments_list_and_add(cli):
    rows = cli("departments", "list", "--json").data
    assert len(rows) == 20 and {"id", "name", "short_name", "active"} <= rows[0].keys()
    assert {"name": "县人力资源和社会保障局", "short_name": "县人社局"} in [
        {"name": r["name"], "short_name": r["short_name"]} for r in rows
    ]
    added = cli("departments", "add", "县林业和草原局", "--short", "县林草局", "--json").data
    assert added["name"] == "县林业和草原局" and isinstance(added["id"], int)
    human = cli("departments", "list")
    assert "县林业和草原局（县林草局）" in human.out
    assert len(cli("departments", "list", "--all", "--json").data) == 21
    item = add(cli, title="关于做好秋冬季森林防火巡护工作的通知", department="县林草局")
    assert item["department"] == "县林业和草原局"
    plain = cli("departments", "add", "县气象局")
    assert plain.code == 0 and "县气象局" in plain.out


def test_profile_set_and_show(cli):
    empty = cli("profile", "show")
    assert empty.code == 0 and "尚未设置" in empty.out
    assert cli("profile", "show", "--json").data is None
    saved = cli(
        "profile",
        "set",
        "--type",
        "乡镇",
        "--name",
        "白沙镇人民政府",
        "--code",
        "530699112000",
        "--county",
        "云溪县",
        "--json",
    )
    expected = {
        "office_type": "乡镇",
        "name": "白沙镇人民政府",
        "admin_code": "530699112000",
        "county": "云溪县",
        "city": "",
    }
    assert saved.data == expected
    assert cli("profile", "show", "--json").data == expected
    assert "name: 白沙镇人民政府" in cli("profile", "show").out


# ---------------------------------------------------------------- user errors: exit 1, nothing changed


@pytest.fixture
def seeded(cli, db_path: Path) -> dict[str, list[tuple]]:
    add(cli, "--received", "2026-11-02", "--doc-no", "县人社发〔2026〕57号")  # item 1, open
    add(
        cli, "--received", "2026-11-03", kind="form", title="关于报送低保数据的通知"
    )  # item 2, archived below
    cli("items", "archive", "2")
    cli(
        "profile",
        "set",
        "--type",
        "乡镇",
        "--name",
        "白沙镇人民政府",
        "--code",
        "530699112000",
        "--county",
        "云溪县",
    )
    return snapshot(db_path)


ADD = (
    "items",
    "add",
    "--kind",
    "task",
    "--title",
    "关于开展安全生产大检查的通知",
    "--department",
    "县应急局",
)
MEETING = (
    "items",
    "add",
    "--kind",
    "meeting",
    "--title",
    "关于召开安全生产工作会议的通知",
    "--department",
    "县政府办",
)


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (
            ("items", "add", "--kind", "task", "--title", "关于开展某工作的通知", "--department", "县外星局"),
            "县外星局",
        ),
        ((*ADD, "--received", "2026-11-20", "--due", "2026-11-19"), "早于收文日期"),
        ((*ADD, "--received", "2026-13-01"), "2026-13-01"),
        ((*ADD, "--due", "下周五"), "下周五"),
        ((*ADD, "--due", "2026-11-30 25:00"), "HH:MM"),
        ((*ADD, "--confidentiality", "机密"), "涉密"),
        (
            (
                "items",
                "add",
                "--kind",
                "task",
                "--title",
                "机密★1年 关于某工作的通知",
                "--department",
                "县委办",
            ),
            "机密",
        ),
        (
            (
                "items",
                "add",
                "--kind",
                "form",
                "--title",
                "【秘密】关于报送某数据的通知",
                "--department",
                "县委办",
            ),
            "秘密",
        ),
        ((*ADD, "--notes", "原件标注 绝密★长期"), "绝密"),
        (("items", "add", "--kind", "memo", "--title", "关于某工作的通知", "--department", "县委办"), "memo"),
        ((*ADD, "--status", "搁置"), "搁置"),
        ((*ADD, "--status", "已归档"), "已归档"),
        ((*ADD, "--urgency", "十万火急"), "十万火急"),
        ((*ADD, "--report-demand", "每小时"), "每小时"),
        ((*MEETING, "--format", "电话"), "会议形式"),
        (
            (*MEETING, "--meeting-start", "2026-12-01 09:00", "--meeting-end", "2026-12-01 08:00"),
            "早于开始时间",
        ),
        ((*ADD, "--attach", "/nonexistent/通知.pdf"), "通知.pdf"),
        (("items", "list", "--kind", "memo"), "memo"),
        (("items", "list", "--status", "搁置"), "搁置"),
        (("items", "list", "--department", "县外星局"), "县外星局"),
        (("items", "list", "--due-from", "2026-02-30"), "2026-02-30"),
        (("items", "show", "999"), "999"),
        (("items", "update", "999", "--notes", "x"), "999"),
        (("items", "archive", "999"), "999"),
        (("items", "unarchive", "999"), "999"),
        (("items", "purge", "999", "--yes"), "999"),
        (("items", "purge", "2"), "--yes"),
        (("items", "purge", "1", "--yes"), "只有已归档"),
        (("items", "update", "1", "--status", "已归档"), "归档"),
        (("items", "update", "1", "--due", "2026-10-01"), "早于收文日期"),
        (("items", "update", "1", "--title", "【机密】改过的标题"), "机密"),
        (("items", "update", "2", "--notes", "归档后不能改"), "取消归档"),
        (("departments", "add", "县民政局"), "已在列表中"),
        (("departments", "add", "县人力资源保障局", "--short", "县人社局"), "已在列表中"),
        (
            (
                "profile",
                "set",
                "--type",
                "乡镇",
                "--name",
                "白沙镇",
                "--code",
                "530699000000",
                "--county",
                "云溪县",
            ),
            "乡镇级区划代码",
        ),
        (
            (
                "profile",
                "set",
                "--type",
                "市级",
                "--name",
                "白沙镇",
                "--code",
                "530699112000",
                "--county",
                "云溪县",
            ),
            "单位类型",
        ),
    ],
)
def test_user_errors_exit_1_and_change_nothing(cli, db_path: Path, seeded, args: tuple, fragment: str):
    result = cli(*args)
    assert_one_line_error(result, fragment)
    assert snapshot(db_path) == seeded


def test_errors_go_to_stderr_with_json_too(cli, db_path: Path, seeded):
    assert_one_line_error(cli("items", "show", "999", "--json"), "999")
    assert_one_line_error(cli("--json", *ADD, "--due", "昨天"), "昨天")
    assert_one_line_error(cli("--lang", "en", "items", "show", "999"), "999", prefix="Error: ")
    assert snapshot(db_path) == seeded


def test_failed_attachment_stores_nothing(cli, db_path: Path, seeded, tmp_path: Path):
    good = tmp_path / "附件.pdf"
    good.write_bytes(b"%PDF")
    assert_one_line_error(cli(*ADD, "--attach", good, "--attach", tmp_path / "缺失.pdf"), "缺失.pdf")
    assert snapshot(db_path) == seeded


def test_not_sqlite_file_is_refused_untouched(cli, tmp_path: Path):
    junk = tmp_path / "收文登记.xlsx"
    content = b"PK\x03\x04" + bytes(range(256)) * 8
    junk.write_bytes(content)
    for args in (("items", "list"), ADD, ("demo",)):
        assert_one_line_error(cli(*args, db=junk), "不是 SQLite")
    assert junk.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == [junk.name]


def test_directory_as_db_is_refused(cli, tmp_path: Path):
    assert_one_line_error(cli("items", "list", db=tmp_path), "文件夹")
    assert list(tmp_path.iterdir()) == []


def test_newer_database_is_refused_untouched(cli, db_path: Path, seeded):
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {latest_version() + 1}")
    conn.close()
    before_bytes = db_path.read_bytes()
    before = snapshot(db_path)
    for args in (("items", "list"), ADD, ("items", "archive", "1"), ("demo",)):
        assert_one_line_error(cli(*args), "升级")
    assert db_path.read_bytes() == before_bytes
    assert snapshot(db_path) == before
    assert not backups_dir_for(db_path).exists()  # nothing was backed up (or migrated)


# ---------------------------------------------------------------- usage errors: exit 2


@pytest.mark.parametrize(
    "args",
    [
        ("items", "add", "--kind", "task", "--title", "缺少来文单位"),
        ("items", "add", "--title", "缺少类别", "--department", "县人社局"),
        ("frobnicate",),
        ("items",),
        ("items", "frobnicate"),
        ("items", "show", "abc"),
        ("items", "show"),
        ("items", "purge"),
        ("items", "list", "--sort", "priority"),
        ("items", "list", "--unknown-option"),
        ("profile", "set", "--type", "乡镇"),
        ("departments", "add"),
    ],
)
def test_usage_errors_exit_2(db_path: Path, args: tuple, capsys: pytest.CaptureFixture[str]):
    with pytest.raises(SystemExit) as stopped:
        main(["--db", str(db_path), *args])
    assert stopped.value.code == 2
    out, err = capsys.readouterr()
    assert "usage:" in err and out == ""
    assert not db_path.exists()  # refused before opening anything


def test_no_command_without_a_window_prints_help(cli):
    result = cli()
    assert result.code == 2 and "usage:" in result.out


# ---------------------------------------------------------------- where the database is


def test_yibiao_db_environment_variable(cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from_env = tmp_path / "env" / "office.sqlite3"
    monkeypatch.setenv("YIBIAO_DB", str(from_env))
    created = cli(*ADD, "--json", db=None)
    assert created.code == 0
    assert from_env.exists()
    assert [r["id"] for r in cli("items", "list", "--json", db=None).data] == [created.data["id"]]
    elsewhere = tmp_path / "other.sqlite3"
    assert cli("items", "list", "--json", db=elsewhere).data == []  # --db wins over the variable
    assert len(snapshot(from_env)["items"]) == 1


# ---------------------------------------------------------------- the installed entry point


def yibiao_command() -> list[str]:
    script = shutil.which("yibiao") or shutil.which("yibiao", path=str(Path(sys.executable).parent))
    if script:
        return [script]
    return [sys.executable, "-c", "import sys; from ui.launcher import main; sys.exit(main())"]


def test_console_script_end_to_end(tmp_path: Path):
    db = tmp_path / "office.sqlite3"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("YIBIAO_DB", None)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*yibiao_command(), "--db", str(db), *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            check=False,
        )

    added = run(
        "items",
        "add",
        "--kind",
        "form",
        "--title",
        "关于报送第四季度农村低收入人口动态监测数据的通知",
        "--department",
        "县乡村振兴局",
        "--doc-no",
        "县乡振函〔2026〕12号",
        "--json",
    )
    assert added.returncode == 0, added.stderr
    item_id = json.loads(added.stdout)["id"]
    listed = run("items", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert [r["id"] for r in rows] == [item_id] and rows[0].keys() >= LIST_KEYS
    assert rows[0]["department"] == "县乡村振兴局"
    missing = run("items", "show", "42")
    assert missing.returncode == 1 and missing.stdout == ""
    assert missing.stderr.strip().count("\n") == 0 and "42" in missing.stderr
    usage = run("items", "bogus")
    assert usage.returncode == 2


def test_locked_database_gives_one_line_message(tmp_path, capsys):
    import sqlite3 as sqlite

    from desktop.cli.main import main as cli_main

    path = tmp_path / "locked.sqlite3"
    assert cli_main(["--db", str(path), "items", "list"]) == 0
    capsys.readouterr()
    holder = sqlite.connect(str(path), isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        import storage.connection as connection

        original = connection.BUSY_TIMEOUT_MS
        connection.BUSY_TIMEOUT_MS = 50
        try:
            code = cli_main(
                [
                    "--db",
                    str(path),
                    "items",
                    "add",
                    "--kind",
                    "task",
                    "--title",
                    "锁定测试",
                    "--department",
                    "县人社局",
                ]
            )
        finally:
            connection.BUSY_TIMEOUT_MS = original
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1 and "暂时无法使用" in err
