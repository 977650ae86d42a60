"""Which of the ledger's current values were typed by hand (补录): counts per field, for the burden figures.

A value is typed when the record behind it (its own ``r<slot>``, else the row's ``rec``) has source
'entry'; imported values and settled conflicts ('import', 'resolution') are not. Column names are built
from slot integers only, never from user text.
"""

from __future__ import annotations

from collections.abc import Sequence

from storage.ledger import LedgerRepository, record_of


class TypedCellsRepository:
    def __init__(self, ledger: LedgerRepository) -> None:
        self.ledger = ledger
        self.conn = ledger.conn

    def typed_cells(self, kind: str, field_ids: Sequence[str]) -> list[int]:
        """Per field (in the order asked): entities of ``kind`` whose current, non-empty value was typed by hand.

        One scan of the wide table with one join per field the ledger has a column for.
        """
        slots = self.ledger.slots()
        present = [(i, int(slots[f])) for i, f in enumerate(field_ids) if f in slots]
        counts = [0] * len(field_ids)
        if not present:
            return counts
        select, joins = [], []
        for _i, slot in present:
            alias = f"t{slot}"
            joins.append(f"LEFT JOIN ledger_records {alias} ON {alias}.id = {record_of(slot, 'c')}")
            select.append(
                f"COALESCE(SUM(c.v{slot} IS NOT NULL AND c.v{slot} != '' AND {alias}.source = 'entry'), 0)"
            )
        sql = (
            f"SELECT {', '.join(select)} FROM entities e JOIN ledger_current c ON c.entity_id = e.id "
            f"{' '.join(joins)} WHERE e.kind = ?"
        )
        row = self.conn.execute(sql, (kind,)).fetchone()
        for (i, _slot), n in zip(present, row, strict=True):
            counts[i] = int(n)
        return counts
