"""台账: what the ledger holds, importing returns, conflicts, looking people up."""
