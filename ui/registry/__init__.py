"""收文登记 / 会议 / 报表 pages: the registry table, item dialogs and the detail panel."""
