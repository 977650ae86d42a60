"""The county's townships and the signing keys it trusts (trust on first use, confirmed by the clerk).

A township's key reaches the county inside its first package. That package is refused, its key kept aside
as *seen* (settings ``county.seen_keys``, fingerprint → code, name, key), and the clerk is told the
fingerprint. Only when the clerk has compared it with the one printed on the township's PDF cover and
confirms it (`trust`, ``county trust FINGERPRINT``) is the key registered for that township; its packages are
then imported. A key other than the registered one is refused saying the key changed; confirming the new
fingerprint the same way replaces the old key (a township that set up a new computer).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop.audit import record
from desktop.errors import QT_TRANSLATE_NOOP, Message, ValidationError
from desktop.profile import PROFILE_KEY
from storage.county import CountyRepository
from storage.settings import SettingsRepository
from storage.transaction import transaction

SEEN_KEYS = "county.seen_keys"

UNKNOWN_KEY = QT_TRANSLATE_NOOP(
    "errors",
    "未登记的签名密钥 {fingerprint}：请先核对{office}报送包 PDF 封面上印的密钥指纹，一致后用"
    "“county trust {fingerprint}”（或在同步页面确认）登记该乡镇的密钥，再重新导入",
)
CHANGED_KEY = QT_TRANSLATE_NOOP(
    "errors",
    "{office}的签名密钥变了：已登记的是 {trusted}，这个数据包的是 {fingerprint}。可能是伪造的数据包；"
    "如果该乡镇确实换了电脑或重新生成了密钥，请核对其 PDF 封面上的指纹后用“county trust {fingerprint}”确认",
)
OUTSIDE_COUNTY = QT_TRANSLATE_NOOP(
    "errors",
    "{office}不在本县（本县区划代码 {county}，前 6 位不同），不能按首次报送登记它的密钥。"
    "如果它确是本县的乡镇，请先在乡镇名单中添加它（county add-township 代码 名称），再重新导入",
)
NOT_SEEN = QT_TRANSLATE_NOOP(
    "errors",
    "没有见过指纹为“{key}”的密钥：请先导入（或扫描）该乡镇的报送包，再按包上显示的指纹确认",
)
AMBIGUOUS = QT_TRANSLATE_NOOP(
    "errors", "乡镇代码 {key} 见过不止一个待确认的密钥，请用指纹确认：{fingerprints}"
)
NO_NAME = QT_TRANSLATE_NOOP("errors", "请填写乡镇名称")


@dataclass(frozen=True)
class TownshipInfo:
    """A township as the county knows it: its trusted key, its newest package, and a key seen but not
    confirmed yet (``pending_fingerprint``; a township only seen has no ``trusted_at``)."""

    code: str
    name: str
    fingerprint: str | None
    trusted_at: str | None
    last_cycle: str | None = None
    last_version: int | None = None
    last_imported_at: str | None = None
    pending_fingerprint: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class KeyProblem:
    """A package's signer is not the township's registered key: ``unknown`` (none registered yet, the clerk
    may confirm it) or changed; ``message`` says which."""

    unknown: bool
    message: Message


@dataclass(frozen=True)
class TrustResult:
    code: str
    name: str
    fingerprint: str
    replaced: str | None  # the fingerprint of the key this one replaces, if any


def normalize_fingerprint(text: str) -> str:
    """Upper-case hex without spaces or colons, so ``3f9a 12c0`` and ``3F9A12C0`` compare equal."""
    return "".join(ch for ch in str(text).upper() if ch in "0123456789ABCDEF")


class Townships:
    def __init__(
        self, repo: CountyRepository, settings: SettingsRepository, clock: Callable[[], datetime]
    ) -> None:
        self.repo = repo
        self.settings = settings
        self.clock = clock

    def _now(self) -> str:
        return self.clock().replace(microsecond=0).isoformat()

    # --- the list -------------------------------------------------------------------------------
    def townships(self) -> list[TownshipInfo]:
        seen = self._seen()
        pending = {key["code"]: key["fingerprint"] for key in seen.values()}
        known = {}
        for t in self.repo.townships():
            waiting = pending.get(t.code)
            known[t.code] = TownshipInfo(
                t.code,
                t.name,
                t.key_fingerprint,
                t.trusted_at,
                t.last_cycle,
                t.last_version,
                t.last_imported_at,
                waiting
                if waiting
                and normalize_fingerprint(waiting) != normalize_fingerprint(t.key_fingerprint or "")
                else None,
            )
        for key in seen.values():
            if key["code"] not in known:
                known[key["code"]] = TownshipInfo(
                    key["code"], key["name"], None, None, pending_fingerprint=key["fingerprint"]
                )
        return [known[code] for code in sorted(known)]

    def add_township(self, code: str, name: str) -> TownshipInfo:
        from exports.package.safe_names import PackageNameError, validate_office_code

        code, name = str(code).strip(), str(name).strip()
        try:
            validate_office_code(code)
        except PackageNameError as exc:
            raise ValidationError(exc.template, field="code", **exc.params) from None
        if not name:
            raise ValidationError(NO_NAME, field="name")
        with transaction(self.repo.conn):
            self.repo.add_township(code, name, self._now())
            record(self.repo.conn, "county-add-township", {"code": code, "name": name})
        return next(t for t in self.townships() if t.code == code)

    # --- the trust decision on a package --------------------------------------------------------
    def problem(self, office_code: str, office_name: str, signer: Any) -> KeyProblem | None:
        """Why a package signed by ``signer`` (signing, fingerprint) from ``office_code`` is not trusted,
        or None when the key is the township's registered one."""
        township = self.repo.township(office_code)
        office = f"{office_name}（{office_code}）"
        county = self._county_code()
        if township is None and county and str(office_code)[:6] != county[:6]:
            # Not one of ours: a code outside the county is never offered for trust on first use.
            return KeyProblem(False, Message(OUTSIDE_COUNTY, office=office, county=county))
        if township is None or not township.signing_key:
            return KeyProblem(True, Message(UNKNOWN_KEY, fingerprint=signer.fingerprint, office=office))
        if township.signing_key != signer.signing or normalize_fingerprint(
            township.key_fingerprint or ""
        ) != normalize_fingerprint(signer.fingerprint):
            trusted = township.key_fingerprint
            return KeyProblem(
                False, Message(CHANGED_KEY, office=office, trusted=trusted, fingerprint=signer.fingerprint)
            )
        return None

    def _county_code(self) -> str | None:
        """This county's 区划代码 from the office profile, or None before the profile is set."""
        profile = self.settings.get(PROFILE_KEY) or {}
        return str(profile.get("admin_code") or "") or None

    def remember(self, office_code: str, office_name: str, signer: Any) -> None:
        """Keeps a key seen on a verified package, so the clerk can confirm it by its fingerprint."""
        seen = self._seen()
        key = normalize_fingerprint(signer.fingerprint)
        entry = {
            "code": office_code,
            "name": office_name,
            "signing": signer.signing,
            "fingerprint": signer.fingerprint,
            "seen_at": self._now(),
        }
        if seen.get(key, {}).get("signing") == signer.signing and seen[key]["code"] == office_code:
            return
        seen[key] = entry
        self.settings.set(SEEN_KEYS, seen)

    def _seen(self) -> dict[str, dict[str, str]]:
        value = self.settings.get(SEEN_KEYS, {})
        return value if isinstance(value, dict) else {}

    # --- the clerk confirms ---------------------------------------------------------------------
    def trust(self, key: str) -> TrustResult:
        """Registers the seen key whose fingerprint is ``key`` (or the only one seen for township code
        ``key``) as its township's key; one transaction."""
        seen = self._seen()
        wanted = normalize_fingerprint(key)
        entry = seen.get(wanted) if wanted else None
        if entry is None:
            for t in self.repo.townships():  # confirming a key already registered changes nothing
                if t.signing_key and wanted and normalize_fingerprint(t.key_fingerprint or "") == wanted:
                    return TrustResult(t.code, t.name, t.key_fingerprint or "", None)
            by_code = [fp for fp, e in seen.items() if e.get("code") == str(key).strip()]
            if len(by_code) > 1:
                raise ValidationError(
                    AMBIGUOUS, key=key, fingerprints=tuple(seen[fp]["fingerprint"] for fp in by_code)
                )
            if not by_code:
                raise ValidationError(NOT_SEEN, key=key)
            wanted, entry = by_code[0], seen[by_code[0]]
        township = self.repo.township(entry["code"])
        replaced = (
            township.key_fingerprint
            if township is not None and township.signing_key and township.signing_key != entry["signing"]
            else None
        )
        name = township.name if township is not None else entry["name"]
        with transaction(self.repo.conn):
            self.repo.trust_key(entry["code"], name, entry["signing"], entry["fingerprint"], self._now())
            del seen[wanted]
            self.settings.set(SEEN_KEYS, seen)  # nested: a savepoint of this transaction
            record(
                self.repo.conn, "county-trust", {"code": entry["code"], "fingerprint": entry["fingerprint"]}
            )
        return TrustResult(entry["code"], name, entry["fingerprint"], replaced)
