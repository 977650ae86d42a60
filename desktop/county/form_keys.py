"""Which form a received form is, across townships: the key the matrix, the extract and the overlaps share.

A form linked to the whitelist (its 表号 in the manifest) is that entry. Otherwise its title is read the way
townships write it — a registered form's title often carries the township and the period
(白沙镇2026年10月城乡居民医保参保人员信息核对表) — so both are dropped before comparing: the same form from
two townships then has one key, and matches a whitelist entry of the same department by title.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.intake.normalize import squash
from storage.whitelist import WhitelistEntry

_PERIOD = re.compile(
    r"[（(]?\d{4}\s*年\s*(?:第?\s*[一二三四1-4]\s*季度|[上下]半年|\d{1,2}\s*月份?|度)?[）)]?|[（(]?\d{4}-(?:\d{2}|Q[1-4])[）)]?"
)
_OFFICE_SUFFIX = re.compile(r"(?:人民政府|政府|党委|办事处|党工委|便民服务中心)+$")
_EDGES = " 　-—_·:：,，、()（）"


def plain_title(title: str, office_name: str = "") -> str:
    """``title`` without the township's name and the reporting period it names."""
    text = squash(title)
    full = squash(office_name)
    for name in sorted({full, _OFFICE_SUFFIX.sub("", full)} - {""}, key=len, reverse=True):
        text = text.replace(name, "")
    text = _PERIOD.sub("", text).strip(_EDGES)
    return text or squash(title)


@dataclass(frozen=True)
class FormIdentity:
    key: str  # 表号, or "部门/表名" (the plain title) for a form off the whitelist
    form_no: str  # "" off the whitelist
    title: str  # the whitelist's title, or the plain one


class FormKeys:
    """Keys for received forms against one whitelist."""

    def __init__(self, whitelist: Iterable[WhitelistEntry]) -> None:
        entries = list(whitelist)
        self.by_no = {w.form_no: w for w in entries}
        self.by_title = {(w.department, plain_title(w.title)): w for w in entries}
        titles: dict[str, list[WhitelistEntry]] = {}
        for w in entries:
            titles.setdefault(plain_title(w.title), []).append(w)
        # a bureau a township names differently (县人社局 for 县人力资源和社会保障局): the title alone, if unique
        self.by_title_only = {t: ws[0] for t, ws in titles.items() if len(ws) == 1}

    def identify(
        self, department: str, title: str, form_no: str | None, office_name: str = ""
    ) -> FormIdentity:
        entry = self.by_no.get(form_no) if form_no else None
        plain = plain_title(title, office_name)
        if entry is None:
            entry = self.by_title.get((department, plain)) or self.by_title_only.get(plain)
        if entry is not None:
            return FormIdentity(entry.form_no, entry.form_no, entry.title)
        if form_no:  # linked to an entry this county does not (or no longer) list
            return FormIdentity(form_no, form_no, plain)
        return FormIdentity(f"{department}/{plain}", "", plain)
