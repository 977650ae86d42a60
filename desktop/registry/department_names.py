"""How a 来文单位 typed by a clerk is matched to one on the list: short names, former names, a place before it.

A bureau is written many ways on the documents a township receives: 县卫健委 on the letterhead, 县卫健局 in a
colleague's note, 卫生健康委员会 in full, or 扶贫办 years after it became 乡村振兴局. `name_key` reduces a
name to (the place it belongs to, the bureau), so that those spellings meet; the list decides which
department they mean (`DepartmentService.match`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Names that mean the same bureau, each group with the reason it is one. The first name is the group's key.
ALIASES: tuple[tuple[tuple[str, ...], str], ...] = (
    (
        ("卫健委", "卫健局", "卫生健康委员会", "卫生健康委", "卫生健康局", "卫计委", "卫计局", "卫生局"),
        "2018 年机构改革：卫生和计划生育委员会（卫计委）改为卫生健康委员会，不少县叫卫生健康局",
    ),
    (
        ("人社局", "人力资源和社会保障局", "人力资源社会保障局", "人保局"),
        "人力资源和社会保障局的通行简称",
    ),
    (
        ("乡村振兴局", "扶贫办", "扶贫开发办公室", "扶贫开发领导小组办公室", "扶贫局"),
        "2021 年扶贫办整体改为乡村振兴局，旧文件和老同事仍写扶贫办",
    ),
    (("医保局", "医疗保障局"), "医疗保障局的通行简称"),
    (("民政局",), "名称未变，只按地名前缀匹配"),
    (("农业农村局", "农业局", "农牧局", "农业农村和水务局"), "2019 年农业局改为农业农村局"),
    (
        ("自然资源局", "国土局", "国土资源局", "自然资源和规划局", "规划和自然资源局"),
        "2018 年国土资源局改为自然资源局（部分地方并入规划）",
    ),
    (
        ("应急局", "应急管理局", "安监局", "安全生产监督管理局"),
        "2018 年安全生产监督管理局并入应急管理局",
    ),
    (
        ("市场监管局", "市场监督管理局", "工商局", "工商行政管理局", "质监局", "食药监局"),
        "2018 年工商、质监、食药监合并为市场监督管理局",
    ),
    (("住建局", "住房和城乡建设局", "住房城乡建设局", "建设局"), "住房和城乡建设局的通行简称"),
    (("退役军人局", "退役军人事务局"), "退役军人事务局的通行简称"),
    (("生态环境局", "生态环境分局", "环保局", "环境保护局"), "2018 年环保局改为生态环境局（多为市局分局）"),
    (("残联", "残疾人联合会"), "残疾人联合会的通行简称"),
    (("政府办", "人民政府办公室", "政府办公室"), "人民政府办公室的通行简称"),
    (("委办", "委办公室"), "党委办公室的通行简称（县委办）"),
    (("教育局", "教体局", "教育和体育局", "教育体育局"), "部分县教育局与体育合并"),
    (("统计局",), "名称未变，只按地名前缀匹配"),
    (("财政局",), "名称未变，只按地名前缀匹配"),
    (("水利局", "水务局"), "部分地方称水务局"),
)
_GROUP = {name: names[0] for names, _reason in ALIASES for name in names}
REASONS = {names[0]: reason for names, reason in ALIASES}

# A place before the bureau: a county, district or city (勐海县, 城关区, 县, 市). 市 is not a place when 场 follows
# (市场监管局), nor 区 when 域 or 块 follows.
_PLACE_END = re.compile(r"[县区市州旗](?!场|域|块)")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class NameKey:
    """A department name reduced for matching: ``place`` ('' when none is written) and ``bureau``."""

    place: str
    bureau: str

    def same_place(self, other: NameKey) -> bool:
        """Whether the two places can be the same: equal, one left out, or the same level (勐海县 and 县)."""
        if not self.place or not other.place or self.place == other.place:
            return True
        return self.place[-1] == other.place[-1] and (len(self.place) == 1 or len(other.place) == 1)


def name_key(name: str) -> NameKey:
    """The place and the bureau of a department name. The first split after a place whose rest is a known
    bureau wins; otherwise one leading 县/区/市 is taken as the place (县统计局 → 县 + 统计局)."""
    text = _SPACE.sub("", name or "")
    splits = [0] + [m.end() for m in _PLACE_END.finditer(text) if m.end() < len(text)]
    for at in splits:
        rest = text[at:]
        if rest in _GROUP:
            return NameKey(text[:at], _GROUP[rest])
    if len(splits) > 1 and splits[1] == 1:
        return NameKey(text[:1], text[1:])
    return NameKey("", text)
