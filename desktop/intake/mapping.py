"""Map each header column onto the catalog: row entity first, then one field per column.

The row entity (person / household / village / enterprise / other) is decided from the
whole set of columns: an entity needs a key column (姓名/身份证 for person, 户主/户编号
for household, 村名 for village, 企业名称/信用代码 for enterprise) and the entity with
the most evidence wins; a project-like key (项目名称) without a person or enterprise key
makes the rows "other". Columns then take the best field of that entity; each field goes
to one column only (ties go to the column among related fields), and anything below
:data:`THRESHOLD` stays unmapped with ranked suggestions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from desktop.catalog.fields import Catalog
from desktop.intake.evidence import (
    MEASURE_QUALIFIERS,
    PARTIAL,
    SELF_WORDS,
    SOLE_KINDS,
    acts_for,
    field_kind,
    head_split,
    header_kind,
    kinds_disagree,
    loose,
    strip_words,
    subject_role,
    value_agrees,
    value_kind,
)
from desktop.intake.layout import LayoutColumn
from desktop.intake.normalize import normalize_header
from desktop.intake.scoring import ColumnText, FieldTerms, canon, group_stem, is_role, prepare, score

THRESHOLD = 0.75
"""Below this a column is left unmapped (its best guesses become suggestions)."""
SUGGEST_FLOOR = 0.35
ENTITY_ORDER = ("person", "household", "village", "enterprise")
KEY_FIELDS = {
    "person": ("person.name", "person.id_number"),
    "household": ("household.head_name", "household.household_no", "household.head_id_number"),
    "village": ("village.name",),
    "enterprise": ("enterprise.name", "enterprise.credit_code"),
}
_OTHER_SUBJECT = re.compile(
    r"^(?:项目|工程|贷款|合同|资金|资产|设施|设备|车辆|房屋|地块|案件|事项|活动|指标|考核|评分|课题|产品|商品)"
    r"(?:名称|编号|编码|代码|序号)?$"
)


@dataclass(frozen=True)
class Suggestion:
    """A candidate field for a column with its score."""

    field_id: str
    score: float


@dataclass
class ColumnMatch:
    """The mapping decision for one column."""

    col: int
    header: str
    field: str | None
    confidence: float
    suggestions: list[Suggestion] = field(default_factory=list)
    reason: str = ""


@dataclass
class MappingResult:
    """Row entity and one decision per column."""

    entity: str
    columns: list[ColumnMatch]
    entity_scores: dict[str, float] = field(default_factory=dict)

    def as_dict(self) -> dict[int, str | None]:
        """Column number → field id (or None)."""
        return {c.col: c.field for c in self.columns}


def _prepared(catalog: Catalog) -> list[FieldTerms]:
    return [prepare(f) for f in catalog.fields]


def decide_entity(
    scores: list[dict[str, tuple[float, str]]], texts: list[ColumnText], prepared: list[FieldTerms]
) -> tuple[str, dict[str, float]]:
    """Row entity from per-column scores (see module docstring)."""
    entity_of = {ft.field.id: ft.field.entity for ft in prepared}
    evidence = dict.fromkeys(ENTITY_ORDER, 0.0)
    has_key = dict.fromkeys(ENTITY_ORDER, False)
    for col_scores in scores:
        best_per_entity: dict[str, float] = {}
        for fid, (s, why) in col_scores.items():
            ent = entity_of[fid]
            if ent in evidence and s >= THRESHOLD:
                best_per_entity[ent] = max(best_per_entity.get(ent, 0.0), s)
                if fid in KEY_FIELDS[ent] and why != "value":  # a value says what, not whose
                    has_key[ent] = True
        for ent, s in best_per_entity.items():
            evidence[ent] += s
    other_subject = any(_OTHER_SUBJECT.match(t.leaf.key) for t in texts)
    if other_subject and not has_key["person"] and not has_key["enterprise"]:
        return "other", evidence
    named_person = any(cs.get("person.name", (0.0, ""))[0] >= THRESHOLD for cs in scores)
    if has_key["household"] and has_key["person"] and not named_person:
        has_key["person"] = (
            False  # the only person named is the head (户主姓名 + 身份证号码): a household list
        )
    keyed = [e for e in ENTITY_ORDER if has_key[e]]
    if not keyed:
        return "other", evidence
    return max(keyed, key=lambda e: (evidence[e], -ENTITY_ORDER.index(e))), evidence


IMPLICIT_HEAD = {"person.id_number": "household.head_id_number", "person.name": "household.head_name"}
"""On a household form the only person is the head: a bare 身份证号码 is the head's."""


def _implicit_head(
    texts: list[ColumnText], scores: Scores, prepared: list[FieldTerms], allowed: set[str]
) -> None:
    terms = {ft.field.id: ft for ft in prepared}
    for person_fid, head_fid in IMPLICIT_HEAD.items():
        if head_fid not in allowed or any(cs[head_fid][0] >= THRESHOLD for cs in scores):
            continue
        for t, cs in zip(texts, scores, strict=True):  # 户主 + a person's wording (户主证件号码)
            rest = t.leaf.key.removeprefix("户主")
            if rest != t.leaf.key and score(ColumnText.from_levels((rest,)), terms[person_fid])[0] >= 0.9:
                cs[head_fid] = (max(cs[head_fid][0], 0.9), "role")
        if any(cs[head_fid][0] >= THRESHOLD for cs in scores):
            continue
        hits = [cs for cs in scores if cs.get(person_fid, (0.0, ""))[0] >= 0.9]
        if len(hits) == 1:
            hits[0][head_fid] = (max(hits[0][head_fid][0], 0.8), "implicit-head")


def _coherence(idx: int, groups: list[str], assigned: dict[int, str]) -> int:
    """How many other columns under the same nearest group already map to a field."""
    g = groups[idx]
    if not g:
        return 0
    return sum(1 for j, _ in assigned.items() if j != idx and groups[j] == g)


NAME_FIELDS = ("person.name", "household.head_name", "enterprise.name", "village.name")
"""A column scoring exactly on one of these names the row's subject plainly (no role needed)."""
ENTITY_WORDS = {"household": {"户名": "household.head_name", "编号": "household.household_no"}}
"""Words whose meaning depends on the rows: in a household list 户名 is the head's name, 编号 its number."""
MARGIN = 0.08
"""Partial evidence must beat the next field of the same entity by this much."""

Scores = list[dict[str, tuple[float, str]]]


def _subject(texts: list[ColumnText], scores: Scores, title: str) -> str:
    named = any(
        cs.get(fid, (0.0, ""))[0] >= 0.97
        for cs in scores
        for fid in NAME_FIELDS
        if fid != "household.head_name"
    )
    worded = frozenset(
        t.leaf.key for t, cs in zip(texts, scores, strict=True) if any(s >= 0.97 for s, _ in cs.values())
    )
    head = any(cs.get("household.head_name", (0.0, ""))[0] >= 0.97 for cs in scores)
    groups = tuple(dict.fromkeys(group_stem(t.groups[-1]) for t in texts if t.groups))
    return subject_role([t.leaf.key for t in texts], title, named, worded, bare=not head, groups=groups)


_NUMBER_HEAD = re.compile(r"(?:号|码|证|电话|手机|方式)$")


def _example_values(
    texts: list[ColumnText], scores: Scores, examples: Sequence[str], prepared: list[FieldTerms]
) -> None:
    """An example value confirms a field of its kind the header points to, and rules out the others."""
    types = {ft.field.id: ft.field.type for ft in prepared}
    entities = {ft.field.id: ft.field.entity for ft in prepared}
    for t, cs, value in zip(texts, scores, examples, strict=False):
        kind = value_kind(str(value or ""))
        if not kind or acts_for(t.leaf.key):  # 监护人电话: a phone, but not one of the row's
            continue
        # the header need only say it holds a number (证照号码, 通讯号码) or a group (居住组)
        says = bool(_NUMBER_HEAD.search(t.leaf.key)) if kind != "group" else "组" in t.leaf.key
        best: dict[str, tuple[float, str]] = {}  # entity → its agreeing field the header is closest to
        for fid, (s, why) in list(cs.items()):
            agrees = value_agrees(kind, fid, types[fid])
            if agrees is False:
                cs[fid] = (s * 0.5, why)
            elif agrees and (s >= 0.4 or says):
                ent = entities[fid]
                if ent not in best or (s, fid) > best[ent]:
                    best[ent] = (s, fid)
        for s, fid in best.values():
            if s < 0.8:
                cs[fid] = (0.8, "value")


def _title_words(texts: list[ColumnText], scores: Scores, prepared: list[FieldTerms], title: str) -> None:
    """A bare header the title completes: on a 参保人员信息表 统筹区 is 参保统筹区, on a 脱贫人口名单 户类型 is
    脱贫户类型 — the words the title already says a column need not repeat (a group says its own)."""
    key = canon(normalize_header(title).key)
    if len(key) < 2:
        return
    for t, cs in zip(texts, scores, strict=True):
        leaf = canon(t.leaf.key)
        if t.groups or len(leaf) < 2:
            continue
        for ft in prepared:
            fid = ft.field.id
            if cs[fid][0] >= 0.8:
                continue
            for term, _ in ft.terms:
                lead = term[: -len(leaf)]
                if term.endswith(leaf) and len(lead) >= 2 and lead in key:
                    cs[fid] = (0.8, "title")
                    break


def _context_siblings(texts: list[ColumnText], scores: Scores, prepared: list[FieldTerms]) -> None:
    """A topic field (月收入 of 外出务工) under another topic's group loses to the column under its own."""
    for ft in prepared:
        ctx = ft.field.context
        if not ctx:
            continue
        fid = ft.field.id
        under = [bool(t.groups) and any(cw in t.groups[-1].key for cw in ctx) for t in texts]
        if not any(u and scores[i][fid][0] >= 0.4 for i, u in enumerate(under)):
            continue
        for i, t in enumerate(texts):
            if t.groups and not under[i] and scores[i][fid][0] > 0:
                s, why = scores[i][fid]
                scores[i][fid] = (s * 0.7, why)


def _unambiguous(texts: list[ColumnText], scores: Scores, prepared: list[FieldTerms]) -> None:
    """Partial evidence stays a suggestion unless kinds agree, the words are the column's own and the
    next field of the same entity is clearly behind."""
    meta = {ft.field.id: ft for ft in prepared}
    leaf_count: dict[str, int] = {}
    for t in texts:
        k = loose(t.leaf.key)
        leaf_count[k] = leaf_count.get(k, 0) + 1
    cap = THRESHOLD - 0.01
    _same_words(texts, scores, cap)
    for t, cs in zip(texts, scores, strict=True):
        hk = header_kind(t.leaf) or (header_kind(t.groups[-1]) if t.groups else "")
        for fid, (s, why) in list(cs.items()):
            if s < THRESHOLD or why not in PARTIAL:
                continue
            ft = meta[fid]
            ent = ft.field.entity
            second = max(
                (
                    s2
                    for f2, (s2, why2) in cs.items()
                    if f2 != fid
                    and meta[f2].field.entity in (ent, "meta")
                    and (why2 != "kindred" or why == "kindred")  # a kindred head never blocks the own kind
                    and not (why2 == "head" and why in ("kind", "kindred"))  # nor a wording's head alone
                ),
                default=0.0,
            )
            if (
                fid == "meta.seq"  # 社保编号, 证书编号: numbers of something else, not the row's
                or leaf_count[loose(t.leaf.key)] > 1
                or kinds_disagree(hk, field_kind(ft.field.type, ft.unit_kind))
                or s - second < MARGIN
            ):
                cs[fid] = (min(s, cap), why)


def _same_words(texts: list[ColumnText], scores: Scores, cap: float) -> None:
    """Columns with the same words (改造前/房屋结构 and 改造后/房屋结构, 联系电话1 and 联系电话2) that fit one
    field equally well leave the choice to the clerk: none of them takes it."""
    by_words: dict[str, list[int]] = {}
    for i, t in enumerate(texts):
        by_words.setdefault(loose(t.leaf.key), []).append(i)
    for cols in by_words.values():
        if len(cols) < 2:
            continue
        for fid in scores[cols[0]]:
            fits = sorted((scores[i][fid][0] for i in cols if scores[i][fid][0] >= THRESHOLD), reverse=True)
            if len(fits) >= 2 and fits[0] - fits[1] < MARGIN:
                for i in cols:
                    s, why = scores[i][fid]
                    scores[i][fid] = (min(s, cap), why)


def _sole_kind(texts: list[ColumnText], scores: Scores, prepared: list[FieldTerms], entity: str) -> None:
    """On a form of an entity with one field of a kind (an enterprise's address, its registration number,
    its premises' area, its profit, its head), a header of that kind naming nothing but the entity (and a
    qualifier: 年) is that field: 经营地址, 住所, 注册地, 营业执照号码, 店铺面积, 年经营利润, 理事长 on an
    enterprise list."""
    words = SELF_WORDS.get(entity)
    sole = SOLE_KINDS.get(entity, {})
    if not words:
        return
    by_kind: dict[str, list[str]] = {}
    for ft in prepared:
        if ft.field.entity == entity and ft.name_kind in sole:
            by_kind.setdefault(ft.name_kind, []).append(ft.field.id)
    for t, cs in zip(texts, scores, strict=True):
        key = canon(t.leaf.key)
        stem = canon(group_stem(t.groups[-1])) if t.groups else ""
        if head_split(stem)[2] == "leader":  # 负责人信息/姓名
            key = stem + key
        elif stem and is_role(stem):
            continue
        mod, _, kind = head_split(key.removesuffix("姓名"))  # 经营者姓名: the head named
        if kind != "leader":
            mod, _, kind = head_split(key)
        if kind == "place" and "place" not in by_kind:  # 注册地, 所在地: where the entity is
            kind = "address"
        fids = by_kind.get(kind, [])
        if len(fids) != 1:
            continue
        need = sole[kind]
        if (need and not any(w in mod for w in need)) or strip_words(mod, words + MEASURE_QUALIFIERS):
            continue
        fid = fids[0]
        rival = max(
            (s for f, (s, _) in cs.items() if f != fid and f.split(".")[0] in (entity, "meta")), default=0.0
        )
        if cs[fid][0] < 0.8 and rival < 0.8 - MARGIN:
            cs[fid] = (0.8, "entity-kind")


def _give_way(scores: Scores, allowed: set[str], assigned: dict[int, str], taken: dict[str, int]) -> None:
    """A column left without a field because another took it gets it when the other has a field of its
    own nearly as good: 户籍地址 gives 家庭住址 to 现居住地址 and takes 户籍所在地 (each column one field)."""
    for i, cs in enumerate(scores):
        if i in assigned:
            continue
        for s, fid in sorted(
            ((s, f) for f, (s, _) in cs.items() if f in allowed and s >= THRESHOLD), reverse=True
        ):
            j = taken.get(fid)
            if j is None or scores[j][fid][0] - s >= MARGIN:
                continue
            free = [
                (s2, f2)
                for f2, (s2, _) in scores[j].items()
                if f2 in allowed and f2 not in taken and s2 >= THRESHOLD and f2 != fid
            ]
            if not free:
                continue
            s2, f2 = max(free)
            if s + s2 > scores[j][fid][0]:
                assigned[j], taken[f2] = f2, j
                assigned[i], taken[fid] = fid, i
                break


def map_columns(
    columns: Sequence[LayoutColumn],
    catalog: Catalog,
    entity: str | None = None,
    title: str = "",
    examples: Sequence[str] | None = None,
) -> MappingResult:
    """Decide the row entity (unless given) and a field or None for every column.

    ``title`` and ``examples`` (the example row's values, one per column) are evidence when present.
    """
    prepared = _prepared(catalog)
    texts = [ColumnText.from_levels(c.levels) for c in columns]
    scores = [{ft.field.id: score(t, ft) for ft in prepared} for t in texts]
    subject = _subject(texts, scores, title)
    if subject:
        for i, t in enumerate(texts):
            if t.leaf.key.startswith(subject) or any(g.key.startswith(subject) for g in t.groups):
                scores[i] = {ft.field.id: score(t, ft, subject) for ft in prepared}
    if title:
        _title_words(texts, scores, prepared, title)
    if examples:
        _example_values(texts, scores, examples, prepared)
    _context_siblings(texts, scores, prepared)
    _unambiguous(texts, scores, prepared)
    ent_scores: dict[str, float] = {}
    if entity is None:
        entity, ent_scores = decide_entity(scores, texts, prepared)
    allowed = {ft.field.id for ft in prepared if ft.field.entity in (entity, "meta")}
    if entity == "household":
        _implicit_head(texts, scores, prepared, allowed)
    _sole_kind(texts, scores, prepared, entity)
    for i, t in enumerate(texts):
        fid = ENTITY_WORDS.get(entity, {}).get(t.leaf.key)
        if fid in allowed and not t.groups and scores[i][fid][0] < 0.9:
            scores[i][fid] = (0.9, "entity-word")
    groups = ["/".join(c.levels[:-1]) for c in columns]
    pairs = sorted(
        (
            (s, i, fid)
            for i, cs in enumerate(scores)
            for fid, (s, _) in cs.items()
            if fid in allowed and s >= THRESHOLD
        ),
        key=lambda x: -x[0],
    )
    assigned: dict[int, str] = {}
    taken: dict[str, int] = {}
    pending = list(pairs)
    while pending:
        s, i, fid = pending.pop(0)
        if i in assigned or fid in taken:
            continue
        rivals = [(s2, j) for s2, j, f2 in pending if f2 == fid and j not in assigned and s - s2 < 0.06]
        if rivals:  # near tie: the column sitting among already-mapped siblings wins
            cands = [(s, i)] + rivals
            i = max(cands, key=lambda x: (_coherence(x[1], groups, assigned), x[0], -x[1]))[1]
            s = next(x[0] for x in cands if x[1] == i)
        assigned[i] = fid
        taken[fid] = i
    _give_way(scores, allowed, assigned, taken)
    out: list[ColumnMatch] = []
    for i, col in enumerate(columns):
        ranked = sorted(((s, fid) for fid, (s, _) in scores[i].items()), key=lambda x: (-x[0], x[1]))
        fid = assigned.get(i)
        in_entity = [(s, f) for s, f in ranked if f in allowed]
        if fid is not None:
            conf = scores[i][fid][0]
        else:  # how close the best field of this form's entity came
            conf = min(in_entity[0][0] if in_entity else 0.0, THRESHOLD - 0.01)
        others = [(s, f) for s, f in ranked if f not in allowed]
        sugg = [Suggestion(f, s) for s, f in (in_entity + others) if f != fid and s >= SUGGEST_FLOOR][:3]
        out.append(
            ColumnMatch(col.col, col.header, fid, round(conf, 4), sugg, scores[i][fid][1] if fid else "")
        )
    return MappingResult(entity, out, ent_scores)
