"""Template review: regions, sheet, column → field mapping."""
