"""Macro-free copies of workbooks: a template that arrives as .xlsm, or as an .xlsx carrying a VBA project, is
kept without its macros (issue 15: macros never run, never copied).

``strip_macros(data)`` rewrites the zip without the VBA parts (``vbaProject*.bin``, ``vbaData.xml`` and their
relationship parts), without the relationships and content types that name them, and with the workbook's
macro-enabled content type turned into the plain .xlsx one. Every other part keeps its content byte for byte,
its order and its compression; only ``[Content_Types].xml`` and the ``.rels`` parts that pointed at a VBA part
change, by cutting those elements out of the text (no XML round trip that would respell the rest).

Excel 4.0 macro sheets (``xl/macrosheets/``) are sheets the workbook lists, named in ``workbook.xml`` and often
run from a defined name (Auto_Open): cutting them out would mean editing the workbook itself, so such a file
is refused (:class:`MacroSheetsRefused`) with a message that says how to save it without them.
A file that is not a zip comes back unchanged: whether it is a workbook at all is for the reader to say.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from dataclasses import dataclass

from exports.excel.limits import check_members
from exports.messages import QT_TRANSLATE_NOOP, ExportMessageError

CONTENT_TYPES = "[Content_Types].xml"
SHEET_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
MACRO_MAINS = (
    "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    "application/vnd.ms-excel.template.macroEnabled.main+xml",
    "application/vnd.ms-excel.addin.macroEnabled.main+xml",
)
_VBA_PART = re.compile(r"(?:^|/)(?:vbaProject[^/]*\.bin|vbaData\.xml)$", re.IGNORECASE)
_VBA_RELS = re.compile(r"(?:^|/)_rels/(?:vbaProject[^/]*\.bin|vbaData\.xml)\.rels$", re.IGNORECASE)
_MACRO_SHEET = re.compile(r"(?:^|/)macrosheets/", re.IGNORECASE)
_MACRO_TYPES = re.compile(r"vbaProject|vbaData|macrosheet", re.IGNORECASE)
_ELEMENT = re.compile(r"<(?:\w+:)?(Override|Default|Relationship)\b[^>]*?/>", re.IGNORECASE)
_ATTR = re.compile(r'\b(PartName|ContentType|Type|Target|Extension)\s*=\s*("[^"]*"|\'[^\']*\')')

MACRO_SHEETS = QT_TRANSLATE_NOOP(
    "errors",
    "模板“{name}”含有 Excel 4.0 宏表，不能收下。请在 Excel 中删除宏表（或把内容复制到新工作簿），"
    "另存为 .xlsx 后再添加。",
)


DAMAGED = QT_TRANSLATE_NOOP(
    "errors",
    "模板“{name}”已损坏，里面的内容读不出来，不能收下。请重新获取模板，或在 Excel 中另存为 .xlsx 后再添加。",
)


class TemplateDamaged(ExportMessageError):
    """A part of the workbook could not be read (a bad CRC, cut or flipped bytes, an unknown compression)."""


class MacroSheetsRefused(ExportMessageError):
    """The workbook has Excel 4.0 macro sheets, which cannot be cut out without editing the workbook."""


@dataclass(frozen=True)
class Stripped:
    data: bytes  # the workbook without macros (``data`` itself when there were none)
    removed: tuple[str, ...]  # the parts taken out
    retyped: bool = False  # the workbook was typed macro-enabled (.xlsm) and now is a plain .xlsx

    @property
    def had_macros(self) -> bool:
        return bool(self.removed) or self.retyped


def _attributes(element: str) -> dict[str, str]:
    return {name.lower(): value[1:-1] for name, value in _ATTR.findall(element)}


def _names_macro(element: str, removed: set[str]) -> bool:
    """Whether a content type or relationship element is about a VBA part (by its type or its target)."""
    attrs = _attributes(element)
    kind = attrs.get("contenttype", "") + " " + attrs.get("type", "")
    if re.search(r"vbaProject|vbaData", kind, re.IGNORECASE):
        return True
    target = (attrs.get("partname") or attrs.get("target") or "").lstrip("/")
    return bool(target) and any(target == part or part.endswith("/" + target) for part in removed)


def _clean_types(text: str, removed: set[str]) -> str:
    text = _ELEMENT.sub(lambda m: "" if _names_macro(m.group(0), removed) else m.group(0), text)
    for macro in MACRO_MAINS:
        text = text.replace(macro, SHEET_MAIN)
    return text


def _clean_rels(text: str, removed: set[str]) -> str:
    return _ELEMENT.sub(lambda m: "" if _names_macro(m.group(0), removed) else m.group(0), text)


def _mentions_macros(zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> bool:
    names = [i.filename for i in infos]
    if any(_VBA_PART.search(n) or _MACRO_SHEET.search(n) for n in names):
        return True
    types = next((i for i in infos if i.filename == CONTENT_TYPES), None)
    if types is None:
        return False
    text = zf.read(types).decode("utf-8", "replace")
    return any(m in text for m in MACRO_MAINS) or bool(_MACRO_TYPES.search(text))


def strip_macros(data: bytes, name: str = "") -> Stripped:
    """``data`` (an .xlsx/.xlsm) without its VBA project; see the module's notes. ``name`` is for messages.
    Raises MacroSheetsRefused for Excel 4.0 macro sheets, WorkbookTooLarge for a zip bomb and TemplateDamaged
    when a part it must read cannot be read."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, EOFError):
        return Stripped(data, ())
    try:
        return _strip(zf, data, name)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, ValueError) as exc:
        raise TemplateDamaged(DAMAGED, name=name) from exc  # (WorkbookTooLarge and the refusal pass through)


def _strip(zf: zipfile.ZipFile, data: bytes, name: str) -> Stripped:
    with zf:
        infos = check_members(zf)
        if not _mentions_macros(zf, infos):
            return Stripped(data, ())
        types = next((i for i in infos if i.filename == CONTENT_TYPES), None)
        declared = zf.read(types).decode("utf-8", "replace") if types is not None else ""
        if any(_MACRO_SHEET.search(i.filename) for i in infos) or "macrosheet" in declared.lower():
            raise MacroSheetsRefused(MACRO_SHEETS, name=name)
        removed = {i.filename for i in infos if _VBA_PART.search(i.filename) or _VBA_RELS.search(i.filename)}
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as target:
            for info in infos:
                if info.filename in removed:
                    continue
                content = zf.read(info)
                if info.filename == CONTENT_TYPES:
                    content = _clean_types(content.decode("utf-8"), removed).encode("utf-8")
                elif info.filename.lower().endswith(".rels"):
                    text = content.decode("utf-8", "replace")
                    cleaned = _clean_rels(text, removed)
                    if cleaned != text:
                        content = cleaned.encode("utf-8")
                target.writestr(_copy_of(info), content, compress_type=info.compress_type)
    return Stripped(out.getvalue(), tuple(sorted(removed)), any(m in declared for m in MACRO_MAINS))


def _copy_of(info: zipfile.ZipInfo) -> zipfile.ZipInfo:
    """A fresh entry with the original's name, time, attributes and compression."""
    copy = zipfile.ZipInfo(info.filename, date_time=info.date_time)
    copy.compress_type = info.compress_type
    copy.external_attr = info.external_attr
    copy.create_system = info.create_system
    return copy
