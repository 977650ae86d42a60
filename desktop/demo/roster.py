"""The columns of a village population roster (花名册), the list most bureau forms ask facts of.

The demo office's returns and the benchmarks' generated returns share it, so both read the same kind of sheet.
"""

ROSTER_HEADERS = [
    "序号",
    "姓名",
    "性别",
    "公民身份号码",
    "出生日期",
    "民族",
    "所在村（社区）",
    "村民小组",
    "联系电话",
    "户编号",
    "与户主关系",
    "文化程度",
    "是否外出务工",
    "务工省份",
    "就业单位",
    "月均收入（元）",
]
