"""Accounts, roles and the reviewer's sign-off.

Rules (issue 15): only a 管理员 manages accounts (the first account must be one, so somebody can); a 审核人
signs off a cycle's package, a 填报员 cannot. The sign-off comes BEFORE the build: it is recorded for the
version the next build will carry, and once the office has accounts a package is not exported (copied to a
drive or an --out folder) without a sign-off for its version. The PDF cover then prints the sign-off's
填表人 (prepared by) and 审核人 (reviewed by). An office without accounts works as it always has.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime

from desktop.accounts.passwords import hash_password, verify_password
from desktop.audit import record
from desktop.errors import QT_TRANSLATE_NOOP, UserFacingError
from storage.transaction import transaction
from storage.users import ReviewRecord, UserRecord, UserRepository, read_lock, write_lock

ROLES = ("填报员", "审核人", "管理员")
PREPARER, REVIEWER, ADMIN = ROLES
ROLE_WORDS = (  # the roles in the interface language (ui: texts.vocab)
    QT_TRANSLATE_NOOP("vocab", "填报员"),
    QT_TRANSLATE_NOOP("vocab", "审核人"),
    QT_TRANSLATE_NOOP("vocab", "管理员"),
)

BAD_ROLE = QT_TRANSLATE_NOOP("errors", "没有“{role}”这个角色。请选择：填报员、审核人或管理员。")
EMPTY_NAME = QT_TRANSLATE_NOOP("errors", "账号名称不能为空。")
NAME_TAKEN = QT_TRANSLATE_NOOP("errors", "已有名为“{name}”的账号。请换一个名称。")
FIRST_ADMIN = QT_TRANSLATE_NOOP(
    "errors", "第一个账号必须是管理员（由他添加其他账号）。请用 --role 管理员 添加。"
)
NO_ADMIN = QT_TRANSLATE_NOOP("errors", "只有管理员可以管理账号。请指明一个管理员账号（--admin 名称）。")
NOT_ADMIN = QT_TRANSLATE_NOOP("errors", "“{name}”不是管理员账号，不能管理账号。")
NO_USER = QT_TRANSLATE_NOOP("errors", "没有名为“{name}”的账号。可用 users list 查看已有账号。")
NOT_REVIEWER = QT_TRANSLATE_NOOP("errors", "“{name}”的角色是{role}，不能审核。报送包须由审核人审核。")
UNREVIEWED = QT_TRANSLATE_NOOP(
    "errors",
    "报送周期“{cycle}”第 {version} 版还没有经审核人审核，不能导出。"
    "请先由审核人审核（users sign-off --cycle {cycle} --reviewer 名称），再生成并导出。",
)
WRONG_PASSWORD = QT_TRANSLATE_NOOP("errors", "账号“{name}”的密码不对。")
SHORT_LOCK_PASSWORD = QT_TRANSLATE_NOOP("errors", "锁定密码至少要 {count} 个字符。")
BAD_IDLE = QT_TRANSLATE_NOOP(
    "errors", "自动锁定时间须是 0（不自动锁定）到 1440 分钟之间的整数，而不是“{minutes}”。"
)
DISABLE_SELF = QT_TRANSLATE_NOOP("errors", "不能停用自己正在使用的账号“{name}”。请由另一位管理员停用。")
LAST_ADMIN = QT_TRANSLATE_NOOP(
    "errors", "“{name}”是最后一个管理员账号，不能停用。请先添加另一个管理员，再停用它。"
)
EMPTY_PASSWORD = QT_TRANSLATE_NOOP("errors", "新密码不能为空。")
NO_LOCK = QT_TRANSLATE_NOOP("errors", "还没有设置程序锁。请先设置锁定密码。")
LOCK_NOT_ADMIN = QT_TRANSLATE_NOOP("errors", "“{name}”不是管理员账号，不能修改程序锁。请由管理员登录后修改。")
LOCK_NO_ADMIN = QT_TRANSLATE_NOOP(
    "errors", "已有账号，只有管理员可以修改程序锁。请指明一个管理员账号（--admin 名称）。"
)
MIN_LOCK_PASSWORD = 4


class AccountService:
    """The office's accounts. ``current()`` is the signed-in user's name (None when nobody signed in)."""

    def __init__(self, repo: UserRepository, clock: Callable[[], datetime] = datetime.now) -> None:
        self.repo = repo
        self.clock = clock
        self._current: str | None = None

    # --- accounts ----------------------------------------------------------------------------
    def has_accounts(self) -> bool:
        return self.repo.count_active() > 0

    def list(self) -> list[UserRecord]:
        return self.repo.list()

    def get(self, name: str) -> UserRecord:
        user = self.repo.get(name.strip())
        if user is None or user.disabled_at is not None:
            raise UserFacingError(NO_USER, name=name)
        return user

    def add(
        self,
        name: str,
        role: str,
        password: str | None = None,
        admin: str | None = None,
        admin_password: str | None = None,
    ) -> UserRecord:
        """Add an account. With accounts already there, ``admin`` (or the signed-in user) must be a 管理员;
        an ``admin`` other than the signed-in user proves it with ``admin_password`` when it has one."""
        name = name.strip()
        if not name:
            raise UserFacingError(EMPTY_NAME)
        if role not in ROLES:
            raise UserFacingError(BAD_ROLE, role=role)
        if self.has_accounts():
            self._acting_admin(admin, admin_password)
        elif role != ADMIN:
            raise UserFacingError(FIRST_ADMIN)
        if self.repo.get(name) is not None:
            raise UserFacingError(NAME_TAKEN, name=name)
        hashed = hash_password(password) if password else None
        with transaction(self.repo.conn):  # the account and its audit entry, or neither
            user = self.repo.add(name, role, hashed, self.clock().isoformat(timespec="seconds"))
            record(self.repo.conn, "user-add", {"name": name, "role": role}, who=admin or self._current)
        return user

    def _acting_admin(self, admin: str | None, admin_password: str | None = None) -> UserRecord:
        """The 管理员 acting: ``admin`` or the signed-in user; refuses anyone else. A named ``admin`` who is
        not the signed-in user proves it is them with their password (the window signed them in already;
        the command line names them) — the command line is no weaker than the window."""
        acting = admin or self._current
        if not acting:
            raise UserFacingError(NO_ADMIN)
        user = self.get(acting)
        if user.role != ADMIN:
            raise UserFacingError(NOT_ADMIN, name=user.name)
        if user.name != self._current:
            self.verify(user.name, admin_password)
        return user

    def disable(self, name: str, admin: str | None = None, admin_password: str | None = None) -> None:
        """Disable an account (never deleted: the log and sign-offs name it). A 管理员 does it, not on their
        own account, and never on the last 管理员."""
        acting = self._acting_admin(admin, admin_password)
        user = self.get(name)
        if user.name == acting.name:
            raise UserFacingError(DISABLE_SELF, name=user.name)
        if user.role == ADMIN and self.repo.count_active(ADMIN) <= 1:
            raise UserFacingError(LAST_ADMIN, name=user.name)
        with transaction(self.repo.conn):
            self.repo.disable(user.name, self.clock().isoformat(timespec="seconds"))
            record(self.repo.conn, "user-disable", {"name": user.name, "role": user.role}, who=acting.name)

    def change_password(self, name: str, old: str, new: str) -> None:
        """Change ``name``'s password: the old one must match (an account without one: leave it empty)."""
        user = self.verify(name, old)
        if not new:
            raise UserFacingError(EMPTY_PASSWORD)
        with transaction(self.repo.conn):
            self.repo.set_password_hash(user.name, hash_password(new))
            record(self.repo.conn, "password-change", {"name": user.name}, who=user.name)

    # --- signing in --------------------------------------------------------------------------
    def check_password(self, name: str, password: str) -> bool:
        user = self.repo.get(name.strip())
        return user is not None and user.disabled_at is None and verify_password(password, user.password_hash)

    def verify(self, name: str, password: str | None) -> UserRecord:
        """The account if ``password`` is its password (an account without one takes any); refuses otherwise.
        Nobody is signed in or out by it (a reviewer's sign-off at the clerk's desk)."""
        user = self.get(name)
        if user.password_hash and not verify_password(password or "", user.password_hash):
            raise UserFacingError(WRONG_PASSWORD, name=user.name)
        return user

    def sign_in(self, name: str, password: str | None = None, record_entry: bool = True) -> UserRecord:
        """Sign ``name`` in; an account with a password needs it. ``record_entry`` False: an office opened
        read-only, where nothing can be written — the sign-in then only says who works in the window."""
        user = self.verify(name, password)
        if record_entry:
            with transaction(self.repo.conn):
                record(self.repo.conn, "sign-in", {"name": user.name}, who=user.name)
        self._current = user.name
        return user

    def sign_out(self) -> None:
        self._current = None

    def current(self) -> str | None:
        return self._current

    def current_user(self) -> UserRecord | None:
        """The signed-in account (None when nobody is signed in or it was disabled meanwhile)."""
        user = self.repo.get(self._current) if self._current else None
        return user if user is not None and user.disabled_at is None else None

    # --- the reviewer's sign-off ---------------------------------------------------------------
    def sign_off(self, cycle: str, version: int, reviewer: str, prepared_by: str = "") -> ReviewRecord:
        """Record ``reviewer``'s sign-off of ``cycle`` (a cycle key) version ``version``; a 审核人 only."""
        user = self.get(reviewer)
        if user.role != REVIEWER:
            raise UserFacingError(NOT_REVIEWER, name=user.name, role=user.role)
        review = ReviewRecord(
            cycle, version, prepared_by.strip(), user.name, self.clock().isoformat(timespec="seconds"), ""
        )
        with transaction(self.repo.conn):
            self.repo.add_review(review)
            detail = {
                "cycle": cycle,
                "version": version,
                "reviewer": user.name,
                "prepared_by": review.prepared_by,
            }
            record(self.repo.conn, "review-sign-off", detail, who=user.name)
        return review

    def review(self, cycle: str, version: int) -> ReviewRecord | None:
        return self.repo.review(cycle, version)

    def reviews(self, cycle: str | None = None) -> list[ReviewRecord]:
        return self.repo.reviews(cycle)

    def gate(self, cycle: str, version: int, exporting: bool) -> dict[str, str]:
        """The build's check: the names the sign-off puts on the cover ({} without accounts or sign-off);
        refuses an export of a version nobody signed off once the office has accounts."""
        if not self.has_accounts():
            return {}
        review = self.repo.review(cycle, version)
        if review is None:
            if exporting:
                raise UserFacingError(UNREVIEWED, cycle=cycle, version=version)
            return {}
        names = {"审核人": review.reviewer}
        if review.prepared_by:
            names["填表人"] = review.prepared_by
        return names

    # --- the program lock ------------------------------------------------------------------------
    def lock_settings(self) -> dict | None:
        """{"password_hash", "idle_minutes"} of the program lock, None when the office has none."""
        return read_lock(self.repo.conn)

    def _may_change_lock(self, admin: str | None = None, admin_password: str | None = None) -> str | None:
        """Who changes the lock. Once the office has accounts only a 管理员 does: the signed-in one (the
        window), or one named with their password (the command line). Without accounts: anyone (None)."""
        if not self.has_accounts():
            return None
        acting = admin or self._current
        if not acting:
            raise UserFacingError(LOCK_NO_ADMIN)
        if self.get(acting).role != ADMIN:
            raise UserFacingError(LOCK_NOT_ADMIN, name=acting)
        return self._acting_admin(acting, admin_password).name

    def set_lock(
        self,
        password: str | None,
        idle_minutes: int = 0,
        admin: str | None = None,
        admin_password: str | None = None,
    ) -> None:
        """Set (or, with no password, remove) the program lock; ``idle_minutes`` 0: lock only when asked.
        With accounts, ``admin`` (or the signed-in user) must be a 管理员 — see ``_may_change_lock``."""
        who = self._may_change_lock(admin, admin_password)
        if password is None:
            if self.lock_settings() is None:
                return
            with transaction(self.repo.conn):
                write_lock(self.repo.conn, None)
                record(self.repo.conn, "lock-remove", {}, who=who)
            return
        if len(password) < MIN_LOCK_PASSWORD:
            raise UserFacingError(SHORT_LOCK_PASSWORD, count=MIN_LOCK_PASSWORD)
        self._check_idle(idle_minutes)
        with transaction(self.repo.conn):
            write_lock(
                self.repo.conn, {"password_hash": hash_password(password), "idle_minutes": idle_minutes}
            )
            record(self.repo.conn, "lock-set", {"idle_minutes": idle_minutes}, who=who)

    def set_idle_minutes(
        self, idle_minutes: int, admin: str | None = None, admin_password: str | None = None
    ) -> None:
        """Change only the lock's idle minutes (its password stays)."""
        who = self._may_change_lock(admin, admin_password)
        lock = self.lock_settings()
        if lock is None:
            raise UserFacingError(NO_LOCK)
        self._check_idle(idle_minutes)
        with transaction(self.repo.conn):
            write_lock(self.repo.conn, {**lock, "idle_minutes": idle_minutes})
            record(self.repo.conn, "lock-set", {"idle_minutes": idle_minutes}, who=who)

    @staticmethod
    def _check_idle(idle_minutes: object) -> None:
        if (
            isinstance(idle_minutes, bool)
            or not isinstance(idle_minutes, int)
            or not 0 <= idle_minutes <= 1440
        ):
            raise UserFacingError(BAD_IDLE, minutes=idle_minutes)

    def can_lock(self) -> bool:
        """Whether locking now means something: a lock password, or a signed-in account with a password."""
        user = self.current_user()
        return self.lock_settings() is not None or bool(user and user.password_hash)

    def unlock(self, password: str) -> bool:
        """Whether ``password`` opens the lock (the lock's own, or the signed-in account's); a success is
        recorded as a sign-in."""
        lock = self.lock_settings()
        user = self.current_user()
        if lock is None and not (user and user.password_hash):
            return True
        ok = bool(lock and verify_password(password, lock.get("password_hash"))) or (
            user is not None and verify_password(password, user.password_hash)
        )
        if ok:
            with transaction(self.repo.conn):
                record(self.repo.conn, "sign-in", {"unlock": True, "name": self._current or ""})
        return ok

    # --- reveals of masked personal data -----------------------------------------------------------
    def record_reveal(self, where: str, **detail: object) -> bool:
        """Record that masked ID numbers, phones or bank accounts were shown in full at ``where`` (a view's
        name; ids and counts only, never a value). False when it cannot be recorded (an office opened
        read-only, a full disk): the caller then keeps the values masked — no reveal goes unlogged."""
        try:
            with transaction(self.repo.conn):
                record(self.repo.conn, "reveal", {"where": where, **detail})
        except (UserFacingError, sqlite3.Error):
            return False
        return True
