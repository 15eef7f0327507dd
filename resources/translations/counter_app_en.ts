<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../counter_app/ui/about.py" line="16" />
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/about.py" line="18" />
        <source>物业收费前台 版本 {v}</source>
        <translation>Property fee counter, version {v}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/about.py" line="26" />
        <source>复制诊断信息</source>
        <translation>Copy diagnostics</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/about.py" line="28" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context><context>
    <name>AppController</name>
    <message>
        <location filename="../../counter_app/ui/app.py" line="77" />
        <source>正在建立演示数据库（约 600 户、两年历史，仅首次）…</source>
        <translation>Building the demo database (about 600 units, two years; first time only)…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/app.py" line="85" />
        <source>演示数据库</source>
        <translation>Demo database</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/app.py" line="95" />
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/app.py" line="168" />
        <source>练习模式</source>
        <translation>Training mode</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/app.py" line="169" />
        <source>练习模式只在单机账本上使用；连接服务器的收费窗口不能练习，以免影响其他窗口。</source>
        <translation>Training mode works on a single-PC ledger only; a counter on the server cannot practise, so as not to affect the other counters.</translation>
    </message>
</context><context>
    <name>ArrearsDialog</name>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="184" />
        <source>欠费清单</source>
        <translation>Arrears list</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="187" />
        <source>全部楼栋</source>
        <translation>All buildings</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="190" />
        <source>截至</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="190" />
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="196" />
        <source>全部账龄</source>
        <translation>All ages</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="199" />
        <source>合计不少于（元）</source>
        <translation>Total at least (yuan)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="201" />
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="201" />
        <source>账龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="230" />
        <source>欠费明细</source>
        <translation>Units in arrears</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="231" />
        <source>汇总</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="234" />
        <source>楼盘图</source>
        <translation>Floor grid</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="238" />
        <source>全部项目</source>
        <translation>All items</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="253" />
        <source>“{t}”不是金额</source>
        <translation>"{t}" is not an amount</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="261" />
        <source>显示 {n} 户：</source>
        <translation>Shown: {n} units: </translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="278" />
        <source>欠费 {n} 户：</source>
        <translation>{n} units in arrears: </translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="280" />
        <source>（未到期的费用不在其中）</source>
        <translation> (charges not yet due are not in it)</translation>
    </message>
</context><context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../counter_app/ui/audit_viewer.py" line="41" />
        <source>审计日志</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/audit_viewer.py" line="46" />
        <source>操作，如 receipt.void</source>
        <translation>Action, e.g. receipt.void</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/audit_viewer.py" line="48" />
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/audit_viewer.py" line="50" />
        <source>编号或内容</source>
        <translation>Number or content</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/audit_viewer.py" line="51" />
        <source>查询</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/audit_viewer.py" line="64" />
        <source>校验审计链</source>
        <translation>Verify the chain</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/audit_viewer.py" line="65" />
        <source>导出 CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/audit_viewer.py" line="66" />
        <source>导出 Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/audit_viewer.py" line="85" />
        <source>共 {n} 条</source>
        <translation>{n} entries</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/audit_viewer.py" line="89" />
        <source>审计链与收据内容完整（{n} 条，链头 {head}）</source>
        <translation>Audit chain and receipts intact ({n} rows, head {head})</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/audit_viewer.py" line="90" />
        <source>校验失败：</source>
        <translation>Verification failed: </translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/audit_viewer.py" line="102" />
        <source>导出审计日志</source>
        <translation>Export the audit trail</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/audit_viewer.py" line="105" />
        <source>已导出：{p}</source>
        <translation>Exported: {p}</translation>
    </message>
</context><context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../counter_app/ui/workers.py" line="68" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context><context>
    <name>BackupSettingsDialog</name>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="207" />
        <source>备份设置</source>
        <translation>Backup settings</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="213" />
        <source>选择…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="216" />
        <source>备份位置（可为 U 盘或网络共享）</source>
        <translation>Backup folder (a USB drive or a network share)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="219" />
        <source>保留最近几天的每日备份</source>
        <translation>Daily backups kept (days)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="220" />
        <source>保留最近几个月的每月备份</source>
        <translation>Monthly backups kept (months)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="221" />
        <source>每天第一次启动时自动备份；手工备份和恢复前的备份不会被自动删除。</source>
        <translation>A backup is taken at the first start of each day; backups made by hand or before a restore are never removed automatically.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="229" />
        <source>备份位置</source>
        <translation>Backup folder</translation>
    </message>
</context><context>
    <name>BillingDialog</name>
    <message>
        <location filename="../../counter_app/ui/admin/billing.py" line="52" />
        <source>计费</source>
        <translation>Billing</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/billing.py" line="59" />
        <source>全部楼栋</source>
        <translation>All buildings</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/billing.py" line="62" />
        <source>计费月份(&amp;M)</source>
        <translation>Billing &amp;month</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/billing.py" line="63" />
        <source>楼栋(&amp;B)</source>
        <translation>&amp;Building</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/billing.py" line="66" />
        <source>预览 [F5]</source>
        <translation>Preview [F5]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/billing.py" line="67" />
        <source>生成应收 [Ctrl+Enter]</source>
        <translation>Create charges [Ctrl+Enter]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/billing.py" line="68" />
        <source>撤销所选计费…</source>
        <translation>Reverse the selected run…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/billing.py" line="84" />
        <source>预览 / 结果</source>
        <translation>Preview / result</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/billing.py" line="84" />
        <source>未计费</source>
        <translation>Not billed</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/billing.py" line="90" />
        <source>计费记录</source>
        <translation>Billing runs</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/billing.py" line="101" />
        <source>计费月份应写成 YYYY-MM，如 2026-12</source>
        <translation>Write the billing month as YYYY-MM, e.g. 2026-12</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/billing.py" line="119" />
        <source>正在计算 {m} 的应收…</source>
        <translation>Working out the charges of {m}…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/billing.py" line="124" />
        <source>{m} 预览：将新增应收 {n} 笔，合计 ¥{t}。尚未生成，确认无误后按“生成应收”。</source>
        <translation>{m} preview: {n} new charges, ¥{t} in all. Nothing created yet: press “Create charges” when it is right.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/billing.py" line="136" />
        <source>提前计费</source>
        <translation>Billing ahead</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/billing.py" line="137" />
        <source>{m} 比本月提前 {n} 个月。生成后，这些应收会出现在柜台下一次“缴清全部欠费”里。确定要提前计费吗？</source>
        <translation>{m} is {n} months ahead of this month. Once created, these charges appear in the counter's next “pay all due”. Bill ahead all the same?</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/billing.py" line="141" />
        <source>未生成：{m} 需要确认提前计费</source>
        <translation>Not created: billing {m} ahead needs confirming</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/billing.py" line="145" />
        <source>正在生成 {m} 的应收…</source>
        <translation>Creating the charges of {m}…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/billing.py" line="151" />
        <source>{m} 已生成（计费编号 {id}）：新增应收 {n} 笔，合计 ¥{t}；预存自动扣费 {d} 笔。</source>
        <translation>{m} billed (run {id}): {n} new charges, ¥{t} in all; {d} prepaid deductions.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/billing.py" line="157" />
        <source>已取消：本次计费没有生成任何应收</source>
        <translation>Cancelled: this run created no charges</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/billing.py" line="164" />
        <source> 注意：{w}</source>
        <translation> Note: {w}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/billing.py" line="180" />
        <source>请先在计费记录里选中要撤销的一次计费</source>
        <translation>First select the run to reverse in the billing runs</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/billing.py" line="183" />
        <source>撤销计费</source>
        <translation>Reverse a billing run</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/billing.py" line="184" />
        <source>撤销计费 {id} 的原因（将记入审计记录）：</source>
        <translation>Why run {id} is reversed (kept in the audit trail):</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/billing.py" line="193" />
        <source>计费 {id} 已撤销：{n} 笔应收已取消</source>
        <translation>Run {id} reversed: {n} charges cancelled</translation>
    </message>
</context><context>
    <name>BooksDialog</name>
    <message>
        <location filename="../../counter_app/ui/books/dialog.py" line="46" />
        <source>收据本</source>
        <translation>Receipt books</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/dialog.py" line="68" />
        <source>收据本报表 [F9]</source>
        <translation>Book report [F9]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/dialog.py" line="74" />
        <source>关闭 [Esc]</source>
        <translation>Close [Esc]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/dialog.py" line="81" />
        <source>登记收据本</source>
        <translation>Register a book</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/dialog.py" line="84" />
        <source>字轨，如 A 或 SJ-2026</source>
        <translation>Series, e.g. A or SJ-2026</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/dialog.py" line="86" />
        <source>如 0000101</source>
        <translation>e.g. 0000101</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/dialog.py" line="88" />
        <source>如 0000150</source>
        <translation>e.g. 0000150</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/dialog.py" line="117" />
        <location filename="../../counter_app/ui/books/dialog.py" line="89" />
        <source>字轨</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/dialog.py" line="90" />
        <source>起号</source>
        <translation>First number</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/dialog.py" line="91" />
        <source>止号</source>
        <translation>Last number</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/dialog.py" line="92" />
        <source>登记 [Ctrl+Enter]</source>
        <translation>Log [Ctrl+Enter]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/dialog.py" line="102" />
        <source>把所选收据本发给 [F6]</source>
        <translation>Issue the chosen book to [F6]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/dialog.py" line="104" />
        <source>领用人</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/dialog.py" line="110" />
        <source>作废表单（卡纸、打错、撕坏）</source>
        <translation>Void a form (jammed, misprinted, torn)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/dialog.py" line="113" />
        <source>下一张表单</source>
        <translation>Next form</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/dialog.py" line="118" />
        <source>表单号</source>
        <translation>Form number</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/dialog.py" line="119" />
        <source>作废原因</source>
        <translation>The reason for the void</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/dialog.py" line="120" />
        <source>作废表单 [F7]</source>
        <translation>Void form [F7]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/dialog.py" line="135" />
        <source>未发放</source>
        <translation>Not issued</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/dialog.py" line="136" />
        <source>已用完</source>
        <translation>Used up</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/dialog.py" line="142" />
        <source>您手中没有可用的收据本</source>
        <translation>You hold no receipt book with forms left</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/dialog.py" line="167" />
        <source>没有完成：</source>
        <translation>Not done: </translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/dialog.py" line="180" />
        <source>已登记收据本 {result.label}</source>
        <translation>Book {result.label} registered</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/dialog.py" line="191" />
        <source>收据本 {result.label} 已发给 {result.holder}</source>
        <translation>Book {result.label} issued to {result.holder}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/dialog.py" line="199" />
        <source>表单 {result.text} 已作废</source>
        <translation>Form {result.text} voided</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/dialog.py" line="212" />
        <source>收据本报表</source>
        <translation>Receipt book report</translation>
    </message>
</context><context>
    <name>BuildingsDialog</name>
    <message>
        <location filename="../../counter_app/ui/management/lists.py" line="149" />
        <source>楼栋收费情况</source>
        <translation>Payments by building</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/lists.py" line="152" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/lists.py" line="165" />
        <source>本日已交 {paying} 户，历史欠费清缴 {cleared} 户</source>
        <translation>{paying} units paid today, {cleared} cleared earlier years' arrears</translation>
    </message>
</context><context>
    <name>CashMoveDialog</name>
    <message>
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="40" />
        <source>现金收支</source>
        <translation>Cash movements</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="45" />
        <source>零钱补充</source>
        <translation>Paid-in (change)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="45" />
        <source>支出</source>
        <translation>Paid-out</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="46" />
        <source>交款入保险柜</source>
        <translation>Drop to the safe</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="49" />
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="51" />
        <source>元</source>
        <translation>yuan</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="52" />
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="54" />
        <source>垫付</source>
        <translation>Advance</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="54" />
        <source>零星采购</source>
        <translation>Petty purchase</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="55" />
        <source>退押金</source>
        <translation>Deposit refund</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="55" />
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="57" />
        <source>支出原因</source>
        <translation>Reason paid out</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="59" />
        <source>垫付、零星采购须填写</source>
        <translation>Needed for an advance or a petty purchase</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="60" />
        <source>凭证号</source>
        <translation>Voucher number</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="62" />
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="66" />
        <source>本班次的现金收支</source>
        <translation>This shift's cash movements</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="71" />
        <source>冲销所选… [F7]</source>
        <translation>Reverse the chosen… [F7]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="75" />
        <source>关闭 [Esc]</source>
        <translation>Close [Esc]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="78" />
        <source>登记 [Ctrl+Enter]</source>
        <translation>Log [Ctrl+Enter]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="118" />
        <source>{kind} ¥{amount}</source>
        <translation>{kind} ¥{amount}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="127" />
        <source>没有登记：</source>
        <translation>Not recorded: </translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="137" />
        <source>已登记 {n}：{kind} ¥{amount}</source>
        <translation>Recorded {n}: {kind} ¥{amount}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="169" />
        <source>请先在列表中选择要冲销的单据</source>
        <translation>Choose the document to reverse in the list first</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="178" />
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="175" />
        <source>冲销 {n}</source>
        <translation>Reverse {n}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="177" />
        <source>冲销 {n} 的原因</source>
        <translation>Why {n} is reversed</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="184" />
        <source>没有冲销：</source>
        <translation>Not reversed: </translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="197" />
        <source>已取消，没有登记</source>
        <translation>Cancelled; nothing recorded</translation>
    </message>
</context><context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../counter_app/ui/password.py" line="19" />
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/password.py" line="25" />
        <source>原密码</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/password.py" line="26" />
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/password.py" line="27" />
        <source>再次输入新密码</source>
        <translation>Repeat the new password</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/password.py" line="39" />
        <source>两次输入的新密码不一致</source>
        <translation>The new passwords differ</translation>
    </message>
</context><context>
    <name>ChargesModel</name>
    <message>
        <location filename="../../counter_app/ui/unit/models.py" line="72" />
        <source>到期日</source>
        <translation>Due date</translation>
    </message>
</context><context>
    <name>CollectionDialog</name>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="299" />
        <source>月度收费汇总</source>
        <translation>Monthly collection report</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="318" />
        <source>收费率 {rate}，户收费率 {units}，清缴率 {recovery}</source>
        <translation>Collection rate {rate}, households paid {units}, arrears recovery {recovery}</translation>
    </message>
</context><context>
    <name>CollectionWorkDialog</name>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="38" />
        <source>催缴</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="42" />
        <source>通知单</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="43" />
        <source>今日跟进</source>
        <translation>Today's follow-ups</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="53" />
        <source>催缴通知单（已逾期）</source>
        <translation>Dunning notice (overdue)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="53" />
        <source>缴费通知单（本期应缴）</source>
        <translation>Payment notice (due now)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="55" />
        <source>楼栋号，留空为全部</source>
        <translation>Building; empty for all</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="58" />
        <source>全部楼层</source>
        <translation>All floors</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="60" />
        <source>全部账龄</source>
        <translation>All ages</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="63" />
        <source>或指定房号，用逗号分开</source>
        <translation>Or unit numbers, comma-separated</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="66" />
        <source>A4，每页一份</source>
        <translation>A4, one a page</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="67" />
        <source>A5，每张 A4 两份</source>
        <translation>A5, two to an A4 sheet</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="68" />
        <source>种类</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="68" />
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="69" />
        <source>楼层</source>
        <translation>Floor</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="69" />
        <source>账龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="137" />
        <location filename="../../counter_app/ui/management/collection_work.py" line="130" />
        <location filename="../../counter_app/ui/management/collection_work.py" line="70" />
        <source>房号</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="70" />
        <source>纸张</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="72" />
        <source>生成并打印…</source>
        <translation>Make and print…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="91" />
        <source>正在生成通知单…</source>
        <translation>Making the notices…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="102" />
        <source>{kind} {n} 份，合计 ¥{t}。</source>
        <translation>{kind}: {n}, in all ¥{t}. </translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="105" />
        <source>没有要打印的通知单</source>
        <translation>No notices to print</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="107" />
        <source>打印通知单</source>
        <translation>Print notices</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="108" />
        <source>打印到 {p}，并记入催缴记录。现在打印吗？</source>
        <translation>They print to {p} and go into the reminder log. Print them now?</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="109" />
        <source>PDF 文件</source>
        <translation>a PDF file</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="110" />
        <source>打印 {n} 份(&amp;P)</source>
        <translation>&amp;Print {n}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="112" />
        <source>未打印，未记入催缴记录</source>
        <translation>Not printed, not logged</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="123" />
        <source>已取消，未生成通知单</source>
        <translation>Cancelled; no notices made</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="130" />
        <source>跟进日期</source>
        <translation>Follow up on</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="130" />
        <source>方式</source>
        <translation>Tender</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="130" />
        <source>记录人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="131" />
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="141" />
        <source>业主的答复</source>
        <translation>What they said</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="143" />
        <source>记录</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="146" />
        <source>跟进</source>
        <translation>Follow up</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="157" />
        <source>今日跟进（{n}）</source>
        <translation>Today's follow-ups ({n})</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="166" />
        <source>已记录：{unit} {channel}</source>
        <translation>Logged: {unit} {channel}</translation>
    </message>
</context><context>
    <name>ConsultationDialog</name>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="36" />
        <source>咨询台</source>
        <translation>Consultation desk</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="41" />
        <source>收费项目</source>
        <translation>Fee item</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="42" />
        <source>试算</source>
        <translation>Calculator</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="43" />
        <source>对账单</source>
        <translation>Statement</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="44" />
        <source>咨询登记</source>
        <translation>Consultation log</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="50" />
        <source>返回收款 [Esc]</source>
        <translation>Back to the counter [Esc]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="65" />
        <source>项目名称、拼音首字母（wyf）或代码</source>
        <translation>Item name, pinyin initials (wyf) or code</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="76" />
        <source>打印收费公示</source>
        <translation>Print the fee notice</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="89" />
        <source>没有找到</source>
        <translation>Nothing found</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="95" />
        <source>计费方式</source>
        <translation>Formula</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="95" />
        <source>周期</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="96" />
        <source>现行标准</source>
        <translation>Standard in force</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="96" />
        <source>取整</source>
        <translation>Rounding</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="97" />
        <source>滞纳金</source>
        <translation>Late fee</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="97" />
        <source>空置优惠</source>
        <translation>Vacancy discount</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="98" />
        <source>依据</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="98" />
        <source>标准沿革：</source>
        <translation>History of the standard:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="114" />
        <source>房号；留空则按下面的假设</source>
        <translation>Unit; blank to use the figures below</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="116" />
        <source>空置</source>
        <translation>Vacant</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="124" />
        <source>如 2027-06：缴至该月共需多少</source>
        <translation>e.g. 2027-06: how much to pay through that month</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="125" />
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="255" />
        <location filename="../../counter_app/ui/consultation/dialog.py" line="175" />
        <location filename="../../counter_app/ui/consultation/dialog.py" line="125" />
        <source>房号</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="126" />
        <source>假设面积（㎡）</source>
        <translation>Area (㎡), hypothetical</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="127" />
        <source>假设车位数</source>
        <translation>Parking spaces, hypothetical</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="127" />
        <source>假设用量</source>
        <translation>Usage, hypothetical</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="128" />
        <source>起始月</source>
        <translation>First month</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="128" />
        <source>月数</source>
        <translation>Months</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="129" />
        <source>或：缴至</source>
        <translation>Or: pay through</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="134" />
        <source>计算 [Enter]</source>
        <translation>Calculate [Enter]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="153" />
        <source>无法计算：</source>
        <translation>Cannot calculate: </translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="156" />
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="169" />
        <source>生成 [Enter]</source>
        <translation>Show [Enter]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="171" />
        <source>导出 PDF/Excel…</source>
        <translation>Export PDF/Excel…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="173" />
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="175" />
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="175" />
        <source>到</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="207" />
        <source>{u}：{a} 至 {b} 的对账单</source>
        <translation>{u}: statement from {a} to {b}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="232" />
        <source>导出到</source>
        <translation>Export to</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="244" />
        <source>（其他）</source>
        <translation>(other)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="248" />
        <source>不涉及收费项目时的主题，如 停车、装修</source>
        <translation>A topic other than a fee item, e.g. parking, renovation</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="255" />
        <source>来访人</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="256" />
        <source>主题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="256" />
        <source>问题</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="257" />
        <source>答复</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="257" />
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="258" />
        <source>跟进人</source>
        <translation>Follow-up by</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="260" />
        <source>登记 [Ctrl+Enter]</source>
        <translation>Log [Ctrl+Enter]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="262" />
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="268" />
        <source>待跟进</source>
        <translation>Open follow-ups</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="285" />
        <source>未登记：</source>
        <translation>Not logged: </translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="287" />
        <source>已登记咨询</source>
        <translation>Consultation logged</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="303" />
        <source>导出咨询登记</source>
        <translation>Export the consultation log</translation>
    </message>
</context><context>
    <name>CountDialog</name>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="71" />
        <source>交班点钞</source>
        <translation>Count the drawer</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="87" />
        <source>应有现金（备用金 + 现金收入 − 现金退款 + 零钱补充 − 支出 − 交款）</source>
        <translation>Expected cash (float + cash in − cash refunded + paid-in − paid-out − drops)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="88" />
        <source>实点现金</source>
        <translation>Counted cash</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="89" />
        <source>长短款</source>
        <translation>Over / short</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="91" />
        <source>有长短款时必须说明</source>
        <translation>Required when over or short</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="92" />
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="168" />
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="98" />
        <source>交班并打印 Z 报表 [Ctrl+Enter]</source>
        <translation>Close the shift and print the Z report [Ctrl+Enter]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="100" />
        <source>保存点钞 [Ctrl+Enter]</source>
        <translation>Save the count [Ctrl+Enter]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="104" />
        <source>取消 [Esc]</source>
        <translation>Cancel [Esc]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="130" />
        <source>盲点：保存点钞后显示</source>
        <translation>Blind count: shown once the count is saved</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="131" />
        <source>保存点钞后显示</source>
        <translation>Shown once the count is saved</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="136" />
        <source>长款</source>
        <translation>Over</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="136" />
        <source>短款</source>
        <translation>Short</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="136" />
        <source>相符</source>
        <translation>Balanced</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="146" />
        <source>保存点钞</source>
        <translation>Save the count</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="146" />
        <source>实点现金 {counted}。
保存后不能再改点钞，随即显示应有现金和长短款。确定保存吗？</source>
        <translation>Cash counted {counted}.
Once saved the count cannot be changed; the expected cash and any difference are then shown. Save it?</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="148" />
        <source>保存点钞(&amp;S)</source>
        <translation>&amp;Save the count</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="156" />
        <source>交班</source>
        <translation>Close shift</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="156" />
        <source>实点现金 {counted}，{difference}。
交班后本班次不能再收款，Z 报表随即打印。确定交班吗？</source>
        <translation>Cash counted {counted}, {difference}.
After closing, this shift takes no more payments and its Z report prints. Close the shift?</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="159" />
        <source>交班并打印(&amp;Z)</source>
        <translation>Close and print &amp;Z report</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="172" />
        <source>点钞已保存：{difference}。有长短款时请填写说明，再按 Ctrl+Enter 交班</source>
        <translation>Count saved: {difference}. If over or short, write a note, then Ctrl+Enter closes the shift</translation>
    </message>
</context><context>
    <name>CustomerDisplay</name>
    <message>
        <location filename="../../counter_app/ui/customer_display.py" line="67" />
        <source>欢迎光临</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/customer_display.py" line="75" />
        <source>房号 {u}</source>
        <translation>Unit {u}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/customer_display.py" line="83" />
        <source>应收 ¥{t}</source>
        <translation>Due ¥{t}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/customer_display.py" line="88" />
        <source>实收 ¥{p}</source>
        <translation>Paid ¥{p}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/customer_display.py" line="89" />
        <source>找零 ¥{c}</source>
        <translation>Change ¥{c}</translation>
    </message>
</context><context>
    <name>Dashboard</name>
    <message>
        <location filename="../../counter_app/ui/management/dashboard.py" line="45" />
        <source>元</source>
        <translation>yuan</translation>
    </message>
</context><context>
    <name>DashboardDialog</name>
    <message>
        <location filename="../../counter_app/ui/management/dashboard.py" line="58" />
        <source>经营看板</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dashboard.py" line="59" />
        <source>楼栋（楼盘图）</source>
        <translation>Building (floor grid)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dashboard.py" line="62" />
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dashboard.py" line="79" />
        <source>收款</source>
        <translation>Takings</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dashboard.py" line="83" />
        <source>近 24 个月：应收与至今已收（元）</source>
        <translation>Last 24 months: billed and collected to date (yuan)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dashboard.py" line="84" />
        <source>应收</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dashboard.py" line="85" />
        <source>至今已收</source>
        <translation>Collected to date</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dashboard.py" line="86" />
        <source>各月费用至今未收（元）</source>
        <translation>Still owed of each month (yuan)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dashboard.py" line="87" />
        <source>未收</source>
        <translation>Owed</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dashboard.py" line="88" />
        <source>趋势</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dashboard.py" line="91" />
        <source>各月明细</source>
        <translation>Month by month</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dashboard.py" line="94" />
        <source>习惯性迟缴户（{n}）</source>
        <translation>Habitual late payers ({n})</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dashboard.py" line="97" />
        <source>楼盘图</source>
        <translation>Floor grid</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dashboard.py" line="108" />
        <source>今日实收 ¥{day}，本月实收 ¥{month}，本月收费率 {rate}（截至 {on}，同月度收费汇总）</source>
        <translation>Today ¥{day}, this month ¥{month}, collection rate {rate} (to {on}, as in the monthly collection report)</translation>
    </message>
</context><context>
    <name>DataKeeping</name>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="31" />
        <source>尚无备份</source>
        <translation>no backup yet</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="36" />
        <source>今天 {t}</source>
        <translation>today {t}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="38" />
        <source>昨天 {t}</source>
        <translation>yesterday {t}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="39" />
        <source>{n} 天前</source>
        <translation>{n} days ago</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="68" />
        <source>备份：暂时读不到（数据库连接中断）</source>
        <translation>Backup: cannot be read just now (database connection lost)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="72" />
        <source>备份：{age}</source>
        <translation>Backup: {age}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="72" />
        <source>（上次失败）</source>
        <translation>(last attempt failed)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="73" />
        <source>最近一次成功备份的时间</source>
        <translation>When the last good backup was taken</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="82" />
        <source>正在自动备份…</source>
        <translation>Automatic backup running…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="98" />
        <source>已自动备份：{path}</source>
        <translation>Automatic backup taken: {path}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="99" />
        <source>；注意：{why}</source>
        <translation>; note: {why}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="111" />
        <source>导入资料…</source>
        <translation>Import data…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="112" />
        <source>导出资料…</source>
        <translation>Export data…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="140" />
        <location filename="../../counter_app/ui/data/keeping.py" line="113" />
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="114" />
        <source>恢复备份…</source>
        <translation>Restore a backup…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="115" />
        <source>备份设置…</source>
        <translation>Backup settings…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="154" />
        <location filename="../../counter_app/ui/data/keeping.py" line="148" />
        <location filename="../../counter_app/ui/data/keeping.py" line="116" />
        <source>检查账本</source>
        <translation>Check the ledger</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="135" />
        <source>资料</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="139" />
        <source>正在备份并校验…</source>
        <translation>Backing up and verifying…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="140" />
        <source>已备份并校验（{checked}）：
{path}</source>
        <translation>Backed up and verified ({checked}):
{path}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="144" />
        <source>正在检查账本…</source>
        <translation>Checking the ledger…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="148" />
        <source>检查通过：数据库文件{integrity}，审计链 {n} 条，账目一致。</source>
        <translation>Check passed: database file {integrity}, audit chain {n} rows, the accounts agree.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="152" />
        <source>欠费汇总等留存数字的不符，管理员可用 counter-app rebuild-kept 按应收和收据重算</source>
        <translation>Where kept figures (debt summaries, billed months) differ, an administrator can work them out anew from the charges and receipts with counter-app rebuild-kept</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="154" />
        <source>检查发现问题：
{p}</source>
        <translation>The check found problems:
{p}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="188" />
        <location filename="../../counter_app/ui/data/keeping.py" line="184" />
        <location filename="../../counter_app/ui/data/keeping.py" line="178" />
        <source>导出资料</source>
        <translation>Export data</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="178" />
        <source>资料类别</source>
        <translation>Kind of data</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="184" />
        <source>这份表含完整的电话和证件号码，导出会记入个人信息查看记录。用途：</source>
        <translation>This table holds full phone and ID numbers; exporting it is logged as a showing of personal data. Purpose:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="189" />
        <source>Excel 工作簿 (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="191" />
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="193" />
        <source>已导出 {n} 行到 {path}</source>
        <translation>Exported {n} rows to {path}</translation>
    </message>
</context><context>
    <name>DataQualityDialog</name>
    <message>
        <location filename="../../counter_app/ui/management/lists.py" line="127" />
        <source>资料核查</source>
        <translation>Data quality</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/lists.py" line="130" />
        <source>截至</source>
        <translation>As of</translation>
    </message>
</context><context>
    <name>DayCloseDialog</name>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="224" />
        <source>日结</source>
        <translation>Day close</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="230" />
        <source>营业日</source>
        <translation>Business date</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="247" />
        <source>日结并锁定该日… [Ctrl+L]</source>
        <translation>Close and lock the day… [Ctrl+L]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="249" />
        <source>重开该日…</source>
        <translation>Reopen the day…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="251" />
        <source>导出 PDF/Excel/CSV…</source>
        <translation>Export PDF/Excel/CSV…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="252" />
        <source>导入对账单核对…</source>
        <translation>Check a statement…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="253" />
        <source>关闭 [Esc]</source>
        <translation>Close [Esc]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="282" />
        <source>日结报表</source>
        <translation>Day report</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="283" />
        <source>未交班：</source>
        <translation>Shifts still open: </translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="298" />
        <source>日结 {d}</source>
        <translation>Close {d}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="299" />
        <source>日结并锁定 {d}：收据 {n} 张（作废 {v} 张），实收 ¥{r}，应存银行现金 ¥{c}。
锁定后这一天不能再开班、收款或作废；发现错漏时只有管理员能写明原因重开。</source>
        <translation>Close and lock {d}: {n} receipts ({v} voided), received ¥{r}, cash to bank ¥{c}.
Once locked, no shift can be opened, no payment taken and nothing voided on that day; only an administrator can reopen it, with a reason.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="303" />
        <source>日结并锁定(&amp;L)</source>
        <translation>Close and &amp;lock</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="304" />
        <source>未日结</source>
        <translation>Not closed</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="314" />
        <source>{d} 已日结，应存银行现金 ¥{c}</source>
        <translation>{d} closed; cash to deposit ¥{c}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="323" />
        <source>重开 {d} 的日结：这一天可以再开班、收款；再日结时报表会列出这次重开。请写明原因（记入审计记录）：</source>
        <translation>Reopen {d}: shifts can be opened and payments taken on it again; its report, closed again, lists this reopening. Why (it goes into the audit trail):</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="325" />
        <source>重开日结 {d}</source>
        <translation>Reopen {d}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="341" />
        <source>{d} 的日结已重开（原因：{r}），可以再开班、收款</source>
        <translation>{d} reopened ({r}): shifts and payments can be taken again</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="351" />
        <source>对账单不能读取：</source>
        <translation>The statement cannot be read: </translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="355" />
        <source>对账单核对</source>
        <translation>Statement check</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="360" />
        <source>导出到</source>
        <translation>Export to</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="365" />
        <source>对账单</source>
        <translation>Statement</translation>
    </message>
</context><context>
    <name>DebitDialog</name>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="53" />
        <source>银行代扣</source>
        <translation>Bank direct debit</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="57" />
        <source>代扣授权</source>
        <translation>Debit authorisations</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="58" />
        <source>批量文件与回盘</source>
        <translation>Batch files and returns</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="68" />
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="156" />
        <location filename="../../counter_app/ui/debit/dialog.py" line="80" />
        <location filename="../../counter_app/ui/debit/dialog.py" line="68" />
        <source>房号</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="80" />
        <location filename="../../counter_app/ui/debit/dialog.py" line="68" />
        <source>开户行</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="156" />
        <location filename="../../counter_app/ui/debit/dialog.py" line="80" />
        <location filename="../../counter_app/ui/debit/dialog.py" line="68" />
        <source>账号</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="156" />
        <location filename="../../counter_app/ui/debit/dialog.py" line="81" />
        <location filename="../../counter_app/ui/debit/dialog.py" line="69" />
        <source>户名</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="69" />
        <source>起始</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="152" />
        <location filename="../../counter_app/ui/debit/dialog.py" line="69" />
        <source>截止</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="69" />
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="70" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="78" />
        <source>YYYY-MM-DD，可空</source>
        <translation>YYYY-MM-DD, may be blank</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="79" />
        <source>项目代码，逗号分隔；空为全部</source>
        <translation>Item codes, comma-separated; blank for all</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="81" />
        <source>起始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="82" />
        <source>截止日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="82" />
        <source>收费项目</source>
        <translation>Fee item</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="86" />
        <source>终止原因</source>
        <translation>Reason for ending</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="87" />
        <source>登记授权 [Ctrl+Enter]</source>
        <translation>Register authorisation [Ctrl+Enter]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="89" />
        <source>终止所选 [F7]</source>
        <translation>End selected [F7]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="110" />
        <source>已登记代扣授权：{unit} {account}</source>
        <translation>Debit authorisation registered: {unit} {account}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="120" />
        <source>请先在表中选择一条授权</source>
        <translation>Choose an authorisation in the table first</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="127" />
        <source>已终止代扣授权：{unit}</source>
        <translation>Debit authorisation ended: {unit}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="144" />
        <source>生成批量文件… [F8]</source>
        <translation>Make batch file… [F8]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="146" />
        <source>读回盘文件… [F9]</source>
        <translation>Read return file… [F9]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="152" />
        <source>批次</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="152" />
        <source>格式</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="152" />
        <source>户数</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="157" />
        <location filename="../../counter_app/ui/debit/dialog.py" line="153" />
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="153" />
        <source>成功</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="153" />
        <source>失败</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="156" />
        <source>参考号</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="157" />
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="157" />
        <source>收据号/原因</source>
        <translation>Receipt no./reason</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="165" />
        <source>保存批量文件</source>
        <translation>Save batch file</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="168" />
        <source>选择回盘文件</source>
        <translation>Choose return file</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="192" />
        <location filename="../../counter_app/ui/debit/dialog.py" line="178" />
        <source>文件读写失败：{why}</source>
        <translation>The file could not be read or written: {why}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="180" />
        <source>代扣批次 {number}：{n} 户 {amount} 元，已写入 {path}</source>
        <translation>Debit batch {number}: {n} units, {amount} yuan, written to {path}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="195" />
        <source>批次 {batch}：入账 {n} 笔 {amount} 元，失败 {failed} 笔，拒收 {refused} 笔</source>
        <translation>Batch {batch}: {n} posted, {amount} yuan; {failed} failed, {refused} refused</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="199" />
        <source>；本次没有新的入账</source>
        <translation>; nothing new was posted this time</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="218" />
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="218" />
        <source>已终止 {on}</source>
        <translation>Ended {on}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="219" />
        <source>生效</source>
        <translation>In force</translation>
    </message>
</context><context>
    <name>Dialogs</name>
    <message>
        <location filename="../../counter_app/ui/dialog_parts.py" line="15" />
        <source>关闭 [Esc]</source>
        <translation>Close [Esc]</translation>
    </message>
</context><context>
    <name>DiscountDialog</name>
    <message>
        <location filename="../../counter_app/ui/payment/discount.py" line="19" />
        <source>折扣/减免</source>
        <translation>Discount/relief</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/discount.py" line="23" />
        <source>不用优惠</source>
        <translation>No discount</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/discount.py" line="34" />
        <source>原因（必填），如 低保户、空置申请已批</source>
        <translation>Reason (required), e.g. low-income household, vacancy approved</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/discount.py" line="35" />
        <source>优惠政策</source>
        <translation>Discount policy</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/discount.py" line="36" />
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/discount.py" line="39" />
        <source>取消 [Esc]</source>
        <translation>Cancel [Esc]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/discount.py" line="40" />
        <source>下一步：主管授权 [Enter]</source>
        <translation>Next: manager's authorisation [Enter]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/discount.py" line="59" />
        <source>请填写折扣/减免的原因</source>
        <translation>Please give the reason for the discount</translation>
    </message>
</context><context>
    <name>DiscountPoliciesDialog</name>
    <message>
        <location filename="../../counter_app/ui/admin/discounts.py" line="31" />
        <source>折扣/减免政策</source>
        <translation>Discount and relief policies</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/discounts.py" line="33" />
        <source>如 空置房减免、困难户八折</source>
        <translation>e.g. vacant-unit relief, hardship 20% off</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/discounts.py" line="37" />
        <source>打折：8折 或 20%；减免：每月元数</source>
        <translation>Percent off: 8折 or 20%; amount off: yuan a month</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/discounts.py" line="38" />
        <source>收费项目代码，逗号分开，如 WYF,LJF</source>
        <translation>Fee item codes, comma-separated, e.g. WYF,LJF</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/discounts.py" line="40" />
        <source>留空为长期</source>
        <translation>Blank for no end</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/discounts.py" line="47" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/discounts.py" line="47" />
        <source>优惠</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/discounts.py" line="48" />
        <source>收费项目</source>
        <translation>Fee item</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/discounts.py" line="48" />
        <source>有效期</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/discounts.py" line="50" />
        <source>所选政策的最后一天</source>
        <translation>Last day of the chosen policy</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/discounts.py" line="51" />
        <source>新增政策 [Ctrl+S]</source>
        <translation>Add policy [Ctrl+S]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/discounts.py" line="52" />
        <source>结束所选 [Ctrl+E]</source>
        <translation>End selected [Ctrl+E]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/discounts.py" line="76" />
        <source>已新增：{name}（{rule}）</source>
        <translation>Added: {name} ({rule})</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/discounts.py" line="89" />
        <source>{name} 到 {day} 结束</source>
        <translation>{name} ends on {day}</translation>
    </message>
</context><context>
    <name>EstateBrowserDialog</name>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="64" />
        <source>房产资料</source>
        <translation>Estate</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="69" />
        <source>房号，Enter 找到</source>
        <translation>Unit number, Enter finds it</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="99" />
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="73" />
        <source>房屋</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="73" />
        <source>业主</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="257" />
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="73" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="77" />
        <source>{b} 栋</source>
        <translation>Building {b}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="94" />
        <source>完整电话… [F6]</source>
        <translation>Full phones… [F6]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="103" />
        <source>楼盘图</source>
        <translation>Floor grid</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="107" />
        <source>新增房屋…</source>
        <translation>Add a unit…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="108" />
        <source>修改房屋…</source>
        <translation>Change the unit…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="109" />
        <source>业主过户…</source>
        <translation>Change of owner…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="110" />
        <source>迁入…</source>
        <translation>Move in…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="111" />
        <source>迁出…</source>
        <translation>Move out…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="112" />
        <source>车位…</source>
        <translation>Parking space…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="113" />
        <source>退车位…</source>
        <translation>Give a space back…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="114" />
        <source>改资料…</source>
        <translation>Correct a person…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="115" />
        <source>停用房屋…</source>
        <translation>End the unit…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="165" />
        <source>完整电话</source>
        <translation>Full phone numbers</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="165" />
        <source>查看 {code} 的完整电话会记入个人信息查看记录。用途：</source>
        <translation>Seeing {code}'s full phone numbers is logged as a showing of personal data. Purpose:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="176" />
        <source>{code}：建筑面积 {area} ㎡，{type}，{state}{handover}</source>
        <translation>{code}: {area} m², {type}, {state}{handover}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="178" />
        <source>，{d} 交房</source>
        <translation>, handed over {d}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="180" />
        <source>车位：{p}</source>
        <translation>Parking: {p}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="181" />
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="223" />
        <source>新增房屋</source>
        <translation>Add a unit</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="223" />
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="223" />
        <source>单元</source>
        <translation>Entrance</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="224" />
        <source>房号</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="256" />
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="224" />
        <source>建筑面积</source>
        <translation>Floor area</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="257" />
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="225" />
        <source>房屋类型</source>
        <translation>Unit type</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="233" />
        <source>已新增房屋 {c}</source>
        <translation>Unit {c} added</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="298" />
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="269" />
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="248" />
        <source>请先在左边选中一户</source>
        <translation>First choose a unit on the left</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="256" />
        <source>修改房屋 {c}</source>
        <translation>Change unit {c}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="261" />
        <source>已修改 {c}（从下次计费起按新资料计费）</source>
        <translation>{c} changed (billed on the new facts from the next run)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="273" />
        <source>业主过户 {c}</source>
        <translation>Change of owner of {c}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="273" />
        <source>新业主姓名</source>
        <translation>New owner's name</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="274" />
        <source>新业主电话</source>
        <translation>New owner's phone</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="275" />
        <source>过户日期</source>
        <translation>Date of the transfer</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="286" />
        <source>{c} 已过户给 {new}（{on} 起）。{on} 以前的欠费 ¥{before} 由原业主 {old} 结清；以后的 ¥{after} 由新业主缴纳。</source>
        <translation>{c} now belongs to {new} (from {on}). What is owed from before {on}, ¥{before}, is the former owner's ({old}) to settle; ¥{after} after it is the new owner's.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="320" />
        <source>迁入 {c}</source>
        <translation>Moving into {c}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="371" />
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="334" />
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="320" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="320" />
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="321" />
        <source>身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="321" />
        <source>迁入日期</source>
        <translation>Moved in on</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="326" />
        <source>{n} 已迁入 {c}</source>
        <translation>{n} moved into {c}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="334" />
        <source>迁出 {c}</source>
        <translation>Moving out of {c}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="334" />
        <source>迁出日期</source>
        <translation>Moved out on</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="339" />
        <source>{n} 已迁出 {c}，记录保留</source>
        <translation>{n} moved out of {c}; the record is kept</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="346" />
        <source>车位 {c}</source>
        <translation>Parking of {c}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="359" />
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="346" />
        <source>车位号</source>
        <translation>Space number</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="346" />
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="350" />
        <source>车位 {s} 已登记给 {c}，从下次计费起收车位费</source>
        <translation>Space {s} given to {c}: billed from the next run</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="359" />
        <source>退车位 {c}</source>
        <translation>A space given back by {c}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="363" />
        <source>车位 {s} 已退，从下次计费起不再收车位费</source>
        <translation>Space {s} given back: no parking fee from the next run</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="371" />
        <source>改资料 {c}</source>
        <translation>Correct a person at {c}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="371" />
        <source>新姓名</source>
        <translation>Name corrected</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="372" />
        <source>新电话</source>
        <translation>New phone</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="373" />
        <source>新邮箱</source>
        <translation>New email address</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="380" />
        <source>已改 {n} 的资料</source>
        <translation>{n} corrected</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="387" />
        <source>停用房屋 {c}</source>
        <translation>End unit {c}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="387" />
        <source>停用原因</source>
        <translation>Why it ends</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="391" />
        <source>{c} 已停用：不再计费，记录和欠费都保留</source>
        <translation>{c} ended: billed no more; its records and what it owes are kept</translation>
    </message>
</context><context>
    <name>EstateSettingsDialog</name>
    <message>
        <location filename="../../counter_app/ui/admin/estate_settings.py" line="43" />
        <source>小区与收据设置</source>
        <translation>Estate and receipt settings</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_settings.py" line="60" />
        <source>收费员减免限额（元）</source>
        <translation>Cashier's waiver limit (yuan)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_settings.py" line="64" />
        <source>现金抹零</source>
        <translation>Cash rounding</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_settings.py" line="65" />
        <source>盲点：收费员交班点钞时看不到应有现金，保存点钞后才显示长短款</source>
        <translation>Blind count: cashiers count the drawer without seeing the expected cash; the difference shows once the count is saved</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_settings.py" line="67" />
        <source>交班点钞</source>
        <translation>Count the drawer</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_settings.py" line="69" />
        <source>时区</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_settings.py" line="70" />
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_settings.py" line="72" />
        <source>保存 [Ctrl+S]</source>
        <translation>Save [Ctrl+S]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_settings.py" line="104" />
        <source>下一张：{n}</source>
        <translation>Next: {n}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_settings.py" line="118" />
        <source>没有改动</source>
        <translation>Nothing changed</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_settings.py" line="125" />
        <source>已保存 {n} 项设置，并记入审计记录</source>
        <translation>{n} settings saved, and recorded in the audit trail</translation>
    </message>
</context><context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../counter_app/ui/first_run.py" line="58" />
        <source>从 Excel 导入本小区的房屋、业主和欠费（登录后打开导入窗口）</source>
        <translation>Bring the estate's units, owners and arrears in from Excel (the import window opens after sign-in)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/first_run.py" line="59" />
        <source>手工录入（登录后打开收费项目与标准）</source>
        <translation>Type it in (fee items and standards open after sign-in)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/first_run.py" line="60" />
        <source>先用演示数据试一试（不建立本小区的账本）</source>
        <translation>Try the demo first (no ledger of this estate is made yet)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/first_run.py" line="69" />
        <source>首次使用：设置向导</source>
        <translation>First start: set-up</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/first_run.py" line="75" />
        <source>数据库将建立在：
{p}</source>
        <translation>The database will be created at:
{p}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/first_run.py" line="78" />
        <source>默认：小区名称 + 收款收据</source>
        <translation>Default: the estate's name + 收款收据</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/first_run.py" line="89" />
        <source>物业公司</source>
        <translation>Management company</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/first_run.py" line="89" />
        <source>小区名称</source>
        <translation>Estate name</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/first_run.py" line="90" />
        <source>收据标题</source>
        <translation>Receipt title</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/first_run.py" line="90" />
        <source>收据编号格式</source>
        <translation>Receipt number format</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/first_run.py" line="91" />
        <source>时区</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/first_run.py" line="92" />
        <source>管理员（admin）密码</source>
        <translation>Administrator (admin) password</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/first_run.py" line="92" />
        <source>再次输入密码</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/first_run.py" line="97" />
        <source>然后：</source>
        <translation>Then:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/first_run.py" line="121" />
        <source>第一张收据的编号：{n}</source>
        <translation>The first receipt's number: {n}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/first_run.py" line="129" />
        <source>两次输入的密码不一致</source>
        <translation>The two passwords differ</translation>
    </message>
</context><context>
    <name>FloorGrid</name>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="160" />
        <source>{n} 层</source>
        <translation>Floor {n}</translation>
    </message>
</context><context>
    <name>ForecastDialog</name>
    <message>
        <location filename="../../counter_app/ui/management/lists.py" line="173" />
        <source>收费预测</source>
        <translation>Collection forecast</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/lists.py" line="180" />
        <source>基准月（已结束）</source>
        <translation>As of (a past month)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/lists.py" line="193" />
        <source>预计：</source>
        <translation>Expected: </translation>
    </message>
</context><context>
    <name>FormStrip</name>
    <message>
        <location filename="../../counter_app/ui/books/strip.py" line="27" />
        <source>套打表单</source>
        <translation>Printed form</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/strip.py" line="31" />
        <source>记入此表单 [F6]</source>
        <translation>Record on this form [F6]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/strip.py" line="32" />
        <source>此表单作废… [F7]</source>
        <translation>Form spoiled… [F7]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/strip.py" line="46" />
        <source>收据本已用完，请找主管领用新的收据本</source>
        <translation>The book is used up; ask a manager for a new one</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/strip.py" line="65" />
        <source>已记入表单 {form}</source>
        <translation>Recorded on form {form}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/strip.py" line="73" />
        <source>表单 {form} 作废的原因（卡纸、打错…）</source>
        <translation>Why form {form} is voided (jammed, misprinted…)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/strip.py" line="74" />
        <source>作废表单</source>
        <translation>Void form</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/strip.py" line="81" />
        <source>已取消，表单没有作废</source>
        <translation>Cancelled; the form was not voided</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/strip.py" line="88" />
        <source>表单 {form} 已作废；请把收据重印在下一张表单上（F4）</source>
        <translation>Form {form} voided; reprint the receipt on the next form (F4)</translation>
    </message>
</context><context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../counter_app/ui/help.py" line="55" />
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context><context>
    <name>HitsModel</name>
    <message>
        <location filename="../../counter_app/ui/search/panel.py" line="33" />
        <source>已缴清</source>
        <translation>Paid up</translation>
    </message>
</context><context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../counter_app/ui/data/import_dialog.py" line="212" />
        <location filename="../../counter_app/ui/data/import_dialog.py" line="72" />
        <source>导入资料</source>
        <translation>Import data</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/import_dialog.py" line="79" />
        <source>资料类别</source>
        <translation>Kind of data</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/import_dialog.py" line="85" />
        <source>下载模板…</source>
        <translation>Template…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/import_dialog.py" line="91" />
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/import_dialog.py" line="93" />
        <source>Excel 工作簿（.xlsx）或 CSV 文件</source>
        <translation>An Excel workbook (.xlsx) or a CSV file</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/import_dialog.py" line="98" />
        <source>选择…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/import_dialog.py" line="117" />
        <source>选择类别和文件后按“预览”：先看每一行将如何处理，确认后再导入。</source>
        <translation>Choose the kind and the file and press Preview: see what each row would do, then import.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/import_dialog.py" line="122" />
        <source>预览 [F5]</source>
        <translation>Preview [F5]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/import_dialog.py" line="125" />
        <source>导入 [Ctrl+Enter]</source>
        <translation>Import [Ctrl+Enter]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/import_dialog.py" line="130" />
        <source>关闭 [Esc]</source>
        <translation>Close [Esc]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/import_dialog.py" line="152" />
        <source>选择要导入的文件</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/import_dialog.py" line="153" />
        <source>表格文件 (*.xlsx *.xls *.csv);;所有文件 (*)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/import_dialog.py" line="160" />
        <source>保存模板</source>
        <translation>Save template</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/import_dialog.py" line="161" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/import_dialog.py" line="165" />
        <source>模板已保存：{path}（在“数据”工作表填写）</source>
        <translation>Template saved: {path} (fill in the sheet "数据")</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/import_dialog.py" line="181" />
        <source>正在检查…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/import_dialog.py" line="184" />
        <source>正在检查文件…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/import_dialog.py" line="194" />
        <source>有被拒绝的行，整份文件都不会导入；请改好后重新预览。</source>
        <translation>Some rows are refused, so nothing of the file is imported; fix them and preview again.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/import_dialog.py" line="196" />
        <source>问题清单已写入 {path}</source>
        <translation>The list of problems is written to {path}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/import_dialog.py" line="198" />
        <source>数据库中已是文件中的内容，没有需要导入的。</source>
        <translation>The database already holds what the file says; nothing to import.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/import_dialog.py" line="200" />
        <source>确认无误后按“导入”：全部行一次写入，记入审计日志。</source>
        <translation>When it looks right, press Import: all rows are written at once and recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/import_dialog.py" line="212" />
        <source>将把 {file} 导入为{title}：新增 {add} 行，修改 {change} 行。
全部行一次写入，并记入审计日志。继续吗？</source>
        <translation>{file} will be imported as {title}: {add} rows added, {change} changed.
All rows are written at once and recorded in the audit log. Continue?</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/import_dialog.py" line="215" />
        <source>导入(&amp;I)</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/import_dialog.py" line="223" />
        <location filename="../../counter_app/ui/data/import_dialog.py" line="220" />
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/import_dialog.py" line="232" />
        <source>已导入。{summary}</source>
        <translation>Imported. {summary}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/import_dialog.py" line="234" />
        <source>没有写入任何数据。</source>
        <translation>Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/import_dialog.py" line="242" />
        <source>已取消，没有写入任何数据。</source>
        <translation>Cancelled; nothing was written.</translation>
    </message>
</context><context>
    <name>InvoiceRequestDialog</name>
    <message>
        <location filename="../../counter_app/ui/invoicing/request_dialog.py" line="25" />
        <source>开发票 — 收据 {n}</source>
        <translation>Invoice — receipt {n}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/invoicing/request_dialog.py" line="31" />
        <source>18 位统一社会信用代码；个人留空</source>
        <translation>18-character unified social credit code; empty for an individual</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/invoicing/request_dialog.py" line="33" />
        <source>接收电子发票的邮箱或手机号</source>
        <translation>Email or mobile that receives the e-invoice</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/invoicing/request_dialog.py" line="34" />
        <source>抬头（购买方名称）</source>
        <translation>Buyer (invoice title)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/invoicing/request_dialog.py" line="35" />
        <source>纳税人识别号</source>
        <translation>Taxpayer number</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/invoicing/request_dialog.py" line="36" />
        <source>邮箱或手机</source>
        <translation>Email or mobile</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/invoicing/request_dialog.py" line="43" />
        <source>开票的费用（空格键勾选）</source>
        <translation>Charges to invoice (Space to tick)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/invoicing/request_dialog.py" line="62" />
        <source>登记开票申请 [Enter]</source>
        <translation>Record the request [Enter]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/invoicing/request_dialog.py" line="65" />
        <source>取消 [Esc]</source>
        <translation>Cancel [Esc]</translation>
    </message>
</context><context>
    <name>JournalDialog</name>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="43" />
        <source>收据查询</source>
        <translation>Receipt journal</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="48" />
        <source>输入或扫描收据号，Enter 查询</source>
        <translation>Type or scan a receipt number, Enter searches</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="57" />
        <source>全部方式</source>
        <translation>All tenders</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="61" />
        <source>全部状态</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="61" />
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="184" />
        <location filename="../../counter_app/ui/journal/dialog.py" line="61" />
        <source>作废</source>
        <translation>Voided</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="62" />
        <source>已退款</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="65" />
        <source>柜台收据和自动扣费</source>
        <translation>Counter receipts and automatic deductions</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="65" />
        <source>柜台收据</source>
        <translation>Counter receipts</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="66" />
        <source>预存自动扣费</source>
        <translation>Automatic prepaid deductions</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="69" />
        <source>收据号</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="69" />
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="70" />
        <source>到</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="70" />
        <source>房号</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="71" />
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="74" />
        <source>交款人</source>
        <translation>Payer</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="74" />
        <source>收款员账号</source>
        <translation>Cashier (user name)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="75" />
        <source>方式</source>
        <translation>Tender</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="75" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="78" />
        <source>查询 [Enter]</source>
        <translation>Search [Enter]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="108" />
        <source>重印 [F4]</source>
        <translation>Reprint [F4]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="109" />
        <source>作废… [F6]</source>
        <translation>Void… [F6]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="110" />
        <source>退款… [F7]</source>
        <translation>Refund… [F7]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="111" />
        <source>开发票 [F8]</source>
        <translation>Invoice [F8]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="112" />
        <source>关闭 [Esc]</source>
        <translation>Close [Esc]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="163" />
        <source>共 {n} 张</source>
        <translation>{n} receipts</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="169" />
        <source>没有符合条件的收据</source>
        <translation>No receipt matches</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="182" />
        <source>发票</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="182" />
        <source>未申请</source>
        <translation>Not requested</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="185" />
        <source>退款</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="186" />
        <source>重印</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="187" />
        <source>审计记录：</source>
        <translation>Audit entries:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="207" />
        <source>已取消，没有改动</source>
        <translation>Cancelled, nothing changed</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="218" />
        <source>未重印</source>
        <translation>Not reprinted</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="223" />
        <source>重印第 {n} 次，</source>
        <translation>Reprint no. {n}, </translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="234" />
        <source>开票申请 {id} 已登记</source>
        <translation>Invoice request {id} recorded</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="245" />
        <source>此收据的发票已开具（{i}）。作废或退款后须在电子税务局开具红字发票，请填写说明：</source>
        <translation>The invoice of this receipt was issued ({i}). After a void or refund a red-letter invoice must be issued on the tax platform; write a note:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="246" />
        <source>红字发票</source>
        <translation>Red-letter invoice</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="247" />
        <source>需开红字发票</source>
        <translation>Red-letter invoice needed</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="261" />
        <source>作废收据 {n}（¥{t}）</source>
        <translation>Void receipt {n} (¥{t})</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="264" />
        <source>作废收据 {n} 的原因</source>
        <translation>Why receipt {n} is voided</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="265" />
        <source>作废收据 {n}</source>
        <translation>Void receipt {n}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="273" />
        <source>不能作废：</source>
        <translation>Cannot void: </translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="275" />
        <source>收据 {n} 已作废，</source>
        <translation>Receipt {n} voided, </translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="294" />
        <source>退款 {n}：¥{t}</source>
        <translation>Refund {n}: ¥{t}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="308" />
        <source>不能退款：</source>
        <translation>Cannot refund: </translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="310" />
        <source>退款 {n} 已办理，</source>
        <translation>Refund {n} done, </translation>
    </message>
</context><context>
    <name>Keys</name>
    <message>
        <location filename="../../counter_app/ui/keys.py" line="229" />
        <source>放弃已输入的内容？</source>
        <translation>Discard what was typed?</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/keys.py" line="230" />
        <source>这个窗口里输入的内容还没有保存，关闭后会丢失。</source>
        <translation>What was typed in this window is not saved; closing it loses it.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/keys.py" line="231" />
        <source>放弃并关闭(&amp;D)</source>
        <translation>&amp;Discard and close</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/keys.py" line="232" />
        <source>继续填写(&amp;C)</source>
        <translation>&amp;Continue typing</translation>
    </message>
</context><context>
    <name>Labels</name>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="11" />
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="11" />
        <source>未缴</source>
        <translation>Unpaid</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="11" />
        <source>部分已缴</source>
        <translation>Part paid</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="13" />
        <source>现金</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="13" />
        <source>银行卡</source>
        <translation>Bank card</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="13" />
        <source>微信支付</source>
        <translation>WeChat Pay</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="14" />
        <source>支付宝</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="14" />
        <source>转账</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="14" />
        <source>预存抵扣</source>
        <translation>Prepaid balance</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="15" />
        <source>银行代扣</source>
        <translation>Bank direct debit</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="16" />
        <source>折扣/减免（不收款）</source>
        <translation>Discounts/relief (not received)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="16" />
        <source>赠送</source>
        <translation>Given free</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="18" />
        <source>预存扣款</source>
        <translation>Prepaid deduction</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="18" />
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="18" />
        <source>作废</source>
        <translation>Voided</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="19" />
        <source>已退款</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="19" />
        <source>房号</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="19" />
        <source>交款人</source>
        <translation>Payer</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="20" />
        <source>已解答</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="20" />
        <source>需跟进</source>
        <translation>Needs follow-up</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="20" />
        <source>投诉</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="22" />
        <source>选择</source>
        <translation>Pick</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="22" />
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="22" />
        <source>起止日期</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="23" />
        <source>计费依据</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="23" />
        <source>应收</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="23" />
        <source>已收</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="24" />
        <source>欠费</source>
        <translation>Owing</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="24" />
        <source>滞纳金</source>
        <translation>Late fee</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="24" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="26" />
        <source>收据号</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="26" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="26" />
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="27" />
        <source>付款方式</source>
        <translation>Tenders</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="27" />
        <source>收款人</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="29" />
        <source>住户</source>
        <translation>Residents</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="29" />
        <source>面积/类型</source>
        <translation>Area / type</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="29" />
        <source>车位/车牌</source>
        <translation>Parking / plate</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="30" />
        <source>预存余额</source>
        <translation>Prepaid balance</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="50" />
        <location filename="../../counter_app/ui/labels.py" line="30" />
        <source>押金</source>
        <translation>Deposits</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="30" />
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="31" />
        <source>最近催缴</source>
        <translation>Last reminders</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="33" />
        <source>通知单</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="33" />
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="33" />
        <source>上门</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="34" />
        <source>短信/微信</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="36" />
        <source>缴费通知单</source>
        <translation>Payment notice</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="36" />
        <source>催缴通知单</source>
        <translation>Dunning notice</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="38" />
        <source>应缴合计</source>
        <translation>Owed in all</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="38" />
        <source>到期应缴</source>
        <translation>Due now</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="38" />
        <source>逾期合计</source>
        <translation>Overdue in all</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="39" />
        <source>逾期本金</source>
        <translation>Overdue principal</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="39" />
        <source>今日到期</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="40" />
        <source>未缴本金</source>
        <translation>Open principal</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="40" />
        <source>逾期天数</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="40" />
        <source>滞纳天数</source>
        <translation>Late-fee days</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="42" />
        <source>已缴清</source>
        <translation>Paid up</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="42" />
        <source>未到期</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="42" />
        <source>长期欠费</source>
        <translation>Long overdue</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="43" />
        <source>空置</source>
        <translation>Vacant</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="45" />
        <source>收选中</source>
        <translation>Pay selected</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="45" />
        <source>全部缴清</source>
        <translation>Pay all due</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="45" />
        <source>按金额收</source>
        <translation>Pay an amount</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="46" />
        <source>预交</source>
        <translation>Pay in advance</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="46" />
        <source>押金/临时收费</source>
        <translation>Deposit / ad hoc</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="46" />
        <source>咨询</source>
        <translation>Ask</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="48" />
        <source>楼栋与房屋</source>
        <translation>Buildings and units</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="48" />
        <source>业主与住户</source>
        <translation>Owners and tenants</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="49" />
        <source>车位与车牌</source>
        <translation>Parking spaces and plates</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="49" />
        <source>抄表读数</source>
        <translation>Meter readings</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="49" />
        <source>期初欠费</source>
        <translation>Opening arrears</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="50" />
        <source>新增</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="50" />
        <source>修改</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="51" />
        <source>不变</source>
        <translation>Same</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="51" />
        <source>拒绝</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="51" />
        <source>跳过</source>
        <translation>Skipped</translation>
    </message>
</context><context>
    <name>ListWindow</name>
    <message>
        <location filename="../../counter_app/ui/management/lists.py" line="52" />
        <source>汇总</source>
        <translation>Summary</translation>
    </message>
</context><context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../counter_app/ui/login.py" line="24" />
        <source>屏幕已锁定</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/login.py" line="54" />
        <location filename="../../counter_app/ui/login.py" line="24" />
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/login.py" line="26" />
        <source>物业收费前台</source>
        <translation>Property fee counter</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/login.py" line="30" />
        <source>练习模式 / TRAINING：不影响正式账目</source>
        <translation>TRAINING mode: the real ledger is not touched</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/login.py" line="34" />
        <source>演示数据库：用户 cashier / manager / admin，密码同用户名</source>
        <translation>Demo database: users cashier / manager / admin, password = user name</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/login.py" line="43" />
        <source>小区</source>
        <translation>Estate</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/login.py" line="47" />
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/login.py" line="48" />
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/login.py" line="54" />
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/login.py" line="74" />
        <source>锁屏只能由原用户解锁</source>
        <translation>Only the user who locked the screen can unlock it</translation>
    </message>
</context><context>
    <name>MailSendDialog</name>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="118" />
        <source>发送电子账单</source>
        <translation>send bills by email</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="125" />
        <source>楼栋号，留空为全部</source>
        <translation>Building; empty for all</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="128" />
        <source>账单</source>
        <translation>Bill</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="129" />
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="131" />
        <source>排队并发送 [Ctrl+Enter]</source>
        <translation>Queue and send [Ctrl+Enter]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="132" />
        <source>失败的重发</source>
        <translation>Send failed ones again</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="154" />
        <source>；{n} 户没有业主邮箱：{units}</source>
        <translation>; {n} units have no owner's email address: {units}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="157" />
        <source>；{n} 户没有欠费</source>
        <translation>; {n} units owe nothing</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="163" />
        <source>将发送 {n} 封</source>
        <translation>{n} would be sent</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="176" />
        <source>已排队 {n} 封</source>
        <translation>{n} queued</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="176" />
        <source>。已发送 {s}，待重试 {r}，失败 {f}</source>
        <translation>. Sent {s}, to retry {r}, failed {f}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="187" />
        <source>重新排队 {n} 封。已发送 {s}，待重试 {r}，失败 {f}</source>
        <translation>{n} queued again. Sent {s}, to retry {r}, failed {f}</translation>
    </message>
</context><context>
    <name>MailSettingsDialog</name>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="45" />
        <source>电子账单设置</source>
        <translation>Bills by email: settings</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="54" />
        <source>留空为小区名称</source>
        <translation>Empty: the estate's name</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="55" />
        <source>留空为不登录</source>
        <translation>Empty: no login</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="57" />
        <source>留空为不改（存在本机密钥库）</source>
        <translation>Empty: unchanged (kept in this PC's key store)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="58" />
        <source>留空发给发信邮箱自己</source>
        <translation>Empty: to the sender's own address</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="59" />
        <source>发信服务器</source>
        <translation>mail server</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="59" />
        <source>端口</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="60" />
        <source>加密</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="60" />
        <source>发信邮箱</source>
        <translation>Sender address</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="61" />
        <source>发信人名称</source>
        <translation>sender name</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="61" />
        <source>登录用户名</source>
        <translation>login user name</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="62" />
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="62" />
        <source>测试收件人</source>
        <translation>Test recipient</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="65" />
        <source>保存设置 [Ctrl+S]</source>
        <translation>Save settings [Ctrl+S]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="66" />
        <source>发送测试邮件 [Ctrl+T]</source>
        <translation>Send a test message [Ctrl+T]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="100" />
        <source>发信设置已保存</source>
        <translation>Mail settings saved</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="109" />
        <source>测试邮件已发出，请到收件箱查看</source>
        <translation>Test message sent; please check the inbox</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="110" />
        <source>测试邮件没有发出：{why}</source>
        <translation>The test message was not sent: {why}</translation>
    </message>
</context><context>
    <name>MainWindow</name>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="67" />
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="67" />
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="68" />
        <source>重印上一张</source>
        <translation>Reprint the last receipt</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="68" />
        <source>收选中</source>
        <translation>Pay selected</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="69" />
        <source>全部缴清</source>
        <translation>Pay all due</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="69" />
        <source>按金额收</source>
        <translation>Pay an amount</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="70" />
        <source>预交</source>
        <translation>Pay in advance</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="70" />
        <source>押金/临时</source>
        <translation>Deposit / ad hoc</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="71" />
        <source>收据查询</source>
        <translation>Receipt journal</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="71" />
        <source>咨询</source>
        <translation>Ask</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="72" />
        <source>锁屏</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="72" />
        <source>打印未打印的收据</source>
        <translation>Print the unprinted receipt</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="73" />
        <source>回到查找</source>
        <translation>Back to the search</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="73" />
        <source>打开菜单</source>
        <translation>Open a menu</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="82" />
        <source>输入房号、姓名、电话尾号或车牌查找房屋，按 Enter 打开。</source>
        <translation>Type a unit number, a name, a phone's last digits or a plate; Enter opens the unit.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="133" />
        <source>物业收费前台 {v} — {estate}</source>
        <translation>Property fee counter {v} — {estate}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="134" />
        <source> [练习模式]</source>
        <translation> [TRAINING]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="140" />
        <source>练习模式 / TRAINING — 此处的收款不进入正式账目，收据印有“练习”字样</source>
        <translation>TRAINING — payments here do not enter the real ledger; receipts are marked TRAINING</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="161" />
        <source>就绪</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="193" />
        <source>收费员</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="193" />
        <source>主管</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="193" />
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="607" />
        <location filename="../../counter_app/ui/main_window.py" line="194" />
        <source>班次 #{id}</source>
        <translation>Shift #{id}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="607" />
        <location filename="../../counter_app/ui/main_window.py" line="194" />
        <source>未开班</source>
        <translation>No open shift</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="197" />
        <source>营业日 {d}</source>
        <translation>Business date {d}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="203" />
        <source>锁屏 [F12]</source>
        <translation>Lock [F12]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="211" />
        <source>收据(&amp;R)</source>
        <translation>&amp;Receipts</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="212" />
        <source>收据查询… [F10]</source>
        <translation>Receipt journal… [F10]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="215" />
        <source>审计日志…</source>
        <translation>Audit trail…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="216" />
        <source>班次(&amp;S)</source>
        <translation>&amp;Shift</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="218" />
        <source>开班(&amp;O)…</source>
        <translation>&amp;Open shift…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="219" />
        <source>X 报表（中间）(&amp;X)</source>
        <translation>&amp;X report (interim)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="220" />
        <source>现金收支：零钱补充、支出、交款(&amp;M)… [Ctrl+M]</source>
        <translation>Cash &amp;movements: paid-in, paid-out, drops… [Ctrl+M]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="222" />
        <source>收据本：下一张表单、作废表单(&amp;B)… [Ctrl+B]</source>
        <translation>Receipt &amp;books: next form, void a form… [Ctrl+B]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="223" />
        <source>交班(&amp;C)…</source>
        <translation>&amp;Close shift…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="230" />
        <source>日结(&amp;D)…</source>
        <translation>&amp;Day close…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="232" />
        <source>报表(&amp;B)</source>
        <translation>Reports(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="233" />
        <source>欠费清单…</source>
        <translation>Arrears list…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="234" />
        <source>月度收费汇总…</source>
        <translation>Monthly collection report…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="235" />
        <source>催缴：通知单与跟进…</source>
        <translation>Reminders: notices and follow-ups…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="236" />
        <source>经营看板…</source>
        <translation>Dashboard…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="237" />
        <source>收据本报表…</source>
        <translation>Receipt book report…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="240" />
        <source>续费提醒…</source>
        <translation>Renewal reminders…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="241" />
        <source>资料核查…</source>
        <translation>Data quality…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="242" />
        <source>楼栋收费情况…</source>
        <translation>Payments by building…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="243" />
        <source>收费预测…</source>
        <translation>Collection forecast…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="247" />
        <source>管理(&amp;M)</source>
        <translation>&amp;Manage</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="249" />
        <source>计费：预览、生成与撤销…</source>
        <translation>Billing: preview, run and reverse…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="250" />
        <source>房产资料…</source>
        <translation>Estate…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="251" />
        <source>抄表录入…</source>
        <translation>Meter readings…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="252" />
        <source>收费项目与标准…</source>
        <translation>Fee items and standards…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="253" />
        <source>用户与权限…</source>
        <translation>Users and permissions…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="254" />
        <source>银行代扣：授权、批量与回盘…</source>
        <translation>Bank direct debit: authorisations, batches and returns…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="255" />
        <source>小区与收据设置…</source>
        <translation>Estate and receipt settings…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="256" />
        <source>记账凭证…</source>
        <translation>Accounting vouchers…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="257" />
        <source>发送电子账单…</source>
        <translation>Send bills by email…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="258" />
        <source>电子账单设置…</source>
        <translation>Bills by email: settings…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="261" />
        <source>咨询台… [F11]</source>
        <translation>Consultation desk… [F11]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="265" />
        <source>资料(&amp;D)</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="266" />
        <source>系统(&amp;Y)</source>
        <translation>S&amp;ystem</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="267" />
        <source>打印设置…</source>
        <translation>Printer settings…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="268" />
        <source>退出练习模式</source>
        <translation>Leave training mode</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="268" />
        <source>进入练习模式</source>
        <translation>Enter training mode</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="270" />
        <source>修改密码…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="271" />
        <source>关于…</source>
        <translation>About…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="273" />
        <source>注销 / 切换用户(&amp;L)</source>
        <translation>Sign out / switch user(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="274" />
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="282" />
        <source>无法打开</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="289" />
        <source>已打开 {code}</source>
        <translation>Opened {code}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="297" />
        <source>请先开班（清点并输入备用金）再收款</source>
        <translation>Open a shift (count the float) before taking payments</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="304" />
        <source>请先用空格键勾选要收的费用</source>
        <translation>Tick the charges to pay with Space first</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="324" />
        <source>此户刚在其他收费窗口有收退款，已刷新，请核对后再收</source>
        <translation>This unit was just paid or refunded at another counter; refreshed, check before collecting</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="348" />
        <source>已收款，收据 {n}</source>
        <translation>Paid, receipt {n}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="350" />
        <source>已收款，收据 {n}（本机没有收据签名密钥，二维码未签名；请管理员导入密钥）</source>
        <translation>Paid, receipt {n} (this PC lacks the receipt-signing key: its QR is not signed; ask an administrator to import the keys)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="363" />
        <source>未收款</source>
        <translation>Nothing was recorded</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="380" />
        <source>上一张收据 {n}（{u}，¥{t}，{at}）未打印</source>
        <translation>The last receipt {n} ({u}, ¥{t}, {at}) was not printed</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="383" />
        <source>打印 [Ctrl+P]</source>
        <translation>Print [Ctrl+P]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="398" />
        <source>上一张收据已经打印；要重印按 F4</source>
        <translation>The last receipt was printed; F4 reprints it</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="407" />
        <source>收款已记录（收据 {n}）</source>
        <translation>The payment is recorded (receipt {n})</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="427" />
        <source>{e}。{recorded}，请用钥匙开钱箱或由主管按 Ctrl+Shift+D 开钱箱。</source>
        <translation>{e}. {recorded}; open the drawer with its key, or a manager opens it with Ctrl+Shift+D.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="443" />
        <source>请先开班</source>
        <translation>Open a shift first</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="461" />
        <source>现金收支已记录（{n}）</source>
        <translation>The cash movement is recorded ({n})</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="470" />
        <source>没有设置钱箱（打印设置 → 钱箱连接）</source>
        <translation>No cash drawer is set (Printer settings → Cash drawer)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="481" />
        <source>已取消，钱箱没有打开</source>
        <translation>Cancelled; the drawer was not opened</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="487" />
        <source>开钱箱（{r}）</source>
        <translation>Open the cash drawer ({r})</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="489" />
        <source>不收款开钱箱的原因</source>
        <translation>Why the drawer is opened without a payment</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="489" />
        <source>开钱箱</source>
        <translation>Open the cash drawer</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="497" />
        <source>钱箱已打开（{m} 授权：{r}），已记入审计记录</source>
        <translation>Drawer opened (authorised by {m}: {r}); recorded in the audit log</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="532" />
        <source>还没有收据可重印</source>
        <translation>No receipt to reprint yet</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="540" />
        <source>未重印</source>
        <translation>Not reprinted</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="549" />
        <source>收据 {n} 重印第 {k} 次：</source>
        <translation>Receipt {n}, copy {k}: </translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="621" />
        <source>已开班（班次 #{id}）</source>
        <translation>Shift open (shift #{id})</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="635" />
        <source>X 报表</source>
        <translation>X report</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="652" />
        <source>已交班：{z}</source>
        <translation>Shift closed: {z}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="673" />
        <source>班次未交班</source>
        <translation>Shift not closed</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="674" />
        <source>班次 #{id} 还没有交班。退出后现金仍记在此班次，下次登录可继续或交班。
确定退出吗？</source>
        <translation>Shift #{id} is not closed yet. Its cash stays with it; you can go on or close it when you next sign in.
Quit anyway?</translation>
    </message>
</context><context>
    <name>ManagerOverrideDialog</name>
    <message>
        <location filename="../../counter_app/ui/manager_override.py" line="20" />
        <source>主管授权</source>
        <translation>Manager's authorisation</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/manager_override.py" line="22" />
        <source>需要主管授权：{what}</source>
        <translation>A manager must authorise: {what}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/manager_override.py" line="26" />
        <source>主管用户名</source>
        <translation>Manager's user name</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/manager_override.py" line="27" />
        <source>主管密码</source>
        <translation>Manager's password</translation>
    </message>
</context><context>
    <name>MeterEntryDialog</name>
    <message>
        <location filename="../../counter_app/ui/admin/meter_entry.py" line="45" />
        <source>抄表录入</source>
        <translation>Meter readings</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/meter_entry.py" line="59" />
        <source>打开 [F5]</source>
        <translation>Open [F5]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/meter_entry.py" line="62" />
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/meter_entry.py" line="62" />
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/meter_entry.py" line="63" />
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/meter_entry.py" line="63" />
        <source>抄表日期</source>
        <translation>Read on</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/meter_entry.py" line="72" />
        <source>本次读数，Enter 保存</source>
        <translation>This reading, Enter saves</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/meter_entry.py" line="75" />
        <source>旧表止码</source>
        <translation>Old meter's final reading</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/meter_entry.py" line="77" />
        <source>新表起始读数</source>
        <translation>New meter's starting value</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/meter_entry.py" line="92" />
        <source>没有抄表计量的收费项目或楼栋</source>
        <translation>No metered fee item or no building</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/meter_entry.py" line="103" />
        <source>{n} 块表，已抄 {d} 块</source>
        <translation>{n} meters, {d} read</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/meter_entry.py" line="119" />
        <source>本楼已全部抄完</source>
        <translation>Every meter of the building is read</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/meter_entry.py" line="123" />
        <source>{unit} 表 {meter}，上次 {last}</source>
        <translation>{unit} meter {meter}, last {last}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/meter_entry.py" line="133" />
        <source>换表：依次填写旧表止码（旧表拆下时的读数）、新表起始读数，本次读数为新表读数</source>
        <translation>Meter replaced: type the old meter's final reading, then the new meter's start; the reading is the new meter's</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/meter_entry.py" line="155" />
        <source>抄表日期应写成 YYYY-MM-DD</source>
        <translation>Write the reading date as YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/meter_entry.py" line="163" />
        <source>。确认无误再按 Enter 保存，或改正读数</source>
        <translation>. Press Enter again to save it as it is, or correct the reading</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/meter_entry.py" line="170" />
        <source>已保存 {unit}：读数 {v}，用量 {u}</source>
        <translation>Saved {unit}: reading {v}, usage {u}</translation>
    </message>
</context><context>
    <name>MonthReportWindow</name>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="291" />
        <source>月份</source>
        <translation>Month</translation>
    </message>
</context><context>
    <name>OffersDialog</name>
    <message>
        <location filename="../../counter_app/ui/admin/offers.py" line="38" />
        <source>预交优惠</source>
        <translation>Prepay offers</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/offers.py" line="39" />
        <source>如 交一年送一月（印在收据的赠送行）</source>
        <translation>e.g. pay a year, one month free (printed on the receipt's free line)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/offers.py" line="40" />
        <source>按月收取的收费项目代码，如 WYF</source>
        <translation>a monthly fee item's code, e.g. WYF</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/offers.py" line="42" />
        <source>交 </source>
        <translation>pay </translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/offers.py" line="45" />
        <location filename="../../counter_app/ui/admin/offers.py" line="43" />
        <source> 个月</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/offers.py" line="44" />
        <source>送 </source>
        <translation>free </translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/offers.py" line="50" />
        <source>留空为长期</source>
        <translation>Blank for no end</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/offers.py" line="54" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/offers.py" line="54" />
        <source>收费项目</source>
        <translation>Fee item</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/offers.py" line="55" />
        <source>优惠</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/offers.py" line="55" />
        <source>交费日期</source>
        <translation>Payment days</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/offers.py" line="57" />
        <source>最后一天，空为今天</source>
        <translation>Last day, blank for today</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/offers.py" line="58" />
        <source>新增优惠 [Ctrl+S]</source>
        <translation>Add offer [Ctrl+S]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/offers.py" line="59" />
        <source>结束所选 [Ctrl+E]</source>
        <translation>End selected [Ctrl+E]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/offers.py" line="77" />
        <source>已新增：{name}（{terms}）</source>
        <translation>Added: {name} ({terms})</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/offers.py" line="91" />
        <source>{name} 到 {day} 结束</source>
        <translation>{name} ends on {day}</translation>
    </message>
</context><context>
    <name>OpenShiftDialog</name>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="34" />
        <source>开班</source>
        <translation>Open shift</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="36" />
        <source>清点钱箱，输入备用金（找零用的现金）</source>
        <translation>Count the drawer and enter the float (cash for change)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="38" />
        <source>备用金（元）</source>
        <translation>Float (yuan)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="42" />
        <source>开班 [Enter]</source>
        <translation>Open shift [Enter]</translation>
    </message>
</context><context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="69" />
        <source>收款 — {unit}</source>
        <translation>Payment — {unit}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="74" />
        <source>收多少元，Enter 到现金</source>
        <translation>How much in yuan; Enter goes to the cash</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="82" />
        <source>留空按标准金额</source>
        <translation>Blank: the standard amount</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="85" />
        <source>收款金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="87" />
        <source>预交项目</source>
        <translation>Item paid in advance</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="88" />
        <source>预交月数</source>
        <translation>Months in advance</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="90" />
        <source>收费项目</source>
        <translation>Fee item</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="91" />
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="92" />
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="94" />
        <source>默认为业主</source>
        <translation>Default: the owner</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="104" />
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="104" />
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="104" />
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="126" />
        <source>应收合计</source>
        <translation>Total due</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="154" />
        <source>减免滞纳金(&amp;J)</source>
        <translation>Waive the late fee (&amp;J)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="157" />
        <source>减免原因（必填）</source>
        <translation>Reason for the waiver (required)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="164" />
        <source>付款方式（可组合）</source>
        <translation>Tenders (may be combined)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="169" />
        <source>（实收）</source>
        <translation> (tendered)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="171" />
        <source>余额</source>
        <translation>balance</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="180" />
        <source>交易参考号</source>
        <translation>Reference no.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="187" />
        <source>正好 [F5]</source>
        <translation>Exact [F5]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="187" />
        <source>凑整 50 [F6]</source>
        <translation>Next 50 [F6]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="188" />
        <source>凑整 100 [F7]</source>
        <translation>Next 100 [F7]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="203" />
        <source>多付部分转入预存</source>
        <translation>Put overpayment on the prepaid balance</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="207" />
        <source>交款人</source>
        <translation>Payer</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="212" />
        <source>找零</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="222" />
        <source>确认收款 [Enter]</source>
        <translation>Confirm payment [Enter]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="226" />
        <source>取消 [Esc]</source>
        <translation>Cancel [Esc]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="339" />
        <source>输入要收的金额（元），从最早的欠费收起；Enter 到现金</source>
        <translation>Type the amount to take (yuan), oldest first; Enter goes to the cash</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="364" />
        <source>{n} 项，本金 ¥{p}，滞纳金 ¥{l}，减免 ¥{w}</source>
        <translation>{n} charges, principal ¥{p}, late fees ¥{l}, waived ¥{w}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="370" />
        <source>{name} -{d}（{policy}，原因：{reason}，授权：{who}）</source>
        <translation>{name} -{d} ({policy}; reason: {reason}; authorised by {who})</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="374" />
        <source>{name} -{d}：{terms}</source>
        <translation>{name} -{d}: {terms}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="384" />
        <source>注意：此户还有 {n} 笔欠费共 ¥{a} 未缴。预交只收以后的月份，不会先缴这些欠费；要先缴欠费请按 Esc 后用 F6 或 F5。</source>
        <translation>Note: this unit still owes {n} charges, ¥{a} in all. Paying ahead takes later months only, not these; to pay them first press Esc, then F6 or F5.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="396" />
        <source>注意：输入的 ¥{t} 多于此户所欠 ¥{d}；减免滞纳金 ¥{w} 后只收 ¥{c}；要预交以后的月份请按 Esc 后用 F8。</source>
        <translation>Note: ¥{t} typed is more than the ¥{d} owed; with ¥{w} of late fees waived only ¥{c} is taken. To pay months ahead, press Esc and use F8.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="399" />
        <source>注意：输入的 ¥{t} 多于此户所欠 ¥{d}，只收所欠 ¥{d}；要预交以后的月份请按 Esc 后用 F8。</source>
        <translation>Note: ¥{t} typed is more than the ¥{d} owed; only the ¥{d} owed is taken. To pay months ahead, press Esc and use F8.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="448" />
        <source>转入预存 ¥{t}</source>
        <translation>To prepaid balance ¥{t}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="456" />
        <source>抹零 {r}　现金应收 ¥{c}</source>
        <translation>Cash rounding {r}   cash to take ¥{c}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="479" />
        <source>折扣/减免：{p}</source>
        <translation>Discount/relief: {p}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="525" />
        <source>（第 {n} 次重试中，按 Esc 放弃）</source>
        <translation> (retry {n} in progress; Esc to give up)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="529" />
        <source>已记账（收据 {n}），连接中断，正在读取收据</source>
        <translation>Recorded (receipt {n}); the connection was lost, reading the receipt</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="534" />
        <source>正在确认这笔收款是否已记账：与数据库服务器的连接中断了（请求编号 {id}）。请不要另行收款；连接恢复后会自动确认</source>
        <translation>Confirming whether this payment was recorded: the connection to the database server was lost (request {id}). Do not take the payment again; it is confirmed as soon as the connection is back</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="548" />
        <location filename="../../counter_app/ui/payment/dialog.py" line="545" />
        <location filename="../../counter_app/ui/payment/dialog.py" line="542" />
        <location filename="../../counter_app/ui/payment/dialog.py" line="537" />
        <source>未收款：</source>
        <translation>Not recorded: </translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="545" />
        <source>（按 Enter 重试）</source>
        <translation> (press Enter to retry)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="550" />
        <source>（第 {n} 次查询中；按 Esc 可先离开，程序会继续查询）</source>
        <translation>(asking, try {n}; Esc leaves it to the window, which keeps asking)</translation>
    </message>
</context><context>
    <name>PrintResult</name>
    <message>
        <location filename="../../counter_app/ui/printing/printer.py" line="29" />
        <source>未打印，已保存为 PDF 文件：{w}</source>
        <translation>Not printed; saved as a PDF file: {w}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/printer.py" line="31" />
        <source>已打印：{w}</source>
        <translation>Printed: {w}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/printer.py" line="32" />
        <source>打印失败：{e}</source>
        <translation>Printing failed: {e}</translation>
    </message>
</context><context>
    <name>PrinterSettingsDialog</name>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="28" />
        <source>打印设置</source>
        <translation>Printer settings</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="35" />
        <source>80mm 热敏卷纸</source>
        <translation>80 mm thermal roll</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="35" />
        <source>58mm 热敏卷纸</source>
        <translation>58 mm thermal roll</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="36" />
        <source>A5 / 半张A4</source>
        <translation>A5 / half A4</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="36" />
        <source>241mm 三联连续纸（针式）</source>
        <translation>241 mm three-part form (dot matrix)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="40" />
        <source>收款后直接打印（不弹出打印对话框）</source>
        <translation>Print at once after payment (no print dialog)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="44" />
        <source> 分钟（0 = 不锁屏）</source>
        <translation> minutes (0 = never)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="50" />
        <source>收据打印机</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="51" />
        <source>收据版式</source>
        <translation>Receipt layout</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="52" />
        <source>报表打印机</source>
        <translation>Report printer</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="54" />
        <source>空闲自动锁屏</source>
        <translation>Lock when idle</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="55" />
        <source>界面语言（重启后生效）</source>
        <translation>Language (after restart)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="57" />
        <source>标准</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="57" />
        <source>大字（125%）</source>
        <translation>Large (125 %)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="57" />
        <source>特大字（150%）</source>
        <translation>Larger (150 %)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="60" />
        <source>字号</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="62" />
        <source>留空：使用本机数据文件夹中的数据库</source>
        <translation>Blank: the database in this computer's data folder</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="63" />
        <source>数据库文件（可为共享路径，重启后生效）</source>
        <translation>Database file (may be a shared path; after restart)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="66" />
        <source>留空：无钱箱；如 network:192.168.1.50、usb:04b8:0202、serial:COM1、queue:打印机名</source>
        <translation>Empty: no drawer; e.g. network:192.168.1.50, usb:04b8:0202, serial:COM1, queue:printer name</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="67" />
        <source>试开钱箱</source>
        <translation>Test the drawer</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="73" />
        <source>钱箱连接</source>
        <translation>Cash drawer</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="77" />
        <source>留空：无客显；串口[:波特率]，如 COM3:9600</source>
        <translation>Empty: no pole display; port[:baud], e.g. COM3:9600</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="78" />
        <source>客显（串口）</source>
        <translation>Pole display (serial)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="80" />
        <source>不显示</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="82" />
        <source>第 {n} 块屏幕</source>
        <translation>Screen {n}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="84" />
        <source>顾客显示屏（重启后生效）</source>
        <translation>Customer display (after a restart)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="93" />
        <source>（无打印机：保存为 PDF）</source>
        <translation>(No printer: save as PDF)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="122" />
        <source>已向钱箱发送开箱信号（{where}）；钱箱没有弹开请检查钱箱线是否插在打印机的钱箱口</source>
        <translation>The opening pulse was sent ({where}); if the drawer did not open, check that its cable is in the printer's drawer port</translation>
    </message>
</context><context>
    <name>Questions</name>
    <message>
        <location filename="../../counter_app/ui/questions.py" line="17" />
        <source>取消(&amp;C)</source>
        <translation>&amp;Cancel</translation>
    </message>
</context><context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="322" />
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="334" />
        <source>取消 [Esc]</source>
        <translation>Cancel [Esc]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="335" />
        <source>确定 [Enter]</source>
        <translation>OK [Enter]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="351" />
        <source>请填写原因</source>
        <translation>Please give a reason</translation>
    </message>
</context><context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../counter_app/ui/printing/receipt_dialog.py" line="36" />
        <source>收据 {n}</source>
        <translation>Receipt {n}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/receipt_dialog.py" line="38" />
        <source>已收款 ¥{t}，收据 {n}</source>
        <translation>Received ¥{t}, receipt {n}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/receipt_dialog.py" line="42" />
        <source>找零 ¥{c}</source>
        <translation>Change ¥{c}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/receipt_dialog.py" line="57" />
        <source>打印 [F4]</source>
        <translation>Print [F4]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/receipt_dialog.py" line="58" />
        <source>完成 [Esc]</source>
        <translation>Done [Esc]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/receipt_dialog.py" line="59" />
        <source>开发票 [F8]</source>
        <translation>Invoice [F8]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/receipt_dialog.py" line="86" />
        <source>开票申请 {id} 已登记：{buyer}，¥{amount}</source>
        <translation>Invoice request {id} recorded: {buyer}, ¥{amount}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/receipt_dialog.py" line="117" />
        <source>重印第 {n} 次</source>
        <translation>Reprint no. {n}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/receipt_dialog.py" line="117" />
        <source>收据</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/receipt_dialog.py" line="124" />
        <source>{what}未打印，已保存为 PDF 文件：{where}</source>
        <translation>{what} not printed; saved as a PDF file: {where}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/receipt_dialog.py" line="127" />
        <source>{what}已打印：{where}</source>
        <translation>{what} printed: {where}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/receipt_dialog.py" line="130" />
        <source>打印失败：{e}。收款已记录，不会重复收款；按 F4 重印。</source>
        <translation>Printing failed: {e}. The payment is recorded and will not be taken twice; press F4 to reprint.</translation>
    </message>
</context><context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../../counter_app/ui/admin/recovery_code.py" line="56" />
        <location filename="../../counter_app/ui/admin/recovery_code.py" line="22" />
        <source>账本密钥恢复码</source>
        <translation>Ledger key recovery code</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/recovery_code.py" line="24" />
        <source>本电脑为这个账本新建了审计链密钥（{key}）。密钥不在账本文件里：电脑损坏或更换时，
要靠下面的恢复码在新电脑上核对以前的记录。请现在打印或抄下，和账本备份分开保管。</source>
        <translation>This PC made a new audit chain key for this ledger ({key}). The key is not in the ledger file: if this PC fails or is replaced,
the recovery code below lets a new PC check the earlier records. Print or write it down now and keep it apart from the backups.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/recovery_code.py" line="40" />
        <source>打印 [Ctrl+P]</source>
        <translation>Print [Ctrl+P]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/recovery_code.py" line="44" />
        <source>已打印或抄下，妥善保管 [Enter]</source>
        <translation>Printed or written down, kept safe [Enter]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/recovery_code.py" line="47" />
        <source>下次再说 [Esc]</source>
        <translation>Later [Esc]</translation>
    </message>
</context><context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="369" />
        <source>退款 — {n}</source>
        <translation>Refund — {n}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="373" />
        <source>↑/↓ 选行，空格 = 退该行可退的全部（再按取消），或直接输入金额；F5 = 全部可退</source>
        <translation>↑/↓ choose a line; Space refunds all that is left of it (again: none), or type an amount; F5 takes all that is left</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="409" />
        <source>退款方式</source>
        <translation>Paid back by</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="410" />
        <source>交易参考号</source>
        <translation>Reference no.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="411" />
        <source>退款原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="418" />
        <source>取消 [Esc]</source>
        <translation>Cancel [Esc]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="419" />
        <source>下一步：主管授权 [Ctrl+Enter]</source>
        <translation>Next: manager's authorisation [Ctrl+Enter]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="468" />
        <source>本次退款：</source>
        <translation>This refund: </translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="472" />
        <source>本次退款合计 ¥{t}（本金 ¥{p}，滞纳金 ¥{l}，{n} 行）</source>
        <translation>This refund ¥{t} (principal ¥{p}, late fee ¥{l}, {n} lines)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="474" />
        <source>；退回抹零 {r}，实退 ¥{a}</source>
        <translation>; cash rounding given back {r}, paid out ¥{a}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="477" />
        <source>本次退款合计 ¥0.00：请选要退的行（空格）或输入金额</source>
        <translation>This refund ¥0.00: choose lines (Space) or type an amount</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="488" />
        <source>请填写退款原因</source>
        <translation>Give the reason for the refund</translation>
    </message>
</context><context>
    <name>RenewalsDialog</name>
    <message>
        <location filename="../../counter_app/ui/management/lists.py" line="70" />
        <source>续费提醒</source>
        <translation>Renewal reminders</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/lists.py" line="73" />
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/lists.py" line="76" />
        <source>用途（填写则导出完整号码，记入日志）</source>
        <translation>Purpose (if given, full numbers are exported and logged)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/lists.py" line="80" />
        <source>导出短信名单…</source>
        <translation>Export message list…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/lists.py" line="82" />
        <source>自</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/lists.py" line="82" />
        <source>起</source>
        <translation>for</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/lists.py" line="83" />
        <source>内到期</source>
        <translation>ending</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/lists.py" line="104" />
        <source>{units} 户 {n} 项将到期</source>
        <translation>{units} units, {n} fees ending</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/lists.py" line="116" />
        <source>名单 {n} 户：{path}</source>
        <translation>List of {n} units: {path}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/lists.py" line="119" />
        <source>导出短信名单</source>
        <translation>Export message list</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/lists.py" line="120" />
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context><context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="198" />
        <source>打印 [F4]</source>
        <translation>Print [F4]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="201" />
        <source>关闭 [Esc]</source>
        <translation>Close [Esc]</translation>
    </message>
</context><context>
    <name>ReportWindow</name>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="58" />
        <source>刷新 [F5]</source>
        <translation>Refresh [F5]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="61" />
        <source>打印 [F4]</source>
        <translation>Print [F4]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="64" />
        <source>导出 PDF/Excel/CSV…</source>
        <translation>Export PDF/Excel/CSV…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="66" />
        <source>关闭 [Esc]</source>
        <translation>Close [Esc]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="79" />
        <source>正在生成报表…</source>
        <translation>Building the report…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="115" />
        <source>汇总</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="128" />
        <source>正在准备打印…</source>
        <translation>Preparing to print…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="140" />
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="145" />
        <source>导出到</source>
        <translation>Export to</translation>
    </message>
</context><context>
    <name>Reprint</name>
    <message>
        <location filename="../../counter_app/ui/printing/reprint.py" line="22" />
        <source>重印收据 {n}（¥{t}）：这将是第 {k} 次重印，纸上印有“重印 第{k}次”、时间和重印人，并记入审计记录。</source>
        <translation>Reprint receipt {n} (¥{t}): this will be copy {k}, marked “重印 第{k}次” with the time and who reprinted it, and recorded in the audit trail.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/reprint.py" line="23" />
        <source>重印收据</source>
        <translation>Reprint a receipt</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/reprint.py" line="25" />
        <source>打印第 {k} 次重印(&amp;P)</source>
        <translation>&amp;Print copy {k}</translation>
    </message>
</context><context>
    <name>RequestFollowUp</name>
    <message>
        <location filename="../../counter_app/ui/payment/follow_up.py" line="28" />
        <source>收款是否已记账待确认（请求编号 {id}）：连接恢复后自动查询，请不要另行收款</source>
        <translation>Whether the payment was recorded is not yet known (request {id}): it is looked up when the connection is back; do not take it again</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/follow_up.py" line="39" />
        <source>请求 {id}：没有记账，可以重新收款</source>
        <translation>Request {id}: not recorded; the payment may be taken again</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/follow_up.py" line="41" />
        <source>请求 {id}：已记账，收据 {n}（{u}，¥{t}），可在收款记录中打印</source>
        <translation>Request {id}: recorded, receipt {n} ({u}, ¥{t}); print it from the journal</translation>
    </message>
</context><context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="159" />
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="35" />
        <source>恢复备份</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="79" />
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="42" />
        <source>备份位置</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="47" />
        <source>选择…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="52" />
        <source>备份时间</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="52" />
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="52" />
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="65" />
        <source>恢复此备份…</source>
        <translation>Restore this backup…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="68" />
        <source>关闭 [Esc]</source>
        <translation>Close [Esc]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="104" />
        <source>选择一个备份查看其内容。</source>
        <translation>Choose a backup to see what it holds.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="105" />
        <source>这个位置没有备份文件（.sqlite3 或 .dump）。</source>
        <translation>No backup files (.sqlite3 or .dump) in this folder.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="123" />
        <source>房屋 {u} 户，收据 {p} 张，审计记录 {a} 条</source>
        <translation>{u} units, {p} receipts, {a} audit rows</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="124" />
        <source>（服务器备份：数量在恢复后校验）</source>
        <translation>(server backup: counts are verified after the restore)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="126" />
        <source>备份时间：{at}</source>
        <translation>Taken: {at}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="127" />
        <source>数据库版本：{v}</source>
        <translation>Schema version: {v}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="127" />
        <source>不是本程序的备份</source>
        <translation>not a backup of this program</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="128" />
        <source>小区：{names}</source>
        <translation>Estate: {names}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="129" />
        <source>最后一张收据：{n}</source>
        <translation>Last receipt: {n}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="139" />
        <source>正在复制并检查备份（当前账本不动）…</source>
        <translation>Copying and checking the backup (the ledger in use is not touched)…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="152" />
        <source>仍要恢复这个没能全部核对的备份吗？</source>
        <translation>Restore this backup although it could not be fully checked?</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="154" />
        <source>备份 {name} 检查通过，但它比当前账本旧：
{loss}

仍要恢复吗？</source>
        <translation>Backup {name} passed the check, but it is older than the ledger in use:
{loss}

Restore it anyway?</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="157" />
        <source>备份 {name} 检查通过（审计链 {n} 条）。将用它替换当前账本；当前账本会先另存一份。确定恢复吗？</source>
        <translation>Backup {name} passed the check ({n} audit rows). It will replace the ledger in use, which is saved first. Restore it?</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="164" />
        <source>没有恢复；当前账本没有改动。</source>
        <translation>Not restored; the ledger in use is unchanged.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="176" />
        <source>正在替换账本…</source>
        <translation>Replacing the ledger…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="185" />
        <source>备份先在副本上检查通过（审计链 {n} 条）</source>
        <translation>The backup was checked on a copy first and passed (audit trail: {n} entries)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="186" />
        <source>备份先在副本上检查，没能全部核对（审计链 {n} 条，本机没有密钥的部分未核对）</source>
        <translation>The backup was checked on a copy first but could not be fully checked (audit trail: {n} entries; the parts sealed with a key this PC lacks were not checked)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="187" />
        <source>已从 {name} 恢复：</source>
        <translation>Restored from {name}: </translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="188" />
        <source>再替换账本。</source>
        <translation>then replaced the ledger.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="190" />
        <source>恢复前的账本另存为 {saved}。</source>
        <translation>The ledger as it was is saved as {saved}.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="192" />
        <source>丢弃了之后记下的 {n} 项；编号接着原来的最大号往下编。</source>
        <translation>{n} items recorded since were dropped; numbering goes on after the highest number used.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="194" />
        <source>关闭此窗口后请重新登录。</source>
        <translation>Sign in again after closing this window.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="199" />
        <source>已取消。</source>
        <translation>Cancelled.</translation>
    </message>
</context><context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../counter_app/ui/search/panel.py" line="61" />
        <source>查找（F2）：房号 / 姓名 / 拼音 / 电话尾号 / 车牌 / 扫收据</source>
        <translation>Find (F2): unit / name / pinyin / phone digits / plate / scan a receipt</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/panel.py" line="65" />
        <source>如 3-2-501、32501、张、zs、5678</source>
        <translation>e.g. 3-2-501, 32501, 张, zs, 5678</translation>
    </message>
</context><context>
    <name>StandardsDialog</name>
    <message>
        <location filename="../../counter_app/ui/admin/standards.py" line="76" />
        <source>收费项目与标准</source>
        <translation>Fee items and standards</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/standards.py" line="85" />
        <source>折扣/减免政策… [Ctrl+D]</source>
        <translation>Discount policies… [Ctrl+D]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/standards.py" line="90" />
        <source>预交优惠（交 N 月送 M 月）… [Ctrl+O]</source>
        <translation>Prepay offers (pay N months, M free)… [Ctrl+O]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/standards.py" line="116" />
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/standards.py" line="117" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/standards.py" line="128" />
        <source>缴费期限 </source>
        <translation>Due in </translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/standards.py" line="134" />
        <location filename="../../counter_app/ui/admin/standards.py" line="128" />
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/standards.py" line="132" />
        <source>滞纳金 </source>
        <translation>Late fee </translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/standards.py" line="132" />
        <source> ‱/天</source>
        <translation> ‱ a day</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/standards.py" line="134" />
        <source>宽限 </source>
        <translation>Grace </translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/standards.py" line="136" />
        <source>新增项目</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/standards.py" line="147" />
        <source>元</source>
        <translation>yuan</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/standards.py" line="148" />
        <source>抄表项目可设，如 18:2.90, 25:3.85, :6.70</source>
        <translation>Metered items only, e.g. 18:2.90, 25:3.85, :6.70</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/standards.py" line="152" />
        <source>文件号或业主大会决议</source>
        <translation>Document number or owners' resolution</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/standards.py" line="159" />
        <source>取整</source>
        <translation>Rounding</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/standards.py" line="161" />
        <source>生效日期</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/standards.py" line="161" />
        <source>单价</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/standards.py" line="162" />
        <source>阶梯</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/standards.py" line="162" />
        <source>空置收费</source>
        <translation>Charged while vacant</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/standards.py" line="163" />
        <source>政策依据</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/standards.py" line="166" />
        <source>预览影响 [F5]</source>
        <translation>Preview the effect [F5]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/standards.py" line="167" />
        <source>保存新标准 [Ctrl+S]</source>
        <translation>Save the new standard [Ctrl+S]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/standards.py" line="263" />
        <source>{item} 从 {m} 起：{old} → {new}；{n} 户月合计 ¥{a} → ¥{b}（{d}）。确认无误后按 Ctrl+S 保存。</source>
        <translation>{item} from {m}: {old} → {new}; {n} units, month's total ¥{a} → ¥{b} ({d}). Press Ctrl+S to save when it is right.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/standards.py" line="271" />
        <source>请先按 F5 预览这条标准的影响，再保存</source>
        <translation>First preview this standard's effect with F5, then save</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/standards.py" line="283" />
        <source>已保存：{item} 从 {d} 起的新标准</source>
        <translation>Saved: {item}'s new standard from {d}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/standards.py" line="296" />
        <source>已新增收费项目 {c}：请再为它设一条标准</source>
        <translation>Fee item {c} added: now give it a standard</translation>
    </message>
</context><context>
    <name>TimeZones</name>
    <message>
        <location filename="../../counter_app/ui/first_run.py" line="26" />
        <source>北京时间</source>
        <translation>Beijing time</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/first_run.py" line="26" />
        <source>香港时间</source>
        <translation>Hong Kong time</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/first_run.py" line="27" />
        <source>澳门时间</source>
        <translation>Macau time</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/first_run.py" line="27" />
        <source>台北时间</source>
        <translation>Taipei time</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/first_run.py" line="28" />
        <source>乌鲁木齐时间</source>
        <translation>Urumqi time</translation>
    </message>
</context><context>
    <name>UnitView</name>
    <message>
        <location filename="../../counter_app/ui/unit/view.py" line="68" />
        <source>已缴清，没有欠费</source>
        <translation>Paid up: nothing owed</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/unit/view.py" line="73" />
        <source>应收欠费</source>
        <translation>Charges due</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/unit/view.py" line="81" />
        <source>缴费历史</source>
        <translation>Paid history</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/unit/view.py" line="168" />
        <source>已选 {n} 项 ¥{a}（滞纳金 ¥{b}）</source>
        <translation>Selected {n}: ¥{a} (late fees ¥{b})</translation>
    </message>
</context><context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../counter_app/ui/admin/users.py" line="42" />
        <source>用户与权限</source>
        <translation>Users and permissions</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/users.py" line="46" />
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/users.py" line="48" />
        <source>权限表（只读）</source>
        <translation>Permissions (read only)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/users.py" line="60" />
        <source>停用 / 启用 [F6]</source>
        <translation>Stop / start [F6]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/users.py" line="61" />
        <source>改角色… [F7]</source>
        <translation>Change role… [F7]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/users.py" line="62" />
        <source>重置密码… [F8]</source>
        <translation>Reset password… [F8]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/users.py" line="72" />
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/users.py" line="73" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/users.py" line="77" />
        <source>初始密码</source>
        <translation>First password</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/users.py" line="80" />
        <source>新增用户 [Ctrl+Enter]</source>
        <translation>Add user [Ctrl+Enter]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/users.py" line="108" />
        <source>请先在表中选中一位用户</source>
        <translation>First select a user in the table</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/users.py" line="128" />
        <source>已停用 {u}：不能再登录</source>
        <translation>{u} stopped: can no longer sign in</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/users.py" line="128" />
        <source>已启用 {u}</source>
        <translation>{u} started again</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/users.py" line="135" />
        <source>改角色</source>
        <translation>Change role</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/users.py" line="135" />
        <source>{u} 的新角色：</source>
        <translation>New role of {u}:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/users.py" line="141" />
        <source>{u} 的角色已改为{r}</source>
        <translation>{u} is now {r}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/users.py" line="147" />
        <source>重置密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/users.py" line="147" />
        <source>{u} 的新密码（{rule}）：</source>
        <translation>{u}'s new password ({rule}):</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/users.py" line="152" />
        <source>已重置 {u} 的密码，并解除锁定</source>
        <translation>Password of {u} reset, and any lock lifted</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/users.py" line="158" />
        <source>已新增用户 {u}</source>
        <translation>User {u} added</translation>
    </message>
</context><context>
    <name>VoucherDialog</name>
    <message>
        <location filename="../../counter_app/ui/vouchers/dialog.py" line="52" />
        <source>记账凭证</source>
        <translation>Accounting vouchers</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/vouchers/dialog.py" line="56" />
        <source>凭证导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/vouchers/dialog.py" line="57" />
        <source>科目设置</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/vouchers/dialog.py" line="71" />
        <source>营业日 2026-01-10 或月份 2026-01</source>
        <translation>business day 2026-01-10 or month 2026-01</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/vouchers/dialog.py" line="73" />
        <source>营业日或月份</source>
        <translation>Day or month</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/vouchers/dialog.py" line="78" />
        <source>格式</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/vouchers/dialog.py" line="80" />
        <source>写入文件</source>
        <translation>File to write</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/vouchers/dialog.py" line="82" />
        <source>起始凭证号</source>
        <translation>First voucher number</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/vouchers/dialog.py" line="83" />
        <source>再次导出已导出过的营业日（记入审计）</source>
        <translation>Export days already exported again (audited)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/vouchers/dialog.py" line="87" />
        <source>导出 [Ctrl+Enter]</source>
        <translation>Export [Ctrl+Enter]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/vouchers/dialog.py" line="144" />
        <source>已写入 {path}：{n} 张凭证{skipped}</source>
        <translation>Written to {path}: {n} vouchers{skipped}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/vouchers/dialog.py" line="146" />
        <source>，{k} 天以前已导出，未重复导出</source>
        <translation>; {k} days exported before were left out</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/vouchers/dialog.py" line="157" />
        <source>科目代码</source>
        <translation>Account code</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/vouchers/dialog.py" line="158" />
        <source>科目名称</source>
        <translation>Account name</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/vouchers/dialog.py" line="159" />
        <source>保存科目 [Ctrl+Enter]</source>
        <translation>Save account [Ctrl+Enter]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/vouchers/dialog.py" line="191" />
        <source>请先在表中选中一个科目项</source>
        <translation>Choose a line in the list first</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/vouchers/dialog.py" line="201" />
        <source>{label} 记入 {code} {name}</source>
        <translation>{label} posts to {code} {name}</translation>
    </message>
</context><context>
    <name>errors</name>
    <message>
        <source>  {method} {amount} {reference}</source>
        <translation>  {method} {amount} {reference}</translation>
    </message>
    <message>
        <source>  {where} {problem}</source>
        <translation>  {where} {problem}</translation>
    </message>
    <message>
        <source>  {where}：{problem}</source>
        <translation>  {where}: {problem}</translation>
    </message>
    <message>
        <source>  {where}：{words}</source>
        <translation>  {where}: {words}</translation>
    </message>
    <message>
        <source>  …… 另有 {more} 处</source>
        <translation>  … and {more} more</translation>
    </message>
    <message>
        <source>  …… 另有 {more} 行</source>
        <translation>  … and {more} more rows</translation>
    </message>
    <message>
        <source>  冲销 {number}</source>
        <translation>  reverses {number}</translation>
    </message>
    <message>
        <source>  减免滞纳金</source>
        <translation>  Late fee waived</translation>
    </message>
    <message>
        <source>  滞纳金</source>
        <translation>  Late fee</translation>
    </message>
    <message>
        <source>--from 应是单机账本文件（服务器之间请用备份和恢复）</source>
        <translation>--from should be a single-PC ledger file (between servers use backup and restore)</translation>
    </message>
    <message>
        <source>0 到 999 的整数</source>
        <translation>a whole number from 0 to 999</translation>
    </message>
    <message>
        <source>1 到 120 的月数</source>
        <translation>a number of months from 1 to 120</translation>
    </message>
    <message>
        <source>8 到 64 个字母、数字或 _ . : -（以字母或数字开头），如 counter-app 打印的请求编号</source>
        <translation>8 to 64 letters, digits or _ . : - (starting with a letter or digit), such as a request id counter-app printed</translation>
    </message>
    <message>
        <source>X 中间报表</source>
        <translation>X interim report</translation>
    </message>
    <message>
        <source>YYYY-MM-DD，如 2026-12-02（{first} 到 {last} 年）</source>
        <translation>YYYY-MM-DD, such as 2026-12-02 ({first} to {last})</translation>
    </message>
    <message>
        <source>YYYY-MM，如 2026-12（{first} 到 {last} 年）</source>
        <translation>YYYY-MM, such as 2026-12 ({first} to {last})</translation>
    </message>
    <message>
        <source>Z号</source>
        <translation>Z no.</translation>
    </message>
    <message>
        <source>book add 需要 字轨 起号 止号</source>
        <translation>book add needs a series, a first and a last number</translation>
    </message>
    <message>
        <source>book issue 需要收据本编号和 --to 收款员</source>
        <translation>book issue needs the book's number and --to a cashier</translation>
    </message>
    <message>
        <source>book spoil 需要 字轨 表单号 和 --reason 原因</source>
        <translation>book spoil needs a series, a form number and --reason</translation>
    </message>
    <message>
        <source>book use 需要收据号，可再加 字轨 表单号（缺省：下一张）</source>
        <translation>book use needs a receipt number, optionally a series and form number (default: the next form)</translation>
    </message>
    <message>
        <source>cash {action} 需要金额或单号</source>
        <translation>cash {action} needs an amount or a document number</translation>
    </message>
    <message>
        <source>debit auth add 需要 房号、--bank、--account、--holder、--since</source>
        <translation>debit auth add needs a unit, --bank, --account, --holder, --since</translation>
    </message>
    <message>
        <source>debit auth end 需要授权编号（见 debit auth list）</source>
        <translation>debit auth end needs the authorisation's number (see debit auth list)</translation>
    </message>
    <message>
        <source>discount add 需要 --items 和 --from</source>
        <translation>discount add needs --items and --from</translation>
    </message>
    <message>
        <source>discount add 需要 --percent-off 或 --yuan-off 之一</source>
        <translation>discount add needs one of --percent-off or --yuan-off</translation>
    </message>
    <message>
        <source>discount end 需要 --last-day</source>
        <translation>discount end needs --last-day</translation>
    </message>
    <message>
        <source>discount {action} 需要政策名称</source>
        <translation>discount {action} needs a policy name</translation>
    </message>
    <message>
        <source>invoice {action} 需要 {options}</source>
        <translation>invoice {action} needs {options}</translation>
    </message>
    <message>
        <source>invoice {action} 需要收据号</source>
        <translation>invoice {action} needs the receipt number</translation>
    </message>
    <message>
        <source>invoice {action} 需要文件</source>
        <translation>invoice {action} needs the file</translation>
    </message>
    <message>
        <source>invoice {action} 需要编号</source>
        <translation>invoice {action} needs the number</translation>
    </message>
    <message>
        <source>key export 需要 --out 文件</source>
        <translation>key export needs --out file</translation>
    </message>
    <message>
        <source>key import 需要密钥文件或恢复码</source>
        <translation>key import needs a key file or a recovery code</translation>
    </message>
    <message>
        <source>mail send 需要 --kind notice 或 statement</source>
        <translation>mail send needs --kind notice or statement</translation>
    </message>
    <message>
        <source>offer add 需要收费项目、--paid、--free 和 --from</source>
        <translation>offer add needs the fee item, --paid, --free and --from</translation>
    </message>
    <message>
        <source>offer {action} 需要 --name 优惠名称</source>
        <translation>offer {action} needs --name, the offer's name</translation>
    </message>
    <message>
        <source>on 或 off</source>
        <translation>on or off</translation>
    </message>
    <message>
        <source>pg_restore 读不出备份 {file} 的 {table}：{why}</source>
        <translation>pg_restore cannot read {table} of the backup {file}: {why}</translation>
    </message>
    <message>
        <source>privacy access 需要 --name 和 --out</source>
        <translation>privacy access needs --name and --out</translation>
    </message>
    <message>
        <source>receipt pdf 需要 --out 文件</source>
        <translation>receipt pdf needs --out file</translation>
    </message>
    <message>
        <source>receipt {action} 需要收据号或二维码内容</source>
        <translation>receipt {action} needs the receipt number or the QR code text</translation>
    </message>
    <message>
        <source>unit {action} 需要 {options}</source>
        <translation>unit {action} needs {options}</translation>
    </message>
    <message>
        <source>voucher export 需要 --format 和 --out</source>
        <translation>voucher export needs --format and --out</translation>
    </message>
    <message>
        <source>voucher show 需要 --day</source>
        <translation>voucher show needs --day</translation>
    </message>
    <message>
        <source>voucher {action} 需要 --day 或 --month 之一</source>
        <translation>voucher {action} needs one of --day or --month</translation>
    </message>
    <message>
        <source>{action} {n}</source>
        <translation>{action} {n}</translation>
    </message>
    <message>
        <source>{as_of} 已日结，不能再收款</source>
        <translation>{as_of} is closed; no more payments can be taken</translation>
    </message>
    <message>
        <source>{building} 栋</source>
        <translation>Building {building}</translation>
    </message>
    <message>
        <source>{cashier}（班次 {shift}，{opened} 开班）</source>
        <translation>{cashier} (shift {shift}, opened {opened})</translation>
    </message>
    <message>
        <source>{charge} 已随收据作废取消（审计记录第 {row} 条），却又恢复（在程序之外被改动）</source>
        <translation>{charge} was cancelled with a voided receipt (audit record {row}) but is live again (changed outside the program)</translation>
    </message>
    <message>
        <source>{charge} 所属的收据与封存它的记录不符（在程序之外被改动）</source>
        <translation>{charge} names another receipt than the record that sealed it (changed outside the program)</translation>
    </message>
    <message>
        <source>{charge} 的计费键被改成已取消的样子，应收却没有取消（在程序之外被改动）</source>
        <translation>{charge} has a billing key made to look cancelled, but the charge is not cancelled (changed outside the program)</translation>
    </message>
    <message>
        <source>{charge} 被取消，但审计记录里没有这次取消（在程序之外被改动）</source>
        <translation>{charge} is cancelled, but no audit record shows the cancellation (changed outside the program)</translation>
    </message>
    <message>
        <source>{day} 已经日结</source>
        <translation>{day} is already closed</translation>
    </message>
    <message>
        <source>{day} 早于本账本的第一个营业日 {first}，没有可日结的营业日</source>
        <translation>{day} is before this ledger's first business day, {first}; there is nothing to close</translation>
    </message>
    <message>
        <source>{day} 没有待开具的开票申请，没有生成文件</source>
        <translation>No invoice requests waiting on {day}; no file was made</translation>
    </message>
    <message>
        <source>{day} 没有日结</source>
        <translation>{day} is not closed</translation>
    </message>
    <message>
        <source>{day} 的凭证已于 {at} 由 {who} 导出到 {file}，确需再次导出请选择“再次导出”（--again）</source>
        <translation>The voucher of {day} was exported at {at} by {who} to {file}; to export it again choose "export again" (--again)</translation>
    </message>
    <message>
        <source>{day} 的日结已重开：可以再开班、收款；再日结时，日结报表会列出这次重开</source>
        <translation>The close of {day} was reopened: shifts may open and take money again; the day report of the next close lists this reopening</translation>
    </message>
    <message>
        <source>{day} 的日结记录</source>
        <translation>the day close of {day}</translation>
    </message>
    <message>
        <source>{day} 还没有到（今天是 {today}），不能日结以后的营业日</source>
        <translation>{day} has not come yet (today is {today}); a future day cannot be closed</translation>
    </message>
    <message>
        <source>{day} 还没有日结，日结后才能生成凭证</source>
        <translation>{day} is not closed yet; its voucher is made once the day is closed</translation>
    </message>
    <message>
        <source>{db} 已存在；演示数据库只能新建</source>
        <translation>{db} already exists; a demo database is only ever made new</translation>
    </message>
    <message>
        <source>{file} 不是可读取的 Excel 工作簿（{kind}）：文件可能已损坏，请在 Excel 中打开后另存再导入</source>
        <translation>{file} is not a readable Excel workbook ({kind}): it may be damaged; open it in Excel, save it again and import that</translation>
    </message>
    <message>
        <source>{file} 不是可读取的 Excel 工作簿（文件已损坏或不完整）：请重新导出或另存后再导入</source>
        <translation>{file} is not a readable Excel workbook (damaged or incomplete): export or save it again, then import it</translation>
    </message>
    <message>
        <source>{file} 不是本程序的账本备份（既不是单机账本，也不是服务器的 pg_dump 备份），没有恢复</source>
        <translation>{file} is not a backup of this program's ledger (neither a single-PC ledger nor a server's pg_dump backup); nothing was restored</translation>
    </message>
    <message>
        <source>{file} 不是本程序的账本备份，没有恢复</source>
        <translation>{file} is not a backup of this program's ledger; nothing was restored</translation>
    </message>
    <message>
        <source>{file} 不是表格文件：请导入 Excel 工作簿（.xlsx）或 CSV 文件</source>
        <translation>{file} is not a table file: import an Excel workbook (.xlsx) or a CSV file</translation>
    </message>
    <message>
        <source>{file} 在预览之后被改动过，请重新预览后再导入</source>
        <translation>{file} was changed after the preview; preview it again, then import</translation>
    </message>
    <message>
        <source>{file} 既不是 UTF-8 也不是 GB18030 编码的 CSV 文件，请在 Excel 中另存为 .xlsx</source>
        <translation>{file} is a CSV file in neither UTF-8 nor GB18030; save it as .xlsx in Excel</translation>
    </message>
    <message>
        <source>{file} 是 Excel 2003 XML 表格：{save_as}</source>
        <translation>{file} is an Excel 2003 XML spreadsheet: {save_as}</translation>
    </message>
    <message>
        <source>{file} 是 Excel 二进制工作簿（.xlsb）：{save_as}</source>
        <translation>{file} is an Excel binary workbook (.xlsb): {save_as}</translation>
    </message>
    <message>
        <source>{file} 是 Office 97-2003 格式的文件（可能是旧版 .xls，或设有打开密码的工作簿）：取消密码并{save_as}</source>
        <translation>{file} is an Office 97-2003 file (an old .xls, or a workbook with a password to open): remove the password, then {save_as}</translation>
    </message>
    <message>
        <source>{file} 是 OpenDocument 表格（.ods）：{save_as}</source>
        <translation>{file} is an OpenDocument spreadsheet (.ods): {save_as}</translation>
    </message>
    <message>
        <source>{file} 是 PDF 文件，不是表格：请导入 Excel 工作簿（.xlsx）或 CSV 文件</source>
        <translation>{file} is a PDF file, not a table: import an Excel workbook (.xlsx) or a CSV file</translation>
    </message>
    <message>
        <source>{file} 是 PowerPoint 演示文稿，不是表格：请导入 Excel 工作簿（.xlsx）或 CSV 文件</source>
        <translation>{file} is a PowerPoint presentation, not a table: import an Excel workbook (.xlsx) or a CSV file</translation>
    </message>
    <message>
        <source>{file} 是 RTF 文档，不是表格：请导入 Excel 工作簿（.xlsx）或 CSV 文件</source>
        <translation>{file} is an RTF document, not a table: import an Excel workbook (.xlsx) or a CSV file</translation>
    </message>
    <message>
        <source>{file} 是 Word 文档（.docx），不是表格：请导入 Excel 工作簿（.xlsx）或 CSV 文件</source>
        <translation>{file} is a Word document (.docx), not a table: import an Excel workbook (.xlsx) or a CSV file</translation>
    </message>
    <message>
        <source>{file} 是 Word 文档（.doc），不是表格：请导入 Excel 工作簿（.xlsx）或 CSV 文件</source>
        <translation>{file} is a Word document (.doc), not a table: import an Excel workbook (.xlsx) or a CSV file</translation>
    </message>
    <message>
        <source>{file} 是 XML 或网页文件，不是表格：{save_as}</source>
        <translation>{file} is an XML or web page file, not a table: {save_as}</translation>
    </message>
    <message>
        <source>{file} 是单机账本的备份，不能恢复到服务器账本；没有恢复（单机账本搬上服务器请用 counter-app migrate-db）</source>
        <translation>{file} is a backup of a single-PC ledger and cannot be restored onto a server ledger; nothing was restored (move a single-PC ledger onto a server with counter-app migrate-db)</translation>
    </message>
    <message>
        <source>{file} 是压缩文件（zip），不是 Excel 工作簿：请导入 Excel 工作簿（.xlsx）或 CSV 文件</source>
        <translation>{file} is a zip archive, not an Excel workbook: import an Excel workbook (.xlsx) or a CSV file</translation>
    </message>
    <message>
        <source>{file} 是另一个账本的备份（账本编号 {theirs}，建于 {their_start}；当前账本编号 {ours}，建于 {our_start}），没有恢复。只能恢复本账本的备份，或恢复到新安装的空账本</source>
        <translation>{file} is a backup of another ledger (ledger {theirs}, made {their_start}; the ledger in use is {ours}, made {our_start}); nothing was restored. Only this ledger's backups can be restored, or any onto a new, empty installation</translation>
    </message>
    <message>
        <source>{file} 是另一个账本（{other}…）的密钥，本账本为 {ledger}…；没有导入</source>
        <translation>{file} holds the keys of another ledger ({other}…); this ledger is {ledger}…; nothing was imported</translation>
    </message>
    <message>
        <source>{file} 是旧版 Excel 97-2003 工作簿（.xls），但读不出来（可能已损坏或设有密码）：{save_as}</source>
        <translation>{file} is an old Excel 97-2003 workbook (.xls) that cannot be read (damaged, or with a password): {save_as}</translation>
    </message>
    <message>
        <source>{file} 是服务器账本的备份，不能恢复到单机账本；没有恢复</source>
        <translation>{file} is a backup of a server ledger and cannot be restored onto a single-PC ledger; nothing was restored</translation>
    </message>
    <message>
        <source>{file} 是网页（HTML）文件，里面没有表格：{save_as}</source>
        <translation>{file} is a web page (HTML) with no table in it: {save_as}</translation>
    </message>
    <message>
        <source>{file} 是网页（HTML）格式的表格，常见于旧系统导出的 .xls：{save_as}</source>
        <translation>{file} is a table in web page (HTML) form, as older systems export .xls: {save_as}</translation>
    </message>
    <message>
        <source>{file} 有 {total} 行，超过一次导入的上限 {most} 行，请分成几个文件</source>
        <translation>{file} has {total} rows, more than the {most} one import takes; split it into several files</translation>
    </message>
    <message>
        <source>{file} 设有打开密码：请在 Excel 中打开（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码），保存后再导入</source>
        <translation>{file} has a password to open: open it in Excel (File → Info → Protect Workbook → Encrypt with Password, clear the password), save it and import it again</translation>
    </message>
    <message>
        <source>{file} 读不出来（{why}），不能恢复</source>
        <translation>{file} cannot be read ({why}); it cannot be restored</translation>
    </message>
    <message>
        <source>{file} 里找不到{kind}的表头：缺少 {missing} 列{hidden}（{sheet}前 {rows} 行中最接近的是第 {line} 行）。{others}可用 counter-app import-template {name} 取得模板</source>
        <translation>No header of {kind} found in {file}: the columns {missing} are missing{hidden} (in the first {rows} rows {sheet}the closest is row {line}). {others}counter-app import-template {name} gives a template</translation>
    </message>
    <message>
        <source>{first} 至 {last}</source>
        <translation>{first} to {last}</translation>
    </message>
    <message>
        <source>{first} 至 {last} 中不止一行的内容与封存不符（在程序之外被改动；封存于{record}）</source>
        <translation>More than one row from {first} to {last} differs from its seal (changed outside the program; sealed in {record})</translation>
    </message>
    <message>
        <source>{first} 至 {last} 没有可导出的凭证：{why}</source>
        <translation>No voucher to export from {first} to {last}: {why}</translation>
    </message>
    <message>
        <source>{first} 至 长期</source>
        <translation>{first} onwards</translation>
    </message>
    <message>
        <source>{item} {period} 已全部退款，不能开发票</source>
        <translation>{item} {period} was refunded in full; no invoice can be made for it</translation>
    </message>
    <message>
        <source>{item} {period} 已在开票申请中（{status}），不能重复开票</source>
        <translation>{item} {period} is already in an invoice request ({status}); it cannot be invoiced twice</translation>
    </message>
    <message>
        <source>{item} 不是临时/一次性收费项目</source>
        <translation>{item} is not a one-off item</translation>
    </message>
    <message>
        <source>{item} 不是公摊项目</source>
        <translation>{item} is not a shared-cost item</translation>
    </message>
    <message>
        <source>{item} 不是抄表计量的项目</source>
        <translation>{item} is not a metered item</translation>
    </message>
    <message>
        <source>{item} 不是抄表计量的项目，不能设阶梯价</source>
        <translation>{item} is not a metered item and cannot have tiered prices</translation>
    </message>
    <message>
        <source>{item} 不是按月收取的项目，不能设预交优惠</source>
        <translation>{item} is not charged by the month and cannot have a prepay offer</translation>
    </message>
    <message>
        <source>{item} 不能预交</source>
        <translation>{item} cannot be paid in advance</translation>
    </message>
    <message>
        <source>{item} 不适用于{kind} {unit}</source>
        <translation>{item} does not apply to {kind} {unit}</translation>
    </message>
    <message>
        <source>{item} 为一次性收费，金额在收费时确定</source>
        <translation>{item} is a one-off charge; its amount is set when it is paid</translation>
    </message>
    <message>
        <source>{item} 在 {day} 已有一条标准；标准不能改，请选另一个生效日期</source>
        <translation>{item} already has a standard from {day}; a standard cannot be changed, choose another start date</translation>
    </message>
    <message>
        <source>{item} 在 {month} 没有生效的收费标准</source>
        <translation>{item} has no fee standard in force for {month}</translation>
    </message>
    <message>
        <source>{item} 在 {month} 的收费户数记为 {kept_units} 户（欠费 {kept_owing} 户），按各笔应收数为 {units} 户（欠费 {owing} 户）（户数汇总被改动）</source>
        <translation>{item} in {month}: {kept_units} units billed ({kept_owing} owing) kept, its charges count {units} ({owing} owing) (the kept unit counts were changed)</translation>
    </message>
    <message>
        <source>{item} 在 {read_on} 没有生效的收费标准</source>
        <translation>{item} has no fee standard in force on {read_on}</translation>
    </message>
    <message>
        <source>{item} 已计费到 {through}，新标准最早从 {first} 起生效；要改已计费月份的金额，请先在 管理 → 计费 撤销那次计费</source>
        <translation>{item} is billed through {through}; a new standard can start {first} at the earliest. To change billed months, first undo that billing in Manage → Billing</translation>
    </message>
    <message>
        <source>{item} 最多可退 {most} 元，不能退 {amount} 元</source>
        <translation>At most ¥{most} of {item} can be refunded, not ¥{amount}</translation>
    </message>
    <message>
        <source>{item} 没有生效的标准，请输入金额</source>
        <translation>{item} has no standard in force; enter the amount</translation>
    </message>
    <message>
        <source>{item}（{kind}）的金额不能预先试算</source>
        <translation>The amount of {item} ({kind}) cannot be calculated in advance</translation>
    </message>
    <message>
        <source>{kind} {key}</source>
        <translation>{kind} {key}</translation>
    </message>
    <message>
        <source>{kind} 值无效：{value}</source>
        <translation>invalid {kind} value: {value}</translation>
    </message>
    <message>
        <source>{kind}不按月计费</source>
        <translation>{kind} is not charged by the month</translation>
    </message>
    <message>
        <source>{kind}（{reason}）</source>
        <translation>{kind} ({reason})</translation>
    </message>
    <message>
        <source>{label} {row}</source>
        <translation>{label} {row}</translation>
    </message>
    <message>
        <source>{label}（id {id}）</source>
        <translation>{label} (id {id})</translation>
    </message>
    <message>
        <source>{loss}
仍要恢复，须确认丢弃以上各项（命令行加 --accept-loss）；没有恢复</source>
        <translation>{loss}
To restore anyway, agree to drop all the above (--accept-loss on the command line); nothing was restored</translation>
    </message>
    <message>
        <source>{loss}
确认丢失这些、仍要恢复，请加 --accept-loss；没有恢复</source>
        <translation>{loss}
To drop these and restore anyway, add --accept-loss; nothing was restored</translation>
    </message>
    <message>
        <source>{method}退款需要填写交易参考号</source>
        <translation>A {method} refund needs the transaction reference</translation>
    </message>
    <message>
        <source>{method}金额必须大于零</source>
        <translation>The {method} amount must be more than zero</translation>
    </message>
    <message>
        <source>{method}需要填写交易参考号</source>
        <translation>{method} needs the transaction reference</translation>
    </message>
    <message>
        <source>{month} 时 {item} 还没有收费标准</source>
        <translation>{item} has no fee standard yet in {month}</translation>
    </message>
    <message>
        <source>{month} 比本月提前 {ahead} 个月：这些应收会出现在下一次“缴清全部欠费”里。确需提前计费，请确认后再生成（命令行加 --confirm-ahead）</source>
        <translation>{month} is {ahead} months ahead of this month: these charges would appear in the next "pay everything owed". To bill ahead, confirm first (on the command line add --confirm-ahead)</translation>
    </message>
    <message>
        <source>{month} 没有生效的收费标准</source>
        <translation>No fee standard is in force for {month}</translation>
    </message>
    <message>
        <source>{month} 还没有到，看板只看今天（{today}）以前的月份</source>
        <translation>{month} has not come yet; the dashboard shows months up to today ({today})</translation>
    </message>
    <message>
        <source>{name}  {units}  {day} 迁出</source>
        <translation>{name}  {units}  moved out {day}</translation>
    </message>
    <message>
        <source>{name} {amount} 元</source>
        <translation>{name} {amount} yuan</translation>
    </message>
    <message>
        <source>{name} 从 {since} 起才是业主，过户日期不能更早</source>
        <translation>{name} is the owner only from {since}; the transfer date cannot be earlier</translation>
    </message>
    <message>
        <source>{name} 已不在账本中（在程序之外被删除）</source>
        <translation>{name} is no longer in the ledger (deleted outside the program)</translation>
    </message>
    <message>
        <source>{name} 没有审计封存记录（在程序之外新增）</source>
        <translation>{name} has no sealing audit record (added outside the program)</translation>
    </message>
    <message>
        <source>{name} 的 {fields} 与审计记录不符（在程序之外被改动）</source>
        <translation>The {fields} of {name} differ from the audit record (changed outside the program)</translation>
    </message>
    <message>
        <source>{name} 的 {fields} 在审计记录第 {number} 条写入前已与审计记录不符（在程序之外被改动）</source>
        <translation>The {fields} of {name} already differed from the audit record before record {number} was written (changed outside the program)</translation>
    </message>
    <message>
        <source>{name} 的个人信息查阅件已输出到 {path}（本次查看已记录）</source>
        <translation>{name}'s personal data copy was written to {path} (this access is recorded)</translation>
    </message>
    <message>
        <source>{number} {what} {amount} 元</source>
        <translation>{number} {what} {amount} yuan</translation>
    </message>
    <message>
        <source>{number} 不在本人当前未交班的班次中：已交班班次的现金收支不能冲销</source>
        <translation>{number} is not in your open shift: a closed shift's cash movements cannot be reversed</translation>
    </message>
    <message>
        <source>{number} 已经冲销</source>
        <translation>{number} has already been reversed</translation>
    </message>
    <message>
        <source>{number} 本身是冲销单，不能再冲销</source>
        <translation>{number} is itself a reversal and cannot be reversed</translation>
    </message>
    <message>
        <source>{number}（请求编号 {request_id}）</source>
        <translation>{number} (request ID {request_id})</translation>
    </message>
    <message>
        <source>{n} 个月计滞纳金</source>
        <translation>late fees on {n} months</translation>
    </message>
    <message>
        <source>{n} 张</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>{n} 户（{first}–{last} 中迟缴 6 个月以上）</source>
        <translation>{n} units (late in 6 months or more of {first}–{last})</translation>
    </message>
    <message>
        <source>{n} 笔</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>{path} 不是数据库文件，或已损坏（若这是账本，请从备份恢复）</source>
        <translation>{path} is not a database file, or is damaged (if it is the ledger, restore it from a backup)</translation>
    </message>
    <message>
        <source>{path} 不是本程序的账本，或已损坏（若这是账本，请从备份恢复）</source>
        <translation>{path} is not this program's ledger, or is damaged (if it is the ledger, restore it from a backup)</translation>
    </message>
    <message>
        <source>{path} 是空文件（0 字节），不是账本</source>
        <translation>{path} is an empty file (0 bytes), not a ledger</translation>
    </message>
    <message>
        <source>{path}：{why}</source>
        <translation>{path}: {why}</translation>
    </message>
    <message>
        <source>{person} 不在 {unit} 登记</source>
        <translation>{person} is not registered at {unit}</translation>
    </message>
    <message>
        <source>{problem}。已有数据库请用 --db 指明它的位置；新建请用 counter-app demo （演示数据）或启动程序按设置向导操作；损坏的账本请从备份恢复（counter-app restore）。</source>
        <translation>{problem}. For a database that exists, say where with --db; for a new one use counter-app demo (demo data) or start the program and follow the set-up wizard; restore a damaged ledger from a backup (counter-app restore).</translation>
    </message>
    <message>
        <source>{program} 失败（{target}）：{why}</source>
        <translation>{program} failed ({target}): {why}</translation>
    </message>
    <message>
        <source>{reason}须填写凭证号</source>
        <translation>{reason} needs a voucher number</translation>
    </message>
    <message>
        <source>{receipt}由公钥 {key} 签名，内容未被改动（是否已作废或退款，请向物业处查询）</source>
        <translation>{receipt} is signed by public key {key} and unchanged (ask the management office whether it was since voided or refunded)</translation>
    </message>
    <message>
        <source>{receipt}的签名不是公钥 {key} 签的：伪造或被改过</source>
        <translation>{receipt}: the signature is not by public key {key}: forged or altered</translation>
    </message>
    <message>
        <source>{report}：收据 {count} 张，实收 {taken} 元，应有现金 {expected} 元</source>
        <translation>{report}: {count} receipts, {taken} yuan taken, {expected} yuan cash expected</translation>
    </message>
    <message>
        <source>{report}：收据 {count} 张，实收 {taken} 元，应有现金 {expected} 元，实点 {counted} 元，差额 {difference} 元</source>
        <translation>{report}: {count} receipts, {taken} yuan taken, {expected} yuan cash expected, {counted} yuan counted, {difference} yuan over/short</translation>
    </message>
    <message>
        <source>{report}：收据 {count} 张，实收 {taken} 元，盲点：点钞保存后才显示应有现金</source>
        <translation>{report}: {count} receipts, {taken} yuan taken; blind count: the expected cash is shown once the count is saved</translation>
    </message>
    <message>
        <source>{role}无权执行此操作：{action}</source>
        <translation>Not allowed for the {role} role: {action}</translation>
    </message>
    <message>
        <source>{role}的密码至少 {shortest} 位</source>
        <translation>A {role}'s password needs at least {shortest} characters</translation>
    </message>
    <message>
        <source>{row} 已不在账本中（被删除；封存于{record}）</source>
        <translation>{row} is no longer in the ledger (deleted; sealed in {record})</translation>
    </message>
    <message>
        <source>{row} 没有审计记录为它封存（在程序之外新增）</source>
        <translation>{row} has no audit record sealing it (added outside the program)</translation>
    </message>
    <message>
        <source>{row} 的内容与封存不符（在程序之外被改动；封存于{record}）</source>
        <translation>The content of {row} differs from its seal (changed outside the program; sealed in {record})</translation>
    </message>
    <message>
        <source>{sheet} 第 {line} 行</source>
        <translation>{sheet} line {line}</translation>
    </message>
    <message>
        <source>{sheet}（{rows} 行）</source>
        <translation>{sheet} ({rows} rows)</translation>
    </message>
    <message>
        <source>{sheet}（{why}）</source>
        <translation>{sheet} ({why})</translation>
    </message>
    <message>
        <source>{title}：{counts}</source>
        <translation>{title}: {counts}</translation>
    </message>
    <message>
        <source>{today} 已日结，不能再开班</source>
        <translation>{today} is closed; no shift can be opened</translation>
    </message>
    <message>
        <source>{unchecked}
仍要恢复没能全部核对的备份，须另外确认（命令行加 --accept-unchecked）；没有恢复，当前账本没有改动</source>
        <translation>{unchecked}
To restore a backup that could not be checked in full, agree to that too (--accept-unchecked on the command line); nothing was restored, the ledger in use is unchanged</translation>
    </message>
    <message>
        <source>{unchecked}
仍要恢复，请加 --accept-unchecked；没有恢复，当前账本没有改动</source>
        <translation>{unchecked}
To restore anyway, add --accept-unchecked; nothing was restored, the ledger in use is unchanged</translation>
    </message>
    <message>
        <source>{units} 的预存余额不足或已被其他收款改变，请刷新后重试</source>
        <translation>The prepaid balance of {units} is too low or was changed by another payment; refresh and try again</translation>
    </message>
    <message>
        <source>{unit} 在 {month} 没有{item}的分摊</source>
        <translation>{unit} has no {item} share for {month}</translation>
    </message>
    <message>
        <source>{unit} 在 {month} 没有{item}的抄表记录</source>
        <translation>{unit} has no {item} reading for {month}</translation>
    </message>
    <message>
        <source>{unit} 已有生效的代扣授权；请先终止它再登记新的</source>
        <translation>{unit} already has a debit authorisation in force; end it before adding a new one</translation>
    </message>
    <message>
        <source>{unit} 已经停用</source>
        <translation>{unit} is already ended</translation>
    </message>
    <message>
        <source>{unit} 本月已录入读数 {reading}，不能重复录入</source>
        <translation>{unit} already has a reading of {reading} this month; it cannot be entered twice</translation>
    </message>
    <message>
        <source>{unit} 没有可冲抵的欠费</source>
        <translation>{unit} has nothing owed to pay off</translation>
    </message>
    <message>
        <source>{unit} 没有欠费</source>
        <translation>{unit} owes nothing</translation>
    </message>
    <message>
        <source>{unit} 没有车位 {space}</source>
        <translation>{unit} has no parking space {space}</translation>
    </message>
    <message>
        <source>{unit} 现在没有登记 {name}</source>
        <translation>{unit} has no {name} recorded now</translation>
    </message>
    <message>
        <source>{unit} 的读数 {value} 小于上次读数 {last}：如已换表，请按 F9 填写旧表止码和新表起始读数</source>
        <translation>{unit}'s reading {value} is less than the last reading {last}: if the meter was replaced, press F9 and enter the old meter's final reading and the new meter's first reading</translation>
    </message>
    <message>
        <source>{user} 是唯一在用的管理员，不能停用或改为其他角色；请先另设一位管理员</source>
        <translation>{user} is the only active administrator and cannot be disabled or given another role; make another administrator first</translation>
    </message>
    <message>
        <source>{user} 没有此项授权的权限</source>
        <translation>{user} may not authorise this</translation>
    </message>
    <message>
        <source>{user} 的密码：</source>
        <translation>Password of {user}: </translation>
    </message>
    <message>
        <source>{user} 的角色已改为{role}</source>
        <translation>{user}'s role is now {role}</translation>
    </message>
    <message>
        <source>{what} {day} 已过，应为今天或以后</source>
        <translation>{what} {day} has passed; it should be today or later</translation>
    </message>
    <message>
        <source>{what}“{raw}”被 Excel 存成了科学计数法，后几位已丢失：请把这一列设为“文本”后重新输入</source>
        <translation>{what} "{raw}" was stored by Excel in scientific notation and its last digits are lost: format the column as "Text" and type it again</translation>
    </message>
    <message>
        <source>{what}“{text}”不是有效的数字</source>
        <translation>{what} "{text}" is not a valid number</translation>
    </message>
    <message>
        <source>{what}“{text}”不是有效的数字（例如 1234.50 或 1,234.50）</source>
        <translation>{what} "{text}" is not a valid number (such as 1234.50 or 1,234.50)</translation>
    </message>
    <message>
        <source>{what}“{text}”不能为负数</source>
        <translation>{what} "{text}" cannot be negative</translation>
    </message>
    <message>
        <source>{what}“{text}”位数太多，请核对</source>
        <translation>{what} "{text}" has too many digits; check it</translation>
    </message>
    <message>
        <source>{what}“{text}”最多允许 {places} 位小数</source>
        <translation>{what} "{text}" allows at most {places} decimal places</translation>
    </message>
    <message>
        <source>{what}“{text}”超过两位小数（最小单位为分）</source>
        <translation>{what} "{text}" has more than two decimals (the smallest unit is one fen)</translation>
    </message>
    <message>
        <source>{what}“{text}”过大，请核对</source>
        <translation>{what} "{text}" is too large; check it</translation>
    </message>
    <message>
        <source>{what}不能为空</source>
        <translation>{what} cannot be empty</translation>
    </message>
    <message>
        <source>{what}不能为零</source>
        <translation>{what} cannot be zero</translation>
    </message>
    <message>
        <source>{what}与{seen}的编号格式会产生相同的编号（如 {number}），请加以区分</source>
        <translation>The {what} and {seen} number formats give the same numbers (such as {number}); make them differ</translation>
    </message>
    <message>
        <source>{what}应写成 YYYY-MM-DD，如 2027-01-01</source>
        <translation>{what} should be written YYYY-MM-DD, e.g. 2027-01-01</translation>
    </message>
    <message>
        <source>{what}最多 {limit} 个字（现在 {count} 个），请删减后再提交</source>
        <translation>{what} takes at most {limit} characters (now {count}); shorten it</translation>
    </message>
    <message>
        <source>{what}编号格式“{fmt}”不正确，可用 {{year}} 与 {{seq:06d}}，如 SJ{{year}}-{{seq:06d}}</source>
        <translation>{what} number format "{fmt}" is not right; use {{year}} and {{seq:06d}}, such as SJ{{year}}-{{seq:06d}}</translation>
    </message>
    <message>
        <source>{what}编号格式“{fmt}”不能区分不同的流水号</source>
        <translation>{what} number format "{fmt}" does not tell serial numbers apart</translation>
    </message>
    <message>
        <source>{what}编号格式“{fmt}”不能含空格或控制字符（收据条码要读它）</source>
        <translation>{what} number format "{fmt}" cannot contain spaces or control characters (the receipt's barcode reads it)</translation>
    </message>
    <message>
        <source>{what}编号格式“{fmt}”含未知字段 {unknown}，可用 {{year}} 与 {{seq}}</source>
        <translation>{what} number format "{fmt}" has unknown fields {unknown}; use {{year}} and {{seq}}</translation>
    </message>
    <message>
        <source>{what}编号格式“{fmt}”必须含年份 {{year}} 和流水号 {{seq}}（流水号每年从 1 起）</source>
        <translation>{what} number format "{fmt}" must contain the year {{year}} and the serial {{seq}} (which starts at 1 each year)</translation>
    </message>
    <message>
        <source>{what}编号格式不能为空，也不能超过 {most} 个字符</source>
        <translation>{what} number format cannot be empty or longer than {most} characters</translation>
    </message>
    <message>
        <source>{what}缺少列：{missing}（需要 {needed}）</source>
        <translation>{what} lacks the columns {missing} (it needs {needed})</translation>
    </message>
    <message>
        <source>{when}按付款方式</source>
        <translation>{when} by tender</translation>
    </message>
    <message>
        <source>{when}按收款员</source>
        <translation>{when} by cashier</translation>
    </message>
    <message>
        <source>{when}按收费项目</source>
        <translation>{when} by fee item</translation>
    </message>
    <message>
        <source>{where}：{path}（{units} 户，{months} 个月历史）
演示用户：cashier/cashier，manager/manager，admin/admin</source>
        <translation>{where}: {path} ({units} units, {months} months of history)
Demo users: cashier/cashier, manager/manager, admin/admin</translation>
    </message>
    <message>
        <source>{word} {amount} 元：请填写说明后再交班</source>
        <translation>{word} ¥{amount}: write a note before closing the shift</translation>
    </message>
    <message>
        <source>“{text}”不是营业日（2026-01-10）或月份（2026-01）</source>
        <translation>"{text}" is neither a day (2026-01-10) nor a month (2026-01)</translation>
    </message>
    <message>
        <source>“{value}”不可用，应写成 {form}</source>
        <translation>"{value}" cannot be used; write {form}</translation>
    </message>
    <message>
        <source>“{value}”不可用，应写成 {form}（{detail}）</source>
        <translation>"{value}" cannot be used; write {form} ({detail})</translation>
    </message>
    <message>
        <source>…… 另有 {more} 处</source>
        <translation>… and {more} more</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>一个回盘文件只能对应一个批次，此文件含 {batches}</source>
        <translation>A return file answers one batch; this one holds {batches}</translation>
    </message>
    <message>
        <source>一本收据最多 {most} 张，请核对起止号</source>
        <translation>A book holds at most {most} forms; check the first and last numbers</translation>
    </message>
    <message>
        <source>一次性</source>
        <translation>One-off</translation>
    </message>
    <message>
        <source>一次性收费的金额必须精确到分</source>
        <translation>A one-off charge must be exact to the fen</translation>
    </message>
    <message>
        <source>不变</source>
        <translation>Same</translation>
    </message>
    <message>
        <source>不是数据库文件的路径，也不是 postgresql:// 开头的服务器地址</source>
        <translation>Neither the path of a database file nor a server address starting with postgresql://</translation>
    </message>
    <message>
        <source>不是整数</source>
        <translation>is not a whole number</translation>
    </message>
    <message>
        <source>不是文字</source>
        <translation>is not text</translation>
    </message>
    <message>
        <source>不是日期</source>
        <translation>is not a date</translation>
    </message>
    <message>
        <source>不是时间</source>
        <translation>is not a time</translation>
    </message>
    <message>
        <source>不能与参数 {other} 同时使用</source>
        <translation>not allowed with argument {other}</translation>
    </message>
    <message>
        <source>不能停用自己正在使用的账号；请由另一位管理员操作</source>
        <translation>You cannot disable the account you are signed in with; ask another administrator</translation>
    </message>
    <message>
        <source>不能再登记发票号码</source>
        <translation>an invoice number can no longer be recorded</translation>
    </message>
    <message>
        <source>不能自己为自己授权作废</source>
        <translation>You cannot authorise your own void</translation>
    </message>
    <message>
        <source>不能自己为自己授权现金支出</source>
        <translation>You cannot authorise your own cash paid out</translation>
    </message>
    <message>
        <source>不能自己为自己授权退款</source>
        <translation>You cannot authorise your own refund</translation>
    </message>
    <message>
        <source>不能自己为自己授权，请由另一位主管授权</source>
        <translation>You cannot authorise yourself; ask another manager</translation>
    </message>
    <message>
        <source>不需要红字发票</source>
        <translation>no red-letter invoice is needed</translation>
    </message>
    <message>
        <source>业主</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>业主与住户</source>
        <translation>Owners and tenants</translation>
    </message>
    <message>
        <source>主管</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>主题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>习惯性迟缴户</source>
        <translation>Habitual late payers</translation>
    </message>
    <message>
        <source>交易参考号</source>
        <translation>Reference no.</translation>
    </message>
    <message>
        <source>交款入保险柜</source>
        <translation>Drop to the safe</translation>
    </message>
    <message>
        <source>交班</source>
        <translation>Close shift</translation>
    </message>
    <message>
        <source>交班报表（中间报表 X）</source>
        <translation>Shift report (interim X)</translation>
    </message>
    <message>
        <source>交班说明</source>
        <translation>The shift note</translation>
    </message>
    <message>
        <source>交班需要 --count 点钞结果，如 100x5,50x2,10x3</source>
        <translation>Closing a shift needs --count, the notes counted, such as 100x5,50x2,10x3</translation>
    </message>
    <message>
        <source>交费月数和赠送月数应在 1 到 {most} 之间</source>
        <translation>Months paid and months given must be between 1 and {most}</translation>
    </message>
    <message>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>今日</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>今日与本月实收同日结报表与月度收费汇总；本月收费率、户收费率、清欠、清缴率、预收即月度收费汇总的数字；至今收费率按费用所属月份、以今天已收计。</source>
        <translation>Today's and this month's takings match the day reports and the monthly collection summary; this month's collection rate, unit rate, arrears recovered, clearance rate and prepaid are the monthly summary's figures; the rate to date is by the month each fee belongs to, counting what is paid as of today.</translation>
    </message>
    <message>
        <source>今日到期</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>今日实收</source>
        <translation>Taken today</translation>
    </message>
    <message>
        <source>从备份恢复数据库</source>
        <translation>Restore the database from a backup</translation>
    </message>
    <message>
        <source>从未登录</source>
        <translation>never signed in</translation>
    </message>
    <message>
        <source>付款不足：应收 {due} 元，实付 {paid} 元，还差 {short} 元</source>
        <translation>Not enough paid: ¥{due} due, ¥{paid} paid, ¥{short} short</translation>
    </message>
    <message>
        <source>付款人</source>
        <translation>The payer</translation>
    </message>
    <message>
        <source>付款方式</source>
        <translation>Tenders</translation>
    </message>
    <message>
        <source>付款方式合计与收据合计不符</source>
        <translation>the tenders do not add up to the receipt's total</translation>
    </message>
    <message>
        <source>代扣授权 {id} 已于 {on} 终止</source>
        <translation>Debit authorisation {id} was ended on {on}</translation>
    </message>
    <message>
        <source>代扣授权须填写开户行和户名</source>
        <translation>A debit authorisation needs the bank and the account holder</translation>
    </message>
    <message>
        <source>代扣格式 {name}：不认识的字段 {field}</source>
        <translation>Debit layout {name}: unknown field {field}</translation>
    </message>
    <message>
        <source>代扣格式 {name}：分隔符应为一个字符</source>
        <translation>Debit layout {name}: the delimiter should be one character</translation>
    </message>
    <message>
        <source>代扣格式 {name}：批量文件须有参考号和金额，回盘文件须有参考号、金额和结果</source>
        <translation>Debit layout {name}: a batch file needs the reference and amount, a return file the reference, amount and result</translation>
    </message>
    <message>
        <source>代扣格式 {name}：编码应为 {choices}</source>
        <translation>Debit layout {name}: the encoding should be {choices}</translation>
    </message>
    <message>
        <source>代扣格式 {name}：金额单位应为 {choices}</source>
        <translation>Debit layout {name}: the amount unit should be {choices}</translation>
    </message>
    <message>
        <source>代扣格式文件 {file} 读不出：{why}</source>
        <translation>Debit layout file {file} cannot be read: {why}</translation>
    </message>
    <message>
        <source>以后各期（柜台）</source>
        <translation>Later periods (counter)</translation>
    </message>
    <message>
        <source>以逗号分隔的费用编号，如 101,102</source>
        <translation>charge numbers separated by commas, such as 101,102</translation>
    </message>
    <message>
        <source>优惠 {name} 从 {start} 起，不能在此之前结束</source>
        <translation>Offer {name} starts on {start} and cannot end before it</translation>
    </message>
    <message>
        <source>优惠 {name} 已于 {end} 结束</source>
        <translation>Offer {name} already ended on {end}</translation>
    </message>
    <message>
        <source>优惠名称</source>
        <translation>the offer's name</translation>
    </message>
    <message>
        <source>优惠政策 {name} 不适用于本次收款的任何费用</source>
        <translation>Policy {name} applies to none of the charges of this payment</translation>
    </message>
    <message>
        <source>优惠政策 {name} 在 {day} 不适用（有效期 {start} 至 {end}）</source>
        <translation>Policy {name} is not in force on {day} (valid {start} to {end})</translation>
    </message>
    <message>
        <source>优惠政策 {name} 已于 {end} 结束</source>
        <translation>Policy {name} already ended on {end}</translation>
    </message>
    <message>
        <source>优惠政策名称</source>
        <translation>Policy name</translation>
    </message>
    <message>
        <source>优惠政策必须有名称</source>
        <translation>A policy needs a name</translation>
    </message>
    <message>
        <source>优惠政策至少要适用于一个收费项目</source>
        <translation>A policy must cover at least one fee item</translation>
    </message>
    <message>
        <source>优惠结束日期 {to} 早于开始日期 {start}</source>
        <translation>The offer's end date {to} is before its start date {start}</translation>
    </message>
    <message>
        <source>优惠规则需要名称</source>
        <translation>An offer needs a name</translation>
    </message>
    <message>
        <source>住宅</source>
        <translation>residential unit</translation>
    </message>
    <message>
        <source>住户</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>作废</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>作废原因</source>
        <translation>The reason for the void</translation>
    </message>
    <message>
        <source>作废已打印</source>
        <translation>voided, printed</translation>
    </message>
    <message>
        <source>作废张数</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>作废必须填写原因</source>
        <translation>Give a reason for the void</translation>
    </message>
    <message>
        <source>作废收据</source>
        <translation>Void a receipt</translation>
    </message>
    <message>
        <source>作废未打印</source>
        <translation>voided, not printed</translation>
    </message>
    <message>
        <source>作废表单必须填写原因</source>
        <translation>A voided form needs a reason</translation>
    </message>
    <message>
        <source>使用收据本表单</source>
        <translation>use receipt book forms</translation>
    </message>
    <message>
        <source>保存年限应为 1 到 30 年</source>
        <translation>The years to keep should be 1 to 30</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>修改收费标准</source>
        <translation>Change fee standards</translation>
    </message>
    <message>
        <source>修改本人密码</source>
        <translation>Change one's own password</translation>
    </message>
    <message>
        <source>修改角色需要 --role</source>
        <translation>Changing a role needs --role</translation>
    </message>
    <message>
        <source>修改设置</source>
        <translation>Change settings</translation>
    </message>
    <message>
        <source>倍率必须大于零</source>
        <translation>The multiplier must be more than zero</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>停用原因</source>
        <translation>Why it ends</translation>
    </message>
    <message>
        <source>停用房屋必须写明原因</source>
        <translation>Give the reason for ending the unit</translation>
    </message>
    <message>
        <source>催缴方式应为 {channels}</source>
        <translation>The way of reminding should be {channels}</translation>
    </message>
    <message>
        <source>催缴记录</source>
        <translation>The reminder note</translation>
    </message>
    <message>
        <source>全部楼栋</source>
        <translation>All buildings</translation>
    </message>
    <message>
        <source>公摊分摊</source>
        <translation>Shared cost</translation>
    </message>
    <message>
        <source>公摊总额不能为负数</source>
        <translation>The shared total cannot be negative</translation>
    </message>
    <message>
        <source>公摊费用</source>
        <translation>shared cost</translation>
    </message>
    <message>
        <source>其中预存</source>
        <translation>of which prepaid</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>其他证件</source>
        <translation>Other document</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>写不了 {path}：{why}</source>
        <translation>Cannot write {path}: {why}</translation>
    </message>
    <message>
        <source>军官证</source>
        <translation>Military officer ID</translation>
    </message>
    <message>
        <source>冲销</source>
        <translation>Reverses</translation>
    </message>
    <message>
        <source>冲销原因</source>
        <translation>Reason for the reversal</translation>
    </message>
    <message>
        <source>冲销必须填写原因</source>
        <translation>A reversal needs a reason</translation>
    </message>
    <message>
        <source>减免</source>
        <translation>waived</translation>
    </message>
    <message>
        <source>减免原因</source>
        <translation>The reason for the waiver</translation>
    </message>
    <message>
        <source>减免滞纳金</source>
        <translation>Waive late fee</translation>
    </message>
    <message>
        <source>减免滞纳金 {waived} 元超过收费员限额 {limit} 元，需要主管办理</source>
        <translation>Waiving ¥{waived} of late fees is over the cashier's limit of ¥{limit}; a supervisor must do it</translation>
    </message>
    <message>
        <source>减免滞纳金必须填写原因</source>
        <translation>Give a reason for waiving the late fee</translation>
    </message>
    <message>
        <source>减免限额必须是不小于零的整数（分）</source>
        <translation>The waiver limit must be a whole number of fen, zero or more</translation>
    </message>
    <message>
        <source>减几成，如 20%（减 20%）或 8折</source>
        <translation>a share off, e.g. 20% (20% off) or 8折</translation>
    </message>
    <message>
        <source>凭证借贷不平：借方 {debit} 分，贷方 {credit} 分</source>
        <translation>The voucher does not balance: debits {debit} fen, credits {credit} fen</translation>
    </message>
    <message>
        <source>凭证号</source>
        <translation>Voucher number</translation>
    </message>
    <message>
        <source>凭证号须从 1 或更大的数开始</source>
        <translation>Voucher numbers start at 1 or more</translation>
    </message>
    <message>
        <source>凭证文件没能写到 {path}：{why}</source>
        <translation>The voucher file could not be written to {path}: {why}</translation>
    </message>
    <message>
        <source>凭证格式文件 {file} 有误：{why}</source>
        <translation>The voucher layout {file} is wrong: {why}</translation>
    </message>
    <message>
        <source>凭证格式文件 {file} 没有列</source>
        <translation>The voucher layout {file} has no columns</translation>
    </message>
    <message>
        <source>凭证格式文件 {file} 的列“{column}”须有标题，以及字段（{fields}）或固定值 value</source>
        <translation>Column "{column}" of the voucher layout {file} needs a header and a field ({fields}) or a fixed value</translation>
    </message>
    <message>
        <source>分摊总额不能为负数</source>
        <translation>The total to share cannot be negative</translation>
    </message>
    <message>
        <source>分摊权重不能为负数</source>
        <translation>A sharing weight cannot be negative</translation>
    </message>
    <message>
        <source>分摊的总面积为零，无法分摊</source>
        <translation>The total area is zero; nothing can be shared</translation>
    </message>
    <message>
        <source>到期应缴</source>
        <translation>Due now</translation>
    </message>
    <message>
        <source>前一日链头</source>
        <translation>Previous day's chain head</translation>
    </message>
    <message>
        <source>办公</source>
        <translation>office</translation>
    </message>
    <message>
        <source>加密方式应为 none、starttls 或 ssl，不是“{tls}”</source>
        <translation>The encryption must be none, starttls or ssl, not "{tls}"</translation>
    </message>
    <message>
        <source>单价</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>单价不能为负数</source>
        <translation>The unit price cannot be negative</translation>
    </message>
    <message>
        <source>单元号应为 1 到 99 的整数</source>
        <translation>The entrance number must be a whole number from 1 to 99</translation>
    </message>
    <message>
        <source>单号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>占比</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>原密码错误</source>
        <translation>The old password is wrong</translation>
    </message>
    <message>
        <source>原收据</source>
        <translation>Original receipt</translation>
    </message>
    <message>
        <source>原日结时间</source>
        <translation>Originally closed at</translation>
    </message>
    <message>
        <source>原账本校验不通过，不能迁移：{problem}。请先用 counter-app audit verify 查明。</source>
        <translation>The ledger does not verify and cannot be moved: {problem}. Find out why with counter-app audit verify first.</translation>
    </message>
    <message>
        <source>参数 {argument}：{message}</source>
        <translation>argument {argument}: {message}</translation>
    </message>
    <message>
        <source>参考号“{ref}”不是本系统的代扣参考号</source>
        <translation>Reference "{ref}" is not a direct-debit reference of this program</translation>
    </message>
    <message>
        <source>发信人名称</source>
        <translation>sender name</translation>
    </message>
    <message>
        <source>发信服务器</source>
        <translation>mail server</translation>
    </message>
    <message>
        <source>发现问题：</source>
        <translation>Problems found:</translation>
    </message>
    <message>
        <source>发票号码 {number} 已经登记过</source>
        <translation>Invoice number {number} is already recorded</translation>
    </message>
    <message>
        <source>发票号码“{value}”不正确（数电票号码为 20 位数字）</source>
        <translation>Invoice number "{value}" is not right (an e-invoice number has 20 digits)</translation>
    </message>
    <message>
        <source>发票导出、导入与红冲</source>
        <translation>Export, import and reverse invoices</translation>
    </message>
    <message>
        <source>发票状态</source>
        <translation>Invoice status</translation>
    </message>
    <message>
        <source>发送电子账单</source>
        <translation>send bills by email</translation>
    </message>
    <message>
        <source>取整单位只能是分、角或元</source>
        <translation>Rounding must be to the fen, jiao or yuan</translation>
    </message>
    <message>
        <source>取整方式只能是按月或按单</source>
        <translation>Rounding can only be per month or per bill</translation>
    </message>
    <message>
        <source>取整规则：{rule}</source>
        <translation>Rounding rule: {rule}</translation>
    </message>
    <message>
        <source>只有支出需要填写支出原因和凭证号</source>
        <translation>Only a paid-out takes a reason and a voucher number</translation>
    </message>
    <message>
        <source>只有柜台收据可以作废；预存扣款请办理退款</source>
        <translation>Only counter receipts can be voided; for a prepaid deduction make a refund</translation>
    </message>
    <message>
        <source>只能选择一种方式：指定费用、全部欠费或按金额</source>
        <translation>Choose one way only: chosen charges, everything owed, or an amount</translation>
    </message>
    <message>
        <source>台湾居民来往大陆通行证</source>
        <translation>Mainland travel permit for Taiwan residents</translation>
    </message>
    <message>
        <source>各户预存与押金</source>
        <translation>Prepaid and deposits by unit</translation>
    </message>
    <message>
        <source>各月费用至今未收（元）</source>
        <translation>Still owed of each month (yuan)</translation>
    </message>
    <message>
        <source>各班次</source>
        <translation>Shifts</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>合计 {amount} 元（{words}）</source>
        <translation>Total {amount} yuan ({words})</translation>
    </message>
    <message>
        <source>合计与各项不符</source>
        <translation>the total does not match its parts</translation>
    </message>
    <message>
        <source>同一笔费用不能选两次</source>
        <translation>The same charge cannot be chosen twice</translation>
    </message>
    <message>
        <source>名单文件应为 .csv 或 .xlsx</source>
        <translation>The list file should be .csv or .xlsx</translation>
    </message>
    <message>
        <source>名单格式应为 {layouts}</source>
        <translation>The list's layout should be {layouts}</translation>
    </message>
    <message>
        <source>名字太长</source>
        <translation>the name is too long</translation>
    </message>
    <message>
        <source>咨询内容</source>
        <translation>The enquiry</translation>
    </message>
    <message>
        <source>咨询登记</source>
        <translation>Consultation log</translation>
    </message>
    <message>
        <source>商铺</source>
        <translation>shop</translation>
    </message>
    <message>
        <source>回盘文件不是 {encoding} 编码</source>
        <translation>The return file is not in {encoding}</translation>
    </message>
    <message>
        <source>回盘文件第 {row} 行只有 {have} 列，应有 {need} 列</source>
        <translation>Line {row} of the return file has {have} columns, {need} expected</translation>
    </message>
    <message>
        <source>回盘文件第 {row} 行：{why}</source>
        <translation>Line {row} of the return file: {why}</translation>
    </message>
    <message>
        <source>回盘文件读不出：不是任何代扣格式，或不属于本小区的批次</source>
        <translation>The return file cannot be read: it is in no debit layout, or not of this estate's batches</translation>
    </message>
    <message>
        <source>固定电话“{raw}”位数不对（区号加号码，共 10 到 12 位）</source>
        <translation>Landline "{raw}" has the wrong number of digits (area code and number, 10 to 12 in all)</translation>
    </message>
    <message>
        <source>固定金额</source>
        <translation>Fixed amount</translation>
    </message>
    <message>
        <source>在用</source>
        <translation>active</translation>
    </message>
    <message>
        <source>地址{where}上的程序不是 PostgreSQL 数据库服务器。请管理员检查连接设置里的服务器地址和端口。</source>
        <translation>The program at the address{where} is not a PostgreSQL database server. Ask the administrator to check the server address and port in the connection settings.</translation>
    </message>
    <message>
        <source>垫付</source>
        <translation>Advance</translation>
    </message>
    <message>
        <source>处理结果只能是：{outcomes}</source>
        <translation>The outcome can only be: {outcomes}</translation>
    </message>
    <message>
        <source>备份 {file} 来自较新版本的程序（数据库版本 {version}，本程序支持到 {supported}），请升级程序后再恢复；没有恢复</source>
        <translation>Backup {file} comes from a newer version of the program (database version {version}; this program goes up to {supported}); upgrade the program, then restore; nothing was restored</translation>
    </message>
    <message>
        <source>备份位置 {folder} 不存在（U 盘或网络共享没有连接？）；没有备份，账本没有改动</source>
        <translation>Backup place {folder} is not there (USB drive or network share not connected?); no backup made, the ledger is unchanged</translation>
    </message>
    <message>
        <source>备份位置 {folder} 空间不足：需要约 {need:.0f} MB，只剩 {free:.0f} MB；没有备份，账本没有改动</source>
        <translation>Backup place {folder} is too full: about {need:.0f} MB needed, {free:.0f} MB free; no backup made, the ledger is unchanged</translation>
    </message>
    <message>
        <source>备份位置 {folder} 空间已满，备份没有写完（已删除未完成的文件）；账本没有改动</source>
        <translation>The backup place {folder} is full and the backup was not finished (the partial file was deleted); the ledger is unchanged</translation>
    </message>
    <message>
        <source>备份位置 {folder} 里同一秒的备份太多；没有备份，账本没有改动</source>
        <translation>Too many backups in one second in the backup place {folder}; no backup made, the ledger is unchanged</translation>
    </message>
    <message>
        <source>备份写入后校验失败（{problem}），已删除该备份；请换一个备份位置重试</source>
        <translation>The backup did not verify after writing ({problem}) and was deleted; try another backup place</translation>
    </message>
    <message>
        <source>备份已写入 {path}，但其中的审计链校验不通过（{problem}）：账本本身可能被改动过，请运行“检查账本”</source>
        <translation>The backup was written to {path}, but its audit chain does not verify ({problem}): the ledger itself may have been altered; run "Check the ledger"</translation>
    </message>
    <message>
        <source>备份已损坏：{name}（{why}），没有恢复；当前账本没有改动</source>
        <translation>The backup is damaged: {name} ({why}); nothing was restored, the ledger in use is unchanged</translation>
    </message>
    <message>
        <source>备份数据库</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>备用金</source>
        <translation>Float</translation>
    </message>
    <message>
        <source>备用金不能为负数</source>
        <translation>The float cannot be negative</translation>
    </message>
    <message>
        <source>外国人永久居留身份证</source>
        <translation>Foreign permanent resident ID card</translation>
    </message>
    <message>
        <source>多余的值：{value}</source>
        <translation>ignored explicit argument {value}</translation>
    </message>
    <message>
        <source>大于零的金额（元），如 1234.50</source>
        <translation>an amount in yuan above zero, such as 1234.50</translation>
    </message>
    <message>
        <source>天数应在 0 到 366 之间</source>
        <translation>The number of days must be between 0 and 366</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>字母和数字组成的字轨，如 A 或 SJ-2026</source>
        <translation>a series of letters and digits, e.g. A or SJ-2026</translation>
    </message>
    <message>
        <source>字轨只能由字母、数字和 - _ / 组成，最多 20 个字符：{series}</source>
        <translation>A series is letters, digits and - _ / only, at most 20 characters: {series}</translation>
    </message>
    <message>
        <source>存入预存</source>
        <translation>Paid into prepaid</translation>
    </message>
    <message>
        <source>存入预存余额</source>
        <translation>into the prepaid balance</translation>
    </message>
    <message>
        <source>完好（integrity_check，每行每个值可读）</source>
        <translation>sound (integrity_check, every value of every row readable)</translation>
    </message>
    <message>
        <source>完好（已先检查）</source>
        <translation>sound (checked just before)</translation>
    </message>
    <message>
        <source>完整电话须说明用途（如：催缴联系业主）</source>
        <translation>Say why full phone numbers are shown (e.g. calling an owner about arrears)</translation>
    </message>
    <message>
        <source>实收</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>实收合计</source>
        <translation>Total taken</translation>
    </message>
    <message>
        <source>实收现金 {cash}，找零 {change}</source>
        <translation>Cash tendered {cash}, change {change}</translation>
    </message>
    <message>
        <source>实点现金</source>
        <translation>Counted cash</translation>
    </message>
    <message>
        <source>实点现金合计</source>
        <translation>Total cash counted</translation>
    </message>
    <message>
        <source>审计记录第 {count} 条与锚点不符：锚点打印之后，链在此处被重写</source>
        <translation>Audit record {count} does not match the anchor: the chain was rewritten here after the anchor was printed</translation>
    </message>
    <message>
        <source>审计记录第 {count} 条（id {row_id}）与前一条的链接不符（之前的记录被删除或改动）</source>
        <translation>Audit record {count} (id {row_id}) does not link to the one before (earlier records were deleted or changed)</translation>
    </message>
    <message>
        <source>审计记录第 {count} 条（id {row_id}）在删除个人信息后又被改动</source>
        <translation>Audit record {count} (id {row_id}) was changed after personal data was erased</translation>
    </message>
    <message>
        <source>审计记录第 {count} 条（id {row_id}）声称改用无密钥的链接（被伪造）</source>
        <translation>Audit record {count} (id {row_id}) claims to switch to unkeyed links (forged)</translation>
    </message>
    <message>
        <source>审计记录第 {count} 条（id {row_id}，{action}）的内容被修改，或不是用本账本的密钥写的</source>
        <translation>Audit record {count} (id {row_id}, {action}) was modified, or was not written with this ledger's key</translation>
    </message>
    <message>
        <source>审计记录第 {count} 条：写入时发现链头被改动（链头记为 {recorded} 条），此前的记录可能被截去</source>
        <translation>Audit record {count}: the chain head was found changed when it was written (the head said {recorded} records); earlier records may have been cut off</translation>
    </message>
    <message>
        <source>审计记录第 {first}–{last} 条以密钥 {key_id} 封存，本机没有这把密钥，无法核对（在原电脑上导出密钥，或用恢复码 counter-app key import 导入后再核对）</source>
        <translation>Audit records {first}–{last} are sealed with key {key_id}, which this PC does not hold; they cannot be checked (export the key on the original PC, or import it with the recovery code using counter-app key import, then check again)</translation>
    </message>
    <message>
        <source>审计记录第 {number} 条（{action} {entity}）</source>
        <translation>audit record {number} ({action} {entity})</translation>
    </message>
    <message>
        <source>审计链共 {rows} 条，链头 {head}</source>
        <translation>Audit chain: {rows} records, head {head}</translation>
    </message>
    <message>
        <source>审计链共 {rows} 条，链头 {head}（其中升级前无密钥的 {unkeyed} 条按 SHA-256 核对，只防无意的改动）</source>
        <translation>Audit chain: {rows} records, head {head} ({unkeyed} records from before keys checked by SHA-256, which only guards against accidental changes)</translation>
    </message>
    <message>
        <source>审计链头</source>
        <translation>Audit chain head</translation>
    </message>
    <message>
        <source>审计链头的校验值不符：链尾的记录被截去，或链头被改动</source>
        <translation>The audit chain head's check value does not match: records at the end were cut off, or the head was changed</translation>
    </message>
    <message>
        <source>审计链的末端与记录的链头不符（链头 {head} 条，实有 {count} 条）：最后的记录被删除或改动</source>
        <translation>The end of the audit chain does not match the recorded head ({head} records in the head, {count} present): the last records were deleted or changed</translation>
    </message>
    <message>
        <source>审计链：{rows} 条</source>
        <translation>Audit chain: {rows} records</translation>
    </message>
    <message>
        <source>客显没有显示：串口 {port} 无法打开（{why}）</source>
        <translation>The customer display shows nothing: serial port {port} cannot be opened ({why})</translation>
    </message>
    <message>
        <source>密码不能以空格开头或结尾，也不能含控制字符</source>
        <translation>A password cannot begin or end with a space or contain control characters</translation>
    </message>
    <message>
        <source>密钥文件 {path} 读不出来：{why}</source>
        <translation>The key file {path} cannot be read: {why}</translation>
    </message>
    <message>
        <source>密钥文件里没有账本编号</source>
        <translation>The key file has no ledger id</translation>
    </message>
    <message>
        <source>对账单</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>导入资料</source>
        <translation>Import data</translation>
    </message>
    <message>
        <source>导出文件名请以 .xlsx 或 .csv 结尾</source>
        <translation>End the export's file name with .xlsx or .csv</translation>
    </message>
    <message>
        <source>导出资料</source>
        <translation>Export data</translation>
    </message>
    <message>
        <source>将删除 {count} 位迁出住户的个人信息（保存期 {years} 年）</source>
        <translation>Would erase the personal data of {count} former occupants (kept {years} years)</translation>
    </message>
    <message>
        <source>小区名称</source>
        <translation>Estate name</translation>
    </message>
    <message>
        <source>小区设置</source>
        <translation>estate settings</translation>
    </message>
    <message>
        <source>居民身份证</source>
        <translation>Resident ID card</translation>
    </message>
    <message>
        <source>工作表“{sheet}”</source>
        <translation>of sheet "{sheet}" </translation>
    </message>
    <message>
        <source>工作表“{sheet}”第 {line} 行</source>
        <translation>line {line} of sheet "{sheet}"</translation>
    </message>
    <message>
        <source>已停用用户 {user}</source>
        <translation>User {user} disabled</translation>
    </message>
    <message>
        <source>已入住</source>
        <translation>Occupied</translation>
    </message>
    <message>
        <source>已写出模板：{path}（在“数据”工作表填写；“示例”和“说明”供参考）</source>
        <translation>Template written: {path} (fill in the "数据" sheet; "示例" and "说明" are for reference)</translation>
    </message>
    <message>
        <source>已删除 {count} 位迁出住户的个人信息（保存期 {years} 年）</source>
        <translation>Erased the personal data of {count} former occupants (kept {years} years)</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>已取消导入，没有写入任何数据</source>
        <translation>Import cancelled; nothing was written</translation>
    </message>
    <message>
        <source>已取消打印</source>
        <translation>printing was cancelled</translation>
    </message>
    <message>
        <source>已启用用户 {user}</source>
        <translation>User {user} enabled</translation>
    </message>
    <message>
        <source>已导入（文件 SHA-256 {sha256}…，已记入审计日志）。</source>
        <translation>Imported (file SHA-256 {sha256}…, recorded in the audit log).</translation>
    </message>
    <message>
        <source>已导出 {count} 行到 {path}</source>
        <translation>Exported {count} rows to {path}</translation>
    </message>
    <message>
        <source>已开发票清单</source>
        <translation>List of issued invoices</translation>
    </message>
    <message>
        <source>已开班：班次 {shift}，备用金 {amount} 元</source>
        <translation>Shift {shift} opened, float {amount} yuan</translation>
    </message>
    <message>
        <source>已打印</source>
        <translation>printed</translation>
    </message>
    <message>
        <source>已按应收和收据重算全部留存数字（已记入审计日志）</source>
        <translation>Every kept figure was worked out anew from the charges and receipts (written in the audit log)</translation>
    </message>
    <message>
        <source>已新增用户 {user}</source>
        <translation>User {user} added</translation>
    </message>
    <message>
        <source>已日结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>已有同名的文件</source>
        <translation>a file of that name exists</translation>
    </message>
    <message>
        <source>已有同名的文件，请写文件夹</source>
        <translation>A file of that name exists; give a folder</translation>
    </message>
    <message>
        <source>已有名为 {name} 的优惠</source>
        <translation>There is already an offer named {name}</translation>
    </message>
    <message>
        <source>已有名为 {name} 的优惠政策</source>
        <translation>There is already a policy named {name}</translation>
    </message>
    <message>
        <source>已有未交班的班次，请先交班</source>
        <translation>A shift is still open; close it first</translation>
    </message>
    <message>
        <source>已解答</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>已记账：{command} {number}（{amount} 元，{when}，{by}）</source>
        <translation>Recorded: {command} {number} ({amount} yuan, {when}, {by})</translation>
    </message>
    <message>
        <source>已记账：{command} {number}（{unit}，{amount} 元，{when}，{by}）</source>
        <translation>Recorded: {command} {number} ({unit}, {amount} yuan, {when}, {by})</translation>
    </message>
    <message>
        <source>已记账：{recorded}；但结果没能输出（接收输出的程序已关闭）</source>
        <translation>Recorded: {recorded}; but the result could not be written out (the program reading the output has closed)</translation>
    </message>
    <message>
        <source>已重开，未再日结</source>
        <translation>Reopened, not closed again</translation>
    </message>
    <message>
        <source>已重置 {user} 的密码（并解除锁定）</source>
        <translation>{user}'s password was reset (and the lock lifted)</translation>
    </message>
    <message>
        <source>年份 {year} 不在 {first} 到 {last} 之间</source>
        <translation>Year {year} is not between {first} and {last}</translation>
    </message>
    <message>
        <source>应存现金</source>
        <translation>Cash to bank</translation>
    </message>
    <message>
        <source>应存银行现金</source>
        <translation>Cash to take to the bank</translation>
    </message>
    <message>
        <source>应收</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>应收户数</source>
        <translation>Units billed</translation>
    </message>
    <message>
        <source>应收金额已变化（显示 {shown} 元，现为 {now} 元）{who}；本次没有记账，请刷新后重试</source>
        <translation>The amount due has changed (shown ¥{shown}, now ¥{now}){who}; nothing was recorded. Refresh and try again</translation>
    </message>
    <message>
        <source>应有现金</source>
        <translation>Expected cash</translation>
    </message>
    <message>
        <source>应缴合计</source>
        <translation>Owed in all</translation>
    </message>
    <message>
        <source>建筑面积</source>
        <translation>Floor area</translation>
    </message>
    <message>
        <source>建筑面积 {area}㎡ 不合理，请核对</source>
        <translation>A floor area of {area}㎡ is not plausible; check it</translation>
    </message>
    <message>
        <source>开户行</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>开班</source>
        <translation>Open shift</translation>
    </message>
    <message>
        <source>开票申请</source>
        <translation>Invoice requests</translation>
    </message>
    <message>
        <source>开票申请 {request} 刚被处理过</source>
        <translation>Invoice request {request} was just handled by someone else</translation>
    </message>
    <message>
        <source>开票申请 {request} 现为“{status}”，{refusal}</source>
        <translation>Invoice request {request} is now "{status}": {refusal}</translation>
    </message>
    <message>
        <source>开钱箱要写明原因</source>
        <translation>Give a reason for opening the cash drawer</translation>
    </message>
    <message>
        <source>张数</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>张数不能为负数</source>
        <translation>A count of notes cannot be negative</translation>
    </message>
    <message>
        <source>张数过大，请核对</source>
        <translation>Too many notes; check the count</translation>
    </message>
    <message>
        <source>当期</source>
        <translation>Current period</translation>
    </message>
    <message>
        <source>当期实收</source>
        <translation>Current period taken</translation>
    </message>
    <message>
        <source>当期应收</source>
        <translation>Current period due</translation>
    </message>
    <message>
        <source>当期收费率（按收费项目）</source>
        <translation>Current collection rate (by fee item)</translation>
    </message>
    <message>
        <source>录入抄表</source>
        <translation>Enter meter readings</translation>
    </message>
    <message>
        <source>往期尚欠</source>
        <translation>Earlier periods still owed</translation>
    </message>
    <message>
        <source>往期（柜台）</source>
        <translation>Earlier periods (counter)</translation>
    </message>
    <message>
        <source>微信支付</source>
        <translation>WeChat Pay</translation>
    </message>
    <message>
        <source>必须给出参数 {names} 之一</source>
        <translation>one of the arguments {names} is required</translation>
    </message>
    <message>
        <source>恢复前要先在服务器 {target} 上另建一个临时数据库 {name} 检查备份，但这个用户没有建库权限。请管理员执行 ALTER ROLE 用户名 CREATEDB（见 docs/SERVER.md 第 6 节）；账本没有改动</source>
        <translation>Before a restore the backup is checked in a temporary database {name} made on the server {target}, but this user may not create databases. Ask the administrator to run ALTER ROLE username CREATEDB (docs/SERVER.md, section 6); the ledger is unchanged</translation>
    </message>
    <message>
        <source>恢复后的账本与检查过的备份不一致。恢复前的账本已备份在 {saved}，可用它恢复回去。</source>
        <translation>The restored ledger differs from the backup checked. The ledger from before is saved at {saved}; restore that to go back.</translation>
    </message>
    <message>
        <source>恢复码只含字母 A–Z 和数字 2–7（可带空格和连字符）</source>
        <translation>A recovery code has only the letters A–Z and the digits 2–7 (spaces and hyphens allowed)</translation>
    </message>
    <message>
        <source>恢复码校验不符（抄错或输错了字符），请核对后重新输入</source>
        <translation>The recovery code does not check (a character copied or typed wrong); check it and type it again</translation>
    </message>
    <message>
        <source>恢复码长度不对，请核对后重新输入</source>
        <translation>The recovery code has the wrong length; check it and type it again</translation>
    </message>
    <message>
        <source>您手中没有可用的收据本</source>
        <translation>You hold no receipt book with forms left</translation>
    </message>
    <message>
        <source>截止日期应为 YYYY-MM-DD</source>
        <translation>The end date should be YYYY-MM-DD</translation>
    </message>
    <message>
        <source>截至</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>截至 {day}：{figures}；预存余额 {prepaid} 元</source>
        <translation>As of {day}: {figures}; prepaid balance {prepaid} yuan</translation>
    </message>
    <message>
        <source>截至 {up_to} 没有要代扣的费用</source>
        <translation>Nothing to debit up to {up_to}</translation>
    </message>
    <message>
        <source>截至日 {as_of} 在今天（{today}）之后</source>
        <translation>The as-of date {as_of} is after today ({today})</translation>
    </message>
    <message>
        <source>户名</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>户收费率</source>
        <translation>Unit collection rate</translation>
    </message>
    <message>
        <source>户数</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>房号 {code} 已存在</source>
        <translation>Unit {code} already exists</translation>
    </message>
    <message>
        <source>房号“{room}”应为 1 到 8 位数字或字母，如 501</source>
        <translation>Room "{room}" must be 1 to 8 digits or letters, such as 501</translation>
    </message>
    <message>
        <source>房号“{room}”看不出楼层，请填写楼层</source>
        <translation>Room "{room}" does not show its floor; enter the floor</translation>
    </message>
    <message>
        <source>房屋</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>房屋 {unit} 在 {month} 的迟缴记为 {kept} 笔，按收据明细为 {counted} 笔（迟缴月份记录被改动）</source>
        <translation>Unit {unit} in {month}: {kept} late payments kept, the receipt lines count {counted} (the record of months paid late was changed)</translation>
    </message>
    <message>
        <source>房屋 {unit} 的预存余额为 {stored}，各笔收支合计为 {moved}（余额被改动）</source>
        <translation>Unit {unit} has a prepaid balance of {stored}, but its movements add up to {moved} (the balance was changed)</translation>
    </message>
    <message>
        <source>房屋 {unit} 记下的欠费 {kept} 元（滞纳金 {kept_late} 元），按各笔应收算为 {added} 元（滞纳金 {added_late} 元）：欠费汇总与应收不符</source>
        <translation>Unit {unit}: the kept figures say {kept} yuan owed (late fees {kept_late} yuan), its charges say {added} yuan (late fees {added_late} yuan): the kept arrears differ from the charges</translation>
    </message>
    <message>
        <source>房屋 {unit} 记下的欠费明细（各收费项目、笔数、月份、最早到期日）与各笔应收不符，或不是程序写下的样子（欠费汇总被改动）</source>
        <translation>Unit {unit}: the kept breakdown of what it owes (by item, charges, months, oldest due date) differs from its charges, or is not as the program writes it (the kept arrears were changed)</translation>
    </message>
    <message>
        <source>房屋状态应为 {states}</source>
        <translation>The unit's state should be {states}</translation>
    </message>
    <message>
        <source>房屋类型应为 {kinds}</source>
        <translation>The unit type should be {kinds}</translation>
    </message>
    <message>
        <source>房屋类型或状态不正确</source>
        <translation>The unit's type or state is not right</translation>
    </message>
    <message>
        <source>所选范围内没有需要通知的欠费，未生成通知单</source>
        <translation>Nothing owing in the selection needs a notice; no notices were made</translation>
    </message>
    <message>
        <source>所选费用已被其他收款冲抵，请刷新后重试</source>
        <translation>The charges picked were settled by another payment meanwhile; refresh and try again</translation>
    </message>
    <message>
        <source>手机号码“{raw}”是 {n} 位，应为 11 位</source>
        <translation>Mobile number "{raw}" has {n} digits; it should have 11</translation>
    </message>
    <message>
        <source>打印收据</source>
        <translation>Print receipts</translation>
    </message>
    <message>
        <source>打印时间</source>
        <translation>Printed at</translation>
    </message>
    <message>
        <source>打印机无法开始打印（脱机或缺纸？）</source>
        <translation>the printer cannot start (offline or out of paper?)</translation>
    </message>
    <message>
        <source>打印：counter-app receipt pdf {number} --out {number}.pdf 后送打印机，或在收费窗口按 Ctrl+P</source>
        <translation>To print: counter-app receipt pdf {number} --out {number}.pdf and send it to the printer, or press Ctrl+P in the collection window</translation>
    </message>
    <message>
        <source>扣费单号</source>
        <translation>Deduction no.</translation>
    </message>
    <message>
        <source>批次号应形如 PL2026-0001</source>
        <translation>A batch number looks like PL2026-0001</translation>
    </message>
    <message>
        <source>批量计费</source>
        <translation>Run billing</translation>
    </message>
    <message>
        <source>找不到 PostgreSQL 的 {name} 程序：请安装 PostgreSQL 客户端工具，或把它所在的文件夹写入环境变量 COUNTER_APP_PG_BIN</source>
        <translation>PostgreSQL's {name} program was not found: install the PostgreSQL client tools, or put the folder it is in into the environment variable COUNTER_APP_PG_BIN</translation>
    </message>
    <message>
        <source>找不到凭证格式文件 {file}</source>
        <translation>The voucher layout {file} was not found</translation>
    </message>
    <message>
        <source>找不到打印机“{printer}”</source>
        <translation>printer "{printer}" not found</translation>
    </message>
    <message>
        <source>找不到数据库服务器{where}：这个名字在网络上查不到（网络断开，或地址写错）。本次操作没有记账；{retry}若一直如此请管理员检查连接设置里的服务器地址。</source>
        <translation>The database server{where} was not found: the name is not known on the network (network down, or the address mistyped). Nothing was recorded; {retry}If it keeps happening, ask the administrator to check the server address in the connection settings.</translation>
    </message>
    <message>
        <source>找不到文件 {path}</source>
        <translation>File {path} not found</translation>
    </message>
    <message>
        <source>承诺缴费日期</source>
        <translation>Promised payment date</translation>
    </message>
    <message>
        <source>抄表</source>
        <translation>meter reading</translation>
    </message>
    <message>
        <source>抄表日期 {read_on} 早于上次抄表 {last}</source>
        <translation>Reading date {read_on} is before the last reading, {last}</translation>
    </message>
    <message>
        <source>抄表计量</source>
        <translation>Metered</translation>
    </message>
    <message>
        <source>抄表计量的项目请输入用量</source>
        <translation>For an item billed by meter readings enter the usage</translation>
    </message>
    <message>
        <source>抄表读数</source>
        <translation>Meter readings</translation>
    </message>
    <message>
        <source>把账本迁移到服务器</source>
        <translation>Move the ledger to the server</translation>
    </message>
    <message>
        <source>投诉</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>折扣</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>折扣/减免原因</source>
        <translation>Discount reason</translation>
    </message>
    <message>
        <source>折扣/减免必须填写原因</source>
        <translation>A discount needs a reason</translation>
    </message>
    <message>
        <source>折扣/减免需要 --reason 原因和 --authoriser 主管</source>
        <translation>A discount needs --reason and --authoriser (a manager)</translation>
    </message>
    <message>
        <source>折扣/减免需要主管授权</source>
        <translation>A discount needs a manager's authorisation</translation>
    </message>
    <message>
        <source>折扣/减免（不收款）</source>
        <translation>Discounts/relief (not received)</translation>
    </message>
    <message>
        <source>折扣比例</source>
        <translation>Discount percentage</translation>
    </message>
    <message>
        <source>折扣比例必须大于 0% 且小于 100%</source>
        <translation>The discount must be more than 0% and less than 100%</translation>
    </message>
    <message>
        <source>护照</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>抹零</source>
        <translation>Cash rounding</translation>
    </message>
    <message>
        <source>押金</source>
        <translation>Deposits</translation>
    </message>
    <message>
        <source>押金不能用现金支出退还：请在收据查询中找到收取押金的收据，办理退款（F7），退款单会核销押金</source>
        <translation>A deposit is not paid back as a paid-out: find the receipt that took the deposit in Receipts and refund it (F7); the refund releases the deposit</translation>
    </message>
    <message>
        <source>押金合计</source>
        <translation>Total deposits</translation>
    </message>
    <message>
        <source>押金收取</source>
        <translation>Deposits taken</translation>
    </message>
    <message>
        <source>押金退还</source>
        <translation>Deposits returned</translation>
    </message>
    <message>
        <source>拒绝</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>指纹：{fingerprint}</source>
        <translation>Fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <source>按付款方式</source>
        <translation>By tender</translation>
    </message>
    <message>
        <source>按收费项目</source>
        <translation>By fee item</translation>
    </message>
    <message>
        <source>按车位</source>
        <translation>Per parking space</translation>
    </message>
    <message>
        <source>按金额收款不能使用折扣/减免，请选择要收的费用</source>
        <translation>A discount cannot be applied to a payment by amount; choose the charges</translation>
    </message>
    <message>
        <source>损坏</source>
        <translation>damaged</translation>
    </message>
    <message>
        <source>换表请填写旧表止码（旧表拆下时的读数）和新表起始读数</source>
        <translation>For a meter change enter the old meter's final reading and the new meter's starting reading</translation>
    </message>
    <message>
        <source>授权人</source>
        <translation>Authorised by</translation>
    </message>
    <message>
        <source>授权人 {user} 的密码：</source>
        <translation>Password of the authoriser {user}: </translation>
    </message>
    <message>
        <source>授权人用户名或密码错误</source>
        <translation>The authoriser's user name or password is wrong</translation>
    </message>
    <message>
        <source>授权人账号已锁定</source>
        <translation>The authoriser's account is locked</translation>
    </message>
    <message>
        <source>授权截止日期 {until} 早于起始日期 {since}</source>
        <translation>The authorisation's end {until} is before its start {since}</translation>
    </message>
    <message>
        <source>授权折扣/减免</source>
        <translation>authorise a discount</translation>
    </message>
    <message>
        <source>授权现金支出、交款与冲销</source>
        <translation>Authorise paid-outs, drops and reversals</translation>
    </message>
    <message>
        <source>接收发票的邮箱或手机号不正确：“{contact}”（邮箱如 name@example.com，手机为 11 位）</source>
        <translation>The email or mobile to send the invoice to is not right: "{contact}" (an email such as name@example.com, a mobile has 11 digits)</translation>
    </message>
    <message>
        <source>撤销原因</source>
        <translation>The reason for undoing</translation>
    </message>
    <message>
        <source>撤销计费必须填写原因</source>
        <translation>Give the reason for reversing the billing</translation>
    </message>
    <message>
        <source>操作没有完成</source>
        <translation>The operation was not completed</translation>
    </message>
    <message>
        <source>支付宝</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <source>支出</source>
        <translation>Paid-out</translation>
    </message>
    <message>
        <source>支出原因</source>
        <translation>Reason paid out</translation>
    </message>
    <message>
        <source>支出原因为“其他”时须写明用途</source>
        <translation>A paid-out for "Other" needs to say what it was for</translation>
    </message>
    <message>
        <source>收据</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>收据 {number}</source>
        <translation>receipt {number}</translation>
    </message>
    <message>
        <source>收据 {number}  {unit}  {payer}</source>
        <translation>Receipt {number}  {unit}  {payer}</translation>
    </message>
    <message>
        <source>收据 {number} 不是您本班次开出的收据</source>
        <translation>Receipt {number} is not one you issued in this shift</translation>
    </message>
    <message>
        <source>收据 {number} 与账本相符，但本机没有封存它的密钥 {key}，无法确认校验值（导入密钥后再试）</source>
        <translation>Receipt {number} matches the ledger, but this PC lacks key {key} that sealed it, so its check value cannot be confirmed (import the key and try again)</translation>
    </message>
    <message>
        <source>收据 {number} 在账本中的内容与封存不符，请运行 核对账本</source>
        <translation>Receipt {number}'s content in the ledger differs from its seal; run Verify ledger</translation>
    </message>
    <message>
        <source>收据 {number} 已作废（{amount} 元，原因：{reason}，授权：{authoriser}）；所收费用已恢复为欠费</source>
        <translation>Receipt {number} voided ({amount} yuan, reason: {reason}, authorised by {authoriser}); the fees it paid are owed again</translation>
    </message>
    <message>
        <source>收据 {number} 已作废，不能开发票</source>
        <translation>Receipt {number} is voided; no invoice can be made for it</translation>
    </message>
    <message>
        <source>收据 {number} 已作废，不能退款</source>
        <translation>Receipt {number} is voided and cannot be refunded</translation>
    </message>
    <message>
        <source>收据 {number} 已作废，却又被改回有效（在程序之外被改动）</source>
        <translation>Receipt {number} was voided but has been made valid again (changed outside the program)</translation>
    </message>
    <message>
        <source>收据 {number} 已开具发票 No.{invoices}：{what}后须在电子税务局开具红字发票。请填写红字发票说明后再办理</source>
        <translation>Receipt {number} has invoice No.{invoices} ({what}): a red-letter invoice must then be issued at the e-tax bureau. Write the red-letter invoice note first</translation>
    </message>
    <message>
        <source>收据 {number} 已有退款，不能作废</source>
        <translation>Receipt {number} has a refund and cannot be voided</translation>
    </message>
    <message>
        <source>收据 {number} 已经作废</source>
        <translation>Receipt {number} is already voided</translation>
    </message>
    <message>
        <source>收据 {number} 已经记在表单 {form} 上</source>
        <translation>Receipt {number} is already recorded on form {form}</translation>
    </message>
    <message>
        <source>收据 {number} 已输出到 {path}</source>
        <translation>Receipt {number} written to {path}</translation>
    </message>
    <message>
        <source>收据 {number} 已输出到 {path}（重印第 {count} 次）</source>
        <translation>Receipt {number} written to {path} (reprint no. {count})</translation>
    </message>
    <message>
        <source>收据 {number} 所在班次尚未交班，请直接作废</source>
        <translation>Receipt {number}'s shift is still open; void it instead</translation>
    </message>
    <message>
        <source>收据 {number} 所在班次已交班，不能作废，只能办理退款</source>
        <translation>Receipt {number}'s shift is closed; it cannot be voided, only refunded</translation>
    </message>
    <message>
        <source>收据 {number} 是练习收据，不能开发票</source>
        <translation>Receipt {number} is a training receipt; no invoice can be made for it</translation>
    </message>
    <message>
        <source>收据 {number} 有 {n} 个开票申请，请用申请号指明</source>
        <translation>Receipt {number} has {n} invoice requests; name one by its number</translation>
    </message>
    <message>
        <source>收据 {number} 没有作废</source>
        <translation>Receipt {number} is not voided</translation>
    </message>
    <message>
        <source>收据 {number} 没有可以开发票的费用行（已申请或已开具，或已退款）</source>
        <translation>Receipt {number} has no lines left to invoice (requested, issued or refunded)</translation>
    </message>
    <message>
        <source>收据 {number} 没有审计记录（在程序之外新增）</source>
        <translation>Receipt {number} has no audit record (added outside the program)</translation>
    </message>
    <message>
        <source>收据 {number} 没有第 {line} 行</source>
        <translation>Receipt {number} has no line {line}</translation>
    </message>
    <message>
        <source>收据 {number} 没有行号 {lines}（可退的行：{left}）</source>
        <translation>Receipt {number} has no line {lines} (lines that can be refunded: {left})</translation>
    </message>
    <message>
        <source>收据 {number} 的作废</source>
        <translation>the void of receipt {number}</translation>
    </message>
    <message>
        <source>收据 {number} 的内容与审计记录不符（金额或明细被改动）</source>
        <translation>The content of receipt {number} differs from its audit record (amounts or lines were changed)</translation>
    </message>
    <message>
        <source>收据 {number} 的封存记录不是用本账本的密钥写的：账本被改动</source>
        <translation>Receipt {number}'s sealing record was not written with this ledger's key: the ledger was changed</translation>
    </message>
    <message>
        <source>收据 {number} 的校验值不符：不是本处开出的收据（或账本被改动）</source>
        <translation>Receipt {number}'s check value does not match: it was not issued here (or the ledger was changed)</translation>
    </message>
    <message>
        <source>收据 {number} 的签名有效（{date} {unit} {amount} 元），但账本中记为 {held_date} {held_unit} {held_amount} 元：账本被改动，请运行 核对账本</source>
        <translation>Receipt {number}'s signature is valid ({date} {unit} {amount} yuan), but the ledger records {held_date} {held_unit} {held_amount} yuan: the ledger was changed; run Verify ledger</translation>
    </message>
    <message>
        <source>收据 {number} 的签名有效，但它在账本中的内容与封存不符，请运行 核对账本</source>
        <translation>Receipt {number}'s signature is valid, but its content in the ledger differs from its seal; run Verify ledger</translation>
    </message>
    <message>
        <source>收据 {number} 的金额为 {held} 元，扫描到的是 {scanned} 元：收据被改过，不是本处开出的原样</source>
        <translation>Receipt {number} is for {held} yuan, but {scanned} yuan was scanned: the receipt was altered, not as issued here</translation>
    </message>
    <message>
        <source>收据 {number} 被标为作废，但审计记录里没有这次作废（在程序之外被改动）</source>
        <translation>Receipt {number} is marked voided, but no audit record shows the void (changed outside the program)</translation>
    </message>
    <message>
        <source>收据 {number} 记在审计记录第 {row} 条，账本里却没有这张收据（被删除）</source>
        <translation>Receipt {number} is in audit record {row}, but the ledger has no such receipt (deleted)</translation>
    </message>
    <message>
        <source>收据 {number}（{amount} 元）是本处开出的有效收据</source>
        <translation>Receipt {number} ({amount} yuan) is a valid receipt issued here</translation>
    </message>
    <message>
        <source>收据 {number}（{amount} 元）是本处开出的，但已作废</source>
        <translation>Receipt {number} ({amount} yuan) was issued here but has been voided</translation>
    </message>
    <message>
        <source>收据 {number}（{amount} 元）是本处开出的，已退款 {back} 元（{refunds}）</source>
        <translation>Receipt {number} ({amount} yuan) was issued here; {back} yuan has been refunded ({refunds})</translation>
    </message>
    <message>
        <source>收据 {number}（{amount} 元）的签名不是本处的密钥签的：伪造或被改过（金额、房号、日期任何一项改动都使签名失效）</source>
        <translation>Receipt {number} ({amount} yuan) is not signed with this office's key: forged or altered (changing the amount, unit or date breaks the signature)</translation>
    </message>
    <message>
        <source>收据 {number}（{date} {unit} {amount} 元）</source>
        <translation>Receipt {number} ({date} {unit} {amount} yuan)</translation>
    </message>
    <message>
        <source>收据 {number}（{date} {unit} {amount} 元）由本处的密钥签名，但本账本里没有这张收据（另一个小区或另一个账本开出的？）</source>
        <translation>Receipt {number} ({date} {unit} {amount} yuan) is signed with this office's key, but this ledger has no such receipt (issued by another estate or ledger?)</translation>
    </message>
    <message>
        <source>收据 {number}：{what}</source>
        <translation>Receipt {number}: {what}</translation>
    </message>
    <message>
        <source>收据 {number}：抹零不合规则（一元以上、多于一笔或没有现金）</source>
        <translation>Receipt {number}: the rounding breaks its rule (one yuan or more, more than one, or no cash)</translation>
    </message>
    <message>
        <source>收据付款方式</source>
        <translation>receipt tender</translation>
    </message>
    <message>
        <source>收据号</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>收据号 {number} 在审计记录中出现 {times} 次（第 {rows} 条）</source>
        <translation>Receipt number {number} appears {times} times in the audit records (records {rows})</translation>
    </message>
    <message>
        <source>收据号码</source>
        <translation>Receipt numbers</translation>
    </message>
    <message>
        <source>收据张数</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>收据明细</source>
        <translation>receipt line</translation>
    </message>
    <message>
        <source>收据本</source>
        <translation>Receipt books</translation>
    </message>
    <message>
        <source>收据本 {book} 已经在 {user} 手中</source>
        <translation>Book {book} is already held by {user}</translation>
    </message>
    <message>
        <source>收据本 {book} 已经用完</source>
        <translation>Book {book} is used up</translation>
    </message>
    <message>
        <source>收据本 {series} {first}–{last} 与已登记的 {series} {a}–{b} 号码重叠</source>
        <translation>Book {series} {first}–{last} overlaps the registered {series} {a}–{b}</translation>
    </message>
    <message>
        <source>收据本的止号必须不小于起号，且起号大于零</source>
        <translation>A book's last number must not be below its first, and the first above zero</translation>
    </message>
    <message>
        <source>收据本表单</source>
        <translation>receipt book form</translation>
    </message>
    <message>
        <source>收据本领用</source>
        <translation>receipt book issue</translation>
    </message>
    <message>
        <source>收据标题</source>
        <translation>Receipt title</translation>
    </message>
    <message>
        <source>收据校验码的格式为 收据号|金额|12 位校验值（扫描收据上的二维码）</source>
        <translation>A receipt check code reads receipt number|amount|12-character check (scan the QR code on the receipt)</translation>
    </message>
    <message>
        <source>收据校验码里的金额“{amount}”不是金额</source>
        <translation>The amount "{amount}" in the receipt check code is not an amount</translation>
    </message>
    <message>
        <source>收据版式之一：{layouts}</source>
        <translation>one of the receipt layouts: {layouts}</translation>
    </message>
    <message>
        <source>收据行号[:金额]，以逗号分隔，如 12:50.00,13（不写金额即退该行余额）</source>
        <translation>receipt line[:amount], separated by commas, such as 12:50.00,13 (no amount: what is left of the line)</translation>
    </message>
    <message>
        <source>收款</source>
        <translation>Takings</translation>
    </message>
    <message>
        <source>收款内容仍在屏幕上，程序会自动重试。</source>
        <translation>The payment is still on the screen; the program retries by itself. </translation>
    </message>
    <message>
        <source>收款合计（各日日结之和）</source>
        <translation>Total taken (sum of the day reports)</translation>
    </message>
    <message>
        <source>收款员</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>收款金额必须大于零且在合理范围内</source>
        <translation>The amount must be more than zero and within reason</translation>
    </message>
    <message>
        <source>收费员</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>收费本金</source>
        <translation>Fee principal</translation>
    </message>
    <message>
        <source>收费标准</source>
        <translation>fee standard</translation>
    </message>
    <message>
        <source>收费率</source>
        <translation>Collection rate</translation>
    </message>
    <message>
        <source>收费率 = 当期实收 ÷ 当期应收；户收费率 = 缴清户数 ÷ 应收户数；清缴率 = 收回往期欠费 ÷（收回 + 尚欠）。费用按其期间起始月份归属。</source>
        <translation>Collection rate = current period taken ÷ current period due; unit rate = units paid in full ÷ units billed; clearance rate = earlier arrears recovered ÷ (recovered + still owed). A fee belongs to the month its period starts in.</translation>
    </message>
    <message>
        <source>收费说明</source>
        <translation>The charge note</translation>
    </message>
    <message>
        <source>收费项目</source>
        <translation>Fee item</translation>
    </message>
    <message>
        <source>收费项目 {items} 还没有设置税收分类编码和税率（counter-app invoice item），没有生成文件</source>
        <translation>The fee items {items} have no tax classification code and rate yet (counter-app invoice item); no file was made</translation>
    </message>
    <message>
        <source>收费项目 {item} 在 {month} 的应收合计记为 {kept}，各笔应收合计为 {added}</source>
        <translation>Fee item {item} in {month} has a billed total of {kept}, but its charges add up to {added}</translation>
    </message>
    <message>
        <source>收费项目 {item} 在 {month} 的欠费合计记为 {kept}，各笔未收合计为 {added}（欠费汇总被改动）</source>
        <translation>Fee item {item} in {month}: {kept} kept as still owed, its open charges add up to {added} (the kept arrears were changed)</translation>
    </message>
    <message>
        <source>收费项目代码 {code} 已存在，请换一个代码</source>
        <translation>Fee item code {code} is already used; choose another</translation>
    </message>
    <message>
        <source>政策依据</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>政策依据：{basis}</source>
        <translation>Policy basis: {basis}</translation>
    </message>
    <message>
        <source>数据库中已是文件中的内容，没有需要导入的。</source>
        <translation>The database already holds what the file says; nothing to import.</translation>
    </message>
    <message>
        <source>数据库中还没有小区资料</source>
        <translation>The database has no estate yet</translation>
    </message>
    <message>
        <source>数据库出错（{code}）。本次操作没有记账；请重试，若仍出错请联系管理员。</source>
        <translation>Database error ({code}). Nothing was recorded; try again, and if it fails again call the administrator.</translation>
    </message>
    <message>
        <source>数据库文件 {path} 位于{where}上。SQLite 数据库只能放在本机硬盘上：网络共享不支持它的日志方式，多台电脑同时使用会损坏账目。请把数据库放回本机；几个收费窗口共用一套账时，请使用 PostgreSQL 服务器。</source>
        <translation>The database file {path} is on {where}. A SQLite database must be on this PC's own disk: a network share does not support its journal, and several PCs using it at once damage the accounts. Put the database back on this PC; for several counters sharing one set of books, use a PostgreSQL server.</translation>
    </message>
    <message>
        <source>数据库文件{where}已损坏或不是本程序的数据库。请不要再在它上面收款：从备份恢复，或联系管理员；损坏的文件请保留以便检查。</source>
        <translation>The database file{where} is damaged or is not this program's database. Take no more payments on it: restore from a backup or call the administrator; keep the damaged file to be examined.</translation>
    </message>
    <message>
        <source>数据库文件{where}或它所在的文件夹是只读的，无法记账。请检查文件夹的写入权限，或把数据库放到可写的位置。</source>
        <translation>The database file{where} or its folder is read-only; nothing can be recorded. Check the folder's write permission, or put the database where it can be written.</translation>
    </message>
    <message>
        <source>数据库文件损坏：{problem}</source>
        <translation>The database file is damaged: {problem}</translation>
    </message>
    <message>
        <source>数据库文件的路径，或服务器地址 postgresql://用户@服务器/数据库</source>
        <translation>the path of a database file, or a server address postgresql://user@server/database</translation>
    </message>
    <message>
        <source>数据库文件：{integrity}</source>
        <translation>Database file: {integrity}</translation>
    </message>
    <message>
        <source>数据库服务器{where}不允许这个用户使用设置里的数据库（没有 CONNECT 权限）。请管理员授权。</source>
        <translation>The database server{where} does not let this user use the database set (no CONNECT privilege). Ask the administrator to grant it.</translation>
    </message>
    <message>
        <source>数据库服务器{where}不允许这台电脑（或这个用户）连接（pg_hba.conf 没有相应的条目）。请管理员在服务器的 pg_hba.conf 里允许这台电脑的地址。</source>
        <translation>The database server{where} does not let this PC (or this user) connect (no matching entry in pg_hba.conf). Ask the administrator to allow this PC's address in the server's pg_hba.conf.</translation>
    </message>
    <message>
        <source>数据库服务器{where}只接受加密（TLS）连接，而连接设置没有要求加密。请在地址后加上 ?sslmode=require（见 docs/SERVER.md 第 3、5 节）。</source>
        <translation>The database server{where} accepts only encrypted (TLS) connections, and the connection settings do not ask for encryption. Add ?sslmode=require to the address (docs/SERVER.md, sections 3 and 5).</translation>
    </message>
    <message>
        <source>数据库服务器{where}拒绝了登录：用户名或密码不对。请管理员检查连接设置（或 pgpass 文件）里的密码。</source>
        <translation>The database server{where} refused the sign-in: wrong user name or password. Ask the administrator to check the password in the connection settings (or the pgpass file).</translation>
    </message>
    <message>
        <source>数据库服务器{where}的证书不受信任或与地址不符（sslmode=verify-full）。请管理员检查 root.crt 和服务器证书。</source>
        <translation>The database server{where}'s certificate is not trusted or does not match the address (sslmode=verify-full). Ask the administrator to check root.crt and the server certificate.</translation>
    </message>
    <message>
        <source>数据库服务器{where}的连接数已满或正在启动。本次操作没有记账；{retry}</source>
        <translation>The database server{where} has all its connections in use or is starting up. Nothing was recorded; {retry}</translation>
    </message>
    <message>
        <source>数据库服务器{where}要求密码，但连接设置里没有密码。请管理员在地址或 pgpass 文件里写上密码。</source>
        <translation>The database server{where} asks for a password, but the connection settings have none. Ask the administrator to put the password in the address or the pgpass file.</translation>
    </message>
    <message>
        <source>数据库服务器上没有设置里的数据库{where}。请检查数据库名称。</source>
        <translation>The database server has no database{where} as set. Check the database name.</translation>
    </message>
    <message>
        <source>数据库正被另一个程序或收费窗口占用，等待超时。请稍候重试；若一直如此，请关闭其他正在使用该数据库的程序。</source>
        <translation>The database is held by another program or counter and the wait timed out. Try again shortly; if it keeps happening, close the other programs using the database.</translation>
    </message>
    <message>
        <source>文件 {file} 不存在</source>
        <translation>File {file} does not exist</translation>
    </message>
    <message>
        <source>文件夹 {folder} 不存在</source>
        <translation>Folder {folder} does not exist</translation>
    </message>
    <message>
        <source>文件夹 {folder} 不存在；没有恢复</source>
        <translation>Folder {folder} does not exist; nothing was restored</translation>
    </message>
    <message>
        <source>文件或文件夹不存在</source>
        <translation>no such file or folder</translation>
    </message>
    <message>
        <source>文件或文件夹的路径（不能为空，不能含控制字符）</source>
        <translation>the path of a file or folder (not empty, no control characters)</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>新增标准需要项目、--from 和 --rate</source>
        <translation>A new standard needs the item, --from and --rate</translation>
    </message>
    <message>
        <source>新增用户需要 --name、--role 和 --new-password</source>
        <translation>A new user needs --name, --role and --new-password</translation>
    </message>
    <message>
        <source>新库校验：{problem}</source>
        <translation>The new database's check: {problem}</translation>
    </message>
    <message>
        <source>新表起始读数</source>
        <translation>New meter's starting value</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Tender</translation>
    </message>
    <message>
        <source>方式:金额[:参考号]，方式为 {methods}</source>
        <translation>method:amount[:reference], the method one of {methods}</translation>
    </message>
    <message>
        <source>无效的选择：{value}（可选：{choices}）</source>
        <translation>invalid choice: {value} (choose from {choices})</translation>
    </message>
    <message>
        <source>无法写入备份位置 {folder}：{detail}；没有备份，账本没有改动</source>
        <translation>Cannot write to the backup place {folder}: {detail}; no backup made, the ledger is unchanged</translation>
    </message>
    <message>
        <source>无法打开数据库文件{where}：文件夹不存在或没有访问权限。请检查路径（--db）和文件夹权限。</source>
        <translation>Cannot open the database file{where}: the folder does not exist or cannot be accessed. Check the path (--db) and the folder's permissions.</translation>
    </message>
    <message>
        <source>无法识别的参数：{names}</source>
        <translation>unrecognized arguments: {names}</translation>
    </message>
    <message>
        <source>无法读取收据 PDF</source>
        <translation>the receipt PDF cannot be read</translation>
    </message>
    <message>
        <source>日期 {day} 不在 1950 年到 2100 年之间，请核对</source>
        <translation>Date {day} is not between 1950 and 2100; check it</translation>
    </message>
    <message>
        <source>日期“{value}”不存在</source>
        <translation>Date "{value}" does not exist</translation>
    </message>
    <message>
        <source>日期“{value}”看不懂（可写 2026-01-05、2026/1/5 或 2026年1月5日）</source>
        <translation>Date "{value}" cannot be read (write 2026-01-05 or 2026/1/5)</translation>
    </message>
    <message>
        <source>日期应写成 YYYY-MM-DD</source>
        <translation>Write the date as YYYY-MM-DD</translation>
    </message>
    <message>
        <source>日结人</source>
        <translation>Closed by</translation>
    </message>
    <message>
        <source>日结报表</source>
        <translation>Day report</translation>
    </message>
    <message>
        <source>日结时间</source>
        <translation>Closed at</translation>
    </message>
    <message>
        <source>旧表止码</source>
        <translation>Old meter's final reading</translation>
    </message>
    <message>
        <source>旧表止码 {final} 小于旧表上次读数 {last}</source>
        <translation>The old meter's final reading {final} is less than its last reading {last}</translation>
    </message>
    <message>
        <source>旧表止码 {final} 小于旧表上次读数 {prev}</source>
        <translation>The old meter's final reading {final} is less than its last reading {prev}</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>明细与合计不符</source>
        <translation>the lines do not add up to the total</translation>
    </message>
    <message>
        <source>显示或导出完整的电话、证件号码须说明用途（如：催缴联系业主、业主本人查阅）</source>
        <translation>Say why full phone and document numbers are shown or exported (e.g. calling an owner about arrears, the owner's own request)</translation>
    </message>
    <message>
        <source>最多只能有一个值</source>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <source>最早欠费月份</source>
        <translation>Earliest month owed</translation>
    </message>
    <message>
        <source>最近登录 {at}</source>
        <translation>last signed in {at}</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>月数应在 1 到 120 之间</source>
        <translation>The number of months should be 1 to 120</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>有被拒绝的行，没有导入任何数据。</source>
        <translation>Some rows were refused; nothing was imported.</translation>
    </message>
    <message>
        <source>服务器上的演示账本已建好</source>
        <translation>The demo ledger on the server is ready</translation>
    </message>
    <message>
        <source>服务器地址写得不对</source>
        <translation>The server address is not written right</translation>
    </message>
    <message>
        <source>服务器数据库 {target} 里已经有账本；演示数据只建在空数据库里</source>
        <translation>The server database {target} already holds a ledger; demo data is made only in an empty database</translation>
    </message>
    <message>
        <source>服务器数据库 {target} 里还没有账本。请用 counter-app migrate-db 把现有账本搬上去，或在收费程序的设置向导里新建。</source>
        <translation>The server database {target} holds no ledger yet. Move the ledger there with counter-app migrate-db, or make a new one in the program's set-up wizard.</translation>
    </message>
    <message>
        <source>服务器数据库（完整性和每个值的类型、编码由 PostgreSQL 保证）</source>
        <translation>server database (PostgreSQL guarantees its integrity and each value's type and encoding)</translation>
    </message>
    <message>
        <source>期初押金</source>
        <translation>opening deposit</translation>
    </message>
    <message>
        <source>期初欠费</source>
        <translation>Opening arrears</translation>
    </message>
    <message>
        <source>未交班</source>
        <translation>not closed</translation>
    </message>
    <message>
        <source>未交班或已删除</source>
        <translation>not closed, or deleted</translation>
    </message>
    <message>
        <source>未列入</source>
        <translation>Not included</translation>
    </message>
    <message>
        <source>未到期</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <source>未发放</source>
        <translation>Not issued</translation>
    </message>
    <message>
        <source>未打印</source>
        <translation>not printed</translation>
    </message>
    <message>
        <source>未收</source>
        <translation>Owed</translation>
    </message>
    <message>
        <source>未日结</source>
        <translation>Not closed</translation>
    </message>
    <message>
        <source>未知的付款方式：{method}（可用：{methods}）</source>
        <translation>Unknown payment method: {method} (use {methods})</translation>
    </message>
    <message>
        <source>未知的优惠方式：{kind}（可用：{kinds}）</source>
        <translation>Unknown discount kind: {kind} (available: {kinds})</translation>
    </message>
    <message>
        <source>未知的凭证格式：{format}（可用：{formats}）</source>
        <translation>Unknown voucher format: {format} (available: {formats})</translation>
    </message>
    <message>
        <source>未知的抹零设置：{rule}（可用：{rules}）</source>
        <translation>Unknown cash rounding setting: {rule} (available: {rules})</translation>
    </message>
    <message>
        <source>未知的时区“{zone}”，应写成如 Asia/Shanghai</source>
        <translation>Unknown time zone "{zone}"; write it like Asia/Shanghai</translation>
    </message>
    <message>
        <source>未知的现金收支类型：{kind}</source>
        <translation>Unknown kind of cash movement: {kind}</translation>
    </message>
    <message>
        <source>未知的角色：{role}</source>
        <translation>Unknown role: {role}</translation>
    </message>
    <message>
        <source>未知的计费周期：{cycle}</source>
        <translation>Unknown billing cycle: {cycle}</translation>
    </message>
    <message>
        <source>未知的计费方式：{kind}</source>
        <translation>Unknown way of charging: {kind}</translation>
    </message>
    <message>
        <source>未知的设置：{names}</source>
        <translation>Unknown settings: {names}</translation>
    </message>
    <message>
        <source>未缴</source>
        <translation>Unpaid</translation>
    </message>
    <message>
        <source>未缴本金</source>
        <translation>Open principal</translation>
    </message>
    <message>
        <source>未读取的列：{columns}</source>
        <translation>Columns not read: {columns}</translation>
    </message>
    <message>
        <source>未读取的工作表：{sheets}</source>
        <translation>Sheets not read: {sheets}</translation>
    </message>
    <message>
        <source>未读取的工作表：{sheets}。</source>
        <translation>Sheets not read: {sheets}. </translation>
    </message>
    <message>
        <source>本小区没有启用盲点，点钞随交班一起保存</source>
        <translation>This estate does not count blind: the count is saved with the shift's close</translation>
    </message>
    <message>
        <source>本小区没有编号为 {number} 的收据：不是本处开出的收据</source>
        <translation>This estate has no receipt numbered {number}: it was not issued here</translation>
    </message>
    <message>
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>本月实收</source>
        <translation>Taken this month</translation>
    </message>
    <message>
        <source>本月收款合计</source>
        <translation>Total taken this month</translation>
    </message>
    <message>
        <source>本月柜台收款（按所缴费用的期间）</source>
        <translation>This month's counter takings (by the period of the fees paid)</translation>
    </message>
    <message>
        <source>本期读数 {value} 小于上期读数 {prev}；如更换了表具，请标记为换表并填写旧表止码和新表起始读数</source>
        <translation>This reading {value} is less than the last one, {prev}; if the meter was replaced, mark it as a meter change and enter both readings</translation>
    </message>
    <message>
        <source>本期读数小于上期读数；如更换了表具，请标记为换表</source>
        <translation>This reading is less than the last; if the meter was replaced, mark a meter change</translation>
    </message>
    <message>
        <source>本期读数小于新表起始读数</source>
        <translation>This reading is less than the new meter's starting reading</translation>
    </message>
    <message>
        <source>本机没有可用的系统密钥库（COUNTER_APP_KEYSTORE=keyring）</source>
        <translation>This PC has no system key store to use (COUNTER_APP_KEYSTORE=keyring)</translation>
    </message>
    <message>
        <source>本机没有这个账本的密钥，没有可导出的</source>
        <translation>This PC has no key of this ledger; nothing to export</translation>
    </message>
    <message>
        <source>本机还没有这个账本的密钥</source>
        <translation>This PC has no key of this ledger yet</translation>
    </message>
    <message>
        <source>本次读数 {value} 小于新表起始读数 {start}</source>
        <translation>This reading {value} is less than the new meter's first reading {start}</translation>
    </message>
    <message>
        <source>本班次已保存点钞，请先交班，再开班收款</source>
        <translation>This shift's count is saved: close the shift, then open a new one to take money</translation>
    </message>
    <message>
        <source>本班次没有现金收支</source>
        <translation>No cash movements in this shift</translation>
    </message>
    <message>
        <source>来访人</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>查看完整个人信息</source>
        <translation>See full personal details</translation>
    </message>
    <message>
        <source>查看审计日志</source>
        <translation>See the audit log</translation>
    </message>
    <message>
        <source>查看房屋</source>
        <translation>See units</translation>
    </message>
    <message>
        <source>查看欠费</source>
        <translation>See what is owed</translation>
    </message>
    <message>
        <source>校验失败：</source>
        <translation>Verification failed: </translation>
    </message>
    <message>
        <source>校验失败：有读不出的值</source>
        <translation>Verification failed: some values cannot be read</translation>
    </message>
    <message>
        <source>检查结果没能写到 {path}：{why}</source>
        <translation>The check's results could not be written to {path}: {why}</translation>
    </message>
    <message>
        <source>检查账本</source>
        <translation>Check the ledger</translation>
    </message>
    <message>
        <source>检查通过（{seconds} 秒）</source>
        <translation>Check passed ({seconds} s)</translation>
    </message>
    <message>
        <source>楼层，-9 到 999 的整数</source>
        <translation>a floor, a whole number from -9 to 999</translation>
    </message>
    <message>
        <source>楼栋与房屋</source>
        <translation>Buildings and units</translation>
    </message>
    <message>
        <source>概要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>模板是 Excel 工作簿，文件名请以 .xlsx 结尾</source>
        <translation>A template is an Excel workbook: end the file name with .xlsx</translation>
    </message>
    <message>
        <source>欠费户数</source>
        <translation>Units in arrears</translation>
    </message>
    <message>
        <source>欠费明细</source>
        <translation>Units in arrears</translation>
    </message>
    <message>
        <source>欠费汇总等留存数字的不符，管理员可用 counter-app rebuild-kept 按应收和收据重算</source>
        <translation>Where kept figures (debt summaries, billed months) differ, an administrator can work them out anew from the charges and receipts with counter-app rebuild-kept</translation>
    </message>
    <message>
        <source>欠费项目</source>
        <translation>Items owed</translation>
    </message>
    <message>
        <source>正整数</source>
        <translation>a whole number above zero</translation>
    </message>
    <message>
        <source>此命令需要 --user 用户名</source>
        <translation>This command needs --user name</translation>
    </message>
    <message>
        <source>此命令需要 --user 用户名（恢复到空账本时，用备份里的管理员登录）</source>
        <translation>This command needs --user name (restoring onto an empty ledger, sign in as an administrator of the backup)</translation>
    </message>
    <message>
        <source>此数据库中有多个小区，请在登录时选择小区</source>
        <translation>This database has several estates; choose one when signing in</translation>
    </message>
    <message>
        <source>此数据库已经设置过</source>
        <translation>This database is already set up</translation>
    </message>
    <message>
        <source>此数据库由较新版本的程序创建（数据库版本 {version}，本程序支持到 {supported}），请升级程序后再打开；为保护数据，本程序不会修改它。</source>
        <translation>This database was made by a newer version of the program (database version {version}; this program goes up to {supported}); upgrade the program to open it. To protect the data, this program does not change it.</translation>
    </message>
    <message>
        <source>每月减免金额必须大于零且在合理范围内</source>
        <translation>The amount off a month must be above zero and within reason</translation>
    </message>
    <message>
        <source>没有 {fen} 分的面额</source>
        <translation>There is no {fen}-fen note or coin</translation>
    </message>
    <message>
        <source>没有 {yuan} 元的面额</source>
        <translation>There is no ¥{yuan} note or coin</translation>
    </message>
    <message>
        <source>没有“{name}”这种导入；可用：{kinds}</source>
        <translation>There is no import "{name}"; available: {kinds}</translation>
    </message>
    <message>
        <source>没有代扣批次 {number}</source>
        <translation>No debit batch {number}</translation>
    </message>
    <message>
        <source>没有代扣授权 {id}</source>
        <translation>No debit authorisation {id}</translation>
    </message>
    <message>
        <source>没有代扣格式 {name}（可用：{names}）</source>
        <translation>No debit layout {name} (available: {names})</translation>
    </message>
    <message>
        <source>没有写入备份位置 {folder} 的权限（只读的 U 盘或共享？）；没有备份，账本没有改动</source>
        <translation>No permission to write to the backup place {folder} (a read-only USB drive or share?); no backup made, the ledger is unchanged</translation>
    </message>
    <message>
        <source>没有即将到期且留有电话的户，未生成名单</source>
        <translation>No unit with fees ending soon has a phone number; no list was written</translation>
    </message>
    <message>
        <source>没有可退的金额</source>
        <translation>Nothing to refund</translation>
    </message>
    <message>
        <source>没有名为 {name} 的优惠</source>
        <translation>There is no offer named {name}</translation>
    </message>
    <message>
        <source>没有名为 {name} 的优惠政策</source>
        <translation>There is no policy named {name}</translation>
    </message>
    <message>
        <source>没有含 {form} 号的收据本</source>
        <translation>No book holds form {form}</translation>
    </message>
    <message>
        <source>没有备份文件 {backup}</source>
        <translation>No backup file {backup}</translation>
    </message>
    <message>
        <source>没有备份文件 {path}</source>
        <translation>No backup file {path}</translation>
    </message>
    <message>
        <source>没有小区“{estate}”</source>
        <translation>No estate "{estate}"</translation>
    </message>
    <message>
        <source>没有房号 {code}</source>
        <translation>No unit {code}</translation>
    </message>
    <message>
        <source>没有折扣/减免政策</source>
        <translation>No discount or relief policies</translation>
    </message>
    <message>
        <source>没有收据 {number}</source>
        <translation>No receipt {number}</translation>
    </message>
    <message>
        <source>没有收费项目 {items}</source>
        <translation>No fee item {items}</translation>
    </message>
    <message>
        <source>没有收费项目 {item}</source>
        <translation>No fee item {item}</translation>
    </message>
    <message>
        <source>没有数据库文件 {path}</source>
        <translation>No database file {path}</translation>
    </message>
    <message>
        <source>没有数据行</source>
        <translation>no data rows</translation>
    </message>
    <message>
        <source>没有未交班的班次</source>
        <translation>No shift is open</translation>
    </message>
    <message>
        <source>没有权限</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <source>没有楼栋 {code}</source>
        <translation>No building {code}</translation>
    </message>
    <message>
        <source>没有用户 {user}</source>
        <translation>No user {user}</translation>
    </message>
    <message>
        <source>没有登记 {name}</source>
        <translation>No {name} recorded</translation>
    </message>
    <message>
        <source>没有登记 {name}（{phone}）</source>
        <translation>No {name} ({phone}) recorded</translation>
    </message>
    <message>
        <source>没有第 {request} 号开票申请</source>
        <translation>No invoice request number {request}</translation>
    </message>
    <message>
        <source>没有编号为 {book} 的收据本</source>
        <translation>No receipt book number {book}</translation>
    </message>
    <message>
        <source>没有编号为 {estate} 的小区</source>
        <translation>No estate number {estate}</translation>
    </message>
    <message>
        <source>没有编号为 {number} 的收据</source>
        <translation>No receipt number {number}</translation>
    </message>
    <message>
        <source>没有编号为 {number} 的现金收支单</source>
        <translation>There is no cash movement numbered {number}</translation>
    </message>
    <message>
        <source>没有编号为 {number} 的退款单</source>
        <translation>No refund slip {number}</translation>
    </message>
    <message>
        <source>没有编号为 {run} 的计费记录</source>
        <translation>No billing run number {run}</translation>
    </message>
    <message>
        <source>没有表 {meter}</source>
        <translation>No meter {meter}</translation>
    </message>
    <message>
        <source>没有要收的费用</source>
        <translation>Nothing to collect</translation>
    </message>
    <message>
        <source>没有要退的金额：空格选行，或输入金额</source>
        <translation>Nothing to refund: choose lines with Space, or type an amount</translation>
    </message>
    <message>
        <source>没有记账：请求编号 {request_id} 在这个账本里没有记录（可以重新办理）</source>
        <translation>Not recorded: request ID {request_id} is not in this ledger (you can do it again)</translation>
    </message>
    <message>
        <source>没有设置钱箱（打印设置 → 钱箱连接）</source>
        <translation>No cash drawer is set (Printer settings → Cash drawer)</translation>
    </message>
    <message>
        <source>没有费用 {charge}</source>
        <translation>No charge {charge}</translation>
    </message>
    <message>
        <source>没有这些房号：{units}</source>
        <translation>No such units: {units}</translation>
    </message>
    <message>
        <source>没有这条待跟进的咨询</source>
        <translation>No such consultation waiting for a follow-up</translation>
    </message>
    <message>
        <source>没有这样的凭证科目项：{key}</source>
        <translation>No such voucher line: {key}</translation>
    </message>
    <message>
        <source>没有需要提醒且留有电话的欠费户，未生成名单</source>
        <translation>No unit owing with a phone number needs a reminder; no list was made</translation>
    </message>
    <message>
        <source>注意：{problem}</source>
        <translation>Note: {problem}</translation>
    </message>
    <message>
        <source>注意：本机没有这把密钥的私钥，本机打印的收据不带签名（用 key import 导入）</source>
        <translation>Note: this PC lacks the key's private part; receipts printed here are not signed (import it with key import)</translation>
    </message>
    <message>
        <source>港澳台居民居住证</source>
        <translation>Residence permit for Hong Kong, Macao and Taiwan residents</translation>
    </message>
    <message>
        <source>港澳居民来往内地通行证</source>
        <translation>Mainland travel permit for Hong Kong and Macao residents</translation>
    </message>
    <message>
        <source>滞纳{days}天</source>
        <translation>{days} days late</translation>
    </message>
    <message>
        <source>滞纳天数</source>
        <translation>Late-fee days</translation>
    </message>
    <message>
        <source>滞纳金</source>
        <translation>Late fee</translation>
    </message>
    <message>
        <source>滞纳金日费率不能超过 {most}%（万分之一百）</source>
        <translation>The daily late-fee rate cannot be over {most}% (1 in 100)</translation>
    </message>
    <message>
        <source>滞纳金规则不能为负数</source>
        <translation>The late-fee rule cannot be negative</translation>
    </message>
    <message>
        <source>滞纳金规则：{rule}</source>
        <translation>Late fee rule: {rule}</translation>
    </message>
    <message>
        <source>滞纳金（计至截至日）</source>
        <translation>Late fees (to the cut-off date)</translation>
    </message>
    <message>
        <source>演示数据库已创建</source>
        <translation>Demo database created</translation>
    </message>
    <message>
        <source>点钞</source>
        <translation>Cash count</translation>
    </message>
    <message>
        <source>点钞“{part}”应写成 面额x张数，如 100x5</source>
        <translation>Count "{part}" must be written value x count, such as 100x5</translation>
    </message>
    <message>
        <source>点钞保存后才显示应有现金</source>
        <translation>Expected cash is shown once the count is saved</translation>
    </message>
    <message>
        <source>点钞已经保存（{amount} 元），交班须用保存的点钞</source>
        <translation>The count is already saved ({amount} yuan): the shift closes with the saved count</translation>
    </message>
    <message>
        <source>点钞已经保存，不能重点</source>
        <translation>The count is already saved and cannot be redone</translation>
    </message>
    <message>
        <source>点钞需要 --count 点钞结果，如 100x5,50x2,10x3</source>
        <translation>count needs --count, the drawer counted, e.g. 100x5,50x2,10x3</translation>
    </message>
    <message>
        <source>物业公司名称</source>
        <translation>Management company name</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>现金</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>现金支出、交款和冲销需要 --authoriser 主管</source>
        <translation>A paid-out, a drop or a reversal needs --authoriser (a manager)</translation>
    </message>
    <message>
        <source>现金支出、交款和冲销须由主管授权</source>
        <translation>Paid-outs, drops and reversals need a manager's authorisation</translation>
    </message>
    <message>
        <source>现金支出单</source>
        <translation>Cash paid out</translation>
    </message>
    <message>
        <source>现金收入（不含找零）</source>
        <translation>Cash taken (less change)</translation>
    </message>
    <message>
        <source>现金收支</source>
        <translation>Cash movements</translation>
    </message>
    <message>
        <source>现金收支单</source>
        <translation>cash movement</translation>
    </message>
    <message>
        <source>现金退款</source>
        <translation>Cash refunds</translation>
    </message>
    <message>
        <source>现金部分</source>
        <translation>on the cash</translation>
    </message>
    <message>
        <source>班次</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>班次 {shift} 没有交班报表</source>
        <translation>Shift {shift} has no closing report</translation>
    </message>
    <message>
        <source>班次 {shift} 的交班在审计记录中出现 {times} 次</source>
        <translation>The close of shift {shift} appears {times} times in the audit records</translation>
    </message>
    <message>
        <source>班次 {shift} 的交班报表 {z} 没有审计记录（在程序之外新增）</source>
        <translation>Shift {shift}'s close report {z} has no audit record (added outside the program)</translation>
    </message>
    <message>
        <source>班次 {shift} 的交班（Z {z}，审计记录第 {row} 条）与账本不符（账本中为 {held}）</source>
        <translation>The close of shift {shift} (Z {z}, audit record {row}) differs from the ledger (the ledger has {held})</translation>
    </message>
    <message>
        <source>班次数</source>
        <translation>Shifts</translation>
    </message>
    <message>
        <source>生效日期应写成 YYYY-MM-DD，如 2027-01-01</source>
        <translation>Write the start date as YYYY-MM-DD, such as 2027-01-01</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <source>用户 {user}（{role}）无权执行此操作：{action}</source>
        <translation>Not allowed for user {user} ({role}): {action}</translation>
    </message>
    <message>
        <source>用户名 {user} 已存在</source>
        <translation>User name {user} is already taken</translation>
    </message>
    <message>
        <source>用户名为 2 到 32 个字母、数字或 _ . -</source>
        <translation>A user name is 2 to 32 letters, digits or _ . -</translation>
    </message>
    <message>
        <source>用户名或密码错误</source>
        <translation>The user name or password is wrong</translation>
    </message>
    <message>
        <source>用法：voucher accounts list，或 voucher accounts set 科目项 科目代码 科目名称</source>
        <translation>Usage: voucher accounts list, or voucher accounts set KEY CODE NAME</translation>
    </message>
    <message>
        <source>用途</source>
        <translation>The purpose</translation>
    </message>
    <message>
        <source>用量</source>
        <translation>The usage</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>电话“{raw}”位数不对（手机 11 位，固定电话 7 到 8 位或带区号）</source>
        <translation>Phone "{raw}" has the wrong number of digits (mobile 11; landline 7 to 8, or with the area code)</translation>
    </message>
    <message>
        <source>电话“{raw}”含有数字以外的字符（一格只填一个号码）</source>
        <translation>Phone "{raw}" has characters other than digits (one number per cell)</translation>
    </message>
    <message>
        <source>电话为完整号码，仅限内部催缴使用，不得外传。</source>
        <translation>Phone numbers are shown in full, for internal collection use only; do not pass them on.</translation>
    </message>
    <message>
        <source>电话已遮蔽。</source>
        <translation>Phone numbers are masked.</translation>
    </message>
    <message>
        <source>登录用户名</source>
        <translation>login user name</translation>
    </message>
    <message>
        <source>登记与发放收据本</source>
        <translation>register and issue receipt books</translation>
    </message>
    <message>
        <source>登记催缴记录</source>
        <translation>Log a payment reminder</translation>
    </message>
    <message>
        <source>登记咨询</source>
        <translation>Log an enquiry</translation>
    </message>
    <message>
        <source>登记开票申请</source>
        <translation>Log an invoice request</translation>
    </message>
    <message>
        <source>登记现金收支</source>
        <translation>Record cash movements</translation>
    </message>
    <message>
        <source>目标数据库 {target} 里已经有账本；迁移只写入空数据库，以免覆盖。</source>
        <translation>The target database {target} already holds a ledger; a move writes only into an empty database, so nothing is overwritten.</translation>
    </message>
    <message>
        <source>盲点</source>
        <translation>Blind count</translation>
    </message>
    <message>
        <source>盲点设置只能是开或关</source>
        <translation>Blind count is either on or off</translation>
    </message>
    <message>
        <source>短信模板中的占位符有误：{problem}；可用 {{estate}} {{owner}} {{unit}} {{amount}} {{due}}</source>
        <translation>The text message template has a wrong placeholder: {problem}; available: {{estate}} {{owner}} {{unit}} {{amount}} {{due}}</translation>
    </message>
    <message>
        <source>短款</source>
        <translation>Short</translation>
    </message>
    <message>
        <source>磁盘已满，数据库{where}无法写入。请腾出磁盘空间后重试；本次操作没有记账。</source>
        <translation>The disk is full; the database{where} cannot be written. Free some disk space and try again; nothing was recorded.</translation>
    </message>
    <message>
        <source>磁盘已满，没有写完</source>
        <translation>the disk is full; not everything was written</translation>
    </message>
    <message>
        <source>磁盘是只读的</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <source>科目代码“{code}”应为数字，一级科目四位，如 1001 或 5001.01</source>
        <translation>Account code "{code}" must be digits, four for the first level, as 1001 or 5001.01</translation>
    </message>
    <message>
        <source>科目名称不能为空，且不超过 60 个字</source>
        <translation>An account name is needed, at most 60 characters</translation>
    </message>
    <message>
        <source>程序内部错误（{kind}），详情已写入日志 {path}。</source>
        <translation>Internal error of the program ({kind}); the details are in the log {path}.</translation>
    </message>
    <message>
        <source>稍后可再运行同一命令（收款、作废、退款带上同一个 --request-id，不会重复记账）。</source>
        <translation>Run the same command again later (a payment, void or refund with the same --request-id is not recorded twice). </translation>
    </message>
    <message>
        <source>税收分类编码“{code}”不正确（应为 19 位数字）</source>
        <translation>Tax classification code "{code}" is not right (it has 19 digits)</translation>
    </message>
    <message>
        <source>税率“{rate}”不正确（如 6、9、13、3，单位为 %）</source>
        <translation>Tax rate "{rate}" is not right (such as 6, 9, 13 or 3, in %)</translation>
    </message>
    <message>
        <source>空置</source>
        <translation>Vacant</translation>
    </message>
    <message>
        <source>空置优惠比例应在 0 到 100 之间</source>
        <translation>The vacancy discount must be between 0 and 100</translation>
    </message>
    <message>
        <source>端口 {port} 不对（1 到 65535）</source>
        <translation>Port {port} is not valid (1 to 65535)</translation>
    </message>
    <message>
        <source>笔数</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>第 {line} 行</source>
        <translation>Line {line}</translation>
    </message>
    <message>
        <source>第 {line} 行的{problem}</source>
        <translation>Row {line}: {problem}</translation>
    </message>
    <message>
        <source>第 {line} 行的金额“{value}”不正确</source>
        <translation>The amount "{value}" in row {line} is not right</translation>
    </message>
    <message>
        <source>答复</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>签名收据码的格式为 CA1|收据号|日期|房号|金额|签名（扫描收据上的二维码）</source>
        <translation>A signed receipt code reads CA1|number|date|unit|amount|signature (scan the QR code on the receipt)</translation>
    </message>
    <message>
        <source>签名收据码的签名“{sig}”不完整（应为 86 个字符）</source>
        <translation>The signature "{sig}" in the signed receipt code is incomplete (it has 86 characters)</translation>
    </message>
    <message>
        <source>签名收据码里的日期“{day}”不是 YYYY-MM-DD</source>
        <translation>The date "{day}" in the signed receipt code is not YYYY-MM-DD</translation>
    </message>
    <message>
        <source>签名收据码里的金额“{amount}”不是金额</source>
        <translation>The amount "{amount}" in the signed receipt code is not an amount</translation>
    </message>
    <message>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>管理报表（欠费清单、收费率）</source>
        <translation>Management reports (arrears, collection rate)</translation>
    </message>
    <message>
        <source>管理用户</source>
        <translation>Manage users</translation>
    </message>
    <message>
        <source>管理账本密钥</source>
        <translation>Manage the ledger's keys</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>红字发票说明</source>
        <translation>The red-letter invoice note</translation>
    </message>
    <message>
        <source>纳税人识别号 {code} 的校验位不对，请核对后重新输入</source>
        <translation>Taxpayer ID {code} has a wrong check digit; check it and enter it again</translation>
    </message>
    <message>
        <source>纳税人识别号含有不允许的字符：{bad}（不含 I、O、S、V、Z）</source>
        <translation>The taxpayer ID has characters not allowed: {bad} (no I, O, S, V or Z)</translation>
    </message>
    <message>
        <source>纳税人识别号应为 18 位统一社会信用代码，现为 {count} 位</source>
        <translation>The taxpayer ID must be the 18-character unified social credit code; it has {count}</translation>
    </message>
    <message>
        <source>终止代扣授权须填写原因</source>
        <translation>Ending a debit authorisation needs a reason</translation>
    </message>
    <message>
        <source>终止原因</source>
        <translation>Reason for ending</translation>
    </message>
    <message>
        <source>经手人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>结束日期 {end} 早于开始日期 {start}</source>
        <translation>The end date {end} is before the start date {start}</translation>
    </message>
    <message>
        <source>结束日期早于开始日期</source>
        <translation>The end date is before the start date</translation>
    </message>
    <message>
        <source>结构完好，但有读不出的值</source>
        <translation>structure sound, but some values cannot be read</translation>
    </message>
    <message>
        <source>维护房产资料</source>
        <translation>Edit estate records</translation>
    </message>
    <message>
        <source>维护折扣/减免政策</source>
        <translation>keep discount policies</translation>
    </message>
    <message>
        <source>编号 {series}（{year}）有缺号或重号：{count} 张，最大号 {highest}，计数器 {counter}</source>
        <translation>Series {series} ({year}) has missing or repeated numbers: {count} documents, highest {highest}, counter {counter}</translation>
    </message>
    <message>
        <source>编号 {series}（{year}）的单据没有编号计数器</source>
        <translation>Series {series} ({year}) has documents but no number counter</translation>
    </message>
    <message>
        <source>缴清户数</source>
        <translation>Units paid in full</translation>
    </message>
    <message>
        <source>缴费期限 {due} 已过</source>
        <translation>The payment deadline {due} has passed</translation>
    </message>
    <message>
        <source>缺少必需的参数：{names}</source>
        <translation>the following arguments are required: {names}</translation>
    </message>
    <message>
        <source>网页里的表格过大（或跨行跨列的格过多），请在 Excel 中另存为 .xlsx 后再导入</source>
        <translation>The web page's table is too large (or has too many merged cells); save it as .xlsx in Excel and import that</translation>
    </message>
    <message>
        <source>能核对的部分账目一致</source>
        <translation>The accounts that could be checked are consistent</translation>
    </message>
    <message>
        <source>自动扣费金额（不含在实收内）</source>
        <translation>Automatic deductions (not in takings)</translation>
    </message>
    <message>
        <source>至今已收</source>
        <translation>Collected to date</translation>
    </message>
    <message>
        <source>至今未收</source>
        <translation>Still unpaid</translation>
    </message>
    <message>
        <source>至少需要一个值</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <source>范围</source>
        <translation>Range</translation>
    </message>
    <message>
        <source>营业日</source>
        <translation>Business date</translation>
    </message>
    <message>
        <source>行号:哈希，如 1234:3F2A9C0B1D4E（交班或日结报表上的审计链头）</source>
        <translation>row:hash, such as 1234:3F2A9C0B1D4E (the audit chain head on a shift or day report)</translation>
    </message>
    <message>
        <source>表 {table} 第 {row} 行 {column} {what}（{value}）</source>
        <translation>Table {table} row {row} {column} {what} ({value})</translation>
    </message>
    <message>
        <source>表 {table} 第 {row} 行 {column} 不是有效的文字（{value}）</source>
        <translation>Table {table} row {row} {column} is not valid text ({value})</translation>
    </message>
    <message>
        <source>表单 {form} 已经{state}，一张表单只能用一次</source>
        <translation>Form {form} is already {state}; a form is used once only</translation>
    </message>
    <message>
        <source>表单 {form} 所在的收据本不在您手中</source>
        <translation>You do not hold the book of form {form}</translation>
    </message>
    <message>
        <source>表单号</source>
        <translation>Form number</translation>
    </message>
    <message>
        <source>表单号必须是数字：{number}</source>
        <translation>A form number is digits only: {number}</translation>
    </message>
    <message>
        <source>表单号（数字，可带前导零），如 0000101</source>
        <translation>a form number (digits, leading zeros kept), e.g. 0000101</translation>
    </message>
    <message>
        <source>表底读数</source>
        <translation>The meter's base reading</translation>
    </message>
    <message>
        <source>表格中合并的单元格过多，请取消合并后另存再导入</source>
        <translation>The table has too many merged cells; unmerge them, save and import again</translation>
    </message>
    <message>
        <source>装修中</source>
        <translation>Being renovated</translation>
    </message>
    <message>
        <source>要写入的文件夹的路径（可以是新文件夹，但它的上一级须已存在）</source>
        <translation>the path of the folder to write to (it may be new, but the one above it must exist)</translation>
    </message>
    <message>
        <source>要写的文件的路径（所在的文件夹须已存在）</source>
        <translation>the path of the file to write (its folder must exist)</translation>
    </message>
    <message>
        <source>要减免滞纳金的费用 {charges} 不在本次收款中</source>
        <translation>The charges {charges} whose late fee is waived are not in this payment</translation>
    </message>
    <message>
        <source>角色应为 cashier（收费员）、manager（主管）、admin（管理员）</source>
        <translation>The role must be cashier, manager or admin</translation>
    </message>
    <message>
        <source>计费</source>
        <translation>Billing</translation>
    </message>
    <message>
        <source>计费 {run} 已撤销（审计记录第 {row} 条），其应收却有未取消的（在程序之外被改动）</source>
        <translation>Billing run {run} was reversed (audit record {row}), but some of its charges are not cancelled (changed outside the program)</translation>
    </message>
    <message>
        <source>计费 {run} 的应收在撤销时发生了变化，请重试</source>
        <translation>The charges of billing run {run} changed while it was being reversed; try again</translation>
    </message>
    <message>
        <source>计费 {run} 的撤销状态与审计记录不符（在程序之外被改动）</source>
        <translation>Billing run {run}'s reversal differs from the audit records (changed outside the program)</translation>
    </message>
    <message>
        <source>计费 {run}（{month}）已于之前撤销</source>
        <translation>Billing run {run} ({month}) was already reversed</translation>
    </message>
    <message>
        <source>计费 {run}（{month}）已有 {paid} 笔应收收过款（柜台收款或预存自动扣费），不能撤销；请先作废或退款那些收据，或改为对个别应收做调整</source>
        <translation>Billing run {run} ({month}) has {paid} charges already paid (at the counter or from prepaid balances) and cannot be reversed; void or refund those receipts first, or adjust single charges instead</translation>
    </message>
    <message>
        <source>计费月数必须大于零</source>
        <translation>The number of months must be more than zero</translation>
    </message>
    <message>
        <source>记账凭证（科目与导出）</source>
        <translation>Accounting vouchers (accounts and export)</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>证件号码“{raw}”不正确（身份证 18 位；其他证件 5 到 20 位字母或数字）</source>
        <translation>Document number "{raw}" is not right (resident ID 18 characters; other documents 5 to 20 letters or digits)</translation>
    </message>
    <message>
        <source>证件类型“{raw}”应为 {kinds} 之一</source>
        <translation>Document type "{raw}" should be one of {kinds}</translation>
    </message>
    <message>
        <source>该房屋没有登记建筑面积，无法按面积计费</source>
        <translation>This unit has no floor area recorded and cannot be charged by area</translation>
    </message>
    <message>
        <source>该房屋没有登记车位，无法按车位计费</source>
        <translation>This unit has no parking space recorded and cannot be charged by space</translation>
    </message>
    <message>
        <source>该标准不是抄表计量</source>
        <translation>This standard is not metered</translation>
    </message>
    <message>
        <source>该班次已经交班</source>
        <translation>This shift is already closed</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>请先在左边选中一个收费项目</source>
        <translation>First choose a fee item on the left</translation>
    </message>
    <message>
        <source>请先在表中选中一项优惠</source>
        <translation>Choose an offer in the table first</translation>
    </message>
    <message>
        <source>请先在表中选中一项政策</source>
        <translation>Choose a policy in the table first</translation>
    </message>
    <message>
        <source>请先开班（清点并输入备用金）再收款</source>
        <translation>Open a shift (count the float) before taking payments</translation>
    </message>
    <message>
        <source>请先点钞</source>
        <translation>Count the drawer first</translation>
    </message>
    <message>
        <source>请写出用户名</source>
        <translation>Give the user name</translation>
    </message>
    <message>
        <source>请勾选要开发票的费用</source>
        <translation>Tick the charges to invoice</translation>
    </message>
    <message>
        <source>请在 Excel 或 WPS 中打开，另存为“Excel 工作簿（.xlsx）”后再导入</source>
        <translation>open it in Excel or WPS, save it as "Excel Workbook (.xlsx)" and import that</translation>
    </message>
    <message>
        <source>请填写发信服务器</source>
        <translation>Please enter the mail server</translation>
    </message>
    <message>
        <source>请填写发信邮箱</source>
        <translation>Please enter the sender's address</translation>
    </message>
    <message>
        <source>请填写发票抬头（购买方名称）</source>
        <translation>Enter the invoice title (the buyer's name)</translation>
    </message>
    <message>
        <source>请填写咨询内容</source>
        <translation>Enter what was asked</translation>
    </message>
    <message>
        <source>请填写姓名</source>
        <translation>Enter the name</translation>
    </message>
    <message>
        <source>请填写小区名称和物业公司名称</source>
        <translation>Enter the estate name and the management company name</translation>
    </message>
    <message>
        <source>请填写收据本的字轨（表单系列）</source>
        <translation>Enter the book's series</translation>
    </message>
    <message>
        <source>请填写车位号</source>
        <translation>Enter the parking space number</translation>
    </message>
    <message>
        <source>请填写项目名称</source>
        <translation>Enter the item name</translation>
    </message>
    <message>
        <source>请指定一个营业日或一个月份</source>
        <translation>Give a business day or a month</translation>
    </message>
    <message>
        <source>请求编号 {id}（不确定是否已记账时：counter-app request {id}，或加 --request-id {id} 重试，不会重复记账）</source>
        <translation>Request ID {id} (if unsure whether it was recorded: counter-app request {id}, or retry with --request-id {id}; it is never recorded twice)</translation>
    </message>
    <message>
        <source>请求编号 {request_id} 已用于{command} {number}（{unit}），不能再用于另一笔；本次没有记账</source>
        <translation>Request id {request_id} was already used for {command} {number} ({unit}) and cannot be used for another; nothing was recorded</translation>
    </message>
    <message>
        <source>请求编号应为 8 到 64 个字母、数字或 _ . : -，以字母或数字开头</source>
        <translation>A request id is 8 to 64 letters, digits or _ . : -, starting with a letter or a digit</translation>
    </message>
    <message>
        <source>请用 --date YYYY-MM-DD 指定营业日，或用 --shift 指定班次</source>
        <translation>Name the business day with --date YYYY-MM-DD, or the shift with --shift</translation>
    </message>
    <message>
        <source>请用 --drawer 指明钱箱连接</source>
        <translation>Name the cash drawer's connection with --drawer</translation>
    </message>
    <message>
        <source>请用 --out 指定报表写到哪个文件夹</source>
        <translation>Say with --out which folder the reports go to</translation>
    </message>
    <message>
        <source>请设置 COUNTER_APP_AUTH_PASSWORD 或在终端中输入授权人密码</source>
        <translation>Set COUNTER_APP_AUTH_PASSWORD or type the authoriser's password in a terminal</translation>
    </message>
    <message>
        <source>请设置 COUNTER_APP_PASSWORD 或在终端中输入密码</source>
        <translation>Set COUNTER_APP_PASSWORD or type the password in a terminal</translation>
    </message>
    <message>
        <source>请选择支出原因</source>
        <translation>Choose the reason for the paid-out</translation>
    </message>
    <message>
        <source>读不了公钥文件 {path}：{why}</source>
        <translation>Cannot read the public key file {path}: {why}</translation>
    </message>
    <message>
        <source>读不出的值：{problem}</source>
        <translation>Unreadable value: {problem}</translation>
    </message>
    <message>
        <source>读不出的值：{values}</source>
        <translation>values that cannot be read: {values}</translation>
    </message>
    <message>
        <source>读写出错（磁盘或 U 盘有故障？）</source>
        <translation>read or write error (a fault in the disk or USB drive?)</translation>
    </message>
    <message>
        <source>读写数据库文件{where}时磁盘出错（U 盘或硬盘被拔出、或硬盘故障）。本次操作没有记账；请检查磁盘后重试。</source>
        <translation>A disk error while reading or writing the database file{where} (a USB drive or disk removed, or a faulty disk). Nothing was recorded; check the disk and try again.</translation>
    </message>
    <message>
        <source>读取时出错：{kind}</source>
        <translation>error while reading: {kind}</translation>
    </message>
    <message>
        <source>读取的工作表：{sheets}</source>
        <translation>Sheets read: {sheets}</translation>
    </message>
    <message>
        <source>读数</source>
        <translation>The reading</translation>
    </message>
    <message>
        <source>读法提示：</source>
        <translation>How cells were read:</translation>
    </message>
    <message>
        <source>账单种类应为 notice（缴费通知单）或 statement（对账单），不是“{kind}”</source>
        <translation>The bill kind must be notice or statement, not "{kind}"</translation>
    </message>
    <message>
        <source>账号 {user} 已停用，不能登录；需要时请管理员在 管理 → 用户与权限 中重新启用</source>
        <translation>Account {user} is disabled and cannot sign in; an administrator can enable it again in Manage → Users and permissions</translation>
    </message>
    <message>
        <source>账号 {user} 的资料（{fields}）在程序之外被改动，不能登录或授权；请管理员检查账本</source>
        <translation>The account {user} was changed outside the program ({fields}); it cannot sign in or authorise; an administrator should check the ledger</translation>
    </message>
    <message>
        <source>账期“{period}”格式应为 YYYY-MM</source>
        <translation>Period "{period}" must be written YYYY-MM</translation>
    </message>
    <message>
        <source>账本中维护欠费汇总的触发器 {names} 不见了（被人删除）：欠费清单等报表可能漏记其后的收款；重新打开程序会重建它们并重算汇总</source>
        <translation>The triggers that keep the arrears figures ({names}) are gone from the ledger (someone removed them): the arrears list and other reports may miss payments taken since; opening the program again makes them anew and works the figures out again</translation>
    </message>
    <message>
        <source>账本信息（meta）</source>
        <translation>ledger information (meta)</translation>
    </message>
    <message>
        <source>账本核对未通过（{problem}），先查明原因再删除个人信息</source>
        <translation>The ledger check failed ({problem}); find out why before deleting personal data</translation>
    </message>
    <message>
        <source>账本还有留存数字以外的问题（{count} 处），先用 check 查明并处理；重算留存数字不会改正它们，还会抹去与之不符的汇总</source>
        <translation>The ledger has problems besides the kept figures ({count}): find and deal with them first with check. Working the kept figures out anew would not put them right, and would wipe out the sums that disagree with them</translation>
    </message>
    <message>
        <source>账目一致</source>
        <translation>The accounts are consistent</translation>
    </message>
    <message>
        <source>账目没有查完（{kind}）：先处理上面读不出的值</source>
        <translation>The accounts were not fully checked ({kind}): deal with the unreadable values above first</translation>
    </message>
    <message>
        <source>账龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>账龄（按最早一笔欠费逾期天数）</source>
        <translation>Ageing (by days overdue of the earliest fee owed)</translation>
    </message>
    <message>
        <source>购买方</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>购买方名称</source>
        <translation>The buyer's name</translation>
    </message>
    <message>
        <source>费用 {charge} 的已收金额不一致，不能作废</source>
        <translation>Charge {charge}'s amount received does not add up; it cannot be voided</translation>
    </message>
    <message>
        <source>费用 {charge} 的已收金额为 {stored}，收据实收为 {paid}（已收金额被改动）</source>
        <translation>Charge {charge} has {stored} paid, but its receipts took {paid} (the paid amount was changed)</translation>
    </message>
    <message>
        <source>费用 {cid} 不存在或不属于 {unit}</source>
        <translation>Charge {cid} does not exist or is not {unit}'s</translation>
    </message>
    <message>
        <source>费用 {cid}（{item} {period:%Y.%m}）已缴清{who}；本次没有记账，请刷新后再收</source>
        <translation>Charge {cid} ({item} {period:%Y.%m}) is already paid{who}; nothing was recorded. Refresh and try again</translation>
    </message>
    <message>
        <source>赠送</source>
        <translation>Given free</translation>
    </message>
    <message>
        <source>赠送的月份不能单独退款，请选择所缴的月份</source>
        <translation>Free months cannot be refunded on their own; choose months that were paid</translation>
    </message>
    <message>
        <source>超限额减免滞纳金</source>
        <translation>Waive late fees over the limit</translation>
    </message>
    <message>
        <source>跟进人</source>
        <translation>Follow-up by</translation>
    </message>
    <message>
        <source>跟进日期</source>
        <translation>Follow up on</translation>
    </message>
    <message>
        <source>路径里有一级不是文件夹</source>
        <translation>a part of the path is not a folder</translation>
    </message>
    <message>
        <source>跳号记录</source>
        <translation>number skip</translation>
    </message>
    <message>
        <source>跳号（未交代）</source>
        <translation>Skipped numbers (unexplained)</translation>
    </message>
    <message>
        <source>跳号：本册已用或作废的最大号码以下、既未使用也未作废的表单，须查明交代。</source>
        <translation>Skipped numbers: forms below the highest number used or spoiled in this book that were neither used nor spoiled must be accounted for.</translation>
    </message>
    <message>
        <source>跳过</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>跳过的行：</source>
        <translation>Rows skipped:</translation>
    </message>
    <message>
        <source>身份应为{owner}或{tenant}</source>
        <translation>The role should be {owner} or {tenant}</translation>
    </message>
    <message>
        <source>身份证号“{raw}”是 15 位的旧号码，请填写 18 位的号码</source>
        <translation>ID number "{raw}" is an old 15-digit number; enter the 18-digit one</translation>
    </message>
    <message>
        <source>身份证号“{raw}”是 {n} 位，居民身份证号应为 18 位</source>
        <translation>ID number "{raw}" has {n} characters; a resident ID number has 18</translation>
    </message>
    <message>
        <source>身份证号“{raw}”是 {n} 位，居民身份证号应为 18 位（如是其他证件，请在 证件类型 中写明）</source>
        <translation>ID number "{raw}" has {n} characters; a resident ID number has 18 (for another document, name it under Document type)</translation>
    </message>
    <message>
        <source>身份证号“{raw}”的校验位不对，请核对</source>
        <translation>ID number "{raw}" has a wrong check digit; check it</translation>
    </message>
    <message>
        <source>车位 {code} 已存在</source>
        <translation>Parking space {code} already exists</translation>
    </message>
    <message>
        <source>车位与车牌</source>
        <translation>Parking spaces and plates</translation>
    </message>
    <message>
        <source>车位号</source>
        <translation>Space number</translation>
    </message>
    <message>
        <source>车库</source>
        <translation>garage</translation>
    </message>
    <message>
        <source>车牌“{plate}”不正确，应如 浙A·12345</source>
        <translation>Plate "{plate}" is not right; it should look like 浙A·12345</translation>
    </message>
    <message>
        <source>转账</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>输出中断：接收输出的程序已关闭</source>
        <translation>Output cut off: the program reading it has closed</translation>
    </message>
    <message>
        <source>迁出住户的个人信息保存 {years} 年</source>
        <translation>Former occupants' personal data is kept {years} years</translation>
    </message>
    <message>
        <source>迁出日期 {on} 还没到</source>
        <translation>The move-out date {on} has not come yet</translation>
    </message>
    <message>
        <source>迁移目标必须是数据库服务器地址（postgresql://用户@服务器/数据库）</source>
        <translation>The target must be a database server address (postgresql://user@server/database)</translation>
    </message>
    <message>
        <source>过户日期 {on} 还没到；请在过户当天或之后登记</source>
        <translation>The transfer date {on} has not come yet; record it on the day of the transfer or later</translation>
    </message>
    <message>
        <source>过户日期应写成 YYYY-MM-DD</source>
        <translation>Write the transfer date as YYYY-MM-DD</translation>
    </message>
    <message>
        <source>近 24 个月收费（按费用所属月份，至今）</source>
        <translation>Collection over the last 24 months (by the month each fee belongs to, to date)</translation>
    </message>
    <message>
        <source>近 24 个月：应收与至今已收（元）</source>
        <translation>Last 24 months: billed and collected to date (yuan)</translation>
    </message>
    <message>
        <source>还有未交班的班次，不能日结：{shifts}</source>
        <translation>Shifts are still open, the day cannot be closed: {shifts}</translation>
    </message>
    <message>
        <source>还没有收据</source>
        <translation>No receipt yet</translation>
    </message>
    <message>
        <source>还没有设置发信服务器（管理 → 电子账单设置，或 counter-app mail settings）</source>
        <translation>No mail server is set yet (管理 → mail settings, or counter-app mail settings)</translation>
    </message>
    <message>
        <source>这不是一把公钥（应为 PEM 文件或它的 base64）</source>
        <translation>This is not a public key (give a PEM file or its base64)</translation>
    </message>
    <message>
        <source>这不是本程序导出的密钥文件</source>
        <translation>This is not a key file exported by this program</translation>
    </message>
    <message>
        <source>这个账本没有收据签名密钥（练习账本不签名）</source>
        <translation>This ledger has no receipt-signing key (a training ledger signs nothing)</translation>
    </message>
    <message>
        <source>这张收据存入的预存款已被使用，不能作废，请办理退款</source>
        <translation>The prepayment on this receipt has been used; it cannot be voided, make a refund</translation>
    </message>
    <message>
        <source>这把公钥不是 Ed25519 公钥</source>
        <translation>This public key is not an Ed25519 key</translation>
    </message>
    <message>
        <source>这是一个文件夹，不是文件</source>
        <translation>this is a folder, not a file</translation>
    </message>
    <message>
        <source>这是一个文件夹，请写文件名</source>
        <translation>This is a folder; give a file name</translation>
    </message>
    <message>
        <source>这是练习账本：不会向业主发送任何邮件</source>
        <translation>This is a training ledger: no mail is sent to owners</translation>
    </message>
    <message>
        <source>这是预览，没有写入任何数据。</source>
        <translation>This is a preview; nothing was written.</translation>
    </message>
    <message>
        <source>连接不上数据库服务器{where}（网络断开或服务器停机）。本次操作没有记账；{retry}若一直如此，请检查网线或请管理员检查服务器。</source>
        <translation>Cannot reach the database server{where} (network down or server stopped). Nothing was recorded; {retry}If it keeps happening, check the network cable or ask the administrator to check the server.</translation>
    </message>
    <message>
        <source>连接设置要求加密（sslmode），但数据库服务器{where}没有开启加密（TLS）。请管理员在服务器上开启 ssl（见 docs/SERVER.md 第 3 节），或改正连接设置。</source>
        <translation>The connection settings ask for encryption (sslmode), but the database server{where} has no encryption (TLS) on. Ask the administrator to turn ssl on on the server (docs/SERVER.md, section 3), or correct the connection settings.</translation>
    </message>
    <message>
        <source>连续输错密码次数过多，账号已锁定到 {until}，请联系管理员</source>
        <translation>Too many wrong passwords: the account is locked until {until}; ask an administrator</translation>
    </message>
    <message>
        <source>迟缴月数</source>
        <translation>Months paid late</translation>
    </message>
    <message>
        <source>退押金</source>
        <translation>Deposit refund</translation>
    </message>
    <message>
        <source>退款</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>退款 {amount} 元不足以退回抹零 {rounding} 元，请多退几项</source>
        <translation>A refund of {amount} yuan is too small to give back the {rounding} yuan cash rounding; refund more lines</translation>
    </message>
    <message>
        <source>退款单</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>退款单 {number}</source>
        <translation>refund {number}</translation>
    </message>
    <message>
        <source>退款单 {number} 没有审计记录（在程序之外新增）</source>
        <translation>Refund {number} has no audit record (added outside the program)</translation>
    </message>
    <message>
        <source>退款单 {number} 记在审计记录第 {row} 条，账本里却没有这张退款单（被删除）</source>
        <translation>Refund {number} is in audit record {row}, but the ledger has no such refund (deleted)</translation>
    </message>
    <message>
        <source>退款单 {number}：退 {original} 共 {amount} 元（{words}），方式 {method}，授权：{authoriser}</source>
        <translation>Refund {number}: {amount} yuan ({words}) back on {original}, by {method}, authorised by {authoriser}</translation>
    </message>
    <message>
        <source>退款单号</source>
        <translation>Refund no.</translation>
    </message>
    <message>
        <source>退款单号 {number} 在审计记录中出现 {times} 次</source>
        <translation>Refund number {number} appears {times} times in the audit records</translation>
    </message>
    <message>
        <source>退款原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>退款必须填写原因</source>
        <translation>Give a reason for the refund</translation>
    </message>
    <message>
        <source>退款支出</source>
        <translation>Refunds paid</translation>
    </message>
    <message>
        <source>退款方式[:参考号]，方式为 {methods}</source>
        <translation>refund method[:reference], the method one of {methods}</translation>
    </message>
    <message>
        <source>退款方式不正确：{method}</source>
        <translation>Not a refund method: {method}</translation>
    </message>
    <message>
        <source>退款明细</source>
        <translation>refund line</translation>
    </message>
    <message>
        <source>退款金额必须大于零</source>
        <translation>The refund must be more than zero</translation>
    </message>
    <message>
        <source>选项 {option} 不明确，可能是：{matches}</source>
        <translation>ambiguous option: {option} could match {matches}</translation>
    </message>
    <message>
        <source>通知单种类应为 due（缴费）或 overdue（催缴），不是“{kind}”</source>
        <translation>The kind of notice should be due or overdue, not "{kind}"</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>逾期合计</source>
        <translation>Overdue in all</translation>
    </message>
    <message>
        <source>逾期天数</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <source>逾期本金</source>
        <translation>Overdue principal</translation>
    </message>
    <message>
        <source>邮箱</source>
        <translation>email address</translation>
    </message>
    <message>
        <source>邮箱“{raw}”格式不对（应为 名字@域名，如 zhang@example.com）</source>
        <translation>The email address "{raw}" is not valid (it should be name@domain, e.g. zhang@example.com)</translation>
    </message>
    <message>
        <source>邮箱或手机</source>
        <translation>Email or mobile</translation>
    </message>
    <message>
        <source>部分已缴</source>
        <translation>Part paid</translation>
    </message>
    <message>
        <source>重印收据</source>
        <translation>Reprint a receipt</translation>
    </message>
    <message>
        <source>重开人</source>
        <translation>Reopened by</translation>
    </message>
    <message>
        <source>重开日结需要 --reason 原因</source>
        <translation>Reopening a day needs --reason</translation>
    </message>
    <message>
        <source>重开时间</source>
        <translation>Reopened at</translation>
    </message>
    <message>
        <source>重开记录</source>
        <translation>Reopenings</translation>
    </message>
    <message>
        <source>重新打开日结必须填写原因</source>
        <translation>Give a reason for reopening the day</translation>
    </message>
    <message>
        <source>重新打开日结的原因</source>
        <translation>The reason for reopening the day</translation>
    </message>
    <message>
        <source>重算前有 {n} 处留存数字与账目不符：</source>
        <translation>Before the rebuild, {n} kept figures differed from the charges and receipts:</translation>
    </message>
    <message>
        <source>重算前留存数字与账目一致</source>
        <translation>Before the rebuild, the kept figures agreed with the charges and receipts</translation>
    </message>
    <message>
        <source>重算留存数字</source>
        <translation>Work the kept figures out anew</translation>
    </message>
    <message>
        <source>重置密码需要 --new-password</source>
        <translation>Resetting a password needs --new-password</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>金额“{text}”应为整数分</source>
        <translation>Amount "{text}" should be a whole number of fen</translation>
    </message>
    <message>
        <source>金额必须大于零</source>
        <translation>The amount must be more than zero</translation>
    </message>
    <message>
        <source>金额过大，请核对</source>
        <translation>The amount is too large; please check it</translation>
    </message>
    <message>
        <source>金额（元），如 1234.50</source>
        <translation>an amount in yuan, such as 1234.50</translation>
    </message>
    <message>
        <source>金额：{amount} 元</source>
        <translation>Amount: {amount} yuan</translation>
    </message>
    <message>
        <source>钱箱已打开（{where}），已记入审计日志</source>
        <translation>Cash drawer opened ({where}); recorded in the audit log</translation>
    </message>
    <message>
        <source>钱箱没有打开：{where} 无法连接（{why}）</source>
        <translation>The cash drawer did not open: cannot connect to {where} ({why})</translation>
    </message>
    <message>
        <source>钱箱没有打开：打印队列 {name} 拒绝了任务（lp 退出码 {code}）</source>
        <translation>The cash drawer did not open: print queue {name} refused the job (lp exit code {code})</translation>
    </message>
    <message>
        <source>钱箱的应有现金不够付出 {amount} 元，请核对金额</source>
        <translation>The drawer's expected cash is not enough to pay out {amount} yuan; please check the amount</translation>
    </message>
    <message>
        <source>钱箱的应有现金只有 {held} 元，不够付出 {amount} 元，请核对金额</source>
        <translation>The drawer's expected cash is only {held} yuan, not enough to pay out {amount} yuan; please check the amount</translation>
    </message>
    <message>
        <source>钱箱连接 {spec} 无法识别（可用：network:地址、usb:VID:PID、serial:端口、queue:打印机）</source>
        <translation>Cash drawer connection {spec} is not understood (use network:ADDRESS, usb:VID:PID, serial:PORT or queue:PRINTER)</translation>
    </message>
    <message>
        <source>钱箱连接 {spec} 无法识别：USB 需要 usb:厂商号:产品号（十六进制）</source>
        <translation>Cash drawer connection {spec} is not understood: USB needs usb:VENDOR:PRODUCT (hexadecimal)</translation>
    </message>
    <message>
        <source>银行代扣</source>
        <translation>Bank direct debit</translation>
    </message>
    <message>
        <source>银行代扣（授权、批量文件、回盘）</source>
        <translation>bank direct debit (authorisations, batch files, return files)</translation>
    </message>
    <message>
        <source>银行卡</source>
        <translation>Bank card</translation>
    </message>
    <message>
        <source>银行账号应为 12 到 30 位数字</source>
        <translation>A bank account number has 12 to 30 digits</translation>
    </message>
    <message>
        <source>错误：{text}</source>
        <translation>Error: {text}</translation>
    </message>
    <message>
        <source>锚点第 {number} 条不在账本中：审计链只有 {count} 条（之后的记录被截去）</source>
        <translation>Anchor record {number} is not in the ledger: the audit chain has only {count} records (later records were cut off)</translation>
    </message>
    <message>
        <source>长款</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>长短款</source>
        <translation>Over / short</translation>
    </message>
    <message>
        <source>长短款合计</source>
        <translation>Total over/short</translation>
    </message>
    <message>
        <source>问题清单已写入 {path}，可在 Excel 中对照修改</source>
        <translation>The list of problems was written to {path}; correct the file against it in Excel</translation>
    </message>
    <message>
        <source>问题：</source>
        <translation>Problems:</translation>
    </message>
    <message>
        <source>阶梯上限</source>
        <translation>The tier limit</translation>
    </message>
    <message>
        <source>阶梯上限:单价，如 18:2.90；最后一档不设上限写成 :6.70</source>
        <translation>tier ceiling:unit price, such as 18:2.90; the last tier has no ceiling: :6.70</translation>
    </message>
    <message>
        <source>阶梯上限应从小到大、大于零，只有最后一档可以不设上限（写成 :单价）</source>
        <translation>Tier limits must rise and be above zero; only the last tier may have no limit (write :price)</translation>
    </message>
    <message>
        <source>阶梯价格没有覆盖全部用量（最后一档应不设上限）</source>
        <translation>The tiers do not cover all usage (the last tier must have no limit)</translation>
    </message>
    <message>
        <source>阶梯写成 上限:单价，用逗号分开，最后一档写成 :单价，如 18:2.90, 25:3.85, :6.70</source>
        <translation>Write tiers as limit:price, separated by commas, the last as :price, such as 18:2.90, 25:3.85, :6.70</translation>
    </message>
    <message>
        <source>阶梯单价</source>
        <translation>The tier price</translation>
    </message>
    <message>
        <source>隐藏的列，未读取：{columns}</source>
        <translation>Hidden columns, not read: {columns}</translation>
    </message>
    <message>
        <source>零星采购</source>
        <translation>Petty purchase</translation>
    </message>
    <message>
        <source>零钱补充</source>
        <translation>Paid-in (change)</translation>
    </message>
    <message>
        <source>需要一个值</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <source>需跟进</source>
        <translation>Needs follow-up</translation>
    </message>
    <message>
        <source>需跟进或投诉时请填写跟进人</source>
        <translation>For a follow-up or a complaint enter who follows it up</translation>
    </message>
    <message>
        <source>非现金付款 {non_cash} 元超过应收 {due} 元</source>
        <translation>Non-cash payment ¥{non_cash} is more than the ¥{due} due</translation>
    </message>
    <message>
        <source>面积</source>
        <translation>The area</translation>
    </message>
    <message>
        <source>面积 {area}㎡ 不合理，请核对</source>
        <translation>An area of {area}㎡ is not plausible; check it</translation>
    </message>
    <message>
        <source>面积 × 单价</source>
        <translation>Area × unit price</translation>
    </message>
    <message>
        <source>面额</source>
        <translation>Denomination</translation>
    </message>
    <message>
        <source>面额x张数，以逗号分隔，如 100x12,50x3,0.1x4</source>
        <translation>denomination x count, separated by commas, such as 100x12,50x3,0.1x4</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>项目:月数，如 WYF:6</source>
        <translation>item:months, such as WYF:6</translation>
    </message>
    <message>
        <source>项目[:金额[:说明]]，如 ZXYJ:2000:装修押金</source>
        <translation>item[:amount[:note]], such as ZXYJ:2000:renovation deposit</translation>
    </message>
    <message>
        <source>项目代码为 1 到 16 位大写字母、数字或 _，以字母开头，如 WYF</source>
        <translation>An item code is 1 to 16 capital letters, digits or _, starting with a letter, such as WYF</translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation>The item name</translation>
    </message>
    <message>
        <source>预交月数应在 1 到 120 之间</source>
        <translation>Months paid ahead must be from 1 to 120</translation>
    </message>
    <message>
        <source>预存余额</source>
        <translation>Prepaid balance</translation>
    </message>
    <message>
        <source>预存余额 {amount} 元</source>
        <translation>Prepaid balance {amount} yuan</translation>
    </message>
    <message>
        <source>预存余额不足：余额 {balance} 元，拟抵扣 {used} 元</source>
        <translation>Not enough prepaid balance: ¥{balance} left, ¥{used} to deduct</translation>
    </message>
    <message>
        <source>预存余额为业主预交、尚未抵扣的款项；押金为已收未退的押金（含启用本系统前收取的期初押金）。</source>
        <translation>Prepaid balances are owners' advance payments not yet applied; deposits are those taken and not returned (including opening deposits taken before this system).</translation>
    </message>
    <message>
        <source>预存余额合计</source>
        <translation>Total prepaid balances</translation>
    </message>
    <message>
        <source>预存抵扣</source>
        <translation>Prepaid balance</translation>
    </message>
    <message>
        <source>预存抵扣只能有一笔</source>
        <translation>Only one prepaid deduction is allowed</translation>
    </message>
    <message>
        <source>预存抵扣（不收现金）</source>
        <translation>Paid from prepaid (no cash)</translation>
    </message>
    <message>
        <source>预存款</source>
        <translation>Prepayment</translation>
    </message>
    <message>
        <source>预存流水</source>
        <translation>prepaid movement</translation>
    </message>
    <message>
        <source>预存自动扣费</source>
        <translation>Automatic prepaid deductions</translation>
    </message>
    <message>
        <source>预存金额不正确</source>
        <translation>The prepayment amount is not right</translation>
    </message>
    <message>
        <source>预存（含多付转预存）</source>
        <translation>Prepaid (including overpayments)</translation>
    </message>
    <message>
        <source>预测基准月 {month} 应为已结束的月份（{last} 或更早）</source>
        <translation>The forecast month {month} must be a month already over ({last} or earlier)</translation>
    </message>
    <message>
        <source>领用人</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>（{columns} 列被隐藏了，请取消隐藏）</source>
        <translation> (the columns {columns} are hidden: unhide them)</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>，{at:%m-%d %H:%M} 由 {cashier} 收取（收据 {number}）</source>
        <translation>, taken by {cashier} at {at:%m-%d %H:%M} (receipt {number})</translation>
    </message>
    <message>
        <source>，冲销 {number}</source>
        <translation>, reverses {number}</translation>
    </message>
    <message>
        <source>，授权：{authoriser}</source>
        <translation>, authorised by {authoriser}</translation>
    </message>
    <message>
        <source>，锁定到 {until}（连续输错密码）</source>
        <translation>, locked until {until} (wrong passwords in a row)</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>；钱箱现金 {change} 元</source>
        <translation>; drawer cash {change} yuan</translation>
    </message>
</context>
</TS>