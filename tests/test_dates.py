"""One reader of date shapes (desktop.dates) behind both contracts: the registry's typed dates and the ledger's
cells. A day written any way a clerk writes it means the same day to both; 20261204 works everywhere."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.dates import DateParts, parse_date, parse_due, read_date_text
from desktop.errors import ValidationError
from desktop.ledger.dates import parse_date as parse_cell
from tests.test_registry import SPELLINGS as REGISTRY_SPELLINGS

WIDE = str.maketrans("0123456789-/.: ", "０１２３４５６７８９－／．：\u3000")
DAYS = st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31))
MORE_SPELLINGS = (
    "{y}.{m}.{d}.",
    "{y} 年 {m} 月 {d} 号",
    "{y} {m:02d} {d:02d}",
    "{y}-{m:02d}-{d:02d}",
    "{y}{m:02d}{d:02d}",
)
SPELLINGS = (
    *REGISTRY_SPELLINGS,  # 2026-12-4, 2026.12.04, 2026年12月4日, 20261204, full-width digits …
    *(lambda d, f=form: f.format(y=d.year, m=d.month, d=d.day) for form in MORE_SPELLINGS[:3]),
    # typed with a Chinese input method in full-width mode: the signs too, not only the digits
    *(
        lambda d, f=form: f.format(y=d.year, m=d.month, d=d.day).translate(WIDE)
        for form in MORE_SPELLINGS[3:]
    ),
)


@given(DAYS, st.sampled_from(SPELLINGS))
def test_registry_and_ledger_read_a_day_the_same_way(day: date, spell):
    text = spell(day)
    assert parse_date(text) == day.isoformat(), text
    assert parse_due(text) == day.isoformat(), text
    assert parse_cell(text).value == day.isoformat(), text


@given(
    DAYS, st.integers(0, 23), st.integers(0, 59), st.sampled_from(SPELLINGS[:7]), st.sampled_from([" ", "T"])
)
def test_a_time_after_any_day_shape(day: date, hour: int, minute: int, spell, sep: str):
    text = f"{spell(day)}{sep}{hour}:{minute:02d}"
    assert read_date_text(text) == DateParts(day.year, day.month, day.day, (hour, minute))
    assert parse_due(text) == f"{day.isoformat()}T{hour:02d}:{minute:02d}"
    assert parse_cell(text).value == day.isoformat()  # a cell keeps the day
    with pytest.raises(ValidationError):
        parse_date(text)  # a registry date is a whole day


def test_a_time_does_not_eat_a_one_digit_day():
    # Read with the spaces taken out first, "1985-3-2 10:30" was 1985-03-21 at 0:30: a wrong day, silently.
    assert parse_cell("1985-3-2 10:30").value == "1985-03-02"
    assert parse_cell("1985-3-1 10:30").value == "1985-03-01"
    assert parse_cell("20261204 17:00").value == "2026-12-04"


@pytest.mark.parametrize(
    "text, parts",
    [
        ("2026年12月", DateParts(2026, 12)),
        ("202612", DateParts(2026, 12)),
        ("2026", DateParts(2026)),
        ("2026年12-4", None),  # 年 goes with 月
        ("2026-12 17:00", None),  # a time follows a day
        ("12/4/2026", None),
        ("46360", None),  # an Excel serial is no calendar shape; the ledger alone accepts it
    ],
)
def test_shapes_that_are_not_a_day(text: str, parts: DateParts | None):
    assert read_date_text(text) == parts
    with pytest.raises(ValidationError):
        parse_date(text)


def test_the_ledger_alone_accepts_months_and_excel_serials():
    assert parse_cell("2026年12月").value == "2026-12"
    assert parse_cell("46360").value == "2026-12-04"
    assert parse_cell(46360).value == "2026-12-04"


# ---------------------------------------------------------------- issue 11, item 14: 20261204 is a date


def test_parse_date_and_parse_due_accept_20261204():
    assert parse_date("20261204", "received") == "2026-12-04"
    assert parse_date(" 20261204 ") == "2026-12-04"
    assert parse_due("20261204") == "2026-12-04"
    assert parse_due("20261204 17:00") == "2026-12-04T17:00"
    assert parse_due("20261204 17:00:00") == "2026-12-04T17:00"
    for impossible in ("20261232", "20261304", "2026120", "202612041"):
        with pytest.raises(ValidationError):
            parse_date(impossible)


def test_the_command_line_takes_20261204_wherever_it_takes_a_date(cli):
    added = cli(
        "items", "add", "--kind", "task", "--title", "冬季安全检查", "--department", "县人社局",
        "--received", "20261201", "--due", "20261204", "--json",
    )  # fmt: skip
    assert added.code == 0, added.err
    assert (added.data["received"], added.data["due"]) == ("2026-12-01", "2026-12-04")
    meeting = cli(
        "items", "add", "--kind", "meeting", "--title", "防汛会议", "--department", "县人社局",
        "--meeting-start", "20261207 09:30", "--json",
    )  # fmt: skip
    assert meeting.code == 0, meeting.err
    assert meeting.data["meeting_start"] == "2026-12-07T09:30"

    def ids(*args: str) -> list[int]:
        result = cli("items", "list", *args, "--json")
        assert result.code == 0, result.err
        return [item["id"] for item in result.data]

    task = added.data["id"]
    assert task in ids("--due-from", "20261204", "--due-to", "20261204")
    assert task not in ids("--due-from", "20261205")
    reported = cli("items", "progress", str(task), "--add", "已布置", "--on", "20261202", "--json")
    assert reported.code == 0, reported.err
    assert "2026-12-02" in reported.out
