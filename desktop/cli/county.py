"""`yibiao county …`: the county office's side of the exchange.

The group is made here; its commands live in two modules: ``county_import`` (import, trust, townships) and
``county_out`` (status, extract, report: what the county gets out of what it received).
"""

from __future__ import annotations

from desktop.cli import county_import, county_out
from desktop.errors import QT_TRANSLATE_NOOP


def register(commands, json_parent) -> None:
    county = commands.add_parser(
        "county", help=QT_TRANSLATE_NOOP("cli", "县级：导入各乡镇数据包、完整性、按部门导出")
    )
    sub = county.add_subparsers(dest="county_command", metavar="COMMAND", required=True)
    county_import.register(sub, json_parent)
    county_out.register(sub, json_parent)
