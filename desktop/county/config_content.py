"""What a county configuration package holds, as members (name → bytes), and reading them back.

Members (A's member rules for kind ``config``: ``config/*.json``, ``config/*.csv``,
``config/templates/<name>.xlsx``)::

    config/config.json      {"format": "yibiao-config", "format_version": 1, "config_version": N,
                             "county": {"name", "code", "county"}, "created",
                             "calendar": {"holidays": [ISO days], "working_days": [ISO days]}}
    config/townships.csv    code,name — the county's townships
    config/departments.csv  name,short_name — the county's bureaus
    config/catalog.json     {"fields": [{"id", "entity", "name_zh", "name_en", "type", "custom"}]}
    config/synonyms.json    the reviewed wordings: the document of `catalog export-synonyms` (format 2)
    config/whitelist.json   {"entries": [{form_no, title, department, issuer, approval_no, valid_from,
                             valid_until, frequency, due_rule, template_name, "template": member or null}]}
    config/templates/<表号>.xlsx  each entry's template

CSV files are UTF-8 with a header row. `read_content` checks every member before anything is written and
raises one ValidationError naming the first problem.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from desktop.catalog.synonym_transfer import check_synonym_document
from desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from exports.package.safe_names import safe_component
from storage.whitelist import WhitelistEntry

FORMAT = "yibiao-config"
FORMAT_VERSION = 1
CONFIG = "config/config.json"
TOWNSHIPS = "config/townships.csv"
DEPARTMENTS = "config/departments.csv"
CATALOG = "config/catalog.json"
SYNONYMS = "config/synonyms.json"
WHITELIST = "config/whitelist.json"
TEMPLATES = "config/templates/"
_ENTRY_KEYS = (
    "form_no",
    "title",
    "department",
    "issuer",
    "approval_no",
    "valid_from",
    "valid_until",
    "frequency",
    "due_rule",
    "template_name",
)

BAD_MEMBER = QT_TRANSLATE_NOOP(
    "errors", "配置包中的 {name} 内容不对（{detail}），未导入任何内容。请向县里要一份新的配置包。"
)
MISSING_MEMBER = QT_TRANSLATE_NOOP("errors", "配置包缺少 {name}，未导入任何内容。请向县里要一份新的配置包。")
NEWER_FORMAT = QT_TRANSLATE_NOOP(
    "errors", "这个配置包由较新版本的一表通生成（配置格式 {version}），请先升级本程序再导入。"
)


@dataclass
class ConfigContent:
    """A configuration as plain data."""

    version: int
    county: dict[str, str]
    created: str = ""
    townships: list[tuple[str, str]] = field(default_factory=list)
    departments: list[tuple[str, str]] = field(default_factory=list)
    fields: list[dict] = field(default_factory=list)
    synonyms: dict = field(default_factory=dict)
    whitelist: list[WhitelistEntry] = field(default_factory=list)
    templates: dict[str, bytes] = field(default_factory=dict)  # 表号 → template bytes
    holidays: list[str] = field(default_factory=list)
    working_days: list[str] = field(default_factory=list)


def _csv(header: tuple[str, ...], rows: Iterable[tuple[str, str]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def _json(value: object) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def build_members(content: ConfigContent) -> dict[str, bytes]:
    """Every member of the package for `content` (templates named by 表号, made safe and unique)."""
    members: dict[str, bytes] = {}
    template_names: dict[str, str] = {}
    for entry in content.whitelist:
        if entry.form_no not in content.templates:
            continue
        stem = safe_component(entry.form_no, 60)
        name, n = f"{TEMPLATES}{stem}.xlsx", 1
        while name.casefold() in {m.casefold() for m in members}:
            n += 1
            name = f"{TEMPLATES}{stem}_{n}.xlsx"
        members[name] = content.templates[entry.form_no]
        template_names[entry.form_no] = name
    members[CONFIG] = _json(
        {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "config_version": content.version,
            "county": content.county,
            "created": content.created,
            "calendar": {"holidays": content.holidays, "working_days": content.working_days},
        }
    )
    members[TOWNSHIPS] = _csv(("code", "name"), content.townships)
    members[DEPARTMENTS] = _csv(("name", "short_name"), content.departments)
    members[CATALOG] = _json({"fields": content.fields})
    members[SYNONYMS] = _json(content.synonyms)
    members[WHITELIST] = _json(
        {
            "entries": [
                {
                    **{k: getattr(entry, k) for k in _ENTRY_KEYS},
                    "template": template_names.get(entry.form_no),
                }
                for entry in content.whitelist
            ]
        }
    )
    return members


def _bad(name: str, detail: str) -> ValidationError:
    return ValidationError(BAD_MEMBER, field="file", name=name, detail=detail)


def _load_json(read: Callable[[str], bytes], names: set[str], name: str) -> dict:
    if name not in names:
        raise ValidationError(MISSING_MEMBER, field="file", name=name)
    try:
        doc = json.loads(read(name).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _bad(name, "JSON") from exc
    if not isinstance(doc, dict):
        raise _bad(name, "JSON")
    return doc


def _load_csv(read: Callable[[str], bytes], names: set[str], name: str, header: tuple[str, str]) -> list:
    if name not in names:
        raise ValidationError(MISSING_MEMBER, field="file", name=name)
    try:
        rows = list(csv.reader(io.StringIO(read(name).decode("utf-8-sig"))))
    except (UnicodeDecodeError, csv.Error) as exc:
        raise _bad(name, "CSV") from exc
    if not rows or tuple(rows[0]) != header:
        raise _bad(name, ",".join(header))
    found = []
    for row in rows[1:]:
        if len(row) != 2 or not row[0].strip():
            raise _bad(name, ",".join(row))
        found.append((row[0].strip(), row[1].strip()))
    return found


def _days(value: object, name: str) -> list[str]:
    if not isinstance(value, list):
        raise _bad(name, "calendar")
    try:
        return [date.fromisoformat(v).isoformat() for v in value]
    except (TypeError, ValueError) as exc:
        raise _bad(name, "calendar") from exc


def read_content(read: Callable[[str], bytes], names: Iterable[str]) -> ConfigContent:
    """The configuration in a package's members (`read(name)` gives a member's bytes); ValidationError
    naming the first problem."""
    names = set(names)
    meta = _load_json(read, names, CONFIG)
    if meta.get("format") != FORMAT or not isinstance(meta.get("format_version"), int):
        raise _bad(CONFIG, "format")
    if meta["format_version"] > FORMAT_VERSION:
        raise ValidationError(NEWER_FORMAT, field="file", version=meta["format_version"])
    version, county = meta.get("config_version"), meta.get("county")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise _bad(CONFIG, "config_version")
    if not isinstance(county, dict) or not all(isinstance(county.get(k), str) for k in ("name", "code")):
        raise _bad(CONFIG, "county")
    calendar = meta.get("calendar") or {}
    if not isinstance(calendar, dict):
        raise _bad(CONFIG, "calendar")
    fields = _load_json(read, names, CATALOG).get("fields")
    if not isinstance(fields, list) or not all(
        isinstance(f, dict) and isinstance(f.get("id"), str) for f in fields
    ):
        raise _bad(CATALOG, "fields")
    synonyms = check_synonym_document(_load_json(read, names, SYNONYMS), SYNONYMS)
    content = ConfigContent(
        version=version,
        county={k: str(county.get(k) or "") for k in ("name", "code", "county")},
        created=str(meta.get("created") or ""),
        townships=_load_csv(read, names, TOWNSHIPS, ("code", "name")),
        departments=_load_csv(read, names, DEPARTMENTS, ("name", "short_name")),
        fields=fields,
        synonyms=synonyms,
        holidays=_days(calendar.get("holidays", []), CONFIG),
        working_days=_days(calendar.get("working_days", []), CONFIG),
    )
    entries = _load_json(read, names, WHITELIST).get("entries")
    if not isinstance(entries, list):
        raise _bad(WHITELIST, "entries")
    for raw in entries:
        if not isinstance(raw, dict) or not all(
            raw.get(k) is None or isinstance(raw.get(k), str) for k in (*_ENTRY_KEYS, "template")
        ):
            raise _bad(WHITELIST, "entries")
        if not raw.get("form_no") or not raw.get("title") or not raw.get("department"):
            raise _bad(WHITELIST, str(raw.get("form_no") or raw.get("title") or "?"))
        template = raw.get("template")
        if template is not None:
            if not template.startswith(TEMPLATES) or template not in names:
                raise ValidationError(MISSING_MEMBER, field="file", name=template)
            content.templates[raw["form_no"]] = read(template)
        content.whitelist.append(
            WhitelistEntry(
                **{
                    k: raw.get(k) or ("" if k not in ("valid_from", "valid_until", "template_name") else None)
                    for k in _ENTRY_KEYS
                }
            )
        )
    return content
