"""County bureaus that send work down: a managed list, seeded with the usual ones."""

from __future__ import annotations

from desktop.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from storage.departments import DepartmentRepository
from storage.records import Department
from storage.transaction import transaction

# Typical senders for a township, by full name and the short form written on forms.
DEFAULT_DEPARTMENTS = (
    ("县委办公室", "县委办"),
    ("县人民政府办公室", "县政府办"),
    ("县委组织部", "组织部"),
    ("县人力资源和社会保障局", "县人社局"),
    ("县民政局", "县民政局"),
    ("县农业农村局", "县农业农村局"),
    ("县乡村振兴局", "县乡村振兴局"),
    ("县卫生健康委员会", "县卫健委"),
    ("县教育局", "县教育局"),
    ("县财政局", "县财政局"),
    ("县自然资源局", "县自然资源局"),
    ("县住房和城乡建设局", "县住建局"),
    ("县水利局", "县水利局"),
    ("县应急管理局", "县应急局"),
    ("县统计局", "县统计局"),
    ("县医疗保障局", "县医保局"),
    ("县残疾人联合会", "县残联"),
    ("县退役军人事务局", "县退役军人局"),
    ("县市场监督管理局", "县市场监管局"),
    ("县生态环境分局", "县生态环境局"),
)


class DepartmentService:
    def __init__(self, repo: DepartmentRepository) -> None:
        self.repo = repo

    def seed_defaults(self) -> None:
        if self.repo.count():
            return
        with transaction(self.repo.conn):
            if self.repo.count():  # another process seeded them meanwhile (two first starts at once)
                return
            for name, short in DEFAULT_DEPARTMENTS:
                self.repo.add(name, short)

    def list(self, include_inactive: bool = False) -> list[Department]:
        return self.repo.list(include_inactive)

    def resolve(self, name: str) -> Department:
        """Find a department by full or short name, or explain how to add it."""
        name = (name or "").strip()
        if not name:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "请填写来文单位（从列表中选择）。"), field="department"
            )
        department = self.repo.by_name(name)
        if department is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "未知的来文单位“{name}”。请先在“设置 → 来文单位”中添加，或选择列表中的单位。"
                ),
                field="department",
                name=name,
            )
        return department

    def add(self, name: str, short_name: str = "") -> Department:
        name, short_name = name.strip(), short_name.strip()
        if not name:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "请填写单位名称。"), field="name")
        if self.repo.by_name(name) or (short_name and self.repo.by_name(short_name)):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "来文单位“{name}”已在列表中。"),
                field="name",
                name=name or short_name,
            )
        with transaction(self.repo.conn):
            return self.repo.add(name, short_name)

    def update(self, department_id: int, name: str, short_name: str, active: bool = True) -> None:
        if self.repo.by_id(department_id) is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("errors", "找不到编号为 {id} 的来文单位。"), id=department_id
            )
        name = name.strip()
        if not name:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "请填写单位名称。"), field="name")
        clash = self.repo.by_name(name)
        if clash and clash.id != department_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "来文单位“{name}”已在列表中。"), field="name", name=name
            )
        with transaction(self.repo.conn):
            self.repo.update(department_id, name, short_name.strip(), active)

    def remove(self, department_id: int) -> str:
        """Delete an unused department; one already used on items is only deactivated.

        Returns "deleted" or "deactivated" so the caller can tell the clerk which happened.
        """
        department = self.repo.by_id(department_id)
        if department is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("errors", "找不到编号为 {id} 的来文单位。"), id=department_id
            )
        with transaction(self.repo.conn):
            if self.repo.usage_count(department_id):
                self.repo.update(department_id, department.name, department.short_name, False)
                return "deactivated"
            self.repo.delete(department_id)
            return "deleted"
