"""Header text normalisation: what a clerk reads past when comparing column titles.

``姓  名`` / ``姓\u3000名`` / ``*姓名`` / ``1.姓名`` / ``（一）姓名`` all become ``姓名``. Units in
brackets — ``（元）`` ``(亩)`` ``（人）`` — are kept apart as a type hint; other bracket text
(``（社区）`` ``（详细到门牌号）``) is kept apart as a note.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_NUMBERING = re.compile(
    r"^(?:"
    r"第?[0-9]{1,3}(?:[.．、,，)）](?![0-9])|[、])"  # 1.  1、  1)   (not 1.5)
    r"|[(（][0-9一二三四五六七八九十]{1,3}[)）]"  # (1) （一）
    r"|[一二三四五六七八九十]{1,3}[、.．]"  # 一、
    r"|[①-⑳⑴-⒇⒈-⒛]"
    r")\s*"
)
_BRACKET = re.compile(r"[(\[【{〔]([^()\[\]【】{}〔〕]*)[)\]】}〕]")
_UNCLOSED = re.compile(r"[(\[【{〔]([^()\[\]【】{}〔〕]*)$")
_PUNCT = re.compile(r"[\s:;,.·•\-—–_/\\'\"“”‘’!?<>《》「」『』、。，：；！？…~～|+=#]+")
_REQUIRED_MARKS = "*★☆※△▲"
_ORDINAL = re.compile(r"(?<=[\u4e00-\u9fff]{2})([1-9])$")
"""A single digit after a wording numbers its instances (致贫原因1, 致贫原因2)."""
_REQUIRED_WORDS = ("必填", "必录", "必选", "必须填写")
_OPTIONAL_WORDS = ("选填", "非必填", "可选")

_UNIT_CANON = {
    "元": "元",
    "万元": "万元",
    "千元": "千元",
    "亿元": "亿元",
    "元/月": "元",
    "元/年": "元",
    "元/人": "元",
    "万元/年": "万元",
    "元/亩": "元",
    "亩": "亩",
    "公顷": "公顷",
    "m2": "㎡",
    "m²": "㎡",
    "㎡": "㎡",
    "平方米": "㎡",
    "平米": "㎡",
    "人": "人",
    "人次": "人次",
    "户": "户",
    "个": "个",
    "次": "次",
    "家": "家",
    "所": "所",
    "座": "座",
    "处": "处",
    "头": "头",
    "只": "只",
    "吨": "吨",
    "公斤": "公斤",
    "kg": "公斤",
    "斤": "斤",
    "%": "%",
    "公里": "公里",
    "km": "公里",
    "千米": "公里",
    "米": "米",
    "岁": "岁",
    "周岁": "岁",
    "年": "年",
    "月": "月",
    "天": "天",
    "日": "天",
    "间": "间",
    "套": "套",
    "辆": "辆",
    "份": "份",
}
_UNIT_KIND = {
    "元": "money",
    "万元": "money",
    "千元": "money",
    "亿元": "money",
    "亩": "area",
    "公顷": "area",
    "㎡": "area",
    "人": "people",
    "人次": "visits",
    "户": "households",
    "%": "percent",
}


@dataclass(frozen=True)
class NormHeader:
    """A header split into a comparable key and the hints around it."""

    raw: str
    key: str
    unit: str = ""
    notes: tuple[str, ...] = ()
    required: bool = False
    numbering: str = ""

    @property
    def unit_kind(self) -> str:
        """Coarse kind of the unit (money/area/people/households/percent) or ''."""
        return unit_kind(self.unit)


def unit_kind(unit: str) -> str:
    """Coarse kind of a canonical unit, '' when unknown or absent."""
    return _UNIT_KIND.get(unit, "")


def canonical_unit(text: str) -> str:
    """``（元）`` → 元, ``单位：万元`` → 万元, ``m2`` → ㎡; '' when the text is no unit."""
    t = unicodedata.normalize("NFKC", text).strip().lower().replace(" ", "")
    t = re.sub(r"^(?:计量)?单位[:：]?", "", t)
    return _UNIT_CANON.get(t, "")


def squash(text: str) -> str:
    """NFKC, then drop every kind of whitespace (``姓  名`` → ``姓名``)."""
    t = unicodedata.normalize("NFKC", text or "")
    return re.sub(r"\s+", "", t)


# Longest header text compared with the catalog. Real column titles, notes included, stay under 100
# characters; the fuzzy matching runs thousands of times per template, so a 5 MB text in a header
# cell kept `intake inspect` busy for 50 s. Longer texts are cut before anything else looks at them.
MAX_HEADER_CHARS = 200


def normalize_header(text: object) -> NormHeader:
    """Split a header cell into key, unit, notes, required mark and numbering."""
    raw = "" if text is None else str(text)[:MAX_HEADER_CHARS]
    circled = re.match(r"^\s*([①-⑳⑴-⒇⒈-⒛])\s*", raw)  # NFKC would turn ① into a bare 1
    t = squash(raw[circled.end() :] if circled else raw)
    required = False
    if t[:1] in _REQUIRED_MARKS or t[-1:] in _REQUIRED_MARKS:
        required = True
        t = t.strip(_REQUIRED_MARKS)
    numbering = circled.group(1) if circled else ""
    m = _NUMBERING.match(t)
    if m and m.end() < len(t):
        numbering, t = m.group(0), t[m.end() :]
    unit = ""
    notes: list[str] = []
    t = _UNCLOSED.sub(lambda mm: "(" + mm.group(1) + ")", t)
    for content in _BRACKET.findall(t):
        c = content.strip(_REQUIRED_MARKS)
        if any(w in c for w in _REQUIRED_WORDS) and not any(w in c for w in _OPTIONAL_WORDS):
            required = True
            continue
        cu = canonical_unit(c)
        if cu and not unit:
            unit = cu
        elif c:
            notes.append(c)
    t = _BRACKET.sub("", t)
    t = t.strip(_REQUIRED_MARKS)
    if t[-1:] in _REQUIRED_MARKS or t[:1] in _REQUIRED_MARKS:
        required = True
        t = t.strip(_REQUIRED_MARKS)
    key = _PUNCT.sub("", t).lower()
    if re.fullmatch(r"[0-9.]+", key or "x"):
        key = ""
    ordinal = _ORDINAL.search(key)
    if ordinal:  # 致贫原因1, 联系电话2: the first or second of one kind of fact
        key = key[: ordinal.start()]
        notes.append(ordinal.group(1))
    return NormHeader(raw=raw, key=key, unit=unit, notes=tuple(notes), required=required, numbering=numbering)


def header_key(text: object) -> str:
    """Just the comparable key of a header or catalog wording."""
    return normalize_header(text).key


def is_numeric_text(text: str) -> bool:
    """True for texts like ``3``, ``0.5``, ``1-5``, ``12%`` (score standards, column codes)."""
    t = squash(text)
    return bool(t) and re.fullmatch(r"[0-9.%‰\-~]+", t) is not None
