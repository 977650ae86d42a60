"""Checks on the 文号 and on classification markings of incoming documents."""

from __future__ import annotations

import re

from desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from desktop.registry.vocab import CLASSIFIED_LEVELS

# GB/T 9704: 发文机关代字 + 〔年份〕 + 序号 + 号, e.g. 县人社发〔2026〕12号.
_GB9704 = re.compile(r"^\S+〔(19|20)\d{2}〕(第)?[1-9]\d*号$")
_LOOSE = re.compile(r"^\S+[\[【（(〔]\s*((19|20)\d{2})\s*[\]】）)〕]\s*(第)?0*(\d+)\s*号$")

# A classification marking as printed on documents: 机密★1年, 【绝密】, (秘密), or the bare word at the start.
_MARK = "|".join(CLASSIFIED_LEVELS)
_CLASSIFIED = re.compile(
    rf"(?:({_MARK})\s*[★☆*＊])|(?:[【\[（(〔]\s*({_MARK})\s*[】\]）)〕])|(?:^\s*({_MARK})(?:级|件|文件|\s|$))"
)


def doc_no_warning(doc_no: str) -> str | None:
    """None when the 文号 has the GB/T 9704 shape; otherwise a hint (the number is still accepted)."""
    text = (doc_no or "").strip()
    if not text or _GB9704.match(text):
        return None
    loose = _LOOSE.match(text)
    if loose:
        return QT_TRANSLATE_NOOP(
            "errors", "文号的年份应使用六角括号〔〕，序号不编虚位，例如 县人社发〔2026〕12号。"
        )
    return QT_TRANSLATE_NOOP(
        "errors",
        "文号不符合 GB/T 9704 的格式（机关代字〔年份〕序号号，例如 县人社发〔2026〕12号），已照原样登记。",
    )


def normalized_doc_no(doc_no: str) -> str:
    """Bring loose spellings ([2026], 【2026】, (2026), leading zeros) to the standard 〔2026〕12号 form."""
    text = (doc_no or "").strip()
    loose = _LOOSE.match(text)
    if loose and not _GB9704.match(text):
        prefix = re.split(r"[\[【（(〔]", text, maxsplit=1)[0]
        return f"{prefix}〔{loose[1]}〕{int(loose[4])}号"
    return text


def check_not_classified(level: str, *texts: str) -> None:
    """Refuse state-secret material: this program is for non-classified work only."""
    found = level if level in CLASSIFIED_LEVELS else None
    for text in texts:
        if found:
            break
        match = _CLASSIFIED.search(text or "")
        if match:
            found = next(g for g in match.groups() if g)
    if found:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "该文件标有密级“{level}”。涉密文件不得在本程序中登记，请按保密管理规定在涉密台账中办理。",
            ),
            field="confidentiality",
            level=found,
        )
