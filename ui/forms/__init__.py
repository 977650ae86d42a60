"""报表: what a clerk does with a registered form (补录 grid, fill, duplicate requests)."""
