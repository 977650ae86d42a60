"""A form's rows read back from its ``data/<item id>.csv`` (already in the package's work folder).

The PDF and 汇总.xlsx need every form's table at once; holding 20 forms × 5,000 rows as Python lists
would cost over 100 MB. `CsvTable` is a lazy sequence instead: its length is known, iterating reads the
CSV again, projected onto the form's columns (序号 numbered, unmapped columns empty).
"""

from __future__ import annotations

import csv
import itertools
from collections.abc import Iterator, Sequence
from pathlib import Path

from exports.excel.template_fill import SEQ_FIELD


class CsvTable(Sequence):
    """Rows of one form: lists of text (None for empty cells) in ``columns`` order (field ids or None)."""

    def __init__(self, path: Path, columns: Sequence[str | None], count: int) -> None:
        self.path = path
        self.columns = list(columns)
        self.count = count

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[list[str | None]]:
        with open(self.path, encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh)
            header = next(reader, [])
            where = {f: i for i, f in enumerate(header)}
            picks = [where.get(f) if f else None for f in self.columns]
            seq = [i for i, f in enumerate(self.columns) if f == SEQ_FIELD]
            for number, record in enumerate(reader, start=1):
                row = [(record[p] or None) if p is not None and p < len(record) else None for p in picks]
                for i in seq:
                    row[i] = str(number)
                yield row

    def __getitem__(self, index):  # noqa: ANN001, ANN204 - int or slice, as a list would take
        if isinstance(index, slice):
            start, stop, step = index.indices(self.count)
            if step <= 0:
                return list(self)[index]
            return list(itertools.islice(iter(self), start, stop, step))
        if index < 0:
            index += self.count
        if not 0 <= index < self.count:
            raise IndexError(index)
        return next(itertools.islice(iter(self), index, None))
