"""Header text normalisation."""

from __future__ import annotations

import pytest

from desktop.intake.normalize import canonical_unit, header_key, is_numeric_text, normalize_header


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("姓  名", "姓名"),
        ("姓\u3000名", "姓名"),
        ("姓\n名", "姓名"),
        ("＊姓名", "姓名"),
        ("户码*", "户码"),
        ("1.全年家庭纯收入", "全年家庭纯收入"),
        ("（一）基本情况", "基本情况"),
        ("一、基本情况", "基本情况"),
        ("①姓名", "姓名"),
        ("所在村（社区）", "所在村"),
        ("村（社区）名称", "村名称"),
        ("ＮＯ．", "no"),
        ("2018年系统导出人数", "2018年系统导出人数"),
        ("0-6岁儿童", "06岁儿童"),
        ("", ""),
        ("12", ""),
    ],
)
def test_keys(raw: str, key: str) -> None:
    assert header_key(raw) == key


def test_units_required_and_notes() -> None:
    h = normalize_header("承包耕地面积(亩)*")
    assert (h.key, h.unit, h.unit_kind, h.required) == ("承包耕地面积", "亩", "area", True)
    h = normalize_header("户编号（随迁户：户主身份证号）")
    assert h.key == "户编号" and h.notes == ("随迁户:户主身份证号",) and h.unit == ""
    assert normalize_header("家庭年收入（万元）").unit_kind == "money"
    assert normalize_header("低保对象（户）").unit == "户"
    assert normalize_header("姓名（必填）").required
    assert normalize_header("住房面积(m2)").unit == "㎡"
    assert normalize_header("1.贫困户基本情况").numbering == "1."


def test_helpers() -> None:
    assert canonical_unit("单位：万元") == "万元"
    assert canonical_unit("社区") == ""
    assert is_numeric_text("1-5") and is_numeric_text("0.5") and not is_numeric_text("甲")
