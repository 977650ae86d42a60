"""The configuration package's members: written from plain data and read back, each bad member named."""

from __future__ import annotations

import json

import pytest

from desktop.county.config_content import (
    CONFIG,
    DEPARTMENTS,
    WHITELIST,
    ConfigContent,
    build_members,
    read_content,
)
from desktop.errors import ValidationError
from storage.whitelist import WhitelistEntry

SYNONYMS = {"format": "yibiao-synonyms", "version": 2, "synonyms": [], "custom_fields": [], "not_fields": []}


def _content() -> ConfigContent:
    entry = WhitelistEntry(
        "人社统1/表", "务工登记表", "县人力资源和社会保障局", "县人社局", "云统制〔2026〕3号",
        "2026-01-01", None, "月", "cycle_end+5wd", None, "务工登记表.xlsx",
    )  # fmt: skip
    return ConfigContent(
        version=3,
        county={"name": "云溪县人民政府办公室", "code": "530699000000", "county": "云溪县"},
        townships=[("530699112000", "白沙镇人民政府")],
        departments=[("县人力资源和社会保障局", "县人社局"), ("县民政局", "")],
        fields=[{"id": "person.name", "entity": "person", "name_zh": "姓名"}],
        synonyms=SYNONYMS,
        whitelist=[entry, WhitelistEntry("民统2表", "核查表", "县民政局")],
        templates={"人社统1/表": b"PK\x03\x04 template"},
        holidays=["2026-12-31"],
    )


def _reader(members: dict[str, bytes]):
    return members.__getitem__, list(members)


def test_members_round_trip() -> None:
    members = build_members(_content())
    assert "config/templates/人社统1／表.xlsx" in members  # a 表号 made a safe file name
    back = read_content(*_reader(members))
    assert back.version == 3 and back.townships == [("530699112000", "白沙镇人民政府")]
    assert back.departments == [("县人力资源和社会保障局", "县人社局"), ("县民政局", "")]
    assert [e.form_no for e in back.whitelist] == ["人社统1/表", "民统2表"]
    assert back.whitelist[0].valid_until is None and back.whitelist[0].template_name == "务工登记表.xlsx"
    assert back.templates == {"人社统1/表": b"PK\x03\x04 template"} and back.holidays == ["2026-12-31"]


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda m: m.pop(DEPARTMENTS), "缺少 config/departments.csv"),
        (lambda m: m.update({DEPARTMENTS: b"name,short\n"}), "config/departments.csv 内容不对"),
        (lambda m: m.update({CONFIG: b"{not json"}), "config/config.json 内容不对"),
        (lambda m: m.pop("config/templates/人社统1／表.xlsx"), "缺少 config/templates/"),
        (
            lambda m: m.update({WHITELIST: json.dumps({"entries": [{"title": "无表号"}]}).encode()}),
            "内容不对",
        ),
    ],
)
def test_a_bad_member_is_named(change, words) -> None:
    members = build_members(_content())
    change(members)
    with pytest.raises(ValidationError, match=words):
        read_content(*_reader(members))


def test_a_newer_format_asks_for_an_upgrade() -> None:
    members = build_members(_content())
    meta = json.loads(members[CONFIG])
    members[CONFIG] = json.dumps({**meta, "format_version": 99}).encode()
    with pytest.raises(ValidationError, match="较新版本"):
        read_content(*_reader(members))
