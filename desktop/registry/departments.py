"""County bureaus that send work down: a managed list, seeded with the usual ones."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.errors import QT_TRANSLATE_NOOP, NotFoundError, Notice, ValidationError
from desktop.registry.department_names import name_key
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


UNKNOWN = QT_TRANSLATE_NOOP(
    "errors",
    "来文单位“{name}”不在列表中，也不像列表中哪个单位的简称或旧称。请从列表中选择；确是新的来文单位，"
    "登记时确认添加即可。",
)
MATCHED = QT_TRANSLATE_NOOP("errors", "来文单位“{typed}”按列表中的“{name}”登记。")


@dataclass(frozen=True)
class DepartmentMatch:
    """What a typed name means: the department (None when new or unclear), how it was found, the others
    it could be when it is unclear."""

    typed: str
    department: Department | None
    exact: bool = False
    candidates: list[Department] = field(default_factory=list)

    @property
    def is_new(self) -> bool:
        return self.department is None and not self.candidates

    def notice(self) -> Notice | None:
        """Says which listed department a short or former name was taken as (None for an exact name)."""
        if self.department is None or self.exact:
            return None
        return Notice(MATCHED, {"typed": self.typed, "name": self.department.name})


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

    def match(self, name: str) -> DepartmentMatch:
        """The listed department a typed name means: by full or short name, else by a short or former name
        of the same bureau (县卫健局 → 县卫健委, 扶贫办 → 乡村振兴局, see department_names.ALIASES) in the
        same place; several in reach (卫健局 with both 县卫健委 and 市卫健委 listed) are candidates."""
        typed = " ".join((name or "").split())
        exact = self.repo.by_name(typed) if typed else None
        if exact is not None or not typed:
            return DepartmentMatch(typed, exact, exact=exact is not None)
        key = name_key(typed)
        found = []
        for department in self.repo.list():
            keys = [name_key(department.name)] + (
                [name_key(department.short_name)] if department.short_name else []
            )
            if any(k.bureau == key.bureau and k.same_place(key) for k in keys):
                found.append((department, any(k.place == key.place for k in keys)))
        same_place = [d for d, same in found if same]
        best = same_place if len(same_place) == 1 else [d for d, _same in found]
        if len(best) == 1:
            return DepartmentMatch(typed, best[0])
        return DepartmentMatch(typed, None, candidates=best)

    def resolve_typed(self, name: str) -> tuple[Department, list[Notice]]:
        """The department a typed name means, and a notice when a short or former name was matched; a
        ValidationError naming the problem when it is empty, unclear or not on the list."""
        found = self.match(name)
        if not found.typed:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "请填写来文单位（从列表中选择）。"), field="department"
            )
        if found.candidates:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "来文单位“{name}”可能是{choices}，请从列表中选择。"),
                field="department",
                name=found.typed,
                choices=tuple(d.name for d in found.candidates),
            )
        if found.department is None:
            raise ValidationError(UNKNOWN, field="department", name=found.typed)
        notice = found.notice()
        return found.department, [notice] if notice else []

    def resolve(self, name: str) -> Department:
        """Find a department by full or short name (or a short or former name of one), or explain."""
        return self.resolve_typed(name)[0]

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
