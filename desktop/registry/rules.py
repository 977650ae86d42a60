"""Validation of registry item values as typed by a clerk or given on the command line."""

from __future__ import annotations

from typing import Any

from desktop.dates import parse_date, parse_due
from desktop.errors import QT_TRANSLATE_NOOP, Notice, ValidationError
from desktop.registry import vocab
from desktop.registry.docno import check_not_classified, doc_no_warning

MAX_TITLE = 300
MEETING_ONLY = (
    "meeting_start",
    "meeting_end",
    "place",
    "meeting_format",
    "principal_required",
    "deputy_allowed",
)
TASK_ONLY = ("report_demand",)


def choice(value: str, allowed: tuple[str, ...] | dict, aliases: dict[str, str], field: str) -> str:
    text = (value or "").strip()
    text = aliases.get(text.lower(), aliases.get(text, text))
    if text in allowed:
        return text
    raise ValidationError(
        QT_TRANSLATE_NOOP("errors", "“{value}”不是有效的{label}，可选：{choices}。"),
        field=field,
        value=value,
        label=_LABELS.get(field, field),
        choices=tuple(allowed),
    )


_LABELS = {
    "kind": QT_TRANSLATE_NOOP("vocab", "类别"),
    "status": QT_TRANSLATE_NOOP("vocab", "状态"),
    "urgency": QT_TRANSLATE_NOOP("vocab", "紧急程度"),
    "confidentiality": QT_TRANSLATE_NOOP("vocab", "密级"),
    "meeting_format": QT_TRANSLATE_NOOP("vocab", "会议形式"),
    "report_demand": QT_TRANSLATE_NOOP("vocab", "进度报送要求"),
}


def _optional_bool(value: Any) -> bool | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in ("1", "true", "yes", "y", "是", "需要", "可以")


def clean_item(
    values: dict[str, Any], current: dict[str, Any] | None = None, today: str = ""
) -> tuple[dict, list[Notice]]:
    """Validate the given values (merged over `current` for an update).

    Returns the cleaned values to store (department still as a name) and warnings.
    Raises ValidationError on the first value that cannot be accepted.
    """
    merged = dict(current or {})
    merged.update({k: v for k, v in values.items() if v is not None or k in ("due",)})
    notices: list[Notice] = []

    kind = choice(merged.get("kind", ""), tuple(vocab.KINDS), vocab.KIND_ALIASES, "kind")
    title = " ".join(str(merged.get("title") or "").split())
    if not title:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请填写标题。"), field="title")
    if len(title) > MAX_TITLE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "标题过长（{length} 字），请控制在 {limit} 字以内。"),
            field="title",
            length=len(title),
            limit=MAX_TITLE,
        )
    doc_no = str(merged.get("doc_no") or "").strip()
    received = parse_date(str(merged.get("received") or today), "received")
    due_text = merged.get("due")
    due = parse_due(str(due_text), "due") if due_text not in (None, "") else None
    meeting = _clean_meeting(merged) if kind == "meeting" else None
    if meeting and meeting["meeting_start"] and due in (None, (current or {}).get("meeting_start")):
        # A meeting's deadline is its start unless set apart; it moves with the meeting.
        due = meeting["meeting_start"]
    if due and due[:10] < received:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "办理时限 {due} 早于收文日期 {received}，请检查两个日期。"),
            field="due",
            due=due,
            received=received,
        )
    urgency = choice(merged.get("urgency") or "平件", vocab.URGENCIES, vocab.URGENCY_ALIASES, "urgency")
    level = str(merged.get("confidentiality") or "非密").strip()
    notes = str(merged.get("notes") or "").strip()
    check_not_classified(level, title, doc_no, notes)
    level = choice(level, vocab.CONFIDENTIALITY, {}, "confidentiality")
    status = choice(merged.get("status") or "待办", vocab.STATUSES, vocab.STATUS_ALIASES, "status")

    cleaned: dict[str, Any] = {
        "kind": kind,
        "title": title,
        "department": str(merged.get("department") or "").strip(),
        "doc_no": doc_no,
        "received": received,
        "due": due,
        "urgency": urgency,
        "confidentiality": level,
        "status": status,
        "assignee": str(merged.get("assignee") or "").strip(),
        "notes": notes,
    }
    if meeting:
        cleaned.update(meeting)
    else:
        cleaned.update({key: None for key in MEETING_ONLY})
        cleaned["place"] = ""
    if kind == "task":
        demand = merged.get("report_demand")
        cleaned["report_demand"] = (
            choice(demand, vocab.REPORT_DEMANDS, vocab.REPORT_DEMAND_ALIASES, "report_demand")
            if demand
            else None
        )
    else:
        cleaned["report_demand"] = None

    hint = doc_no_warning(doc_no)
    if hint:
        notices.append(Notice(hint))
    return cleaned, notices


def _clean_meeting(merged: dict[str, Any]) -> dict[str, Any]:
    start = merged.get("meeting_start")
    end = merged.get("meeting_end")
    start = parse_due(str(start), "meeting_start") if start else None
    end = parse_due(str(end), "meeting_end") if end else None
    if start and end and end < start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "会议结束时间 {end} 早于开始时间 {start}。"),
            field="meeting_end",
            end=end,
            start=start,
        )
    fmt = merged.get("meeting_format")
    return {
        "meeting_start": start,
        "meeting_end": end,
        "place": str(merged.get("place") or "").strip(),
        "meeting_format": choice(fmt, vocab.MEETING_FORMATS, vocab.MEETING_FORMAT_ALIASES, "meeting_format")
        if fmt
        else None,
        "principal_required": _optional_bool(merged.get("principal_required")),
        "deputy_allowed": _optional_bool(merged.get("deputy_allowed")),
    }
