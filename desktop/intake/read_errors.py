"""Workbook read failures as translatable messages naming the file and what to do."""

from __future__ import annotations

from desktop.errors import QT_TRANSLATE_NOOP, UserFacingError
from exports.workbook_reader import WorkbookReadError

_TEMPLATES = {
    "not_found": QT_TRANSLATE_NOOP("errors", "找不到文件“{file}”：文件不存在或已被移动。"),
    "unsupported_extension": QT_TRANSLATE_NOOP(
        "errors",
        "无法读取“{file}”：不支持这种文件类型，只能导入 .xlsx、.xlsm、.xls、.ods 表格。"
        "WPS 表格（.et）或 Word 文件请先另存为 .xlsx。",
    ),
    "empty": QT_TRANSLATE_NOOP(
        "errors", "无法读取“{file}”：文件是空的或没有任何工作表，可能拷贝或下载没有完成。"
    ),
    "encrypted": QT_TRANSLATE_NOOP(
        "errors", "无法读取“{file}”：文件设置了打开密码。请在 Excel/WPS 中取消密码后另存，再导入。"
    ),
    "corrupt": QT_TRANSLATE_NOOP(
        "errors",
        "无法读取“{file}”：文件已损坏或不完整（可能下载或拷贝中断）。请重新索取该文件，或用 Excel/WPS 打开后另存再试。",
    ),
    "wrong_content": QT_TRANSLATE_NOOP(
        "errors",
        "无法读取“{file}”：文件扩展名与内容不符（不是表格文件）。请用 Excel/WPS 打开后另存为 .xlsx 再导入。",
    ),
    "no_sheet": QT_TRANSLATE_NOOP("errors", "无法读取“{file}”：找不到指定的工作表。"),
}


class IntakeError(UserFacingError):
    """A template or return that cannot be read; nothing was registered."""


def read_error(exc: WorkbookReadError) -> IntakeError:
    template = _TEMPLATES.get(exc.reason, _TEMPLATES["corrupt"])
    return IntakeError(template, file=exc.path.name)
