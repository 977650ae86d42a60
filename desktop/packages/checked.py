"""One package file checked the way `yibiao package verify` does: intact (signature, every hash, the
manifest) *and* signed by a key the office knows. Shared by the command, the window's opening of a file
given on the command line (ui/open_file.py) and `yibiao selftest`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.errors import Message
from desktop.trust.signers import SignerCheck, SignerVerdict


@dataclass(frozen=True)
class CheckedPackage:
    path: Path
    intact: bool  # signature over the manifest, every file's hash, the schema
    signed: bool
    encrypted: bool
    manifest: dict[str, Any] = field(repr=False)
    verdict: SignerVerdict | None  # who signed it, as far as the office knows (None when not intact)
    problems: list[Message]
    signer_fingerprint: str | None = None  # the key the package names, trusted or not

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def kind(self) -> str:
        from exports.package.manifest import SUBMISSION

        return str(self.manifest.get("kind", SUBMISSION))

    @property
    def fingerprint(self) -> str | None:
        """The package's fingerprint, as its PDF cover prints it (only for an intact package)."""
        return self.manifest.get("fingerprint") if self.intact else None


def check_package_file(path: Path | str, signers: Callable[[], SignerCheck]) -> CheckedPackage:
    """Verify the package at `path`; an intact one's signer is judged by what `signers()` returns
    (`signer_check(office)`; asked only then, so a damaged file opens no office)."""
    from exports.package.verify import verify_package

    where = Path(path)
    check = verify_package(where)
    problems = list(check.problems)
    verdict = None
    if check.ok:
        verdict = signers().check(check.signer, check.manifest or {})
        if verdict.problem is not None:
            problems.append(verdict.problem)
    return CheckedPackage(
        where,
        check.ok,
        check.signed,
        check.encrypted,
        dict(check.manifest or {}),
        verdict,
        problems,
        check.signer.fingerprint if check.signer else None,
    )
