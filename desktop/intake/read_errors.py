"""Workbook read failures as translatable messages naming the file and what to do."""

from __future__ import annotations

from desktop.errors import QT_TRANSLATE_NOOP, UserFacingError
from exports.excel.reader import WorkbookReadError

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
    "too_large": QT_TRANSLATE_NOOP(
        "errors",
        "无法读取“{file}”：文件超出了报表的合理大小（行、列、工作表或单元格文字过多，或压缩异常），"
        "不像是正常的报表。请确认选对了文件；如确实需要，请在 Excel/WPS 中删去多余的行、列或工作表后另存再导入。",
    ),
    "crashed": QT_TRANSLATE_NOOP(
        "errors",
        "无法读取“{file}”：读取时表格组件异常退出，文件可能已损坏或是特意构造的。"
        "程序和已录入的内容不受影响。请重新索取该文件，或用 Excel/WPS 打开后另存再试。",
    ),
    "too_slow": QT_TRANSLATE_NOOP(
        "errors",
        "无法读取“{file}”：读取长时间没有完成，已停止（文件可能已损坏或异常庞大）。"
        "请确认选对了文件，或用 Excel/WPS 打开后另存再试。",
    ),
}


class IntakeError(UserFacingError):
    """A template or return that cannot be read; nothing was registered."""


def read_error(exc: WorkbookReadError) -> IntakeError:
    template = _TEMPLATES.get(exc.reason, _TEMPLATES["corrupt"])
    return IntakeError(template, file=exc.path.name)
