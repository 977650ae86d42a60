"""The office profile: who this database belongs to (乡镇 or 县级 office)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

from desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from storage.settings import SettingsRepository

PROFILE_KEY = "office_profile"


@dataclass(frozen=True)
class OfficeProfile:
    office_type: str  # 乡镇 or 县级
    name: str
    admin_code: str  # 12-digit 统计用区划代码
    county: str
    city: str = ""  # 市（州）, optional: profiles saved before it existed load without it

    def to_dict(self) -> dict[str, str]:
        return asdict(self)


def validate_profile(
    office_type: str, name: str, admin_code: str, county: str, city: str = ""
) -> OfficeProfile:
    """Check a profile as typed; raises ValidationError naming the first problem."""
    name, county, code, city = name.strip(), county.strip(), admin_code.strip(), city.strip()
    if office_type not in ("乡镇", "县级"):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "单位类型只能是“乡镇”或“县级”。"), field="office_type"
        )
    if not name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "请填写单位名称，例如 白沙镇人民政府。"), field="name"
        )
    if not (len(code) == 12 and code.isdigit() and code.isascii()):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "统计用区划代码“{code}”应为 12 位数字，例如 530624100000。"),
            field="admin_code",
            code=code,
        )
    if office_type == "乡镇" and (code[6:9] == "000" or code[9:] != "000"):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "“{code}”不是乡镇级区划代码：第 7–9 位是乡镇编号（不能为 000），末 3 位应为 000。"
            ),
            field="admin_code",
            code=code,
        )
    if office_type == "县级" and code[6:] != "000000":
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "“{code}”不是县级区划代码：县级代码的末 6 位应为 000000。"),
            field="admin_code",
            code=code,
        )
    if not county:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请填写所属县（市、区）。"), field="county")
    return OfficeProfile(office_type, name, code, county, city)


class ProfileService:
    def __init__(self, settings: SettingsRepository) -> None:
        self.settings = settings

    def get(self) -> OfficeProfile | None:
        data = self.settings.get(PROFILE_KEY)
        if not data:
            return None
        known = {f.name for f in fields(OfficeProfile)}
        return OfficeProfile(**{k: v for k, v in data.items() if k in known})

    def save(
        self, office_type: str, name: str, admin_code: str, county: str, city: str = ""
    ) -> OfficeProfile:
        profile = validate_profile(office_type, name, admin_code, county, city)
        self.settings.set(PROFILE_KEY, profile.to_dict())
        return profile
