"""Evidence beyond the wording that carries over to forms the program has never seen.

A header that is not one of a field's wordings may still say plainly which field it is:

* the same words with a neutral insertion (员工总人数 ~ 员工人数, 家庭详细住址 ~ 家庭住址);
* a field's wording after a qualifier (市场主体名称, 公民身份证号码, 城乡居民养老保险是否参保) —
  accepted for what names or identifies something, not for measures (贫困户户数 is not 户数);
* a field's wording missing only its kind word (劳动力 ~ 劳动力人数, 村党组织书记 ~ …书记姓名);
* the row's own subject before a wording (学员姓名 on a trainee roster, 户主联系电话 on a household
  list, 法定代表人联系电话 on an enterprise list), while another person's (签约医生姓名) never counts;
* the example row's value (an 18-digit value is an ID number, 11 digits starting with 1 a phone,
  3组 a village group), which confirms or contradicts the header;
* a head noun of the kind the field's wording ends in, with a modifier that agrees (务工地址 ~
  务工地点, 参保险种 ~ 参保类别, 注册资金 ~ 注册资本, 贫困户人数 ~ 贫困人口数: :data:`HEAD_KINDS`,
  :func:`modifiers_agree`); one character put inside a wording (地市 ~ 地级市); the same
  characters reordered (区县 ~ 县区);
* on a form of an entity with one field of a kind, a header of that kind naming nothing but the
  entity (经营地址, 住所, 营业执照号码, 店铺面积, 理事长 on an enterprise list: :data:`SOLE_KINDS`).

Such partial evidence is accepted only when it is unambiguous: the header's own kind (a date, a
phone, an amount, a count, an area) agrees with the field's type, no other column has the same
words, and the next field is clearly behind. Nothing here is fitted to a particular file.
"""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.intake.normalize import NormHeader
from desktop.ledger.village_groups import group_number

_INSERTIONS = re.compile(r"总|详细|具体|最高|全称|纯|过|基本")
_LEAD = re.compile(r"^(?:其中|含|是否|参加)+")
_TRAIL = re.compile(r"(?:情况|状况|信息)$")
_SAME = (
    (re.compile(r"(?:编号|编码|号码|码)"), "号"),
    (re.compile(r"人员"), "人"),
    (re.compile(r"(?<!户)人数"), "数"),
    (re.compile(r"户户数"), "户数"),
    (re.compile(r"([月年])(?:平均|均)"), r"\1"),
    (re.compile(r"单位|公司"), "企业"),
    (re.compile(r"^.*?(?:合作社|商户|市场主体|经营主体|营业执照|个体户|工商户)(?=名称$)"), "企业"),
    (re.compile(r"性(?=收入)"), ""),
    (re.compile(r"类别|类型"), "类"),
    (re.compile(r"卡号|帐号"), "账号"),
    (re.compile(r"银行"), "行"),
    (re.compile(r"帮扶责任人"), "帮扶人"),
    (re.compile(r"房屋"), "住房"),
    (re.compile(r"金额$"), "金"),
    (re.compile(r"居住地址|居住地|住所|住处"), "住址"),
    (re.compile(r"户口簿|户口本|户口"), "户籍"),  # 户口簿住址 ~ 户籍地址
    (re.compile(r"(?<=[\u4e00-\u9fff])id$"), "号"),  # 家庭ID ~ 家庭编号
    (re.compile(r"支书"), "支部书记"),  # 村支书 ~ 村支部书记
    (re.compile(r"医保"), "医疗保险"),  # 居民医保 ~ 居民医疗保险
    (re.compile(r"养老(?!保险|金|服务|院|机构)"), "养老保险"),  # 居民养老 ~ 居民养老保险
    (re.compile(r"城乡(?=居民)"), ""),  # 居民医疗保险 ~ 城乡居民医疗保险
)
_PERSON_NOUN = re.compile(
    r"(?:人|员|生|者|长|主|师|医|工|属|亲|偶|父|母|子|女|妻|夫|代表|干部|书记|主任|家长|儿童|老人)$"
)
ENTERPRISE_SELF = ("法定代表人", "法人代表", "法人", "负责人", "经营者", "业主", "理事长", "董事长", "农场主")
"""People who speak for an enterprise row: their phone is the enterprise's phone."""
PHONE_WORDS = ("电话", "手机", "手机号", "联系电话", "联系方式", "电话号码", "手机号码", "联系手机")
"""What a role's phone column says after the role (法人代表电话, 学员手机)."""
KIND_TAILS = ("人数", "户数", "数", "姓名", "名称", "号", "情况")
"""What a header may leave out of a field's wording without changing its meaning."""
MEASURE_QUALIFIERS = (
    *("年", "月", "全年", "上年", "上一年", "上年度", "本年", "本年度", "当年", "年度", "承包", "家庭", "户"),
)
"""Qualifiers before a measure's wording that keep the measure (承包耕地面积 ~ 耕地面积)."""
VILLAGE_QUALIFIERS = ("行政", "贫困", "脱贫", "重点", "示范", "试点")
"""What a village may be called on a village list (贫困村, 行政村) — not 自然村, a smaller unit."""
ADMIN_WORDS = ("村", "组", "乡", "镇", "县")
"""One-character wordings that stand alone when only named (组名, 村别) or placed (所在村)."""
MEASURE_TYPES = ("integer", "decimal", "money", "area", "number")
PARTIAL = (
    *("loose", "head", "tail", "role", "value", "entity-word", "kind", "insert", "entity-kind"),
    *("kindred", "title"),
)
"""Reasons that come from partial evidence: accepted only when unambiguous (see module docstring)."""

_ACTS_FOR = re.compile(
    r"(?:(?:监护|联系|代领|代理|委托|担保|帮扶|责任|经办|审核|填报|核查|调查|收款|领款|开户|走访|采集|录入|统计|评估)人"
    r"|家长|配偶)$"
)
"""People a list names beside its subject, never as its subject (监护人, 代领人, 经办人, 家长; who receives
the money for the subject: 收款人, 领款人, 开户人; who does the procedure: 走访人, 采集人, 评估人)."""


def acts_for(leaf: str) -> bool:
    """True when a header begins with someone a list names beside its subject (监护人电话, 代领人姓名)."""
    return any(_ACTS_FOR.search(leaf[:i]) for i in range(2, len(leaf)))


_BARE_PERSON = re.compile(r".{1,3}(?<![党团会社队])[人员者]")
"""A header that is only a person's role (申请人, 参保人员) names that person."""
_DATE_HEAD = re.compile(r"(?:日期|时间|年月|年月日|有效期|期限|年度|年份)$")
_PHONE_HEAD = re.compile(r"(?:电话|手机|手机号|电话号|联系方式)$")
_MONEY_HEAD = re.compile(r"(?:金额|收入|资金|费用|工资|金)$")
_COUNT_HEAD = re.compile(r"(?:人数|户数|数量|个数)$")
_AREA_HEAD = re.compile(r"面积$")
_ID18 = re.compile(r"^[1-9][0-9]{16}[0-9Xx]$")
_PHONE = re.compile(r"^1[3-9][0-9]{9}$")


@lru_cache(maxsize=16384)
def loose(key: str) -> str:
    """A key without neutral insertions (总, 详细, 最高 …), a leading 其中/是否/参加 or a trailing 情况,
    and with one spelling for 编号/编码/号码 (号), 人员 (人), 人数 (数), 月均/月平均 (月), 单位/公司 (企业),
    and the short names of insurances (医保, 居民养老, 城乡居民 ~ 居民)."""
    k = _TRAIL.sub("", _LEAD.sub("", key))
    for pattern, repl in _SAME:
        k = pattern.sub(repl, k)
    return _INSERTIONS.sub("", k)


@lru_cache(maxsize=4096)
def is_person_noun(prefix: str) -> bool:
    """True when a prefix names a person (学员, 患者, 签约医生, 监护人, 法定代表人 …)."""
    return bool(prefix) and bool(_PERSON_NOUN.search(prefix))


def header_kind(h: NormHeader) -> str:
    """What the header's own words say its values are: yes/no, date/phone/money/count/area, or ''."""
    key = h.key
    if key.startswith("是否") or key.endswith("与否"):
        return "yesno"
    if _DATE_HEAD.search(key) or any(re.search(r"yyyy|年月|[0-9]{4}[.\-/年]", n, re.I) for n in h.notes):
        return "date"
    if _PHONE_HEAD.search(key):
        return "phone"
    if h.unit_kind == "money" or _MONEY_HEAD.search(key):
        return "money"
    if h.unit_kind in ("people", "households") or _COUNT_HEAD.search(key):
        return "count"
    if h.unit_kind == "area" or _AREA_HEAD.search(key):
        return "area"
    return ""


def field_kind(field_type: str, unit_kind: str) -> str:
    """The same kinds for a catalog field, from its type and the unit in its name."""
    if field_type == "enum":
        return "yesno"
    if field_type == "date":
        return "date"
    if field_type == "phone":
        return "phone"
    if field_type == "integer":
        return "count"
    if field_type in ("decimal", "money", "number", "area"):
        return "area" if unit_kind == "area" else "money"
    return ""


def kinds_disagree(header: str, field: str) -> bool:
    """True when the header plainly says one kind of value and the field holds another."""
    return bool(header) and header != field


def value_kind(value: str) -> str:
    """id18 / phone / group for an example value that plainly is one, else ''."""
    v = re.sub(r"\s+", "", value or "")
    if _ID18.match(v):
        return "id18"
    if _PHONE.match(v):
        return "phone"
    if v.endswith("组") and group_number(v) is not None:  # the ledger's one reading of a numbered group
        return "group"
    return ""


def value_agrees(kind: str, field_id: str, field_type: str) -> bool | None:
    """True when the field holds values of this kind, False when it cannot, None when unrelated."""
    if not kind:
        return None
    if kind == "id18":
        return field_type == "id_number" if field_type in ("id_number", "phone", "date", "integer") else None
    if kind == "phone":
        return field_type == "phone" if field_type in ("id_number", "phone", "date", "integer") else None
    if kind == "group":
        if field_id.endswith("village_group"):
            return True
        return False if field_id.endswith(".village") else None
    return None


def subject_role(
    leaves: list[str],
    title: str,
    named: bool,
    worded: frozenset[str] = frozenset(),
    bare: bool = True,
    groups: tuple[str, ...] = (),
) -> str:
    """The person the rows are about when headers name them by role (学员姓名 with no bare 姓名).

    ``named``: some column already names the row's subject plainly (姓名, 企业名称); then every role
    before 姓名 is someone else. A guardian, contact or helper (监护人, 联系人, 代领人 …) is never the
    subject; beside 户主姓名 another role is the member the rows are about (成员姓名). With ``bare``
    (no column names the head either) a role alone (申请人) names the person too, a membership (党员)
    never. ``worded``: headers that are a field's own wording (法定代表人姓名)
    name no role. ``groups``: group headers reduced to whom they are about (享受人信息 → 享受人): a
    person with a group of their own is a role too. With several roles, the one the title names wins.
    """
    if named:
        return ""
    roles = list(
        dict.fromkeys(
            [
                *(
                    k[: -len(tail)]
                    for k in leaves
                    if k not in worded
                    for tail in ("姓名", "名字")
                    if k.endswith(tail)
                    and len(k) > len(tail)
                    and (is_person_noun(k[: -len(tail)]) or k[: -len(tail)].endswith("对象"))  # 走访对象
                ),
                *(k for k in leaves if bare and k not in worded and _BARE_PERSON.fullmatch(k)),  # 申请人
                *(g for g in groups if _BARE_PERSON.fullmatch(g)),  # 享受人信息/…
            ]
        )
    )
    roles = [r for r in roles if r != "户主" and not _ACTS_FOR.search(r)]
    if len(roles) == 1:
        return roles[0]
    in_title = [r for r in roles if r in title]
    return in_title[0] if len(in_title) == 1 else ""


HEAD_KINDS = (
    ("address", ("居住地址", "地址", "住址", "住所", "居住地", "场所", "地点", "住处", "地区")),
    ("place", ("所在地", "登记地", "地")),
    ("id", ("证号", "编号", "编码", "代码", "号")),
    ("type", ("类别", "类型", "种类", "属性", "性质", "身份", "类", "种")),
    ("means", ("方式", "措施", "形式", "办法")),
    ("grade", ("等级", "级别", "程度", "档次")),
    ("cause", ("原因",)),
    ("people", ("人口数", "人数", "人口")),
    ("households", ("户数",)),
    ("area", ("面积",)),
    ("capital", ("资本金", "资本", "资金")),
    ("profit", ("利润",)),
    ("business", ("范围", "业务", "项目", "产品")),
    ("unit", ("单位", "企业", "公司")),
    ("name", ("名称",)),
    ("agent", ("责任人", "联系人", "干部", "人")),
    (
        "leader",
        (
            "法定代表人",
            "代表人",
            "负责人",
            "理事长",
            "董事长",
            "社长",
            "厂长",
            "经营者",
            "业主",
            "店主",
            "农场主",
        ),
    ),
)
"""Head nouns a header ends in, by the kind of fact they name: 务工地址 and 务工地点 both name a place
of work, 参保险种 and 参保类别 a category, 注册资金 and 注册资本 a capital. A header and a field wording
with heads of one kind and modifiers that agree (务工 = 务工, 大病 ~ 疾病) name the same fact."""

_HEADS = sorted(((h, k) for k, hs in HEAD_KINDS for h in hs), key=lambda x: -len(x[0]))

SELF_WORDS = {
    "person": ("所在", "现", "工作", "就业"),
    "household": ("家庭", "现", "所在", "详细", "居住", "通讯", "联系"),
    "enterprise": (
        *("营业执照", "企业", "单位", "公司", "营业", "执照", "工商", "注册", "登记", "经营", "商户"),
        *("店铺", "商铺", "门店", "合作社", "农场", "主体", "办公", "实际", "详细", "店", "厂"),
    ),
}
"""Words by which a row's entity names itself (经营地址, 店铺面积, 营业执照号码 on an enterprise list)."""
SOLE_KINDS = {
    "enterprise": {
        "address": (),
        "area": (),
        "leader": (),
        "profit": (),
        "name": (),
        "id": ("营业执照", "执照", "工商", "注册", "登记"),
    },
    "person": {"unit": ()},
    "household": {"address": ()},
}
"""Kinds an entity may have one field of: a header of that kind naming nothing but the entity is that
field. An identifier must also say it is the registration's (企业编号 may be the list's own number).
A person has one place of work: 单位, 公司, 所在单位 on a person list is where the person works; a household
one address: 地址, 详细地址, 通讯地址 on a household list."""


@lru_cache(maxsize=16384)
def head_split(key: str) -> tuple[str, str, str]:
    """``务工地址`` → (务工, 地址, address); ('', '', '') when the key ends in no known head noun."""
    for head, kind in _HEADS:
        if key.endswith(head):
            return key[: -len(head)], head, kind
    return "", "", ""


LOOSE_KINDS = ("type", "name", "business", "cause", "unit")
"""Kinds whose modifiers may agree by shared characters (大病名称 ~ 疾病名称); an identifier, a place or
a measure needs the modifier itself (失业保险编号 is no 社会保险编号)."""


def modifiers_agree(header: str, term: str, same_head: bool, kind: str, measure: bool) -> str:
    """What a header's modifier adds to a field wording's, or ``!`` when they do not agree.

    They agree when equal; when the header's starts with the wording's and says at most two characters
    more (贫困户 ~ 贫困, 参保险 ~ 参保), one with two heads of one kind (贫困户人数 ~ 贫困人口数), a qualifier
    or one character with a measure (经营土地面积 is no 经营面积); and, for the same head of a kind in
    :data:`LOOSE_KINDS`, when they share half their characters and begin with the same two (脱贫人口类型 ~
    脱贫户类型; not 计生家庭户类型 ~ 脱贫户类型, 脱贫人员类型 ~ 参保人员类型, 产业类型 ~ 企业类型). A header
    saying less than the wording is not it (就业形式 is no 就业帮扶形式, 社会保障号 no 社会保障卡号, 住房类型
    no 住房结构类型).
    """
    if not header or not term:
        return "!"
    if header == term:
        return ""
    if header.startswith(term) and len(header) - len(term) <= (2 if same_head else 1):
        extra = header[len(term) :]
        return extra if not measure or len(extra) == 1 or extra in MEASURE_QUALIFIERS else "!"
    if not same_head or measure or kind not in LOOSE_KINDS or term.startswith(header):
        return "!"
    shared = set(header) & set(term)
    if 2 * len(shared) >= max(len(header), len(term)) and header[:2] == term[:2]:
        return "".join(c for c in header if c not in shared)
    return "!"


def strip_words(text: str, words: tuple[str, ...]) -> str:
    """``text`` with every listed word taken out (longest first)."""
    for w in sorted(words, key=len, reverse=True):
        text = text.replace(w, "")
    return text
