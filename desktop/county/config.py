"""The county configuration package: exported by the county, imported by each township.

`export_config` (county) gathers townships, departments, the field catalog, the reviewed synonyms, the
whitelist with its templates and the calendar corrections into a signed package of kind ``config`` with
the next config version number. `import_config` (township) checks the package's signature — the first
import trusts the county key it carries and says so with its fingerprint, later ones must carry the same
key — refuses an older version than the last one imported, then applies it all in ONE transaction
(`apply_config`): departments and catalog added to (ids never change), the whitelist replaced by the
county's, each whitelisted form registered in the registry for the cycles it is open in (due from its
rule; a form already registered for that cycle is not registered again), the county's keys remembered.
The same version again changes nothing and says so. Members and their format: `config_content`.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.audit import record
from desktop.catalog.synonym_transfer import DepartmentName, apply_synonym_document, synonym_document
from desktop.county.calendar import save_corrections, saved_corrections
from desktop.county.config_content import ConfigContent, build_members, read_content
from desktop.county.due_rules import describe_due_rule
from desktop.county.whitelist import Report
from desktop.cycles import keys as cycle_keys
from desktop.errors import QT_TRANSLATE_NOOP, Notice, ValidationError
from storage.transaction import transaction

if TYPE_CHECKING:
    from desktop.office import Office

VERSION_SETTING = "config.version"  # county: the last version exported; township: the last imported
COUNTY_SETTING = "config.county"  # township: whose configuration it holds

NOT_COUNTY = QT_TRANSLATE_NOOP(
    "errors", "只有县级单位能导出配置包。请先用 profile set --type 县级 设置本单位为县级。"
)
NOT_TOWNSHIP = QT_TRANSLATE_NOOP(
    "errors", "配置包只能导入乡镇单位。请先用 profile set --type 乡镇 设置本单位信息。"
)
NOT_CONFIG = QT_TRANSLATE_NOOP("errors", "“{path}”是乡镇的报送包，不是县里的配置包，未导入任何内容。")
OLDER = QT_TRANSLATE_NOOP(
    "errors", "配置包“{path}”是第 {version} 版，比已导入的第 {current} 版旧，未导入。请使用县里最新的配置包。"
)
OTHER_PLACE = QT_TRANSLATE_NOOP(
    "errors",
    "注意：配置包来自{county}（区划代码 {code}），而本乡镇的区划代码 {own} 不在这个县。"
    "请向县里核对密钥指纹，并检查本单位信息中的区划代码。",
)
TEMPLATE_GONE = QT_TRANSLATE_NOOP(
    "errors",
    "报表目录中“{form_no}”的模板原件不见了（{path}），配置包没有生成。请用 config whitelist-add --form-no {form_no} "
    "--template 文件 重新添加模板，或运行 yibiao check 检查文件库。",
)
UNSIGNED = QT_TRANSLATE_NOOP(
    "errors", "配置包“{path}”没有签名（旧格式），不能作为县级配置导入。请向县里要一份新的配置包。"
)
OTHER_COUNTY = QT_TRANSLATE_NOOP(
    "errors",
    "配置包“{path}”的签名密钥（指纹 {fingerprint}）不是本单位已认可的县级密钥（指纹 {trusted}），未导入。"
    "可能是伪造的配置包；如县里确实更换了密钥，请向县里核实指纹。",
)


@dataclass
class ConfigImport:
    """What an import did."""

    path: str
    version: int
    county: str
    fingerprint: str
    first_trust: bool
    status: str = "imported"  # or "already-imported"
    departments_added: list[str] = field(default_factory=list)
    synonyms_added: int = 0
    custom_fields_made: list[str] = field(default_factory=list)
    whitelist: int = 0
    registered: list[dict[str, Any]] = field(default_factory=list)
    already_registered: int = 0
    notices: list[Notice] = field(default_factory=list)  # said to the clerk, nothing refused

    def to_dict(self) -> dict[str, Any]:
        return {**self.__dict__, "notices": [str(n) for n in self.notices]}


# --- the county side -------------------------------------------------------------------


def gather_config(office: Office, version: int) -> ConfigContent:
    """The county office's configuration as plain data (the townships from the county's list)."""
    from storage.county import CountyRepository

    profile = office.profile.get()
    if profile is None or profile.office_type != "县级":
        raise ValidationError(NOT_COUNTY, field="profile")
    departments = office.departments.list()
    entries = office.whitelist.list()
    templates = {}
    for entry in entries:
        path = office.whitelist.template_path(entry)
        if path is not None:
            if not path.is_file():
                raise ValidationError(TEMPLATE_GONE, field="template", form_no=entry.form_no, path=str(path))
            templates[entry.form_no] = path.read_bytes()
    holidays, working_days = saved_corrections(office.settings)
    now = office.clock().isoformat(timespec="seconds")
    names = [DepartmentName(d.id, d.name, d.short_name) for d in departments]
    return ConfigContent(
        version=version,
        county={"name": profile.name, "code": profile.admin_code, "county": profile.county},
        created=now,
        townships=[(t.code, t.name) for t in CountyRepository(office.conn).townships()],
        departments=[(d.name, d.short_name) for d in departments],
        fields=[
            {
                "id": f.id,
                "entity": f.entity,
                "name_zh": f.name_zh,
                "name_en": f.name_en,
                "type": f.type,
                "custom": f.custom,
            }
            for f in office.catalog.catalog()
        ],
        synonyms=synonym_document(office.catalog, names, profile.name, now),
        whitelist=entries,
        templates=templates,
        holidays=holidays,
        working_days=working_days,
    )


def export_config(office: Office, out_dir: Path | str) -> Path:
    """Write the next version of the county's signed configuration package into `out_dir`."""
    from exports.package.manifest import CONFIG, PackageFile
    from exports.package.writer import write_package

    version = int(office.settings.get(VERSION_SETTING) or 0) + 1
    content = gather_config(office, version)
    members = build_members(content)
    office.keys.ensure()
    name = f"{content.county['code']}_config_v{version}.yibiao"
    result = write_package(
        out_dir,
        name,
        [PackageFile(arcname, data) for arcname, data in members.items()],
        {
            "office_code": content.county["code"],
            "office_name": content.county["name"],
            "version": version,
            "program_version": _program_version(),
            "config": {
                "townships": len(content.townships),
                "departments": len(content.departments),
                "whitelist": len(content.whitelist),
            },
        },
        kind=CONFIG,
        signer=office.keys.signer(),
    )
    with transaction(office.conn):
        office.settings.set(VERSION_SETTING, version)
        record(office.conn, "config-export", {"file": result.path.name, "version": version})
    return result.path


def _program_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("yibiao")
    except PackageNotFoundError:
        return "0"


# --- the township side -----------------------------------------------------------------


def import_config(office: Office, path: Path | str) -> ConfigImport:
    """Check and apply a configuration package (see the module doc); nothing changes on any problem."""
    from exports.package.manifest import CONFIG
    from exports.package.reader import open_package

    path = Path(path)
    profile = office.profile.get()
    if profile is None or profile.office_type != "乡镇":
        raise ValidationError(NOT_TOWNSHIP, field="profile")
    with open_package(path) as package:
        if package.kind != CONFIG:
            raise ValidationError(NOT_CONFIG, field="file", path=str(path))
        if not package.signed or package.signer is None:
            raise ValidationError(UNSIGNED, field="file", path=str(path))
        content = read_content(package.read, package.names())
        signer = package.signer
    trusted = office.keys.county()
    if trusted is not None and trusted.fingerprint != signer.fingerprint:
        raise ValidationError(
            OTHER_COUNTY,
            field="file",
            path=str(path),
            fingerprint=signer.fingerprint,
            trusted=trusted.fingerprint,
        )
    current = int(office.settings.get(VERSION_SETTING) or 0)
    result = ConfigImport(
        str(path), content.version, content.county["name"], signer.fingerprint, trusted is None
    )
    if (
        content.county["code"][:6] != profile.admin_code[:6]
    ):  # said plainly; the clerk confirms the fingerprint
        result.notices.append(
            Notice(
                OTHER_PLACE,
                {"county": content.county["name"], "code": content.county["code"], "own": profile.admin_code},
            )
        )
    if content.version < current:
        raise ValidationError(OLDER, field="file", path=str(path), version=content.version, current=current)
    if content.version == current and trusted is not None:
        result.status = "already-imported"
        return result
    office.backups.before("config-import")
    with transaction(office.conn):
        apply_config(office, content, result)
        office.keys.set_county(content.county["name"], signer.signing, signer.encryption)
        record(office.conn, "config-import", {"file": Path(path).name, "version": content.version})
    return result


def apply_config(office: Office, content: ConfigContent, result: ConfigImport) -> None:
    """Apply a checked configuration (the caller holds the transaction)."""
    for name, short in content.departments:
        if (
            office.departments.match(name).department is None
            and office.repos.departments.by_name(short) is None
        ):
            office.repos.departments.add(name, short)
            result.departments_added.append(name)
    names = [
        DepartmentName(d.id, d.name, d.short_name) for d in office.departments.list(include_inactive=True)
    ]
    synonyms = apply_synonym_document(office.catalog, names, content.synonyms)
    result.synonyms_added, result.custom_fields_made = synonyms.added, synonyms.custom_fields_made
    wanted = {entry.form_no for entry in content.whitelist}
    for old in office.whitelist.list():
        if old.form_no not in wanted:
            office.repos.whitelist.delete(old.form_no)
    today = office.clock().date()
    for raw in content.whitelist:
        entry = office.whitelist.validate({**raw.to_dict(), "template_sha": None, "template_name": None})
        if raw.form_no in content.templates:
            name = Path(raw.template_name or f"{raw.form_no}.xlsx").name
            entry = office.whitelist.save_with_template_bytes(  # macros cut out, said in the notices
                entry, name, content.templates[raw.form_no], result.notices
            )
        else:
            office.repos.whitelist.save(entry)
        result.whitelist += 1
        for report in office.whitelist.reports_open(entry, today):
            if office.repos.whitelist.linked_item(entry.form_no, report.period.cycle) is not None:
                result.already_registered += 1
                continue
            result.registered.append(_register(office, report, content.version, today))
    office.settings.set(VERSION_SETTING, content.version)
    office.settings.set(COUNTY_SETTING, {**content.county, "townships": len(content.townships)})
    save_corrections(office.settings, content.holidays, content.working_days)


def _period_title(report: Report) -> str:
    period = report.period
    if report.entry.frequency == "半年":
        return f"{period.start.year}年{'上' if period.start.month == 1 else '下'}半年"
    if report.entry.frequency == "一次性":
        return ""
    return cycle_keys.parse(period.cycle).title


def _register(office: Office, report: Report, version: int, today: date) -> dict[str, Any]:
    """Register one report of a whitelisted form in its cycle, with its template when it has one."""
    from desktop.intake.service import FormIntakeService

    entry = report.entry
    period = _period_title(report)
    notes = "；".join(
        part
        for part in (
            f"表号 {entry.form_no}",
            f"制表机关 {entry.issuer}" if entry.issuer else "",
            f"批准文号 {entry.approval_no}" if entry.approval_no else "",
            f"报送时限 {describe_due_rule(entry.due_rule)}" if entry.due_rule else "",
            f"县级配置包第 {version} 版登记",
        )
        if part
    )
    values = {
        "kind": "form",
        "title": f"{entry.title}（{period}）" if period else entry.title,
        "department": entry.department,
        "received": today.isoformat(),
        "due": report.due.isoformat() if report.due else None,
        "notes": notes,
    }
    template = office.whitelist.template_path(entry)
    if template is not None:
        # A service of its own: the import made its backup before the transaction, none inside it.
        intake = FormIntakeService(
            office.repos.forms, office.catalog, office.registry, office.departments, office.clock
        )
        with tempfile.TemporaryDirectory() as folder:
            copy = Path(folder) / (entry.template_name or f"{entry.form_no}.xlsx")
            copy.write_bytes(template.read_bytes())
            item = intake.register(copy, values).item
    else:
        item = office.registry.create({k: v for k, v in values.items() if v is not None}).item
    office.repos.whitelist.link_item(item.id, entry.form_no)
    office.repos.items.update(item.id, {"cycle": report.period.cycle})
    return {
        "id": item.id,
        "form_no": entry.form_no,
        "title": item.title,
        "cycle": report.period.cycle,
        "due": values["due"],
    }


__all__ = ["ConfigImport", "apply_config", "export_config", "gather_config", "import_config"]
