<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>FilterBar</name>
    <message>
        <source>全部类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未办结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时限从</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索标题、文号、备注（Ctrl+F）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>清除筛选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部来文单位</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemDetail</name>
    <message>
        <source>修改…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>彻底删除…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在左侧列表中选择一件事项查看详情。
按 Ctrl+N 登记新事项，或把文件拖进窗口。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>附件（双击打开副本）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已逾期，请尽快办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 个工作日内到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来文单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收文日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>紧急程度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>承办人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>会议时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>形式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>主要负责人须参会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可委派他人参会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>进度报送要求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>是</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>否</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>修改事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记新事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：关于报送第四季度低收入人口监测数据的通知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择或输入来文单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：县人社发〔2026〕12号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有办理时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>精确到时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标题 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来文单位 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收文日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>紧急程度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>承办人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>会议信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>主要负责人须参会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可委派他人参会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开始</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结束</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>形式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>任务信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无需报送进度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>进度报送要求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加附件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>附件（原件原样保存，可直接拖入本窗口）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提示：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择附件</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>今日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收文登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>会议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每项数据只采集一次：人员、户、村、企业的台账，自动识别重复的数据请求，按各部门模板自动填表。&lt;br&gt;随“一数一源”功能推出。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报送周期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按月、季、年整理每个报送周期的报表、任务和会议，生成一个可打印、可签章的报送包，写入 U 盘交县里。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>县级模式：导入各乡镇的报送包，检查是否齐全，再按部门分发汇总文件。全程离线，通过 U 盘传递。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>减负统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统计收到的报表、重复请求和复用的数据，形成乡镇和县里都能据以改进的减负监测数字。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把来文或报表文件拖进窗口即可开始登记。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记新事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一表通·乡镇版</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderView</name>
    <message>
        <source>即将推出</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>本单位信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>欢迎使用一表通。请先填写本单位信息，报送包和报表会用到这些信息。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：白沙镇人民政府</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 位统计用区划代码，例如 530624100000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：云溪县</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>区划代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属县（市、区）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryTableModel</name>
    <message>
        <source>已逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 个工作日内到期</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryView</name>
    <message>
        <source>＋ 登记（Ctrl+N）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:#f8d7da&apos;&gt;&amp;nbsp;红色&amp;nbsp;&lt;/span&gt; 已逾期&#x3000;&lt;span style=&apos;background:#ffe8b3&apos;&gt;&amp;nbsp;黄色&amp;nbsp;&lt;/span&gt; 2 个工作日内到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>共 %n 件</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>彻底删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确定要彻底删除“%1”吗？
删除后无法恢复，附件原件仍保留在文件库中。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法完成</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>修改本单位信息…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本单位信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>简称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新单位全称，例如 县林业局</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>改名…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除/停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来文单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>语言（重新启动后生效）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>指标库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>指标库（统一的字段目录）随“报表导入”功能推出，届时可在此查看和编辑。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>区划代码：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属县：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未填写。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>使用中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>改名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位全称：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该单位已有登记事项，不能删除，已改为停用（不再出现在选择列表中）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>界面语言将在重新启动程序后生效。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>已逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 日内到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本周会议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>双击一项打开详情。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&#x3000;今天是 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（无）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>无法打开数据库</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>错误：{message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提示：{message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（没有符合条件的事项）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事项 {id} 已彻底删除。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 日内到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本周会议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>示范单位已就绪：{office}，{items} 件事项，来自 {departments} 个单位。数据库：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未设置单位信息。请运行 yibiao profile set …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>日期“{value}”无法识别，请按 YYYY-MM-DD 填写，例如 2026-11-27。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间“{value}”无法识别，请按 YYYY-MM-DD HH:MM 填写，例如 2026-11-30 17:00。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未知的来文单位“{name}”。请先在“设置 → 来文单位”中添加，或选择列表中的单位。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写单位名称。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来文单位“{name}”已在列表中。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到编号为 {id} 的来文单位。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文号的年份应使用六角括号〔〕，序号不编虚位，例如 县人社发〔2026〕12号。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文号不符合 GB/T 9704 的格式（机关代字〔年份〕序号号，例如 县人社发〔2026〕12号），已照原样登记。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该文件标有密级“{level}”。涉密文件不得在本程序中登记，请按保密管理规定在涉密台账中办理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}”不是有效的{label}，可选：{choices}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写标题。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标题过长（{length} 字），请控制在 {limit} 字以内。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理时限 {due} 早于收文日期 {received}，请检查两个日期。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>会议结束时间 {end} 早于开始时间 {start}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位类型只能是“乡镇”或“县级”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写单位名称，例如 白沙镇人民政府。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统计用区划代码“{code}”应为 12 位数字，例如 530624100000。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{code}”不是乡镇级区划代码：第 7–9 位是乡镇编号（不能为 000），末 3 位应为 000。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{code}”不是县级区划代码：县级代码的末 6 位应为 000000。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写所属县（市、区）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到编号为 {id} 的登记事项。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文号“{doc_no}”已登记过（事项编号 {ids}），请确认是否重复收文。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新登记的事项不能直接设为“已归档”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事项 {id} 已归档，不能修改。如需修改，请先取消归档。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请使用“归档”操作归档事项。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只有已归档的事项才能彻底删除。请先归档事项 {id}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>彻底删除不可恢复，请确认后再执行（命令行加 --yes）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到文件“{path}”，或它不是一个普通文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法保存文件“{path}”的原件：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{path}”不是本程序的数据库文件（不是 SQLite 格式）。请检查 --db 参数或 YIBIAO_DB 指向的文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{path}”是一个文件夹，不是数据库文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法打开数据库“{path}”：{reason}。文件可能已损坏，请用备份恢复。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库“{path}”由更新版本的一表通创建（数据格式版本 {found}，本程序支持到 {supported}）。请升级本程序后再打开，数据没有被改动。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <source>工作任务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>会议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已报送</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>加急</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>特急</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>非密</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>现场</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>视频</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一次性</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>周报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>月报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>乡镇</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>县级</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
