"""今日: overdue, due soon, this week's meetings."""
