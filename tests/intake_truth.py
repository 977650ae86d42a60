"""The shared templates' truth, with the amendments the catalog has made since it was written.

``../shared/*/truth.json`` is read-only here. When a new catalog field gives a column labelled ``null``
a plausible field (县 → meta.county, 帮扶人姓名 → household.helper_name …),
``tests/intake_truth_amendments.json`` records the column's field; evaluations read the truth through
:func:`amended_truth` so that mapping such a column counts as right.
"""

from __future__ import annotations

import json
from pathlib import Path

AMENDMENTS = Path(__file__).resolve().with_name("intake_truth_amendments.json")


def amendments() -> list[dict]:
    """Every amendment: set (samples/real), file (as in truth.json), col, header, field."""
    return json.loads(AMENDMENTS.read_text(encoding="utf-8"))


def amend(set_name: str, truth: list[dict]) -> list[dict]:
    """``truth`` (one set's records) with the amendments put in; the records are copied.

    An amendment with ``col`` sets that column's field; one with ``title`` sets the record's title
    (a title no cell of the workbook holds — the original file's name upstream — becomes the one the
    file itself gives).
    """
    mine = [a for a in amendments() if a["set"] == set_name]
    fields = {(a["file"], a["col"]): a["field"] for a in mine if "col" in a}
    titles = {a["file"]: a["title"] for a in mine if "title" in a}
    out = []
    for record in truth:
        columns = [
            {**c, "field": fields.get((record["file"], c["col"]), c["field"])} for c in record["columns"]
        ]
        out.append({**record, "title": titles.get(record["file"], record.get("title")), "columns": columns})
    return out


def amended_truth(base: Path) -> list[dict]:
    """``base/truth.json`` with the amendments of the set named like ``base`` (samples, real)."""
    return amend(base.name, json.loads((base / "truth.json").read_text(encoding="utf-8")))
