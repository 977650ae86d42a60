"""The burden score (负担指数) of a department: a weighted sum of what it sent down in the period, with the
formula written out in the report so anyone can check it or argue with the weights.

    score = 1 × 工作任务 + 2 × 报表 + 3 × 清单外报表 + 3 × 重复数据请求 + 1 × 会议小时
            + 2 × 要求主要负责人参会 + 2 × 时限不足3个工作日 + 2 × 日报/周报要求

Each term counts items received in the period from that department (a form off the whitelist counts both as a
form and as 清单外; a short deadline is counted on any kind). The weights are in ``WEIGHTS``.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.errors import QT_TRANSLATE_NOOP

# component key → (weight, Chinese name)
WEIGHTS: dict[str, tuple[float, str]] = {
    "tasks": (1, QT_TRANSLATE_NOOP("burden", "工作任务")),
    "forms": (2, QT_TRANSLATE_NOOP("burden", "报表")),
    "off_whitelist": (3, QT_TRANSLATE_NOOP("burden", "清单外报表")),
    "duplicate_requests": (3, QT_TRANSLATE_NOOP("burden", "重复数据请求")),
    "meeting_hours": (1, QT_TRANSLATE_NOOP("burden", "会议小时")),
    "principal_required": (2, QT_TRANSLATE_NOOP("burden", "要求主要负责人参会")),
    "short_deadlines": (2, QT_TRANSLATE_NOOP("burden", "时限不足3个工作日")),
    "progress_demands": (2, QT_TRANSLATE_NOOP("burden", "日报/周报要求")),
}


def formula_text(names: dict[str, str] | None = None) -> str:
    """The formula in words; ``names``: component key → its name in the reader's language (default Chinese)."""

    def term(key: str, weight: float) -> str:
        name = (names or {}).get(key, WEIGHTS[key][1])
        return f"{weight:g} × {name}"

    return " + ".join(term(key, weight) for key, (weight, _) in WEIGHTS.items())


FORMULA = formula_text()


@dataclass(frozen=True)
class DepartmentScore:
    department: str
    components: dict[str, float]

    @property
    def score(self) -> float:
        return round(sum(WEIGHTS[k][0] * v for k, v in self.components.items()), 2)

    def to_dict(self) -> dict:
        return {"department": self.department, "score": self.score, "components": dict(self.components)}


def ranked(components: dict[str, dict[str, float]]) -> list[DepartmentScore]:
    """Departments by score, highest first (then by name)."""
    scores = [DepartmentScore(d, {k: parts.get(k, 0) for k in WEIGHTS}) for d, parts in components.items()]
    return sorted(scores, key=lambda s: (-s.score, s.department))
