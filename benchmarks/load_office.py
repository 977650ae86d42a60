"""A generated office at the upper end of the field: the fixture of the load benchmark and tests/test_load.py.

`office_path(persons=100_000, years=5)` returns a database holding `persons` people in the ledger (one
census import, 24 facts each), `years` years of incoming work ending today at ITEMS_PER_YEAR items a year
(tasks, meetings and FORMS_PER_YEAR forms, each form with a stored template of 8–16 columns), a few
progress reports and the office profile. Old work is done (some archived); a few percent of it is still
open, so the 今日 page and the cycle checklists have hundreds of overdue items to show.

It is written straight through the repositories in one transaction (no Excel reading, no per-item
service checks), so 100,000 persons take seconds, not minutes. The result is cached in the temp folder
under a name holding GENERATOR_VERSION and the sizes, built under another name and renamed when complete,
so repeated runs reuse it and an interrupted build is never picked up. Bump GENERATOR_VERSION whenever
what is generated changes.
"""

from __future__ import annotations

import hashlib
import os
import random
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

GENERATOR_VERSION = 1
ITEMS_PER_YEAR = 3_000
FORMS_PER_YEAR = 150
MEETINGS_PER_YEAR = 400
PROFILE = ("乡镇", "白沙镇人民政府", "530699112000", "云溪县")
VILLAGES = ("白沙村", "杨家湾村", "新民村", "荷花村", "石桥村", "团结社区", "红星村", "城关村")
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶"
)
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国玉红梅志金凤春海燕德永"
TOPICS = (
    "关于开展{y}年度安全生产隐患排查整治工作的通知",
    "关于做好城乡居民医保集中参保缴费工作的通知",
    "关于开展防止返贫监测帮扶集中排查工作的通知",
    "关于报送{m}月份重点工作进展情况的通知",
    "关于开展农村自建房安全隐患排查整治工作的通知",
    "关于做好森林草原防灭火工作的通知",
    "关于报送低收入人口动态监测数据的通知",
    "关于开展根治欠薪专项行动的通知",
    "关于报送就业困难人员认定台账的通知",
    "关于开展残疾人两项补贴资格复核工作的通知",
)
# Facts held for every person (24 of the catalog's person fields).
LEDGER_FIELDS = (
    "person.name",
    "person.id_number",
    "person.gender",
    "person.ethnicity",
    "person.birth_date",
    "person.phone",
    "person.village",
    "person.village_group",
    "person.address",
    "person.household_no",
    "person.household_head",
    "person.relation_to_head",
    "person.education",
    "person.political_status",
    "person.marital_status",
    "person.health_status",
    "person.employment_status",
    "person.is_migrant_worker",
    "person.work_province",
    "person.employer",
    "person.monthly_income",
    "person.pension_insured",
    "person.medical_insured",
    "person.bank_account",
)
# Form columns also ask for facts the ledger does not hold, so checklists show missing cells.
EXTRA_FIELDS = ("person.occupation", "person.skills_training", "person.dibao", "person.bank_name")


def office_path(persons: int = 100_000, years: int = 5, folder: Path | None = None) -> Path:
    """The generated office's database, built on first use and reused afterwards."""
    folder = folder or Path(tempfile.gettempdir()) / "yibiao-load"
    folder.mkdir(parents=True, exist_ok=True)
    name = f"office-v{GENERATOR_VERSION}-{persons}p-{years}y-{date.today():%Y%m%d}"
    path = folder / f"{name}.sqlite3"
    if not path.exists():
        partial = folder / f"{name}.{os.getpid()}.partial.sqlite3"
        build(partial, persons, years)
        os.replace(partial, path)  # no connection is open on it any more: the office was closed
    return path


def build(path: Path, persons: int, years: int, today: date | None = None) -> dict[str, int]:
    """Write the office into a new database at `path`; return what it holds."""
    from desktop.office import Office
    from storage.transaction import transaction

    today = today or date.today()
    rng = random.Random(20261203)
    office = Office(path)
    try:
        with transaction(office.conn):
            office.profile.save(*PROFILE)
            forms = _items(office, rng, today, years)
            _templates(office, rng, forms)
            _ledger(office, rng, persons, today)
        office.conn.execute("ANALYZE")
        return {"persons": persons, "items": years * ITEMS_PER_YEAR, "forms": len(forms)}
    finally:
        office.close()


def _items(office, rng: random.Random, today: date, years: int) -> list[tuple[int, str]]:
    """Insert every item; return (id, created_at) of the forms."""
    repo = office.registry.items
    departments = [d.id for d in office.departments.list()]
    start = today - timedelta(days=365 * years)
    days = (today - start).days
    kinds = (
        ["form"] * FORMS_PER_YEAR
        + ["meeting"] * MEETINGS_PER_YEAR
        + ["task"] * (ITEMS_PER_YEAR - FORMS_PER_YEAR - MEETINGS_PER_YEAR)
    )
    forms: list[tuple[int, str]] = []
    progress: list[tuple[int, str, str, str]] = []
    for year in range(years):
        rng.shuffle(kinds)
        for n, kind in enumerate(kinds):
            received = start + timedelta(days=(year * days // years) + rng.randrange(days // years))
            values = _values(rng, kind, received, today, year * ITEMS_PER_YEAR + n)
            now = f"{received.isoformat()}T09:00:00"
            item_id = repo.insert(values, rng.choice(departments), now)
            if kind == "form":
                forms.append((item_id, now))
            elif kind == "task" and values["report_demand"] != "一次性" and values["status"] != "待办":
                for k in range(1, 4):
                    day = min(received + timedelta(days=4 * k), today).isoformat()
                    progress.append((item_id, day, f"已完成第 {k} 批排查，发现问题 {k + 1} 处", now))
    office.conn.executemany(
        "INSERT INTO item_progress (item_id, reported_on, text, created_at) VALUES (?, ?, ?, ?)", progress
    )
    return forms


def _values(rng: random.Random, kind: str, received: date, today: date, n: int) -> dict[str, object]:
    due = received + timedelta(days=rng.randint(3, 25))
    old = due < today - timedelta(days=14)
    still_open = not old or rng.random() < 0.04
    status = rng.choice(("待办", "办理中")) if still_open else ("已报送" if kind == "form" else "已完成")
    archived = not still_open and rng.random() < 0.3
    title = rng.choice(TOPICS).format(y=received.year, m=received.month)
    values: dict[str, object] = {
        "kind": kind,
        "title": f"{title}（{n + 1}）",
        "doc_no": f"县发〔{received.year}〕{n + 1}号" if rng.random() < 0.8 else "",
        "received": received.isoformat(),
        "due": due.isoformat() if rng.random() < 0.8 else f"{due.isoformat()}T17:00",
        "urgency": rng.choice(("平件", "平件", "平件", "加急", "特急")),
        "status": "已归档" if archived else status,
        "assignee": rng.choice(("王建国", "李晓梅", "张磊", "刘芳", "")),
        "notes": "按附件格式报送电子版及盖章扫描件" if rng.random() < 0.3 else "",
    }
    if archived:
        values.update(status_before_archive=status, archived_at=f"{due.isoformat()}T18:00:00")
    if kind == "task":
        values["report_demand"] = rng.choice(("一次性", "一次性", "周报", "月报"))
    if kind == "meeting":
        start = f"{due.isoformat()}T{rng.choice(('09:00', '14:30'))}"
        values.update(
            due=None,
            meeting_start=start,
            meeting_end=start[:11] + "17:00",
            place="县政府三楼第一会议室",
            meeting_format="现场",
            principal_required=False,
            deputy_allowed=True,
        )
    return values


def _templates(office, rng: random.Random, forms: list[tuple[int, str]]) -> None:
    """A stored template (one shared original file) with 8–16 mapped columns for every form."""
    from storage.forms import FormColumn, FormRepository, FormTemplate

    repo = FormRepository(office.conn)
    names = {f.id: f.name_zh for f in office.catalog.catalog().for_entity("person")}
    content = b"generated template placeholder"
    sha = hashlib.sha256(content).hexdigest()
    pool = list(LEDGER_FIELDS) + list(EXTRA_FIELDS)
    for item_id, created_at in forms:
        fields = ["person.name", "person.id_number", *rng.sample(pool[2:], rng.randint(6, 14))]
        columns = [FormColumn(1, "序号", "meta.seq", 1.0)] + [
            FormColumn(c, names.get(f, f), f, 1.0) for c, f in enumerate(fields, start=2)
        ]
        layout = {
            "sheet": "Sheet1",
            "header_rows": [3, 3],
            "data_start_row": 4,
            "columns": [{"col": c.col, "header": c.header} for c in columns],
        }
        template = FormTemplate(
            item_id, sha, "登记表.xlsx", "Sheet1", "person", "登记表", layout, created_at, columns
        )
        repo.save(template)


def _ledger(office, rng: random.Random, persons: int, today: date) -> None:
    """One census import holding LEDGER_FIELDS for `persons` people."""
    from desktop.ledger.keys import id_check_digit

    repo = office.ledger.ledger
    recorded = (today - timedelta(days=200)).isoformat()
    repo.insert_import(
        1,
        {
            "file_name": "白沙镇农村人口基础信息台账.xlsx",
            "sha256": "0" * 64,
            "entity_kind": "person",
            "rows": persons,
            "report": {},
            "created_at": recorded,
        },
    )
    ids = range(1, persons + 1)
    columns: dict[str, list[object]] = {f: [] for f in LEDGER_FIELDS}
    entities = []
    born0 = date(1940, 1, 1)
    for i in ids:
        born = born0 + timedelta(days=i // 1000 * 290 + i % 290)  # with i % 1000: every ID differs
        body = f"530624{born:%Y%m%d}{i % 1000:03d}"
        key = body + id_check_digit(body)
        name = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)
        village = VILLAGES[i % len(VILLAGES)]
        entities.append((i, "person", key, key, "valid", name, None, recorded))
        row = (
            name,
            key,
            "男" if int(body[16]) % 2 else "女",
            "汉族",
            born.isoformat(),
            f"1{rng.choice('3589')}{rng.randrange(10**9):09d}",
            village,
            f"{i % 9 + 1}组",
            f"白沙镇{village}{i % 9 + 1}组{i % 97 + 1}号",
            f"{i // 4:06d}",
            name if i % 4 == 1 else "",
            "户主" if i % 4 == 1 else rng.choice(("配偶", "子", "女")),
            rng.choice(("小学", "初中", "高中", "大专")),
            "群众",
            rng.choice(("已婚", "未婚")),
            "健康",
            rng.choice(("务农", "务工", "无业")),
            rng.choice(("是", "否")),
            rng.choice(("广东省", "浙江省", "")) or None,
            rng.choice(("某电子厂", "某建筑公司", "")) or None,
            str(rng.randrange(1500, 9000, 100)),
            "是",
            "是",
            f"6228{i:012d}" if rng.random() < 0.9 else None,
        )
        for field, value in zip(LEDGER_FIELDS, row, strict=True):
            columns[field].append(value)
    repo.insert_entity_tuples(entities)
    repo.insert_import_records(((i, i, i + 3) for i in ids), 1, "综合办", recorded)
    repo.insert_current_columns(LEDGER_FIELDS, list(ids), list(ids), [columns[f] for f in LEDGER_FIELDS])


def main() -> None:
    import argparse
    import time

    parser = argparse.ArgumentParser(description="Build (or find) the generated load-test office.")
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--years", type=int, default=5)
    args = parser.parse_args()
    start = time.perf_counter()
    path = office_path(args.persons, args.years)
    print(
        f"{path}  ({time.perf_counter() - start:.1f} s; built {datetime.fromtimestamp(path.stat().st_mtime)})"
    )


if __name__ == "__main__":
    main()
