"""Duplicate data requests: pairs on the sample templates against their truth, and synthetic cases."""

from __future__ import annotations

import json
from itertools import combinations
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.cli.main import main as cli_main
from desktop.errors import NotFoundError
from desktop.forms.overlaps import BADGE_DUPLICATE, BADGE_SAME_DOC_NO, BADGE_SIMILAR, add_months, data_fields
from tests.intake_truth import amended_truth

PERSON = [
    "姓名", "性别", "公民身份号码", "出生日期", "民族", "所在村（社区）", "联系电话", "家庭住址", "文化程度",
    "健康状况",
]  # fmt: skip


def template(path: Path, headers: list[str], title: str = "白沙镇人员信息登记表") -> Path:
    """Title, 填报单位 line, one header row (序号 first), five numbered blank rows, footer."""
    wb = Workbook()
    ws = wb.active
    ws.title = "登记表"
    ws.cell(1, 1, title)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers) + 1)
    ws.cell(2, 1, "填报单位（盖章）：                    填报日期：")
    for col, text in enumerate(["序号", *headers], start=1):
        ws.cell(3, col, text)
    for number in range(1, 6):
        ws.cell(3 + number, 1, number)
    ws.cell(10, 1, "填表人：            审核人：")
    wb.save(path)
    return path


def register(office, path: Path, department: str = "县民政局", received: str = "2026-11-03", **values):
    return office.intake.register(path, {"department": department, "received": received, **values}).item.id


def test_data_fields_drop_seq_and_remarks_and_repeats():
    assert data_fields(
        ["meta.seq", "person.name", None, "person.remarks", "person.name", "person.phone"]
    ) == (
        "person.name",
        "person.phone",
    )
    assert add_months(__import__("datetime").date(2025, 1, 31), 1).isoformat() == "2025-02-28"


# --- the sample templates against truth.json -------------------------------------------------


def truth_pairs(truth: list[dict], received: dict[str, str]) -> dict[tuple[str, str], dict]:
    """Pairs computed straight from the truth field lists: (later file, earlier file) → measures."""
    fields = {t["file"]: data_fields(c["field"] for c in t["columns"]) for t in truth}
    entity = {t["file"]: t["entity"] for t in truth}
    order = sorted(fields, key=lambda f: received[f])
    pairs = {}
    for earlier, later in combinations(order, 2):
        shared = set(fields[later]) & set(fields[earlier])
        if entity[later] != entity[earlier] or not shared:
            continue
        pairs[(later, earlier)] = {
            "shared": shared,
            "containment": len(shared) / len(fields[later]),
            "jaccard": len(shared) / len(set(fields[later]) | set(fields[earlier])),
        }
    return pairs


def test_sample_overlaps_match_truth(office, shared_dir):
    base = shared_dir / "samples"
    truth = amended_truth(base)  # fields added to the catalog since truth.json (issue 12)
    known = {d.name for d in office.departments.list()} | {d.short_name for d in office.departments.list()}
    received, item_of = {}, {}
    for number, t in enumerate(truth):
        if t["department"] not in known:
            office.departments.add(t["department"])
            known.add(t["department"])
        received[t["file"]] = f"2026-{number + 2:02d}-15"
        item_of[t["file"]] = register(office, base / t["file"], t["department"], received[t["file"]])
    file_of = {item: file for file, item in item_of.items()}

    want = truth_pairs(truth, received)
    got = {(file_of[p["a"]], file_of[p["b"]]): p for p in office.overlaps.all_pairs()}
    assert got.keys() == want.keys()
    assert len(want) == 7  # six among the four person forms, one between the two household forms
    for key, pair in got.items():
        assert set(pair["shared"]) == want[key]["shared"], key
        assert pair["containment"] == pytest.approx(want[key]["containment"], abs=1e-4)
        assert pair["jaccard"] == pytest.approx(want[key]["jaccard"], abs=1e-4)
        assert pair["duplicate"] == (want[key]["containment"] >= 0.8)
        assert pair["entity"] in ("person", "household")
    # Two truly repeated requests: 体检登记 after 特困供养, 饮水安全 after 农户家庭基本情况.
    duplicates = {key for key, p in got.items() if p["duplicate"]}
    assert {(a[6:8], b[6:8]) for a, b in duplicates} == {("04", "03"), ("06", "05")}

    later = item_of["forms/04_65岁及以上老年人健康体检登记表.xls"]
    first = office.overlaps.overlaps_for(later)[0]
    assert first.other_id == item_of["forms/03_特困供养人员信息表.xlsx"] and first.earlier
    assert first.department == "县民政局" and first.duplicate and "健康状况" in first.shared_names
    badges = office.overlaps.duplicate_badges(item_of.values())
    assert badges[later] == BADGE_DUPLICATE
    assert item_of["forms/01_城乡居民基本养老保险参保登记花名册.xlsx"] not in badges  # nothing earlier


# --- synthetic forms (always run) -------------------------------------------------------------


def test_duplicate_at_eighty_percent_and_similar_below(office, tmp_path):
    first = register(office, template(tmp_path / "a.xlsx", PERSON), received="2026-03-01")
    eight = PERSON[:8] + ["婚姻状况", "政治面貌"]  # 8 of 10 shared → 80 %
    second = register(office, template(tmp_path / "b.xlsx", eight, "另一张表"), received="2026-06-01")
    six = PERSON[:6] + ["残疾类别", "残疾等级", "就业状态", "与户主关系"]  # 6 of 10 → 60 %
    third = register(office, template(tmp_path / "c.xlsx", six, "第三张表"), received="2026-07-01")

    overlap = next(o for o in office.overlaps.overlaps_for(second) if o.other_id == first)
    assert (len(overlap.shared), overlap.fields, overlap.containment) == (8, 10, 0.8)
    assert overlap.duplicate and overlap.earlier and not overlap.same_template and not overlap.same_doc_no
    assert overlap.jaccard == pytest.approx(8 / 12)
    assert overlap.shared_names[:3] == ("姓名", "性别", "公民身份号码")
    assert overlap.department == "县民政局" and overlap.received == "2026-03-01"
    to_third = next(o for o in office.overlaps.overlaps_for(third) if o.other_id == first)
    assert to_third.containment == 0.6 and not to_third.duplicate
    # The earlier form sees the later ones too, marked as later.
    assert {o.other_id: o.earlier for o in office.overlaps.overlaps_for(first)} == {
        second: False,
        third: False,
    }
    assert office.overlaps.duplicate_badges([first, second, third]) == {
        second: BADGE_DUPLICATE,
        third: BADGE_SIMILAR,
    }


def test_same_file_twice_and_same_layout_are_the_same_template(office, tmp_path):
    path = template(tmp_path / "a.xlsx", PERSON[:4])
    first = register(office, path, received="2026-05-01")
    second = register(office, path, department="县卫健委", received="2026-09-01")
    relayout = template(tmp_path / "b.xlsx", PERSON[:4], title="白沙镇人员信息登记表（2026年下半年）")
    third = register(office, relayout, received="2026-10-01")
    overlaps = {o.other_id: o for o in office.overlaps.overlaps_for(second)}
    assert overlaps[first].same_template and overlaps[first].containment == 1.0
    assert overlaps[third].same_template  # another file, same headers and fields
    assert office.overlaps.duplicate_badges([first, second, third]) == {
        second: BADGE_DUPLICATE,
        third: BADGE_DUPLICATE,
    }


def test_same_doc_no_in_two_spellings(office, tmp_path):
    persons = template(tmp_path / "a.xlsx", PERSON[:3])
    first = register(office, persons, doc_no="县民发〔2026〕9号", received="2026-05-01")
    villages = template(tmp_path / "b.xlsx", ["村（社区）名称", "户籍人口（人）"], "各村人口统计表")
    second = register(office, villages, doc_no="县民发[2026]9号", received="2026-05-02")
    (overlap,) = office.overlaps.overlaps_for(second)
    assert overlap.other_id == first and overlap.same_doc_no and overlap.shared == ()
    assert office.overlaps.duplicate_badges([second]) == {second: BADGE_SAME_DOC_NO}
    assert office.overlaps.all_pairs() == []  # no shared field: not a pair of the list


def test_window_excludes_old_forms_and_is_configurable(office, tmp_path):
    old = register(office, template(tmp_path / "a.xlsx", PERSON), received="2025-10-31")
    new = register(office, template(tmp_path / "b.xlsx", PERSON, "新表"), received="2026-11-20")
    assert office.overlaps.overlaps_for(new) == [] and office.overlaps.all_pairs() == []
    assert office.overlaps.duplicate_badges([old, new]) == {}
    office.settings.set("overlap_window_months", 13)
    assert [o.other_id for o in office.overlaps.overlaps_for(new)] == [old]
    assert [(p["a"], p["b"]) for p in office.overlaps.all_pairs()] == [(new, old)]
    office.settings.set("overlap_window_months", "nonsense")
    assert office.overlaps.window_months() == 12


def test_seq_and_remarks_never_count(office, tmp_path):
    first = register(office, template(tmp_path / "a.xlsx", ["姓名", "备注"]), received="2026-05-01")
    second = register(
        office, template(tmp_path / "b.xlsx", ["联系电话", "备注"], "另一张"), received="2026-05-02"
    )
    assert office.overlaps.overlaps_for(second) == [] and office.overlaps.all_pairs() == []
    third = register(
        office, template(tmp_path / "c.xlsx", ["姓名", "性别", "备注"], "第三张"), received="2026-05-03"
    )
    (overlap,) = office.overlaps.overlaps_for(third)
    assert overlap.other_id == first and overlap.shared == ("person.name",) and overlap.fields == 2


def test_non_forms_and_unknown_ids(office):
    task = office.registry.create({"kind": "task", "title": "秋季防火检查", "department": "县应急局"}).item
    assert office.overlaps.overlaps_for(task.id) == []
    assert office.overlaps.ledger_can_fill(task.id) == (0, 0)
    assert office.overlaps.duplicate_badges([task.id, 999]) == {}
    with pytest.raises(NotFoundError):
        office.overlaps.overlaps_for(999)


def test_cli_overlaps_json_human_and_errors(office, tmp_path, capsys):
    first = register(office, template(tmp_path / "a.xlsx", PERSON), received="2026-03-01")
    second = register(office, template(tmp_path / "b.xlsx", PERSON[:9], "第二张"), received="2026-04-01")
    db = str(office.path)
    assert cli_main(["--db", db, "forms", "overlaps", "--json"]) == 0
    (pair,) = json.loads(capsys.readouterr().out)
    assert {k: pair[k] for k in ("a", "b", "entity", "containment", "duplicate")} == {
        "a": second,
        "b": first,
        "entity": "person",
        "containment": 1.0,
        "duplicate": True,
    }
    assert pair["jaccard"] == 0.9 and len(pair["shared"]) == 9 and "person.name" in pair["shared"]
    assert cli_main(["--db", db, "forms", "overlaps"]) == 0
    (line,) = capsys.readouterr().out.strip().splitlines()
    assert f"{second}《第二张》" in line and "100%" in line and "重复" in line
    assert cli_main(["--db", db, "forms", "overlaps", "--item", str(second), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["overlaps"][0]["other_id"] == first and data["ledger_can_fill"] == {"held": 0, "total": 9}
    assert cli_main(["--db", db, "forms", "overlaps", "--item", "999"]) == 1
    assert "999" in capsys.readouterr().err
