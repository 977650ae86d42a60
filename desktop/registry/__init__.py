"""The incoming-work registry (收文登记): items, departments, 文号 rules, progress reports."""
