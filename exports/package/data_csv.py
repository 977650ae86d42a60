"""The package's ``data/<item id>.csv``: one form's rows for machine import.

UTF-8 without a byte-order mark, header = the catalog field ids (stable forever), one line per row,
values exactly as the ledger holds them (ID numbers, phones and accounts stay text: nothing is
converted), quoted by the csv module where needed, CRLF line ends as RFC 4180 says.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

_CHECK_EVERY = 1000


class CsvCancelled(Exception):
    """The user cancelled; the partial file was removed."""


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def write_data_csv(
    out: Path | str,
    field_ids: Sequence[str],
    rows: Iterable[Mapping[str, object] | Sequence[object]],
    *,
    is_cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the CSV and return the number of data rows. A row is a mapping (field id → value) or a
    sequence in ``field_ids`` order; None becomes an empty field."""
    path = Path(out)
    cancelled = is_cancelled or (lambda: False)
    count = 0
    try:
        with open(path, "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
            writer.writerow(field_ids)
            for row in rows:
                if isinstance(row, Mapping):
                    writer.writerow([_text(row.get(f)) for f in field_ids])
                else:
                    writer.writerow([_text(v) for v in row])
                count += 1
                if count % _CHECK_EVERY == 0 and cancelled():
                    raise CsvCancelled()
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return count
