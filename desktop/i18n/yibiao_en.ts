<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountBar</name>
    <message>
        <source>切换账号…</source>
        <translation>Switch account…</translation>
    </message>
    <message>
        <source>锁定</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>当前账号：%1（%2）</source>
        <translation>Signed in: %1 (%2)</translation>
    </message>
    <message>
        <source>未登录</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>锁定程序（Ctrl+L），输入密码后继续</source>
        <translation>Lock the program (Ctrl+L); continue after entering the password</translation>
    </message>
    <message>
        <source>没有设置程序锁或账号密码</source>
        <translation>No program lock or account password is set</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>添加账号</source>
        <translation>Add account</translation>
    </message>
    <message>
        <source>第一个账号须是管理员：由他添加其他账号、设置程序锁。添加后即以此账号登录。</source>
        <translation>The first account must be an administrator, who adds the other accounts and sets the program lock. Once added, you are signed in with it.</translation>
    </message>
    <message>
        <source>填报员填报和生成报送包，审核人审核报送包，管理员管理账号和程序锁。</source>
        <translation>Preparers enter data and build packages, reviewers sign packages off, administrators manage accounts and the program lock.</translation>
    </message>
    <message>
        <source>例如 王小明</source>
        <translation>e.g. 王小明</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>再输一次密码</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>请填写账号名称。</source>
        <translation>Enter the account&apos;s name.</translation>
    </message>
    <message>
        <source>请给账号设一个密码。</source>
        <translation>Give the account a password.</translation>
    </message>
    <message>
        <source>两次输入的密码不一样，请重新输入。</source>
        <translation>The two passwords differ. Please enter them again.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>导出审计日志</source>
        <translation>Export audit log</translation>
    </message>
    <message>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>审计日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>按操作人或详情筛选</source>
        <translation>Filter by user or detail</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>User</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>详情</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>导出 CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>操作：</source>
        <translation>Action:</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>审计日志完整：每条记录都与前一条相连，未发现改动。</source>
        <translation>The audit log is intact: every entry is linked to the one before it; no change found.</translation>
    </message>
    <message>
        <source>审计日志有问题：第 %1 条记录（%2 %3）被改动，或它之前的记录被删除或插入。</source>
        <translation>The audit log is broken: entry %1 (%2 %3) was changed, or an entry before it was deleted or inserted.</translation>
    </message>
    <message>
        <source>共 %1 条</source>
        <translation>%1 entries</translation>
    </message>
    <message>
        <source>最近 %1 条</source>
        <translation>Latest %1 entries</translation>
    </message>
    <message>
        <source>无法导出：%1</source>
        <translation>Could not export: %1</translation>
    </message>
    <message>
        <source>已导出 %1 条记录到 %2</source>
        <translation>Exported %1 entries to %2</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>选择 U 盘上的加密备份</source>
        <translation>Choose the encrypted backup on the USB drive</translation>
    </message>
    <message>
        <source>一表通加密备份 (*%1)</source>
        <translation>Yibiao encrypted backup (*%1)</translation>
    </message>
    <message>
        <source>输入密码</source>
        <translation>Enter the passphrase</translation>
    </message>
    <message>
        <source>备份“%1”的密码：</source>
        <translation>Passphrase of the backup “%1”:</translation>
    </message>
    <message>
        <source>%1 件事项 · %2 名人员（台账共 %3 个对象）· %4 张报表模板 · %5 个报送包 · 最近修改 %6</source>
        <translation>%1 items · %2 persons (%3 ledger entries in all) · %4 form templates · %5 packages · last change %6</translation>
    </message>
    <message>
        <source>正在恢复 %1 的备份，请稍候…</source>
        <translation>Restoring the backup of %1, please wait…</translation>
    </message>
    <message>
        <source>恢复备份</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>没有恢复</source>
        <translation>Not restored</translation>
    </message>
    <message>
        <source>备份与恢复</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <source>每次导入台账、登记报表模板、生成报送包之前，以及每天第一次打开时，程序都会自动备份。保留最近 %1 个备份，另外 %2 天内每天保留一个。备份文件夹：%3</source>
        <translation>Yibiao backs up automatically before every ledger import, template registration and package build, and on the first start of each day. It keeps the last %1 backups plus one a day for %2 days. Backup folder: %3</translation>
    </message>
    <message>
        <source>备份时间</source>
        <translation>Backed up at</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>恢复所选备份…</source>
        <translation>Restore the selected backup…</translation>
    </message>
    <message>
        <source>从U盘还原…</source>
        <translation>Restore from a USB drive…</translation>
    </message>
    <message>
        <source>打开备份文件夹</source>
        <translation>Open the backup folder</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>所选备份中的内容：</source>
        <translation>What the selected backup holds:</translation>
    </message>
    <message>
        <source>还没有备份。点“立即备份”做第一个备份。</source>
        <translation>No backups yet. Click “Back up now” to make the first one.</translation>
    </message>
    <message>
        <source>正在备份…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>已备份：%1（%2）</source>
        <translation>Backed up: %1 (%2)</translation>
    </message>
    <message>
        <source>用 %1 的备份替换当前的全部数据？

备份中有：%2

当前的数据会先另存为一个备份（原因：恢复备份前），需要时还能找回。</source>
        <translation>Replace all current data with the backup of %1?

The backup holds: %2

The current data is saved as a backup first (reason: Before a restore), so it can be recovered if needed.</translation>
    </message>
    <message>
        <source>已恢复 %1 的备份。现在的数据：%2</source>
        <translation>Restored the backup of %1. The data now: %2</translation>
    </message>
    <message>
        <source>正在解密 U 盘上的备份…</source>
        <translation>Decrypting the backup from the USB drive…</translation>
    </message>
    <message>
        <source>从U盘还原</source>
        <translation>Restore from a USB drive</translation>
    </message>
</context>
<context>
    <name>BackupUsbDialog</name>
    <message>
        <source>正在备份…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>正在加密…</source>
        <translation>Encrypting…</translation>
    </message>
    <message>
        <source>正在写入并读回校验…</source>
        <translation>Writing and reading back…</translation>
    </message>
    <message>
        <source>备份到U盘</source>
        <translation>Backup to USB drive</translation>
    </message>
    <message>
        <source>把本单位的全部数据备份一份，用密码加密后写入 U 盘。</source>
        <translation>Back up all of this office&apos;s data, encrypt it with a passphrase and write it to a USB drive.</translation>
    </message>
    <message>
        <source>至少 %1 个字符</source>
        <translation>at least %1 characters</translation>
    </message>
    <message>
        <source>还原时要输入这个密码。忘记密码，备份就无法打开：请把密码记在安全的地方，不要和 U 盘放在一起。</source>
        <translation>This passphrase is needed to restore. Without it the backup cannot be opened: keep it in a safe place, not with the USB drive.</translation>
    </message>
    <message>
        <source>密码：</source>
        <translation>Password: </translation>
    </message>
    <message>
        <source>再输一次：</source>
        <translation>Type it again: </translation>
    </message>
    <message>
        <source>两次输入的密码不一样，请重新输入。</source>
        <translation>The two passphrases differ. Please type them again.</translation>
    </message>
    <message>
        <source>密码至少要 %1 个字符。</source>
        <translation>The passphrase must have at least %1 characters.</translation>
    </message>
    <message>
        <source>正在把加密备份写入 %1，请不要拔出 U 盘…</source>
        <translation>Writing the encrypted backup to %1. Do not unplug the USB drive…</translation>
    </message>
    <message>
        <source>已取消，U 盘上没有留下不完整的文件。</source>
        <translation>Cancelled; no incomplete file was left on the USB drive.</translation>
    </message>
    <message>
        <source>已写入加密备份：%1
读回校验一致（指纹 %2），可以安全弹出 U 盘。</source>
        <translation>Encrypted backup written: %1
Read back and verified (fingerprint %2). The USB drive can be ejected safely.</translation>
    </message>
</context>
<context>
    <name>BlockersBox</name>
    <message>
        <source>可以报送</source>
        <translation>Ready to submit</translation>
    </message>
    <message>
        <source>报表的数据已齐全，任务都已办结。点“生成报送包…”即可。</source>
        <translation>All form data is complete and all tasks are completed. Just click &quot;Create submission package…&quot;.</translation>
    </message>
    <message>
        <source>本周期不需要生成报送包</source>
        <translation>This cycle needs no submission package</translation>
    </message>
    <message>
        <source>生成报送包之前还要处理 %1 项（也可以先生成，会请您确认）</source>
        <translation>To deal with before creating the submission package (you can also create it now; you will be asked to confirm): %1</translation>
    </message>
    <message>
        <source>已报送第 %1 版（%2）</source>
        <translation>Version %1 submitted (%2)</translation>
    </message>
    <message>
        <source>第 %1 版的报送包已不在历史文件夹中，无法比较之后的改动。</source>
        <translation>The package of version %1 is no longer in the history folder, so later changes cannot be compared.</translation>
    </message>
    <message>
        <source>自第 %1 版以来：台账新增 %2 行，%3 个数据有改动。需要报送新数据时可重新生成。</source>
        <translation>Since v%1: %2 rows added, %3 values changed in the ledger. Rebuild when the new data must be submitted.</translation>
    </message>
    <message>
        <source>自第 %1 版以来台账没有改动。</source>
        <translation>No ledger changes since v%1.</translation>
    </message>
    <message>
        <source>…… 另有 %1 项，见下面各报表和任务的状态</source>
        <translation>… and %1 more: see each form&apos;s and task&apos;s state below</translation>
    </message>
</context>
<context>
    <name>BurdenTab</name>
    <message>
        <source>周期：</source>
        <translation>Cycle:</translation>
    </message>
    <message>
        <source>各乡镇并列比较（各乡镇报送包所带的本期数据）</source>
        <translation>Townships side by side (the figures their packages carried)</translation>
    </message>
    <message>
        <source>县直部门按下派负担排名（各乡镇合计）</source>
        <translation>County departments ranked by the load they send down (all townships)</translation>
    </message>
    <message>
        <source>还没有收到任何报送包。</source>
        <translation>No package has been received yet.</translation>
    </message>
    <message>
        <source>%1 个乡镇中 %2 个的报送包带有本期减负监测数据。</source>
        <translation>The packages of %2 of %1 townships carry this cycle&apos;s burden measures.</translation>
    </message>
    <message>
        <source>负担指数 = %1（各乡镇的指数相加即为合计的指数）</source>
        <translation>Burden score = %1 (the townships&apos; scores add up to the total)</translation>
    </message>
    <message>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>工作任务</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>本期收到的工作任务（文件）</source>
        <translation>Tasks (documents) received in the period</translation>
    </message>
    <message>
        <source>会议</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>本期收到的会议通知</source>
        <translation>Meeting notices received in the period</translation>
    </message>
    <message>
        <source>报表</source>
        <translation>Forms</translation>
    </message>
    <message>
        <source>本期收到的报表</source>
        <translation>Forms received in the period</translation>
    </message>
    <message>
        <source>清单外</source>
        <translation>Off list</translation>
    </message>
    <message>
        <source>不在县报表目录中或已过期的报表</source>
        <translation>Forms not on the county&apos;s whitelist, or expired</translation>
    </message>
    <message>
        <source>重复索取</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <source>再次索取其他报表已要过的数据的报表</source>
        <translation>Forms asking again for data another form already asked for</translation>
    </message>
    <message>
        <source>办理时限不足1个工作日（上午发下午要）</source>
        <translation>Less than 1 working day allowed (sent in the morning, due in the afternoon)</translation>
    </message>
    <message>
        <source>办理时限不足3个工作日</source>
        <translation>Less than 3 working days allowed</translation>
    </message>
    <message>
        <source>不足1日</source>
        <translation>Under 1 day</translation>
    </message>
    <message>
        <source>不足3日</source>
        <translation>Under 3 days</translation>
    </message>
    <message>
        <source>办理时限不足5个工作日</source>
        <translation>Less than 5 working days allowed</translation>
    </message>
    <message>
        <source>不足5日</source>
        <translation>Under 5 days</translation>
    </message>
    <message>
        <source>会议小时</source>
        <translation>Meeting hours</translation>
    </message>
    <message>
        <source>会议合计时长</source>
        <translation>Total length of the meetings</translation>
    </message>
    <message>
        <source>须主要负责人</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>要求主要负责人参加的会议</source>
        <translation>Meetings requiring the principal leader</translation>
    </message>
    <message>
        <source>日报/周报</source>
        <translation>Daily/weekly</translation>
    </message>
    <message>
        <source>要求按日或按周报告进展的工作任务</source>
        <translation>Tasks demanding daily or weekly progress reports</translation>
    </message>
    <message>
        <source>数据项</source>
        <translation>Cells</translation>
    </message>
    <message>
        <source>本期报表索取的数据项（单元格）</source>
        <translation>Cells requested by the period&apos;s forms</translation>
    </message>
    <message>
        <source>台账填写</source>
        <translation>From ledger</translation>
    </message>
    <message>
        <source>由台账自动填写的数据项</source>
        <translation>Cells filled from the ledger</translation>
    </message>
    <message>
        <source>手工录入</source>
        <translation>Typed</translation>
    </message>
    <message>
        <source>由乡镇手工录入的数据项</source>
        <translation>Cells typed by the township</translation>
    </message>
    <message>
        <source>未报送</source>
        <translation>Not submitted</translation>
    </message>
    <message>
        <source>报送包未带减负数据（第 %1 版）</source>
        <translation>Package carries no burden measures (version %1)</translation>
    </message>
    <message>
        <source>第 %1 版报送包，统计期间 %2 至 %3</source>
        <translation>Package version %1, period %2 to %3</translation>
    </message>
    <message>
        <source>排名</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>负担指数</source>
        <translation>Burden score</translation>
    </message>
    <message>
        <source>各乡镇负担指数之和</source>
        <translation>Sum of the townships&apos; burden scores</translation>
    </message>
    <message>
        <source>合计件数</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>下发到各乡镇的工作任务、会议和报表合计</source>
        <translation>Tasks, meetings and forms sent to the townships</translation>
    </message>
    <message>
        <source>乡镇数</source>
        <translation>Townships</translation>
    </message>
    <message>
        <source>收到该部门事项的乡镇数</source>
        <translation>Townships that received items from this department</translation>
    </message>
    <message>
        <source>%1（非县直部门）</source>
        <translation>%1 (not a county department)</translation>
    </message>
    <message>
        <source>乡镇登记的名称：%1</source>
        <translation>Names the townships registered: %1</translation>
    </message>
</context>
<context>
    <name>BurdenView</name>
    <message>
        <source>导出 PDF 报告…</source>
        <translation>Export PDF report…</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>收到事项</source>
        <translation>Items received</translation>
    </message>
    <message>
        <source>工作任务</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>会议</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>报表</source>
        <translation>Forms</translation>
    </message>
    <message>
        <source>重复数据请求</source>
        <translation>Duplicate data requests</translation>
    </message>
    <message>
        <source>清单外报表</source>
        <translation>Off-whitelist forms</translation>
    </message>
    <message>
        <source>时限不足1个工作日</source>
        <translation>Under 1 working day</translation>
    </message>
    <message>
        <source>时限不足3个工作日</source>
        <translation>Under 3 working days</translation>
    </message>
    <message>
        <source>要求主要负责人参会</source>
        <translation>Principal leader required</translation>
    </message>
    <message>
        <source>会议重复部署已发文件</source>
        <translation>Meetings repeating a document</translation>
    </message>
    <message>
        <source>要求日报/周报</source>
        <translation>Daily/weekly reports</translation>
    </message>
    <message>
        <source>报表需填单元格</source>
        <translation>Form cells requested</translation>
    </message>
    <message>
        <source>减负统计</source>
        <translation>Burden monitor</translation>
    </message>
    <message>
        <source>结束日期早于开始日期，请重新选择统计期间。</source>
        <translation>The end date is before the start date; choose the period again.</translation>
    </message>
    <message>
        <source>正在统计 %1 至 %2…</source>
        <translation>Counting %1 to %2…</translation>
    </message>
    <message>
        <source>负担指数 = %1。鼠标停在条形上可看各项，点击条形查看事项。</source>
        <translation>Burden score = %1. Hover over a bar for its terms; click it for its items.</translation>
    </message>
    <message>
        <source>统计 %1 至 %2 收到的事项（含已归档），按收文日期计。点击数字或条形可查看对应事项。</source>
        <translation>Items received from %1 to %2 (archived ones included), by date received. Click a number or a bar to see its items.</translation>
    </message>
    <message>
        <source>去年同期 %1（%2）</source>
        <translation>Last year %1 (%2)</translation>
    </message>
    <message>
        <source>去年同期无记录</source>
        <translation>None recorded last year</translation>
    </message>
    <message>
        <source>共 %1 小时</source>
        <translation>%1 hours in all</translation>
    </message>
    <message>
        <source>未导入县报表目录</source>
        <translation>No county form list imported</translation>
    </message>
    <message>
        <source>台账 %1 · 手填 %2 · 空白 %3</source>
        <translation>Ledger %1 · typed %2 · blank %3</translation>
    </message>
    <message>
        <source>占报表的 %1</source>
        <translation>%1 of forms</translation>
    </message>
    <message>
        <source>%1 对 · 重复字段 %2 个</source>
        <translation>%1 pairs · %2 fields asked again</translation>
    </message>
    <message>
        <source>占有时限事项的 %1</source>
        <translation>%1 of items with a deadline</translation>
    </message>
    <message>
        <source>占会议的 %1</source>
        <translation>%1 of meetings</translation>
    </message>
    <message>
        <source>同单位 30 天内已发文</source>
        <translation>Document sent ≤ 30 days before</translation>
    </message>
    <message>
        <source>日报 %1 · 周报 %2</source>
        <translation>Daily %1 · weekly %2</translation>
    </message>
    <message>
        <source>已导出：%1</source>
        <translation>Exported: %1</translation>
    </message>
</context>
<context>
    <name>CatalogTableModel</name>
    <message>
        <source>编号</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>中文名</source>
        <translation>Chinese name</translation>
    </message>
    <message>
        <source>英文名</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>同义词（★ 为本单位学得的）</source>
        <translation>Synonyms (★ = learned in this office)</translation>
    </message>
    <message>
        <source>（自定义）</source>
        <translation> (custom)</translation>
    </message>
</context>
<context>
    <name>CatalogView</name>
    <message>
        <source>搜索字段名、编号或同义词，例如 身份证</source>
        <translation>Search field names, IDs or synonyms, e.g. 身份证</translation>
    </message>
    <message>
        <source>全部对象</source>
        <translation>All row types</translation>
    </message>
    <message>
        <source>新的同义词，例如 身份证件号</source>
        <translation>New synonym, e.g. 身份证件号</translation>
    </message>
    <message>
        <source>添加同义词</source>
        <translation>Add synonym</translation>
    </message>
    <message>
        <source>删除这个学得的同义词</source>
        <translation>Remove this learned synonym</translation>
    </message>
    <message>
        <source>新字段名称，例如 交通补助（元）</source>
        <translation>New field name, e.g. 交通补助（元）</translation>
    </message>
    <message>
        <source>新建自定义字段</source>
        <translation>Create custom field</translation>
    </message>
    <message>
        <source>学得的：</source>
        <translation>Learned:</translation>
    </message>
    <message>
        <source>本单位自定义字段：</source>
        <translation>Custom field of this office:</translation>
    </message>
    <message>
        <source>%1 个字段</source>
        <translation>%1 fields</translation>
    </message>
    <message>
        <source>所选：%1</source>
        <translation>Selected: %1</translation>
    </message>
    <message>
        <source>先在表中选一个字段</source>
        <translation>Select a field in the table first</translation>
    </message>
    <message>
        <source>“%1”已是字段“%2”的表述。再加给“%3”会让两个字段难以区分，仍要添加吗？</source>
        <translation>&quot;%1&quot; already names the field &quot;%2&quot;. Adding it to &quot;%3&quot; as well makes the two fields hard to tell apart. Add it anyway?</translation>
    </message>
    <message>
        <source>已添加：“%1”→ %2</source>
        <translation>Added: &quot;%1&quot; → %2</translation>
    </message>
    <message>
        <source>“%1”已经是这个字段的同义词。</source>
        <translation>&quot;%1&quot; is already a synonym of this field.</translation>
    </message>
    <message>
        <source>已删除同义词“%1”。</source>
        <translation>Removed the synonym &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>无法完成</source>
        <translation>Could not complete</translation>
    </message>
    <message>
        <source>已有同名字段“%1”（%2），没有重复新建。</source>
        <translation>A field named &quot;%1&quot; (%2) already exists; no duplicate was created.</translation>
    </message>
    <message>
        <source>已新建自定义字段“%1”（%2）。</source>
        <translation>Created the custom field &quot;%1&quot; (%2).</translation>
    </message>
    <message>
        <source>指标库</source>
        <translation>Field catalog</translation>
    </message>
</context>
<context>
    <name>ChecklistTabs</name>
    <message>
        <source>报表（%1）</source>
        <translation>Forms (%1)</translation>
    </message>
    <message>
        <source>任务（%1）</source>
        <translation>Tasks (%1)</translation>
    </message>
    <message>
        <source>会议（%1）</source>
        <translation>Meetings (%1)</translation>
    </message>
    <message>
        <source>已生成的版本（%1）</source>
        <translation>Versions created (%1)</translation>
    </message>
    <message>
        <source>移到其他周期…</source>
        <translation>Move to another cycle…</translation>
    </message>
    <message>
        <source>按截止日期自动归入</source>
        <translation>Assign automatically by due date</translation>
    </message>
    <message>
        <source>在收文登记中打开</source>
        <translation>Open in Registry</translation>
    </message>
</context>
<context>
    <name>ConfigTab</name>
    <message>
        <source>配置包把县里的乡镇名单、部门、指标库、报表目录（准入清单，含模板和截止规则）、审核过的同义词和县里的公钥带给各乡镇。乡镇在“同步”页导入后，目录内的报表自动登记到对应周期。</source>
        <translation>The configuration package carries the county&apos;s list of townships, departments, field catalog, form whitelist (with templates and due rules), reviewed synonyms and the county&apos;s public keys to every township. Once a township imports it on its Sync page, the whitelisted forms are registered in their cycles.</translation>
    </message>
    <message>
        <source>生成配置包并写入选中的 U 盘</source>
        <translation>Build the configuration package and write it to the selected drive</translation>
    </message>
    <message>
        <source>请先在左边选中 U 盘或文件夹。</source>
        <translation>First select a USB drive or folder on the left.</translation>
    </message>
    <message>
        <source>正在生成配置包并写入 %1…</source>
        <translation>Building the configuration package and writing it to %1…</translation>
    </message>
    <message>
        <source>下发配置</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>配置包导出在此版本中尚不可用。</source>
        <translation>Exporting the configuration package is not available in this version.</translation>
    </message>
    <message>
        <source>没有写出配置包</source>
        <translation>Configuration package not written</translation>
    </message>
    <message>
        <source>已写入 U 盘：%1
可以安全弹出 U 盘，交给各乡镇导入。</source>
        <translation>Written to the USB drive: %1
You can safely eject the drive and pass it to the townships to import.</translation>
    </message>
    <message>
        <source>已写入文件夹：%1</source>
        <translation>Written to the folder: %1</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>对象</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>身份号码/代码</source>
        <translation>ID number / code</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>各行填写的值</source>
        <translation>Values by row</translation>
    </message>
    <message>
        <source>来源单位</source>
        <translation>Source department</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>发现时间</source>
        <translation>Found on</translation>
    </message>
    <message>
        <source>没有待处理的冲突。同一份表格里同一个人的同一项数据前后不一致时，会列在这里。</source>
        <translation>No open conflicts. When one return gives two different values for the same fact of the same person, it is listed here.</translation>
    </message>
    <message>
        <source>以哪个值为准</source>
        <translation>Which value is right</translation>
    </message>
    <message>
        <source>以所选值为准</source>
        <translation>Use the chosen value</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>%1（第 %2 行）</source>
        <translation>%1 (row %2)</translation>
    </message>
    <message>
        <source>在上面选一条冲突。</source>
        <translation>Select a conflict above.</translation>
    </message>
    <message>
        <source>“%1”的“%2”在“%3”中前后不一致。选出正确的值，原来的值会记入历史。</source>
        <translation>“%2” of “%1” differs between rows of “%3”. Choose the correct value; the previous one is kept in the history.</translation>
    </message>
    <message>
        <source>无法完成</source>
        <translation>Could not complete</translation>
    </message>
</context>
<context>
    <name>CountyImportTab</name>
    <message>
        <source>导入选中的</source>
        <translation>Import selected</translation>
    </message>
    <message>
        <source>全部导入</source>
        <translation>Import all</translation>
    </message>
    <message>
        <source>重新读取</source>
        <translation>Read again</translation>
    </message>
    <message>
        <source>核对密钥并信任…</source>
        <translation>Check key and trust…</translation>
    </message>
    <message>
        <source>找到的报送包（导入前）</source>
        <translation>Packages found (before import)</translation>
    </message>
    <message>
        <source>还没有导入。</source>
        <translation>Nothing imported yet.</translation>
    </message>
    <message>
        <source>导入结果</source>
        <translation>Import results</translation>
    </message>
    <message>
        <source>请先在左边选中 U 盘或文件夹。</source>
        <translation>First select a USB drive or folder on the left.</translation>
    </message>
    <message>
        <source>正在读取 %1 上的报送包…</source>
        <translation>Reading the packages on %1…</translation>
    </message>
    <message>
        <source>%1 上没有找到报送包（.yibiao 文件）。</source>
        <translation>No packages (.yibiao files) found on %1.</translation>
    </message>
    <message>
        <source>共 %1 个报送包，其中 %2 个可以导入。</source>
        <translation>%1 packages, %2 of them can be imported.</translation>
    </message>
    <message>
        <source>读取报送包的功能在此版本中尚不可用。</source>
        <translation>Reading packages is not available in this version.</translation>
    </message>
    <message>
        <source>无法读取报送包：%1</source>
        <translation>Cannot read the packages: %1</translation>
    </message>
    <message>
        <source>没有信任 %1 的密钥。</source>
        <translation>The key of %1 was not trusted.</translation>
    </message>
    <message>
        <source>乡镇名单和密钥核对在此版本中尚不可用。</source>
        <translation>The township list and key check are not available in this version.</translation>
    </message>
    <message>
        <source>无法信任</source>
        <translation>Cannot trust</translation>
    </message>
    <message>
        <source>已信任 %1 的密钥，它的报送包现在可以导入。</source>
        <translation>The key of %1 is trusted; its packages can be imported now.</translation>
    </message>
    <message>
        <source>正在导入 %1 个报送包：核对签名、解密、核对每个文件，再写入数据库…</source>
        <translation>Importing %1 packages: checking signatures, decrypting, checking every file, then writing to the database…</translation>
    </message>
    <message>
        <source>导入报送包</source>
        <translation>Import package</translation>
    </message>
    <message>
        <source>已取消导入。取消前已导入完的报送包保留，其余的没有导入；可以再点一次导入。</source>
        <translation>Import cancelled. Packages fully imported before the cancel are kept; the others were not imported — you can import again.</translation>
    </message>
    <message>
        <source>导入报送包的功能在此版本中尚不可用。</source>
        <translation>Importing packages is not available in this version.</translation>
    </message>
    <message>
        <source>没有导入</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>导入 %1 个，以前已导入 %2 个，旧版本 %3 个，拒收 %4 个。</source>
        <translation>%1 imported, %2 already imported before, %3 older versions, %4 refused.</translation>
    </message>
</context>
<context>
    <name>CountyPanel</name>
    <message>
        <source>导入报送包</source>
        <translation>Import package</translation>
    </message>
    <message>
        <source>乡镇与密钥</source>
        <translation>Townships and keys</translation>
    </message>
    <message>
        <source>齐全情况</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <source>下发配置</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>减负统计</source>
        <translation>Burden</translation>
    </message>
</context>
<context>
    <name>CycleListPanel</name>
    <message>
        <source>新建专项周期…</source>
        <translation>New ad-hoc cycle…</translation>
    </message>
    <message>
        <source>为临时的专项报送（例如防汛、普查）单独建一个周期，再把相关事项移进去。</source>
        <translation>Create a separate cycle for a one-off report (for example flood control or a census), then move the related items into it.</translation>
    </message>
    <message>
        <source>报送周期</source>
        <translation>Reporting cycles</translation>
    </message>
</context>
<context>
    <name>CycleMoveDialog</name>
    <message>
        <source>移到其他周期</source>
        <translation>Move to another cycle</translation>
    </message>
    <message>
        <source>把“%1”归入：</source>
        <translation>Put &quot;%1&quot; in:</translation>
    </message>
    <message>
        <source>按截止日期自动归入</source>
        <translation>Assign automatically by due date</translation>
    </message>
    <message>
        <source>也可以直接输入周期：月度 2026-11，季度 2026-Q4，年度 2026，或专项周期的名称。</source>
        <translation>Or type a cycle directly: monthly 2026-11, quarterly 2026-Q4, yearly 2026, or the name of an ad-hoc cycle.</translation>
    </message>
    <message>
        <source>移过去</source>
        <translation>Move</translation>
    </message>
</context>
<context>
    <name>CycleView</name>
    <message>
        <source>新建专项周期</source>
        <translation>New ad-hoc cycle</translation>
    </message>
    <message>
        <source>专项周期的名称（例如 2026-防汛专项）：</source>
        <translation>Name of the ad-hoc cycle (for example 2026-flood-control):</translation>
    </message>
    <message>
        <source>无法新建专项周期</source>
        <translation>Could not create the ad-hoc cycle</translation>
    </message>
    <message>
        <source>已新建专项周期“%1”。选中事项后点“移到其他周期…”把它们移进来。</source>
        <translation>Ad-hoc cycle &quot;%1&quot; created. Select items and click &quot;Move to another cycle…&quot; to move them into it.</translation>
    </message>
    <message>
        <source>无法显示这个周期</source>
        <translation>Could not show this cycle</translation>
    </message>
    <message>
        <source>%1 至 %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>只含手动移入的事项</source>
        <translation>Only items moved in by hand</translation>
    </message>
    <message>
        <source>报表按台账共 %1 行</source>
        <translation>Forms from the ledger: %1 rows in total</translation>
    </message>
    <message>
        <source>第 %1 版的报送包已不在历史文件夹中，无法比较之后的改动。</source>
        <translation>The package of version %1 is no longer in the history folder, so later changes cannot be compared.</translation>
    </message>
    <message>
        <source>自第 %1 版以来：台账新增 %2 行，%3 个数据有改动。</source>
        <translation>Since v%1: %2 rows added, %3 values changed in the ledger.</translation>
    </message>
    <message>
        <source>本周期已于 %2 报送第 %1 版。</source>
        <translation>Version %1 of this cycle was submitted on %2.</translation>
    </message>
    <message>
        <source>重新生成会得到第 %3 版，已报送的第 %1 版原样保留。要重新生成吗？</source>
        <translation>Rebuilding makes version %3; the submitted version %1 is kept as it is. Rebuild?</translation>
    </message>
    <message>
        <source>重新生成报送包？</source>
        <translation>Rebuild the package?</translation>
    </message>
    <message>
        <source>重新生成第 %1 版</source>
        <translation>Build version %1</translation>
    </message>
    <message>
        <source>无法审核</source>
        <translation>Cannot sign off</translation>
    </message>
    <message>
        <source>%1 已审核第 %2 版，生成后可以导出。</source>
        <translation>%1 signed off version %2; once built it can be exported.</translation>
    </message>
    <message>
        <source>无法标记为已报送</source>
        <translation>Cannot mark as submitted</translation>
    </message>
    <message>
        <source>已把第 %1 版标记为已报送。</source>
        <translation>Version %1 marked as submitted.</translation>
    </message>
    <message>
        <source>无法移动</source>
        <translation>Could not move</translation>
    </message>
    <message>
        <source>“%1”已按截止日期归入 %2。</source>
        <translation>&quot;%1&quot; was put in %2 by its due date.</translation>
    </message>
    <message>
        <source>已把“%1”移到 %2。</source>
        <translation>Moved &quot;%1&quot; to %2.</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <source>数据库已损坏</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>数据库文件已损坏</source>
        <translation>The database file is damaged</translation>
    </message>
    <message>
        <source>打开前的检查发现数据库“%1”已损坏。为了不让损坏扩大，程序不会往里写入任何内容。
检查结果：%2</source>
        <translation>The check before opening found the database “%1” damaged. So that the damage does not spread, Yibiao writes nothing into it.
What the check found: %2</translation>
    </message>
    <message>
        <source>建议用最新的完好备份恢复：%1
备份中有：%2
恢复前，损坏的数据库会先另存为一个备份。</source>
        <translation>Restore the newest sound backup: %1
It holds: %2
Before the restore, the damaged database is saved as a backup.</translation>
    </message>
    <message>
        <source>没有找到完好的备份。可以先以只读方式打开，查看并导出需要的内容；U 盘上如有加密备份，可在“设置”中还原。</source>
        <translation>No sound backup was found. Open the database read-only to look at and export what you need; an encrypted backup on a USB drive can be restored under Settings.</translation>
    </message>
    <message>
        <source>恢复这个备份</source>
        <translation>Restore this backup</translation>
    </message>
    <message>
        <source>以只读方式打开</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>“%1”不是日期，已恢复原日期。可以输入 20261204 或 2026-12-04。</source>
        <translation>“%1” is not a date; the previous date is back. You can type 20261204 or 2026-12-04.</translation>
    </message>
</context>
<context>
    <name>DeadlineChart</name>
    <message>
        <source>办理时限分布（工作日）</source>
        <translation>Time allowed (working days)</translation>
    </message>
    <message>
        <source>不足1天</source>
        <translation>Under 1</translation>
    </message>
    <message>
        <source>1–2天</source>
        <translation>1–2</translation>
    </message>
    <message>
        <source>3–4天</source>
        <translation>3–4</translation>
    </message>
    <message>
        <source>5天及以上</source>
        <translation>5 or more</translation>
    </message>
    <message>
        <source>办理时限 %1</source>
        <translation>Time allowed (working days): %1</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Items</translation>
    </message>
</context>
<context>
    <name>DepartmentChart</name>
    <message>
        <source>来文单位负担指数排名</source>
        <translation>Sending departments by burden score</translation>
    </message>
    <message>
        <source>（本期没有来文）</source>
        <translation> (nothing received)</translation>
    </message>
    <message>
        <source>（前 %1 名，共 %2 个单位）</source>
        <translation> (top %1 of %2)</translation>
    </message>
    <message>
        <source>负担指数</source>
        <translation>Burden score</translation>
    </message>
    <message>
        <source>%1：%2 × %3</source>
        <translation>%1: %2 × %3</translation>
    </message>
    <message>
        <source>负担指数 %1</source>
        <translation>Burden score %1</translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>来文单位</source>
        <translation>Sending department</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>收文日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>截止时间</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>双击一行可修改该事项。</source>
        <translation>Double-click a row to edit the item.</translation>
    </message>
    <message>
        <source>在收文登记中打开</source>
        <translation>Open in Registry</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>正在读取…</source>
        <translation>Reading…</translation>
    </message>
    <message numerus="yes">
        <source>%1：%n 件（%2）</source>
        <translation>
            <numerusform>%1: %n item (%2)</numerusform>
            <numerusform>%1: %n items (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>已归档</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>该事项已归档，只能在收文登记中查看。</source>
        <translation>This item is archived; it can only be viewed in Registry.</translation>
    </message>
</context>
<context>
    <name>DrivePanel</name>
    <message>
        <source>选择文件夹</source>
        <translation>Choose a folder</translation>
    </message>
    <message>
        <source>U 盘和文件夹</source>
        <translation>USB drives and folders</translation>
    </message>
    <message>
        <source>没有找到 U 盘。请插入 U 盘，稍等几秒；也可以点“选择文件夹…”。</source>
        <translation>No USB drive found. Plug one in and wait a few seconds, or click &quot;Choose folder…&quot;.</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>选择文件夹…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>文件夹：%1</source>
        <translation>Folder: %1</translation>
    </message>
</context>
<context>
    <name>FileOpener</name>
    <message>
        <source>打开文件 %1</source>
        <translation>Open file %1</translation>
    </message>
    <message>
        <source>找不到文件“%1”。</source>
        <translation>File “%1” not found.</translation>
    </message>
    <message>
        <source>一表通打不开“%1”：%2

一表通能打开的文件是数据包（.yibiao）：乡镇的报送包和县里的配置包。</source>
        <translation>Yibiao cannot open “%1”: %2

Yibiao opens packages (.yibiao): a township&apos;s submission package and the county&apos;s configuration package.</translation>
    </message>
    <message>
        <source>无签名</source>
        <translation>unsigned</translation>
    </message>
    <message>
        <source>“%1”是%2的配置包（第 %3 版，签名密钥指纹 %4）。

导入县里的配置？报表目录、截止日期、指标库和县里的公钥会更新到本单位。</source>
        <translation>“%1” is the configuration package of %2 (version %3, signing key fingerprint %4).

Import the county&apos;s configuration? The form list, deadlines, field catalog and the county&apos;s public key will be updated in this office.</translation>
    </message>
    <message>
        <source>导入县里的配置</source>
        <translation>Import the county&apos;s configuration</translation>
    </message>
    <message>
        <source>没有读到“%1”，未导入。</source>
        <translation>“%1” could not be read; nothing was imported.</translation>
    </message>
    <message>
        <source>%1 报送周期 %2 第 %3 版</source>
        <translation>%1, cycle %2, version %3</translation>
    </message>
    <message>
        <source>（未知单位）</source>
        <translation>(unknown office)</translation>
    </message>
    <message>
        <source>“%1”校验通过：%2。签名、清单和每个文件的 SHA-256 都一致；签名密钥指纹 %3。</source>
        <translation>“%1” verified: %2. The signature, the manifest and every file&apos;s SHA-256 match; signing key fingerprint %3.</translation>
    </message>
    <message>
        <source>“%1”校验未通过：%2</source>
        <translation>“%1” failed verification: %2</translation>
    </message>
    <message>
        <source>“%1”是%2报送周期 %3 第 %4 版的报送包（%5）。

导入这个报送包？</source>
        <translation>“%1” is the submission package of %2 for cycle %3, version %4 (%5).

Import this package?</translation>
    </message>
    <message>
        <source>导入报送包</source>
        <translation>Import package</translation>
    </message>
    <message>
        <source>“%1”来自%2，它的签名密钥还没有核对（指纹 %3）。请在“同步”页选中它，点“核对密钥并信任…”，与该乡镇报表封面上的“本单位密钥指纹”核对后再导入。</source>
        <translation>“%1” comes from %2, whose signing key has not been confirmed yet (fingerprint %3). On the Sync page select it, click “Check key and trust…”, compare it with the “office key fingerprint” on that township&apos;s report cover, then import.</translation>
    </message>
    <message>
        <source>“%1”（%2）：%3。%4</source>
        <translation>“%1” (%2): %3. %4</translation>
    </message>
</context>
<context>
    <name>FillGridDialog</name>
    <message>
        <source>补录数据</source>
        <translation>Fill in missing data</translation>
    </message>
</context>
<context>
    <name>FillGridModel</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>户主</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>村（社区）</source>
        <translation>Village (community)</translation>
    </message>
    <message>
        <source>企业名称</source>
        <translation>Enterprise name</translation>
    </message>
    <message>
        <source>公民身份号码</source>
        <translation>Citizen ID number</translation>
    </message>
    <message>
        <source>户编号</source>
        <translation>Household number</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>台账中没有这项数据，请补录</source>
        <translation>The ledger does not hold this fact yet: please fill it in</translation>
    </message>
    <message>
        <source>上次记录于 %1，已超过有效期：请核实后重新填写或确认</source>
        <translation>Last recorded on %1 and now out of date: check it, then type it again or confirm it</translation>
    </message>
    <message>
        <source>只能粘贴到需补录的数据列中</source>
        <translation>You can paste only into the columns to be filled in</translation>
    </message>
    <message>
        <source>第 %1 行“%2”有误，这次粘贴的内容都没有保存：</source>
        <translation>Row %1, “%2” is wrong, so nothing from this paste was saved: </translation>
    </message>
</context>
<context>
    <name>FillGridView</name>
    <message>
        <source>只显示需补录的行</source>
        <translation>Only rows with something to fill in</translation>
    </message>
    <message>
        <source>显示完整信息</source>
        <translation>Show in full</translation>
    </message>
    <message>
        <source>身份证号码、电话、银行账号默认部分隐藏，以免旁人看到；显示完整信息会记入审计日志。</source>
        <translation>ID numbers, phones and bank accounts are partly hidden so that others cannot read them; showing them in full is recorded in the audit log.</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>撤销上一次录入或粘贴（Ctrl+Z）</source>
        <translation>Undo the last entry or paste (Ctrl+Z)</translation>
    </message>
    <message>
        <source>村（社区）：</source>
        <translation>Village (community):</translation>
    </message>
    <message>
        <source>台账缺少</source>
        <translation>Not in the ledger</translation>
    </message>
    <message>
        <source>已过有效期，请核实</source>
        <translation>Out of date, please check</translation>
    </message>
    <message>
        <source>本次录入</source>
        <translation>Typed now</translation>
    </message>
    <message>
        <source>有误，未保存</source>
        <translation>Wrong, not saved</translation>
    </message>
    <message>
        <source>可从 Excel/WPS 复制一块单元格，选中起始格后按 Ctrl+V 粘贴；Ctrl+Z 撤销。</source>
        <translation>Copy a block of cells in Excel/WPS, select the first cell here and press Ctrl+V to paste; Ctrl+Z undoes.</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>补录数据：</source>
        <translation>Fill in missing data: </translation>
    </message>
    <message>
        <source>台账已有这些报表需要的全部数据，无需补录。</source>
        <translation>The ledger already holds every fact these forms need: nothing to fill in.</translation>
    </message>
    <message>
        <source>共 %1 行</source>
        <translation>%1 rows</translation>
    </message>
    <message>
        <source>无法记录这次显示，个人号码仍部分隐藏。</source>
        <translation>This reveal could not be recorded, so personal numbers stay partly hidden.</translation>
    </message>
    <message>
        <source>本期报表共需 %1 项数据，台账已有 %2 项，需补录 %3 项</source>
        <translation>This period&apos;s forms need %1 facts; the ledger holds %2; %3 to fill in</translation>
    </message>
    <message>
        <source>本次已录入 %1 项</source>
        <translation>Typed now: %1</translation>
    </message>
    <message>
        <source>已保存 %1 项</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>已撤销 %1 项</source>
        <translation>Undid %1</translation>
    </message>
    <message>
        <source>剪贴板中没有可以粘贴的内容</source>
        <translation>The clipboard holds nothing to paste</translation>
    </message>
    <message>
        <source>请先选中要粘贴到的单元格</source>
        <translation>First select the cell to paste into</translation>
    </message>
    <message>
        <source>粘贴的内容超出了表格的最后一行</source>
        <translation>The pasted block reaches past the last row of the table</translation>
    </message>
    <message>
        <source>粘贴的内容超出了表格最右边的一列</source>
        <translation>The pasted block reaches past the last column of the table</translation>
    </message>
    <message>
        <source>名称和证件号码列不能修改，请从需补录的列开始粘贴</source>
        <translation>The name and ID number columns cannot be changed: start the paste in a column to be filled in</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>全部类别</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>未办结</source>
        <translation>Still open</translation>
    </message>
    <message>
        <source>时限从</source>
        <translation>Due between</translation>
    </message>
    <message>
        <source>搜索标题、文号、备注（Ctrl+F）</source>
        <translation>Search title, document no., notes (Ctrl+F)</translation>
    </message>
    <message>
        <source>清除筛选</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>全部来文单位</source>
        <translation>All sending departments</translation>
    </message>
</context>
<context>
    <name>FormActions</name>
    <message>
        <source>保存填好的报表</source>
        <translation>Save the filled form</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>正在按台账填写“%1”…</source>
        <translation>Filling &quot;%1&quot; from the ledger…</translation>
    </message>
    <message>
        <source>按台账填表</source>
        <translation>Fill from the ledger</translation>
    </message>
    <message>
        <source>无法填表</source>
        <translation>Cannot fill the form</translation>
    </message>
    <message>
        <source>已填好</source>
        <translation>Filled</translation>
    </message>
    <message>
        <source>已按台账填写 %1 行，保存为：
%2

要打开所在文件夹吗？</source>
        <translation>%1 rows were filled from the ledger and saved as:
%2

Open the folder?</translation>
    </message>
</context>
<context>
    <name>Headlines</name>
    <message>
        <source>点击查看这些事项</source>
        <translation>Click to list these items</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>试导入结果 — %1</source>
        <translation>Trial import — %1</translation>
    </message>
    <message>
        <source>试导入结果：以下内容还没有写入台账</source>
        <translation>Trial import: nothing below has been written to the ledger yet</translation>
    </message>
    <message>
        <source>文件：%1&#x3000;&#x3000;工作表：%2&#x3000;&#x3000;每行一个：%3&#x3000;&#x3000;数据来源：%4</source>
        <translation>File: %1    Sheet: %2    One row per: %3    Source: %4</translation>
    </message>
    <message>
        <source>读取行数</source>
        <translation>Rows read</translation>
    </message>
    <message>
        <source>新增对象</source>
        <translation>New records</translation>
    </message>
    <message>
        <source>新增数据项</source>
        <translation>New facts</translation>
    </message>
    <message>
        <source>更新数据项</source>
        <translation>Updated facts</translation>
    </message>
    <message>
        <source>与台账相同</source>
        <translation>Same as ledger</translation>
    </message>
    <message>
        <source>完全重复的行</source>
        <translation>Duplicate rows</translation>
    </message>
    <message>
        <source>前后不一致</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>无效单元格</source>
        <translation>Invalid cells</translation>
    </message>
    <message>
        <source>请确认</source>
        <translation>Please check</translation>
    </message>
    <message>
        <source>将写入台账</source>
        <translation>To be written</translation>
    </message>
    <message>
        <source>需要留意</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>填写的内容</source>
        <translation>As written</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>与这一行完全相同</source>
        <translation>Identical to</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>身份号码/代码</source>
        <translation>ID number / code</translation>
    </message>
    <message>
        <source>各行填写的值</source>
        <translation>Values by row</translation>
    </message>
    <message>
        <source>认定为</source>
        <translation>Taken to be</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Because</translation>
    </message>
    <message>
        <source>是不是同一个人？</source>
        <translation>Same person?</translation>
    </message>
    <message>
        <source>台账原值</source>
        <translation>Ledger value</translation>
    </message>
    <message>
        <source>新值</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>填写的号码</source>
        <translation>Number as written</translation>
    </message>
    <message>
        <source>处理</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>存入台账</source>
        <translation>Stored in the ledger</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>显示完整信息</source>
        <translation>Show in full</translation>
    </message>
    <message>
        <source>身份证号码、电话、银行账号默认部分隐藏，以免旁人看到。</source>
        <translation>ID numbers, phone numbers and bank accounts are partly hidden by default so that visitors cannot read them.</translation>
    </message>
    <message>
        <source>点“取消”则台账不作任何改动。重复的行只记一次；无效的内容不写入，对象仍保留待核。</source>
        <translation>“Cancel” leaves the ledger unchanged. Duplicate rows count once; invalid cells are not written, their records are kept for checking.</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>导入台账</source>
        <translation>Ledger import</translation>
    </message>
    <message>
        <source>这些行没有可用的身份号码（或号码有一位之差），是按姓名等信息认定为同一个人的。请逐行核对：是同一个人，就保持“是同一人”（默认），数据合并到这个人名下；不是同一个人，请点“不是同一人”，导入时会另记为一个人（身份号码待核），不会合并。</source>
        <translation>These rows have no usable ID number (or the number differs by one digit), so they were matched to a person by name and other details. Check each row: if it is the same person, leave &quot;Same person&quot; (the default) and the data will be merged under that person; if not, click &quot;Not the same person&quot; and the row will be recorded as a separate person on import (ID number to be checked), not merged.</translation>
    </message>
    <message>
        <source>是同一人</source>
        <translation>Same person</translation>
    </message>
    <message>
        <source>不是同一人</source>
        <translation>Not the same person</translation>
    </message>
    <message>
        <source>这一行的数据并入左边认定的人</source>
        <translation>Merge this row&apos;s data into the person on the left</translation>
    </message>
    <message>
        <source>这一行另记为一个人，不合并（身份号码待核）</source>
        <translation>Record this row as a separate person, not merged (ID number to be checked)</translation>
    </message>
    <message>
        <source>已选 %1 行“不是同一人”：导入时这些行各自另记为一个人。</source>
        <translation>%1 rows marked &quot;Not the same person&quot;: on import, each of these rows will be recorded as a separate person.</translation>
    </message>
    <message>
        <source>请确认：没有身份号码而认定的</source>
        <translation>Please check: matched without an ID</translation>
    </message>
    <message>
        <source>将更新的数据</source>
        <translation>Updates</translation>
    </message>
    <message>
        <source>身份号码有误或未填</source>
        <translation>Wrong or missing ID</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1（本表第 %2 行）</source>
        <translation>%1 (row %2 of this form)</translation>
    </message>
    <message>
        <source>%1（台账中已有）</source>
        <translation>%1 (already in the ledger)</translation>
    </message>
    <message>
        <source>第 %1 行</source>
        <translation>row %1</translation>
    </message>
    <message>
        <source>%1（第 %2 行）</source>
        <translation>%1 (row %2)</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>ImportSourceDialog</name>
    <message>
        <source>导入已填报的表格</source>
        <translation>Import a filled return</translation>
    </message>
    <message>
        <source>选择各部门、各村填好交回的表格。程序先试导入，列出会写入台账的内容和发现的问题，您确认后才写入。</source>
        <translation>Choose a return filled in by a department or village. It is first imported on trial: you see what would be written and any problems, and nothing is written until you confirm.</translation>
    </message>
    <message>
        <source>Excel 表格文件（.xlsx .xls .ods）</source>
        <translation>Excel workbook (.xlsx .xls .ods)</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>请选择</source>
        <translation>Please choose</translation>
    </message>
    <message>
        <source>表格文件：</source>
        <translation>Workbook:</translation>
    </message>
    <message>
        <source>数据来源单位：</source>
        <translation>Source department:</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>试导入</source>
        <translation>Trial import</translation>
    </message>
    <message>
        <source>选择已填报的表格</source>
        <translation>Choose a filled return</translation>
    </message>
    <message>
        <source>Excel 表格 (*.xlsx *.xlsm *.xls *.ods);;所有文件 (*)</source>
        <translation>Excel workbooks (*.xlsx *.xlsm *.xls *.ods);;All files (*)</translation>
    </message>
    <message>
        <source>找不到这个文件。</source>
        <translation>This file cannot be found.</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>导入报表模板 — %1</source>
        <translation>Import form template — %1</translation>
    </message>
    <message>
        <source>工作表：</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <source>选择来文单位</source>
        <translation>Choose the sending department</translation>
    </message>
    <message>
        <source>按这个单位记住的“不对应字段”处理表头；登记时也用它作来文单位。</source>
        <translation>Headers this department marked as “not a field” are left unmapped; the department is also used when registering.</translation>
    </message>
    <message>
        <source>来文单位：</source>
        <translation>Sent by:</translation>
    </message>
    <message>
        <source>表格预览：程序识别出的各部分</source>
        <translation>Sheet preview: the parts the program recognised</translation>
    </message>
    <message>
        <source>各列对应的指标（不对的请改选；改过的表述会被记住）</source>
        <translation>Field of each column (change any that are wrong; corrected wordings are remembered)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>下一步：登记…</source>
        <translation>Next: register…</translation>
    </message>
    <message>
        <source>无法读取工作表</source>
        <translation>Cannot read the sheet</translation>
    </message>
    <message>
        <source>文件：%1&#x3000;&#x3000;每行填写一个：%2&#x3000;&#x3000;表头：第 %3 行&#x3000;&#x3000;数据从第 %4 行起</source>
        <translation>File: %1    One row per: %2    Header: row %3    Data from row %4</translation>
    </message>
    <message>
        <source>无法读取表格</source>
        <translation>Cannot read the spreadsheet</translation>
    </message>
    <message>
        <source>共 %1 列，%2 列未对应，%3 列由您修改。</source>
        <translation>%1 columns, %2 without a field, %3 changed by you.</translation>
    </message>
    <message>
        <source>注意：有字段同时对应了多列（%1）。</source>
        <translation> Note: some fields are chosen for more than one column (%1).</translation>
    </message>
    <message>
        <source>无法完成</source>
        <translation>Could not complete</translation>
    </message>
    <message>
        <source>放弃修改</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>您改过 %1 列的对应字段。取消后这些修改不会保存，也不会新建自定义字段。要放弃吗？</source>
        <translation>You changed the field of %1 column(s). If you cancel, these changes are not kept and no custom field is created. Discard them?</translation>
    </message>
    <message>
        <source>继续核对</source>
        <translation>Keep reviewing</translation>
    </message>
    <message>
        <source>已登记报表“%1”，各列对应的指标已保存。</source>
        <translation>Registered the form &quot;%1&quot;; the field of each column is saved.</translation>
    </message>
</context>
<context>
    <name>ItemBar</name>
    <message>
        <source>移到其他周期…</source>
        <translation>Move to another cycle…</translation>
    </message>
    <message>
        <source>按截止日期自动归入</source>
        <translation>Assign automatically by due date</translation>
    </message>
    <message>
        <source>在收文登记中打开</source>
        <translation>Open in Registry</translation>
    </message>
    <message>
        <source>双击一行可在收文登记中打开该事项；右键可移到其他周期。</source>
        <translation>Double-click a row to open the item in the Registry; right-click to move it to another cycle.</translation>
    </message>
</context>
<context>
    <name>ItemDetail</name>
    <message>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>归档</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>彻底删除…</source>
        <translation>Delete permanently…</translation>
    </message>
    <message>
        <source>在左侧列表中选择一件事项查看详情。
按 Ctrl+N 登记新事项，或把文件拖进窗口。</source>
        <translation>Select an item in the list on the left to see its details.
Press Ctrl+N to register a new item, or drag a file into the window.</translation>
    </message>
    <message>
        <source>状态：</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>补录缺少的数据…</source>
        <translation>Enter missing data…</translation>
    </message>
    <message>
        <source>按台账填表…</source>
        <translation>Fill from the ledger…</translation>
    </message>
    <message>
        <source>办理进展：</source>
        <translation>Progress reports:</translation>
    </message>
    <message>
        <source>记录进展…</source>
        <translation>Add progress report…</translation>
    </message>
    <message>
        <source>附件（双击打开副本）：</source>
        <translation>Attachments (double-click to open a copy):</translation>
    </message>
    <message>
        <source>已逾期，请尽快办理</source>
        <translation>Overdue – please handle it as soon as possible</translation>
    </message>
    <message>
        <source>2 个工作日内到期</source>
        <translation>Due within 2 working days</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>来文单位</source>
        <translation>Sending department</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>收文日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>办理时限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>紧急程度</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>密级</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>承办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>会议时间</source>
        <translation>Meeting time</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>形式</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>主要负责人须参会</source>
        <translation>Principal leader must attend</translation>
    </message>
    <message>
        <source>可委派他人参会</source>
        <translation>May send a deputy</translation>
    </message>
    <message>
        <source>进度报送要求</source>
        <translation>Progress reporting</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>（表号 {form_no}）</source>
        <translation> (form no. {form_no})</translation>
    </message>
    <message>
        <source>报表目录</source>
        <translation>Form catalogue</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>取消归档</source>
        <translation>Unarchive</translation>
    </message>
    <message>
        <source>还没有记录。部门要求报送进展时，点“记录进展…”。</source>
        <translation>None yet. When a department asks for a progress report, click &quot;Add progress report…&quot;.</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>修改事项</source>
        <translation>Edit item</translation>
    </message>
    <message>
        <source>登记新事项</source>
        <translation>Register new item</translation>
    </message>
    <message>
        <source>例如：关于报送第四季度低收入人口监测数据的通知</source>
        <translation>e.g. Notice on submitting Q4 low-income population monitoring data</translation>
    </message>
    <message>
        <source>选择或输入来文单位</source>
        <translation>Choose or type the sending department</translation>
    </message>
    <message>
        <source>例如：县人社发〔2026〕12号</source>
        <translation>e.g. 县人社发〔2026〕12号</translation>
    </message>
    <message>
        <source>有办理时限</source>
        <translation>Has a deadline</translation>
    </message>
    <message>
        <source>精确到时间</source>
        <translation>With time of day</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>标题 *</source>
        <translation>Title *</translation>
    </message>
    <message>
        <source>来文单位 *</source>
        <translation>Sending department *</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>收文日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>办理时限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>紧急程度</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>密级</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>承办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>会议信息</source>
        <translation>Meeting details</translation>
    </message>
    <message>
        <source>主要负责人须参会</source>
        <translation>Principal leader must attend</translation>
    </message>
    <message>
        <source>可委派他人参会</source>
        <translation>May send a deputy</translation>
    </message>
    <message>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>结束</source>
        <translation>End</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>形式</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>任务信息</source>
        <translation>Task details</translation>
    </message>
    <message>
        <source>无需报送进度</source>
        <translation>No progress reports</translation>
    </message>
    <message>
        <source>进度报送要求</source>
        <translation>Progress reporting</translation>
    </message>
    <message>
        <source>添加附件…</source>
        <translation>Add attachment…</translation>
    </message>
    <message>
        <source>附件（原件原样保存，可直接拖入本窗口）</source>
        <translation>Attachments (originals are kept unchanged; you can drag files into this window)</translation>
    </message>
    <message>
        <source>提示：</source>
        <translation>Note: </translation>
    </message>
    <message>
        <source>将按列表中的“%1”登记</source>
        <translation>Will be registered as “%1” from the list</translation>
    </message>
    <message>
        <source>可能是：%1</source>
        <translation>Could be: %1</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>新的来文单位：保存时会询问是否添加到列表</source>
        <translation>A new sending department: you will be asked whether to add it to the list when saving</translation>
    </message>
    <message>
        <source>选择附件</source>
        <translation>Choose attachments</translation>
    </message>
    <message>
        <source>填写的内容还没有保存，关闭后不会保留。要放弃这些内容吗？</source>
        <translation>What you have entered is not saved and will be lost when the dialog closes. Discard it?</translation>
    </message>
    <message>
        <source>放弃填写的内容</source>
        <translation>Discard what you entered</translation>
    </message>
    <message>
        <source>放弃</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>继续填写</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>“%1”不在来文单位列表中，也不像列表中哪个单位的简称或旧称。
添加为新的来文单位并登记吗？</source>
        <translation>“%1” is not on the list of sending departments, nor a short or former name of one.
Add it as a new sending department and register the item?</translation>
    </message>
    <message>
        <source>新的来文单位</source>
        <translation>New sending department</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>返回修改</source>
        <translation>Go back and edit</translation>
    </message>
    <message>
        <source>编号 %1：%2（%3，%4，收文 %5）</source>
        <translation>No. %1: %2 (%3, %4, received %5)</translation>
    </message>
    <message>
        <source>无文号</source>
        <translation>no document number</translation>
    </message>
    <message>
        <source>可能重复登记</source>
        <translation>Possibly registered already</translation>
    </message>
    <message>
        <source>这份文件可能已经登记过：</source>
        <translation>This document may have been registered already:</translation>
    </message>
    <message>
        <source>同一文号，或同一单位在 30 天内发来的同名文件。仍要再登记一次吗？</source>
        <translation>Same document number, or a document with the same title from the same department within 30 days. Register it again anyway?</translation>
    </message>
    <message>
        <source>仍然登记</source>
        <translation>Register anyway</translation>
    </message>
    <message>
        <source>打开原登记</source>
        <translation>Open the earlier one</translation>
    </message>
</context>
<context>
    <name>LedgerImportFlow</name>
    <message>
        <source>正在读取并核对“%1”…</source>
        <translation>Reading and checking “%1”…</translation>
    </message>
    <message>
        <source>正在写入台账…</source>
        <translation>Writing to the ledger…</translation>
    </message>
    <message>
        <source>导入台账</source>
        <translation>Ledger import</translation>
    </message>
    <message>
        <source>无法导入</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <source>导入时出错，台账没有改动。
%1</source>
        <translation>The import failed; the ledger is unchanged.
%1</translation>
    </message>
    <message>
        <source>已导入台账：新增对象 %1 个，新增数据 %2 项，更新 %3 项。</source>
        <translation>Imported into the ledger: %1 new records, %2 new facts, %3 updated.</translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message>
        <source>台账</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>各部门、各村交回的表格导入后汇成一本账：每项数据记着来源，改动留有历史。</source>
        <translation>Returns from departments and villages add up to one ledger: every fact keeps its source, every change its history.</translation>
    </message>
    <message>
        <source>导入已填报的表格…</source>
        <translation>Import a filled return…</translation>
    </message>
    <message>
        <source>显示完整信息</source>
        <translation>Show in full</translation>
    </message>
    <message>
        <source>身份证号码、电话、银行账号默认部分隐藏，以免旁人看到。</source>
        <translation>ID numbers, phone numbers and bank accounts are partly hidden by default so that visitors cannot read them.</translation>
    </message>
    <message>
        <source>数据项</source>
        <translation>Cells</translation>
    </message>
    <message>
        <source>身份号码待核</source>
        <translation>IDs to check</translation>
    </message>
    <message>
        <source>待处理冲突</source>
        <translation>Open conflicts</translation>
    </message>
    <message>
        <source>查询</source>
        <translation>Look up</translation>
    </message>
    <message>
        <source>待处理冲突（%1）</source>
        <translation>Open conflicts (%1)</translation>
    </message>
    <message>
        <source>本报送周期的报表需要填报多少数据、台账能填上多少：&lt;a href=&apos;count&apos;&gt;统计&lt;/a&gt;（台账较大，需要一些时间）</source>
        <translation>How many cells this cycle&apos;s forms ask for and how many the ledger fills: &lt;a href=&apos;count&apos;&gt;count them&lt;/a&gt; (a large ledger: this takes a while)</translation>
    </message>
    <message>
        <source>正在统计本报送周期的数据项…</source>
        <translation>Counting this cycle&apos;s requested cells…</translation>
    </message>
    <message>
        <source>本报送周期（%1）收到报表 %2 张，共需填报 %3 项数据：台账直接填上 %4 项（少录的），手工补录 %5 项，还空着 %6 项。</source>
        <translation>This reporting cycle (%1): %2 forms received, %3 cells requested: %4 filled straight from the ledger (entry saved), %5 typed by hand, %6 still blank.</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>一表通已锁定</source>
        <translation>Yibiao is locked</translation>
    </message>
    <message>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>程序已锁定。请输入密码解锁。</source>
        <translation>The program is locked. Type the password to unlock it.</translation>
    </message>
    <message>
        <source>密码不对，请重试。</source>
        <translation>Wrong password, try again.</translation>
    </message>
</context>
<context>
    <name>LookupPanel</name>
    <message>
        <source>输入姓名、身份证号码或其中几位</source>
        <translation>Name, ID number or some of its digits</translation>
    </message>
    <message>
        <source>姓名/名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>身份号码/代码</source>
        <translation>ID number / code</translation>
    </message>
    <message>
        <source>来源单位</source>
        <translation>Source department</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>How</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>当前值</source>
        <translation>Current value</translation>
    </message>
    <message>
        <source>值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>录入人</source>
        <translation>Entered by</translation>
    </message>
    <message numerus="yes">
        <source>找到 %n 个</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
    <message>
        <source>台账里的人员、户、村、企业都可以查。</source>
        <translation>Persons, households, villages and enterprises in the ledger can be looked up.</translation>
    </message>
    <message>
        <source>在左边搜索并选择一个对象</source>
        <translation>Search on the left and select a record</translation>
    </message>
    <message>
        <source>&#x3000;（身份号码待核）</source>
        <translation>  (ID to check)</translation>
    </message>
    <message>
        <source>历史记录</source>
        <translation>History</translation>
    </message>
    <message>
        <source>“%1”的历史记录</source>
        <translation>History of “%1”</translation>
    </message>
    <message>
        <source>当前</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>已被替换</source>
        <translation>Replaced</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>今日</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>收文登记</source>
        <translation>Incoming register</translation>
    </message>
    <message>
        <source>会议</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>报表</source>
        <translation>Forms</translation>
    </message>
    <message>
        <source>台账</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>报送周期</source>
        <translation>Reporting cycles</translation>
    </message>
    <message>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>减负统计</source>
        <translation>Burden monitor</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>把来文或报表文件拖进窗口即可开始登记。</source>
        <translation>Drag an incoming document or a form file into the window to start registering it.</translation>
    </message>
    <message>
        <source>登记新事项</source>
        <translation>Register new item</translation>
    </message>
    <message>
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>一表通·乡镇版</source>
        <translation>Yibiao (One-Form Township Edition)</translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <source>列</source>
        <translation>Col.</translation>
    </message>
    <message>
        <source>表头</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>对应字段（可输入搜索）</source>
        <translation>Field (type to search)</translation>
    </message>
    <message>
        <source>把握</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <source>填写格式</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>程序建议</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>设为自定义字段</source>
        <translation>Make custom field</translation>
    </message>
    <message>
        <source>程序建议（相似度 %1%）</source>
        <translation>Suggested (similarity %1%)</translation>
    </message>
    <message>
        <source>（不对应任何字段）</source>
        <translation>(no field)</translation>
    </message>
    <message>
        <source>表头要求的填写格式，用台账填表时照此填写：%1</source>
        <translation>The format the header asks for; filling from the ledger writes values this way: %1</translation>
    </message>
    <message>
        <source>写代码 %1</source>
        <translation>Codes %1</translation>
    </message>
    <message>
        <source>日期写成 %1</source>
        <translation>Dates as %1</translation>
    </message>
    <message>
        <source>是写“%1”，否写“%2”</source>
        <translation>Yes as “%1”, no as “%2”</translation>
    </message>
    <message>
        <source>是写“%1”，否留空</source>
        <translation>Yes as “%1”, no left blank</translation>
    </message>
    <message>
        <source>元</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>万元</source>
        <translation>10,000 yuan</translation>
    </message>
    <message>
        <source>千元</source>
        <translation>1,000 yuan</translation>
    </message>
    <message>
        <source>亿元</source>
        <translation>100 million yuan</translation>
    </message>
    <message>
        <source>亩</source>
        <translation>mu</translation>
    </message>
    <message>
        <source>公顷</source>
        <translation>hectares</translation>
    </message>
    <message>
        <source>平方米</source>
        <translation>square metres</translation>
    </message>
    <message>
        <source>以%1为单位</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>保留 %1 位小数</source>
        <translation>%1 decimal places</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>注意：所选字段属于“%1”，本表每行是一个“%2”，请核对。</source>
        <translation>Note: the chosen field belongs to a “%1” record; each row of this form is one “%2”. Please check.</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>属于“%1”，本表每行是一个“%2”</source>
        <translation>a “%1” field; each row here is one “%2”</translation>
    </message>
    <message>
        <source>已用于 %1 列</source>
        <translation>already used for column %1</translation>
    </message>
    <message>
        <source>相似度不够，未自动采用</source>
        <translation>not similar enough to be applied by itself</translation>
    </message>
    <message>
        <source>已修改</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>由您选择，登记时记住这一表述。</source>
        <translation>Your choice; the wording is remembered when you register.</translation>
    </message>
    <message>
        <source>未对应</source>
        <translation>No field</translation>
    </message>
    <message>
        <source>程序没有找到对应的字段，请选择。</source>
        <translation>The program found no matching field; please choose one.</translation>
    </message>
    <message>
        <source>把握不大，请核对。</source>
        <translation>Not certain; please check.</translation>
    </message>
    <message>
        <source>指标库里没有合适的字段时，用这一列的表头新建一个本单位的自定义字段。</source>
        <translation>When the catalog has no suitable field, create a custom field of this office named after this column&apos;s header.</translation>
    </message>
</context>
<context>
    <name>OverlapPanel</name>
    <message>
        <source>与其他报表重复的数据</source>
        <translation>Data other forms also ask for</translation>
    </message>
    <message numerus="yes">
        <source>另有 %n 张报表也要了其中的数据。</source>
        <translation>
            <numerusform>%n more form also asks for some of this data.</numerusform>
            <numerusform>%n more forms also ask for some of this data.</numerusform>
        </translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>等</source>
        <translation> etc.</translation>
    </message>
    <message>
        <source>与%1相同的字段：%2</source>
        <translation>Fields shared with %1: %2</translation>
    </message>
    <message>
        <source>没有发现其他报表索要相同的数据。</source>
        <translation>No other form asks for the same data.</translation>
    </message>
    <message>
        <source>这张报表的列还没有对应到指标库字段。</source>
        <translation>This form&apos;s columns are not mapped to catalog fields yet.</translation>
    </message>
    <message>
        <source>台账已有本表 %1 项中 %2 项的数据。</source>
        <translation>The ledger already holds %2 of this form&apos;s %1 fields.</translation>
    </message>
    <message>
        <source>台账中还没有本表的数据。</source>
        <translation>The ledger holds none of this form&apos;s data yet.</translation>
    </message>
    <message>
        <source>%1 在 %2 下发过同一张模板《%3》。</source>
        <translation>%1 sent the same template &quot;%3&quot; on %2.</translation>
    </message>
    <message>
        <source>%1 在 %2 已要过几乎相同的报表《%3》：本表 %4 项中有 %5 项相同。</source>
        <translation>%1 already asked for nearly the same form &quot;%3&quot; on %2: %5 of this form&apos;s %4 fields are the same.</translation>
    </message>
    <message>
        <source>%1 在 %2 的报表《%3》已要过本表 %4 项中的 %5 项。</source>
        <translation>%1 already asked for %5 of this form&apos;s %4 fields in &quot;%3&quot; on %2.</translation>
    </message>
    <message>
        <source>%1 在 %2 又下发了《%3》，其中有本表 %4 项中的 %5 项。</source>
        <translation>%1 later sent &quot;%3&quot; on %2, asking for %5 of this form&apos;s %4 fields.</translation>
    </message>
    <message>
        <source>（文号相同）</source>
        <translation> (same document no.)</translation>
    </message>
</context>
<context>
    <name>PackageActions</name>
    <message>
        <source>找不到报送包</source>
        <translation>Submission package not found</translation>
    </message>
    <message>
        <source>找不到 %1，它可能已被移动或删除。请重新生成报送包。</source>
        <translation>Could not find %1. It may have been moved or deleted. Please create the submission package again.</translation>
    </message>
    <message>
        <source>无法预览</source>
        <translation>Cannot preview</translation>
    </message>
    <message>
        <source>报送包 %1 已损坏或里面没有 report.pdf。请重新生成报送包后再预览。</source>
        <translation>Submission package %1 is damaged or has no report.pdf in it. Please create the submission package again, then preview it.</translation>
    </message>
    <message>
        <source>预览：%1</source>
        <translation>Preview: %1</translation>
    </message>
    <message>
        <source>未经审核</source>
        <translation>Not signed off</translation>
    </message>
    <message>
        <source>无法标记为已报送</source>
        <translation>Cannot mark as submitted</translation>
    </message>
</context>
<context>
    <name>PackageBar</name>
    <message>
        <source>生成报送包…</source>
        <translation>Create submission package…</translation>
    </message>
    <message>
        <source>预览 PDF</source>
        <translation>Preview PDF</translation>
    </message>
    <message>
        <source>写入 U 盘…</source>
        <translation>Copy to USB drive…</translation>
    </message>
    <message>
        <source>打开文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>标记为已报送</source>
        <translation>Marked as submitted</translation>
    </message>
    <message>
        <source>审核…</source>
        <translation>Sign off…</translation>
    </message>
    <message>
        <source>本周期没有可以按台账填写的报表，不需要生成报送包。</source>
        <translation>This cycle has no forms that can be filled from the ledger, so no submission package is needed.</translation>
    </message>
    <message>
        <source>本周期还没有生成报送包。</source>
        <translation>No submission package has been created for this cycle yet.</translation>
    </message>
    <message>
        <source>这一版已标记为已报送。</source>
        <translation>This version is marked as submitted.</translation>
    </message>
    <message>
        <source>报送包已通过其他方式交给县里时，在这里标记（写入 U 盘成功时会自动标记）。</source>
        <translation>Mark it here when the package reached the county by other means (writing it to a USB drive marks it automatically).</translation>
    </message>
</context>
<context>
    <name>PackageBuildDialog</name>
    <message>
        <source>填表人</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <source>审核人</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Head of office</translation>
    </message>
    <message>
        <source>生成报送包</source>
        <translation>Package built</translation>
    </message>
    <message>
        <source>生成报送包：%1</source>
        <translation>Create submission package: %1</translation>
    </message>
    <message>
        <source>签字人（印在封面和每张报表的表尾）</source>
        <translation>Signatures (printed on the cover and at the bottom of every form)</translation>
    </message>
    <message>
        <source>姓名，可以留空</source>
        <translation>Name, can be left blank</translation>
    </message>
    <message>
        <source>保存位置</source>
        <translation>Save to</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>每一版都会保留在本单位的报送包历史文件夹里；选了其他文件夹时，另外复制一份过去。</source>
        <translation>Every version is kept in this office&apos;s submission package history folder; if you choose another folder, a copy is also saved there.</translation>
    </message>
    <message>
        <source>生成</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>含 %1 张可按台账填写的报表，共 %2 行。</source>
        <translation>Includes %1 forms that can be filled from the ledger, %2 rows in total.</translation>
    </message>
    <message>
        <source>选择保存报送包的文件夹</source>
        <translation>Choose a folder to save the submission package in</translation>
    </message>
    <message>
        <source>本周期还有 %1 个问题没有处理。仍然可以生成，报表会按台账现有的数据填写。</source>
        <translation>Problems still open in this cycle: %1. You can still create the package; the forms will be filled with the data now in the ledger.</translation>
    </message>
    <message>
        <source>将生成第 %3 版，含 %1 张可按台账填写的报表，共 %2 行。</source>
        <translation>Version %3 will be created, with %1 forms filled from the ledger, %2 rows in total.</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>报表</source>
        <translation>Forms</translation>
    </message>
    <message>
        <source>行数</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>数据包指纹</source>
        <translation>Package fingerprint</translation>
    </message>
    <message>
        <source>预览 PDF</source>
        <translation>Preview PDF</translation>
    </message>
    <message>
        <source>写入 U 盘…</source>
        <translation>Copy to USB drive…</translation>
    </message>
    <message>
        <source>打开文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>仍然生成？</source>
        <translation>Create anyway?</translation>
    </message>
    <message>
        <source>本周期还有 %1 个问题没有处理（见对话框上方的黄色框）。</source>
        <translation>Problems still open in this cycle: %1 (see the yellow box at the top of the dialog).</translation>
    </message>
    <message>
        <source>仍然生成报送包吗？</source>
        <translation>Create the submission package anyway?</translation>
    </message>
    <message>
        <source>无法保存签字人</source>
        <translation>Could not save the signatures</translation>
    </message>
    <message>
        <source>正在生成“%1”的报送包…</source>
        <translation>Creating the submission package for &quot;%1&quot;…</translation>
    </message>
    <message>
        <source>已取消，没有生成报送包。</source>
        <translation>Cancelled. No submission package was created.</translation>
    </message>
    <message>
        <source>没有生成报送包</source>
        <translation>No submission package created</translation>
    </message>
    <message>
        <source>已生成第 %1 版报送包</source>
        <translation>Submission package version %1 created</translation>
    </message>
    <message>
        <source>第 %1 版</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>%1 张</source>
        <translation>%1 forms</translation>
    </message>
    <message>
        <source>与报告封面、U 盘校验显示的数据包指纹相同</source>
        <translation>The same package fingerprint as on the report&apos;s cover and in the USB check</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>原密码</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>再输一次新密码</source>
        <translation>Repeat new password</translation>
    </message>
    <message>
        <source>请输入新密码。</source>
        <translation>Enter the new password.</translation>
    </message>
    <message>
        <source>两次输入的新密码不一样，请重新输入。</source>
        <translation>The two new passwords differ. Please enter them again.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>预览：%1</source>
        <translation>Preview: %1</translation>
    </message>
    <message>
        <source>上一页</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>下一页</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>输入页码后按回车跳到该页</source>
        <translation>Type a page number and press Enter to go to that page</translation>
    </message>
    <message>
        <source>适合宽度</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>整页</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>打开所在文件夹</source>
        <translation>Open containing folder</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>第</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>缩放</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>找不到这个文件，它可能已被移动或删除</source>
        <translation>the file cannot be found; it may have been moved or deleted</translation>
    </message>
    <message>
        <source>这个文件设有密码</source>
        <translation>the file is password-protected</translation>
    </message>
    <message>
        <source>这个文件设有本程序不支持的加密</source>
        <translation>the file uses encryption that this program does not support</translation>
    </message>
    <message>
        <source>文件已损坏，或者不是 PDF 文件</source>
        <translation>the file is damaged or is not a PDF file</translation>
    </message>
    <message>
        <source>无法预览 %1：%2。</source>
        <translation>Cannot preview %1: %2.</translation>
    </message>
    <message>
        <source>请重新生成报送包后再预览；也可以点“打开所在文件夹”，用其他 PDF 阅读器打开。</source>
        <translation>Please create the submission package again, then preview it; or click &quot;Open containing folder&quot; and open the file with another PDF reader.</translation>
    </message>
    <message>
        <source>/ %1 页</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <source>正在打印…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>停止打印</source>
        <translation>Stop printing</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>正在打印第 %1 页，共 %2 页…</source>
        <translation>Printing page %1 of %2…</translation>
    </message>
    <message>
        <source>打印失败</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <source>打印时出错：%1。请检查打印机后再试。</source>
        <translation>An error occurred while printing: %1. Please check the printer and try again.</translation>
    </message>
    <message>
        <source>没有打印</source>
        <translation>Nothing printed</translation>
    </message>
    <message>
        <source>打印机没有开始打印。请检查打印机是否已连接并开机，再点“打印…”。</source>
        <translation>The printer did not start printing. Please check that the printer is connected and switched on, then click &quot;Print…&quot;.</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>上月</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>本季度</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>本年</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>自定义</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>统计期间</source>
        <translation>Period</translation>
    </message>
</context>
<context>
    <name>PlaceholderView</name>
    <message>
        <source>即将推出</source>
        <translation>Coming soon</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>本单位信息</source>
        <translation>Office details</translation>
    </message>
    <message>
        <source>欢迎使用一表通。请先填写本单位信息，报送包和报表会用到这些信息。</source>
        <translation>Welcome to Yibiao. Please first enter your office&apos;s details; submission packages and forms use them.</translation>
    </message>
    <message>
        <source>例如：白沙镇人民政府</source>
        <translation>e.g. 白沙镇人民政府</translation>
    </message>
    <message>
        <source>12 位统计用区划代码，例如 530624100000</source>
        <translation>12-digit statistical division code, e.g. 530624100000</translation>
    </message>
    <message>
        <source>例如：云溪县</source>
        <translation>e.g. 云溪县</translation>
    </message>
    <message>
        <source>可不填，例如：临江市</source>
        <translation>Optional, e.g. Linjiang City</translation>
    </message>
    <message>
        <source>单位类型</source>
        <translation>Office type</translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation>Office name</translation>
    </message>
    <message>
        <source>区划代码</source>
        <translation>Division code</translation>
    </message>
    <message>
        <source>所属县（市、区）</source>
        <translation>County (city, district)</translation>
    </message>
    <message>
        <source>所属市（州）</source>
        <translation>City (prefecture)</translation>
    </message>
</context>
<context>
    <name>ProgressReportDialog</name>
    <message>
        <source>记录办理进展</source>
        <translation>Add progress report</translation>
    </message>
    <message>
        <source>例如：已完成 3 个村的排查，发现隐患 2 处，已整改 1 处。</source>
        <translation>For example: Inspection of 3 villages completed; 2 hazards found, 1 fixed.</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>办理进展</source>
        <translation>Progress report</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>只读：数据库已损坏，修改不会保存。</source>
        <translation>Read-only: the database is damaged, changes are not saved.</translation>
    </message>
    <message>
        <source>从备份恢复…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <source>最新的完好备份：%1</source>
        <translation>Newest sound backup: %1</translation>
    </message>
    <message>
        <source>已恢复备份。请关闭程序再重新打开，即可继续修改。</source>
        <translation>Backup restored. Close Yibiao and open it again to make changes.</translation>
    </message>
    <message>
        <source>已恢复备份</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>备份已恢复，窗口显示的是恢复后的数据。这个窗口仍是只读的：请关闭程序再重新打开，即可继续修改。</source>
        <translation>The backup was restored and the window shows the restored data. This window stays read-only: close Yibiao and open it again to make changes.</translation>
    </message>
</context>
<context>
    <name>RegistryTableModel</name>
    <message>
        <source>类别</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>来文单位</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>收文日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>办理时限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>紧急程度</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>承办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>2 个工作日内到期</source>
        <translation>Due within 2 working days</translation>
    </message>
    <message>
        <source>与更早的报表索要的数据几乎相同，详见右侧</source>
        <translation>Asks for nearly the same data as an earlier form; see the panel on the right</translation>
    </message>
    <message>
        <source>与更早登记的报表文号相同，详见右侧</source>
        <translation>Has the same document number as an earlier form; see the panel on the right</translation>
    </message>
    <message>
        <source>与更早的报表索要的数据有一半以上相同，详见右侧</source>
        <translation>More than half of its data was asked for by an earlier form; see the panel on the right</translation>
    </message>
</context>
<context>
    <name>RegistryView</name>
    <message>
        <source>＋ 登记（Ctrl+N）</source>
        <translation>+ Register (Ctrl+N)</translation>
    </message>
    <message>
        <source>导入报表模板…</source>
        <translation>Import form template…</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:#f8d7da&apos;&gt;&amp;nbsp;红色&amp;nbsp;&lt;/span&gt; 已逾期&#x3000;&lt;span style=&apos;background:#ffe8b3&apos;&gt;&amp;nbsp;黄色&amp;nbsp;&lt;/span&gt; 2 个工作日内到期</source>
        <translation>&lt;span style=&apos;background:#f8d7da&apos;&gt;&amp;nbsp;Red&amp;nbsp;&lt;/span&gt; Overdue&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;span style=&apos;background:#ffe8b3&apos;&gt;&amp;nbsp;Yellow&amp;nbsp;&lt;/span&gt; Due within 2 working days</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 件</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>导入报表模板</source>
        <translation>Import form template</translation>
    </message>
    <message>
        <source>Excel 表格 (*.xlsx *.xlsm *.xls *.ods);;所有文件 (*)</source>
        <translation>Excel spreadsheets (*.xlsx *.xlsm *.xls *.ods);;All files (*)</translation>
    </message>
    <message>
        <source>彻底删除</source>
        <translation>Delete permanently</translation>
    </message>
    <message>
        <source>确定要彻底删除“%1”吗？
删除后无法恢复，附件原件仍保留在文件库中。</source>
        <translation>Permanently delete &quot;%1&quot;?
This cannot be undone. The original attachments stay in the file store.</translation>
    </message>
    <message>
        <source>无法完成</source>
        <translation>Could not complete</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>基层减负监测报告</source>
        <translation>Burden monitoring report</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>导出减负监测报告</source>
        <translation>Export the burden monitoring report</translation>
    </message>
    <message>
        <source>正在生成减负监测报告 %1…</source>
        <translation>Writing the burden monitoring report %1…</translation>
    </message>
    <message>
        <source>没有导出报告</source>
        <translation>Report not exported</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>修改本单位信息…</source>
        <translation>Edit office details…</translation>
    </message>
    <message>
        <source>本单位信息</source>
        <translation>Office details</translation>
    </message>
    <message>
        <source>全称</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>简称</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>新单位全称，例如 县林业局</source>
        <translation>Full name of the new department, e.g. 县林业局</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>改名…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>删除/停用</source>
        <translation>Delete/Deactivate</translation>
    </message>
    <message>
        <source>来文单位</source>
        <translation>Sending departments</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>语言（重新启动后生效）</source>
        <translation>Language (takes effect after a restart)</translation>
    </message>
    <message>
        <source>备份与恢复…</source>
        <translation>Backup and restore…</translation>
    </message>
    <message>
        <source>备份到U盘…</source>
        <translation>Backup to a USB drive…</translation>
    </message>
    <message>
        <source>数据备份</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>审计日志…</source>
        <translation>Audit log…</translation>
    </message>
    <message>
        <source>账号与锁定…</source>
        <translation>Accounts and lock…</translation>
    </message>
    <message>
        <source>指标库（报表各列对应的统一字段）</source>
        <translation>Field catalog (the common fields form columns are mapped to)</translation>
    </message>
    <message>
        <source>区划代码：</source>
        <translation>Division code: </translation>
    </message>
    <message>
        <source>所属县：</source>
        <translation>County: </translation>
    </message>
    <message>
        <source>所属市（州）：</source>
        <translation>City (prefecture): </translation>
    </message>
    <message>
        <source>数据库：</source>
        <translation>Database: </translation>
    </message>
    <message>
        <source>尚未填写。</source>
        <translation>Not filled in yet.</translation>
    </message>
    <message>
        <source>使用中</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>无法完成</source>
        <translation>Could not complete</translation>
    </message>
    <message>
        <source>改名</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>单位全称：</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>该单位已有登记事项，不能删除，已改为停用（不再出现在选择列表中）。</source>
        <translation>This department has registered items and cannot be deleted, so it has been deactivated instead (it no longer appears in the choice lists).</translation>
    </message>
    <message>
        <source>界面语言将在重新启动程序后生效。</source>
        <translation>The new interface language takes effect when you restart the program.</translation>
    </message>
    <message>
        <source>最近一次备份：%1，共 %2 个备份。导入、登记模板、生成报送包之前和每天都会自动备份。</source>
        <translation>Last backup: %1, %2 backups in all. Yibiao backs up before imports, template registrations and package builds, and every day.</translation>
    </message>
    <message>
        <source>还没有备份。导入、登记模板、生成报送包之前和每天都会自动备份。</source>
        <translation>No backups yet. Yibiao backs up before imports, template registrations and package builds, and every day.</translation>
    </message>
</context>
<context>
    <name>SheetPreview</name>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>填报信息</source>
        <translation>Filing details</translation>
    </message>
    <message>
        <source>表头</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>示例行</source>
        <translation>Example row</translation>
    </message>
    <message>
        <source>数据区</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>表尾</source>
        <translation>Footer</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>切换账号</source>
        <translation>Switch account</translation>
    </message>
    <message>
        <source>登录一表通</source>
        <translation>Sign in to Yibiao</translation>
    </message>
    <message>
        <source>请选择您的账号并输入密码。</source>
        <translation>Choose your account and enter its password.</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>退出程序</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>账号</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>请先选择一个账号。</source>
        <translation>Choose an account first.</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <source>审核报送包</source>
        <translation>Sign off the package</translation>
    </message>
    <message>
        <source>审核报送周期 %1 的第 %2 版（下一次生成的版本）。审核后才能导出。</source>
        <translation>Sign off version %2 of cycle %1 (the version the next build carries). It can be exported only after the sign-off.</translation>
    </message>
    <message>
        <source>审核人</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>填表人</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <source>审核通过</source>
        <translation>Sign off</translation>
    </message>
    <message>
        <source>还没有审核人账号。请管理员先添加一个审核人。</source>
        <translation>There is no reviewer account yet. Ask an administrator to add one.</translation>
    </message>
</context>
<context>
    <name>StatusTab</name>
    <message>
        <source>按时：截止日期前收到&#x3000;逾期：截止日期后收到&#x3000;缺报：过了截止日期还没收到&#x3000;未到期：还没到截止日期&#x3000;已收到：没有截止日期的报表已收到</source>
        <translation>On time: by the due date · Late: after it · Missing: past the due date, not received · Not due: due date ahead · Received: a form with no due date came in</translation>
    </message>
    <message>
        <source>周期：</source>
        <translation>Cycle:</translation>
    </message>
    <message>
        <source>齐全情况在此版本中尚不可用。</source>
        <translation>Completeness is not available in this version.</translation>
    </message>
    <message>
        <source>还没有收到任何报送包，也没有到期的报表。</source>
        <translation>No packages received yet and no forms due.</translation>
    </message>
    <message>
        <source>%1 个乡镇中 %2 个已报送。按时 %3 份，逾期 %4 份，缺报 %5 份，未到期 %6 份。</source>
        <translation>%2 of %1 townships have reported. On time %3, late %4, missing %5, not due yet %6.</translation>
    </message>
    <message>
        <source>表号 %1</source>
        <translation>Form no. %1</translation>
    </message>
    <message>
        <source>不在报表目录中（清单外）</source>
        <translation>Not on the whitelist</translation>
    </message>
    <message>
        <source>截止 %1</source>
        <translation>Due %1</translation>
    </message>
    <message>
        <source>%1 行</source>
        <translation>%1 rows</translation>
    </message>
    <message>
        <source>按时</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>已收到</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>未到期</source>
        <translation>Not due</translation>
    </message>
    <message>
        <source>缺报</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>第 %1 版，%2 导入</source>
        <translation>Version %1, imported %2</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>将导入</source>
        <translation>Will import</translation>
    </message>
    <message>
        <source>将导入（新版本）</source>
        <translation>Will import (newer version)</translation>
    </message>
    <message>
        <source>已导入</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>以前已导入</source>
        <translation>Imported before</translation>
    </message>
    <message>
        <source>旧版本，不导入</source>
        <translation>Older version, not imported</translation>
    </message>
    <message>
        <source>密钥待核对</source>
        <translation>Key to be checked</translation>
    </message>
    <message>
        <source>拒收</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>SyncTables</name>
    <message>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>周期</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>报表</source>
        <translation>Forms</translation>
    </message>
    <message>
        <source>行数</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>文件：%1</source>
        <translation>File: %1</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>同步 · 县级</source>
        <translation>Sync · County</translation>
    </message>
    <message>
        <source>同步 · 乡镇</source>
        <translation>Sync · Township</translation>
    </message>
    <message>
        <source>本单位密钥指纹：%1</source>
        <translation>This office&apos;s key fingerprint: %1</translation>
    </message>
    <message>
        <source>密钥功能在此版本中尚不可用。</source>
        <translation>Keys are not available in this version.</translation>
    </message>
    <message>
        <source>无法读取本单位密钥：%1</source>
        <translation>Cannot read this office&apos;s key: %1</translation>
    </message>
    <message>
        <source>%1的密钥指纹：%2</source>
        <translation>Key fingerprint of %1: %2</translation>
    </message>
    <message>
        <source>县里</source>
        <translation>the county</translation>
    </message>
    <message>
        <source>还没有导入县里的配置包</source>
        <translation>The county&apos;s configuration package has not been imported yet</translation>
    </message>
</context>
<context>
    <name>TaskProgressDialog</name>
    <message>
        <source>请稍候</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>7 日内到期</source>
        <translation>Due within 7 days</translation>
    </message>
    <message>
        <source>本周会议</source>
        <translation>Meetings this week</translation>
    </message>
    <message>
        <source>双击一项打开详情。红色：已逾期；黄色：2 个工作日内到期（与收文登记的颜色相同）。</source>
        <translation>Double-click an item to open it. Red: overdue; yellow: due within 2 working days (the same colours as the Incoming register).</translation>
    </message>
    <message>
        <source>%1&#x3000;今天是 %2</source>
        <translation>%1&#x3000;Today is %2</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>TownshipPanel</name>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>发出单位</source>
        <translation>From</translation>
    </message>
    <message>
        <source>周期或版本</source>
        <translation>Cycle or version</translation>
    </message>
    <message>
        <source>签名密钥指纹</source>
        <translation>Signing key fingerprint</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>导入选中的配置包</source>
        <translation>Import the selected configuration package</translation>
    </message>
    <message>
        <source>重新读取</source>
        <translation>Read again</translation>
    </message>
    <message>
        <source>U 盘上的数据包</source>
        <translation>Packages on the drive</translation>
    </message>
    <message>
        <source>县里的配置包（.yibiao）带来报表目录、截止日期、指标库和县里的公钥。插入县里给的 U 盘，选中配置包后导入。</source>
        <translation>The county&apos;s configuration package (.yibiao) brings the form whitelist, due dates, the field catalog and the county&apos;s public key. Plug in the drive from the county, select the configuration package and import it.</translation>
    </message>
    <message>
        <source>导入配置包</source>
        <translation>Import configuration package</translation>
    </message>
    <message>
        <source>写入 U 盘…</source>
        <translation>Copy to USB drive…</translation>
    </message>
    <message>
        <source>本乡镇的报送包</source>
        <translation>This township&apos;s packages</translation>
    </message>
    <message>
        <source>还没有生成报送包。报送包在“报送周期”页生成；生成后可以在这里或那里写入 U 盘。</source>
        <translation>No package built yet. Packages are built on the Cycles page; once built, write them to a USB drive here or there.</translation>
    </message>
    <message>
        <source>最新：%1 第 %2 版（%3 生成，%4 张报表，%5 行）</source>
        <translation>Newest: %1 version %2 (built %3, %4 forms, %5 rows)</translation>
    </message>
    <message>
        <source>请先在左边选中 U 盘或文件夹。</source>
        <translation>First select a USB drive or folder on the left.</translation>
    </message>
    <message>
        <source>正在读取 %1 上的数据包…</source>
        <translation>Reading the packages on %1…</translation>
    </message>
    <message>
        <source>%1 上没有找到数据包（.yibiao 文件）。</source>
        <translation>No packages (.yibiao files) found on %1.</translation>
    </message>
    <message>
        <source>共 %1 个数据包，其中配置包 %2 个。</source>
        <translation>%1 packages, %2 of them configuration packages.</translation>
    </message>
    <message>
        <source>无法读取</source>
        <translation>Unreadable</translation>
    </message>
    <message>
        <source>配置包</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>第 %1 版</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>报送包</source>
        <translation>Submission</translation>
    </message>
    <message>
        <source>已加密</source>
        <translation>Encrypted</translation>
    </message>
    <message>
        <source>无签名（旧格式）</source>
        <translation>Unsigned (old format)</translation>
    </message>
    <message>
        <source>文件：%1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>读取 U 盘上数据包的功能在此版本中尚不可用。</source>
        <translation>Reading packages on a drive is not available in this version.</translation>
    </message>
    <message>
        <source>无法读取：%1</source>
        <translation>Cannot read: %1</translation>
    </message>
    <message>
        <source>正在导入配置包 %1：核对签名，更新指标库、部门和报表目录…</source>
        <translation>Importing configuration package %1: checking the signature, updating the catalog, departments and whitelist…</translation>
    </message>
    <message>
        <source>导入配置包的功能在此版本中尚不可用。</source>
        <translation>Importing a configuration package is not available in this version.</translation>
    </message>
    <message>
        <source>没有导入：%1</source>
        <translation>Not imported: %1</translation>
    </message>
    <message>
        <source>没有导入配置包</source>
        <translation>Configuration package not imported</translation>
    </message>
    <message>
        <source>县里</source>
        <translation>the county</translation>
    </message>
    <message>
        <source>%1的第 %2 版配置包以前已导入，这次没有改动。</source>
        <translation>Version %2 of the configuration from %1 was imported before; nothing changed.</translation>
    </message>
    <message>
        <source>已导入%1的第 %2 版配置包。</source>
        <translation>Imported version %2 of the configuration from %1.</translation>
    </message>
    <message>
        <source>报表目录 %1 张表；新登记报表 %2 份（以前已登记 %3 份）；新增部门 %4 个；新同义词 %5 条。</source>
        <translation>Whitelist: %1 forms; %2 forms newly registered (%3 registered before); %4 departments added; %5 new synonyms.</translation>
    </message>
    <message>
        <source>第一次导入：已记下县里的密钥，指纹 %1。以后只接受同一把密钥签名的配置包。</source>
        <translation>First import: the county&apos;s key was recorded, fingerprint %1. From now on only configuration packages signed with this key are accepted.</translation>
    </message>
    <message>
        <source>县里的密钥指纹 %1，与以前的一致。</source>
        <translation>County key fingerprint %1, the same as before.</translation>
    </message>
    <message>
        <source> 等 %1 份</source>
        <translation> and others, %1 in all</translation>
    </message>
    <message>
        <source>新登记：%1（在“报表”页查看）</source>
        <translation>Newly registered: %1 (see the Forms page)</translation>
    </message>
</context>
<context>
    <name>TownshipsTab</name>
    <message>
        <source>区划代码</source>
        <translation>Area code</translation>
    </message>
    <message>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>密钥指纹</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <source>密钥</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>最近的报送包</source>
        <translation>Latest package</translation>
    </message>
    <message>
        <source>核对密钥指纹并信任…</source>
        <translation>Check fingerprint and trust…</translation>
    </message>
    <message>
        <source>乡镇第一次报送时，它的密钥要由您核对一次：对照乡镇报告封面上印的“本单位密钥指纹”，一致才信任。以后这个乡镇的报送包必须用同一把密钥签名，否则拒收。</source>
        <translation>When a township reports for the first time, check its key once: compare it with the &quot;key fingerprint&quot; printed on the township&apos;s report cover and trust it only if they match. Later packages from that township must be signed with the same key or they are refused.</translation>
    </message>
    <message>
        <source>乡镇名单和密钥核对在此版本中尚不可用。</source>
        <translation>The township list and key check are not available in this version.</translation>
    </message>
    <message>
        <source>密钥变了，待核对</source>
        <translation>Key changed, to be checked</translation>
    </message>
    <message>
        <source>待核对</source>
        <translation>To be checked</translation>
    </message>
    <message>
        <source>已核对 %1</source>
        <translation>Checked %1</translation>
    </message>
    <message>
        <source>尚未收到报送包</source>
        <translation>No package yet</translation>
    </message>
    <message>
        <source>没有信任 %1 的密钥。</source>
        <translation>The key of %1 was not trusted.</translation>
    </message>
    <message>
        <source>无法信任</source>
        <translation>Cannot trust</translation>
    </message>
    <message>
        <source>已信任 %1 的密钥。请重新导入它的报送包。</source>
        <translation>The key of %1 is trusted. Import its packages again.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>每月收到的事项</source>
        <translation>Items received per month</translation>
    </message>
    <message>
        <source>去年同期合计</source>
        <translation>Same months last year</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>%1 的报送包用这把密钥签名。</source>
        <translation>The packages of %1 are signed with this key.</translation>
    </message>
    <message>
        <source>请核对乡镇报告封面上印的密钥指纹：</source>
        <translation>Please compare with the key fingerprint printed on the township&apos;s report cover:</translation>
    </message>
    <message>
        <source>是否一致？不一致时请不要信任，先打电话向乡镇核实。</source>
        <translation>Do they match? If not, do not trust it; call the township to check first.</translation>
    </message>
    <message>
        <source>注意：这个乡镇已登记的密钥是 %1。确认后新密钥取代旧密钥（例如乡镇换了电脑）。</source>
        <translation>Note: the key registered for this township is %1. Confirming replaces it with the new key (e.g. the township has a new computer).</translation>
    </message>
    <message>
        <source>核对乡镇密钥</source>
        <translation>Check the township&apos;s key</translation>
    </message>
    <message>
        <source>一致，信任</source>
        <translation>They match, trust</translation>
    </message>
    <message>
        <source>不一致或没核对</source>
        <translation>No match / not checked</translation>
    </message>
</context>
<context>
    <name>UsbCopyDialog</name>
    <message>
        <source>选择要写入的文件夹</source>
        <translation>Choose a folder to copy to</translation>
    </message>
    <message>
        <source>写入 U 盘</source>
        <translation>Copy to USB drive</translation>
    </message>
    <message>
        <source>要写入的报送包：%1（%2）</source>
        <translation>Submission package to copy: %1 (%2)</translation>
    </message>
    <message>
        <source>没有找到 U 盘。请插入 U 盘，稍等几秒；也可以点“选择其他文件夹…”。</source>
        <translation>No USB drive found. Please insert a USB drive and wait a few seconds, or click &quot;Choose another folder…&quot;.</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>选择其他文件夹…</source>
        <translation>Choose another folder…</translation>
    </message>
    <message>
        <source>写入</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>打开 U 盘</source>
        <translation>Open USB drive</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>选中要写入的 U 盘（或文件夹），再点“写入”：</source>
        <translation>Select the USB drive (or folder) to copy to, then click &quot;Copy&quot;:</translation>
    </message>
    <message>
        <source>文件夹：%1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <source>正在写入…</source>
        <translation>Copying…</translation>
    </message>
    <message>
        <source>正在读回校验…</source>
        <translation>Checking the copy…</translation>
    </message>
    <message>
        <source>正在把 %1 写入 %2，请不要拔出 U 盘…</source>
        <translation>Copying %1 to %2. Do not remove the USB drive…</translation>
    </message>
    <message>
        <source>正在把 %1 写入 %2…</source>
        <translation>Writing %1 to %2…</translation>
    </message>
    <message>
        <source>写入文件夹</source>
        <translation>Write to folder</translation>
    </message>
    <message>
        <source>已取消写入，U 盘上没有留下不完整的文件。</source>
        <translation>Copying cancelled. No incomplete files were left on the USB drive.</translation>
    </message>
    <message>
        <source>没有写入 U 盘</source>
        <translation>Not copied to USB drive</translation>
    </message>
    <message>
        <source>已写入 U 盘：%1
读回校验一致（%2），可以安全弹出 U 盘。</source>
        <translation>Written to the USB drive: %1
Read back and verified (%2); you can safely eject the drive.</translation>
    </message>
    <message>
        <source>已写入文件夹：%1
读回校验一致（%2）。</source>
        <translation>Written to the folder: %1
Read back and verified (%2).</translation>
    </message>
    <message>
        <source>数据包指纹 %1</source>
        <translation>package fingerprint %1</translation>
    </message>
    <message>
        <source>文件 SHA-256 前 12 位 %1</source>
        <translation>file SHA-256, first 12 characters: %1</translation>
    </message>
    <message>
        <source>写入完成</source>
        <translation>Copy complete</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>账号与锁定</source>
        <translation>Accounts and lock</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>创建时间</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>添加账号…</source>
        <translation>Add account…</translation>
    </message>
    <message>
        <source>停用账号</source>
        <translation>Disable account</translation>
    </message>
    <message>
        <source>修改我的密码…</source>
        <translation>Change my password…</translation>
    </message>
    <message>
        <source>账号列表</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <source>不自动锁定</source>
        <translation>Never (only when asked)</translation>
    </message>
    <message>
        <source>应用</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>取消程序锁</source>
        <translation>Remove the program lock</translation>
    </message>
    <message>
        <source>空闲多久后自动锁定：</source>
        <translation>Lock automatically after idle for:</translation>
    </message>
    <message>
        <source>程序锁</source>
        <translation>Program lock</translation>
    </message>
    <message>
        <source>当前登录：%1（%2）</source>
        <translation>Signed in: %1 (%2)</translation>
    </message>
    <message>
        <source>当前没有登录的账号。</source>
        <translation>Nobody is signed in.</translation>
    </message>
    <message>
        <source>本单位还没有账号，程序不要求登录。添加的第一个账号须是管理员；有了账号后，启动时须登录。</source>
        <translation>This office has no accounts yet, so no sign-in is asked. The first account added must be an administrator; once there are accounts, everyone signs in at start.</translation>
    </message>
    <message>
        <source>已停用（%1）</source>
        <translation>Disabled (%1)</translation>
    </message>
    <message>
        <source>使用中 · 当前登录</source>
        <translation>Active · signed in</translation>
    </message>
    <message>
        <source>使用中</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>没有设置程序锁：程序打开后谁都可以使用。</source>
        <translation>No program lock: anyone can use the program once it is open.</translation>
    </message>
    <message>
        <source>已设置程序锁：启动时和空闲 %1 分钟后锁定，输入锁定密码或当前账号的密码解锁。</source>
        <translation>Program lock set: locks at start and after %1 minutes idle; the lock password or the signed-in account&apos;s password unlocks it.</translation>
    </message>
    <message>
        <source>已设置程序锁：启动时和按 Ctrl+L 时锁定，不自动锁定。</source>
        <translation>Program lock set: locks at start and on Ctrl+L, never automatically.</translation>
    </message>
    <message>
        <source>修改锁定密码…</source>
        <translation>Change lock password…</translation>
    </message>
    <message>
        <source>设置锁定密码…</source>
        <translation>Set lock password…</translation>
    </message>
    <message>
        <source>数据库以只读方式打开（已损坏），不能修改。请先从备份恢复。</source>
        <translation>The database is open read-only (damaged) and cannot be changed. Restore it from a backup first.</translation>
    </message>
    <message>
        <source>只有登录的管理员可以添加、停用账号和修改程序锁。请以管理员账号登录（切换账号…）。</source>
        <translation>Only a signed-in administrator can add or disable accounts and change the program lock. Sign in as an administrator (Switch account…).</translation>
    </message>
    <message>
        <source>还没有账号。</source>
        <translation>There are no accounts yet.</translation>
    </message>
    <message>
        <source>请先登录，才能修改自己的密码。</source>
        <translation>Sign in first to change your own password.</translation>
    </message>
    <message>
        <source>请先设置锁定密码。</source>
        <translation>Set a lock password first.</translation>
    </message>
    <message>
        <source>没有设置程序锁。</source>
        <translation>No program lock is set.</translation>
    </message>
    <message>
        <source>无法完成</source>
        <translation>Could not complete</translation>
    </message>
    <message>
        <source>请先在列表中选择要停用的账号。</source>
        <translation>Choose the account to disable in the list first.</translation>
    </message>
    <message>
        <source>停用账号“%1”？停用后不能再登录和审核；账号不会删除，审计日志和审核记录仍写着它。</source>
        <translation>Disable the account “%1”? It can no longer sign in or sign off; it is not deleted, and the audit log and sign-offs still name it.</translation>
    </message>
    <message>
        <source>修改我的密码</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>账号“%1”的新密码。请先输入原密码。</source>
        <translation>A new password for “%1”. Enter the current password first.</translation>
    </message>
    <message>
        <source>程序锁密码</source>
        <translation>Program lock password</translation>
    </message>
    <message>
        <source>锁定密码至少 4 个字符。程序启动时、按 Ctrl+L 时和空闲时间到后锁定，输入此密码解锁。</source>
        <translation>The lock password has at least 4 characters. The program locks at start, on Ctrl+L and after the idle time; this password unlocks it.</translation>
    </message>
    <message>
        <source>取消程序锁？之后程序启动和空闲时都不再锁定。</source>
        <translation>Remove the program lock? The program will then no longer lock at start or when idle.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>这个单位的数据库“{path}”已经在另一个一表通窗口中打开。请切换到那个窗口继续工作（同一个单位只能打开一个窗口）。</source>
        <translation>This office&apos;s database “{path}” is already open in another Yibiao window. Please switch to that window to continue (one office opens in one window only).</translation>
    </message>
    <message>
        <source>一表通已经打开</source>
        <translation>Yibiao is already open</translation>
    </message>
    <message>
        <source>这个单位的数据库“{path}”已经在另一个一表通窗口中打开，已切换到那个窗口。</source>
        <translation>This office&apos;s database “{path}” is already open in another Yibiao window; switched to that window.</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>导入台账</source>
        <translation>Ledger import</translation>
    </message>
    <message>
        <source>修改台账数据</source>
        <translation>Ledger value edit</translation>
    </message>
    <message>
        <source>撤销台账修改</source>
        <translation>Ledger edit undone</translation>
    </message>
    <message>
        <source>登记报表模板</source>
        <translation>Template registered</translation>
    </message>
    <message>
        <source>生成报送包</source>
        <translation>Package built</translation>
    </message>
    <message>
        <source>导出报送包</source>
        <translation>Package exported</translation>
    </message>
    <message>
        <source>标记为已报送</source>
        <translation>Marked as submitted</translation>
    </message>
    <message>
        <source>导出填好的报表</source>
        <translation>Filled form exported</translation>
    </message>
    <message>
        <source>备份到U盘</source>
        <translation>Backup to USB drive</translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation>Restored from a backup</translation>
    </message>
    <message>
        <source>导入县级配置</source>
        <translation>County configuration imported</translation>
    </message>
    <message>
        <source>导出县级配置</source>
        <translation>County configuration exported</translation>
    </message>
    <message>
        <source>导入乡镇报送包</source>
        <translation>Township package imported</translation>
    </message>
    <message>
        <source>添加乡镇</source>
        <translation>Township added</translation>
    </message>
    <message>
        <source>确认乡镇密钥</source>
        <translation>Township key trusted</translation>
    </message>
    <message>
        <source>查看完整个人信息</source>
        <translation>Personal data revealed</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <source>添加账号</source>
        <translation>Account added</translation>
    </message>
    <message>
        <source>设置程序锁</source>
        <translation>Program lock set</translation>
    </message>
    <message>
        <source>取消程序锁</source>
        <translation>Remove the program lock</translation>
    </message>
    <message>
        <source>停用账号</source>
        <translation>Disable account</translation>
    </message>
    <message>
        <source>修改账号密码</source>
        <translation>Change an account&apos;s password</translation>
    </message>
    <message>
        <source>审核签字</source>
        <translation>Review sign-off</translation>
    </message>
    <message>
        <source>清理过期数据</source>
        <translation>Old data purged</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>手动备份</source>
        <translation>Manual backup</translation>
    </message>
    <message>
        <source>每日自动备份</source>
        <translation>Daily automatic backup</translation>
    </message>
    <message>
        <source>升级数据格式前</source>
        <translation>Before a data format upgrade</translation>
    </message>
    <message>
        <source>导入台账前</source>
        <translation>Before a ledger import</translation>
    </message>
    <message>
        <source>登记报表模板前</source>
        <translation>Before a template registration</translation>
    </message>
    <message>
        <source>生成报送包前</source>
        <translation>Before a package build</translation>
    </message>
    <message>
        <source>导入县级配置前</source>
        <translation>Before a county configuration import</translation>
    </message>
    <message>
        <source>导入乡镇报送包前</source>
        <translation>Before importing township packages</translation>
    </message>
    <message>
        <source>恢复备份前</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <source>备份到U盘</source>
        <translation>Backup to USB drive</translation>
    </message>
    <message>
        <source>从U盘还原</source>
        <translation>Restore from a USB drive</translation>
    </message>
    <message>
        <source>清理过期台账数据前</source>
        <translation>before purging old ledger data</translation>
    </message>
</context>
<context>
    <name>burden</name>
    <message>
        <source>工作任务</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>报表</source>
        <translation>Forms</translation>
    </message>
    <message>
        <source>清单外报表</source>
        <translation>Off-whitelist forms</translation>
    </message>
    <message>
        <source>重复数据请求</source>
        <translation>Duplicate data requests</translation>
    </message>
    <message>
        <source>会议小时</source>
        <translation>Meeting hours</translation>
    </message>
    <message>
        <source>要求主要负责人参会</source>
        <translation>Meetings requiring the principal leader</translation>
    </message>
    <message>
        <source>时限不足3个工作日</source>
        <translation>Deadlines under 3 working days</translation>
    </message>
    <message>
        <source>日报/周报要求</source>
        <translation>Daily/weekly report demands</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>一表通·乡镇版 — 收文登记、报表整合与报送。不带子命令时打开窗口。</source>
        <translation>Yibiao (township edition) — incoming items, form consolidation and submission. Without a command it opens the window.</translation>
    </message>
    <message>
        <source>数据库文件（默认：用户数据目录；或环境变量 YIBIAO_DB）</source>
        <translation>database file (default: the user data folder, or the environment variable YIBIAO_DB)</translation>
    </message>
    <message>
        <source>打开示范单位（已填好示例数据）</source>
        <translation>open the demo office (filled with example data)</translation>
    </message>
    <message>
        <source>界面语言：zh_CN（默认）或 en</source>
        <translation>interface language: zh_CN (default) or en</translation>
    </message>
    <message>
        <source>以 JSON 输出结果</source>
        <translation>output as JSON</translation>
    </message>
    <message>
        <source>打开窗口并打开这个文件（数据包 .yibiao）；也可以直接写 yibiao 文件</source>
        <translation>Open the window on this file (a .yibiao package); `yibiao FILE` does the same</translation>
    </message>
    <message>
        <source>报送包或配置包（.yibiao）</source>
        <translation>a submission or configuration package (.yibiao)</translation>
    </message>
    <message>
        <source>错误：{message}</source>
        <translation>Error: {message}</translation>
    </message>
    <message>
        <source>数据库“{path}”暂时无法使用（{reason}）。请关闭其他正在使用它的一表通窗口后重试。</source>
        <translation>The database &quot;{path}&quot; cannot be used right now ({reason}). Close any other Yibiao window using it and try again.</translation>
    </message>
    <message>
        <source>task | meeting | form（工作任务/会议/报表）</source>
        <translation>task | meeting | form</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>来文单位（全称或简称）</source>
        <translation>department (full or short name)</translation>
    </message>
    <message>
        <source>文号，例如 县人社发〔2026〕12号</source>
        <translation>document number, e.g. 县人社发〔2026〕12号</translation>
    </message>
    <message>
        <source>收文日期 YYYY-MM-DD（默认今天）</source>
        <translation>date received YYYY-MM-DD (default today)</translation>
    </message>
    <message>
        <source>办理时限 YYYY-MM-DD[THH:MM]</source>
        <translation>deadline YYYY-MM-DD[THH:MM]</translation>
    </message>
    <message>
        <source>平件 | 加急 | 特急</source>
        <translation>平件 (normal) | 加急 (urgent) | 特急 (most urgent)</translation>
    </message>
    <message>
        <source>非密 | 内部（涉密文件不得登记）</source>
        <translation>非密 (not classified) | 内部 (internal; classified documents must not be registered)</translation>
    </message>
    <message>
        <source>待办 | 办理中 | 已完成 | 已报送</source>
        <translation>待办 (to do) | 办理中 (in progress) | 已完成 (done) | 已报送 (submitted)</translation>
    </message>
    <message>
        <source>承办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>会议开始 YYYY-MM-DDTHH:MM</source>
        <translation>meeting start YYYY-MM-DDTHH:MM</translation>
    </message>
    <message>
        <source>会议结束 YYYY-MM-DDTHH:MM</source>
        <translation>meeting end YYYY-MM-DDTHH:MM</translation>
    </message>
    <message>
        <source>会议地点</source>
        <translation>meeting place</translation>
    </message>
    <message>
        <source>现场 | 视频</source>
        <translation>现场 (in person) | 视频 (video)</translation>
    </message>
    <message>
        <source>主要负责人须参会：是 | 否</source>
        <translation>the principal must attend: 是 (yes) | 否 (no)</translation>
    </message>
    <message>
        <source>可委派他人参会：是 | 否</source>
        <translation>someone else may attend: 是 (yes) | 否 (no)</translation>
    </message>
    <message>
        <source>进度报送：一次性 | 日报 | 周报 | 月报</source>
        <translation>progress reports: 一次性 (once) | 日报 (daily) | 周报 (weekly) | 月报 (monthly)</translation>
    </message>
    <message>
        <source>提示：{message}</source>
        <translation>Note: {message}</translation>
    </message>
    <message>
        <source>（没有符合条件的事项）</source>
        <translation>(no matching items)</translation>
    </message>
    <message>
        <source>事项 {id} 已彻底删除。</source>
        <translation>Item {id} has been permanently deleted.</translation>
    </message>
    <message>
        <source>事项 {id} 还没有记录办理进展。</source>
        <translation>Item {id} has no progress reports yet.</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>7 日内到期</source>
        <translation>Due within 7 days</translation>
    </message>
    <message>
        <source>本周会议</source>
        <translation>Meetings this week</translation>
    </message>
    <message>
        <source>收文登记：登记、查询、修改、归档</source>
        <translation>Incoming items: register, search, change, archive</translation>
    </message>
    <message>
        <source>登记一件事项</source>
        <translation>register an item</translation>
    </message>
    <message>
        <source>修改事项（只改给出的字段）</source>
        <translation>change an item (only the fields given)</translation>
    </message>
    <message>
        <source>附件（原件原样保存），可多次使用</source>
        <translation>attachment (the original is kept as it is); may be given more than once</translation>
    </message>
    <message>
        <source>来文单位不在列表中（也不是其中单位的简称或旧称）时，把它添加为新的来文单位</source>
        <translation>add the department as a new one when it is not in the list (nor a short or former name of one)</translation>
    </message>
    <message>
        <source>列出事项</source>
        <translation>list items</translation>
    </message>
    <message>
        <source>在标题、文号、备注中全文检索</source>
        <translation>full-text search in title, document number and notes</translation>
    </message>
    <message>
        <source>只列未办结（待办、办理中）</source>
        <translation>only items not finished (to do, in progress)</translation>
    </message>
    <message>
        <source>包括已归档</source>
        <translation>include archived items</translation>
    </message>
    <message>
        <source>查看事项</source>
        <translation>show an item</translation>
    </message>
    <message>
        <source>归档事项</source>
        <translation>archive an item</translation>
    </message>
    <message>
        <source>取消归档</source>
        <translation>Unarchive</translation>
    </message>
    <message>
        <source>彻底删除一件已归档事项（不可恢复）</source>
        <translation>delete an archived item for good (cannot be undone)</translation>
    </message>
    <message>
        <source>确认彻底删除</source>
        <translation>confirm deleting for good</translation>
    </message>
    <message>
        <source>办理进展：查看，或用 --add 记录一条</source>
        <translation>progress notes: show them, or record one with --add</translation>
    </message>
    <message>
        <source>记录一条办理进展</source>
        <translation>record a progress note</translation>
    </message>
    <message>
        <source>进展日期（默认今天）</source>
        <translation>date of the note (default today)</translation>
    </message>
    <message>
        <source>今日：逾期、7 日内到期、本周会议</source>
        <translation>Today: overdue, due within 7 days, this week&apos;s meetings</translation>
    </message>
    <message>
        <source>示范单位已就绪：{office}，{items} 件事项，来自 {departments} 个单位。数据库：{path}</source>
        <translation>Demo office ready: {office}, {items} items from {departments} departments. Database: {path}</translation>
    </message>
    <message>
        <source>报送周期 {cycle} 已可生成报送包：yibiao --db {path} package build --cycle {cycle} --out 文件夹</source>
        <translation>Reporting cycle {cycle} is ready for its submission package: yibiao --db {path} package build --cycle {cycle} --out FOLDER</translation>
    </message>
    <message>
        <source>县级示范单位已就绪：{office}，{townships} 个乡镇，报表目录 {whitelist} 项，密钥指纹 {fingerprint}。生成配置包：yibiao --db {path} config export --out 文件夹</source>
        <translation>County demo office ready: {office}, {townships} townships, {whitelist} whitelist entries, key fingerprint {fingerprint}. Make the configuration package: yibiao --db {path} config export --out FOLDER</translation>
    </message>
    <message>
        <source>尚未设置单位信息。请运行 yibiao profile set …</source>
        <translation>Office details are not set yet. Run yibiao profile set …</translation>
    </message>
    <message>
        <source>在 --db 指定的数据库中生成示范单位数据</source>
        <translation>Make a demo office in the database given by --db</translation>
    </message>
    <message>
        <source>乡镇（默认）或县级示范单位</source>
        <translation>township (default) or county demo office</translation>
    </message>
    <message>
        <source>另一个示范单位的名称，例如 杨柳乡人民政府（乡镇须与 --code 一起给出）</source>
        <translation>name of another demo office, e.g. 杨柳乡人民政府 (a township needs --code too)</translation>
    </message>
    <message>
        <source>另一个示范单位的 12 位区划代码，例如 530699113000</source>
        <translation>12-digit area code of another demo office, e.g. 530699113000</translation>
    </message>
    <message>
        <source>来文单位名单</source>
        <translation>The list of departments</translation>
    </message>
    <message>
        <source>列出来文单位</source>
        <translation>list the departments</translation>
    </message>
    <message>
        <source>包括已停用的单位</source>
        <translation>include departments no longer in use</translation>
    </message>
    <message>
        <source>添加来文单位</source>
        <translation>add a department</translation>
    </message>
    <message>
        <source>简称，例如 县人社局</source>
        <translation>short name, e.g. 县人社局</translation>
    </message>
    <message>
        <source>本单位信息</source>
        <translation>Office details</translation>
    </message>
    <message>
        <source>查看本单位信息</source>
        <translation>show this office&apos;s details</translation>
    </message>
    <message>
        <source>设置本单位信息</source>
        <translation>set this office&apos;s details</translation>
    </message>
    <message>
        <source>乡镇 | 县级</source>
        <translation>乡镇 (township) | 县级 (county)</translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation>Office name</translation>
    </message>
    <message>
        <source>12 位统计用区划代码</source>
        <translation>12-digit statistical area code</translation>
    </message>
    <message>
        <source>所属县（市、区）</source>
        <translation>County (city, district)</translation>
    </message>
    <message>
        <source>所属市（州），可不填；不给出时保留已保存的</source>
        <translation>prefecture (city, autonomous prefecture), optional; kept as saved when not given</translation>
    </message>
    <message>
        <source>工作表：{sheet}&#x3000;对象：{entity}&#x3000;标题：{title}</source>
        <translation>Sheet: {sheet}   Rows are: {entity}   Title: {title}</translation>
    </message>
    <message>
        <source>表头行：{first}–{last}&#x3000;示例行：{example}&#x3000;数据起始行：{start}</source>
        <translation>Header rows: {first}–{last}   Example row: {example}   Data starts at row: {start}</translation>
    </message>
    <message>
        <source>已记住：“{wording}” → {field}</source>
        <translation>Remembered: &quot;{wording}&quot; → {field}</translation>
    </message>
    <message>
        <source>已导出 {synonyms} 个同义词、{custom} 个自定义字段到 {file}</source>
        <translation>Exported {synonyms} synonyms and {custom} custom fields to {file}</translation>
    </message>
    <message>
        <source>冲突</source>
        <translation>conflict</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>new</translation>
    </message>
    <message>
        <source>已有</source>
        <translation>known</translation>
    </message>
    <message>
        <source>无此字段</source>
        <translation>no such field</translation>
    </message>
    <message>
        <source>{files} 个文件：冲突 {conflict} 条（{wordings} 个用语），新增 {new} 条，已有 {known} 条</source>
        <translation>{files} files: {conflict} conflicting ({wordings} wordings), {new} new, {known} known</translation>
    </message>
    <message>
        <source>{name}（新自定义字段）</source>
        <translation>{name} (new custom field)</translation>
    </message>
    <message>
        <source>  自定义字段 {name}（{entity}）[{status}]&#x3000;{offices}</source>
        <translation>  custom field {name} ({entity}) [{status}]  {offices}</translation>
    </message>
    <message>
        <source>新增 {added} 个同义词（已有 {known} 个），新建 {custom} 个自定义字段，跳过 {skipped} 个</source>
        <translation>Added {added} synonyms ({known} already known), created {custom} custom fields, skipped {skipped}</translation>
    </message>
    <message>
        <source>本版本指标库中没有这些字段，已跳过：</source>
        <translation>This version&apos;s field catalog has no such fields; skipped:</translation>
    </message>
    <message>
        <source>未导入（冲突的用语可用 --choose 用语=字段 指定含义后再导入）：</source>
        <translation>Not imported (for a conflicting wording, name its meaning with --choose WORDING=FIELD and import again):</translation>
    </message>
    <message>
        <source>未选这个含义</source>
        <translation>another meaning was chosen</translation>
    </message>
    <message>
        <source>按 --skip 不导入</source>
        <translation>left out by --skip</translation>
    </message>
    <message>
        <source>只有一个单位教过</source>
        <translation>taught by one office only</translation>
    </message>
    <message>
        <source>按所选含义，不再使用这些同义词：</source>
        <translation>Replaced by the chosen meaning, these synonyms are no longer used:</translation>
    </message>
    <message>
        <source>报表模板：识别版式与字段对应，登记报表</source>
        <translation>Form templates: recognise the layout and the fields, register forms</translation>
    </message>
    <message>
        <source>指标库：查看字段、添加同义词和自定义字段</source>
        <translation>Field catalogue: show fields, add synonyms and custom fields</translation>
    </message>
    <message>
        <source>姓名、出生日期、所在村相同</source>
        <translation>same name, date of birth and village</translation>
    </message>
    <message>
        <source>身份号码只差一位，姓名相同</source>
        <translation>ID number differs by one digit, same name</translation>
    </message>
    <message>
        <source>更正了以前录错的身份号码</source>
        <translation>corrects an ID number that was entered wrongly before</translation>
    </message>
    <message>
        <source>试导入（未写入台账）：{file}</source>
        <translation>Dry run (nothing written to the ledger): {file}</translation>
    </message>
    <message>
        <source>已导入台账：{file}</source>
        <translation>Imported into the ledger: {file}</translation>
    </message>
    <message>
        <source>读取 {rows} 行；新对象 {new} 个；新数据 {values} 项；更新 {updated} 项；未变 {unchanged} 项</source>
        <translation>{rows} rows read; {new} new entities; {values} new facts; {updated} updated; {unchanged} unchanged</translation>
    </message>
    <message>
        <source>完全重复的行 {duplicates} 处；冲突 {conflicts} 处；无效单元格 {invalid} 个</source>
        <translation>{duplicates} exact duplicate rows; {conflicts} conflicts; {invalid} invalid cells</translation>
    </message>
    <message>
        <source>  重复：第 {first} 行与第 {second} 行完全相同</source>
        <translation>  Duplicate: row {second} repeats row {first} exactly</translation>
    </message>
    <message>
        <source>  无效：第 {row} 行 {column} 列“{value}”：{reason}</source>
        <translation>  Invalid: row {row}, column {column} &quot;{value}&quot;: {reason}</translation>
    </message>
    <message>
        <source>  备注：第 {row} 行 {column} 列：{note}</source>
        <translation>  Note: row {row}, column {column}: {note}</translation>
    </message>
    <message>
        <source>  冲突：{label} 的 {field}：{values}</source>
        <translation>  Conflict: {field} of {label}: {values}</translation>
    </message>
    <message>
        <source>  请确认：第 {row} 行按姓名等信息认定为 {label}（{key}），依据：{why}</source>
        <translation>  Please confirm: row {row} was matched to {label} ({key}) by name and other details; basis: {why}</translation>
    </message>
    <message>
        <source>  不是同一人：第 {row} 行另记为一人，不并入 {label}（{key}），依据：{why}</source>
        <translation>  Not the same person: row {row} is recorded as a separate person, not merged into {label} ({key}); basis: {why}</translation>
    </message>
    <message>
        <source>“请确认”的行默认按同一人合并；某行不是同一人时，导入时加上 --not-same 行号（可写多次），该行会另记为一人。</source>
        <translation>Rows marked &quot;Please confirm&quot; are merged as the same person by default. If a row is not the same person, add --not-same ROW when importing (can be given more than once), and that row will be recorded as a separate person.</translation>
    </message>
    <message>
        <source>确认无误后，去掉 --dry-run 再运行一次即可写入台账。</source>
        <translation>When the report looks right, run the same command without --dry-run to write it into the ledger.</translation>
    </message>
    <message>
        <source>人员 {person}，户 {household}，村 {village}，企业 {enterprise}；数据 {values} 项；待核实的身份号码 {invalid} 个</source>
        <translation>Persons {person}, households {household}, villages {village}, enterprises {enterprise}; {values} facts; {invalid} ID numbers to check</translation>
    </message>
    <message>
        <source>台账：导入已填报的表格，查看台账统计</source>
        <translation>Ledger: import filled-in returns, ledger statistics</translation>
    </message>
    <message>
        <source>重复</source>
        <translation>duplicate</translation>
    </message>
    <message>
        <source>同一模板</source>
        <translation>same template</translation>
    </message>
    <message>
        <source>同文号</source>
        <translation>same doc no.</translation>
    </message>
    <message>
        <source>{a}《{a_title}》与 {b}《{b_title}》：共有 {n} 项，占前者 {containment}%{flags}</source>
        <translation>{a} &quot;{a_title}&quot; and {b} &quot;{b_title}&quot;: {n} fields in common, {containment}% of the first{flags}</translation>
    </message>
    <message>
        <source>{id}《{title}》（{department}，{received}）：共有 {n}/{total} 项，占本表 {containment}%{flags}</source>
        <translation>{id} &quot;{title}&quot; ({department}, {received}): {n}/{total} fields in common, {containment}% of this form{flags}</translation>
    </message>
    <message>
        <source>（没有与这张报表重复的报表）</source>
        <translation>(no other form asks for the same data)</translation>
    </message>
    <message>
        <source>台账已有其中 {held}/{total} 项数据。</source>
        <translation>The ledger already holds {held}/{total} of these fields.</translation>
    </message>
    <message>
        <source>（没有索要相同数据的报表）</source>
        <translation>(no forms ask for the same data)</translation>
    </message>
    <message>
        <source>已用台账填写 {rows} 行、{columns} 列：{path}</source>
        <translation>Filled {rows} rows and {columns} columns from the ledger: {path}</translation>
    </message>
    <message>
        <source>报表：重复索要的数据，用台账填写报表</source>
        <translation>Forms: data asked for more than once, fill in forms from the ledger</translation>
    </message>
    <message>
        <source>已报送 v{version}（{day}）</source>
        <translation>Submitted v{version} ({day})</translation>
    </message>
    <message>
        <source>，自 v{version} 以来：新增 {rows} 行，{values} 个数据有改动</source>
        <translation>; since v{version}: {rows} rows added, {values} values changed</translation>
    </message>
    <message>
        <source>可以报送</source>
        <translation>Ready to submit</translation>
    </message>
    <message>
        <source>{n} 个问题待处理</source>
        <translation>problems to resolve: {n}</translation>
    </message>
    <message>
        <source>已生成 v{version}</source>
        <translation>Created v{version}</translation>
    </message>
    <message>
        <source>未生成</source>
        <translation>Not created</translation>
    </message>
    <message>
        <source>{key}	{kind}	报表 {forms}，任务 {tasks}，会议 {meetings}，未办结 {open}	{state}	{built}</source>
        <translation>{key}	{kind}	Forms {forms}, tasks {tasks}, meetings {meetings}, not completed {open}	{state}	{built}</translation>
    </message>
    <message>
        <source>报送周期 {key}</source>
        <translation>Reporting cycle {key}</translation>
    </message>
    <message>
        <source>  报表 #{id} {title}（{department}）：{rows} 行，缺 {missing} 个数据，{status}</source>
        <translation>  Form #{id} {title} ({department}): {rows} rows, {missing} data items missing, {status}</translation>
    </message>
    <message>
        <source>  任务 #{id} {title}（{department}）：{status}</source>
        <translation>  Task #{id} {title} ({department}): {status}</translation>
    </message>
    <message>
        <source>已召开</source>
        <translation>held</translation>
    </message>
    <message>
        <source>未召开</source>
        <translation>not held yet</translation>
    </message>
    <message>
        <source>  会议 #{id} {title}：{start}，{held}</source>
        <translation>  Meeting #{id} {title}: {start}, {held}</translation>
    </message>
    <message>
        <source>可以生成报送包。</source>
        <translation>The submission package can be created.</translation>
    </message>
    <message>
        <source>生成报送包之前还要处理：</source>
        <translation>To resolve before creating the submission package:</translation>
    </message>
    <message>
        <source>已把报送周期 {key} 的第 {version} 版报送包标记为已报送（{day}）</source>
        <translation>Marked version {version} of cycle {key}&apos;s package as submitted ({day})</translation>
    </message>
    <message>
        <source>事项 #{id} 现在属于报送周期 {key}</source>
        <translation>Item #{id} is now in reporting cycle {key}</translation>
    </message>
    <message>
        <source>已新建专项报送周期 {key}</source>
        <translation>Created ad-hoc reporting cycle {key}</translation>
    </message>
    <message>
        <source>报送周期：清单、归属调整、专项周期</source>
        <translation>Reporting cycles: list, move items between cycles, special cycles</translation>
    </message>
    <message>
        <source>已生成报送包第 {version} 版（{forms} 张报表，{rows} 行）：{path}</source>
        <translation>Created submission package version {version} ({forms} forms, {rows} rows): {path}</translation>
    </message>
    <message>
        <source>数据包指纹：{fingerprint}</source>
        <translation>Package fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <source>文件 SHA-256：{sha256}</source>
        <translation>File SHA-256: {sha256}</translation>
    </message>
    <message>
        <source>校验未通过：{problem}</source>
        <translation>Check failed: {problem}</translation>
    </message>
    <message>
        <source>{office}（{code}）报送周期 {cycle} 第 {version} 版，生成于 {created}</source>
        <translation>{office} ({code}), reporting cycle {cycle}, version {version}, created {created}</translation>
    </message>
    <message>
        <source>  报表 #{id} {title}（{department}）：{rows} 行</source>
        <translation>  Form #{id} {title} ({department}): {rows} rows</translation>
    </message>
    <message>
        <source>签名者密钥指纹：{fingerprint}</source>
        <translation>Signer&apos;s key fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <source>未签名（旧格式）</source>
        <translation>Unsigned (old format)</translation>
    </message>
    <message>
        <source>数据已加密，只有指定的接收单位能打开</source>
        <translation>The data is encrypted; only the named recipients can open it</translation>
    </message>
    <message>
        <source>{cycle} 第 {version} 版	{built_at}	{forms} 张报表，{rows} 行	{path}</source>
        <translation>{cycle} version {version}	{built_at}	{forms} forms, {rows} rows	{path}</translation>
    </message>
    <message>
        <source>（还没有生成过报送包）</source>
        <translation>(no submission packages created yet)</translation>
    </message>
    <message>
        <source>报送包：生成、校验、查看清单、历史版本</source>
        <translation>Submission packages: build, verify, show the manifest, earlier versions</translation>
    </message>
    <message>
        <source>按台账生成一个报送周期的报送包</source>
        <translation>build the submission package of a reporting cycle from the ledger</translation>
    </message>
    <message>
        <source>报送周期，例如 2026-11、2026-Q4、2026 或专项名称</source>
        <translation>reporting cycle, e.g. 2026-11, 2026-Q4, 2026 or a special cycle&apos;s name</translation>
    </message>
    <message>
        <source>另存一份到这个文件夹（例如 U 盘）；历史版本总会保留</source>
        <translation>also save a copy to this folder (e.g. a USB drive); earlier versions are always kept</translation>
    </message>
    <message>
        <source>填表人（默认：上次保存的）</source>
        <translation>person filling in the forms (default: the one saved last)</translation>
    </message>
    <message>
        <source>审核人</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Head of office</translation>
    </message>
    <message>
        <source>周期已报送时仍生成新版本（默认拒绝，并说明此后的变化）</source>
        <translation>build a new version even if the cycle was already submitted (refused by default, with the changes since)</translation>
    </message>
    <message>
        <source>校验数据包：签名、签名者是否可信、清单、每个文件的 SHA-256</source>
        <translation>verify a package: signature, whether the signer is trusted, manifest, each file&apos;s SHA-256</translation>
    </message>
    <message>
        <source>.yibiao 数据包</source>
        <translation>.yibiao package</translation>
    </message>
    <message>
        <source>显示数据包的清单（manifest.json）</source>
        <translation>show a package&apos;s manifest (manifest.json)</translation>
    </message>
    <message>
        <source>列出生成过的每个版本（最新在前）</source>
        <translation>list every version built (newest first)</translation>
    </message>
    <message>
        <source>只看这个报送周期</source>
        <translation>only this reporting cycle</translation>
    </message>
    <message>
        <source>{items} 件事项，{persons} 名人员（共 {entities} 个台账对象），{forms} 张报表模板，{packages} 个报送包；最近修改：{latest}</source>
        <translation>{items} items, {persons} persons ({entities} ledger entries in all), {forms} form templates, {packages} packages; last change: {latest}</translation>
    </message>
    <message>
        <source>已备份：{path}（{size} 字节）</source>
        <translation>Backed up: {path} ({size} bytes)</translation>
    </message>
    <message>
        <source>还没有备份。</source>
        <translation>No backups yet.</translation>
    </message>
    <message>
        <source>已恢复备份“{backup}”：{summary}。恢复前的内容已另存为 {before}</source>
        <translation>Restored the backup “{backup}”: {summary}. The content before the restore was saved as {before}</translation>
    </message>
    <message>
        <source>已写入加密备份：{path}（读回校验一致）。请把密码记在安全的地方。</source>
        <translation>Encrypted backup written: {path} (read back and verified). Keep the passphrase in a safe place.</translation>
    </message>
    <message>
        <source>数据库：{state}</source>
        <translation>Database: {state}</translation>
    </message>
    <message>
        <source>原件：检查了 {checked} 个，有问题 {bad} 个</source>
        <translation>Originals: {checked} checked, {bad} with problems</translation>
    </message>
    <message>
        <source>备份与恢复（备份在数据库旁的 数据库名_backups 文件夹）</source>
        <translation>Backup and restore (backups in the folder DATABASE-NAME_backups beside the database)</translation>
    </message>
    <message>
        <source>检查数据库和原件是否完好（有问题时退出码 1）</source>
        <translation>Check that the database and the original files are intact (exit code 1 on a problem)</translation>
    </message>
    <message>
        <source>需填 {requested}：台账填上 {from_ledger}，手工补录 {typed}，空缺 {blank}</source>
        <translation>requested {requested}: from the ledger {from_ledger}, typed by hand {typed}, blank {blank}</translation>
    </message>
    <message>
        <source>报送周期 {cycle}：收到报表 {forms} 张，可按台账填写 {fillable} 张</source>
        <translation>Reporting cycle {cycle}: {forms} forms received, {fillable} fillable from the ledger</translation>
    </message>
    <message>
        <source>  报表 #{id} {title}（{department}）：{rows} 行，{cells}</source>
        <translation>  Form #{id} {title} ({department}): {rows} rows, {cells}</translation>
    </message>
    <message>
        <source>合计：{cells}</source>
        <translation>Total: {cells}</translation>
    </message>
    <message>
        <source>{start} 至 {end}：收到 {total} 件（工作任务 {task}，会议 {meeting}，报表 {form}）；上年同期 {last} 件</source>
        <translation>{start} to {end}: {total} items received ({task} tasks, {meeting} meetings, {form} forms); same period last year: {last}</translation>
    </message>
    <message>
        <source>重复数据请求 {pairs} 对；清单外报表 {off} 张</source>
        <translation>Duplicate data requests: {pairs} pairs; off-whitelist forms: {off}</translation>
    </message>
    <message>
        <source>时限不足 1 / 3 / 5 个工作日：{lt1} / {lt3} / {lt5} 件（共 {with_due} 件有时限）</source>
        <translation>Time allowed under 1 / 3 / 5 working days: {lt1} / {lt3} / {lt5} items (of {with_due} with a deadline)</translation>
    </message>
    <message>
        <source>会议 {count} 个，{hours} 小时；要求主要负责人参会 {principal} 个；部署已有文件的工作 {repeat} 个</source>
        <translation>Meetings: {count}, {hours} hours; {principal} require the principal leader; {repeat} deploy work a document already covered</translation>
    </message>
    <message>
        <source>报表需填数据项 {requested}：台账填上 {from_ledger}，手工补录 {typed}，空缺 {blank}</source>
        <translation>Cells requested by forms: {requested}: filled from the ledger {from_ledger}, typed by hand {typed}, blank {blank}</translation>
    </message>
    <message>
        <source>负担指数 = {formula}</source>
        <translation>Burden score = {formula}</translation>
    </message>
    <message>
        <source>已写入 {path}</source>
        <translation>Written: {path}</translation>
    </message>
    <message>
        <source>减负统计：收到的事项、重复请求、时限、会议，各部门负担指数</source>
        <translation>Burden statistics: items received, repeated requests, deadlines, meetings, each department&apos;s burden index</translation>
    </message>
    <message>
        <source>按时</source>
        <translation>on time</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>late</translation>
    </message>
    <message>
        <source>未报</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>未到期</source>
        <translation>not yet due</translation>
    </message>
    <message>
        <source>已报</source>
        <translation>received</translation>
    </message>
    <message>
        <source>报送周期 {cycle}：{reporting}/{townships} 个乡镇已报送；{forms} 张报表，按时 {on_time}，逾期 {late}，未报 {missing}，共 {rows} 行（截至 {as_of}）</source>
        <translation>Cycle {cycle}: {reporting}/{townships} townships reported; {forms} forms, {on_time} on time, {late} late, {missing} missing, {rows} rows in all (as of {as_of})</translation>
    </message>
    <message>
        <source>报送周期 {cycle}：{forms} 张报表，{pairs} 对部门的报表索取了相同的数据项</source>
        <translation>Cycle {cycle}: {forms} forms; {pairs} pairs of departments ask for the same facts</translation>
    </message>
    <message>
        <source>  {first} ↔ {second}：{shared} 个相同数据项（{names}）</source>
        <translation>  {first} ↔ {second}: {shared} shared facts ({names})</translation>
    </message>
    <message>
        <source>已为 {departments} 个部门各生成一个工作簿：{folder}</source>
        <translation>One workbook written for each of {departments} departments: {folder}</translation>
    </message>
    <message>
        <source>  {department}：{forms} 张报表，{townships} 个乡镇，{rows} 行 → {path}</source>
        <translation>  {department}: {forms} forms, {townships} townships, {rows} rows → {path}</translation>
    </message>
    <message>
        <source>已生成县级报告（{pages} 页）：{path}</source>
        <translation>County report written ({pages} pages): {path}</translation>
    </message>
    <message>
        <source>报送周期 {cycle}：{reporting}/{townships} 个乡镇的报送包带有减负监测数据</source>
        <translation>Cycle {cycle}: the packages of {reporting}/{townships} townships carry burden measures</translation>
    </message>
    <message>
        <source>  {name}：任务 {task}，会议 {meeting}（{hours} 小时），报表 {form}（清单外 {off}，重复索取 {dup}），时限不足3个工作日 {lt3}，数据项 {requested}（台账填写 {from_ledger}，手工录入 {typed}）</source>
        <translation>  {name}: tasks {task}, meetings {meeting} ({hours} h), forms {form} (off the whitelist {off}, duplicate requests {dup}), under 3 working days allowed {lt3}, cells {requested} (from the ledger {from_ledger}, typed {typed})</translation>
    </message>
    <message>
        <source>部门负担排名（各乡镇合计）：</source>
        <translation>Departments ranked by burden (all townships):</translation>
    </message>
    <message>
        <source>  {rank}. {department}：负担指数 {score}，{total} 件，{townships} 个乡镇</source>
        <translation>  {rank}. {department}: burden score {score}, {total} items, {townships} townships</translation>
    </message>
    <message>
        <source>已导入</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>以前已导入（未改动）</source>
        <translation>Imported before (nothing changed)</translation>
    </message>
    <message>
        <source>旧版本，未导入</source>
        <translation>Older version, not imported</translation>
    </message>
    <message>
        <source>拒收</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>（没有找到 .yibiao 数据包）</source>
        <translation>(no .yibiao packages found)</translation>
    </message>
    <message>
        <source>{status}：{path}</source>
        <translation>{status}: {path}</translation>
    </message>
    <message>
        <source>{office}（{code}）{cycle} 第 {version} 版，{forms} 张报表，{rows} 行</source>
        <translation>{office} ({code}) {cycle} version {version}, {forms} forms, {rows} rows</translation>
    </message>
    <message>
        <source>已登记{name}（{code}）的签名密钥：{fingerprint}</source>
        <translation>Registered the signing key of {name} ({code}): {fingerprint}</translation>
    </message>
    <message>
        <source>（取代了原来的密钥 {old}）</source>
        <translation>(it replaces the previous key {old})</translation>
    </message>
    <message>
        <source>（还没有登记乡镇）</source>
        <translation>(no townships registered yet)</translation>
    </message>
    <message>
        <source>（未登记密钥）</source>
        <translation>(no key registered)</translation>
    </message>
    <message>
        <source>最近：{cycle} 第 {version} 版</source>
        <translation>latest: {cycle} version {version}</translation>
    </message>
    <message>
        <source>待确认的密钥：{fingerprint}</source>
        <translation>key waiting for confirmation: {fingerprint}</translation>
    </message>
    <message>
        <source>已登记乡镇 {name}（{code}）</source>
        <translation>Registered the township {name} ({code})</translation>
    </message>
    <message>
        <source>配置包已生成：{path}</source>
        <translation>Configuration package written: {path}</translation>
    </message>
    <message>
        <source>配置包第 {version} 版已经导入过，没有任何更改。</source>
        <translation>Version {version} of the configuration package was imported before; nothing changed.</translation>
    </message>
    <message>
        <source>已导入{county}的配置包第 {version} 版：报表目录 {whitelist} 项，新登记报表 {registered} 张。</source>
        <translation>Imported version {version} of the configuration package of {county}: {whitelist} whitelist entries, {registered} forms registered.</translation>
    </message>
    <message>
        <source>首次导入：已认可县级密钥，指纹 {fingerprint}。请打电话向县里核对这个指纹；以后只接受这把密钥签名的配置包。</source>
        <translation>First import: the county key was accepted, fingerprint {fingerprint}. Phone the county to check this fingerprint; from now on only configuration packages signed with this key are accepted.</translation>
    </message>
    <message>
        <source>县级配置包与报表目录（准入清单）</source>
        <translation>County configuration packages and the form catalogue (approved list)</translation>
    </message>
    <message>
        <source>本单位密钥指纹：{fingerprint}</source>
        <translation>Office key fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <source>私钥保存在：{folder}（不会写进数据库、备份或数据包）</source>
        <translation>Private keys are kept in: {folder} (never written into the database, a backup or a package)</translation>
    </message>
    <message>
        <source>县级单位密钥指纹：{fingerprint}</source>
        <translation>County key fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <source>本单位的签名与加密密钥</source>
        <translation>This office&apos;s signing and encryption keys</translation>
    </message>
    <message>
        <source>已导出 {n} 条审计记录到 {out}</source>
        <translation>Exported {n} audit entries to {out}</translation>
    </message>
    <message>
        <source>审计日志有问题：第 {id} 条记录（{at} {action}）被改动，或它之前的记录被删除或插入</source>
        <translation>Audit log broken: entry {id} ({at} {action}) was changed, or an entry before it was deleted or inserted</translation>
    </message>
    <message>
        <source>审计日志（导入、修改、导出、配置等操作的记录）</source>
        <translation>Audit log (imports, changes, exports, configuration…)</translation>
    </message>
    <message>
        <source>密码：</source>
        <translation>Password: </translation>
    </message>
    <message>
        <source>“{name}”的新密码：</source>
        <translation>New password for “{name}”: </translation>
    </message>
    <message>
        <source>新密码：</source>
        <translation>New password: </translation>
    </message>
    <message>
        <source>再输一次：</source>
        <translation>Type it again: </translation>
    </message>
    <message>
        <source>“{name}”的密码：</source>
        <translation>Password of “{name}”: </translation>
    </message>
    <message>
        <source>已添加账号“{name}”（{role}）。</source>
        <translation>Account “{name}” ({role}) added.</translation>
    </message>
    <message>
        <source>已停用账号“{name}”。</source>
        <translation>Account “{name}” disabled.</translation>
    </message>
    <message>
        <source>“{name}”的原密码：</source>
        <translation>Current password of “{name}”: </translation>
    </message>
    <message>
        <source>已修改账号“{name}”的密码。</source>
        <translation>Password of account “{name}” changed.</translation>
    </message>
    <message>
        <source>还没有账号（单人使用，无需登录）。</source>
        <translation>No accounts yet (single clerk, no sign-in needed).</translation>
    </message>
    <message>
        <source>{reviewer} 已审核报送周期“{cycle}”第 {version} 版（填表人：{prepared}）。</source>
        <translation>{reviewer} signed off version {version} of cycle “{cycle}” (prepared by: {prepared}).</translation>
    </message>
    <message>
        <source>已取消程序锁定。</source>
        <translation>The program lock is removed.</translation>
    </message>
    <message>
        <source>已设置程序锁定：启动时锁定，空闲 {minutes} 分钟后自动锁定（0 表示不自动锁定）。</source>
        <translation>Program lock set: locked at start and after {minutes} idle minutes (0: no automatic lock).</translation>
    </message>
    <message>
        <source>将清理 {cutoff} 之前的台账数据：{entities} 个对象，{values} 项数据，{history} 条历史记录。</source>
        <translation>Would purge the ledger data from before {cutoff}: {entities} entities, {values} values, {history} history records.</translation>
    </message>
    <message>
        <source>已清理 {cutoff} 之前的台账数据：{entities} 个对象，{values} 项数据，{history} 条历史记录。</source>
        <translation>Purged the ledger data from before {cutoff}: {entities} entities, {values} values, {history} history records.</translation>
    </message>
    <message>
        <source>另外：{conflicts} 条已处理的冲突，{reports} 份导入报告的明细（只留数量），{files} 个导入原件。</source>
        <translation>Also: {conflicts} resolved conflicts, the details of {reports} import reports (only the counts stay), {files} imported original files.</translation>
    </message>
    <message>
        <source>保留不动：{conflicts} 条未处理的冲突，{packages} 个已生成的报送包，{received} 个收到的报送包（都早于保留期）。</source>
        <translation>Left as they are: {conflicts} open conflicts, {packages} built packages, {received} received packages (all older than the retention period).</translation>
    </message>
    <message>
        <source>有 {count} 个导入原件删不掉（可能正被打开），请稍后再清理一次。</source>
        <translation>{count} imported original files could not be deleted (they may be open); purge again later.</translation>
    </message>
    <message>
        <source>清理前的备份：{path}</source>
        <translation>Backup made before the purge: {path}</translation>
    </message>
    <message>
        <source>账号、角色与审核</source>
        <translation>Accounts, roles and review</translation>
    </message>
    <message>
        <source>添加账号（第一个账号须是管理员）</source>
        <translation>Add an account (the first account must be an administrator)</translation>
    </message>
    <message>
        <source>添加账号。第一个账号须是管理员；之后由管理员添加（--admin 名称），设了密码的管理员须给出自己的密码。</source>
        <translation>Add an account. The first account must be an administrator; after that an administrator adds accounts (--admin NAME), giving their own password if they have one.</translation>
    </message>
    <message>
        <source>从标准输入读密码，每行一个：先是 --admin 管理员的密码（该管理员设了密码时），再是新账号的密码。标准输入是终端时改为逐个提示输入（不回显）</source>
        <translation>Read passwords from standard input, one per line: first the --admin administrator&apos;s password (if that administrator has one), then the new account&apos;s password. When standard input is a terminal, each is prompted for instead (not echoed)</translation>
    </message>
    <message>
        <source>添加者（已有账号时须是管理员；设了密码的须给出密码：终端里会提示，否则用 --password-stdin）</source>
        <translation>Who adds it (must be an administrator once accounts exist; one with a password must give it: prompted in a terminal, otherwise use --password-stdin)</translation>
    </message>
    <message>
        <source>停用账号（由管理员停用；账号和它的记录都保留）</source>
        <translation>Disable an account (by an administrator; the account and its records are kept)</translation>
    </message>
    <message>
        <source>要停用的账号</source>
        <translation>The account to disable</translation>
    </message>
    <message>
        <source>停用者（须是管理员，不能停用自己）</source>
        <translation>Who disables it (must be an administrator, not the account itself)</translation>
    </message>
    <message>
        <source>从标准输入读一行作为 --admin 管理员的密码（该管理员设了密码时）。标准输入是终端时改为提示输入（不回显）</source>
        <translation>Read one line of standard input as the --admin administrator&apos;s password (if that administrator has one). When standard input is a terminal, it is prompted for instead (not echoed)</translation>
    </message>
    <message>
        <source>修改账号的密码（须给出原密码）</source>
        <translation>Change an account&apos;s password (the current password is required)</translation>
    </message>
    <message>
        <source>账号名称</source>
        <translation>Account name</translation>
    </message>
    <message>
        <source>从标准输入读密码，每行一个：先是原密码（账号没有密码时为空行），再是新密码。标准输入是终端时改为提示输入（不回显，新密码输两次）</source>
        <translation>Read passwords from standard input, one per line: first the current password (an empty line if the account has none), then the new one. When standard input is a terminal, they are prompted for instead (not echoed; the new one twice)</translation>
    </message>
    <message>
        <source>程序锁定：密码与空闲自动锁定</source>
        <translation>Program lock: password and automatic lock when idle</translation>
    </message>
    <message>
        <source>程序锁定：密码与空闲自动锁定。已有账号时只有管理员可以修改（--admin 名称，并给出其密码）。</source>
        <translation>Program lock: password and automatic lock when idle. Once accounts exist only an administrator may change it (--admin NAME, with their password).</translation>
    </message>
    <message>
        <source>从标准输入读密码，每行一个：先是 --admin 管理员的密码（该管理员设了密码时），再是锁定密码。标准输入是终端时改为逐个提示输入（不回显）</source>
        <translation>Read passwords from standard input, one per line: first the --admin administrator&apos;s password (if that administrator has one), then the lock password. When standard input is a terminal, each is prompted for instead (not echoed)</translation>
    </message>
    <message>
        <source>修改者（已有账号时须是管理员）</source>
        <translation>Who changes it (must be an administrator once accounts exist)</translation>
    </message>
    <message>
        <source>此版本没有窗口部分</source>
        <translation>This build has no window part</translation>
    </message>
    <message>
        <source>自检通过：{passed}/{total} 项</source>
        <translation>Self-test passed: {passed}/{total} checks</translation>
    </message>
    <message>
        <source>自检未通过：{failed} 项失败（{names}）</source>
        <translation>Self-test failed: {failed} checks failed ({names})</translation>
    </message>
    <message>
        <source>无法加载 {path}</source>
        <translation>Cannot load {path}</translation>
    </message>
    <message>
        <source>{path} 中没有指标</source>
        <translation>{path} holds no fields</translation>
    </message>
    <message>
        <source>指标库 {count} 项（{path}）</source>
        <translation>Field catalog: {count} fields ({path})</translation>
    </message>
    <message>
        <source>SQLite {version} 缺少 {missing}</source>
        <translation>SQLite {version} lacks {missing}</translation>
    </message>
    <message>
        <source>示范单位 {office}：{items} 件事项</source>
        <translation>Demo office {office}: {items} items</translation>
    </message>
    <message>
        <source>示范单位没有可以生成报送包的周期</source>
        <translation>The demo office has no cycle ready for a package</translation>
    </message>
    <message>
        <source>报送包 {name}（{forms} 张报表，{rows} 行）已生成并校验通过</source>
        <translation>Package {name} ({forms} forms, {rows} rows) built and verified</translation>
    </message>
    <message>
        <source>自检：Qt、翻译、指标库、示范单位、窗口、报送包与 PDF 预览、SQLite（在临时文件夹中，不改动任何数据）</source>
        <translation>Self-test: Qt, translations, field catalogue, demo office, window, package and PDF preview, SQLite (in a temporary folder, no data changed)</translation>
    </message>
    <message>
        <source>把主窗口截图保存到这个文件（有显示器时用真实显示）</source>
        <translation>save a screenshot of the main window to this file (on the real display when there is one)</translation>
    </message>
    <message>
        <source>没有示范单位，无法打开主窗口</source>
        <translation>No demo office, so the main window cannot open</translation>
    </message>
    <message>
        <source>没有报送包，无法预览 PDF</source>
        <translation>No package, so no PDF to preview</translation>
    </message>
    <message>
        <source>找不到 Qt 平台插件 {name}（{folder}）</source>
        <translation>Qt platform plugin {name} not found ({folder})</translation>
    </message>
    <message>
        <source>中文字体：{font}</source>
        <translation>Chinese font: {font}</translation>
    </message>
    <message>
        <source>没有推荐的中文字体，使用 {font}（界面字体 {used}）</source>
        <translation>None of the recommended Chinese fonts; using {font} (interface font {used})</translation>
    </message>
    <message>
        <source>没有能显示中文的字体（{sample}）</source>
        <translation>No font can show Chinese ({sample})</translation>
    </message>
    <message>
        <source>主窗口没有显示出来</source>
        <translation>The main window did not appear</translation>
    </message>
    <message>
        <source>主窗口截图是空白的</source>
        <translation>The main window&apos;s screenshot is blank</translation>
    </message>
    <message>
        <source>主窗口 {width}×{height}，“{title}”</source>
        <translation>Main window {width}×{height}, “{title}”</translation>
    </message>
    <message>
        <source>无法保存截图 {path}</source>
        <translation>Cannot save the screenshot {path}</translation>
    </message>
    <message>
        <source>QtPdf 无法打开 {name}：{error}</source>
        <translation>QtPdf cannot open {name}: {error}</translation>
    </message>
    <message>
        <source>QtPdf 渲染的第 1 页是空白的</source>
        <translation>The page 1 QtPdf rendered is blank</translation>
    </message>
    <message>
        <source>QtPdf 渲染 {name} 第 1 页（共 {pages} 页）：{ink} 个非白色像素</source>
        <translation>QtPdf rendered page 1 of {name} ({pages} pages): {ink} non-white pixels</translation>
    </message>
    <message>
        <source>县级：导入各乡镇数据包、完整性、按部门导出</source>
        <translation>County: import township packages, completeness, export by department</translation>
    </message>
</context>
<context>
    <name>cycles</name>
    <message>
        <source>本期</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>报表 %1 · 任务 %2 · 会议 %3</source>
        <translation>Forms %1 · Tasks %2 · Meetings %3</translation>
    </message>
    <message>
        <source>已生成第 %1 版</source>
        <translation>Version %1 created</translation>
    </message>
    <message>
        <source>%1 个问题</source>
        <translation>Problems: %1</translation>
    </message>
    <message>
        <source>可以报送</source>
        <translation>Ready to submit</translation>
    </message>
    <message>
        <source>无报表</source>
        <translation>No forms</translation>
    </message>
    <message>
        <source>已报送 v%1 · %2</source>
        <translation>Submitted v%1 · %2</translation>
    </message>
    <message>
        <source>报表</source>
        <translation>Forms</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>截止</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>行数</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>缺数据</source>
        <translation>Missing data</translation>
    </message>
    <message>
        <source>按台账填写</source>
        <translation>Fill from ledger</translation>
    </message>
    <message>
        <source>归入</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>任务</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>进度报告</source>
        <translation>Progress reports</translation>
    </message>
    <message>
        <source>是否逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>会议</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>是否已召开</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>生成时间</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>指纹</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>手动</source>
        <translation>By hand</translation>
    </message>
    <message>
        <source>按截止日期</source>
        <translation>By due date</translation>
    </message>
    <message>
        <source>可以</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>未导入模板</source>
        <translation>No template</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>不需要</source>
        <translation>Not needed</translation>
    </message>
    <message>
        <source>已报 %1 次</source>
        <translation>%1 sent</translation>
    </message>
    <message>
        <source>（最近 %1）</source>
        <translation> (latest %1)</translation>
    </message>
    <message>
        <source>还没有报过</source>
        <translation>None sent yet</translation>
    </message>
    <message>
        <source>已召开</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>未召开</source>
        <translation>Not held yet</translation>
    </message>
    <message>
        <source>第 %1 版</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>文件已不在：%1</source>
        <translation>File missing: %1</translation>
    </message>
    <message>
        <source>{year}年{month}月</source>
        <translation>{month}/{year}</translation>
    </message>
    <message>
        <source>{year}年第{quarter}季度</source>
        <translation>Q{quarter} {year}</translation>
    </message>
    <message>
        <source>{year}年度</source>
        <translation>Year {year}</translation>
    </message>
    <message>
        <source>月度</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>季度</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Yearly</translation>
    </message>
    <message>
        <source>专项</source>
        <translation>Ad hoc</translation>
    </message>
</context>
<context>
    <name>entity</name>
    <message>
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>户</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>村（社区）</source>
        <translation>Village (community)</translation>
    </message>
    <message>
        <source>企业/单位</source>
        <translation>Enterprise/organisation</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>通用</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>新的自定义字段，登记报表时建立</source>
        <translation>New custom field, created when the form is registered</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>日期“{value}”无法识别，请按 YYYY-MM-DD 填写，例如 2026-11-27。</source>
        <translation>Cannot read the date &quot;{value}&quot;. Please write it as YYYY-MM-DD, e.g. 2026-11-27.</translation>
    </message>
    <message>
        <source>时间“{value}”无法识别，请按 YYYY-MM-DD HH:MM 填写，例如 2026-11-30 17:00。</source>
        <translation>Cannot read the time &quot;{value}&quot;. Please write it as YYYY-MM-DD HH:MM, e.g. 2026-11-30 17:00.</translation>
    </message>
    <message>
        <source>请填写来文单位（从列表中选择）。</source>
        <translation>Please enter the sending department (choose one from the list).</translation>
    </message>
    <message>
        <source>来文单位“{name}”不在列表中，也不像列表中哪个单位的简称或旧称。请从列表中选择；确是新的来文单位，登记时确认添加即可。</source>
        <translation>Unknown sending department &quot;{name}&quot;. It is not on the list, nor a short or former name of one. Choose one from the list; if it really is a new department, confirm adding it when you register.</translation>
    </message>
    <message>
        <source>来文单位“{typed}”按列表中的“{name}”登记。</source>
        <translation>The sending department “{typed}” was registered as “{name}” from the list.</translation>
    </message>
    <message>
        <source>来文单位“{name}”可能是{choices}，请从列表中选择。</source>
        <translation>The sending department “{name}” could be {choices}; choose one from the list.</translation>
    </message>
    <message>
        <source>请填写单位名称。</source>
        <translation>Please enter the department&apos;s name.</translation>
    </message>
    <message>
        <source>来文单位“{name}”已在列表中。</source>
        <translation>The sending department &quot;{name}&quot; is already in the list.</translation>
    </message>
    <message>
        <source>找不到编号为 {id} 的来文单位。</source>
        <translation>There is no sending department with ID {id}.</translation>
    </message>
    <message>
        <source>文号的年份应使用六角括号〔〕，序号不编虚位，例如 县人社发〔2026〕12号。</source>
        <translation>In a document no., put the year in hexagonal brackets 〔〕 and write the serial number without leading zeros, e.g. 县人社发〔2026〕12号.</translation>
    </message>
    <message>
        <source>文号不符合 GB/T 9704 的格式（机关代字〔年份〕序号号，例如 县人社发〔2026〕12号），已照原样登记。</source>
        <translation>The document no. does not follow the GB/T 9704 format (issuer code〔year〕serial 号, e.g. 县人社发〔2026〕12号); it was registered as entered.</translation>
    </message>
    <message>
        <source>该文件标有密级“{level}”。涉密文件不得在本程序中登记，请按保密管理规定在涉密台账中办理。</source>
        <translation>This document is marked &quot;{level}&quot;. Classified documents must not be registered in this program; handle it in the classified-document ledger as the confidentiality rules require.</translation>
    </message>
    <message>
        <source>“{value}”不是有效的{label}，可选：{choices}。</source>
        <translation>&quot;{value}&quot; is not a valid {label}. Choose from: {choices}.</translation>
    </message>
    <message>
        <source>请填写标题。</source>
        <translation>Please enter a title.</translation>
    </message>
    <message>
        <source>标题过长（{length} 字），请控制在 {limit} 字以内。</source>
        <translation>The title is too long ({length} characters); keep it within {limit} characters.</translation>
    </message>
    <message>
        <source>办理时限 {due} 早于收文日期 {received}，请检查两个日期。</source>
        <translation>The due date {due} is earlier than the received date {received}. Please check both dates.</translation>
    </message>
    <message>
        <source>会议结束时间 {end} 早于开始时间 {start}。</source>
        <translation>The meeting end time {end} is earlier than its start time {start}.</translation>
    </message>
    <message>
        <source>单位类型只能是“乡镇”或“县级”。</source>
        <translation>The office type must be &quot;乡镇&quot; (township) or &quot;县级&quot; (county).</translation>
    </message>
    <message>
        <source>请填写单位名称，例如 白沙镇人民政府。</source>
        <translation>Please enter the office name, e.g. 白沙镇人民政府.</translation>
    </message>
    <message>
        <source>统计用区划代码“{code}”应为 12 位数字，例如 530624100000。</source>
        <translation>The statistical division code &quot;{code}&quot; must be 12 digits, e.g. 530624100000.</translation>
    </message>
    <message>
        <source>“{code}”不是乡镇级区划代码：第 7–9 位是乡镇编号（不能为 000），末 3 位应为 000。</source>
        <translation>&quot;{code}&quot; is not a township-level division code: digits 7–9 are the township number (not 000) and the last 3 digits must be 000.</translation>
    </message>
    <message>
        <source>“{code}”不是县级区划代码：县级代码的末 6 位应为 000000。</source>
        <translation>&quot;{code}&quot; is not a county-level division code: the last 6 digits of a county code must be 000000.</translation>
    </message>
    <message>
        <source>请填写所属县（市、区）。</source>
        <translation>Please enter the county (city, district).</translation>
    </message>
    <message>
        <source>已把“{name}”添加为新的来文单位。</source>
        <translation>“{name}” was added as a new sending department.</translation>
    </message>
    <message>
        <source>找不到编号为 {id} 的登记事项。</source>
        <translation>There is no registered item with ID {id}.</translation>
    </message>
    <message>
        <source>文号“{doc_no}”已登记过（事项编号 {ids}），请确认是否重复收文。</source>
        <translation>Document no. &quot;{doc_no}&quot; is already registered (item ID {ids}). Please check whether this document was received twice.</translation>
    </message>
    <message>
        <source>新登记的事项不能直接设为“已归档”。</source>
        <translation>A new item cannot be registered as &quot;Archived&quot;.</translation>
    </message>
    <message>
        <source>事项 {id} 已归档，不能修改。如需修改，请先取消归档。</source>
        <translation>Item {id} is archived and cannot be changed. To change it, unarchive it first.</translation>
    </message>
    <message>
        <source>请使用“归档”操作归档事项。</source>
        <translation>Use the &quot;Archive&quot; action to archive an item.</translation>
    </message>
    <message>
        <source>只有已归档的事项才能彻底删除。请先归档事项 {id}。</source>
        <translation>Only archived items can be deleted permanently. Archive item {id} first.</translation>
    </message>
    <message>
        <source>彻底删除不可恢复，请确认后再执行（命令行加 --yes）。</source>
        <translation>Permanent deletion cannot be undone. Confirm before doing it (on the command line, add --yes).</translation>
    </message>
    <message>
        <source>找不到文件“{path}”，或它不是一个普通文件。</source>
        <translation>File &quot;{path}&quot; was not found, or it is not a regular file.</translation>
    </message>
    <message>
        <source>无法保存文件“{path}”的原件：{reason}</source>
        <translation>Cannot store the original of the file &quot;{path}&quot;: {reason}</translation>
    </message>
    <message>
        <source>“{path}”不是本程序的数据库文件（不是 SQLite 格式）。请检查 --db 参数或 YIBIAO_DB 指向的文件。</source>
        <translation>&quot;{path}&quot; is not a database file of this program (it is not in SQLite format). Check the file that --db or YIBIAO_DB points to.</translation>
    </message>
    <message>
        <source>“{path}”是一个文件夹，不是数据库文件。</source>
        <translation>&quot;{path}&quot; is a folder, not a database file.</translation>
    </message>
    <message>
        <source>无法打开数据库“{path}”：{reason}。文件可能已损坏，请用备份恢复。</source>
        <translation>Cannot open the database “{path}”: {reason}. The file may be damaged; please restore a backup.</translation>
    </message>
    <message>
        <source>数据库“{path}”由更新版本的一表通创建（数据格式版本 {found}，本程序支持到 {supported}）。请升级本程序后再打开，数据没有被改动。</source>
        <translation>The database &quot;{path}&quot; was created by a newer version of Yibiao (data format version {found}; this program supports up to {supported}). Upgrade the program before opening it; the data has not been changed.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>“{value}”格式不对，应写成 列=字段，例如 E=person.phone。</source>
        <translation>&quot;{value}&quot; is not in the form COLUMN=FIELD, e.g. E=person.phone.</translation>
    </message>
    <message>
        <source>指标库中没有字段“{field_id}”。请从列表中选择，或先新建自定义字段。</source>
        <translation>The catalog has no field &quot;{field_id}&quot;. Choose one from the list, or create a custom field first.</translation>
    </message>
    <message>
        <source>请填写字段名称。</source>
        <translation>Please enter a field name.</translation>
    </message>
    <message>
        <source>“{value}”不是有效的对象类型。</source>
        <translation>&quot;{value}&quot; is not a valid row type.</translation>
    </message>
    <message>
        <source>模板中没有第 {col} 列。</source>
        <translation>The template has no column {col}.</translation>
    </message>
    <message>
        <source>这个模板与已登记的报表（事项编号 {ids}）是同一个文件，可能是重复下发。</source>
        <translation>This template is the same file as a form already registered (item {ids}); it may have been sent twice.</translation>
    </message>
    <message>
        <source>事项 {id} 没有登记报表模板。</source>
        <translation>Item {id} has no registered form template.</translation>
    </message>
    <message>
        <source>“{file}”的每一行不是人员、户、村或企业（识别为：{kind}），不能导入台账。</source>
        <translation>The rows of &quot;{file}&quot; are not persons, households, villages or enterprises (recognised as: {kind}), so it cannot be imported into the ledger.</translation>
    </message>
    <message>
        <source>第 {rows} 行不在“请确认”名单里（名单里是没有身份号码、按姓名等信息认定为同一人的行），台账没有改动。请先试导入，按报告里的行号选择。</source>
        <translation>Row(s) {rows} are not on the &quot;Please confirm&quot; list (the list holds rows with no ID number that were matched to the same person by name and other details). The ledger was not changed. Please do a trial import first and choose row numbers from its report.</translation>
    </message>
    <message>
        <source>报表模板原件“{name}”无法打开，可能已损坏。请重新导入模板。</source>
        <translation>The original template &quot;{name}&quot; cannot be opened; it may be damaged. Please import the template again.</translation>
    </message>
    <message>
        <source>模板“{name}”的版式与登记时不一致，请重新导入模板。</source>
        <translation>The layout of template &quot;{name}&quot; no longer matches the one registered. Please import the template again.</translation>
    </message>
    <message>
        <source>无法保存“{path}”。文件可能正在被 Excel/WPS 打开，或磁盘已满。请关闭文件或换一个位置后重试。</source>
        <translation>Cannot save &quot;{path}&quot;. The file may be open in Excel/WPS, or the disk may be full. Close the file or choose another location and try again.</translation>
    </message>
    <message>
        <source>事项 {id}“{title}”不是报表，不能用台账填写。</source>
        <translation>Item {id} &quot;{title}&quot; is not a form and cannot be filled from the ledger.</translation>
    </message>
    <message>
        <source>报表 {id}“{title}”没有登记模板（Excel 表格），请先导入报表模板。</source>
        <translation>Form {id} &quot;{title}&quot; has no registered template (Excel workbook). Please import the form template first.</translation>
    </message>
    <message>
        <source>报表“{title}”的每一行不是人员、户、村或企业，台账无法填写。</source>
        <translation>The rows of form &quot;{title}&quot; are not people, households, villages or enterprises, so the ledger cannot fill it.</translation>
    </message>
    <message>
        <source>这张报表按企业逐行填写，不能按村筛选。</source>
        <translation>This form has one row per enterprise and cannot be limited to one village.</translation>
    </message>
    <message>
        <source>报表模板原件“{name}”不在文件库中（可能被删除或移动），请重新导入模板。</source>
        <translation>The original template &quot;{name}&quot; is missing from the file store (it may have been deleted or moved). Please import the template again.</translation>
    </message>
    <message>
        <source>无法填写报表：{reason}</source>
        <translation>Cannot fill the form: {reason}</translation>
    </message>
    <message>
        <source>“{path}”是一个文件夹，请给输出文件起一个文件名。</source>
        <translation>&quot;{path}&quot; is a folder. Please give the output file a name.</translation>
    </message>
    <message>
        <source>报送周期 {cycle} 还没有收到{department}的报表，没有可导出的数据。</source>
        <translation>No form of {department} has been received for cycle {cycle}; there is nothing to export.</translation>
    </message>
    <message>
        <source>报送周期 {cycle} 还没有收到任何报表，没有可导出的数据。</source>
        <translation>No form has been received for cycle {cycle}; there is nothing to export.</translation>
    </message>
    <message>
        <source>“{path}”不是文件夹，请给出一个新文件夹作为输出位置。</source>
        <translation>“{path}” is not a folder; give a new folder to write into.</translation>
    </message>
    <message>
        <source>保存位置“{folder}”不存在，请选择其他文件夹。</source>
        <translation>The folder &quot;{folder}&quot; does not exist. Please choose another folder.</translation>
    </message>
    <message>
        <source>文件夹“{folder}”里已有“{name}”，且不是此前导出的原样文件；为免覆盖，请换一个新文件夹。</source>
        <translation>The folder “{folder}” already holds “{name}”, which is not an unchanged file of an earlier export; choose a new folder so that nothing is overwritten.</translation>
    </message>
    <message>
        <source>没有权限在文件夹“{folder}”中保存文件，请选择其他位置。</source>
        <translation>You have no permission to save files in &quot;{folder}&quot;. Please choose another location.</translation>
    </message>
    <message>
        <source>不能把文件保存到一表通的原件库中，请选择其他位置。</source>
        <translation>Files cannot be saved into Yibiao&apos;s store of original files. Please choose another location.</translation>
    </message>
    <message>
        <source>一次补录只能针对同一类对象（人员、户、村或企业）的报表；所选报表是：{kinds}。</source>
        <translation>One fill-in pass covers forms about one kind of entity (people, households, villages or enterprises); the chosen forms are about: {kinds}.</translation>
    </message>
    <message>
        <source>筛选条件“{field_name}”不属于这类对象，不能用来筛选。</source>
        <translation>“{field_name}” does not belong to this kind of entity and cannot be used as a filter.</translation>
    </message>
    <message>
        <source>指标库中没有字段“{field_id}”。</source>
        <translation>The field catalog has no field “{field_id}”.</translation>
    </message>
    <message>
        <source>所选字段属于不同类的对象（{kinds}），请分开统计。</source>
        <translation>The chosen fields belong to different kinds of entity ({kinds}); count them separately.</translation>
    </message>
    <message>
        <source>这项数据在录入后又被修改过，不能撤销。</source>
        <translation>This fact was changed again after it was typed, so the entry cannot be undone.</translation>
    </message>
    <message>
        <source>台账中没有编号为 {id} 的对象。</source>
        <translation>The ledger has no entity with number {id}.</translation>
    </message>
    <message>
        <source>“{field_id}”不是{name}可以录入的数据项。</source>
        <translation>“{field_id}” is not a fact that can be entered for {name}.</translation>
    </message>
    <message>
        <source>{name}的“{field_name}”没有保存：{message}</source>
        <translation>“{field_name}” of {name} was not saved: {message}</translation>
    </message>
    <message>
        <source>“{field_name}”用来识别{name}，不能清空。</source>
        <translation>“{field_name}” identifies {name} and cannot be emptied.</translation>
    </message>
    <message>
        <source>“{value}”已是{other}的{field_name}，不能再填给{name}。</source>
        <translation>“{value}” is already the {field_name} of {other} and cannot be given to {name} as well.</translation>
    </message>
    <message>
        <source>数据有效期“{rule}”无效：请填写 1–600 的月数，或 cycle（本报送周期）。</source>
        <translation>Validity “{rule}” is not valid: enter a number of months from 1 to 600, or cycle (the current reporting cycle).</translation>
    </message>
    <message>
        <source>找不到这条冲突记录（编号 {id}）。</source>
        <translation>Conflict record {id} cannot be found.</translation>
    </message>
    <message>
        <source>这条冲突已经处理过了，当前值为“{value}”。</source>
        <translation>This conflict has already been resolved; the current value is “{value}”.</translation>
    </message>
    <message>
        <source>“{value}”不是这条冲突中的任何一个值，请从列出的值中选择。</source>
        <translation>“{value}” is not one of this conflict&apos;s values; choose one of those listed.</translation>
    </message>
    <message>
        <source>报送周期“{key}”写法不对：月度写 2026-11，季度写 2026-Q4，年度写 2026；专项周期用汉字、字母、数字和短横线起名，最多 40 个字。</source>
        <translation>Reporting cycle &quot;{key}&quot; is not written correctly: write monthly as 2026-11, quarterly as 2026-Q4, yearly as 2026; name an ad-hoc cycle with Chinese characters, letters, digits and hyphens, up to 40 characters.</translation>
    </message>
    <message>
        <source>报送周期“{key}”的年份应在 2000 到 2099 之间。</source>
        <translation>The year of reporting cycle &quot;{key}&quot; must be between 2000 and 2099.</translation>
    </message>
    <message>
        <source>自动归入的周期只能是月度、季度或年度。</source>
        <translation>Automatic assignment only works for a monthly, quarterly or yearly cycle.</translation>
    </message>
    <message>
        <source>没有名为“{key}”的专项报送周期。请先新建，或检查名称。</source>
        <translation>There is no ad-hoc reporting cycle named &quot;{key}&quot;. Create it first, or check the name.</translation>
    </message>
    <message>
        <source>“{key}”是月度、季度或年度周期，不用新建；专项周期请起一个名字，例如 2026-防汛专项。</source>
        <translation>&quot;{key}&quot; is a monthly, quarterly or yearly cycle and does not need to be created; give an ad-hoc cycle a name, for example 2026-flood-control.</translation>
    </message>
    <message>
        <source>专项周期“{key}”已经有了。</source>
        <translation>Ad-hoc cycle &quot;{key}&quot; already exists.</translation>
    </message>
    <message>
        <source>还没有填写单位信息：请到“设置 → 单位信息”填写单位名称和统计用区划代码。</source>
        <translation>The office profile is not filled in yet: go to &quot;Settings → Office profile&quot; and enter the office name and statistical area code.</translation>
    </message>
    <message>
        <source>本周期没有可以按台账填写的报表，不需要生成报送包。</source>
        <translation>This cycle has no forms that can be filled from the ledger, so no submission package is needed.</translation>
    </message>
    <message>
        <source>报表“{title}”没有导入部门模板，无法按台账填写：请用“导入报表模板”登记它的 Excel 模板。</source>
        <translation>Form &quot;{title}&quot; has no department template imported, so it cannot be filled from the ledger: use &quot;Import form template&quot; to add its Excel template.</translation>
    </message>
    <message>
        <source>报表“{title}”在台账里还没有数据：请先把已填好的表格导入台账。</source>
        <translation>Form &quot;{title}&quot; has no data in the ledger yet: first import the filled-in spreadsheets into the ledger.</translation>
    </message>
    <message>
        <source>报表“{title}”还缺 {missing} 个数据：请在“台账 → 补录”里补齐。</source>
        <translation>Form &quot;{title}&quot; is still missing {missing} data items: complete them in &quot;Ledger → Fill in&quot;.</translation>
    </message>
    <message>
        <source>任务“{title}”还没有办结（{status}）。</source>
        <translation>Task &quot;{title}&quot; is not completed yet ({status}).</translation>
    </message>
    <message>
        <source>还没有填写单位信息，无法生成报送包：请到“设置 → 单位信息”填写单位名称和统计用区划代码。</source>
        <translation>The office profile is not filled in yet, so the submission package cannot be created: go to &quot;Settings → Office profile&quot; and enter the office name and statistical area code.</translation>
    </message>
    <message>
        <source>报送周期“{cycle}”没有可以按台账填写的报表（都没有导入部门模板），不需要生成报送包。</source>
        <translation>Reporting cycle &quot;{cycle}&quot; has no forms that can be filled from the ledger (none has a department template imported), so no submission package is needed.</translation>
    </message>
    <message>
        <source>报表“{title}”的模板原件“{name}”不在文件库中（可能被删除或移动），报送包没有生成。请重新导入这张报表的模板。</source>
        <translation>The original template file &quot;{name}&quot; of form &quot;{title}&quot; is not in the file store (it may have been deleted or moved), so the submission package was not created. Please import this form&apos;s template again.</translation>
    </message>
    <message>
        <source>报表“{title}”无法填写，报送包没有生成：{reason}</source>
        <translation>Form &quot;{title}&quot; could not be filled, so the submission package was not created: {reason}</translation>
    </message>
    <message>
        <source>报送包没有生成：{reason}</source>
        <translation>The submission package was not created: {reason}</translation>
    </message>
    <message>
        <source>报送包第 {version} 版已生成并保存在“{path}”，但没能复制到“{folder}”：{reason}</source>
        <translation>Submission package version {version} was created and saved in &quot;{path}&quot;, but could not be copied to &quot;{folder}&quot;: {reason}</translation>
    </message>
    <message>
        <source>“{folder}”不是一个文件夹，请选择保存报送包的文件夹。</source>
        <translation>&quot;{folder}&quot; is not a folder. Please choose a folder to save the submission package in.</translation>
    </message>
    <message>
        <source>请写明办理进展，例如“已完成 3 个村的排查，发现隐患 2 处”。</source>
        <translation>Please describe the progress, for example &quot;Inspection of 3 villages completed; 2 hazards found&quot;.</translation>
    </message>
    <message>
        <source>办理进展最多 {limit} 个字，现在有 {length} 个字。</source>
        <translation>A progress report can be at most {limit} characters; this one has {length}.</translation>
    </message>
    <message>
        <source>进展日期 {day} 晚于今天，请填写已经报送或办理的日期。</source>
        <translation>Progress date {day} is after today. Please enter the date it was actually reported or done.</translation>
    </message>
    <message>
        <source>进展日期 {day} 早于收文日期 {received}，请检查日期。</source>
        <translation>Progress date {day} is before the date received ({received}). Please check the date.</translation>
    </message>
    <message>
        <source>找不到数据包“{path}”，请检查路径。</source>
        <translation>Data package &quot;{path}&quot; not found. Please check the path.</translation>
    </message>
    <message>
        <source>无法读取数据包“{path}”：{reason}</source>
        <translation>Could not read data package &quot;{path}&quot;: {reason}</translation>
    </message>
    <message>
        <source>报送周期 {cycle} 的第 {version} 版已于 {at} 报送；此后台账新增 {rows} 行、改动 {values} 个值。确实要生成新版本，请加 --new-version。</source>
        <translation>Version {version} of cycle {cycle} was submitted on {at}; since then the ledger gained {rows} rows and {values} changed values. To build a new version anyway, add --new-version.</translation>
    </message>
    <message>
        <source>已取消写入 U 盘，U 盘上没有留下不完整的文件。</source>
        <translation>Copying to the USB drive was cancelled; no incomplete file was left on the drive.</translation>
    </message>
    <message>
        <source>U 盘空间已满，写入没有完成。请删除 U 盘上不需要的文件后再写一次。</source>
        <translation>The USB drive is full and the copy did not finish. Delete files you no longer need from the drive and copy again.</translation>
    </message>
    <message>
        <source>文件超过了 U 盘文件系统（FAT32）单个文件 4 GB 的上限，请把 U 盘格式化为 exFAT 后再写。</source>
        <translation>The file is larger than the 4 GB per-file limit of the drive&apos;s FAT32 file system. Format the drive as exFAT and copy again.</translation>
    </message>
    <message>
        <source>U 盘是只读的（可能拨上了写保护开关），请解除写保护后再写一次。</source>
        <translation>The USB drive is read-only (its write-protect switch may be on). Turn write protection off and copy again.</translation>
    </message>
    <message>
        <source>没有权限写入这个位置，请换一个 U 盘或文件夹后再写一次。</source>
        <translation>You are not allowed to write here. Choose another USB drive or folder and copy again.</translation>
    </message>
    <message>
        <source>写入 U 盘时出错，U 盘可能已被拔出，请重新插入后再写一次。</source>
        <translation>Writing to the USB drive failed; the drive may have been pulled out. Plug it in again and copy again.</translation>
    </message>
    <message>
        <source>写入 U 盘失败（{reason}），请检查 U 盘后再写一次。</source>
        <translation>Copying to the USB drive failed ({reason}). Check the drive and copy again.</translation>
    </message>
    <message>
        <source>找不到要复制的数据包 {name}，请重新生成后再写。</source>
        <translation>The package to copy, {name}, cannot be found. Create it again, then copy.</translation>
    </message>
    <message>
        <source>找不到 {folder}，U 盘可能已被拔出，请重新插入后再写一次。</source>
        <translation>{folder} cannot be found; the USB drive may have been pulled out. Plug it in again and copy again.</translation>
    </message>
    <message>
        <source>U 盘剩余空间不足：需要 {need} MB，只有 {have} MB。请腾出空间或换一个 U 盘。</source>
        <translation>Not enough free space on the USB drive: {need} MB needed, only {have} MB free. Free some space or use another drive.</translation>
    </message>
    <message>
        <source>无法读取要复制的数据包 {name}（{reason}）。</source>
        <translation>Cannot read the package to copy, {name} ({reason}).</translation>
    </message>
    <message>
        <source>写入 U 盘后读回的内容与原文件不一致，U 盘可能有坏块。请换一个 U 盘再写一次。</source>
        <translation>What was read back from the USB drive differs from the original; the drive may have bad sectors. Please try again with another USB drive.</translation>
    </message>
    <message>
        <source>“{path}”是一表通正在使用的数据库文件，不能作为附件、模板或报表打开。请选择别的文件；备份请用“备份”功能。</source>
        <translation>“{path}” is the database Yibiao is using; it cannot be opened as an attachment, template or return. Choose another file; to back up, use Backup.</translation>
    </message>
    <message>
        <source>无法写入备份文件夹“{folder}”：{reason}。请检查磁盘空间和权限。</source>
        <translation>Cannot write to the backup folder “{folder}”: {reason}. Please check the free disk space and the permissions.</translation>
    </message>
    <message>
        <source>备份没有完成（{reason}）。请检查磁盘空间后再试，数据库没有被改动。</source>
        <translation>The backup did not complete ({reason}). Check the free disk space and try again; the database was not changed.</translation>
    </message>
    <message>
        <source>备份“{path}”无法读取（{reason}），请选择另一个备份。</source>
        <translation>The backup “{path}” cannot be read ({reason}). Please choose another backup.</translation>
    </message>
    <message>
        <source>至少要保留 1 个备份，保留天数不能是负数。</source>
        <translation>Keep at least 1 backup; the number of days cannot be negative.</translation>
    </message>
    <message>
        <source>找不到备份文件“{path}”，请检查路径。</source>
        <translation>The backup file “{path}” cannot be found. Please check the path.</translation>
    </message>
    <message>
        <source>加密备份“{name}”里的数据库已损坏（{problem}），不能用来还原。</source>
        <translation>The database inside the encrypted backup “{name}” is damaged ({problem}) and cannot be restored.</translation>
    </message>
    <message>
        <source>备份“{path}”本身已损坏（{problem}），请选择另一个备份。</source>
        <translation>The backup “{path}” is itself damaged ({problem}). Please choose another backup.</translation>
    </message>
    <message>
        <source>备份“{path}”由更新版本的一表通创建（数据格式版本 {found}），本程序不能恢复它。请升级本程序，数据库没有被改动。</source>
        <translation>The backup “{path}” was made by a newer version of Yibiao (data format version {found}); this program cannot restore it. Please upgrade this program; the database was not changed.</translation>
    </message>
    <message>
        <source>恢复没有完成（{reason}）。请关闭其他正在使用这个数据库的一表通窗口后再试。</source>
        <translation>The restore did not complete ({reason}). Close any other Yibiao window using this database and try again.</translation>
    </message>
    <message>
        <source>无法读取密码文件“{path}”，请检查路径。</source>
        <translation>Cannot read the passphrase file “{path}”. Please check the path.</translation>
    </message>
    <message>
        <source>恢复会用备份“{backup}”（{summary}）替换数据库“{path}”的全部内容；当前内容会先另存为一个备份。确认恢复请加 --yes。</source>
        <translation>Restoring replaces the whole content of the database “{path}” with the backup “{backup}” ({summary}); the current content is saved as a backup first. Add --yes to confirm.</translation>
    </message>
    <message>
        <source>找不到数据库“{path}”，请检查 --db 参数或 YIBIAO_DB。</source>
        <translation>The database “{path}” cannot be found. Please check --db or YIBIAO_DB.</translation>
    </message>
    <message>
        <source>加密备份“{name}”已损坏或不完整，无法还原。请换一份备份（或重新从电脑备份到U盘）。</source>
        <translation>The encrypted backup “{name}” is damaged or incomplete and cannot be restored. Please use another backup (or back up from the computer to the USB drive again).</translation>
    </message>
    <message>
        <source>已取消，没有留下不完整的文件。</source>
        <translation>Cancelled; no incomplete file was left behind.</translation>
    </message>
    <message>
        <source>密码至少要 {count} 个字符。请换一个更长的密码，并把它记在安全的地方。</source>
        <translation>The passphrase must have at least {count} characters. Please choose a longer one and keep it in a safe place.</translation>
    </message>
    <message>
        <source>“{name}”不是一表通的加密备份文件。请选择以 {suffix} 结尾的备份文件。</source>
        <translation>“{name}” is not a Yibiao encrypted backup. Please choose a backup file ending in {suffix}.</translation>
    </message>
    <message>
        <source>加密备份“{name}”由更新版本的一表通写成，请升级本程序后再还原。</source>
        <translation>The encrypted backup “{name}” was written by a newer version of Yibiao. Please upgrade this program, then restore it.</translation>
    </message>
    <message>
        <source>密码不对，无法打开加密备份“{name}”。请检查密码后再试，数据没有被改动。</source>
        <translation>Wrong passphrase: the encrypted backup “{name}” cannot be opened. Check the passphrase and try again; nothing was changed.</translation>
    </message>
    <message>
        <source>磁盘空间不足，没能写入“{path}”，这次的改动没有保存，已有的数据没有变化。请清理磁盘（删除不需要的文件或清空回收站）后重试。</source>
        <translation>The disk is full: “{path}” could not be written. This change was not saved; the existing data is unchanged. Free some disk space (delete files you do not need or empty the recycle bin) and try again.</translation>
    </message>
    <message>
        <source>没有权限写入“{path}”（文件或文件夹是只读的），这次的改动没有保存，已有的数据没有变化。请检查这个文件和所在文件夹的权限，或把数据库放到可以写入的文件夹后用 --db 打开。</source>
        <translation>No permission to write “{path}” (the file or folder is read-only). This change was not saved; the existing data is unchanged. Check the permissions of this file and its folder, or move the database to a writable folder and open it with --db.</translation>
    </message>
    <message>
        <source>读写“{path}”时出错（{reason}），这次的改动没有保存。请检查磁盘或 U 盘是否已拔出或损坏，然后重试。</source>
        <translation>Reading or writing “{path}” failed ({reason}). This change was not saved. Check whether the disk or USB drive was removed or is damaged, then try again.</translation>
    </message>
    <message>
        <source>数据库“{path}”暂时无法使用：另一个一表通程序正在写入，等了 {seconds} 秒仍未完成。这次的改动没有保存，请稍后重试；如果一直这样，请关闭其他正在使用它的一表通窗口。</source>
        <translation>The database “{path}” is busy: another Yibiao program is writing to it and did not finish within {seconds} seconds. This change was not saved; please try again shortly. If this keeps happening, close the other Yibiao windows that use it.</translation>
    </message>
    <message>
        <source>有 {count} 个工作表</source>
        <translation>{count} worksheets</translation>
    </message>
    <message>
        <source>表格范围达 {rows} 行 × {columns} 列，超过 {limit} 个单元格</source>
        <translation>the sheet spans {rows} rows × {columns} columns, more than {limit} cells</translation>
    </message>
    <message>
        <source>单元格位置超出 Excel 的范围</source>
        <translation>a cell position lies beyond Excel&apos;s range</translation>
    </message>
    <message>
        <source>单元格用了与工作表不同的命名空间前缀</source>
        <translation>cells use a different namespace prefix from the sheet</translation>
    </message>
    <message>
        <source>单元格位置 {cell} 超出 Excel 的范围</source>
        <translation>cell position {cell} lies beyond Excel&apos;s range</translation>
    </message>
    <message>
        <source>行数超过 {limit} 行</source>
        <translation>more than {limit} rows</translation>
    </message>
    <message>
        <source>有单元格的文字超过 {limit} 个字</source>
        <translation>a cell holds more than {limit} characters</translation>
    </message>
    <message>
        <source>压缩包内有 {count} 个部件</source>
        <translation>the archive holds {count} parts</translation>
    </message>
    <message>
        <source>{name} 解压后有 {size} MB</source>
        <translation>{name} inflates to {size} MB</translation>
    </message>
    <message>
        <source>{name} 的压缩比异常（压缩炸弹）</source>
        <translation>{name} has an abnormal compression ratio (a zip bomb)</translation>
    </message>
    <message>
        <source>解压后共有 {size} MB</source>
        <translation>{size} MB in total when inflated</translation>
    </message>
    <message>
        <source>文件有 {size} MB</source>
        <translation>the file has {size} MB</translation>
    </message>
    <message>
        <source>{name} 使用了绝对路径或反斜杠，数据包里不允许</source>
        <translation>{name} uses an absolute path or backslashes, which a package may not contain</translation>
    </message>
    <message>
        <source>{name} 含有“..”或空的路径段（路径穿越），数据包里不允许</source>
        <translation>{name} contains “..” or an empty path segment (path traversal), which a package may not contain</translation>
    </message>
    <message>
        <source>{name} 的名称“{part}”在 Windows 上不安全（保留名、非法字符或过长）</source>
        <translation>The name “{part}” in {name} is not safe on Windows (a reserved name, a forbidden character or too long)</translation>
    </message>
    <message>
        <source>{name} 的路径过长（超过 {limit} 个字符）</source>
        <translation>The path {name} is too long (more than {limit} characters)</translation>
    </message>
    <message>
        <source>Word 文档（.doc）</source>
        <translation>a Word document (.doc)</translation>
    </message>
    <message>
        <source>PowerPoint 演示文稿</source>
        <translation>a PowerPoint presentation</translation>
    </message>
    <message>
        <source>PDF 文件</source>
        <translation>a PDF file</translation>
    </message>
    <message>
        <source>压缩包或 Word/PPT 文档（不是 Excel 工作簿）</source>
        <translation>an archive or a Word/PowerPoint document (not an Excel workbook)</translation>
    </message>
    <message>
        <source>网页（HTML）格式的文件</source>
        <translation>a web page (HTML) file</translation>
    </message>
    <message>
        <source>纯文本（如 CSV/TXT）文件</source>
        <translation>a plain text file (such as CSV/TXT)</translation>
    </message>
    <message>
        <source>非 Excel 的 Office 文件（可能是 WPS 的 .et/.wps 格式）</source>
        <translation>an Office file that is not Excel (perhaps WPS .et/.wps)</translation>
    </message>
    <message>
        <source>无法识别的文件</source>
        <translation>an unrecognised file</translation>
    </message>
    <message>
        <source>无法读取“{file}”：{detail}</source>
        <translation>Cannot read “{file}”: {detail}</translation>
    </message>
    <message>
        <source>文件不存在或已被移动。</source>
        <translation>the file does not exist or has been moved.</translation>
    </message>
    <message>
        <source>不支持 WPS 表格文件（.et），只能导入 .xlsx、.xlsm、.xls、.ods 表格。请在 WPS 中“另存为” .xlsx 后再导入。</source>
        <translation>WPS spreadsheets (.et) are not supported; only .xlsx, .xlsm, .xls and .ods sheets can be imported. In WPS, use “Save as” .xlsx, then import that file.</translation>
    </message>
    <message>
        <source>不支持的文件类型（{ext}），只能导入 .xlsx、.xlsm、.xls、.ods 表格。</source>
        <translation>this file type ({ext}) is not supported; only .xlsx, .xlsm, .xls and .ods sheets can be imported.</translation>
    </message>
    <message>
        <source>无扩展名</source>
        <translation>no extension</translation>
    </message>
    <message>
        <source>文件是空的（0 字节），可能拷贝或下载没有完成。</source>
        <translation>the file is empty (0 bytes); the copy or download may not have finished.</translation>
    </message>
    <message>
        <source>文件扩展名是 {ext}，但内容实际上是{kind}。请用 Excel/WPS 打开后另存为 .xlsx 再导入。</source>
        <translation>the file&apos;s extension is {ext}, but its content is actually {kind}. Open it in Excel/WPS, save it as .xlsx and import that file.</translation>
    </message>
    <message>
        <source>其他格式的文件</source>
        <translation>a file of another format</translation>
    </message>
    <message>
        <source>文件已损坏或不完整（可能下载或拷贝中断）。请重新索取或重新下载该文件。</source>
        <translation>the file is damaged or incomplete (the download or copy may have been interrupted). Ask for the file again or download it again.</translation>
    </message>
    <message>
        <source>文件设置了打开密码（已加密）。请在 Excel/WPS 中取消密码后另存，再导入。</source>
        <translation>the file has an opening password (it is encrypted). Remove the password in Excel/WPS, save it, then import it.</translation>
    </message>
    <message>
        <source>文件超出了报表的合理大小（{limit}）。请确认选对了文件，或在 Excel/WPS 中删去多余的行、列或工作表后另存再导入。</source>
        <translation>the file is larger than any form could reasonably be ({limit}). Check that you chose the right file, or delete the extra rows, columns or sheets in Excel/WPS, save it and import it again.</translation>
    </message>
    <message>
        <source>找不到工作表“{sheet}”。</source>
        <translation>there is no worksheet “{sheet}”.</translation>
    </message>
    <message>
        <source>文件已损坏或格式不正确，无法解析（{error}）。请用 Excel/WPS 打开后另存再试。</source>
        <translation>the file is damaged or not in a valid format and cannot be parsed ({error}). Open it in Excel/WPS, save it again and retry.</translation>
    </message>
    <message>
        <source>内存不足</source>
        <translation>not enough memory</translation>
    </message>
    <message>
        <source>工作簿里没有任何工作表。</source>
        <translation>the workbook has no worksheets.</translation>
    </message>
    <message>
        <source>{name} 不是配置包允许的文件：只能有 config/名称.json、config/名称.csv、config/templates/名称.xlsx</source>
        <translation>{name} is not a file a configuration package may hold: only config/NAME.json, config/NAME.csv and config/templates/NAME.xlsx</translation>
    </message>
    <message>
        <source>{name} 不是数据包允许的文件（{suffix}）：只能有 forms/部门/表名.xlsx、data/编号.csv、汇总.xlsx、report.pdf</source>
        <translation>{name} is not a file a package may hold ({suffix}): only forms/department/title.xlsx, data/id.csv, 汇总.xlsx and report.pdf</translation>
    </message>
    <message>
        <source>文字</source>
        <translation>text</translation>
    </message>
    <message>
        <source>整数</source>
        <translation>an integer</translation>
    </message>
    <message>
        <source>空值</source>
        <translation>null</translation>
    </message>
    <message>
        <source>列表</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>{first}或{second}</source>
        <translation>{first} or {second}</translation>
    </message>
    <message>
        <source>{where} 缺少必需的项“{key}”</source>
        <translation>{where} lacks the required item “{key}”</translation>
    </message>
    <message>
        <source>{where} 的“{key}”</source>
        <translation>{where}.{key}</translation>
    </message>
    <message>
        <source>清单中表格“{title}”的数据项合计与台账填写、手工录入、空缺三项之和不符</source>
        <translation>In the manifest, the cell total of form “{title}” is not the sum of cells filled from the ledger, typed by hand and blank</translation>
    </message>
    <message>
        <source>清单中的数据项总计与各表格之和不符</source>
        <translation>The manifest&apos;s cell totals are not the sum of its forms&apos; cells</translation>
    </message>
    <message>
        <source>{where} 应为{kind}</source>
        <translation>{where} should be {kind}</translation>
    </message>
    <message>
        <source>单位代码应为 12 位数字（统计用区划代码），现在是“{code}”</source>
        <translation>The office code must be 12 digits (the statistical division code); it is “{code}”</translation>
    </message>
    <message>
        <source>报送周期应为文字，例如 2026-11、2026-Q4 或 2026</source>
        <translation>The reporting cycle must be text, such as 2026-11, 2026-Q4 or 2026</translation>
    </message>
    <message>
        <source>报送周期“{cycle}”写法不对：月度写 2026-11，季度写 2026-Q4，年度写 2026</source>
        <translation>The reporting cycle “{cycle}” is not written right: a month is 2026-11, a quarter 2026-Q4, a year 2026</translation>
    </message>
    <message>
        <source>报送周期名称“{cycle}”只能包含汉字、字母、数字和短横线，最多 40 个字</source>
        <translation>The reporting cycle name “{cycle}” may hold only Chinese characters, letters, digits and hyphens, at most 40 characters</translation>
    </message>
    <message>
        <source>版本号应为 1 到 9999 之间的整数，现在是“{version}”</source>
        <translation>The version must be a whole number from 1 to 9999; it is “{version}”</translation>
    </message>
    <message>
        <source>{name} 的校验值不符，文件可能被改动或损坏</source>
        <translation>The checksum of {name} does not match; the file may have been changed or damaged</translation>
    </message>
    <message>
        <source>{name} 的大小与清单不符，文件可能被改动或损坏</source>
        <translation>The size of {name} differs from the manifest; the file may have been changed or damaged</translation>
    </message>
    <message>
        <source>{name} 的目录里有损坏的文件名，数据包可能被改动或损坏</source>
        <translation>The directory of {name} holds a damaged file name; the package may have been changed or damaged</translation>
    </message>
    <message>
        <source>数据包的目录记录与内容不符，数据包可能被改动或损坏</source>
        <translation>The package&apos;s directory record does not match its contents; the package may have been changed or damaged</translation>
    </message>
    <message>
        <source>{name} 是文件夹条目，数据包里只应有文件</source>
        <translation>{name} is a folder entry; a package holds only files</translation>
    </message>
    <message>
        <source>{name} 的文件名未标记 UTF-8 编码，在 Windows 上会显示为乱码</source>
        <translation>The name {name} is not marked as UTF-8 and would show garbled on Windows</translation>
    </message>
    <message>
        <source>{name} 被加密，数据包里不允许</source>
        <translation>{name} is encrypted, which a package may not contain</translation>
    </message>
    <message>
        <source>{name} 使用了 Windows 无法解压的压缩方式</source>
        <translation>{name} uses a compression method Windows cannot unpack</translation>
    </message>
    <message>
        <source>{name} 的目录项与本程序写出的格式不符，数据包可能被改动或损坏</source>
        <translation>The directory entry of {name} differs from what this program writes; the package may have been changed or damaged</translation>
    </message>
    <message>
        <source>{name} 带有可执行或链接属性，数据包里不允许</source>
        <translation>{name} is marked executable or as a link, which a package may not contain</translation>
    </message>
    <message>
        <source>数据包里缺少 manifest.json（清单）</source>
        <translation>The package has no manifest.json (its manifest)</translation>
    </message>
    <message>
        <source>manifest.json 过大，不是本程序生成的清单</source>
        <translation>manifest.json is too large to be a manifest written by this program</translation>
    </message>
    <message>
        <source>manifest.json 无法解析（{error}），清单可能被改动或损坏</source>
        <translation>manifest.json cannot be parsed ({error}); the manifest may have been changed or damaged</translation>
    </message>
    <message>
        <source>manifest.json 嵌套过深，不是本程序生成的清单，可能被改动或损坏</source>
        <translation>manifest.json is nested too deeply to be a manifest written by this program; it may have been changed or damaged</translation>
    </message>
    <message>
        <source>manifest.json 应为对象（{{…}}）</source>
        <translation>manifest.json should be an object ({{…}})</translation>
    </message>
    <message>
        <source>数据包是旧格式（第 {version} 版），没有签名：文件完整，但无法确认是谁生成的</source>
        <translation>The package is in the old format (version {version}) and unsigned: its files are intact, but who made it cannot be confirmed</translation>
    </message>
    <message>
        <source>签名者的密钥不认识（指纹 {fingerprint}）：不是本单位、县级单位或已确认乡镇的密钥。请核对对方报表封面上的“本单位密钥指纹”，确认无误后再信任（yibiao county trust 指纹）。</source>
        <translation>The signer&apos;s key is unknown (fingerprint {fingerprint}): it is not this office&apos;s, the county&apos;s or a confirmed township&apos;s key. Compare it with the &quot;office key fingerprint&quot; on the sender&apos;s report cover, and trust it only once it matches (yibiao county trust FINGERPRINT).</translation>
    </message>
    <message>
        <source>{name}（{code}）的密钥还没有确认（指纹 {fingerprint}）。请核对该乡镇报表封面上的“本单位密钥指纹”，确认无误后运行 yibiao county trust 指纹。</source>
        <translation>The key of {name} ({code}) has not been confirmed yet (fingerprint {fingerprint}). Compare it with the &quot;office key fingerprint&quot; on that township&apos;s report cover, and once it matches run yibiao county trust FINGERPRINT.</translation>
    </message>
    <message>
        <source>{name} 的签名密钥变了：数据包的指纹是 {fingerprint}，已登记的是 {known}。可能是伪造的数据包，也可能对方重装后生成了新密钥；请电话核实后再处理。</source>
        <translation>The signing key of {name} has changed: the package&apos;s fingerprint is {fingerprint}, the registered one is {known}. The package may be forged, or the sender may have reinstalled and made new keys; check by telephone before going on.</translation>
    </message>
    <message>
        <source>{name} 已加密，本单位没有打开它的密钥</source>
        <translation>{name} is encrypted and this office has no key to open it</translation>
    </message>
    <message>
        <source>{name} 不在数据包中</source>
        <translation>{name} is not in the package</translation>
    </message>
    <message>
        <source>{name} 无法作为数据包打开（{error}）</source>
        <translation>{name} cannot be opened as a package ({error})</translation>
    </message>
    <message>
        <source>manifest.json 缺少必需的项“{key}”</source>
        <translation>manifest.json lacks the required item &quot;{key}&quot;</translation>
    </message>
    <message>
        <source>manifest.json 的签名（manifest.sig）与清单不符：数据包在签名后被改动，或签名被替换</source>
        <translation>The signature of manifest.json (manifest.sig) does not match the manifest: the package was changed after it was signed, or the signature was replaced</translation>
    </message>
    <message>
        <source>manifest.json 的 format 应为 {format}</source>
        <translation>The format in manifest.json should be {format}</translation>
    </message>
    <message>
        <source>数据包格式版本 {version} 比本程序新，请升级一表通后再打开</source>
        <translation>Package format version {version} is newer than this program; update Yibiao, then open it again</translation>
    </message>
    <message>
        <source>未知的数据包类型“{kind}”</source>
        <translation>Unknown package kind &quot;{kind}&quot;</translation>
    </message>
    <message>
        <source>manifest.json：{problem}</source>
        <translation>manifest.json: {problem}</translation>
    </message>
    <message>
        <source>{name} 前面有多余的数据（数据包被改动或拼接）</source>
        <translation>There are extra bytes before {name} (the package was changed or joined to something)</translation>
    </message>
    <message>
        <source>{name} 的文件头与目录不一致，数据包可能被改动或损坏</source>
        <translation>The file header of {name} disagrees with the directory; the package may have been changed or damaged</translation>
    </message>
    <message>
        <source>数据包的文件之间有多余的数据（数据包被改动或拼接）</source>
        <translation>There are extra bytes between the package&apos;s files (the package was changed or joined to something)</translation>
    </message>
    <message>
        <source>数据包末尾有多余的数据或注释，不是本程序生成的原样文件</source>
        <translation>The package has extra bytes or a comment at its end; it is not the file as this program wrote it</translation>
    </message>
    <message>
        <source>{name} 不完整：文件末尾的目录缺失，可能是复制时中断（例如 U 盘被拔出）。请从原处重新复制，或重新生成报送包。</source>
        <translation>{name} is incomplete: the directory at the end of the file is missing, perhaps because a copy was interrupted (a USB drive pulled out). Copy it again from where it came from, or build the package again.</translation>
    </message>
    <message>
        <source>{name} 过大（{size} 字节，上限 {limit} 字节），数据包被拒绝</source>
        <translation>{name} is too large ({size} bytes, the limit is {limit} bytes); the package is refused</translation>
    </message>
    <message>
        <source>数据包缺少签名 manifest.sig，来源无法确认，可能被改动</source>
        <translation>The package has no signature (manifest.sig): its origin cannot be confirmed and it may have been changed</translation>
    </message>
    <message>
        <source>manifest.json 没有写明签名者的公钥（signer），来源无法确认</source>
        <translation>manifest.json does not name the signer&apos;s public keys (signer): its origin cannot be confirmed</translation>
    </message>
    <message>
        <source>manifest.json 中签名者的密钥指纹与公钥不符，清单可能被改动</source>
        <translation>The signer&apos;s key fingerprint in manifest.json does not match the public keys; the manifest may have been changed</translation>
    </message>
    <message>
        <source>找不到文件 {name}</source>
        <translation>File {name} not found</translation>
    </message>
    <message>
        <source>{name} 无法作为数据包打开（不是完整的 zip 文件：{error}）</source>
        <translation>{name} cannot be opened as a package (it is not a complete zip file: {error})</translation>
    </message>
    <message>
        <source>数据包里的文件过多（{count} 个，上限 {limit} 个），数据包被拒绝</source>
        <translation>The package holds too many files ({count}, the limit is {limit}); the package is refused</translation>
    </message>
    <message>
        <source>{name} 在数据包里出现了两次</source>
        <translation>{name} appears twice in the package</translation>
    </message>
    <message>
        <source>manifest.json 的文件列表有重复或列出了清单自身</source>
        <translation>The file list in manifest.json has duplicates or lists the manifest itself</translation>
    </message>
    <message>
        <source>{name} 在清单中列出，但数据包里没有这个文件</source>
        <translation>{name} is listed in the manifest but is not in the package</translation>
    </message>
    <message>
        <source>{name} 不在清单中（数据包里多出了未列出的文件）</source>
        <translation>{name} is not in the manifest (the package holds a file it does not list)</translation>
    </message>
    <message>
        <source>manifest.json 的加密说明与文件列表不一致，清单可能被改动</source>
        <translation>The encryption details in manifest.json do not agree with the file list; the manifest may have been changed</translation>
    </message>
    <message>
        <source>数据包已加密，只有指定的接收单位能打开：本单位的密钥不在其接收者之中</source>
        <translation>The package is encrypted and only its named recipients can open it: this office&apos;s key is not among them</translation>
    </message>
    <message>
        <source>manifest.json 的指纹与文件不符，清单可能被改动</source>
        <translation>The fingerprint in manifest.json does not match the files; the manifest may have been changed</translation>
    </message>
    <message>
        <source>清单中表格“{title}”引用的 {name} 不在文件列表中</source>
        <translation>The form “{title}” in the manifest refers to {name}, which is not in the file list</translation>
    </message>
    <message>
        <source>文件名 {name} 与清单不符：按清单应为 {expected}</source>
        <translation>The file name {name} does not match the manifest, which says {expected}</translation>
    </message>
    <message>
        <source>{name} 已损坏，无法读取（{error}）</source>
        <translation>{name} is damaged and cannot be read ({error})</translation>
    </message>
    <message>
        <source>{name} 已存在；每次生成都应使用新的版本号，旧版本需保留</source>
        <translation>{name} exists already; every build takes a new version number and earlier versions are kept</translation>
    </message>
    <message>
        <source>{name} 由程序生成，不能作为文件传入</source>
        <translation>{name} is written by the program and cannot be passed in as a file</translation>
    </message>
    <message>
        <source>{name} 重复（Windows 不区分大小写）</source>
        <translation>{name} appears twice (Windows ignores upper and lower case)</translation>
    </message>
    <message>
        <source>清单中的 {keys} 由程序填写，不能传入</source>
        <translation>The manifest&apos;s {keys} are filled in by the program and cannot be passed in</translation>
    </message>
    <message>
        <source>数据包文件名“{name}”应以 .yibiao 结尾</source>
        <translation>The package file name &quot;{name}&quot; should end in .yibiao</translation>
    </message>
    <message>
        <source>数据包写入后自检未通过：{problem}</source>
        <translation>The package failed its check after writing: {problem}</translation>
    </message>
    <message>
        <source>报送周期 {key} 还没有生成报送包，不能标记为已报送：请先生成报送包。</source>
        <translation>Cycle {key} has no package built yet, so it cannot be marked as submitted: build the package first.</translation>
    </message>
    <message>
        <source>报送周期 {key} 没有第 {version} 版报送包（已生成：{built}）。</source>
        <translation>Cycle {key} has no package version {version} (built: {built}).</translation>
    </message>
    <message>
        <source>“{name}”不在报送包的历史记录里，无法标记为已报送。</source>
        <translation>“{name}” is not in the package history, so it cannot be marked as submitted.</translation>
    </message>
    <message>
        <source>报送周期“{cycle}”第 {version} 版还没有经审核人审核，不能标记为已报送。请先由审核人审核这一版（users sign-off --cycle {cycle} --version {version} --reviewer 名称），或审核后重新生成。</source>
        <translation>Version {version} of reporting cycle “{cycle}” has not been signed off by a reviewer, so it cannot be marked as submitted. Have a reviewer sign off this version first (users sign-off --cycle {cycle} --version {version} --reviewer NAME), or sign off and build it again.</translation>
    </message>
    <message>
        <source>工作表“{sheet}”里找不到表头。</source>
        <translation>no table header found in worksheet “{sheet}”.</translation>
    </message>
    <message>
        <source>工作簿里没有找到带表头的表格（工作表都是空的、隐藏的或只有说明文字）。</source>
        <translation>no table with a header was found in the workbook (its sheets are empty, hidden or hold only instructions).</translation>
    </message>
    <message>
        <source>读取这个文件时表格组件异常退出（文件可能已损坏或是特意构造的）。程序和已录入的内容不受影响。请重新索取该文件，或用 Excel/WPS 打开后另存再试。</source>
        <translation>the spreadsheet component quit while reading this file (it may be damaged or crafted). The program and everything entered are not affected. Ask for the file again, or open it in Excel/WPS, save it again and retry.</translation>
    </message>
    <message>
        <source>读取这个文件超过 {seconds} 秒仍未完成，已停止（文件可能已损坏或异常庞大）。请确认选对了文件，或用 Excel/WPS 打开后另存再试。</source>
        <translation>reading this file had not finished after {seconds} seconds and was stopped (it may be damaged or unusually large). Check that you chose the right file, or open it in Excel/WPS, save it again and retry.</translation>
    </message>
    <message>
        <source>读取顺序有误。</source>
        <translation>the reading steps came in the wrong order.</translation>
    </message>
    <message>
        <source>找不到模板文件“{path}”，请确认文件没有被移动或删除。</source>
        <translation>Template file “{path}” not found; check that it was not moved or deleted.</translation>
    </message>
    <message>
        <source>模板“{name}”不是 Excel 表格（只支持 .xlsx、.xlsm、.xls），无法填写。</source>
        <translation>The template “{name}” is not an Excel sheet (only .xlsx, .xlsm and .xls are supported) and cannot be filled.</translation>
    </message>
    <message>
        <source>列号“{key}”不是数字，无法填写模板“{name}”。</source>
        <translation>The column number “{key}” is not a number; the template “{name}” cannot be filled.</translation>
    </message>
    <message>
        <source>第 {column} 列超出了模板“{name}”的表格范围（表格共 {width} 列），请重新核对列的对应关系。</source>
        <translation>Column {column} lies beyond the table of the template “{name}” (it has {width} columns); check the column mapping again.</translation>
    </message>
    <message>
        <source>模板文件“{name}”无法打开（{error}），可能已损坏或设置了密码。</source>
        <translation>The template file “{name}” cannot be opened ({error}); it may be damaged or have a password.</translation>
    </message>
    <message>
        <source>模板“{name}”中找不到工作表“{sheet}”，模板可能已被修改，请重新导入。</source>
        <translation>The template “{name}” has no worksheet “{sheet}”; it may have been changed. Import it again.</translation>
    </message>
    <message>
        <source>模板的版式信息不完整（缺少 {missing}），请重新导入模板。</source>
        <translation>The template&apos;s layout is incomplete ({missing} is missing); import the template again.</translation>
    </message>
    <message>
        <source>无法保存“{path}”（{error}）。文件可能正在被 Excel/WPS 打开，或磁盘已满。</source>
        <translation>Cannot save “{path}” ({error}). The file may be open in Excel/WPS, or the disk is full.</translation>
    </message>
    <message>
        <source>来文单位“{name}”不在列表中，也不像列表中哪个单位的简称或旧称（yibiao departments list 列出全部）。确是新的来文单位，请加 --new-department 再执行一次，它会被添加到列表中。</source>
        <translation>Unknown sending department &quot;{name}&quot;. It is not on the list, nor a short or former name of one (yibiao departments list shows them all). If it really is a new department, run the command again with --new-department and it will be added to the list.</translation>
    </message>
    <message>
        <source>“{path}”不是一表通导出的同义词文件，未导入任何内容。</source>
        <translation>“{path}” is not a synonym file exported by Yibiao; nothing was imported.</translation>
    </message>
    <message>
        <source>“{path}”由较新版本的一表通导出（格式版本 {version}），请先升级本程序再导入。</source>
        <translation>“{path}” was exported by a newer Yibiao (format version {version}); update this program before importing it.</translation>
    </message>
    <message>
        <source>无法读取“{path}”：{reason}</source>
        <translation>Cannot read “{path}”: {reason}</translation>
    </message>
    <message>
        <source>无法写入“{path}”：{reason}。请换一个文件夹或检查磁盘空间。</source>
        <translation>Cannot write “{path}”: {reason}. Choose another folder or check the free disk space.</translation>
    </message>
    <message>
        <source>频次“{value}”无法识别：请填 月、季、半年、年 或 一次性。</source>
        <translation>Frequency “{value}” is not recognised: enter 月 (monthly), 季 (quarterly), 半年 (half-yearly), 年 (yearly) or 一次性 (one-off).</translation>
    </message>
    <message>
        <source>报送时限“{value}”无法识别：请写成 周期结束后5个工作日（cycle_end+5wd）、周期结束后10天（cycle_end+10d）、次月10日前（next_month:10）、周期结束（cycle_end+0d）或某一天（2026-12-20）。</source>
        <translation>Due rule “{value}” is not recognised: write it as 周期结束后5个工作日 (cycle_end+5wd), 周期结束后10天 (cycle_end+10d), 次月10日前 (next_month:10), 周期结束 (cycle_end+0d) or a day (2026-12-20).</translation>
    </message>
    <message>
        <source>找不到“{path}”，请检查路径或 U 盘是否已插好</source>
        <translation>“{path}” was not found: check the path, or that the USB drive is plugged in</translation>
    </message>
    <message>
        <source>这是县里的配置包，不是乡镇的报送包，县级不导入</source>
        <translation>This is the county&apos;s configuration package, not a township&apos;s submission package; the county does not import it</translation>
    </message>
    <message>
        <source>旧格式（第 {version} 版格式）的数据包没有签名，无法确认来自哪个乡镇：请乡镇用新版一表通重新生成报送包</source>
        <translation>A package in the old format (format {version}) has no signature, so it cannot be known which township made it: ask the township to build its package again with the new version of Yibiao</translation>
    </message>
    <message>
        <source>已导入{office}报送周期 {cycle} 的第 {newest} 版，不再导入较旧的第 {version} 版</source>
        <translation>Version {newest} of {office}&apos;s cycle {cycle} is already imported; the older version {version} is not imported</translation>
    </message>
    <message>
        <source>已导入过{office}报送周期 {cycle} 的第 {version} 版，但内容与这个文件不同：同一版本不应有两个不同的数据包，请向乡镇核实</source>
        <translation>Version {version} of {office}&apos;s cycle {cycle} was imported before, but its content differs from this file: one version should never have two different packages; check with the township</translation>
    </message>
    <message>
        <source>{name} 在导入过程中被改动（内容与校验时不同），请重新复制后再导入</source>
        <translation>{name} changed while it was being imported (its content differs from what was checked); copy it again, then import it</translation>
    </message>
    <message>
        <source>清单内容与数据包摘要不一致（{key}），数据包可能被改动</source>
        <translation>The manifest disagrees with the package&apos;s summary ({key}); the package may have been altered</translation>
    </message>
    <message>
        <source>清单中表格“{title}”没有数据文件（data/*.csv），无法导入</source>
        <translation>The form “{title}” in the manifest has no data file (data/*.csv) and cannot be imported</translation>
    </message>
    <message>
        <source>{name} 的表头与清单中的指标编号不一致</source>
        <translation>The header of {name} differs from the field ids in the manifest</translation>
    </message>
    <message>
        <source>{name} 第 {line} 行有 {found} 列，应为 {expected} 列</source>
        <translation>Row {line} of {name} has {found} columns; it should have {expected}</translation>
    </message>
    <message>
        <source>{name} 有 {found} 行数据，清单写的是 {expected} 行</source>
        <translation>{name} holds {found} data rows; the manifest says {expected}</translation>
    </message>
    <message>
        <source>{name} 不是有效的 UTF-8 CSV 文件（{error}）</source>
        <translation>{name} is not a valid UTF-8 CSV file ({error})</translation>
    </message>
    <message>
        <source>数据包已加密，但本县的密钥打不开它：请乡镇先导入本县的配置包，再重新生成报送包</source>
        <translation>The package is encrypted, but this county&apos;s key cannot open it: ask the township to import this county&apos;s configuration package first, then build its package again</translation>
    </message>
    <message>
        <source>取代第 {old} 版（旧版本保留在历史中）</source>
        <translation>replaces version {old} (the older version stays in the history)</translation>
    </message>
    <message>
        <source>将取代已导入的第 {old} 版</source>
        <translation>will replace the imported version {old}</translation>
    </message>
    <message>
        <source>还没有收到专项周期“{cycle}”的数据包；请检查周期名称。</source>
        <translation>No package has been received for the special cycle “{cycle}”; check the cycle&apos;s name.</translation>
    </message>
    <message>
        <source>未登记的签名密钥 {fingerprint}：请先核对{office}报送包 PDF 封面上印的密钥指纹，一致后用“county trust {fingerprint}”（或在同步页面确认）登记该乡镇的密钥，再重新导入</source>
        <translation>Unregistered signing key {fingerprint}: check it against the key fingerprint printed on the PDF cover of {office}&apos;s package; if they match, confirm with “county trust {fingerprint}” (or on the Sync page) to register the township&apos;s key, then import again</translation>
    </message>
    <message>
        <source>{office}的签名密钥变了：已登记的是 {trusted}，这个数据包的是 {fingerprint}。可能是伪造的数据包；如果该乡镇确实换了电脑或重新生成了密钥，请核对其 PDF 封面上的指纹后用“county trust {fingerprint}”确认</source>
        <translation>The signing key of {office} has changed: the registered one is {trusted}, this package&apos;s is {fingerprint}. The package may be forged; if the township really did set up a new computer or make a new key, check the fingerprint on its PDF cover and confirm with “county trust {fingerprint}”</translation>
    </message>
    <message>
        <source>{office}不在本县（本县区划代码 {county}，前 6 位不同），不能按首次报送登记它的密钥。如果它确是本县的乡镇，请先在乡镇名单中添加它（county add-township 代码 名称），再重新导入</source>
        <translation>{office} is not in this county (this county&apos;s area code is {county}; the first 6 digits differ), so its key cannot be registered on first submission. If it really is one of this county&apos;s townships, add it to the township list first (county add-township CODE NAME), then import again</translation>
    </message>
    <message>
        <source>没有见过指纹为“{key}”的密钥：请先导入（或扫描）该乡镇的报送包，再按包上显示的指纹确认</source>
        <translation>No key with the fingerprint “{key}” has been seen: import (or scan) the township&apos;s package first, then confirm the fingerprint it shows</translation>
    </message>
    <message>
        <source>乡镇代码 {key} 见过不止一个待确认的密钥，请用指纹确认：{fingerprints}</source>
        <translation>More than one key waiting for confirmation was seen for township code {key}; confirm one by its fingerprint: {fingerprints}</translation>
    </message>
    <message>
        <source>请填写乡镇名称</source>
        <translation>Enter the township&apos;s name</translation>
    </message>
    <message>
        <source>报表模板“{name}”带有宏：已去掉宏，另存为“{stored}”收下（原文件没有改动）。</source>
        <translation>Template “{name}” contained macros: they were removed and the template was stored as “{stored}” (the original file is unchanged).</translation>
    </message>
    <message>
        <source>报表目录中没有表号“{form_no}”。</source>
        <translation>The form catalogue has no form number “{form_no}”.</translation>
    </message>
    <message>
        <source>请填写表号。</source>
        <translation>Please enter the form number (表号).</translation>
    </message>
    <message>
        <source>表号“{form_no}”太长（最多 40 个字）。</source>
        <translation>Form number “{form_no}” is too long (40 characters at most).</translation>
    </message>
    <message>
        <source>请填写报表标题。</source>
        <translation>Please enter the form&apos;s title.</translation>
    </message>
    <message>
        <source>有效期的截止日 {until} 早于起始日 {start}。</source>
        <translation>The validity ends on {until}, before it begins on {start}.</translation>
    </message>
    <message>
        <source>报表模板“{name}”不是 .xlsx 文件：报表目录只收 .xlsx 模板，请另存为 .xlsx 后再添加。</source>
        <translation>Template “{name}” is not an .xlsx file: the form catalogue takes .xlsx templates only; save it as .xlsx and add it again.</translation>
    </message>
    <message>
        <source>报表模板“{name}”超过 50 MB，不像一张空白模板。</source>
        <translation>Template “{name}” is larger than 50 MB; that is not a blank template.</translation>
    </message>
    <message>
        <source>密钥或签名“{text}”不是有效的 Base64 文字</source>
        <translation>The key or signature &quot;{text}&quot; is not valid Base64 text</translation>
    </message>
    <message>
        <source>密钥或签名长度不对：应为 {length} 字节，现在是 {actual} 字节</source>
        <translation>The key or signature has the wrong length: it should be {length} bytes, it is {actual} bytes</translation>
    </message>
    <message>
        <source>本单位的密钥文件“{path}”不见了（数据库记录的密钥指纹是 {fingerprint}）。请把原来的 .keys 文件夹放回数据库旁边；若确实丢失，只能重新生成密钥，并请县里重新确认本单位的新指纹。</source>
        <translation>This office&apos;s key file &quot;{path}&quot; is missing (the database records key fingerprint {fingerprint}). Put the original .keys folder back beside the database; if it is truly lost, new keys must be made and the county asked to confirm the office&apos;s new fingerprint.</translation>
    </message>
    <message>
        <source>密钥文件“{path}”与本单位数据库记录的密钥不符（文件指纹 {found}，记录指纹 {expected}）。请放回本单位原来的 .keys 文件夹。</source>
        <translation>The key file &quot;{path}&quot; does not match the keys this office&apos;s database records (file fingerprint {found}, recorded fingerprint {expected}). Put back the office&apos;s original .keys folder.</translation>
    </message>
    <message>
        <source>密钥文件“{path}”无法读取或已损坏：{reason}</source>
        <translation>The key file &quot;{path}&quot; cannot be read or is damaged: {reason}</translation>
    </message>
    <message>
        <source>县级单位的公钥无效：{reason}</source>
        <translation>The county&apos;s public key is not valid: {reason}</translation>
    </message>
    <message>
        <source>只有县级单位能导出配置包。请先用 profile set --type 县级 设置本单位为县级。</source>
        <translation>Only a county office can export a configuration package. Set this office up as a county first with profile set --type 县级.</translation>
    </message>
    <message>
        <source>配置包只能导入乡镇单位。请先用 profile set --type 乡镇 设置本单位信息。</source>
        <translation>A configuration package can only be imported by a township office. Set this office up with profile set --type 乡镇 first.</translation>
    </message>
    <message>
        <source>“{path}”是乡镇的报送包，不是县里的配置包，未导入任何内容。</source>
        <translation>“{path}” is a township&apos;s submission package, not the county&apos;s configuration package; nothing was imported.</translation>
    </message>
    <message>
        <source>配置包“{path}”是第 {version} 版，比已导入的第 {current} 版旧，未导入。请使用县里最新的配置包。</source>
        <translation>Configuration package “{path}” is version {version}, older than version {current} already imported; it was not imported. Use the county&apos;s latest configuration package.</translation>
    </message>
    <message>
        <source>注意：配置包来自{county}（区划代码 {code}），而本乡镇的区划代码 {own} 不在这个县。请向县里核对密钥指纹，并检查本单位信息中的区划代码。</source>
        <translation>Note: the configuration package comes from {county} (area code {code}), but this township&apos;s area code {own} is not in that county. Check the key fingerprint with the county, and the area code in this office&apos;s profile.</translation>
    </message>
    <message>
        <source>报表目录中“{form_no}”的模板原件不见了（{path}），配置包没有生成。请用 config whitelist-add --form-no {form_no} --template 文件 重新添加模板，或运行 yibiao check 检查文件库。</source>
        <translation>The template of “{form_no}” in the form catalogue is missing ({path}); no configuration package was written. Add the template again with config whitelist-add --form-no {form_no} --template FILE, or run yibiao check to check the file store.</translation>
    </message>
    <message>
        <source>配置包“{path}”没有签名（旧格式），不能作为县级配置导入。请向县里要一份新的配置包。</source>
        <translation>Configuration package “{path}” is not signed (old format) and cannot be imported as the county&apos;s configuration. Ask the county for a new configuration package.</translation>
    </message>
    <message>
        <source>配置包“{path}”的签名密钥（指纹 {fingerprint}）不是本单位已认可的县级密钥（指纹 {trusted}），未导入。可能是伪造的配置包；如县里确实更换了密钥，请向县里核实指纹。</source>
        <translation>Configuration package “{path}” is signed by a key (fingerprint {fingerprint}) that is not the county key this office accepted (fingerprint {trusted}); it was not imported. It may be forged; if the county really changed its key, check the fingerprint with the county.</translation>
    </message>
    <message>
        <source>配置包中的 {name} 内容不对（{detail}），未导入任何内容。请向县里要一份新的配置包。</source>
        <translation>{name} in the configuration package is not right ({detail}); nothing was imported. Ask the county for a new configuration package.</translation>
    </message>
    <message>
        <source>配置包缺少 {name}，未导入任何内容。请向县里要一份新的配置包。</source>
        <translation>The configuration package lacks {name}; nothing was imported. Ask the county for a new configuration package.</translation>
    </message>
    <message>
        <source>这个配置包由较新版本的一表通生成（配置格式 {version}），请先升级本程序再导入。</source>
        <translation>This configuration package was made by a newer Yibiao (configuration format {version}); upgrade this program first, then import it.</translation>
    </message>
    <message>
        <source>无法读取{office}的数据包中的“{name}”：{reason}</source>
        <translation>Cannot read “{name}” in the package of {office}: {reason}</translation>
    </message>
    <message>
        <source>这个数据库已是“{name}”（乡镇单位），不能再生成县级示范数据。请换一个数据库文件。</source>
        <translation>This database is already “{name}” (a township office); county demo data cannot be added to it. Use another database file.</translation>
    </message>
    <message>
        <source>这个数据库已是“{name}”（县级单位），不能再生成乡镇示范数据。请换一个数据库文件。</source>
        <translation>This database is already “{name}” (a county office); township demo data cannot be added to it. Use another database file.</translation>
    </message>
    <message>
        <source>另建一个示范乡镇时请同时给出 --name 和 --code，例如 --name 杨柳乡人民政府 --code 530699113000。</source>
        <translation>To make another demo township give both --name and --code, e.g. --name 杨柳乡人民政府 --code 530699113000.</translation>
    </message>
    <message>
        <source>无法在“{path}”保存 PDF：请给出一个已存在文件夹中的文件名。</source>
        <translation>Cannot save the PDF as “{path}”: give a file name in a folder that exists.</translation>
    </message>
    <message>
        <source>数据包 {name} 带有指纹为 {key} 的密钥，但没有通过校验，不能据此登记：{reason}</source>
        <translation>The package {name} carries the key with the fingerprint {key}, but it fails its checks, so the key cannot be registered from it: {reason}</translation>
    </message>
    <message>
        <source>无法保存到“{path}”：请给出一个已存在文件夹中的文件名。</source>
        <translation>Cannot save to “{path}”: give a file name in a folder that exists.</translation>
    </message>
    <message>
        <source>“{path}”的扩展名应为 {suffix}。</source>
        <translation>“{path}” should end in {suffix}.</translation>
    </message>
    <message>
        <source>统计期间的结束日 {end} 早于开始日 {start}，请重新选择。</source>
        <translation>The period ends on {end}, before it starts on {start}; please choose the dates again.</translation>
    </message>
    <message>
        <source>没有名为“{measure}”的减负统计项，可用：{measures}。</source>
        <translation>There is no burden measure called “{measure}”; available: {measures}.</translation>
    </message>
    <message>
        <source>“{value}”格式不对，应写成 用语=字段，例如 帮扶人=person.helper；不是字段写 用语=none。</source>
        <translation>“{value}” is not in the right form: write WORDING=FIELD, e.g. 帮扶人=person.helper; for a header that is not a field write WORDING=none.</translation>
    </message>
    <message>
        <source>所选文件中没有“{wording}”这个用语，未导入任何内容。请先用 catalog review-synonyms 查看各文件的用语。</source>
        <translation>None of the chosen files has the wording “{wording}”; nothing was imported. Use catalog review-synonyms first to see the files&apos; wordings.</translation>
    </message>
    <message>
        <source>“{wording}”只能选择这些含义之一：{choices}。未导入任何内容。</source>
        <translation>For “{wording}” choose one of these meanings: {choices}. Nothing was imported.</translation>
    </message>
    <message>
        <source>没有“{role}”这个角色。请选择：填报员、审核人或管理员。</source>
        <translation>There is no role “{role}”. Choose 填报员 (preparer), 审核人 (reviewer) or 管理员 (administrator).</translation>
    </message>
    <message>
        <source>账号名称不能为空。</source>
        <translation>The account name must not be empty.</translation>
    </message>
    <message>
        <source>已有名为“{name}”的账号。请换一个名称。</source>
        <translation>There is already an account named “{name}”. Choose another name.</translation>
    </message>
    <message>
        <source>第一个账号必须是管理员（由他添加其他账号）。请用 --role 管理员 添加。</source>
        <translation>The first account must be an administrator (who then adds the others). Add it with --role 管理员.</translation>
    </message>
    <message>
        <source>只有管理员可以管理账号。请指明一个管理员账号（--admin 名称）。</source>
        <translation>Only an administrator can manage accounts. Name an administrator account (--admin NAME).</translation>
    </message>
    <message>
        <source>“{name}”不是管理员账号，不能管理账号。</source>
        <translation>“{name}” is not an administrator account and cannot manage accounts.</translation>
    </message>
    <message>
        <source>没有名为“{name}”的账号。可用 users list 查看已有账号。</source>
        <translation>There is no account named “{name}”. See the accounts with users list.</translation>
    </message>
    <message>
        <source>“{name}”的角色是{role}，不能审核。报送包须由审核人审核。</source>
        <translation>“{name}” has the role {role} and cannot sign off. A package must be signed off by a reviewer (审核人).</translation>
    </message>
    <message>
        <source>报送周期“{cycle}”第 {version} 版还没有经审核人审核，不能导出。请先由审核人审核（users sign-off --cycle {cycle} --reviewer 名称），再生成并导出。</source>
        <translation>Version {version} of cycle “{cycle}” has not been signed off by a reviewer and cannot be exported. Have a reviewer sign it off first (users sign-off --cycle {cycle} --reviewer NAME), then build and export.</translation>
    </message>
    <message>
        <source>账号“{name}”的密码不对。</source>
        <translation>Wrong password for account “{name}”.</translation>
    </message>
    <message>
        <source>锁定密码至少要 {count} 个字符。</source>
        <translation>The lock password must have at least {count} characters.</translation>
    </message>
    <message>
        <source>自动锁定时间须是 0（不自动锁定）到 1440 分钟之间的整数，而不是“{minutes}”。</source>
        <translation>The idle time before locking must be a whole number of minutes from 0 (never) to 1440, not “{minutes}”.</translation>
    </message>
    <message>
        <source>不能停用自己正在使用的账号“{name}”。请由另一位管理员停用。</source>
        <translation>You cannot disable the account you are signed in with (“{name}”). Ask another administrator to disable it.</translation>
    </message>
    <message>
        <source>“{name}”是最后一个管理员账号，不能停用。请先添加另一个管理员，再停用它。</source>
        <translation>“{name}” is the last administrator account and cannot be disabled. Add another administrator first, then disable it.</translation>
    </message>
    <message>
        <source>新密码不能为空。</source>
        <translation>The new password cannot be empty.</translation>
    </message>
    <message>
        <source>还没有设置程序锁。请先设置锁定密码。</source>
        <translation>No program lock is set. Set a lock password first.</translation>
    </message>
    <message>
        <source>“{name}”不是管理员账号，不能修改程序锁。请由管理员登录后修改。</source>
        <translation>“{name}” is not an administrator account and cannot change the program lock. Ask an administrator to sign in and change it.</translation>
    </message>
    <message>
        <source>已有账号，只有管理员可以修改程序锁。请指明一个管理员账号（--admin 名称）。</source>
        <translation>This office has accounts: only an administrator may change the program lock. Name an administrator account (--admin NAME).</translation>
    </message>
    <message>
        <source>需要账号“{name}”的密码。请用 --password-stdin 从标准输入给出，或在终端里运行以便提示输入。</source>
        <translation>The password of account “{name}” is needed. Give it on standard input with --password-stdin, or run in a terminal to be prompted for it.</translation>
    </message>
    <message>
        <source>两次输入的新密码不一样，什么也没有改。请重新运行。</source>
        <translation>The two new passwords typed differ; nothing was changed. Please run the command again.</translation>
    </message>
    <message>
        <source>请用 --password-stdin 给出锁定密码，或用 --off 取消锁定。</source>
        <translation>Give the lock password with --password-stdin, or remove the lock with --off.</translation>
    </message>
    <message>
        <source>保留年限须是 1 到 100 之间的整数，而不是“{years}”。</source>
        <translation>The retention in years must be a whole number from 1 to 100, not “{years}”.</translation>
    </message>
    <message>
        <source>模板“{name}”含有 Excel 4.0 宏表，不能收下。请在 Excel 中删除宏表（或把内容复制到新工作簿），另存为 .xlsx 后再添加。</source>
        <translation>Template “{name}” contains Excel 4.0 macro sheets and cannot be accepted. Delete the macro sheets in Excel (or copy the content into a new workbook), save it as .xlsx and add it again.</translation>
    </message>
    <message>
        <source>模板“{name}”已损坏，里面的内容读不出来，不能收下。请重新获取模板，或在 Excel 中另存为 .xlsx 后再添加。</source>
        <translation>Template “{name}” is damaged and its content cannot be read, so it cannot be accepted. Get the template again, or save it as .xlsx in Excel and add it again.</translation>
    </message>
</context>
<context>
    <name>fieldtype</name>
    <message>
        <source>文本</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>整数</source>
        <translation>an integer</translation>
    </message>
    <message>
        <source>数值</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>面积</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>是/否</source>
        <translation>Yes/no</translation>
    </message>
    <message>
        <source>选项</source>
        <translation>Choice</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>信用代码</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>编码</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>ledger</name>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>录入</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>人工核定</source>
        <translation>Resolved by clerk</translation>
    </message>
    <message>
        <source>姓名、出生日期、所在村相同</source>
        <translation>Same name, birth date and village</translation>
    </message>
    <message>
        <source>身份号码只差一位，姓名相同</source>
        <translation>Same name, ID differs by one digit</translation>
    </message>
    <message>
        <source>更正了以前录错的身份号码</source>
        <translation>Corrects an earlier mistyped ID</translation>
    </message>
    <message>
        <source>号码无效，已保留待核</source>
        <translation>Invalid number, kept for checking</translation>
    </message>
    <message>
        <source>未填号码，已保留待核</source>
        <translation>No number, kept for checking</translation>
    </message>
</context>
<context>
    <name>overlaps</name>
    <message>
        <source>重复</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>同文号</source>
        <translation>Same doc no.</translation>
    </message>
    <message>
        <source>相似</source>
        <translation>Similar</translation>
    </message>
</context>
<context>
    <name>packages</name>
    <message>
        <source>正在填写 {n}/{total}：{title}</source>
        <translation>Filling in {n}/{total}: {title}</translation>
    </message>
    <message>
        <source>正在生成汇总表…</source>
        <translation>Creating the summary table…</translation>
    </message>
    <message>
        <source>正在生成 PDF…</source>
        <translation>Creating the PDF…</translation>
    </message>
    <message>
        <source>正在打包…</source>
        <translation>Packing…</translation>
    </message>
    <message>
        <source>正在校验…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>正在复制到 {folder}…</source>
        <translation>Copying to {folder}…</translation>
    </message>
    <message>
        <source>已生成 {name}</source>
        <translation>Created {name}</translation>
    </message>
</context>
<context>
    <name>usb</name>
    <message>
        <source>U 盘</source>
        <translation>USB drive</translation>
    </message>
    <message>
        <source>%1（%2）  可用 %3，共 %4</source>
        <translation>%1 (%2)  %3 free of %4</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <source>工作任务</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>会议</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>报表</source>
        <translation>Forms</translation>
    </message>
    <message>
        <source>待办</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>办理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>已报送</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>已归档</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>平件</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>加急</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>特急</source>
        <translation>Extra urgent</translation>
    </message>
    <message>
        <source>非密</source>
        <translation>Unclassified</translation>
    </message>
    <message>
        <source>内部</source>
        <translation>Internal</translation>
    </message>
    <message>
        <source>现场</source>
        <translation>On site</translation>
    </message>
    <message>
        <source>视频</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>一次性</source>
        <translation>One-off</translation>
    </message>
    <message>
        <source>日报</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>周报</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <source>月报</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>县级</source>
        <translation>County</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>type</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>status</translation>
    </message>
    <message>
        <source>紧急程度</source>
        <translation>urgency</translation>
    </message>
    <message>
        <source>密级</source>
        <translation>classification</translation>
    </message>
    <message>
        <source>会议形式</source>
        <translation>meeting format</translation>
    </message>
    <message>
        <source>进度报送要求</source>
        <translation>progress reporting</translation>
    </message>
    <message>
        <source>清单内</source>
        <translation>On the whitelist</translation>
    </message>
    <message>
        <source>清单外：不在报表目录中</source>
        <translation>Off the whitelist: not in the form catalogue</translation>
    </message>
    <message>
        <source>清单外：已过有效期</source>
        <translation>Off the whitelist: past its validity</translation>
    </message>
    <message>
        <source>清单外：尚未生效</source>
        <translation>Off the whitelist: not yet valid</translation>
    </message>
    <message>
        <source>填报员</source>
        <translation>Preparer</translation>
    </message>
    <message>
        <source>审核人</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
</context>
</TS>
