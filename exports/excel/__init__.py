"""Excel files: reading untrusted workbooks, filling templates, writing 汇总.xlsx."""
