"""The form measures of the burden report on the demo office — duplicate requests and 清单外 — each
reproduced by an SQL query written here."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from desktop.demo.office import fill_demo
from desktop.office import Office
from tests.conftest import FIXED_NOW

START, END = date(2026, 8, 1), date(2026, 11, 30)
PERIOD = (START.isoformat(), END.isoformat())

# Pairs of forms of the same kind of record where the later asks for ≥ 80 % of its data fields again (or is
# the same template file), received within the overlap window (12 months) — the rule of desktop.forms.overlaps.
DUPLICATES = """
WITH f AS (
    SELECT DISTINCT c.item_id, c.field_id, t.entity, t.sha256 FROM form_columns c
    JOIN form_templates t ON t.item_id = c.item_id
    WHERE c.field_id IS NOT NULL AND c.field_id NOT LIKE 'meta.%' AND c.field_id NOT LIKE '%.remarks'),
n AS (SELECT item_id, COUNT(*) AS fields FROM f GROUP BY item_id),
shared AS (
    SELECT a.item_id AS later, b.item_id AS earlier, COUNT(*) AS fields FROM f a
    JOIN f b ON a.field_id = b.field_id AND a.entity = b.entity AND a.item_id <> b.item_id
    GROUP BY a.item_id, b.item_id)
SELECT s.later, s.earlier, s.fields FROM shared s
JOIN n ON n.item_id = s.later
JOIN items ia ON ia.id = s.later JOIN items ib ON ib.id = s.earlier
JOIN form_templates ta ON ta.item_id = s.later JOIN form_templates tb ON tb.item_id = s.earlier
WHERE (ia.received > ib.received OR (ia.received = ib.received AND ia.id > ib.id))
  AND (s.fields * 1.0 / n.fields >= 0.8 OR ta.sha256 = tb.sha256)
  AND date(ib.received, '+12 months') >= date(ia.received)
  AND substr(ia.received, 1, 10) BETWEEN ? AND ?
ORDER BY s.later, s.earlier
"""

# Forms received in the period with no whitelist entry by link or 文号, or outside the entry's 有效期.
OFF_LIST = """
SELECT items.id FROM items
LEFT JOIN whitelist_forms w ON w.form_no = items.whitelist_form OR w.form_no = items.doc_no
WHERE items.kind = 'form' AND substr(items.received, 1, 10) BETWEEN ? AND ?
  AND (w.form_no IS NULL OR substr(items.received, 1, 10) > COALESCE(w.valid_until, '9999')
       OR substr(items.received, 1, 10) < COALESCE(w.valid_from, ''))
ORDER BY items.id
"""


@pytest.fixture
def demo(db_path):
    office = Office(db_path, clock=lambda: FIXED_NOW)
    fill_demo(office)
    yield office
    office.close()


def sql(office, query, params=PERIOD):
    conn = sqlite3.connect(office.path)
    try:
        return conn.execute(query, params).fetchall()
    finally:
        conn.close()


def test_duplicate_requests(demo):
    expected = sql(demo, DUPLICATES)
    assert expected, "the demo office has a form asking again for an earlier one's facts"
    data = demo.burden.report(START, END).to_dict()["duplicate_requests"]
    assert [(p["later"], p["earlier"], p["shared_fields"]) for p in data["pairs"]] == expected
    assert data["count"] == len(expected)
    assert data["shared_fields"] == sum(n for _a, _b, n in expected)
    assert demo.burden.items_behind("duplicate_requests", None, START, END) == sorted(
        {a for a, _b, _n in expected}
    )


def test_off_whitelist(demo):
    report = demo.burden.report(START, END).to_dict()["off_whitelist"]
    assert report == {**report, "whitelist": False, "count": 0}  # no whitelist received: nothing marked
    forms = sql(
        demo,
        "SELECT id, doc_no, substr(received, 1, 10) FROM items WHERE kind = 'form' AND doc_no <> ''"
        " AND substr(received, 1, 10) BETWEEN ? AND ? ORDER BY received, id",
    )
    (listed, _, _), (expired, _, expired_day) = forms[0], forms[1]
    demo.whitelist.save(
        {"form_no": forms[0][1], "title": "甲乙丙表", "department": "县统计局", "frequency": "月"}
    )
    demo.whitelist.save(
        {
            "form_no": forms[1][1],
            "title": "丁戊己表",
            "department": "县统计局",
            "frequency": "月",
            "valid_until": date.fromordinal(date.fromisoformat(expired_day).toordinal() - 1).isoformat(),
        }
    )
    expected = [i for (i,) in sql(demo, OFF_LIST)]
    assert listed not in expected and expired in expected
    report = demo.burden.report(START, END).to_dict()["off_whitelist"]
    forms_in_period = sql(
        demo, "SELECT COUNT(*) FROM items WHERE kind = 'form' AND substr(received, 1, 10) BETWEEN ? AND ?"
    )
    assert report["whitelist"] is True and report["count"] == len(expected)
    assert report["expired"] == 1 and report["share"] == round(len(expected) / forms_in_period[0][0], 4)
    assert demo.burden.items_behind("off_whitelist", None, START, END) == expected
    assert demo.burden.items_behind("off_whitelist", "expired", START, END) == [expired]
