<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CatalogTableModel</name>
    <message>
        <source>编号</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>Row type</translation>
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
    <name>ConflictPanel</name>
    <message>
        <source>对象</source>
        <translation>Who</translation>
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
        <translation>Who</translation>
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
        <source>显示完整信息</source>
        <translation>Show full details</translation>
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
        <translation>Import into ledger</translation>
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
        <source>已登记报表“%1”，各列对应的指标已保存。</source>
        <translation>Registered the form &quot;%1&quot;; the field of each column is saved.</translation>
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
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>取消归档</source>
        <translation>Unarchive</translation>
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
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>提示：</source>
        <translation>Note: </translation>
    </message>
    <message>
        <source>选择附件</source>
        <translation>Choose attachments</translation>
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
        <translation>Import into ledger</translation>
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
        <translation>Show full details</translation>
    </message>
    <message>
        <source>身份证号码、电话、银行账号默认部分隐藏，以免旁人看到。</source>
        <translation>ID numbers, phone numbers and bank accounts are partly hidden by default so that visitors cannot read them.</translation>
    </message>
    <message>
        <source>数据项</source>
        <translation>Facts</translation>
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
        <source>本月（%1）收到报表 %2 张，共需填报 %3 项数据；手工录入 %4 项，其余由台账复用，少录 %5 项。</source>
        <translation>This month (%1): %2 forms received, asking for %3 facts in all; %4 typed by hand, the rest reused from the ledger — %5 entries avoided.</translation>
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
        <source>按月、季、年整理每个报送周期的报表、任务和会议，生成一个可打印、可签章的报送包，写入 U 盘交县里。</source>
        <translation>Gathers the forms, tasks and meetings of each monthly, quarterly or annual reporting cycle into one submission package that can be printed and sealed, written to a USB drive for the county.</translation>
    </message>
    <message>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>县级模式：导入各乡镇的报送包，检查是否齐全，再按部门分发汇总文件。全程离线，通过 U 盘传递。</source>
        <translation>County mode: import each township&apos;s submission package, check that it is complete, then distribute the consolidated files by department. Fully offline, carried on USB drives.</translation>
    </message>
    <message>
        <source>减负统计</source>
        <translation>Burden monitor</translation>
    </message>
    <message>
        <source>统计收到的报表、重复请求和复用的数据，形成乡镇和县里都能据以改进的减负监测数字。</source>
        <translation>Counts the forms received, repeated requests and reused data, giving burden-reduction figures that both the township and the county can act on.</translation>
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
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
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
        <source>双击一项打开详情。</source>
        <translation>Double-click an entry to open its details.</translation>
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
    <name>app</name>
    <message>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>错误：{message}</source>
        <translation>Error: {message}</translation>
    </message>
    <message>
        <source>数据库“{path}”暂时无法使用（{reason}）。请关闭其他正在使用它的一表通窗口后重试。</source>
        <translation>The database &quot;{path}&quot; cannot be used right now ({reason}). Close any other Yibiao window using it and try again.</translation>
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
        <source>示范单位已就绪：{office}，{items} 件事项，来自 {departments} 个单位。数据库：{path}</source>
        <translation>Demo office ready: {office}, {items} items from {departments} departments. Database: {path}</translation>
    </message>
    <message>
        <source>尚未设置单位信息。请运行 yibiao profile set …</source>
        <translation>Office details are not set yet. Run yibiao profile set …</translation>
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
        <source>  冲突：{label} 的 {field}：{values}</source>
        <translation>  Conflict: {field} of {label}: {values}</translation>
    </message>
    <message>
        <source>  请确认：第 {row} 行按姓名等信息认定为 {label}（{key}）</source>
        <translation>  Please confirm: row {row} was taken to be {label} ({key}) from the name and other details</translation>
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
        <source>未知的来文单位“{name}”。请先在“设置 → 来文单位”中添加，或选择列表中的单位。</source>
        <translation>Unknown sending department &quot;{name}&quot;. Add it first under &quot;Settings → Sending departments&quot;, or choose one from the list.</translation>
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
        <translation>Cannot open the database &quot;{path}&quot;: {reason}. The file may be damaged; restore it from a backup.</translation>
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
        <source>找不到文件“{file}”：文件不存在或已被移动。</source>
        <translation>Cannot find &quot;{file}&quot;: the file does not exist or has been moved.</translation>
    </message>
    <message>
        <source>无法读取“{file}”：不支持这种文件类型，只能导入 .xlsx、.xlsm、.xls、.ods 表格。WPS 表格（.et）或 Word 文件请先另存为 .xlsx。</source>
        <translation>Cannot read &quot;{file}&quot;: this file type is not supported; only .xlsx, .xlsm, .xls and .ods spreadsheets can be imported. Save WPS (.et) or Word files as .xlsx first.</translation>
    </message>
    <message>
        <source>无法读取“{file}”：文件是空的或没有任何工作表，可能拷贝或下载没有完成。</source>
        <translation>Cannot read &quot;{file}&quot;: the file is empty or has no sheets; the copy or download may not have finished.</translation>
    </message>
    <message>
        <source>无法读取“{file}”：文件设置了打开密码。请在 Excel/WPS 中取消密码后另存，再导入。</source>
        <translation>Cannot read &quot;{file}&quot;: the file is password-protected. Remove the password in Excel/WPS, save it again, then import it.</translation>
    </message>
    <message>
        <source>无法读取“{file}”：文件已损坏或不完整（可能下载或拷贝中断）。请重新索取该文件，或用 Excel/WPS 打开后另存再试。</source>
        <translation>Cannot read &quot;{file}&quot;: the file is damaged or incomplete (the download or copy may have been interrupted). Ask for the file again, or open it in Excel/WPS, save it again and retry.</translation>
    </message>
    <message>
        <source>无法读取“{file}”：文件扩展名与内容不符（不是表格文件）。请用 Excel/WPS 打开后另存为 .xlsx 再导入。</source>
        <translation>Cannot read &quot;{file}&quot;: the file&apos;s extension does not match its content (it is not a spreadsheet). Open it in Excel/WPS, save it as .xlsx, then import it.</translation>
    </message>
    <message>
        <source>无法读取“{file}”：找不到指定的工作表。</source>
        <translation>Cannot read &quot;{file}&quot;: the requested sheet does not exist.</translation>
    </message>
    <message>
        <source>“{file}”的每一行不是人员、户、村或企业（识别为：{kind}），不能导入台账。</source>
        <translation>The rows of &quot;{file}&quot; are not persons, households, villages or enterprises (recognised as: {kind}), so it cannot be imported into the ledger.</translation>
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
        <source>保存位置“{folder}”不存在，请选择其他文件夹。</source>
        <translation>The folder &quot;{folder}&quot; does not exist. Please choose another folder.</translation>
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
</context>
<context>
    <name>fieldtype</name>
    <message>
        <source>文本</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>整数</source>
        <translation>Integer</translation>
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
    <name>vocab</name>
    <message>
        <source>工作任务</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>会议</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>报表</source>
        <translation>Form</translation>
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
</context>
</TS>
