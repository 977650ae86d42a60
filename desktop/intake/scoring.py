"""How well one header column fits one catalog field (0..1).

Rules, strongest first:

* the normalised header equals the field's name or a synonym;
* it equals it up to a neutral prefix/suffix (所在村民小组 ~ 村民小组, 残疾证号码 ~ 残疾证号);
* the group header completes it (户主信息/姓名 → 户主姓名);
* under a group about the field's topic (外出务工/企业名称) a short wording counts;
* partial evidence (a qualifier, a missing kind word, a head noun of the field's kind with an
  agreeing modifier, one character put inside, reordered characters — see
  :mod:`desktop.intake.evidence`) scores 0.8–0.9 and is accepted only when unambiguous;
* anything else — containment, abbreviation, fuzzy likeness — stays below the mapping
  threshold and only feeds suggestions: a confident wrong answer is worse than none.

A prefix naming another person (帮扶人电话号码, 联系人姓名) or a header under such a
group (帮扶人信息/姓名) never counts as the row's own field; a unit that contradicts the
field's unit ((户) vs 人数) lowers the score.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from rapidfuzz import fuzz

from desktop.catalog.fields import Field
from desktop.intake.evidence import (
    ADMIN_WORDS,
    ENTERPRISE_SELF,
    KIND_TAILS,
    MEASURE_QUALIFIERS,
    MEASURE_TYPES,
    PHONE_WORDS,
    VILLAGE_QUALIFIERS,
    head_split,
    is_person_noun,
    loose,
    modifiers_agree,
)
from desktop.intake.normalize import NormHeader, normalize_header, squash, unit_kind

LAND_UNITS = ("亩", "公顷")
"""Units of land; a floor or a plot of building land is given in ㎡."""
NUMBER_TYPES = ("code", "id_number", "credit_code", "phone")
"""Fields whose one character more names another number (社会保障号 is no 社会保障卡号)."""
DURATION_UNITS = ("年", "月", "天")
"""A date field's header with one of these units asks for a length of time (务工时间（月）)."""
_ADMIN_ALT = re.compile(r"[乡镇村组县区市]+[(（]([\u4e00-\u9fff]{2,4})[)）]")
"""An administrative unit with the other name it goes by in brackets (村（社区）, 乡镇（街道）)."""
_JOINED = re.compile(r"[或及和与、]$")
"""A qualifier ending in a conjunction joins another fact to the wording (单位或住址)."""
_GLOSS = re.compile(r"[(（]([\u4e00-\u9fff]{2,6})[)）]([\u4e00-\u9fff]{1,4})$")
"""A bracketed gloss right before a header's last words (…户(监测对象)类型)."""
_HOUSEHOLD_LEAD = re.compile(r"^(?:户(?![主籍口编号码名])|家庭|全家|全户)")
"""A header beginning with the household names the household's fact (户联系电话, 家庭月收入)."""
NEUTRAL_PREFIXES = ("所在", "所属", "现", "本人", "个人", "具体", "是否", "是否参加", "是否享受")
NEUTRAL_SUFFIXES = ("情况", "信息", "名称", "全称", "号码", "号", "码", "名单")
_GROUP_TAIL = re.compile(r"(?:基本情况|基本信息|相关信息|信息|情况|概况)$")
KINDRED = {"place": "address", "address": "place", "type": "grade", "grade": "type"}
"""Head kinds that name one fact when the modifier is the same (户籍地址 ~ 户籍地, 低保档次 ~ 低保类别);
such evidence (0.78) loses to a head of the field's own kind."""
_ROLE = re.compile(r"(?:人|户主|配偶|父亲|母亲|子女|家长|法人|代表|干部|书记|主任|联系|帮扶|监护|担保|紧急)$")


@dataclass(frozen=True)
class FieldTerms:
    """A field's comparable wordings, prepared once per catalog."""

    field: Field
    terms: tuple[tuple[str, float], ...]
    short_terms: tuple[str, ...]
    unit_kind: str
    kinds: tuple[tuple[str, str, str], ...] = ()
    """(modifier, head, kind) of the wordings whose head noun is of the name's kind (see evidence)"""
    name_last: str = ""
    """the last character of the field's name: its head noun ends there"""
    name_kind: str = ""
    """the kind of the name's head noun (see :data:`desktop.intake.evidence.HEAD_KINDS`)"""
    unit: str = ""
    """the canonical unit in the field's name (元, 亩, ㎡ …)"""
    anagrams: frozenset[str] = frozenset()
    """the sorted characters of its short wordings (县区 → 区县)"""


@dataclass(frozen=True)
class ColumnText:
    """A column's normalised leaf and groups (nearest group last)."""

    leaf: NormHeader
    groups: tuple[NormHeader, ...]

    @classmethod
    def from_levels(cls, levels: tuple[str, ...]) -> ColumnText:
        norm = [normalize_header(t) for t in levels] or [normalize_header("")]
        return cls(norm[-1], tuple(norm[:-1]))

    @cached_property
    def unit_kind(self) -> str:
        return unit_kind(self.unit)

    @cached_property
    def unit(self) -> str:
        """The nearest unit said: the leaf's, else its groups' (家庭收入（元）/其中/务工收入)."""
        for h in (self.leaf, *reversed(self.groups)):
            if h.unit:
                return h.unit
        return ""


def canon(key: str) -> str:
    """Spelling variants that mean the same in a header key (号码 = 号)."""
    return key.replace("号码", "号")


def prepare(field: Field) -> FieldTerms:
    """Normalise a field's wordings and derive its short in-context wordings."""
    terms: dict[str, float] = {}
    name = normalize_header(field.name_zh)
    if name.key:
        terms[canon(name.key)] = 1.0
    for s in field.synonyms:
        k = canon(normalize_header(s).key)
        if k and k not in terms:
            terms[k] = 0.97
    for s in field.learned:
        k = canon(normalize_header(s).key)
        if k:
            terms[k] = 1.0
    for wording in (field.name_zh, *field.synonyms):  # 所在村（社区） → 所在社区, 村（社区）名称 → 社区名称
        alt = _ADMIN_ALT.sub(r"\1", squash(wording))
        k = canon(normalize_header(alt).key) if alt != squash(wording) else ""
        if k and k not in terms:
            terms[k] = 0.97
    for k, w in list(terms.items()):  # 所在党支部 → 党支部: where something is placed is no part of it
        rest = k.removeprefix("所在").removeprefix("所属")
        if len(rest) >= 2 and rest != k and rest not in terms:
            terms[rest] = 0.95 * w
    short: list[str] = []
    for k in terms:
        for cw in field.context:
            if cw in k:
                rest = k.replace(cw, "")
                for p in ("外出", "开始"):
                    rest = rest.removeprefix(p) if len(rest) > len(p) + 1 else rest
                if len(rest) >= 2 and rest not in short:
                    short.append(rest)
    name_kind = head_split(canon(name.key))[2]
    kinds = []
    for k in terms:
        mod, head, kind = head_split(k)
        if kind and kind in (name_kind or kind) and (mod, head, kind) not in kinds:
            kinds.append((mod, head, kind))
    return FieldTerms(
        field,
        tuple(terms.items()),
        tuple(short),
        name.unit_kind,
        tuple(kinds),
        name.key[-1:],
        name_kind,
        name.unit,
        frozenset("".join(sorted(k)) for k in terms if 2 <= len(k) <= 4),
    )


def one_insertion(header: str, term: str, measure: str = "") -> bool:
    """True when one is the other with one character put inside (地市 ~ 地级市, 所属组织 ~ 所属党组织) or
    a neutral 所在/所属 (务工所在省份 ~ 务工省份), not at either end and naming no person (残疾人证号). Two
    other characters may change the fact (就业形式 is no 就业帮扶形式). For a measure (``measure`` is its
    unit) only a qualifier or the unit itself may be put in (集体经济年收入 ~ 集体经济收入, 成员户数 ~
    成员数（户）)."""
    short, long = sorted((header, term), key=len)
    d = len(long) - len(short)
    if d not in (1, 2) or len(short) < 2:
        return False
    for i in range(1, len(short)):
        if long[:i] == short[:i] and long[i + d :] == short[i:]:
            inserted = long[i : i + d]
            if d == 2 and inserted not in ("所在", "所属"):
                return False
            if measure and inserted not in MEASURE_QUALIFIERS and inserted != measure[:1]:
                return False
            return not (long is header and (is_person_noun(inserted) or is_role(inserted)))
    return False


def kind_score(leaf: str, ft: FieldTerms, subject: str) -> float:
    """0.8 when the header's head noun is of a kind the field's wordings end in and the modifiers agree
    (see :func:`desktop.intake.evidence.modifiers_agree`); what the header adds must name no person
    other than the rows' subject. 0.78 for a :data:`KINDRED` head after the very same modifier. Else 0."""
    hm, hh, hkind = head_split(leaf)
    if not hkind:
        return 0.0
    measure = ft.field.type in MEASURE_TYPES
    kindred = 0.0
    for mod, head, kind in ft.kinds:
        if kind != hkind:
            if KINDRED.get(kind) == hkind and mod and loose(hm) == loose(mod):
                kindred = 0.78  # 户籍地址 ~ 户籍地, 低保档次 ~ 低保类别: the same modifier, a kindred head
            continue
        extra = modifiers_agree(hm, mod, head == hh, kind, measure)
        if extra == "!":
            continue
        if extra and (is_person_noun(extra) or is_role(extra)) and not (subject and hm.startswith(subject)):
            continue
        return 0.8
    return kindred


def group_stem(h: NormHeader) -> str:
    """``户主信息`` → ``户主``; ``1.贫困户基本情况`` → ``贫困户``."""
    return _GROUP_TAIL.sub("", h.key)


def is_role(prefix: str) -> bool:
    """True when a prefix names someone other than the row's subject (帮扶人, 联系人)."""
    return bool(prefix) and bool(_ROLE.search(prefix))


@lru_cache(maxsize=4096)
def _alternates(leaf: str, notes: tuple[str, ...], raw: str = "") -> tuple[str, ...]:
    """Other readings of a short or two-part header: 乡(镇) → 乡镇, 县（市、区） → 县市区, 参保地或参保单位
    → 参保地, and a gloss in brackets before the head noun read with it: 易返贫致贫户(监测对象)类型 →
    监测对象类型. Read as loose evidence (accepted only when unambiguous)."""
    out = []
    gloss = _GLOSS.search(squash(raw)) if raw else None
    if gloss and head_split(gloss.group(2))[2]:
        out.append(gloss.group(1) + gloss.group(2))
    if len(leaf) <= 2 and notes:
        note = re.sub(r"[\s、，,/]", "", notes[0])
        if 0 < len(note) <= 4:
            out.append(leaf + note)
    if "或" in leaf:
        first = leaf.split("或", 1)[0]
        if len(first) >= 2:
            out.append(first)
    return tuple(out)


@lru_cache(maxsize=4096)
def _sorted(h: str) -> str:
    return "".join(sorted(h))


@lru_cache(maxsize=4096)
def _chars(h: str) -> frozenset[str]:
    return frozenset(h)


@lru_cache(maxsize=4096)
def _tail_forms(h: str) -> frozenset[str]:
    """The loosened header with each kind word a wording may end in (外出务工人员 → 外出务工数 …)."""
    return frozenset(loose(h + tail) for tail in KIND_TAILS)


def match_key(h: str, t: str, entity: str = "", field_type: str = "", subject: str = "") -> tuple[float, str]:
    """Similarity of a header key to one term key (both normalised), with the kind of evidence.

    ``field_type`` decides whether a qualifier before the term keeps the meaning (it does for what
    names or identifies, not for a measure); ``subject`` is the role the rows are about (学员).
    """
    if not h or not t:
        return 0.0, ""
    if h == t:
        return 1.0, "exact"
    if len(t) == 1 and t in ADMIN_WORDS:  # 所在村, 组名, 村别
        if h.endswith(t) and (h[:-1] in NEUTRAL_PREFIXES or (t == "村" and h[:-1] in VILLAGE_QUALIFIERS)):
            return 0.93, "affix"
        if h.startswith(t) and h[1:] in ("名", "别", "名称"):
            return 0.9, "affix"
    if len(t) == 1 or len(h) == 1 or _chars(h).isdisjoint(t):
        return 0.0, ""
    measure = field_type in MEASURE_TYPES
    lh, lt = loose(h), loose(t)
    if lh == lt and len(lh) >= 2:
        return 0.9, "loose"
    if h.endswith(t):
        prefix = h[: -len(t)]
        if prefix in NEUTRAL_PREFIXES or (field_type == "phone" and prefix == "联系"):
            return 0.93, "affix"  # 联系手机: the row's own phone
        if (entity == "household" and prefix == "户主") or (subject and prefix == subject):
            return 0.9, "role"
        if entity == "person" and prefix == "人":  # 人联系电话 beside 户联系电话: the person's own
            return 0.9, "role"
        if entity == "enterprise" and prefix in ENTERPRISE_SELF and field_type == "phone":
            return 0.9, "role"
        if is_role(prefix) or is_person_noun(prefix):
            return 0.2, "other-person"
        if _JOINED.search(prefix):  # 单位或住址, 单位及住址: two facts in one column, neither alone
            return 0.45 + 0.25 * len(t) / len(h), "partial"
        if (not measure and len(prefix) <= 4) or prefix in MEASURE_QUALIFIERS:
            return 0.8, "head"
        return 0.45 + 0.25 * len(t) / len(h), "partial"
    if h.startswith(t):
        suffix = h[len(t) :]
        if suffix in NEUTRAL_SUFFIXES:
            return 0.92, "affix"
        if (measure and suffix in ("收入", "金额", "数")) or (not measure and suffix in KIND_TAILS):
            return 0.85, "tail"
        return 0.45 + 0.25 * len(t) / len(h), "partial"
    for a, b in ((h, t), (lh, lt)):
        if len(a) >= 2 and b.startswith(a) and b[len(a) :] in KIND_TAILS:
            return 0.85, "tail"
        if len(a) >= 2 and a.startswith(b) and len(b) >= 2 and a[len(b) :] in KIND_TAILS and not measure:
            return 0.85, "tail"
    if len(lh) >= 2 and len(lt) >= len(lh) and lt in _tail_forms(h):
        return 0.85, "tail"  # 其中：外出务工人员（人） ~ 外出务工人员数
    if measure and lh.endswith(lt) and len(lt) >= 2 and lh[: -len(lt)] in MEASURE_QUALIFIERS:
        return 0.8, "head"
    if measure and lt.endswith(lh) and len(lh) >= 2 and lt[: -len(lh)] in MEASURE_QUALIFIERS:
        return 0.8, "head"  # 保障金额（元/月） ~ 月保障金额
    if t in h:
        return 0.4 + 0.25 * len(t) / len(h), "partial"
    if h in t:
        return 0.4 + 0.3 * len(h) / len(t), "partial"
    r = fuzz.ratio(h, t) / 100.0
    return (0.6 * r, "partial") if r >= 0.5 else (0.0, "")


def score(col: ColumnText, ft: FieldTerms, subject: str = "") -> tuple[float, str]:
    """Score of a column for a field, with a short reason code (see :mod:`desktop.intake.evidence`)."""
    f = ft.field
    leaf = canon(col.leaf.key)
    best, reason = 0.0, ""
    keys = {t for t, _ in ft.terms}
    nearest = col.groups[-1] if col.groups else None
    stem = canon(group_stem(nearest)) if nearest else ""
    own = ENTERPRISE_SELF if f.entity == "enterprise" else ("户主",) if f.entity == "household" else ()
    if f.type == "phone" and keys.intersection(PHONE_WORDS):  # the row's own phone, said after its role
        said = leaf if stem not in own else stem + leaf  # 负责人信息/联系电话
        if any(said.startswith(p) and said[len(p) :] in PHONE_WORDS for p in (*own, subject) if p):
            best, reason = 0.9, "role"  # 法人代表电话, 学员手机, 户主电话
    if subject and leaf == subject and "姓名" in keys:  # 申请人 alone on a list of applicants
        best, reason = 0.9, "role"
    alts = _alternates(leaf, col.leaf.notes, col.leaf.raw) if (col.leaf.notes or "或" in leaf) else ()
    for t, w in ft.terms:
        s, why = match_key(leaf, t, f.entity, f.type, subject)
        s *= w
        if s > best:
            best, reason = s, ("exact" if s >= 0.97 else why)
        for alt in alts:  # 乡(镇) ~ 乡镇, 参保地或参保单位 ~ 参保地
            s, why = match_key(alt, t, f.entity, f.type, subject)
            s *= w * 0.93
            if s > best:
                best, reason = s, "loose"
        if (
            leaf.startswith(t) and leaf[len(t) :] in keys and best < 0.9
        ):  # 备注说明: two wordings of one field
            best, reason = 0.9, "loose"
    if best < 0.8 and len(leaf) >= 2:
        s = kind_score(leaf, ft, subject)
        if s > best:
            best, reason = s, ("kind" if s >= 0.8 else "kindred")
        if best < 0.78 and f.type not in NUMBER_TYPES and leaf[-1] == ft.name_last:
            unit = (ft.unit or "?") if f.type in MEASURE_TYPES else ""
            for t, _ in ft.terms:
                if one_insertion(leaf, t, unit):
                    best, reason = (0.8 if min(len(leaf), len(t)) >= 3 else 0.78), "insert"
                    break
        if best < 0.85 and 2 <= len(leaf) <= 4 and leaf not in keys and _sorted(leaf) in ft.anagrams:
            best, reason = 0.85, "loose"  # 区县 ~ 县区
    if stem and best < 0.95:  # 致贫原因/主要原因 → 主要致贫原因: the leaf qualifies its group's fact
        lmod, lhead, lkind = head_split(leaf)
        if lkind and lmod and head_split(stem)[1] == lhead and lmod + stem in keys:
            best, reason = 0.95, "group"
    if stem and best < 1.0:
        for t, w in ft.terms:
            if len(t) > len(leaf) and stem + leaf in (t, *(p + t for p in NEUTRAL_PREFIXES)):
                s = 0.95 * w
                if s > best:
                    best, reason = s, "group"
    if f.context and (col.groups or any(cw in leaf for cw in f.context)):
        in_ctx = any(cw in g.key for g in col.groups[-1:] for cw in f.context) or any(
            cw in leaf for cw in f.context
        )
        if in_ctx:
            stripped = leaf
            for cw in f.context:
                stripped = stripped.replace(cw, "")
            if (leaf in ft.short_terms or stripped in ft.short_terms) and best < 0.95:
                best, reason = 0.95, "context"
            elif best < 0.85 and len(leaf) >= 2 and any(t.endswith(leaf) for t in keys):
                best, reason = 0.85, "head"  # 务工信息/工种 ~ 从事工种
            elif best >= 0.75:
                best = min(1.0, best + 0.04)
        elif nearest is not None and reason not in ("group", "context"):
            best *= 0.85
    if (
        nearest is not None
        and reason != "group"
        and is_role(stem)
        and stem != subject
        and not any(stem in t for t, _ in ft.terms)  # 帮扶情况/帮扶责任人: the field is that role's
        and stem not in own  # 户主信息/电话 on a household list, 负责人信息/电话 on an enterprise list
    ):
        best *= 0.5
    if f.type == "date" and col.unit in DURATION_UNITS:
        best *= 0.5  # 务工时间（月）: how long, not when
    if (
        f.entity == "person"
        and reason != "exact"
        and _HOUSEHOLD_LEAD.match(leaf)
        and not any(w in t for t, _ in ft.terms for w in ("户", "家庭"))
    ):
        best *= 0.25  # 户联系电话, 家庭月收入: the household's, not the person's
    hk, fk = col.unit_kind, ft.unit_kind
    if hk and fk and (hk != fk or (hk == "area" and (col.unit in LAND_UNITS) != (ft.unit in LAND_UNITS))):
        best *= 0.6  # (户) is no 人数; land in 亩 is no floor in ㎡
    return best, reason
