"""The audited actions and their names in words (context "audit" for translation)."""

from __future__ import annotations

from desktop.errors import QT_TRANSLATE_NOOP

ACTION_LABELS = {
    "ledger-import": QT_TRANSLATE_NOOP("audit", "导入台账"),
    "ledger-edit": QT_TRANSLATE_NOOP("audit", "修改台账数据"),
    "ledger-undo": QT_TRANSLATE_NOOP("audit", "撤销台账修改"),
    "template-register": QT_TRANSLATE_NOOP("audit", "登记报表模板"),
    "package-build": QT_TRANSLATE_NOOP("audit", "生成报送包"),
    "package-export": QT_TRANSLATE_NOOP("audit", "导出报送包"),
    "package-submit": QT_TRANSLATE_NOOP("audit", "标记为已报送"),
    "form-export": QT_TRANSLATE_NOOP("audit", "导出填好的报表"),
    "backup-export": QT_TRANSLATE_NOOP("audit", "备份到U盘"),
    "backup-restore": QT_TRANSLATE_NOOP("audit", "从备份恢复"),
    "config-import": QT_TRANSLATE_NOOP("audit", "导入县级配置"),
    "config-export": QT_TRANSLATE_NOOP("audit", "导出县级配置"),
    "county-import": QT_TRANSLATE_NOOP("audit", "导入乡镇报送包"),
    "county-add-township": QT_TRANSLATE_NOOP("audit", "添加乡镇"),
    "county-trust": QT_TRANSLATE_NOOP("audit", "确认乡镇密钥"),
    "reveal": QT_TRANSLATE_NOOP("audit", "查看完整个人信息"),
    "sign-in": QT_TRANSLATE_NOOP("audit", "登录"),
    "user-add": QT_TRANSLATE_NOOP("audit", "添加账号"),
    "lock-set": QT_TRANSLATE_NOOP("audit", "设置程序锁"),
    "lock-remove": QT_TRANSLATE_NOOP("audit", "取消程序锁"),
    "user-disable": QT_TRANSLATE_NOOP("audit", "停用账号"),
    "password-change": QT_TRANSLATE_NOOP("audit", "修改账号密码"),
    "review-sign-off": QT_TRANSLATE_NOOP("audit", "审核签字"),
    "purge": QT_TRANSLATE_NOOP("audit", "清理过期数据"),
}
