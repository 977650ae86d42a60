"""Who signed a package, as far as this office knows: its own key, its county's, a trusted township's.

`package verify` and anything else that opens a package asks `SignerCheck.check`: the signature itself
is checked by `exports.package` against the key the package carries; this decides whether that key is
one the office knows (trust on first use is the county's `county trust`, after the clerk compared the
fingerprint printed on the township's PDF cover).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop.errors import QT_TRANSLATE_NOOP, Message
from desktop.trust.keys import OfficeKeys
from exports.package.crypto import PublicKeys, same_fingerprint
from exports.package.manifest import CONFIG
from storage.trust import KnownTownship

OWN = "own"
COUNTY = "county"
TOWNSHIP = "township"
UNKNOWN = "unknown"
CHANGED = "changed"
UNSIGNED = "unsigned"

UNSIGNED_TEXT = QT_TRANSLATE_NOOP(
    "errors", "数据包是旧格式（第 {version} 版），没有签名：文件完整，但无法确认是谁生成的"
)
UNKNOWN_TEXT = QT_TRANSLATE_NOOP(
    "errors",
    "签名者的密钥不认识（指纹 {fingerprint}）：不是本单位、县级单位或已确认乡镇的密钥。"
    "请核对对方报表封面上的“本单位密钥指纹”，确认无误后再信任（yibiao county trust 指纹）。",
)
NOT_TRUSTED_TEXT = QT_TRANSLATE_NOOP(
    "errors",
    "{name}（{code}）的密钥还没有确认（指纹 {fingerprint}）。请核对该乡镇报表封面上的“本单位密钥指纹”，"
    "确认无误后运行 yibiao county trust 指纹。",
)
CHANGED_TEXT = QT_TRANSLATE_NOOP(
    "errors",
    "{name} 的签名密钥变了：数据包的指纹是 {fingerprint}，已登记的是 {known}。"
    "可能是伪造的数据包，也可能对方重装后生成了新密钥；请电话核实后再处理。",
)


@dataclass(frozen=True)
class SignerVerdict:
    status: str  # own | county | township | unknown | changed | unsigned
    trusted: bool
    fingerprint: str | None
    problem: Message | None = None


class SignerCheck:
    """What this office knows of keys: its own, its county's (a township), its townships' (a county)."""

    def __init__(
        self,
        own: PublicKeys | None,
        county: PublicKeys | None,
        own_code: str | None,
        townships: list[KnownTownship],
    ) -> None:
        self.own = own
        self.county = county
        self.own_code = own_code
        self.townships = {t.code: t for t in townships}

    def check(self, signer: PublicKeys | None, manifest: Mapping[str, Any]) -> SignerVerdict:
        if signer is None:
            problem = Message(UNSIGNED_TEXT, version=manifest.get("format_version", "?"))
            return SignerVerdict(UNSIGNED, False, None, problem)
        fp = signer.fingerprint
        own, county = self.own, self.county
        if own is not None and same_fingerprint(fp, own.fingerprint):
            return SignerVerdict(OWN, True, fp)
        if county is not None and same_fingerprint(fp, county.fingerprint):
            return SignerVerdict(COUNTY, True, fp)
        for township in self.townships.values():
            if township.trusted and same_fingerprint(fp, township.key_fingerprint):
                return SignerVerdict(TOWNSHIP, True, fp)
        code = str(manifest.get("office_code", ""))
        name = str(manifest.get("office_name", code))
        if own is not None and code and code == self.own_code:
            return SignerVerdict(
                CHANGED, False, fp, Message(CHANGED_TEXT, name=name, fingerprint=fp, known=own.fingerprint)
            )
        if county is not None and manifest.get("kind") == CONFIG:
            problem = Message(CHANGED_TEXT, name=name, fingerprint=fp, known=county.fingerprint)
            return SignerVerdict(CHANGED, False, fp, problem)
        known = self.townships.get(code)
        if known is not None and known.trusted and known.key_fingerprint:
            problem = Message(CHANGED_TEXT, name=name, fingerprint=fp, known=known.key_fingerprint)
            return SignerVerdict(CHANGED, False, fp, problem)
        if known is not None:
            problem = Message(NOT_TRUSTED_TEXT, name=known.name, code=code, fingerprint=fp)
            return SignerVerdict(UNKNOWN, False, fp, problem)
        return SignerVerdict(UNKNOWN, False, fp, Message(UNKNOWN_TEXT, fingerprint=fp))


def signer_check(office: Any) -> SignerCheck:
    """The check for an open `desktop.office.Office` (everything read now: usable after it is closed)."""
    from storage.trust import known_townships

    profile = office.profile.get()
    keys: OfficeKeys = office.keys
    return SignerCheck(
        keys.public(), keys.county(), profile.admin_code if profile else None, known_townships(office.conn)
    )
