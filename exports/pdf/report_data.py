"""Plain data for the cycle's printable report (filled in by desktop/, drawn by exports/report_pdf)."""

from __future__ import annotations

from dataclasses import dataclass, field

FINGERPRINT_PENDING = "（待生成）"


@dataclass
class FormData:
    """One form of the cycle: its table as text, and which columns hold personal numbers."""

    department: str
    title: str
    columns: list[str]
    rows: list[list[str]]
    entity: str = ""
    masked_columns: set[int] = field(default_factory=set)  # ID numbers / phones / bank accounts
    mask: bool = True  # False when the office turned masking off for this form
    requested_columns: set[int] | None = None
    """Columns the form asks the ledger for (not 序号, not columns nothing fills): an empty cell there
    is a blank the report marks and counts. None: every column."""


@dataclass
class BurdenSummary:
    """What the ledger saved the office this cycle. The cells the package's forms request, each counted
    once: filled from the ledger (``facts_reused``), typed by hand (``facts_typed``) or left blank."""

    forms_received: int = 0
    duplicate_requests: int = 0
    facts_reused: int = 0
    facts_typed: int = 0
    facts_blank: int = 0

    @property
    def facts_requested(self) -> int:
        return self.facts_reused + self.facts_typed + self.facts_blank


@dataclass
class ReportData:
    """Everything the PDF shows. Tasks: dicts with title, department, due, status, progress; meetings: dicts
    with title, start, place, attended. `fingerprint` is the package sha256 (a placeholder until known)."""

    office_name: str
    office_code: str
    county: str
    cycle: str
    version: int
    created: str
    forms: list[FormData] = field(default_factory=list)
    tasks: list[dict[str, str]] = field(default_factory=list)
    meetings: list[dict[str, str]] = field(default_factory=list)
    burden: BurdenSummary = field(default_factory=BurdenSummary)
    fingerprint: str = FINGERPRINT_PENDING
    key_fingerprint: str = ""
    """The office's key fingerprint (本单位密钥指纹): the county compares it before trusting the office's key."""
    signers: dict[str, str] = field(default_factory=dict)
    """填表人 / 审核人 / 负责人 (`exports.signers.SIGNER_ROLES`) → name, printed on the cover and under each form."""
