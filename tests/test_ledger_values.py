"""Cell values → canonical ledger text, by field type; and back into a template's style."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl.utils.datetime import from_excel

from desktop.catalog.fields import load_builtin_catalog
from desktop.catalog.service import FIELD_TYPES
from desktop.ledger.keys import normalize_name
from desktop.ledger.values import VALUE_TYPES, detect_style, format_for_template, normalize_value, value_type

SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "samples"
WIDE = str.maketrans({c: chr(ord(c) + 0xFEE0) for c in "0123456789.-/"})
DATES = st.dates(date(1910, 1, 1), date(2099, 12, 31))


def norm(field_type, raw, **kw):
    result = normalize_value(field_type, raw, **kw)
    assert result.value is None or isinstance(result.value, str)
    return result


def canonical(field_type, raw, **kw):
    """The stored value of an input that must be valid."""
    result = norm(field_type, raw, **kw)
    assert result.valid, (raw, result)
    return result.value


def invalid(field_type, raw, **kw):
    """The reason of an input that must be invalid; it is kept as text with a Chinese message."""
    result = norm(field_type, raw, **kw)
    assert not result.valid, (raw, result)
    assert result.value, "an invalid value is kept, not dropped"
    assert result.message_zh
    return result.reason


# --- types -------------------------------------------------------------------------------------


def test_every_catalog_and_custom_field_type_is_handled():
    types = {f.type for f in load_builtin_catalog()} | set(FIELD_TYPES) | {"bool"}
    assert {value_type(t) for t in types} <= set(VALUE_TYPES)
    for t in types:
        assert norm(t, None).blank and norm(t, "  ").blank and norm(t, "/").blank


def test_catalog_enums_that_are_gender_or_yes_no_get_their_own_handling():
    catalog = {f.id: f for f in load_builtin_catalog()}
    assert value_type(catalog["person.gender"]) == "gender"
    for fid in (
        "person.dibao",
        "person.is_migrant_worker",
        "household.housing_safe",
        "person.pension_insured",
    ):
        assert value_type(catalog[fid]) == "yesno", fid
    assert value_type(catalog["person.birth_date"]) == "date"
    assert canonical(catalog["person.gender"], "女性") == "女"
    assert canonical(catalog["person.dibao"], "√") == "是"
    assert invalid(catalog["person.dibao"], "领取待遇") == "yesno"


def test_unknown_types_are_text():
    assert canonical("nonsense", "  a  b ") == "a b"


# --- dates -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("1985.03.02", "1985-03-02"),
        ("1985-3-2", "1985-03-02"),
        ("1985/3/2", "1985-03-02"),
        ("1985年3月2日", "1985-03-02"),
        ("1985年03月02日", "1985-03-02"),
        ("1985 年 3 月 2 日", "1985-03-02"),
        ("1985年3月2号", "1985-03-02"),
        ("19850302", "1985-03-02"),
        ("１９８５．０３．０２", "1985-03-02"),
        (" 1985.3.2. ", "1985-03-02"),
        ("1985-03-02 00:00:00", "1985-03-02"),
        ("1985-03-02T08:30", "1985-03-02"),
        ("1985.3", "1985-03"),
        ("1985.03", "1985-03"),
        ("1985-3", "1985-03"),
        ("1985/03", "1985-03"),
        ("1985年3月", "1985-03"),
        ("198503", "1985-03"),
        (198503, "1985-03"),
        (19850302, "1985-03-02"),
        (2016.08, "2016-08"),
        (2016.12, "2016-12"),
        (2016.3, "2016-03"),
        (datetime(1961, 6, 9), "1961-06-09"),
        (datetime(1961, 6, 9, 14, 30), "1961-06-09"),
        (date(2000, 2, 29), "2000-02-29"),
        (31108, "1985-03-02"),
        (31107, "1985-03-01"),
        (31108.75, "1985-03-02"),
        ("31108", "1985-03-02"),
        ("1984.02.29", "1984-02-29"),
    ],
)
def test_date_forms(raw, expected):
    assert canonical("date", raw) == expected


@pytest.mark.parametrize(
    "raw, reason",
    [
        ("1985.13.02", "date"),
        ("1985.02.29", "date"),
        ("1985-04-31", "date"),
        ("19850230", "date"),
        ("1985年0月1日", "date"),
        ("1985.13", "date"),
        (198513, "date"),
        ("1850.01.01", "date_range"),
        ("2150-01-01", "date_range"),
        ("85.3.2", "not_date"),
        ("3/2/1985", "not_date"),
        ("1985年3.2", "not_date"),
        ("去年", "not_date"),
        ("1985", "year_only"),
        ("1985年", "year_only"),
        (1985, "year_only"),
        (2016.1, "ambiguous"),
        (2016.123, "not_date"),
        (12, "not_date"),
        (1_000_000, "not_date"),
        (True, "not_date"),
        ("#VALUE!", "excel_error"),
    ],
)
def test_invalid_dates_are_not_guessed(raw, reason):
    assert invalid("date", raw) == reason


def test_an_invalid_date_message_quotes_the_input():
    assert norm("date", "1985.13.02").message_zh == "日期“1985.13.02”无效：没有这一天"
    assert norm("date", "1985.13.02").value == "1985.13.02"


def test_excel_serial_notes_the_conversion():
    result = norm("date", 31108)
    assert (result.reason, result.valid) == ("excel_serial", True)
    assert "1985-03-02" in result.message_zh


@given(DATES)
def test_every_written_form_of_a_day_gives_its_iso_date(day):
    iso = day.isoformat()
    y, m, d = day.year, day.month, day.day
    serial = (day - date(1899, 12, 30)).days
    forms = [
        f"{y}.{m:02d}.{d:02d}",
        f"{y}.{m}.{d}",
        f"{y}-{m}-{d}",
        f"{y}/{m}/{d}",
        f"{y}年{m}月{d}日",
        f"{y}年{m:02d}月{d:02d}日",
        f"{y}{m:02d}{d:02d}",
        int(f"{y}{m:02d}{d:02d}"),
        f"{y}.{m:02d}.{d:02d}".translate(WIDE),
        f" {iso}\u3000",
        datetime(y, m, d, 9, 15),
        day,
        serial,
        float(serial) + 0.25,
        str(serial),
    ]
    for form in forms:
        assert canonical("date", form) == iso, form
    assert from_excel(serial).date() == day  # our serials agree with openpyxl's
    assert canonical("date", f"{y}.{m}") == canonical("date", f"{y}年{m}月") == f"{y}-{m:02d}"


@given(st.integers(1901, 2099), st.integers(1, 12), st.integers(29, 35))
def test_days_past_the_end_of_a_month_are_invalid(year, month, day):
    try:
        date(year, month, day)
    except ValueError:
        for form in (f"{year}.{month:02d}.{day}", f"{year}年{month}月{day}日", f"{year}{month:02d}{day}"):
            assert invalid("date", form) == "date"
    else:
        assert canonical("date", f"{year}.{month}.{day}") == date(year, month, day).isoformat()


# --- yes/no, gender, enum ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw, expected",
    [
        *[
            (w, "是")
            for w in ("是", "√", "✓", "✔", "Y", "y", "yes", "YES", "有", "TRUE", "true", "1", " 是 ")
        ],
        *[(w, "否") for w in ("否", "×", "✗", "✘", "N", "n", "no", "No", "无", "FALSE", "false", "0")],
        (True, "是"),
        (False, "否"),
        (1, "是"),
        (0, "否"),
        (1.0, "是"),
        (0.0, "否"),
    ],
)
def test_yes_no(raw, expected):
    assert canonical("yesno", raw) == expected
    assert canonical("bool", raw) == expected


@pytest.mark.parametrize("raw", ["maybe", "是否", "2", "已参保", "x"])
def test_yes_no_rejects_other_words(raw):
    assert invalid("yesno", raw) == "yesno"


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("男", "男"),
        ("女", "女"),
        ("男性", "男"),
        (" 女性 ", "女"),
        ("M", "男"),
        ("f", "女"),
        (1, "男"),
        ("2", "女"),
    ],
)
def test_gender(raw, expected):
    assert canonical("gender", raw) == expected


@pytest.mark.parametrize("raw", ["未知", "0", "9", "男女"])
def test_gender_rejects_other_words(raw):
    assert invalid("gender", raw) == "gender"


def test_enum_keeps_the_value_but_unifies_unambiguous_spellings():
    assert canonical("enum", " 一般脱贫户 ") == "一般脱贫户"
    assert canonical("enum", "√") == "是"
    assert canonical("enum", "×") == "否"
    assert canonical("enum", "男性") == "男"
    assert canonical("enum", "Y") == "Y"  # could be anything in an unknown enum


# --- phones ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("13800138000", "13800138000"),
        ("138 0013 8000", "13800138000"),
        ("138-0013-8000", "13800138000"),
        ("138.0013.8000", "13800138000"),
        ("+86 13800138000", "13800138000"),
        ("+8613800138000", "13800138000"),
        ("+86-138-0013-8000", "13800138000"),
        ("(+86)13800138000", "13800138000"),
        ("0086 13800138000", "13800138000"),
        ("8613800138000", "13800138000"),
        ("１３８００１３８０００", "13800138000"),
        ("＋８６ １３８００１３８０００", "13800138000"),
        (13800138000, "13800138000"),
        (13800138000.0, "13800138000"),
        (8613800138000, "13800138000"),
        ("19702904727", "19702904727"),
        ("(0871)1234567", "08711234567"),
        ("（0871）12345678", "087112345678"),
        ("0871-1234567", "08711234567"),
        ("010-12345678", "01012345678"),
        ("021 1234 5678", "02112345678"),
        ("+86 871 1234567", "08711234567"),
        ("+86-10-12345678", "01012345678"),
        (8711234567, "08711234567"),
        (8711234567.0, "08711234567"),
    ],
)
def test_phone_forms(raw, expected):
    assert canonical("phone", raw) == expected


def test_a_landline_number_cell_gets_its_zero_back_with_a_note():
    result = norm("phone", 8711234567.0)
    assert (result.value, result.reason) == ("08711234567", "leading_zero")


@pytest.mark.parametrize(
    "raw, reason",
    [
        ("12345678901", "mobile"),
        ("11800138000", "mobile"),
        ("1380013800", "length"),
        ("138001380001", "length"),
        ("2345678", "no_area_code"),
        ("87654321", "no_area_code"),
        ("1380013800/13900139000", "multiple"),  # the first of two is bad: test_ledger_tidy_values
        ("+1 415 555 0100", "not_phone"),
        ("0871-1234567转123", "not_phone"),
        ("电话", "not_phone"),
        (13800138000.5, "not_phone"),
        (-13800138000, "not_phone"),
        ("95588", "not_phone"),
    ],
)
def test_invalid_phones(raw, reason):
    assert invalid("phone", raw) == reason


def test_no_phone_is_blank():
    for raw in ("无", "暂无", "——", "/"):
        assert norm("phone", raw).blank


@given(
    st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True),
    st.sampled_from(["", "+86", "+86 ", "+86-", "0086", "86"]),
)
def test_any_mobile_in_any_spelling(mobile, prefix):
    spaced = f"{mobile[:3]} {mobile[3:7]} {mobile[7:]}"
    dashed = f"{mobile[:3]}-{mobile[3:7]}-{mobile[7:]}"
    for form in (mobile, spaced, dashed, mobile.translate(WIDE)):
        assert canonical("phone", prefix + form) == mobile
    assert canonical("phone", int(mobile)) == canonical("phone", float(mobile)) == mobile


# --- numbers -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "field_type, raw, expected",
    [
        ("integer", "1,234", "1234"),
        ("integer", "1234元", "1234"),
        ("integer", "1.5万元", "15000"),
        ("integer", "1.5万", "15000"),
        ("integer", "3人", "3"),
        ("integer", "5口", "5"),
        ("integer", "44岁", "44"),
        ("integer", "44周岁", "44"),
        ("integer", "3.0", "3"),
        ("integer", "１２３", "123"),
        ("integer", 6900, "6900"),
        ("integer", 44.0, "44"),
        ("integer", "无", "0"),
        ("money", "1,234", "1234.00"),
        ("money", "1234元", "1234.00"),
        ("money", "1.5万元", "15000.00"),
        ("money", "1200（元）", "1200.00"),
        ("money", "1200(元)", "1200.00"),
        ("money", "¥1,234.5", "1234.50"),
        ("money", "￥1234.5", "1234.50"),
        ("money", "-300", "-300.00"),
        ("money", "－300", "-300.00"),
        ("money", 1234.5600000000001, "1234.56"),
        ("money", 0.1 + 0.2, "0.30"),
        ("money", "1234.567", "1234.567"),  # more than fen is kept, not rounded away
        ("money", "0", "0.00"),
        ("decimal", "1.5万元", "15000"),
        ("decimal", "2.50", "2.5"),
        ("decimal", "-12.5", "-12.5"),
        ("decimal", "1.2E+4", "12000"),
        ("decimal", 6900, "6900"),
        ("number", "1,234,567.89", "1234567.89"),
        ("area", "2.5亩", "2.5"),
        ("area", "2.5", "2.5"),
        ("area", "2公顷", "30"),
        ("area", "1000平方米", "1.5"),
        ("area", "1000㎡", "1.5"),
    ],
)
def test_number_forms(field_type, raw, expected):
    assert canonical(field_type, raw) == expected


@pytest.mark.parametrize(
    "field_type, raw, unit, expected",
    [
        ("decimal", "15000元", "万元", "1.5"),
        ("decimal", "1.5万元", "（万元）", "1.5"),
        ("decimal", 1.5, "万元", "1.5"),
        ("money", "1.5万元", "万元", "1.50"),
        ("money", "3000", "元", "3000.00"),
        ("integer", "3人", "人", "3"),
        ("integer", "3", "户", "3"),
        ("decimal", "2.5亩", "亩", "2.5"),
    ],
)
def test_numbers_scale_into_the_columns_unit(field_type, raw, unit, expected):
    assert canonical(field_type, raw, unit=unit) == expected


@pytest.mark.parametrize(
    "field_type, raw, unit, reason",
    [
        ("integer", "3户", "人", "unit"),
        ("money", "3人", None, "unit"),
        ("money", "2.5亩", None, "unit"),
        ("area", "1200元", None, "unit"),
        ("decimal", "15%", None, "unit"),
        ("integer", "3只羊", None, "unit"),
        ("integer", "3.5", None, "not_integer"),
        ("integer", "2.5亩", None, "not_integer"),
        ("integer", "-5", None, "negative"),
        ("area", "-2", None, "negative"),
        ("money", "abc", None, "not_number"),
        ("money", "约1200", None, "not_number"),
        ("money", "12,34", None, "not_number"),
        ("money", "（元）", None, "not_number"),
        ("money", "1.2.3", None, "not_number"),
        ("integer", True, None, "not_number"),
        ("number", float("inf"), None, "not_number"),
        ("money", "#DIV/0!", None, "excel_error"),
    ],
)
def test_invalid_numbers_say_why(field_type, raw, unit, reason):
    assert invalid(field_type, raw, unit=unit) == reason


@given(st.decimals(Decimal("-99999999.99"), Decimal("99999999.99"), places=2))
def test_money_amounts_in_any_spelling(amount):
    expected = f"{amount:.2f}"
    forms = [
        f"{amount:,.2f}",
        f"{amount}元",
        f"¥{amount}",
        f"{amount}(元)",
        f"{amount / 10000}万元",
        float(amount),
    ]
    for form in forms:
        assert canonical("money", form) == expected, form


@given(st.integers(0, 10**9))
def test_counts_in_any_spelling(n):
    for form in (str(n), f"{n:,}", f"{n}人", n, float(n), str(n).translate(WIDE)):
        assert canonical("integer", form) == str(n), form


# --- keys and text through normalize_value -----------------------------------------------------


def test_keys_are_always_text():
    assert canonical("id_number", 511623196106093213) == "511623196106093213"
    assert canonical("id_number", " 51162319601005130x ") == "51162319601005130X"
    converted = norm("id_number", "511623740302557")
    assert (converted.value, converted.reason) == ("51162319740302557X", "from_15_digit")
    assert invalid("id_number", "511623197704098363") == "checksum"
    assert norm("id_number", "511623197704098363").value == "511623197704098363"
    assert invalid("id_number", 1.10101199003071e17) == "precision_lost"
    assert canonical("credit_code", "91110000600037341l") == "91110000600037341L"
    assert invalid("credit_code", "110108000000016") == "registration_no"
    assert canonical("code", 5116231080010001) == "5116231080010001"
    assert canonical("code", "6217 0016 2272 4981 265") == "6217001622724981265"
    assert invalid("code", 6.217001622724981e18) == "precision_lost"
    assert norm("id_number", "无").blank and norm("code", "暂无").blank


def test_text_is_trimmed_and_width_folded_but_keeps_chinese_punctuation():
    assert canonical("text", "  广东省  深圳市\n宝安区 ") == "广东省 深圳市 宝安区"
    assert canonical("text", "（一组）：ＡＢ１２３") == "（一组）：AB123"
    assert canonical("text", 3.0) == "3"
    assert canonical("text", datetime(2020, 1, 2)) == "2020-01-02"
    assert canonical("text", "无") == "无"
    assert invalid("text", "#N/A") == "excel_error"


@pytest.mark.parametrize(
    "field_type, raw",
    [
        ("date", "1985年3月2日"),
        ("date", 31108),
        ("date", 2016.08),
        ("yesno", "√"),
        ("gender", "女性"),
        ("phone", "+86-156-1727-9653"),
        ("phone", 8711234567),
        ("money", "1.5万元"),
        ("money", "1234.567"),
        ("integer", "3人"),
        ("decimal", "2.50"),
        ("area", "2公顷"),
        ("id_number", "511623740302557"),
        ("credit_code", "91110000600037341l"),
        ("code", 5116231080010001),
        ("text", " a\u3000b "),
        ("enum", "×"),
    ],
)
def test_canonical_values_are_fixed_points(field_type, raw):
    stored = canonical(field_type, raw)
    again = norm(field_type, stored)
    assert (again.value, again.valid, again.reason) == (stored, True, "ok")


# --- writing back into templates ---------------------------------------------------------------


@pytest.mark.parametrize(
    "field_type, stored, style, expected",
    [
        ("date", "1985-03-02", "cell", date(1985, 3, 2)),
        ("date", "1985-03-02", "", date(1985, 3, 2)),
        ("date", "1985-03-02", "YYYY.MM.DD", "1985.03.02"),
        ("date", "1985-03-02", "YYYY.M.D", "1985.3.2"),
        ("date", "1985-03-02", "YYYY年M月D日", "1985年3月2日"),
        ("date", "1985-03-02", "YYYY-MM-DD", "1985-03-02"),
        ("date", "1985-03-02", "YYYYMMDD", "19850302"),
        ("date", "1985-03-02", "YYYY.MM", "1985.03"),
        ("date", "1985-03", "YYYY年M月D日", "1985年3月"),
        ("date", "1985-03", "YYYY.MM.DD", "1985.03"),
        ("date", "1985-03", "cell", "1985-03"),
        ("date", "1985.13.02", "cell", "1985.13.02"),
        ("yesno", "是", "√/×", "√"),
        ("yesno", "否", "√/×", "×"),
        ("yesno", "否", "", "否"),
        ("enum", "是", "有/无", "有"),
        ("integer", "12", "", 12),
        ("money", "1234.50", "", 1234.5),
        ("money", "15000.00", "", 15000),
        ("decimal", "2.5", "", 2.5),
        ("money", "1234.50", "text", "1234.50"),
        ("id_number", "511623196106093213", "", "511623196106093213"),
        ("phone", "13800138000", "", "13800138000"),
        ("code", "5116231080010001", "", "5116231080010001"),
        ("date", None, "cell", None),
    ],
)
def test_format_for_template(field_type, stored, style, expected):
    written = format_for_template(field_type, stored, style)
    assert written == expected and type(written) is type(expected)


@pytest.mark.parametrize(
    "samples, style",
    [
        (["1985.03.02"], "YYYY.MM.DD"),
        (["1985.3.2"], "YYYY.M.D"),
        (["1985-03-02"], "YYYY-MM-DD"),
        (["1985/3/2"], "YYYY/M/D"),
        (["1985年3月2日"], "YYYY年M月D日"),
        (["1985年03月02日"], "YYYY年MM月DD日"),
        (["1985年12月25日"], "YYYY年M月D日"),
        (["19850302"], "YYYYMMDD"),
        (["2016.08"], "YYYY.MM"),
        (["2016年8月"], "YYYY年M月"),
        (["YYYY-MM-DD"], "YYYY-MM-DD"),
        (["yyyy.mm.dd"], "YYYY.MM.DD"),
        (["XXXX年XX月XX日"], "YYYY年MM月DD日"),
        ([datetime(1985, 3, 2)], "cell"),
        ([31108], "cell"),
        (["√"], "√/×"),
        (["×"], "√/×"),
        (["是"], "是/否"),
        (["是/否"], "是/否"),
        (["有、无"], "有/无"),
        (["Y"], "Y/N"),
        (["1985.03.02", "1985.3.2", "1985.04.05", None], "YYYY.MM.DD"),
        ([None, "示例", "张三"], ""),
        ([], ""),
        (["1985.13.02"], ""),
    ],
)
def test_detect_style(samples, style):
    assert detect_style(samples) == style


@given(
    DATES, st.sampled_from(["1985.03.02", "1985.3.2", "1985-03-02", "1985/3/2", "1985年3月2日", "19850302"])
)
def test_a_date_written_in_a_detected_style_reads_back_the_same(day, example):
    style = detect_style([example])
    written = format_for_template("date", day.isoformat(), style)
    assert canonical("date", written) == day.isoformat()


# --- the synthetic returns ---------------------------------------------------------------------

HEADERS = {
    "姓名": "name",
    "公民身份号码": "id_number",
    "身份证号码": "id_number",
    "出生日期": "birth_date",
    "联系电话": "phone",
    "手机号码": "phone",
    "性别": "gender",
}
FIELD_TYPE = {"id_number": "id_number", "birth_date": "date", "phone": "phone", "gender": "gender"}


@pytest.fixture(scope="module")
def returns():
    truth_file = SAMPLES / "returns_truth.json"
    if not truth_file.exists():
        pytest.skip("shared samples not present")
    from openpyxl import load_workbook

    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    loaded = []
    for ret in truth["returns"]:
        sheet = load_workbook(SAMPLES / ret["file"], read_only=True, data_only=True)[ret["sheet"]]
        grid = [list(row) for row in sheet.iter_rows(values_only=True)]
        columns = {}
        for header_row in range(ret["header_rows"][0], ret["header_rows"][1] + 1):
            for col, text in enumerate(grid[header_row - 1]):
                if isinstance(text, str) and text.strip() in HEADERS:
                    columns.setdefault(HEADERS[text.strip()], col)
        loaded.append((ret, grid, columns))
    return truth, loaded


def test_every_sample_cell_normalises_to_the_persons_canonical_value(returns):
    truth, loaded = returns
    typo_cells = {(r["file"], r["row"]) for r in truth["invalid_id_rows"]}
    checked = 0
    for ret, grid, columns in loaded:
        assert {"name", "id_number", "phone"} <= set(columns)
        for row in ret["rows"]:
            person = truth["persons"][str(row["person"])]
            cells = grid[row["row"] - 1]
            assert normalize_name(cells[columns["name"]]) == person["name"]
            for field, col in columns.items():
                if field == "name" or (field == "id_number" and (ret["file"], row["row"]) in typo_cells):
                    continue
                result = normalize_value(FIELD_TYPE[field], cells[col])
                assert result.valid, (ret["file"], row, field, cells[col])
                if field == "phone" and person["phone"] is None:
                    continue  # the form gives the household's phone for a person without one
                assert result.value == person[field], (ret["file"], row, field, cells[col])
                checked += 1
    assert checked > 1000


def test_sample_typo_cells_are_invalid_in_the_workbooks(returns):
    truth, loaded = returns
    grids = {ret["file"]: grid for ret, grid, _ in loaded}
    for typo in truth["invalid_id_rows"]:
        cell = grids[typo["file"]][typo["row"] - 1][typo["col"] - 1]
        result = normalize_value("id_number", cell)
        assert (result.valid, result.reason, result.value) == (False, "checksum", typo["value"])


def test_sample_persons_values_are_canonical(returns):
    truth, _ = returns
    for person in truth["persons"].values():
        assert canonical("phone", person["phone"]) == person["phone"]
        assert canonical("date", person["birth_date"]) == person["birth_date"]
        assert canonical("gender", person["gender"]) == person["gender"]
        assert canonical("id_number", person["id_number"]) == person["id_number"]
        assert canonical("code", person["household_no"]) == person["household_no"]


OTHER_COLUMNS = {
    "外出时间": "date",
    "是否外出务工": "yesno",
    "是否参加城乡居民养老保险": "yesno",
    "月均收入（元）": "money",
    "缴费档次（元）": "money",
    "年龄": "integer",
    "所在村民小组": "text",
}


def test_sample_dates_yes_no_and_money_columns_are_all_valid(returns):
    _, loaded = returns
    seen = set()
    for ret, grid, _ in loaded:
        for header_row in range(ret["header_rows"][0], ret["header_rows"][1] + 1):
            for col, header in enumerate(grid[header_row - 1]):
                field_type = OTHER_COLUMNS.get(header)
                if field_type is None:
                    continue
                seen.add(header)
                for cells in grid[ret["data_start_row"] - 1 : ret["data_end_row"]]:
                    result = norm(field_type, cells[col])
                    assert result.valid, (ret["file"], header, cells[col], result)
    assert seen == set(OTHER_COLUMNS)
