<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_TW">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../counter_app/ui/about.py" line="16" />
        <source>关于</source>
        <translation>關於</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/about.py" line="18" />
        <source>物业收费前台 版本 {v}</source>
        <translation>物業收費前臺 版本 {v}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/about.py" line="26" />
        <source>复制诊断信息</source>
        <translation>複製診斷資訊</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/about.py" line="28" />
        <source>关闭</source>
        <translation>關閉</translation>
    </message>
</context><context>
    <name>AppController</name>
    <message>
        <location filename="../../counter_app/ui/app.py" line="77" />
        <source>正在建立演示数据库（约 600 户、两年历史，仅首次）…</source>
        <translation>正在建立演示資料庫（約 600 戶、兩年曆史，僅首次）…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/app.py" line="85" />
        <source>演示数据库</source>
        <translation>演示資料庫</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/app.py" line="95" />
        <source>数据库</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/app.py" line="168" />
        <source>练习模式</source>
        <translation>練習模式</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/app.py" line="169" />
        <source>练习模式只在单机账本上使用；连接服务器的收费窗口不能练习，以免影响其他窗口。</source>
        <translation>練習模式只在單機賬本上使用；連線伺服器的收費視窗不能練習，以免影響其他視窗。</translation>
    </message>
</context><context>
    <name>ArrearsDialog</name>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="184" />
        <source>欠费清单</source>
        <translation>欠費清單</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="187" />
        <source>全部楼栋</source>
        <translation>全部樓棟</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="190" />
        <source>截至</source>
        <translation>截至</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="190" />
        <source>楼栋</source>
        <translation>樓棟</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="196" />
        <source>全部账龄</source>
        <translation>全部賬齡</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="199" />
        <source>合计不少于（元）</source>
        <translation>合計不少於（元）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="201" />
        <source>项目</source>
        <translation>專案</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="201" />
        <source>账龄</source>
        <translation>賬齡</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="230" />
        <source>欠费明细</source>
        <translation>欠費明細</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="231" />
        <source>汇总</source>
        <translation>彙總</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="234" />
        <source>楼盘图</source>
        <translation>樓盤圖</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="238" />
        <source>全部项目</source>
        <translation>全部專案</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="253" />
        <source>“{t}”不是金额</source>
        <translation>“{t}”不是金額</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="261" />
        <source>显示 {n} 户：</source>
        <translation>顯示 {n} 戶：</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="278" />
        <source>欠费 {n} 户：</source>
        <translation>欠費 {n} 戶：</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="280" />
        <source>（未到期的费用不在其中）</source>
        <translation>（未到期的費用不在其中）</translation>
    </message>
</context><context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../counter_app/ui/audit_viewer.py" line="41" />
        <source>审计日志</source>
        <translation>審計日誌</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/audit_viewer.py" line="46" />
        <source>操作，如 receipt.void</source>
        <translation>操作，如 receipt.void</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/audit_viewer.py" line="48" />
        <source>用户</source>
        <translation>使用者</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/audit_viewer.py" line="50" />
        <source>编号或内容</source>
        <translation>編號或內容</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/audit_viewer.py" line="51" />
        <source>查询</source>
        <translation>查詢</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/audit_viewer.py" line="64" />
        <source>校验审计链</source>
        <translation>校驗審計鏈</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/audit_viewer.py" line="65" />
        <source>导出 CSV</source>
        <translation>匯出 CSV</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/audit_viewer.py" line="66" />
        <source>导出 Excel</source>
        <translation>匯出 Excel</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/audit_viewer.py" line="85" />
        <source>共 {n} 条</source>
        <translation>共 {n} 條</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/audit_viewer.py" line="89" />
        <source>审计链与收据内容完整（{n} 条，链头 {head}）</source>
        <translation>審計鏈與收據內容完整（{n} 條，鏈頭 {head}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/audit_viewer.py" line="90" />
        <source>校验失败：</source>
        <translation>校驗失敗：</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/audit_viewer.py" line="102" />
        <source>导出审计日志</source>
        <translation>匯出審計日誌</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/audit_viewer.py" line="105" />
        <source>已导出：{p}</source>
        <translation>已匯出：{p}</translation>
    </message>
</context><context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../counter_app/ui/workers.py" line="68" />
        <source>取消</source>
        <translation>取消</translation>
    </message>
</context><context>
    <name>BackupSettingsDialog</name>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="207" />
        <source>备份设置</source>
        <translation>備份設定</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="213" />
        <source>选择…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="216" />
        <source>备份位置（可为 U 盘或网络共享）</source>
        <translation>備份位置（可為 U 盤或網路共享）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="219" />
        <source>保留最近几天的每日备份</source>
        <translation>保留最近幾天的每日備份</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="220" />
        <source>保留最近几个月的每月备份</source>
        <translation>保留最近幾個月的每月備份</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="221" />
        <source>每天第一次启动时自动备份；手工备份和恢复前的备份不会被自动删除。</source>
        <translation>每天第一次啟動時自動備份；手工備份和恢復前的備份不會被自動刪除。</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="229" />
        <source>备份位置</source>
        <translation>備份位置</translation>
    </message>
</context><context>
    <name>BillingDialog</name>
    <message>
        <location filename="../../counter_app/ui/admin/billing.py" line="52" />
        <source>计费</source>
        <translation>計費</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/billing.py" line="59" />
        <source>全部楼栋</source>
        <translation>全部樓棟</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/billing.py" line="62" />
        <source>计费月份(&amp;M)</source>
        <translation>計費月份(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/billing.py" line="63" />
        <source>楼栋(&amp;B)</source>
        <translation>樓棟(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/billing.py" line="66" />
        <source>预览 [F5]</source>
        <translation>預覽 [F5]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/billing.py" line="67" />
        <source>生成应收 [Ctrl+Enter]</source>
        <translation>生成應收 [Ctrl+Enter]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/billing.py" line="68" />
        <source>撤销所选计费…</source>
        <translation>撤銷所選計費…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/billing.py" line="84" />
        <source>预览 / 结果</source>
        <translation>預覽 / 結果</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/billing.py" line="84" />
        <source>未计费</source>
        <translation>未計費</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/billing.py" line="90" />
        <source>计费记录</source>
        <translation>計費記錄</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/billing.py" line="101" />
        <source>计费月份应写成 YYYY-MM，如 2026-12</source>
        <translation>計費月份應寫成 YYYY-MM，如 2026-12</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/billing.py" line="119" />
        <source>正在计算 {m} 的应收…</source>
        <translation>正在計算 {m} 的應收…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/billing.py" line="124" />
        <source>{m} 预览：将新增应收 {n} 笔，合计 ¥{t}。尚未生成，确认无误后按“生成应收”。</source>
        <translation>{m} 預覽：將新增應收 {n} 筆，合計 ¥{t}。尚未生成，確認無誤後按“生成應收”。</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/billing.py" line="136" />
        <source>提前计费</source>
        <translation>提前計費</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/billing.py" line="137" />
        <source>{m} 比本月提前 {n} 个月。生成后，这些应收会出现在柜台下一次“缴清全部欠费”里。确定要提前计费吗？</source>
        <translation>{m} 比本月提前 {n} 個月。生成後，這些應收會出現在櫃檯下一次“繳清全部欠費”裡。確定要提前計費嗎？</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/billing.py" line="141" />
        <source>未生成：{m} 需要确认提前计费</source>
        <translation>未生成：{m} 需要確認提前計費</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/billing.py" line="145" />
        <source>正在生成 {m} 的应收…</source>
        <translation>正在生成 {m} 的應收…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/billing.py" line="151" />
        <source>{m} 已生成（计费编号 {id}）：新增应收 {n} 笔，合计 ¥{t}；预存自动扣费 {d} 笔。</source>
        <translation>{m} 已生成（計費編號 {id}）：新增應收 {n} 筆，合計 ¥{t}；預存自動扣費 {d} 筆。</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/billing.py" line="157" />
        <source>已取消：本次计费没有生成任何应收</source>
        <translation>已取消：本次計費沒有生成任何應收</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/billing.py" line="164" />
        <source> 注意：{w}</source>
        <translation> 注意：{w}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/billing.py" line="180" />
        <source>请先在计费记录里选中要撤销的一次计费</source>
        <translation>請先在計費記錄裡選中要撤銷的一次計費</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/billing.py" line="183" />
        <source>撤销计费</source>
        <translation>撤銷計費</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/billing.py" line="184" />
        <source>撤销计费 {id} 的原因（将记入审计记录）：</source>
        <translation>撤銷計費 {id} 的原因（將記入審計記錄）：</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/billing.py" line="193" />
        <source>计费 {id} 已撤销：{n} 笔应收已取消</source>
        <translation>計費 {id} 已撤銷：{n} 筆應收已取消</translation>
    </message>
</context><context>
    <name>BooksDialog</name>
    <message>
        <location filename="../../counter_app/ui/books/dialog.py" line="46" />
        <source>收据本</source>
        <translation>收據本</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/dialog.py" line="68" />
        <source>收据本报表 [F9]</source>
        <translation>收據本報表 [F9]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/dialog.py" line="74" />
        <source>关闭 [Esc]</source>
        <translation>關閉 [Esc]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/dialog.py" line="81" />
        <source>登记收据本</source>
        <translation>登記收據本</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/dialog.py" line="84" />
        <source>字轨，如 A 或 SJ-2026</source>
        <translation>字軌，如 A 或 SJ-2026</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/dialog.py" line="86" />
        <source>如 0000101</source>
        <translation>如 0000101</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/dialog.py" line="88" />
        <source>如 0000150</source>
        <translation>如 0000150</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/dialog.py" line="117" />
        <location filename="../../counter_app/ui/books/dialog.py" line="89" />
        <source>字轨</source>
        <translation>字軌</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/dialog.py" line="90" />
        <source>起号</source>
        <translation>起號</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/dialog.py" line="91" />
        <source>止号</source>
        <translation>止號</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/dialog.py" line="92" />
        <source>登记 [Ctrl+Enter]</source>
        <translation>登記 [Ctrl+Enter]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/dialog.py" line="102" />
        <source>把所选收据本发给 [F6]</source>
        <translation>把所選收據本發給 [F6]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/dialog.py" line="104" />
        <source>领用人</source>
        <translation>領用人</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/dialog.py" line="110" />
        <source>作废表单（卡纸、打错、撕坏）</source>
        <translation>作廢表單（卡紙、打錯、撕壞）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/dialog.py" line="113" />
        <source>下一张表单</source>
        <translation>下一張表單</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/dialog.py" line="118" />
        <source>表单号</source>
        <translation>表單號</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/dialog.py" line="119" />
        <source>作废原因</source>
        <translation>作廢原因</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/dialog.py" line="120" />
        <source>作废表单 [F7]</source>
        <translation>作廢表單 [F7]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/dialog.py" line="135" />
        <source>未发放</source>
        <translation>未發放</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/dialog.py" line="136" />
        <source>已用完</source>
        <translation>已用完</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/dialog.py" line="142" />
        <source>您手中没有可用的收据本</source>
        <translation>您手中沒有可用的收據本</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/dialog.py" line="167" />
        <source>没有完成：</source>
        <translation>沒有完成：</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/dialog.py" line="180" />
        <source>已登记收据本 {result.label}</source>
        <translation>已登記收據本 {result.label}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/dialog.py" line="191" />
        <source>收据本 {result.label} 已发给 {result.holder}</source>
        <translation>收據本 {result.label} 已發給 {result.holder}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/dialog.py" line="199" />
        <source>表单 {result.text} 已作废</source>
        <translation>表單 {result.text} 已作廢</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/dialog.py" line="212" />
        <source>收据本报表</source>
        <translation>收據本報表</translation>
    </message>
</context><context>
    <name>BuildingsDialog</name>
    <message>
        <location filename="../../counter_app/ui/management/lists.py" line="149" />
        <source>楼栋收费情况</source>
        <translation>樓棟收費情況</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/lists.py" line="152" />
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/lists.py" line="165" />
        <source>本日已交 {paying} 户，历史欠费清缴 {cleared} 户</source>
        <translation>本日已交 {paying} 戶，歷史欠費清繳 {cleared} 戶</translation>
    </message>
</context><context>
    <name>CashMoveDialog</name>
    <message>
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="40" />
        <source>现金收支</source>
        <translation>現金收支</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="45" />
        <source>零钱补充</source>
        <translation>零錢補充</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="45" />
        <source>支出</source>
        <translation>支出</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="46" />
        <source>交款入保险柜</source>
        <translation>交款入保險櫃</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="49" />
        <source>类型</source>
        <translation>型別</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="51" />
        <source>元</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="52" />
        <source>金额（元）</source>
        <translation>金額（元）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="54" />
        <source>垫付</source>
        <translation>墊付</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="54" />
        <source>零星采购</source>
        <translation>零星採購</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="55" />
        <source>退押金</source>
        <translation>退押金</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="55" />
        <source>其他</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="57" />
        <source>支出原因</source>
        <translation>支出原因</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="59" />
        <source>垫付、零星采购须填写</source>
        <translation>墊付、零星採購須填寫</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="60" />
        <source>凭证号</source>
        <translation>憑證號</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="62" />
        <source>说明</source>
        <translation>說明</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="66" />
        <source>本班次的现金收支</source>
        <translation>本班次的現金收支</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="71" />
        <source>冲销所选… [F7]</source>
        <translation>沖銷所選… [F7]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="75" />
        <source>关闭 [Esc]</source>
        <translation>關閉 [Esc]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="78" />
        <source>登记 [Ctrl+Enter]</source>
        <translation>登記 [Ctrl+Enter]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="118" />
        <source>{kind} ¥{amount}</source>
        <translation>{kind} ¥{amount}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="127" />
        <source>没有登记：</source>
        <translation>沒有登記：</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="137" />
        <source>已登记 {n}：{kind} ¥{amount}</source>
        <translation>已登記 {n}：{kind} ¥{amount}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="169" />
        <source>请先在列表中选择要冲销的单据</source>
        <translation>請先在列表中選擇要衝銷的單據</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="178" />
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="175" />
        <source>冲销 {n}</source>
        <translation>沖銷 {n}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="177" />
        <source>冲销 {n} 的原因</source>
        <translation>沖銷 {n} 的原因</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="184" />
        <source>没有冲销：</source>
        <translation>沒有沖銷：</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/cashmove/dialog.py" line="197" />
        <source>已取消，没有登记</source>
        <translation>已取消，沒有登記</translation>
    </message>
</context><context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../counter_app/ui/password.py" line="19" />
        <source>修改密码</source>
        <translation>修改密碼</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/password.py" line="25" />
        <source>原密码</source>
        <translation>原密碼</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/password.py" line="26" />
        <source>新密码</source>
        <translation>新密碼</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/password.py" line="27" />
        <source>再次输入新密码</source>
        <translation>再次輸入新密碼</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/password.py" line="39" />
        <source>两次输入的新密码不一致</source>
        <translation>兩次輸入的新密碼不一致</translation>
    </message>
</context><context>
    <name>ChargesModel</name>
    <message>
        <location filename="../../counter_app/ui/unit/models.py" line="72" />
        <source>到期日</source>
        <translation>到期日</translation>
    </message>
</context><context>
    <name>CollectionDialog</name>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="299" />
        <source>月度收费汇总</source>
        <translation>月度收費彙總</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="318" />
        <source>收费率 {rate}，户收费率 {units}，清缴率 {recovery}</source>
        <translation>收費率 {rate}，戶收費率 {units}，清繳率 {recovery}</translation>
    </message>
</context><context>
    <name>CollectionWorkDialog</name>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="38" />
        <source>催缴</source>
        <translation>催繳</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="42" />
        <source>通知单</source>
        <translation>通知單</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="43" />
        <source>今日跟进</source>
        <translation>今日跟進</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="53" />
        <source>催缴通知单（已逾期）</source>
        <translation>催繳通知單（已逾期）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="53" />
        <source>缴费通知单（本期应缴）</source>
        <translation>繳費通知單（本期應繳）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="55" />
        <source>楼栋号，留空为全部</source>
        <translation>樓棟號，留空為全部</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="58" />
        <source>全部楼层</source>
        <translation>全部樓層</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="60" />
        <source>全部账龄</source>
        <translation>全部賬齡</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="63" />
        <source>或指定房号，用逗号分开</source>
        <translation>或指定房號，用逗號分開</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="66" />
        <source>A4，每页一份</source>
        <translation>A4，每頁一份</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="67" />
        <source>A5，每张 A4 两份</source>
        <translation>A5，每張 A4 兩份</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="68" />
        <source>种类</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="68" />
        <source>楼栋</source>
        <translation>樓棟</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="69" />
        <source>楼层</source>
        <translation>樓層</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="69" />
        <source>账龄</source>
        <translation>賬齡</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="137" />
        <location filename="../../counter_app/ui/management/collection_work.py" line="130" />
        <location filename="../../counter_app/ui/management/collection_work.py" line="70" />
        <source>房号</source>
        <translation>房號</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="70" />
        <source>纸张</source>
        <translation>紙張</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="72" />
        <source>生成并打印…</source>
        <translation>生成並列印…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="91" />
        <source>正在生成通知单…</source>
        <translation>正在生成通知單…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="102" />
        <source>{kind} {n} 份，合计 ¥{t}。</source>
        <translation>{kind} {n} 份，合計 ¥{t}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="105" />
        <source>没有要打印的通知单</source>
        <translation>沒有要列印的通知單</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="107" />
        <source>打印通知单</source>
        <translation>列印通知單</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="108" />
        <source>打印到 {p}，并记入催缴记录。现在打印吗？</source>
        <translation>列印到 {p}，並記入催繳記錄。現在列印嗎？</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="109" />
        <source>PDF 文件</source>
        <translation>PDF 檔案</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="110" />
        <source>打印 {n} 份(&amp;P)</source>
        <translation>列印 {n} 份(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="112" />
        <source>未打印，未记入催缴记录</source>
        <translation>未列印，未記入催繳記錄</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="123" />
        <source>已取消，未生成通知单</source>
        <translation>已取消，未生成通知單</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="130" />
        <source>跟进日期</source>
        <translation>跟進日期</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="130" />
        <source>方式</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="130" />
        <source>记录人</source>
        <translation>記錄人</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="131" />
        <source>说明</source>
        <translation>說明</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="141" />
        <source>业主的答复</source>
        <translation>業主的答覆</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="143" />
        <source>记录</source>
        <translation>記錄</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="146" />
        <source>跟进</source>
        <translation>跟進</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="157" />
        <source>今日跟进（{n}）</source>
        <translation>今日跟進（{n}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/collection_work.py" line="166" />
        <source>已记录：{unit} {channel}</source>
        <translation>已記錄：{unit} {channel}</translation>
    </message>
</context><context>
    <name>ConsultationDialog</name>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="36" />
        <source>咨询台</source>
        <translation>諮詢臺</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="41" />
        <source>收费项目</source>
        <translation>收費專案</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="42" />
        <source>试算</source>
        <translation>試算</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="43" />
        <source>对账单</source>
        <translation>對賬單</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="44" />
        <source>咨询登记</source>
        <translation>諮詢登記</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="50" />
        <source>返回收款 [Esc]</source>
        <translation>返回收款 [Esc]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="65" />
        <source>项目名称、拼音首字母（wyf）或代码</source>
        <translation>專案名稱、拼音首字母（wyf）或程式碼</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="76" />
        <source>打印收费公示</source>
        <translation>列印收費公示</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="89" />
        <source>没有找到</source>
        <translation>沒有找到</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="95" />
        <source>计费方式</source>
        <translation>計費方式</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="95" />
        <source>周期</source>
        <translation>週期</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="96" />
        <source>现行标准</source>
        <translation>現行標準</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="96" />
        <source>取整</source>
        <translation>取整</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="97" />
        <source>滞纳金</source>
        <translation>滯納金</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="97" />
        <source>空置优惠</source>
        <translation>空置優惠</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="98" />
        <source>依据</source>
        <translation>依據</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="98" />
        <source>标准沿革：</source>
        <translation>標準沿革：</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="114" />
        <source>房号；留空则按下面的假设</source>
        <translation>房號；留空則按下面的假設</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="116" />
        <source>空置</source>
        <translation>空置</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="124" />
        <source>如 2027-06：缴至该月共需多少</source>
        <translation>如 2027-06：繳至該月共需多少</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="125" />
        <source>项目</source>
        <translation>專案</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="255" />
        <location filename="../../counter_app/ui/consultation/dialog.py" line="175" />
        <location filename="../../counter_app/ui/consultation/dialog.py" line="125" />
        <source>房号</source>
        <translation>房號</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="126" />
        <source>假设面积（㎡）</source>
        <translation>假設面積（㎡）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="127" />
        <source>假设车位数</source>
        <translation>假設車位數</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="127" />
        <source>假设用量</source>
        <translation>假設用量</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="128" />
        <source>起始月</source>
        <translation>起始月</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="128" />
        <source>月数</source>
        <translation>月數</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="129" />
        <source>或：缴至</source>
        <translation>或：繳至</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="134" />
        <source>计算 [Enter]</source>
        <translation>計算 [Enter]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="153" />
        <source>无法计算：</source>
        <translation>無法計算：</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="156" />
        <source>金额</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="169" />
        <source>生成 [Enter]</source>
        <translation>生成 [Enter]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="171" />
        <source>导出 PDF/Excel…</source>
        <translation>匯出 PDF/Excel…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="173" />
        <source>打印</source>
        <translation>列印</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="175" />
        <source>从</source>
        <translation>從</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="175" />
        <source>到</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="207" />
        <source>{u}：{a} 至 {b} 的对账单</source>
        <translation>{u}：{a} 至 {b} 的對賬單</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="232" />
        <source>导出到</source>
        <translation>匯出到</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="244" />
        <source>（其他）</source>
        <translation>（其他）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="248" />
        <source>不涉及收费项目时的主题，如 停车、装修</source>
        <translation>不涉及收費專案時的主題，如 停車、裝修</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="255" />
        <source>来访人</source>
        <translation>來訪人</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="256" />
        <source>主题</source>
        <translation>主題</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="256" />
        <source>问题</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="257" />
        <source>答复</source>
        <translation>答覆</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="257" />
        <source>结果</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="258" />
        <source>跟进人</source>
        <translation>跟進人</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="260" />
        <source>登记 [Ctrl+Enter]</source>
        <translation>登記 [Ctrl+Enter]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="262" />
        <source>导出 Excel…</source>
        <translation>匯出 Excel…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="268" />
        <source>待跟进</source>
        <translation>待跟進</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="285" />
        <source>未登记：</source>
        <translation>未登記：</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="287" />
        <source>已登记咨询</source>
        <translation>已登記諮詢</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/consultation/dialog.py" line="303" />
        <source>导出咨询登记</source>
        <translation>匯出諮詢登記</translation>
    </message>
</context><context>
    <name>CountDialog</name>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="71" />
        <source>交班点钞</source>
        <translation>交班點鈔</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="87" />
        <source>应有现金（备用金 + 现金收入 − 现金退款 + 零钱补充 − 支出 − 交款）</source>
        <translation>應有現金（備用金 + 現金收入 − 現金退款 + 零錢補充 − 支出 − 交款）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="88" />
        <source>实点现金</source>
        <translation>實點現金</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="89" />
        <source>长短款</source>
        <translation>長短款</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="91" />
        <source>有长短款时必须说明</source>
        <translation>有長短款時必須說明</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="92" />
        <source>说明</source>
        <translation>說明</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="168" />
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="98" />
        <source>交班并打印 Z 报表 [Ctrl+Enter]</source>
        <translation>交班並列印 Z 報表 [Ctrl+Enter]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="100" />
        <source>保存点钞 [Ctrl+Enter]</source>
        <translation>儲存點鈔 [Ctrl+Enter]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="104" />
        <source>取消 [Esc]</source>
        <translation>取消 [Esc]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="130" />
        <source>盲点：保存点钞后显示</source>
        <translation>盲點：儲存點鈔後顯示</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="131" />
        <source>保存点钞后显示</source>
        <translation>儲存點鈔後顯示</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="136" />
        <source>长款</source>
        <translation>長款</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="136" />
        <source>短款</source>
        <translation>短款</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="136" />
        <source>相符</source>
        <translation>相符</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="146" />
        <source>保存点钞</source>
        <translation>儲存點鈔</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="146" />
        <source>实点现金 {counted}。
保存后不能再改点钞，随即显示应有现金和长短款。确定保存吗？</source>
        <translation>實點現金 {counted}。
儲存後不能再改點鈔，隨即顯示應有現金和長短款。確定儲存嗎？</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="148" />
        <source>保存点钞(&amp;S)</source>
        <translation>儲存點鈔(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="156" />
        <source>交班</source>
        <translation>交班</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="156" />
        <source>实点现金 {counted}，{difference}。
交班后本班次不能再收款，Z 报表随即打印。确定交班吗？</source>
        <translation>實點現金 {counted}，{difference}。
交班後本班次不能再收款，Z 報表隨即列印。確定交班嗎？</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="159" />
        <source>交班并打印(&amp;Z)</source>
        <translation>交班並列印(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="172" />
        <source>点钞已保存：{difference}。有长短款时请填写说明，再按 Ctrl+Enter 交班</source>
        <translation>點鈔已儲存：{difference}。有長短款時請填寫說明，再按 Ctrl+Enter 交班</translation>
    </message>
</context><context>
    <name>CustomerDisplay</name>
    <message>
        <location filename="../../counter_app/ui/customer_display.py" line="67" />
        <source>欢迎光临</source>
        <translation>歡迎光臨</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/customer_display.py" line="75" />
        <source>房号 {u}</source>
        <translation>房號 {u}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/customer_display.py" line="83" />
        <source>应收 ¥{t}</source>
        <translation>應收 ¥{t}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/customer_display.py" line="88" />
        <source>实收 ¥{p}</source>
        <translation>實收 ¥{p}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/customer_display.py" line="89" />
        <source>找零 ¥{c}</source>
        <translation>找零 ¥{c}</translation>
    </message>
</context><context>
    <name>Dashboard</name>
    <message>
        <location filename="../../counter_app/ui/management/dashboard.py" line="45" />
        <source>元</source>
        <translation>元</translation>
    </message>
</context><context>
    <name>DashboardDialog</name>
    <message>
        <location filename="../../counter_app/ui/management/dashboard.py" line="58" />
        <source>经营看板</source>
        <translation>經營看板</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dashboard.py" line="59" />
        <source>楼栋（楼盘图）</source>
        <translation>樓棟（樓盤圖）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dashboard.py" line="62" />
        <source>楼栋</source>
        <translation>樓棟</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dashboard.py" line="79" />
        <source>收款</source>
        <translation>收款</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dashboard.py" line="83" />
        <source>近 24 个月：应收与至今已收（元）</source>
        <translation>近 24 個月：應收與至今已收（元）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dashboard.py" line="84" />
        <source>应收</source>
        <translation>應收</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dashboard.py" line="85" />
        <source>至今已收</source>
        <translation>至今已收</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dashboard.py" line="86" />
        <source>各月费用至今未收（元）</source>
        <translation>各月費用至今未收（元）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dashboard.py" line="87" />
        <source>未收</source>
        <translation>未收</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dashboard.py" line="88" />
        <source>趋势</source>
        <translation>趨勢</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dashboard.py" line="91" />
        <source>各月明细</source>
        <translation>各月明細</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dashboard.py" line="94" />
        <source>习惯性迟缴户（{n}）</source>
        <translation>習慣性遲繳戶（{n}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dashboard.py" line="97" />
        <source>楼盘图</source>
        <translation>樓盤圖</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dashboard.py" line="108" />
        <source>今日实收 ¥{day}，本月实收 ¥{month}，本月收费率 {rate}（截至 {on}，同月度收费汇总）</source>
        <translation>今日實收 ¥{day}，本月實收 ¥{month}，本月收費率 {rate}（截至 {on}，同月度收費彙總）</translation>
    </message>
</context><context>
    <name>DataKeeping</name>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="31" />
        <source>尚无备份</source>
        <translation>尚無備份</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="36" />
        <source>今天 {t}</source>
        <translation>今天 {t}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="38" />
        <source>昨天 {t}</source>
        <translation>昨天 {t}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="39" />
        <source>{n} 天前</source>
        <translation>{n} 天前</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="68" />
        <source>备份：暂时读不到（数据库连接中断）</source>
        <translation>備份：暫時讀不到（資料庫連線中斷）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="72" />
        <source>备份：{age}</source>
        <translation>備份：{age}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="72" />
        <source>（上次失败）</source>
        <translation>（上次失敗）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="73" />
        <source>最近一次成功备份的时间</source>
        <translation>最近一次成功備份的時間</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="82" />
        <source>正在自动备份…</source>
        <translation>正在自動備份…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="98" />
        <source>已自动备份：{path}</source>
        <translation>已自動備份：{path}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="99" />
        <source>；注意：{why}</source>
        <translation>；注意：{why}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="111" />
        <source>导入资料…</source>
        <translation>匯入資料…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="112" />
        <source>导出资料…</source>
        <translation>匯出資料…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="140" />
        <location filename="../../counter_app/ui/data/keeping.py" line="113" />
        <source>立即备份</source>
        <translation>立即備份</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="114" />
        <source>恢复备份…</source>
        <translation>恢復備份…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="115" />
        <source>备份设置…</source>
        <translation>備份設定…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="154" />
        <location filename="../../counter_app/ui/data/keeping.py" line="148" />
        <location filename="../../counter_app/ui/data/keeping.py" line="116" />
        <source>检查账本</source>
        <translation>檢查賬本</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="135" />
        <source>资料</source>
        <translation>資料</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="139" />
        <source>正在备份并校验…</source>
        <translation>正在備份並校驗…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="140" />
        <source>已备份并校验（{checked}）：
{path}</source>
        <translation>已備份並校驗（{checked}）：
{path}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="144" />
        <source>正在检查账本…</source>
        <translation>正在檢查賬本…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="148" />
        <source>检查通过：数据库文件{integrity}，审计链 {n} 条，账目一致。</source>
        <translation>檢查通過：資料庫檔案{integrity}，審計鏈 {n} 條，賬目一致。</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="152" />
        <source>欠费汇总等留存数字的不符，管理员可用 counter-app rebuild-kept 按应收和收据重算</source>
        <translation>欠費彙總等留存數字的不符，管理員可用 counter-app rebuild-kept 按應收和收據重算</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="154" />
        <source>检查发现问题：
{p}</source>
        <translation>檢查發現問題：
{p}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="188" />
        <location filename="../../counter_app/ui/data/keeping.py" line="184" />
        <location filename="../../counter_app/ui/data/keeping.py" line="178" />
        <source>导出资料</source>
        <translation>匯出資料</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="178" />
        <source>资料类别</source>
        <translation>資料類別</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="184" />
        <source>这份表含完整的电话和证件号码，导出会记入个人信息查看记录。用途：</source>
        <translation>這份表含完整的電話和證件號碼，匯出會記入個人資訊檢視記錄。用途：</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="189" />
        <source>Excel 工作簿 (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="191" />
        <source>正在导出…</source>
        <translation>正在匯出…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/keeping.py" line="193" />
        <source>已导出 {n} 行到 {path}</source>
        <translation>已匯出 {n} 行到 {path}</translation>
    </message>
</context><context>
    <name>DataQualityDialog</name>
    <message>
        <location filename="../../counter_app/ui/management/lists.py" line="127" />
        <source>资料核查</source>
        <translation>資料核查</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/lists.py" line="130" />
        <source>截至</source>
        <translation>截至</translation>
    </message>
</context><context>
    <name>DayCloseDialog</name>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="224" />
        <source>日结</source>
        <translation>日結</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="230" />
        <source>营业日</source>
        <translation>營業日</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="247" />
        <source>日结并锁定该日… [Ctrl+L]</source>
        <translation>日結並鎖定該日… [Ctrl+L]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="249" />
        <source>重开该日…</source>
        <translation>重開該日…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="251" />
        <source>导出 PDF/Excel/CSV…</source>
        <translation>匯出 PDF/Excel/CSV…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="252" />
        <source>导入对账单核对…</source>
        <translation>匯入對賬單核對…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="253" />
        <source>关闭 [Esc]</source>
        <translation>關閉 [Esc]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="282" />
        <source>日结报表</source>
        <translation>日結報表</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="283" />
        <source>未交班：</source>
        <translation>未交班：</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="298" />
        <source>日结 {d}</source>
        <translation>日結 {d}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="299" />
        <source>日结并锁定 {d}：收据 {n} 张（作废 {v} 张），实收 ¥{r}，应存银行现金 ¥{c}。
锁定后这一天不能再开班、收款或作废；发现错漏时只有管理员能写明原因重开。</source>
        <translation>日結並鎖定 {d}：收據 {n} 張（作廢 {v} 張），實收 ¥{r}，應存銀行現金 ¥{c}。
鎖定後這一天不能再開班、收款或作廢；發現錯漏時只有管理員能寫明原因重開。</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="303" />
        <source>日结并锁定(&amp;L)</source>
        <translation>日結並鎖定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="304" />
        <source>未日结</source>
        <translation>未日結</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="314" />
        <source>{d} 已日结，应存银行现金 ¥{c}</source>
        <translation>{d} 已日結，應存銀行現金 ¥{c}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="323" />
        <source>重开 {d} 的日结：这一天可以再开班、收款；再日结时报表会列出这次重开。请写明原因（记入审计记录）：</source>
        <translation>重開 {d} 的日結：這一天可以再開班、收款；再日結時報表會列出這次重開。請寫明原因（記入審計記錄）：</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="325" />
        <source>重开日结 {d}</source>
        <translation>重開日結 {d}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="341" />
        <source>{d} 的日结已重开（原因：{r}），可以再开班、收款</source>
        <translation>{d} 的日結已重開（原因：{r}），可以再開班、收款</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="351" />
        <source>对账单不能读取：</source>
        <translation>對賬單不能讀取：</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="355" />
        <source>对账单核对</source>
        <translation>對賬單核對</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="360" />
        <source>导出到</source>
        <translation>匯出到</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="365" />
        <source>对账单</source>
        <translation>對賬單</translation>
    </message>
</context><context>
    <name>DebitDialog</name>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="53" />
        <source>银行代扣</source>
        <translation>銀行代扣</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="57" />
        <source>代扣授权</source>
        <translation>代扣授權</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="58" />
        <source>批量文件与回盘</source>
        <translation>批次檔案與回盤</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="68" />
        <source>编号</source>
        <translation>編號</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="156" />
        <location filename="../../counter_app/ui/debit/dialog.py" line="80" />
        <location filename="../../counter_app/ui/debit/dialog.py" line="68" />
        <source>房号</source>
        <translation>房號</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="80" />
        <location filename="../../counter_app/ui/debit/dialog.py" line="68" />
        <source>开户行</source>
        <translation>開戶行</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="156" />
        <location filename="../../counter_app/ui/debit/dialog.py" line="80" />
        <location filename="../../counter_app/ui/debit/dialog.py" line="68" />
        <source>账号</source>
        <translation>賬號</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="156" />
        <location filename="../../counter_app/ui/debit/dialog.py" line="81" />
        <location filename="../../counter_app/ui/debit/dialog.py" line="69" />
        <source>户名</source>
        <translation>戶名</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="69" />
        <source>起始</source>
        <translation>起始</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="152" />
        <location filename="../../counter_app/ui/debit/dialog.py" line="69" />
        <source>截止</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="69" />
        <source>项目</source>
        <translation>專案</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="70" />
        <source>状态</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="78" />
        <source>YYYY-MM-DD，可空</source>
        <translation>YYYY-MM-DD，可空</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="79" />
        <source>项目代码，逗号分隔；空为全部</source>
        <translation>專案程式碼，逗號分隔；空為全部</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="81" />
        <source>起始日期</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="82" />
        <source>截止日期</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="82" />
        <source>收费项目</source>
        <translation>收費專案</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="86" />
        <source>终止原因</source>
        <translation>終止原因</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="87" />
        <source>登记授权 [Ctrl+Enter]</source>
        <translation>登記授權 [Ctrl+Enter]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="89" />
        <source>终止所选 [F7]</source>
        <translation>終止所選 [F7]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="110" />
        <source>已登记代扣授权：{unit} {account}</source>
        <translation>已登記代扣授權：{unit} {account}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="120" />
        <source>请先在表中选择一条授权</source>
        <translation>請先在表中選擇一條授權</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="127" />
        <source>已终止代扣授权：{unit}</source>
        <translation>已終止代扣授權：{unit}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="144" />
        <source>生成批量文件… [F8]</source>
        <translation>生成批次檔案… [F8]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="146" />
        <source>读回盘文件… [F9]</source>
        <translation>讀回盤檔案… [F9]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="152" />
        <source>批次</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="152" />
        <source>格式</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="152" />
        <source>户数</source>
        <translation>戶數</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="157" />
        <location filename="../../counter_app/ui/debit/dialog.py" line="153" />
        <source>金额</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="153" />
        <source>成功</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="153" />
        <source>失败</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="156" />
        <source>参考号</source>
        <translation>參考號</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="157" />
        <source>结果</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="157" />
        <source>收据号/原因</source>
        <translation>收據號/原因</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="165" />
        <source>保存批量文件</source>
        <translation>儲存批次檔案</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="168" />
        <source>选择回盘文件</source>
        <translation>選擇回盤檔案</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="192" />
        <location filename="../../counter_app/ui/debit/dialog.py" line="178" />
        <source>文件读写失败：{why}</source>
        <translation>檔案讀寫失敗：{why}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="180" />
        <source>代扣批次 {number}：{n} 户 {amount} 元，已写入 {path}</source>
        <translation>代扣批次 {number}：{n} 戶 {amount} 元，已寫入 {path}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="195" />
        <source>批次 {batch}：入账 {n} 笔 {amount} 元，失败 {failed} 笔，拒收 {refused} 笔</source>
        <translation>批次 {batch}：入賬 {n} 筆 {amount} 元，失敗 {failed} 筆，拒收 {refused} 筆</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="199" />
        <source>；本次没有新的入账</source>
        <translation>；本次沒有新的入賬</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="218" />
        <source>全部</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="218" />
        <source>已终止 {on}</source>
        <translation>已終止 {on}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/debit/dialog.py" line="219" />
        <source>生效</source>
        <translation>生效</translation>
    </message>
</context><context>
    <name>Dialogs</name>
    <message>
        <location filename="../../counter_app/ui/dialog_parts.py" line="15" />
        <source>关闭 [Esc]</source>
        <translation>關閉 [Esc]</translation>
    </message>
</context><context>
    <name>DiscountDialog</name>
    <message>
        <location filename="../../counter_app/ui/payment/discount.py" line="19" />
        <source>折扣/减免</source>
        <translation>折扣/減免</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/discount.py" line="23" />
        <source>不用优惠</source>
        <translation>不用優惠</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/discount.py" line="34" />
        <source>原因（必填），如 低保户、空置申请已批</source>
        <translation>原因（必填），如 低保戶、空置申請已批</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/discount.py" line="35" />
        <source>优惠政策</source>
        <translation>優惠政策</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/discount.py" line="36" />
        <source>原因</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/discount.py" line="39" />
        <source>取消 [Esc]</source>
        <translation>取消 [Esc]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/discount.py" line="40" />
        <source>下一步：主管授权 [Enter]</source>
        <translation>下一步：主管授權 [Enter]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/discount.py" line="59" />
        <source>请填写折扣/减免的原因</source>
        <translation>請填寫折扣/減免的原因</translation>
    </message>
</context><context>
    <name>DiscountPoliciesDialog</name>
    <message>
        <location filename="../../counter_app/ui/admin/discounts.py" line="31" />
        <source>折扣/减免政策</source>
        <translation>折扣/減免政策</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/discounts.py" line="33" />
        <source>如 空置房减免、困难户八折</source>
        <translation>如 空置房減免、困難戶八折</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/discounts.py" line="37" />
        <source>打折：8折 或 20%；减免：每月元数</source>
        <translation>打折：8折 或 20%；減免：每月元數</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/discounts.py" line="38" />
        <source>收费项目代码，逗号分开，如 WYF,LJF</source>
        <translation>收費專案程式碼，逗號分開，如 WYF,LJF</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/discounts.py" line="40" />
        <source>留空为长期</source>
        <translation>留空為長期</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/discounts.py" line="47" />
        <source>名称</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/discounts.py" line="47" />
        <source>优惠</source>
        <translation>優惠</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/discounts.py" line="48" />
        <source>收费项目</source>
        <translation>收費專案</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/discounts.py" line="48" />
        <source>有效期</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/discounts.py" line="50" />
        <source>所选政策的最后一天</source>
        <translation>所選政策的最後一天</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/discounts.py" line="51" />
        <source>新增政策 [Ctrl+S]</source>
        <translation>新增政策 [Ctrl+S]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/discounts.py" line="52" />
        <source>结束所选 [Ctrl+E]</source>
        <translation>結束所選 [Ctrl+E]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/discounts.py" line="76" />
        <source>已新增：{name}（{rule}）</source>
        <translation>已新增：{name}（{rule}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/discounts.py" line="89" />
        <source>{name} 到 {day} 结束</source>
        <translation>{name} 到 {day} 結束</translation>
    </message>
</context><context>
    <name>EstateBrowserDialog</name>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="64" />
        <source>房产资料</source>
        <translation>房產資料</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="69" />
        <source>房号，Enter 找到</source>
        <translation>房號，Enter 找到</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="99" />
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="73" />
        <source>房屋</source>
        <translation>房屋</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="73" />
        <source>业主</source>
        <translation>業主</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="257" />
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="73" />
        <source>状态</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="77" />
        <source>{b} 栋</source>
        <translation>{b} 棟</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="94" />
        <source>完整电话… [F6]</source>
        <translation>完整電話… [F6]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="103" />
        <source>楼盘图</source>
        <translation>樓盤圖</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="107" />
        <source>新增房屋…</source>
        <translation>新增房屋…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="108" />
        <source>修改房屋…</source>
        <translation>修改房屋…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="109" />
        <source>业主过户…</source>
        <translation>業主過戶…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="110" />
        <source>迁入…</source>
        <translation>遷入…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="111" />
        <source>迁出…</source>
        <translation>遷出…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="112" />
        <source>车位…</source>
        <translation>車位…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="113" />
        <source>退车位…</source>
        <translation>退車位…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="114" />
        <source>改资料…</source>
        <translation>改資料…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="115" />
        <source>停用房屋…</source>
        <translation>停用房屋…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="165" />
        <source>完整电话</source>
        <translation>完整電話</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="165" />
        <source>查看 {code} 的完整电话会记入个人信息查看记录。用途：</source>
        <translation>檢視 {code} 的完整電話會記入個人資訊檢視記錄。用途：</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="176" />
        <source>{code}：建筑面积 {area} ㎡，{type}，{state}{handover}</source>
        <translation>{code}：建築面積 {area} ㎡，{type}，{state}{handover}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="178" />
        <source>，{d} 交房</source>
        <translation>，{d} 交房</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="180" />
        <source>车位：{p}</source>
        <translation>車位：{p}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="181" />
        <source>无</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="223" />
        <source>新增房屋</source>
        <translation>新增房屋</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="223" />
        <source>楼栋</source>
        <translation>樓棟</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="223" />
        <source>单元</source>
        <translation>單元</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="224" />
        <source>房号</source>
        <translation>房號</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="256" />
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="224" />
        <source>建筑面积</source>
        <translation>建築面積</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="257" />
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="225" />
        <source>房屋类型</source>
        <translation>房屋型別</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="233" />
        <source>已新增房屋 {c}</source>
        <translation>已新增房屋 {c}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="298" />
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="269" />
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="248" />
        <source>请先在左边选中一户</source>
        <translation>請先在左邊選中一戶</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="256" />
        <source>修改房屋 {c}</source>
        <translation>修改房屋 {c}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="261" />
        <source>已修改 {c}（从下次计费起按新资料计费）</source>
        <translation>已修改 {c}（從下次計費起按新資料計費）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="273" />
        <source>业主过户 {c}</source>
        <translation>業主過戶 {c}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="273" />
        <source>新业主姓名</source>
        <translation>新業主姓名</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="274" />
        <source>新业主电话</source>
        <translation>新業主電話</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="275" />
        <source>过户日期</source>
        <translation>過戶日期</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="286" />
        <source>{c} 已过户给 {new}（{on} 起）。{on} 以前的欠费 ¥{before} 由原业主 {old} 结清；以后的 ¥{after} 由新业主缴纳。</source>
        <translation>{c} 已過戶給 {new}（{on} 起）。{on} 以前的欠費 ¥{before} 由原業主 {old} 結清；以後的 ¥{after} 由新業主繳納。</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="320" />
        <source>迁入 {c}</source>
        <translation>遷入 {c}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="371" />
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="334" />
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="320" />
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="320" />
        <source>电话</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="321" />
        <source>身份</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="321" />
        <source>迁入日期</source>
        <translation>遷入日期</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="326" />
        <source>{n} 已迁入 {c}</source>
        <translation>{n} 已遷入 {c}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="334" />
        <source>迁出 {c}</source>
        <translation>遷出 {c}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="334" />
        <source>迁出日期</source>
        <translation>遷出日期</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="339" />
        <source>{n} 已迁出 {c}，记录保留</source>
        <translation>{n} 已遷出 {c}，記錄保留</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="346" />
        <source>车位 {c}</source>
        <translation>車位 {c}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="359" />
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="346" />
        <source>车位号</source>
        <translation>車位號</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="346" />
        <source>车牌</source>
        <translation>車牌</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="350" />
        <source>车位 {s} 已登记给 {c}，从下次计费起收车位费</source>
        <translation>車位 {s} 已登記給 {c}，從下次計費起收車位費</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="359" />
        <source>退车位 {c}</source>
        <translation>退車位 {c}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="363" />
        <source>车位 {s} 已退，从下次计费起不再收车位费</source>
        <translation>車位 {s} 已退，從下次計費起不再收車位費</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="371" />
        <source>改资料 {c}</source>
        <translation>改資料 {c}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="371" />
        <source>新姓名</source>
        <translation>新姓名</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="372" />
        <source>新电话</source>
        <translation>新電話</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="373" />
        <source>新邮箱</source>
        <translation>新郵箱</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="380" />
        <source>已改 {n} 的资料</source>
        <translation>已改 {n} 的資料</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="387" />
        <source>停用房屋 {c}</source>
        <translation>停用房屋 {c}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="387" />
        <source>停用原因</source>
        <translation>停用原因</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_browser.py" line="391" />
        <source>{c} 已停用：不再计费，记录和欠费都保留</source>
        <translation>{c} 已停用：不再計費，記錄和欠費都保留</translation>
    </message>
</context><context>
    <name>EstateSettingsDialog</name>
    <message>
        <location filename="../../counter_app/ui/admin/estate_settings.py" line="43" />
        <source>小区与收据设置</source>
        <translation>小區與收據設定</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_settings.py" line="60" />
        <source>收费员减免限额（元）</source>
        <translation>收費員減免限額（元）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_settings.py" line="64" />
        <source>现金抹零</source>
        <translation>現金抹零</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_settings.py" line="65" />
        <source>盲点：收费员交班点钞时看不到应有现金，保存点钞后才显示长短款</source>
        <translation>盲點：收費員交班點鈔時看不到應有現金，儲存點鈔後才顯示長短款</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_settings.py" line="67" />
        <source>交班点钞</source>
        <translation>交班點鈔</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_settings.py" line="69" />
        <source>时区</source>
        <translation>時區</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_settings.py" line="70" />
        <source>数据库</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_settings.py" line="72" />
        <source>保存 [Ctrl+S]</source>
        <translation>儲存 [Ctrl+S]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_settings.py" line="104" />
        <source>下一张：{n}</source>
        <translation>下一張：{n}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_settings.py" line="118" />
        <source>没有改动</source>
        <translation>沒有改動</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/estate_settings.py" line="125" />
        <source>已保存 {n} 项设置，并记入审计记录</source>
        <translation>已儲存 {n} 項設定，並記入審計記錄</translation>
    </message>
</context><context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../counter_app/ui/first_run.py" line="58" />
        <source>从 Excel 导入本小区的房屋、业主和欠费（登录后打开导入窗口）</source>
        <translation>從 Excel 匯入本小區的房屋、業主和欠費（登入後開啟匯入視窗）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/first_run.py" line="59" />
        <source>手工录入（登录后打开收费项目与标准）</source>
        <translation>手工錄入（登入後開啟收費專案與標準）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/first_run.py" line="60" />
        <source>先用演示数据试一试（不建立本小区的账本）</source>
        <translation>先用演示資料試一試（不建立本小區的賬本）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/first_run.py" line="69" />
        <source>首次使用：设置向导</source>
        <translation>首次使用：設定嚮導</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/first_run.py" line="75" />
        <source>数据库将建立在：
{p}</source>
        <translation>資料庫將建立在：
{p}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/first_run.py" line="78" />
        <source>默认：小区名称 + 收款收据</source>
        <translation>預設：小區名稱 + 收款收據</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/first_run.py" line="89" />
        <source>物业公司</source>
        <translation>物業公司</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/first_run.py" line="89" />
        <source>小区名称</source>
        <translation>小區名稱</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/first_run.py" line="90" />
        <source>收据标题</source>
        <translation>收據標題</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/first_run.py" line="90" />
        <source>收据编号格式</source>
        <translation>收據編號格式</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/first_run.py" line="91" />
        <source>时区</source>
        <translation>時區</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/first_run.py" line="92" />
        <source>管理员（admin）密码</source>
        <translation>管理員（admin）密碼</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/first_run.py" line="92" />
        <source>再次输入密码</source>
        <translation>再次輸入密碼</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/first_run.py" line="97" />
        <source>然后：</source>
        <translation>然後：</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/first_run.py" line="121" />
        <source>第一张收据的编号：{n}</source>
        <translation>第一張收據的編號：{n}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/first_run.py" line="129" />
        <source>两次输入的密码不一致</source>
        <translation>兩次輸入的密碼不一致</translation>
    </message>
</context><context>
    <name>FloorGrid</name>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="160" />
        <source>{n} 层</source>
        <translation>{n} 層</translation>
    </message>
</context><context>
    <name>ForecastDialog</name>
    <message>
        <location filename="../../counter_app/ui/management/lists.py" line="173" />
        <source>收费预测</source>
        <translation>收費預測</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/lists.py" line="180" />
        <source>基准月（已结束）</source>
        <translation>基準月（已結束）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/lists.py" line="193" />
        <source>预计：</source>
        <translation>預計：</translation>
    </message>
</context><context>
    <name>FormStrip</name>
    <message>
        <location filename="../../counter_app/ui/books/strip.py" line="27" />
        <source>套打表单</source>
        <translation>套打表單</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/strip.py" line="31" />
        <source>记入此表单 [F6]</source>
        <translation>記入此表單 [F6]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/strip.py" line="32" />
        <source>此表单作废… [F7]</source>
        <translation>此表單作廢… [F7]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/strip.py" line="46" />
        <source>收据本已用完，请找主管领用新的收据本</source>
        <translation>收據本已用完，請找主管領用新的收據本</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/strip.py" line="65" />
        <source>已记入表单 {form}</source>
        <translation>已記入表單 {form}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/strip.py" line="73" />
        <source>表单 {form} 作废的原因（卡纸、打错…）</source>
        <translation>表單 {form} 作廢的原因（卡紙、打錯…）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/strip.py" line="74" />
        <source>作废表单</source>
        <translation>作廢表單</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/strip.py" line="81" />
        <source>已取消，表单没有作废</source>
        <translation>已取消，表單沒有作廢</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/books/strip.py" line="88" />
        <source>表单 {form} 已作废；请把收据重印在下一张表单上（F4）</source>
        <translation>表單 {form} 已作廢；請把收據重印在下一張表單上（F4）</translation>
    </message>
</context><context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../counter_app/ui/help.py" line="55" />
        <source>说明</source>
        <translation>說明</translation>
    </message>
</context><context>
    <name>HitsModel</name>
    <message>
        <location filename="../../counter_app/ui/search/panel.py" line="33" />
        <source>已缴清</source>
        <translation>已繳清</translation>
    </message>
</context><context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../counter_app/ui/data/import_dialog.py" line="212" />
        <location filename="../../counter_app/ui/data/import_dialog.py" line="72" />
        <source>导入资料</source>
        <translation>匯入資料</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/import_dialog.py" line="79" />
        <source>资料类别</source>
        <translation>資料類別</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/import_dialog.py" line="85" />
        <source>下载模板…</source>
        <translation>下載模板…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/import_dialog.py" line="91" />
        <source>文件</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/import_dialog.py" line="93" />
        <source>Excel 工作簿（.xlsx）或 CSV 文件</source>
        <translation>Excel 工作簿（.xlsx）或 CSV 檔案</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/import_dialog.py" line="98" />
        <source>选择…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/import_dialog.py" line="117" />
        <source>选择类别和文件后按“预览”：先看每一行将如何处理，确认后再导入。</source>
        <translation>選擇類別和檔案後按“預覽”：先看每一行將如何處理，確認後再匯入。</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/import_dialog.py" line="122" />
        <source>预览 [F5]</source>
        <translation>預覽 [F5]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/import_dialog.py" line="125" />
        <source>导入 [Ctrl+Enter]</source>
        <translation>匯入 [Ctrl+Enter]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/import_dialog.py" line="130" />
        <source>关闭 [Esc]</source>
        <translation>關閉 [Esc]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/import_dialog.py" line="152" />
        <source>选择要导入的文件</source>
        <translation>選擇要匯入的檔案</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/import_dialog.py" line="153" />
        <source>表格文件 (*.xlsx *.xls *.csv);;所有文件 (*)</source>
        <translation>表格檔案 (*.xlsx *.xls *.csv);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/import_dialog.py" line="160" />
        <source>保存模板</source>
        <translation>儲存模板</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/import_dialog.py" line="161" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/import_dialog.py" line="165" />
        <source>模板已保存：{path}（在“数据”工作表填写）</source>
        <translation>模板已儲存：{path}（在“資料”工作表填寫）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/import_dialog.py" line="181" />
        <source>正在检查…</source>
        <translation>正在檢查…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/import_dialog.py" line="184" />
        <source>正在检查文件…</source>
        <translation>正在檢查檔案…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/import_dialog.py" line="194" />
        <source>有被拒绝的行，整份文件都不会导入；请改好后重新预览。</source>
        <translation>有被拒絕的行，整份檔案都不會匯入；請改好後重新預覽。</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/import_dialog.py" line="196" />
        <source>问题清单已写入 {path}</source>
        <translation>問題清單已寫入 {path}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/import_dialog.py" line="198" />
        <source>数据库中已是文件中的内容，没有需要导入的。</source>
        <translation>資料庫中已是檔案中的內容，沒有需要匯入的。</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/import_dialog.py" line="200" />
        <source>确认无误后按“导入”：全部行一次写入，记入审计日志。</source>
        <translation>確認無誤後按“匯入”：全部行一次寫入，記入審計日誌。</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/import_dialog.py" line="212" />
        <source>将把 {file} 导入为{title}：新增 {add} 行，修改 {change} 行。
全部行一次写入，并记入审计日志。继续吗？</source>
        <translation>將把 {file} 匯入為{title}：新增 {add} 行，修改 {change} 行。
全部行一次寫入，並記入審計日誌。繼續嗎？</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/import_dialog.py" line="215" />
        <source>导入(&amp;I)</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/import_dialog.py" line="223" />
        <location filename="../../counter_app/ui/data/import_dialog.py" line="220" />
        <source>正在导入…</source>
        <translation>正在匯入…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/import_dialog.py" line="232" />
        <source>已导入。{summary}</source>
        <translation>已匯入。{summary}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/import_dialog.py" line="234" />
        <source>没有写入任何数据。</source>
        <translation>沒有寫入任何資料。</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/import_dialog.py" line="242" />
        <source>已取消，没有写入任何数据。</source>
        <translation>已取消，沒有寫入任何資料。</translation>
    </message>
</context><context>
    <name>InvoiceRequestDialog</name>
    <message>
        <location filename="../../counter_app/ui/invoicing/request_dialog.py" line="25" />
        <source>开发票 — 收据 {n}</source>
        <translation>開發票 — 收據 {n}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/invoicing/request_dialog.py" line="31" />
        <source>18 位统一社会信用代码；个人留空</source>
        <translation>18 位統一社會信用程式碼；個人留空</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/invoicing/request_dialog.py" line="33" />
        <source>接收电子发票的邮箱或手机号</source>
        <translation>接收電子發票的郵箱或手機號</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/invoicing/request_dialog.py" line="34" />
        <source>抬头（购买方名称）</source>
        <translation>抬頭（購買方名稱）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/invoicing/request_dialog.py" line="35" />
        <source>纳税人识别号</source>
        <translation>納稅人識別號</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/invoicing/request_dialog.py" line="36" />
        <source>邮箱或手机</source>
        <translation>郵箱或手機</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/invoicing/request_dialog.py" line="43" />
        <source>开票的费用（空格键勾选）</source>
        <translation>開票的費用（空格鍵勾選）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/invoicing/request_dialog.py" line="62" />
        <source>登记开票申请 [Enter]</source>
        <translation>登記開票申請 [Enter]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/invoicing/request_dialog.py" line="65" />
        <source>取消 [Esc]</source>
        <translation>取消 [Esc]</translation>
    </message>
</context><context>
    <name>JournalDialog</name>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="43" />
        <source>收据查询</source>
        <translation>收據查詢</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="48" />
        <source>输入或扫描收据号，Enter 查询</source>
        <translation>輸入或掃描收據號，Enter 查詢</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="57" />
        <source>全部方式</source>
        <translation>全部方式</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="61" />
        <source>全部状态</source>
        <translation>全部狀態</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="61" />
        <source>有效</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="184" />
        <location filename="../../counter_app/ui/journal/dialog.py" line="61" />
        <source>作废</source>
        <translation>作廢</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="62" />
        <source>已退款</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="65" />
        <source>柜台收据和自动扣费</source>
        <translation>櫃檯收據和自動扣費</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="65" />
        <source>柜台收据</source>
        <translation>櫃檯收據</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="66" />
        <source>预存自动扣费</source>
        <translation>預存自動扣費</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="69" />
        <source>收据号</source>
        <translation>收據號</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="69" />
        <source>从</source>
        <translation>從</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="70" />
        <source>到</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="70" />
        <source>房号</source>
        <translation>房號</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="71" />
        <source>类别</source>
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="74" />
        <source>交款人</source>
        <translation>交款人</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="74" />
        <source>收款员账号</source>
        <translation>收款員賬號</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="75" />
        <source>方式</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="75" />
        <source>状态</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="78" />
        <source>查询 [Enter]</source>
        <translation>查詢 [Enter]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="108" />
        <source>重印 [F4]</source>
        <translation>重印 [F4]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="109" />
        <source>作废… [F6]</source>
        <translation>作廢… [F6]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="110" />
        <source>退款… [F7]</source>
        <translation>退款… [F7]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="111" />
        <source>开发票 [F8]</source>
        <translation>開發票 [F8]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="112" />
        <source>关闭 [Esc]</source>
        <translation>關閉 [Esc]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="163" />
        <source>共 {n} 张</source>
        <translation>共 {n} 張</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="169" />
        <source>没有符合条件的收据</source>
        <translation>沒有符合條件的收據</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="182" />
        <source>发票</source>
        <translation>發票</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="182" />
        <source>未申请</source>
        <translation>未申請</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="185" />
        <source>退款</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="186" />
        <source>重印</source>
        <translation>重印</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="187" />
        <source>审计记录：</source>
        <translation>審計記錄：</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="207" />
        <source>已取消，没有改动</source>
        <translation>已取消，沒有改動</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="218" />
        <source>未重印</source>
        <translation>未重印</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="223" />
        <source>重印第 {n} 次，</source>
        <translation>重印第 {n} 次，</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="234" />
        <source>开票申请 {id} 已登记</source>
        <translation>開票申請 {id} 已登記</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="245" />
        <source>此收据的发票已开具（{i}）。作废或退款后须在电子税务局开具红字发票，请填写说明：</source>
        <translation>此收據的發票已開具（{i}）。作廢或退款後須在電子稅務局開具紅字發票，請填寫說明：</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="246" />
        <source>红字发票</source>
        <translation>紅字發票</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="247" />
        <source>需开红字发票</source>
        <translation>需開紅字發票</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="261" />
        <source>作废收据 {n}（¥{t}）</source>
        <translation>作廢收據 {n}（¥{t}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="264" />
        <source>作废收据 {n} 的原因</source>
        <translation>作廢收據 {n} 的原因</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="265" />
        <source>作废收据 {n}</source>
        <translation>作廢收據 {n}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="273" />
        <source>不能作废：</source>
        <translation>不能作廢：</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="275" />
        <source>收据 {n} 已作废，</source>
        <translation>收據 {n} 已作廢，</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="294" />
        <source>退款 {n}：¥{t}</source>
        <translation>退款 {n}：¥{t}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="308" />
        <source>不能退款：</source>
        <translation>不能退款：</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="310" />
        <source>退款 {n} 已办理，</source>
        <translation>退款 {n} 已辦理，</translation>
    </message>
</context><context>
    <name>Keys</name>
    <message>
        <location filename="../../counter_app/ui/keys.py" line="229" />
        <source>放弃已输入的内容？</source>
        <translation>放棄已輸入的內容？</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/keys.py" line="230" />
        <source>这个窗口里输入的内容还没有保存，关闭后会丢失。</source>
        <translation>這個窗口裡輸入的內容還沒有儲存，關閉後會丟失。</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/keys.py" line="231" />
        <source>放弃并关闭(&amp;D)</source>
        <translation>放棄並關閉(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/keys.py" line="232" />
        <source>继续填写(&amp;C)</source>
        <translation>繼續填寫(&amp;C)</translation>
    </message>
</context><context>
    <name>Labels</name>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="11" />
        <source>逾期</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="11" />
        <source>未缴</source>
        <translation>未繳</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="11" />
        <source>部分已缴</source>
        <translation>部分已繳</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="13" />
        <source>现金</source>
        <translation>現金</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="13" />
        <source>银行卡</source>
        <translation>銀行卡</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="13" />
        <source>微信支付</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="14" />
        <source>支付宝</source>
        <translation>支付寶</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="14" />
        <source>转账</source>
        <translation>轉賬</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="14" />
        <source>预存抵扣</source>
        <translation>預存抵扣</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="15" />
        <source>银行代扣</source>
        <translation>銀行代扣</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="16" />
        <source>折扣/减免（不收款）</source>
        <translation>折扣/減免（不收款）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="16" />
        <source>赠送</source>
        <translation>贈送</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="18" />
        <source>预存扣款</source>
        <translation>預存扣款</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="18" />
        <source>有效</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="18" />
        <source>作废</source>
        <translation>作廢</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="19" />
        <source>已退款</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="19" />
        <source>房号</source>
        <translation>房號</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="19" />
        <source>交款人</source>
        <translation>交款人</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="20" />
        <source>已解答</source>
        <translation>已解答</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="20" />
        <source>需跟进</source>
        <translation>需跟進</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="20" />
        <source>投诉</source>
        <translation>投訴</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="22" />
        <source>选择</source>
        <translation>選擇</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="22" />
        <source>项目</source>
        <translation>專案</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="22" />
        <source>起止日期</source>
        <translation>起止日期</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="23" />
        <source>计费依据</source>
        <translation>計費依據</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="23" />
        <source>应收</source>
        <translation>應收</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="23" />
        <source>已收</source>
        <translation>已收</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="24" />
        <source>欠费</source>
        <translation>欠費</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="24" />
        <source>滞纳金</source>
        <translation>滯納金</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="24" />
        <source>状态</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="26" />
        <source>收据号</source>
        <translation>收據號</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="26" />
        <source>时间</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="26" />
        <source>金额</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="27" />
        <source>付款方式</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="27" />
        <source>收款人</source>
        <translation>收款人</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="29" />
        <source>住户</source>
        <translation>住戶</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="29" />
        <source>面积/类型</source>
        <translation>面積/型別</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="29" />
        <source>车位/车牌</source>
        <translation>車位/車牌</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="30" />
        <source>预存余额</source>
        <translation>預存餘額</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="50" />
        <location filename="../../counter_app/ui/labels.py" line="30" />
        <source>押金</source>
        <translation>押金</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="30" />
        <source>备注</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="31" />
        <source>最近催缴</source>
        <translation>最近催繳</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="33" />
        <source>通知单</source>
        <translation>通知單</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="33" />
        <source>电话</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="33" />
        <source>上门</source>
        <translation>上門</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="34" />
        <source>短信/微信</source>
        <translation>簡訊/微信</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="36" />
        <source>缴费通知单</source>
        <translation>繳費通知單</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="36" />
        <source>催缴通知单</source>
        <translation>催繳通知單</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="38" />
        <source>应缴合计</source>
        <translation>應繳合計</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="38" />
        <source>到期应缴</source>
        <translation>到期應繳</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="38" />
        <source>逾期合计</source>
        <translation>逾期合計</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="39" />
        <source>逾期本金</source>
        <translation>逾期本金</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="39" />
        <source>今日到期</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="40" />
        <source>未缴本金</source>
        <translation>未繳本金</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="40" />
        <source>逾期天数</source>
        <translation>逾期天數</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="40" />
        <source>滞纳天数</source>
        <translation>滯納天數</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="42" />
        <source>已缴清</source>
        <translation>已繳清</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="42" />
        <source>未到期</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="42" />
        <source>长期欠费</source>
        <translation>長期欠費</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="43" />
        <source>空置</source>
        <translation>空置</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="45" />
        <source>收选中</source>
        <translation>收選中</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="45" />
        <source>全部缴清</source>
        <translation>全部繳清</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="45" />
        <source>按金额收</source>
        <translation>按金額收</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="46" />
        <source>预交</source>
        <translation>預交</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="46" />
        <source>押金/临时收费</source>
        <translation>押金/臨時收費</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="46" />
        <source>咨询</source>
        <translation>諮詢</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="48" />
        <source>楼栋与房屋</source>
        <translation>樓棟與房屋</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="48" />
        <source>业主与住户</source>
        <translation>業主與住戶</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="49" />
        <source>车位与车牌</source>
        <translation>車位與車牌</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="49" />
        <source>抄表读数</source>
        <translation>抄表讀數</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="49" />
        <source>期初欠费</source>
        <translation>期初欠費</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="50" />
        <source>新增</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="50" />
        <source>修改</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="51" />
        <source>不变</source>
        <translation>不變</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="51" />
        <source>拒绝</source>
        <translation>拒絕</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/labels.py" line="51" />
        <source>跳过</source>
        <translation>跳過</translation>
    </message>
</context><context>
    <name>ListWindow</name>
    <message>
        <location filename="../../counter_app/ui/management/lists.py" line="52" />
        <source>汇总</source>
        <translation>彙總</translation>
    </message>
</context><context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../counter_app/ui/login.py" line="24" />
        <source>屏幕已锁定</source>
        <translation>螢幕已鎖定</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/login.py" line="54" />
        <location filename="../../counter_app/ui/login.py" line="24" />
        <source>登录</source>
        <translation>登入</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/login.py" line="26" />
        <source>物业收费前台</source>
        <translation>物業收費前臺</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/login.py" line="30" />
        <source>练习模式 / TRAINING：不影响正式账目</source>
        <translation>練習模式 / TRAINING：不影響正式賬目</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/login.py" line="34" />
        <source>演示数据库：用户 cashier / manager / admin，密码同用户名</source>
        <translation>演示資料庫：使用者 cashier / manager / admin，密碼同用戶名</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/login.py" line="43" />
        <source>小区</source>
        <translation>小區</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/login.py" line="47" />
        <source>用户名</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/login.py" line="48" />
        <source>密码</source>
        <translation>密碼</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/login.py" line="54" />
        <source>解锁</source>
        <translation>解鎖</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/login.py" line="74" />
        <source>锁屏只能由原用户解锁</source>
        <translation>鎖屏只能由原使用者解鎖</translation>
    </message>
</context><context>
    <name>MailSendDialog</name>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="118" />
        <source>发送电子账单</source>
        <translation>傳送電子賬單</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="125" />
        <source>楼栋号，留空为全部</source>
        <translation>樓棟號，留空為全部</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="128" />
        <source>账单</source>
        <translation>賬單</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="129" />
        <source>楼栋</source>
        <translation>樓棟</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="131" />
        <source>排队并发送 [Ctrl+Enter]</source>
        <translation>排隊併發送 [Ctrl+Enter]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="132" />
        <source>失败的重发</source>
        <translation>失敗的重發</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="154" />
        <source>；{n} 户没有业主邮箱：{units}</source>
        <translation>；{n} 戶沒有業主郵箱：{units}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="157" />
        <source>；{n} 户没有欠费</source>
        <translation>；{n} 戶沒有欠費</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="163" />
        <source>将发送 {n} 封</source>
        <translation>將傳送 {n} 封</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="176" />
        <source>已排队 {n} 封</source>
        <translation>已排隊 {n} 封</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="176" />
        <source>。已发送 {s}，待重试 {r}，失败 {f}</source>
        <translation>。已傳送 {s}，待重試 {r}，失敗 {f}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="187" />
        <source>重新排队 {n} 封。已发送 {s}，待重试 {r}，失败 {f}</source>
        <translation>重新排隊 {n} 封。已傳送 {s}，待重試 {r}，失敗 {f}</translation>
    </message>
</context><context>
    <name>MailSettingsDialog</name>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="45" />
        <source>电子账单设置</source>
        <translation>電子賬單設定</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="54" />
        <source>留空为小区名称</source>
        <translation>留空為小區名稱</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="55" />
        <source>留空为不登录</source>
        <translation>留空為不登入</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="57" />
        <source>留空为不改（存在本机密钥库）</source>
        <translation>留空為不改（存在本機金鑰庫）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="58" />
        <source>留空发给发信邮箱自己</source>
        <translation>留空發給發信郵箱自己</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="59" />
        <source>发信服务器</source>
        <translation>發信伺服器</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="59" />
        <source>端口</source>
        <translation>埠</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="60" />
        <source>加密</source>
        <translation>加密</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="60" />
        <source>发信邮箱</source>
        <translation>發信郵箱</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="61" />
        <source>发信人名称</source>
        <translation>發信人名稱</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="61" />
        <source>登录用户名</source>
        <translation>登入使用者名稱</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="62" />
        <source>密码</source>
        <translation>密碼</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="62" />
        <source>测试收件人</source>
        <translation>測試收件人</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="65" />
        <source>保存设置 [Ctrl+S]</source>
        <translation>儲存設定 [Ctrl+S]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="66" />
        <source>发送测试邮件 [Ctrl+T]</source>
        <translation>傳送測試郵件 [Ctrl+T]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="100" />
        <source>发信设置已保存</source>
        <translation>發信設定已儲存</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="109" />
        <source>测试邮件已发出，请到收件箱查看</source>
        <translation>測試郵件已發出，請到收件箱檢視</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/mail/dialogs.py" line="110" />
        <source>测试邮件没有发出：{why}</source>
        <translation>測試郵件沒有發出：{why}</translation>
    </message>
</context><context>
    <name>MainWindow</name>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="67" />
        <source>说明</source>
        <translation>說明</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="67" />
        <source>查找</source>
        <translation>查詢</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="68" />
        <source>重印上一张</source>
        <translation>重印上一張</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="68" />
        <source>收选中</source>
        <translation>收選中</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="69" />
        <source>全部缴清</source>
        <translation>全部繳清</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="69" />
        <source>按金额收</source>
        <translation>按金額收</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="70" />
        <source>预交</source>
        <translation>預交</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="70" />
        <source>押金/临时</source>
        <translation>押金/臨時</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="71" />
        <source>收据查询</source>
        <translation>收據查詢</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="71" />
        <source>咨询</source>
        <translation>諮詢</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="72" />
        <source>锁屏</source>
        <translation>鎖屏</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="72" />
        <source>打印未打印的收据</source>
        <translation>列印未列印的收據</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="73" />
        <source>回到查找</source>
        <translation>回到查詢</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="73" />
        <source>打开菜单</source>
        <translation>開啟選單</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="82" />
        <source>输入房号、姓名、电话尾号或车牌查找房屋，按 Enter 打开。</source>
        <translation>輸入房號、姓名、電話尾號或車牌查詢房屋，按 Enter 開啟。</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="133" />
        <source>物业收费前台 {v} — {estate}</source>
        <translation>物業收費前臺 {v} — {estate}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="134" />
        <source> [练习模式]</source>
        <translation> [練習模式]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="140" />
        <source>练习模式 / TRAINING — 此处的收款不进入正式账目，收据印有“练习”字样</source>
        <translation>練習模式 / TRAINING — 此處的收款不進入正式賬目，收據印有“練習”字樣</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="161" />
        <source>就绪</source>
        <translation>就緒</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="193" />
        <source>收费员</source>
        <translation>收費員</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="193" />
        <source>主管</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="193" />
        <source>管理员</source>
        <translation>管理員</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="607" />
        <location filename="../../counter_app/ui/main_window.py" line="194" />
        <source>班次 #{id}</source>
        <translation>班次 #{id}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="607" />
        <location filename="../../counter_app/ui/main_window.py" line="194" />
        <source>未开班</source>
        <translation>未開班</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="197" />
        <source>营业日 {d}</source>
        <translation>營業日 {d}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="203" />
        <source>锁屏 [F12]</source>
        <translation>鎖屏 [F12]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="211" />
        <source>收据(&amp;R)</source>
        <translation>收據(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="212" />
        <source>收据查询… [F10]</source>
        <translation>收據查詢… [F10]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="215" />
        <source>审计日志…</source>
        <translation>審計日誌…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="216" />
        <source>班次(&amp;S)</source>
        <translation>班次(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="218" />
        <source>开班(&amp;O)…</source>
        <translation>開班(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="219" />
        <source>X 报表（中间）(&amp;X)</source>
        <translation>X 報表（中間）(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="220" />
        <source>现金收支：零钱补充、支出、交款(&amp;M)… [Ctrl+M]</source>
        <translation>現金收支：零錢補充、支出、交款(&amp;M)… [Ctrl+M]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="222" />
        <source>收据本：下一张表单、作废表单(&amp;B)… [Ctrl+B]</source>
        <translation>收據本：下一張表單、作廢表單(&amp;B)… [Ctrl+B]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="223" />
        <source>交班(&amp;C)…</source>
        <translation>交班(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="230" />
        <source>日结(&amp;D)…</source>
        <translation>日結(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="232" />
        <source>报表(&amp;B)</source>
        <translation>報表(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="233" />
        <source>欠费清单…</source>
        <translation>欠費清單…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="234" />
        <source>月度收费汇总…</source>
        <translation>月度收費彙總…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="235" />
        <source>催缴：通知单与跟进…</source>
        <translation>催繳：通知單與跟進…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="236" />
        <source>经营看板…</source>
        <translation>經營看板…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="237" />
        <source>收据本报表…</source>
        <translation>收據本報表…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="240" />
        <source>续费提醒…</source>
        <translation>續費提醒…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="241" />
        <source>资料核查…</source>
        <translation>資料核查…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="242" />
        <source>楼栋收费情况…</source>
        <translation>樓棟收費情況…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="243" />
        <source>收费预测…</source>
        <translation>收費預測…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="247" />
        <source>管理(&amp;M)</source>
        <translation>管理(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="249" />
        <source>计费：预览、生成与撤销…</source>
        <translation>計費：預覽、生成與撤銷…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="250" />
        <source>房产资料…</source>
        <translation>房產資料…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="251" />
        <source>抄表录入…</source>
        <translation>抄表錄入…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="252" />
        <source>收费项目与标准…</source>
        <translation>收費專案與標準…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="253" />
        <source>用户与权限…</source>
        <translation>使用者與許可權…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="254" />
        <source>银行代扣：授权、批量与回盘…</source>
        <translation>銀行代扣：授權、批次與回盤…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="255" />
        <source>小区与收据设置…</source>
        <translation>小區與收據設定…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="256" />
        <source>记账凭证…</source>
        <translation>記賬憑證…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="257" />
        <source>发送电子账单…</source>
        <translation>傳送電子賬單…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="258" />
        <source>电子账单设置…</source>
        <translation>電子賬單設定…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="261" />
        <source>咨询台… [F11]</source>
        <translation>諮詢臺… [F11]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="265" />
        <source>资料(&amp;D)</source>
        <translation>資料(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="266" />
        <source>系统(&amp;Y)</source>
        <translation>系統(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="267" />
        <source>打印设置…</source>
        <translation>列印設定…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="268" />
        <source>退出练习模式</source>
        <translation>退出練習模式</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="268" />
        <source>进入练习模式</source>
        <translation>進入練習模式</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="270" />
        <source>修改密码…</source>
        <translation>修改密碼…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="271" />
        <source>关于…</source>
        <translation>關於…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="273" />
        <source>注销 / 切换用户(&amp;L)</source>
        <translation>登出 / 切換使用者(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="274" />
        <source>退出(&amp;Q)</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="282" />
        <source>无法打开</source>
        <translation>無法開啟</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="289" />
        <source>已打开 {code}</source>
        <translation>已開啟 {code}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="297" />
        <source>请先开班（清点并输入备用金）再收款</source>
        <translation>請先開班（清點並輸入備用金）再收款</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="304" />
        <source>请先用空格键勾选要收的费用</source>
        <translation>請先用空格鍵勾選要收的費用</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="324" />
        <source>此户刚在其他收费窗口有收退款，已刷新，请核对后再收</source>
        <translation>此戶剛在其他收費視窗有收退款，已重新整理，請核對後再收</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="348" />
        <source>已收款，收据 {n}</source>
        <translation>已收款，收據 {n}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="350" />
        <source>已收款，收据 {n}（本机没有收据签名密钥，二维码未签名；请管理员导入密钥）</source>
        <translation>已收款，收據 {n}（本機沒有收據簽名金鑰，二維碼未簽名；請管理員匯入金鑰）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="363" />
        <source>未收款</source>
        <translation>未收款</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="380" />
        <source>上一张收据 {n}（{u}，¥{t}，{at}）未打印</source>
        <translation>上一張收據 {n}（{u}，¥{t}，{at}）未列印</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="383" />
        <source>打印 [Ctrl+P]</source>
        <translation>列印 [Ctrl+P]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="398" />
        <source>上一张收据已经打印；要重印按 F4</source>
        <translation>上一張收據已經列印；要重印按 F4</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="407" />
        <source>收款已记录（收据 {n}）</source>
        <translation>收款已記錄（收據 {n}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="427" />
        <source>{e}。{recorded}，请用钥匙开钱箱或由主管按 Ctrl+Shift+D 开钱箱。</source>
        <translation>{e}。{recorded}，請用鑰匙開錢箱或由主管按 Ctrl+Shift+D 開錢箱。</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="443" />
        <source>请先开班</source>
        <translation>請先開班</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="461" />
        <source>现金收支已记录（{n}）</source>
        <translation>現金收支已記錄（{n}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="470" />
        <source>没有设置钱箱（打印设置 → 钱箱连接）</source>
        <translation>沒有設定錢箱（列印設定 → 錢箱連線）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="481" />
        <source>已取消，钱箱没有打开</source>
        <translation>已取消，錢箱沒有開啟</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="487" />
        <source>开钱箱（{r}）</source>
        <translation>開錢箱（{r}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="489" />
        <source>不收款开钱箱的原因</source>
        <translation>不收款開錢箱的原因</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="489" />
        <source>开钱箱</source>
        <translation>開錢箱</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="497" />
        <source>钱箱已打开（{m} 授权：{r}），已记入审计记录</source>
        <translation>錢箱已開啟（{m} 授權：{r}），已記入審計記錄</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="532" />
        <source>还没有收据可重印</source>
        <translation>還沒有收據可重印</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="540" />
        <source>未重印</source>
        <translation>未重印</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="549" />
        <source>收据 {n} 重印第 {k} 次：</source>
        <translation>收據 {n} 重印第 {k} 次：</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="621" />
        <source>已开班（班次 #{id}）</source>
        <translation>已開班（班次 #{id}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="635" />
        <source>X 报表</source>
        <translation>X 報表</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="652" />
        <source>已交班：{z}</source>
        <translation>已交班：{z}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="673" />
        <source>班次未交班</source>
        <translation>班次未交班</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="674" />
        <source>班次 #{id} 还没有交班。退出后现金仍记在此班次，下次登录可继续或交班。
确定退出吗？</source>
        <translation>班次 #{id} 還沒有交班。退出後現金仍記在此班次，下次登入可繼續或交班。
確定退出嗎？</translation>
    </message>
</context><context>
    <name>ManagerOverrideDialog</name>
    <message>
        <location filename="../../counter_app/ui/manager_override.py" line="20" />
        <source>主管授权</source>
        <translation>主管授權</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/manager_override.py" line="22" />
        <source>需要主管授权：{what}</source>
        <translation>需要主管授權：{what}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/manager_override.py" line="26" />
        <source>主管用户名</source>
        <translation>主管使用者名稱</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/manager_override.py" line="27" />
        <source>主管密码</source>
        <translation>主管密碼</translation>
    </message>
</context><context>
    <name>MeterEntryDialog</name>
    <message>
        <location filename="../../counter_app/ui/admin/meter_entry.py" line="45" />
        <source>抄表录入</source>
        <translation>抄表錄入</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/meter_entry.py" line="59" />
        <source>打开 [F5]</source>
        <translation>開啟 [F5]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/meter_entry.py" line="62" />
        <source>项目</source>
        <translation>專案</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/meter_entry.py" line="62" />
        <source>楼栋</source>
        <translation>樓棟</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/meter_entry.py" line="63" />
        <source>月份</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/meter_entry.py" line="63" />
        <source>抄表日期</source>
        <translation>抄表日期</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/meter_entry.py" line="72" />
        <source>本次读数，Enter 保存</source>
        <translation>本次讀數，Enter 儲存</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/meter_entry.py" line="75" />
        <source>旧表止码</source>
        <translation>舊錶止碼</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/meter_entry.py" line="77" />
        <source>新表起始读数</source>
        <translation>新表起始讀數</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/meter_entry.py" line="92" />
        <source>没有抄表计量的收费项目或楼栋</source>
        <translation>沒有抄表計量的收費專案或樓棟</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/meter_entry.py" line="103" />
        <source>{n} 块表，已抄 {d} 块</source>
        <translation>{n} 塊表，已抄 {d} 塊</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/meter_entry.py" line="119" />
        <source>本楼已全部抄完</source>
        <translation>本樓已全部抄完</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/meter_entry.py" line="123" />
        <source>{unit} 表 {meter}，上次 {last}</source>
        <translation>{unit} 表 {meter}，上次 {last}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/meter_entry.py" line="133" />
        <source>换表：依次填写旧表止码（旧表拆下时的读数）、新表起始读数，本次读数为新表读数</source>
        <translation>換表：依次填寫舊錶止碼（舊錶拆下時的讀數）、新表起始讀數，本次讀數為新表讀數</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/meter_entry.py" line="155" />
        <source>抄表日期应写成 YYYY-MM-DD</source>
        <translation>抄表日期應寫成 YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/meter_entry.py" line="163" />
        <source>。确认无误再按 Enter 保存，或改正读数</source>
        <translation>。確認無誤再按 Enter 儲存，或改正讀數</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/meter_entry.py" line="170" />
        <source>已保存 {unit}：读数 {v}，用量 {u}</source>
        <translation>已儲存 {unit}：讀數 {v}，用量 {u}</translation>
    </message>
</context><context>
    <name>MonthReportWindow</name>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="291" />
        <source>月份</source>
        <translation>月份</translation>
    </message>
</context><context>
    <name>OffersDialog</name>
    <message>
        <location filename="../../counter_app/ui/admin/offers.py" line="38" />
        <source>预交优惠</source>
        <translation>預交優惠</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/offers.py" line="39" />
        <source>如 交一年送一月（印在收据的赠送行）</source>
        <translation>如 交一年送一月（印在收據的贈送行）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/offers.py" line="40" />
        <source>按月收取的收费项目代码，如 WYF</source>
        <translation>按月收取的收費專案程式碼，如 WYF</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/offers.py" line="42" />
        <source>交 </source>
        <translation>交 </translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/offers.py" line="45" />
        <location filename="../../counter_app/ui/admin/offers.py" line="43" />
        <source> 个月</source>
        <translation> 個月</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/offers.py" line="44" />
        <source>送 </source>
        <translation>送 </translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/offers.py" line="50" />
        <source>留空为长期</source>
        <translation>留空為長期</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/offers.py" line="54" />
        <source>名称</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/offers.py" line="54" />
        <source>收费项目</source>
        <translation>收費專案</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/offers.py" line="55" />
        <source>优惠</source>
        <translation>優惠</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/offers.py" line="55" />
        <source>交费日期</source>
        <translation>交費日期</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/offers.py" line="57" />
        <source>最后一天，空为今天</source>
        <translation>最後一天，空為今天</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/offers.py" line="58" />
        <source>新增优惠 [Ctrl+S]</source>
        <translation>新增優惠 [Ctrl+S]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/offers.py" line="59" />
        <source>结束所选 [Ctrl+E]</source>
        <translation>結束所選 [Ctrl+E]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/offers.py" line="77" />
        <source>已新增：{name}（{terms}）</source>
        <translation>已新增：{name}（{terms}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/offers.py" line="91" />
        <source>{name} 到 {day} 结束</source>
        <translation>{name} 到 {day} 結束</translation>
    </message>
</context><context>
    <name>OpenShiftDialog</name>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="34" />
        <source>开班</source>
        <translation>開班</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="36" />
        <source>清点钱箱，输入备用金（找零用的现金）</source>
        <translation>清點錢箱，輸入備用金（找零用的現金）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="38" />
        <source>备用金（元）</source>
        <translation>備用金（元）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="42" />
        <source>开班 [Enter]</source>
        <translation>開班 [Enter]</translation>
    </message>
</context><context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="69" />
        <source>收款 — {unit}</source>
        <translation>收款 — {unit}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="74" />
        <source>收多少元，Enter 到现金</source>
        <translation>收多少元，Enter 到現金</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="82" />
        <source>留空按标准金额</source>
        <translation>留空按標準金額</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="85" />
        <source>收款金额（元）</source>
        <translation>收款金額（元）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="87" />
        <source>预交项目</source>
        <translation>預交專案</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="88" />
        <source>预交月数</source>
        <translation>預交月數</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="90" />
        <source>收费项目</source>
        <translation>收費專案</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="91" />
        <source>金额（元）</source>
        <translation>金額（元）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="92" />
        <source>说明</source>
        <translation>說明</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="94" />
        <source>默认为业主</source>
        <translation>預設為業主</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="104" />
        <source>项目</source>
        <translation>專案</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="104" />
        <source>期间</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="104" />
        <source>金额</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="126" />
        <source>应收合计</source>
        <translation>應收合計</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="154" />
        <source>减免滞纳金(&amp;J)</source>
        <translation>減免滯納金(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="157" />
        <source>减免原因（必填）</source>
        <translation>減免原因（必填）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="164" />
        <source>付款方式（可组合）</source>
        <translation>付款方式（可組合）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="169" />
        <source>（实收）</source>
        <translation>（實收）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="171" />
        <source>余额</source>
        <translation>餘額</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="180" />
        <source>交易参考号</source>
        <translation>交易參考號</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="187" />
        <source>正好 [F5]</source>
        <translation>正好 [F5]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="187" />
        <source>凑整 50 [F6]</source>
        <translation>湊整 50 [F6]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="188" />
        <source>凑整 100 [F7]</source>
        <translation>湊整 100 [F7]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="203" />
        <source>多付部分转入预存</source>
        <translation>多付部分轉入預存</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="207" />
        <source>交款人</source>
        <translation>交款人</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="212" />
        <source>找零</source>
        <translation>找零</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="222" />
        <source>确认收款 [Enter]</source>
        <translation>確認收款 [Enter]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="226" />
        <source>取消 [Esc]</source>
        <translation>取消 [Esc]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="339" />
        <source>输入要收的金额（元），从最早的欠费收起；Enter 到现金</source>
        <translation>輸入要收的金額（元），從最早的欠費收起；Enter 到現金</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="364" />
        <source>{n} 项，本金 ¥{p}，滞纳金 ¥{l}，减免 ¥{w}</source>
        <translation>{n} 項，本金 ¥{p}，滯納金 ¥{l}，減免 ¥{w}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="370" />
        <source>{name} -{d}（{policy}，原因：{reason}，授权：{who}）</source>
        <translation>{name} -{d}（{policy}，原因：{reason}，授權：{who}）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="374" />
        <source>{name} -{d}：{terms}</source>
        <translation>{name} -{d}：{terms}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="384" />
        <source>注意：此户还有 {n} 笔欠费共 ¥{a} 未缴。预交只收以后的月份，不会先缴这些欠费；要先缴欠费请按 Esc 后用 F6 或 F5。</source>
        <translation>注意：此戶還有 {n} 筆欠費共 ¥{a} 未繳。預交只收以後的月份，不會先繳這些欠費；要先繳欠費請按 Esc 後用 F6 或 F5。</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="396" />
        <source>注意：输入的 ¥{t} 多于此户所欠 ¥{d}；减免滞纳金 ¥{w} 后只收 ¥{c}；要预交以后的月份请按 Esc 后用 F8。</source>
        <translation>注意：輸入的 ¥{t} 多於此戶所欠 ¥{d}；減免滯納金 ¥{w} 後只收 ¥{c}；要預交以後的月份請按 Esc 後用 F8。</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="399" />
        <source>注意：输入的 ¥{t} 多于此户所欠 ¥{d}，只收所欠 ¥{d}；要预交以后的月份请按 Esc 后用 F8。</source>
        <translation>注意：輸入的 ¥{t} 多於此戶所欠 ¥{d}，只收所欠 ¥{d}；要預交以後的月份請按 Esc 後用 F8。</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="448" />
        <source>转入预存 ¥{t}</source>
        <translation>轉入預存 ¥{t}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="456" />
        <source>抹零 {r}　现金应收 ¥{c}</source>
        <translation>抹零 {r}　現金應收 ¥{c}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="479" />
        <source>折扣/减免：{p}</source>
        <translation>折扣/減免：{p}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="525" />
        <source>（第 {n} 次重试中，按 Esc 放弃）</source>
        <translation>（第 {n} 次重試中，按 Esc 放棄）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="529" />
        <source>已记账（收据 {n}），连接中断，正在读取收据</source>
        <translation>已記賬（收據 {n}），連線中斷，正在讀取收據</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="534" />
        <source>正在确认这笔收款是否已记账：与数据库服务器的连接中断了（请求编号 {id}）。请不要另行收款；连接恢复后会自动确认</source>
        <translation>正在確認這筆收款是否已記賬：與資料庫伺服器的連線中斷了（請求編號 {id}）。請不要另行收款；連線恢復後會自動確認</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="548" />
        <location filename="../../counter_app/ui/payment/dialog.py" line="545" />
        <location filename="../../counter_app/ui/payment/dialog.py" line="542" />
        <location filename="../../counter_app/ui/payment/dialog.py" line="537" />
        <source>未收款：</source>
        <translation>未收款：</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="545" />
        <source>（按 Enter 重试）</source>
        <translation>（按 Enter 重試）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/dialog.py" line="550" />
        <source>（第 {n} 次查询中；按 Esc 可先离开，程序会继续查询）</source>
        <translation>（第 {n} 次查詢中；按 Esc 可先離開，程式會繼續查詢）</translation>
    </message>
</context><context>
    <name>PrintResult</name>
    <message>
        <location filename="../../counter_app/ui/printing/printer.py" line="29" />
        <source>未打印，已保存为 PDF 文件：{w}</source>
        <translation>未列印，已儲存為 PDF 檔案：{w}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/printer.py" line="31" />
        <source>已打印：{w}</source>
        <translation>已列印：{w}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/printer.py" line="32" />
        <source>打印失败：{e}</source>
        <translation>列印失敗：{e}</translation>
    </message>
</context><context>
    <name>PrinterSettingsDialog</name>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="28" />
        <source>打印设置</source>
        <translation>列印設定</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="35" />
        <source>80mm 热敏卷纸</source>
        <translation>80mm 熱敏捲紙</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="35" />
        <source>58mm 热敏卷纸</source>
        <translation>58mm 熱敏捲紙</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="36" />
        <source>A5 / 半张A4</source>
        <translation>A5 / 半張A4</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="36" />
        <source>241mm 三联连续纸（针式）</source>
        <translation>241mm 三聯連續紙（針式）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="40" />
        <source>收款后直接打印（不弹出打印对话框）</source>
        <translation>收款後直接列印（不彈出列印對話方塊）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="44" />
        <source> 分钟（0 = 不锁屏）</source>
        <translation> 分鐘（0 = 不鎖屏）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="50" />
        <source>收据打印机</source>
        <translation>收據印表機</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="51" />
        <source>收据版式</source>
        <translation>收據版式</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="52" />
        <source>报表打印机</source>
        <translation>報表印表機</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="54" />
        <source>空闲自动锁屏</source>
        <translation>空閒自動鎖屏</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="55" />
        <source>界面语言（重启后生效）</source>
        <translation>介面語言（重啟後生效）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="57" />
        <source>标准</source>
        <translation>標準</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="57" />
        <source>大字（125%）</source>
        <translation>大字（125%）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="57" />
        <source>特大字（150%）</source>
        <translation>特大字（150%）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="60" />
        <source>字号</source>
        <translation>字號</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="62" />
        <source>留空：使用本机数据文件夹中的数据库</source>
        <translation>留空：使用本機資料資料夾中的資料庫</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="63" />
        <source>数据库文件（可为共享路径，重启后生效）</source>
        <translation>資料庫檔案（可為共享路徑，重啟後生效）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="66" />
        <source>留空：无钱箱；如 network:192.168.1.50、usb:04b8:0202、serial:COM1、queue:打印机名</source>
        <translation>留空：無錢箱；如 network:192.168.1.50、usb:04b8:0202、serial:COM1、queue:印表機名</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="67" />
        <source>试开钱箱</source>
        <translation>試開錢箱</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="73" />
        <source>钱箱连接</source>
        <translation>錢箱連線</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="77" />
        <source>留空：无客显；串口[:波特率]，如 COM3:9600</source>
        <translation>留空：無客顯；序列埠[:波特率]，如 COM3:9600</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="78" />
        <source>客显（串口）</source>
        <translation>客顯（序列埠）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="80" />
        <source>不显示</source>
        <translation>不顯示</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="82" />
        <source>第 {n} 块屏幕</source>
        <translation>第 {n} 塊螢幕</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="84" />
        <source>顾客显示屏（重启后生效）</source>
        <translation>顧客顯示屏（重啟後生效）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="93" />
        <source>（无打印机：保存为 PDF）</source>
        <translation>（無印表機：儲存為 PDF）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/settings_dialog.py" line="122" />
        <source>已向钱箱发送开箱信号（{where}）；钱箱没有弹开请检查钱箱线是否插在打印机的钱箱口</source>
        <translation>已向錢箱傳送開箱訊號（{where}）；錢箱沒有彈開請檢查錢箱線是否插在印表機的錢箱口</translation>
    </message>
</context><context>
    <name>Questions</name>
    <message>
        <location filename="../../counter_app/ui/questions.py" line="17" />
        <source>取消(&amp;C)</source>
        <translation>取消(&amp;C)</translation>
    </message>
</context><context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="322" />
        <source>原因</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="334" />
        <source>取消 [Esc]</source>
        <translation>取消 [Esc]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="335" />
        <source>确定 [Enter]</source>
        <translation>確定 [Enter]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="351" />
        <source>请填写原因</source>
        <translation>請填寫原因</translation>
    </message>
</context><context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../counter_app/ui/printing/receipt_dialog.py" line="36" />
        <source>收据 {n}</source>
        <translation>收據 {n}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/receipt_dialog.py" line="38" />
        <source>已收款 ¥{t}，收据 {n}</source>
        <translation>已收款 ¥{t}，收據 {n}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/receipt_dialog.py" line="42" />
        <source>找零 ¥{c}</source>
        <translation>找零 ¥{c}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/receipt_dialog.py" line="57" />
        <source>打印 [F4]</source>
        <translation>列印 [F4]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/receipt_dialog.py" line="58" />
        <source>完成 [Esc]</source>
        <translation>完成 [Esc]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/receipt_dialog.py" line="59" />
        <source>开发票 [F8]</source>
        <translation>開發票 [F8]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/receipt_dialog.py" line="86" />
        <source>开票申请 {id} 已登记：{buyer}，¥{amount}</source>
        <translation>開票申請 {id} 已登記：{buyer}，¥{amount}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/receipt_dialog.py" line="117" />
        <source>重印第 {n} 次</source>
        <translation>重印第 {n} 次</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/receipt_dialog.py" line="117" />
        <source>收据</source>
        <translation>收據</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/receipt_dialog.py" line="124" />
        <source>{what}未打印，已保存为 PDF 文件：{where}</source>
        <translation>{what}未列印，已儲存為 PDF 檔案：{where}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/receipt_dialog.py" line="127" />
        <source>{what}已打印：{where}</source>
        <translation>{what}已列印：{where}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/receipt_dialog.py" line="130" />
        <source>打印失败：{e}。收款已记录，不会重复收款；按 F4 重印。</source>
        <translation>列印失敗：{e}。收款已記錄，不會重複收款；按 F4 重印。</translation>
    </message>
</context><context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../../counter_app/ui/admin/recovery_code.py" line="56" />
        <location filename="../../counter_app/ui/admin/recovery_code.py" line="22" />
        <source>账本密钥恢复码</source>
        <translation>賬本金鑰恢復碼</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/recovery_code.py" line="24" />
        <source>本电脑为这个账本新建了审计链密钥（{key}）。密钥不在账本文件里：电脑损坏或更换时，
要靠下面的恢复码在新电脑上核对以前的记录。请现在打印或抄下，和账本备份分开保管。</source>
        <translation>本電腦為這個賬本新建了審計鏈金鑰（{key}）。金鑰不在賬本檔案裡：電腦損壞或更換時，
要靠下面的恢復碼在新電腦上核對以前的記錄。請現在列印或抄下，和賬本備份分開保管。</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/recovery_code.py" line="40" />
        <source>打印 [Ctrl+P]</source>
        <translation>列印 [Ctrl+P]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/recovery_code.py" line="44" />
        <source>已打印或抄下，妥善保管 [Enter]</source>
        <translation>已列印或抄下，妥善保管 [Enter]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/recovery_code.py" line="47" />
        <source>下次再说 [Esc]</source>
        <translation>下次再說 [Esc]</translation>
    </message>
</context><context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="369" />
        <source>退款 — {n}</source>
        <translation>退款 — {n}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="373" />
        <source>↑/↓ 选行，空格 = 退该行可退的全部（再按取消），或直接输入金额；F5 = 全部可退</source>
        <translation>↑/↓ 選行，空格 = 退該行可退的全部（再按取消），或直接輸入金額；F5 = 全部可退</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="409" />
        <source>退款方式</source>
        <translation>退款方式</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="410" />
        <source>交易参考号</source>
        <translation>交易參考號</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="411" />
        <source>退款原因</source>
        <translation>退款原因</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="418" />
        <source>取消 [Esc]</source>
        <translation>取消 [Esc]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="419" />
        <source>下一步：主管授权 [Ctrl+Enter]</source>
        <translation>下一步：主管授權 [Ctrl+Enter]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="468" />
        <source>本次退款：</source>
        <translation>本次退款：</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="472" />
        <source>本次退款合计 ¥{t}（本金 ¥{p}，滞纳金 ¥{l}，{n} 行）</source>
        <translation>本次退款合計 ¥{t}（本金 ¥{p}，滯納金 ¥{l}，{n} 行）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="474" />
        <source>；退回抹零 {r}，实退 ¥{a}</source>
        <translation>；退回抹零 {r}，實退 ¥{a}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="477" />
        <source>本次退款合计 ¥0.00：请选要退的行（空格）或输入金额</source>
        <translation>本次退款合計 ¥0.00：請選要退的行（空格）或輸入金額</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/journal/dialog.py" line="488" />
        <source>请填写退款原因</source>
        <translation>請填寫退款原因</translation>
    </message>
</context><context>
    <name>RenewalsDialog</name>
    <message>
        <location filename="../../counter_app/ui/management/lists.py" line="70" />
        <source>续费提醒</source>
        <translation>續費提醒</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/lists.py" line="73" />
        <source> 天</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/lists.py" line="76" />
        <source>用途（填写则导出完整号码，记入日志）</source>
        <translation>用途（填寫則匯出完整號碼，記入日誌）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/lists.py" line="80" />
        <source>导出短信名单…</source>
        <translation>匯出簡訊名單…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/lists.py" line="82" />
        <source>自</source>
        <translation>自</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/lists.py" line="82" />
        <source>起</source>
        <translation>起</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/lists.py" line="83" />
        <source>内到期</source>
        <translation>內到期</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/lists.py" line="104" />
        <source>{units} 户 {n} 项将到期</source>
        <translation>{units} 戶 {n} 項將到期</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/lists.py" line="116" />
        <source>名单 {n} 户：{path}</source>
        <translation>名單 {n} 戶：{path}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/lists.py" line="119" />
        <source>导出短信名单</source>
        <translation>匯出簡訊名單</translation>
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
        <translation>列印 [F4]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/closeout/dialogs.py" line="201" />
        <source>关闭 [Esc]</source>
        <translation>關閉 [Esc]</translation>
    </message>
</context><context>
    <name>ReportWindow</name>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="58" />
        <source>刷新 [F5]</source>
        <translation>重新整理 [F5]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="61" />
        <source>打印 [F4]</source>
        <translation>列印 [F4]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="64" />
        <source>导出 PDF/Excel/CSV…</source>
        <translation>匯出 PDF/Excel/CSV…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="66" />
        <source>关闭 [Esc]</source>
        <translation>關閉 [Esc]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="79" />
        <source>正在生成报表…</source>
        <translation>正在生成報表…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="115" />
        <source>汇总</source>
        <translation>彙總</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="128" />
        <source>正在准备打印…</source>
        <translation>正在準備列印…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="140" />
        <source>正在导出…</source>
        <translation>正在匯出…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/management/dialogs.py" line="145" />
        <source>导出到</source>
        <translation>匯出到</translation>
    </message>
</context><context>
    <name>Reprint</name>
    <message>
        <location filename="../../counter_app/ui/printing/reprint.py" line="22" />
        <source>重印收据 {n}（¥{t}）：这将是第 {k} 次重印，纸上印有“重印 第{k}次”、时间和重印人，并记入审计记录。</source>
        <translation>重印收據 {n}（¥{t}）：這將是第 {k} 次重印，紙上印有“重印 第{k}次”、時間和重印人，並記入審計記錄。</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/reprint.py" line="23" />
        <source>重印收据</source>
        <translation>重印收據</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/reprint.py" line="25" />
        <source>打印第 {k} 次重印(&amp;P)</source>
        <translation>列印第 {k} 次重印(&amp;P)</translation>
    </message>
</context><context>
    <name>RequestFollowUp</name>
    <message>
        <location filename="../../counter_app/ui/payment/follow_up.py" line="28" />
        <source>收款是否已记账待确认（请求编号 {id}）：连接恢复后自动查询，请不要另行收款</source>
        <translation>收款是否已記賬待確認（請求編號 {id}）：連線恢復後自動查詢，請不要另行收款</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/follow_up.py" line="39" />
        <source>请求 {id}：没有记账，可以重新收款</source>
        <translation>請求 {id}：沒有記賬，可以重新收款</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/payment/follow_up.py" line="41" />
        <source>请求 {id}：已记账，收据 {n}（{u}，¥{t}），可在收款记录中打印</source>
        <translation>請求 {id}：已記賬，收據 {n}（{u}，¥{t}），可在收款記錄中列印</translation>
    </message>
</context><context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="159" />
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="35" />
        <source>恢复备份</source>
        <translation>恢復備份</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="79" />
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="42" />
        <source>备份位置</source>
        <translation>備份位置</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="47" />
        <source>选择…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="52" />
        <source>备份时间</source>
        <translation>備份時間</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="52" />
        <source>文件</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="52" />
        <source>大小</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="65" />
        <source>恢复此备份…</source>
        <translation>恢復此備份…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="68" />
        <source>关闭 [Esc]</source>
        <translation>關閉 [Esc]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="104" />
        <source>选择一个备份查看其内容。</source>
        <translation>選擇一個備份檢視其內容。</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="105" />
        <source>这个位置没有备份文件（.sqlite3 或 .dump）。</source>
        <translation>這個位置沒有備份檔案（.sqlite3 或 .dump）。</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="123" />
        <source>房屋 {u} 户，收据 {p} 张，审计记录 {a} 条</source>
        <translation>房屋 {u} 戶，收據 {p} 張，審計記錄 {a} 條</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="124" />
        <source>（服务器备份：数量在恢复后校验）</source>
        <translation>（伺服器備份：數量在恢復後校驗）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="126" />
        <source>备份时间：{at}</source>
        <translation>備份時間：{at}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="127" />
        <source>数据库版本：{v}</source>
        <translation>資料庫版本：{v}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="127" />
        <source>不是本程序的备份</source>
        <translation>不是本程式的備份</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="128" />
        <source>小区：{names}</source>
        <translation>小區：{names}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="129" />
        <source>最后一张收据：{n}</source>
        <translation>最後一張收據：{n}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="139" />
        <source>正在复制并检查备份（当前账本不动）…</source>
        <translation>正在複製並檢查備份（當前賬本不動）…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="152" />
        <source>仍要恢复这个没能全部核对的备份吗？</source>
        <translation>仍要恢復這個沒能全部核對的備份嗎？</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="154" />
        <source>备份 {name} 检查通过，但它比当前账本旧：
{loss}

仍要恢复吗？</source>
        <translation>備份 {name} 檢查通過，但它比當前賬本舊：
{loss}

仍要恢復嗎？</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="157" />
        <source>备份 {name} 检查通过（审计链 {n} 条）。将用它替换当前账本；当前账本会先另存一份。确定恢复吗？</source>
        <translation>備份 {name} 檢查通過（審計鏈 {n} 條）。將用它替換當前賬本；當前賬本會先另存一份。確定恢復嗎？</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="164" />
        <source>没有恢复；当前账本没有改动。</source>
        <translation>沒有恢復；當前賬本沒有改動。</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="176" />
        <source>正在替换账本…</source>
        <translation>正在替換賬本…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="185" />
        <source>备份先在副本上检查通过（审计链 {n} 条）</source>
        <translation>備份先在副本上檢查通過（審計鏈 {n} 條）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="186" />
        <source>备份先在副本上检查，没能全部核对（审计链 {n} 条，本机没有密钥的部分未核对）</source>
        <translation>備份先在副本上檢查，沒能全部核對（審計鏈 {n} 條，本機沒有金鑰的部分未核對）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="187" />
        <source>已从 {name} 恢复：</source>
        <translation>已從 {name} 恢復：</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="188" />
        <source>再替换账本。</source>
        <translation>再替換賬本。</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="190" />
        <source>恢复前的账本另存为 {saved}。</source>
        <translation>恢復前的賬本另存為 {saved}。</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="192" />
        <source>丢弃了之后记下的 {n} 项；编号接着原来的最大号往下编。</source>
        <translation>丟棄了之後記下的 {n} 項；編號接著原來的最大號往下編。</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="194" />
        <source>关闭此窗口后请重新登录。</source>
        <translation>關閉此視窗後請重新登入。</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/data/backup_dialogs.py" line="199" />
        <source>已取消。</source>
        <translation>已取消。</translation>
    </message>
</context><context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../counter_app/ui/search/panel.py" line="61" />
        <source>查找（F2）：房号 / 姓名 / 拼音 / 电话尾号 / 车牌 / 扫收据</source>
        <translation>查詢（F2）：房號 / 姓名 / 拼音 / 電話尾號 / 車牌 / 掃收據</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/panel.py" line="65" />
        <source>如 3-2-501、32501、张、zs、5678</source>
        <translation>如 3-2-501、32501、張、zs、5678</translation>
    </message>
</context><context>
    <name>StandardsDialog</name>
    <message>
        <location filename="../../counter_app/ui/admin/standards.py" line="76" />
        <source>收费项目与标准</source>
        <translation>收費專案與標準</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/standards.py" line="85" />
        <source>折扣/减免政策… [Ctrl+D]</source>
        <translation>折扣/減免政策… [Ctrl+D]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/standards.py" line="90" />
        <source>预交优惠（交 N 月送 M 月）… [Ctrl+O]</source>
        <translation>預交優惠（交 N 月送 M 月）… [Ctrl+O]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/standards.py" line="116" />
        <source>代码</source>
        <translation>程式碼</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/standards.py" line="117" />
        <source>名称</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/standards.py" line="128" />
        <source>缴费期限 </source>
        <translation>繳費期限 </translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/standards.py" line="134" />
        <location filename="../../counter_app/ui/admin/standards.py" line="128" />
        <source> 天</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/standards.py" line="132" />
        <source>滞纳金 </source>
        <translation>滯納金 </translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/standards.py" line="132" />
        <source> ‱/天</source>
        <translation> ‱/天</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/standards.py" line="134" />
        <source>宽限 </source>
        <translation>寬限 </translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/standards.py" line="136" />
        <source>新增项目</source>
        <translation>新增專案</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/standards.py" line="147" />
        <source>元</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/standards.py" line="148" />
        <source>抄表项目可设，如 18:2.90, 25:3.85, :6.70</source>
        <translation>抄表專案可設，如 18:2.90, 25:3.85, :6.70</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/standards.py" line="152" />
        <source>文件号或业主大会决议</source>
        <translation>檔案號或業主大會決議</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/standards.py" line="159" />
        <source>取整</source>
        <translation>取整</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/standards.py" line="161" />
        <source>生效日期</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/standards.py" line="161" />
        <source>单价</source>
        <translation>單價</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/standards.py" line="162" />
        <source>阶梯</source>
        <translation>階梯</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/standards.py" line="162" />
        <source>空置收费</source>
        <translation>空置收費</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/standards.py" line="163" />
        <source>政策依据</source>
        <translation>政策依據</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/standards.py" line="166" />
        <source>预览影响 [F5]</source>
        <translation>預覽影響 [F5]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/standards.py" line="167" />
        <source>保存新标准 [Ctrl+S]</source>
        <translation>儲存新標準 [Ctrl+S]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/standards.py" line="263" />
        <source>{item} 从 {m} 起：{old} → {new}；{n} 户月合计 ¥{a} → ¥{b}（{d}）。确认无误后按 Ctrl+S 保存。</source>
        <translation>{item} 從 {m} 起：{old} → {new}；{n} 戶月合計 ¥{a} → ¥{b}（{d}）。確認無誤後按 Ctrl+S 儲存。</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/standards.py" line="271" />
        <source>请先按 F5 预览这条标准的影响，再保存</source>
        <translation>請先按 F5 預覽這條標準的影響，再儲存</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/standards.py" line="283" />
        <source>已保存：{item} 从 {d} 起的新标准</source>
        <translation>已儲存：{item} 從 {d} 起的新標準</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/standards.py" line="296" />
        <source>已新增收费项目 {c}：请再为它设一条标准</source>
        <translation>已新增收費專案 {c}：請再為它設一條標準</translation>
    </message>
</context><context>
    <name>TimeZones</name>
    <message>
        <location filename="../../counter_app/ui/first_run.py" line="26" />
        <source>北京时间</source>
        <translation>北京時間</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/first_run.py" line="26" />
        <source>香港时间</source>
        <translation>香港時間</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/first_run.py" line="27" />
        <source>澳门时间</source>
        <translation>澳門時間</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/first_run.py" line="27" />
        <source>台北时间</source>
        <translation>臺北時間</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/first_run.py" line="28" />
        <source>乌鲁木齐时间</source>
        <translation>烏魯木齊時間</translation>
    </message>
</context><context>
    <name>UnitView</name>
    <message>
        <location filename="../../counter_app/ui/unit/view.py" line="68" />
        <source>已缴清，没有欠费</source>
        <translation>已繳清，沒有欠費</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/unit/view.py" line="73" />
        <source>应收欠费</source>
        <translation>應收欠費</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/unit/view.py" line="81" />
        <source>缴费历史</source>
        <translation>繳費歷史</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/unit/view.py" line="168" />
        <source>已选 {n} 项 ¥{a}（滞纳金 ¥{b}）</source>
        <translation>已選 {n} 項 ¥{a}（滯納金 ¥{b}）</translation>
    </message>
</context><context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../counter_app/ui/admin/users.py" line="42" />
        <source>用户与权限</source>
        <translation>使用者與許可權</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/users.py" line="46" />
        <source>用户</source>
        <translation>使用者</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/users.py" line="48" />
        <source>权限表（只读）</source>
        <translation>許可權表（只讀）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/users.py" line="60" />
        <source>停用 / 启用 [F6]</source>
        <translation>停用 / 啟用 [F6]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/users.py" line="61" />
        <source>改角色… [F7]</source>
        <translation>改角色… [F7]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/users.py" line="62" />
        <source>重置密码… [F8]</source>
        <translation>重置密碼… [F8]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/users.py" line="72" />
        <source>用户名</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/users.py" line="73" />
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/users.py" line="77" />
        <source>初始密码</source>
        <translation>初始密碼</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/users.py" line="80" />
        <source>新增用户 [Ctrl+Enter]</source>
        <translation>新增使用者 [Ctrl+Enter]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/users.py" line="108" />
        <source>请先在表中选中一位用户</source>
        <translation>請先在表中選中一位使用者</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/users.py" line="128" />
        <source>已停用 {u}：不能再登录</source>
        <translation>已停用 {u}：不能再登入</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/users.py" line="128" />
        <source>已启用 {u}</source>
        <translation>已啟用 {u}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/users.py" line="135" />
        <source>改角色</source>
        <translation>改角色</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/users.py" line="135" />
        <source>{u} 的新角色：</source>
        <translation>{u} 的新角色：</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/users.py" line="141" />
        <source>{u} 的角色已改为{r}</source>
        <translation>{u} 的角色已改為{r}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/users.py" line="147" />
        <source>重置密码</source>
        <translation>重置密碼</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/users.py" line="147" />
        <source>{u} 的新密码（{rule}）：</source>
        <translation>{u} 的新密碼（{rule}）：</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/users.py" line="152" />
        <source>已重置 {u} 的密码，并解除锁定</source>
        <translation>已重置 {u} 的密碼，並解除鎖定</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/admin/users.py" line="158" />
        <source>已新增用户 {u}</source>
        <translation>已新增使用者 {u}</translation>
    </message>
</context><context>
    <name>VoucherDialog</name>
    <message>
        <location filename="../../counter_app/ui/vouchers/dialog.py" line="52" />
        <source>记账凭证</source>
        <translation>記賬憑證</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/vouchers/dialog.py" line="56" />
        <source>凭证导出</source>
        <translation>憑證匯出</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/vouchers/dialog.py" line="57" />
        <source>科目设置</source>
        <translation>科目設定</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/vouchers/dialog.py" line="71" />
        <source>营业日 2026-01-10 或月份 2026-01</source>
        <translation>營業日 2026-01-10 或月份 2026-01</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/vouchers/dialog.py" line="73" />
        <source>营业日或月份</source>
        <translation>營業日或月份</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/vouchers/dialog.py" line="78" />
        <source>格式</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/vouchers/dialog.py" line="80" />
        <source>写入文件</source>
        <translation>寫入檔案</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/vouchers/dialog.py" line="82" />
        <source>起始凭证号</source>
        <translation>起始憑證號</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/vouchers/dialog.py" line="83" />
        <source>再次导出已导出过的营业日（记入审计）</source>
        <translation>再次匯出已匯出過的營業日（記入審計）</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/vouchers/dialog.py" line="87" />
        <source>导出 [Ctrl+Enter]</source>
        <translation>匯出 [Ctrl+Enter]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/vouchers/dialog.py" line="144" />
        <source>已写入 {path}：{n} 张凭证{skipped}</source>
        <translation>已寫入 {path}：{n} 張憑證{skipped}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/vouchers/dialog.py" line="146" />
        <source>，{k} 天以前已导出，未重复导出</source>
        <translation>，{k} 天以前已匯出，未重複匯出</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/vouchers/dialog.py" line="157" />
        <source>科目代码</source>
        <translation>科目程式碼</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/vouchers/dialog.py" line="158" />
        <source>科目名称</source>
        <translation>科目名稱</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/vouchers/dialog.py" line="159" />
        <source>保存科目 [Ctrl+Enter]</source>
        <translation>儲存科目 [Ctrl+Enter]</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/vouchers/dialog.py" line="191" />
        <source>请先在表中选中一个科目项</source>
        <translation>請先在表中選中一個科目項</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/vouchers/dialog.py" line="201" />
        <source>{label} 记入 {code} {name}</source>
        <translation>{label} 記入 {code} {name}</translation>
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
        <translation>  {where}：{problem}</translation>
    </message>
    <message>
        <source>  {where}：{words}</source>
        <translation>  {where}：{words}</translation>
    </message>
    <message>
        <source>  …… 另有 {more} 处</source>
        <translation>  …… 另有 {more} 處</translation>
    </message>
    <message>
        <source>  …… 另有 {more} 行</source>
        <translation>  …… 另有 {more} 行</translation>
    </message>
    <message>
        <source>  冲销 {number}</source>
        <translation>  沖銷 {number}</translation>
    </message>
    <message>
        <source>  减免滞纳金</source>
        <translation>  減免滯納金</translation>
    </message>
    <message>
        <source>  滞纳金</source>
        <translation>  滯納金</translation>
    </message>
    <message>
        <source>--from 应是单机账本文件（服务器之间请用备份和恢复）</source>
        <translation>--from 應是單機賬本檔案（伺服器之間請用備份和恢復）</translation>
    </message>
    <message>
        <source>0 到 999 的整数</source>
        <translation>0 到 999 的整數</translation>
    </message>
    <message>
        <source>1 到 120 的月数</source>
        <translation>1 到 120 的月數</translation>
    </message>
    <message>
        <source>8 到 64 个字母、数字或 _ . : -（以字母或数字开头），如 counter-app 打印的请求编号</source>
        <translation>8 到 64 個字母、數字或 _ . : -（以字母或數字開頭），如 counter-app 列印的請求編號</translation>
    </message>
    <message>
        <source>X 中间报表</source>
        <translation>X 中間報表</translation>
    </message>
    <message>
        <source>YYYY-MM-DD，如 2026-12-02（{first} 到 {last} 年）</source>
        <translation>YYYY-MM-DD，如 2026-12-02（{first} 到 {last} 年）</translation>
    </message>
    <message>
        <source>YYYY-MM，如 2026-12（{first} 到 {last} 年）</source>
        <translation>YYYY-MM，如 2026-12（{first} 到 {last} 年）</translation>
    </message>
    <message>
        <source>Z号</source>
        <translation>Z號</translation>
    </message>
    <message>
        <source>book add 需要 字轨 起号 止号</source>
        <translation>book add 需要 字軌 起號 止號</translation>
    </message>
    <message>
        <source>book issue 需要收据本编号和 --to 收款员</source>
        <translation>book issue 需要收據本編號和 --to 收款員</translation>
    </message>
    <message>
        <source>book spoil 需要 字轨 表单号 和 --reason 原因</source>
        <translation>book spoil 需要 字軌 表單號 和 --reason 原因</translation>
    </message>
    <message>
        <source>book use 需要收据号，可再加 字轨 表单号（缺省：下一张）</source>
        <translation>book use 需要收據號，可再加 字軌 表單號（預設：下一張）</translation>
    </message>
    <message>
        <source>cash {action} 需要金额或单号</source>
        <translation>cash {action} 需要金額或單號</translation>
    </message>
    <message>
        <source>debit auth add 需要 房号、--bank、--account、--holder、--since</source>
        <translation>debit auth add 需要 房號、--bank、--account、--holder、--since</translation>
    </message>
    <message>
        <source>debit auth end 需要授权编号（见 debit auth list）</source>
        <translation>debit auth end 需要授權編號（見 debit auth list）</translation>
    </message>
    <message>
        <source>discount add 需要 --items 和 --from</source>
        <translation>discount add 需要 --items 和 --from</translation>
    </message>
    <message>
        <source>discount add 需要 --percent-off 或 --yuan-off 之一</source>
        <translation>discount add 需要 --percent-off 或 --yuan-off 之一</translation>
    </message>
    <message>
        <source>discount end 需要 --last-day</source>
        <translation>discount end 需要 --last-day</translation>
    </message>
    <message>
        <source>discount {action} 需要政策名称</source>
        <translation>discount {action} 需要政策名稱</translation>
    </message>
    <message>
        <source>invoice {action} 需要 {options}</source>
        <translation>invoice {action} 需要 {options}</translation>
    </message>
    <message>
        <source>invoice {action} 需要收据号</source>
        <translation>invoice {action} 需要收據號</translation>
    </message>
    <message>
        <source>invoice {action} 需要文件</source>
        <translation>invoice {action} 需要檔案</translation>
    </message>
    <message>
        <source>invoice {action} 需要编号</source>
        <translation>invoice {action} 需要編號</translation>
    </message>
    <message>
        <source>key export 需要 --out 文件</source>
        <translation>key export 需要 --out 檔案</translation>
    </message>
    <message>
        <source>key import 需要密钥文件或恢复码</source>
        <translation>key import 需要金鑰檔案或恢復碼</translation>
    </message>
    <message>
        <source>mail send 需要 --kind notice 或 statement</source>
        <translation>mail send 需要 --kind notice 或 statement</translation>
    </message>
    <message>
        <source>offer add 需要收费项目、--paid、--free 和 --from</source>
        <translation>offer add 需要收費專案、--paid、--free 和 --from</translation>
    </message>
    <message>
        <source>offer {action} 需要 --name 优惠名称</source>
        <translation>offer {action} 需要 --name 優惠名稱</translation>
    </message>
    <message>
        <source>on 或 off</source>
        <translation>on 或 off</translation>
    </message>
    <message>
        <source>pg_restore 读不出备份 {file} 的 {table}：{why}</source>
        <translation>pg_restore 讀不出備份 {file} 的 {table}：{why}</translation>
    </message>
    <message>
        <source>privacy access 需要 --name 和 --out</source>
        <translation>privacy access 需要 --name 和 --out</translation>
    </message>
    <message>
        <source>receipt pdf 需要 --out 文件</source>
        <translation>receipt pdf 需要 --out 檔案</translation>
    </message>
    <message>
        <source>receipt {action} 需要收据号或二维码内容</source>
        <translation>receipt {action} 需要收據號或二維碼內容</translation>
    </message>
    <message>
        <source>unit {action} 需要 {options}</source>
        <translation>unit {action} 需要 {options}</translation>
    </message>
    <message>
        <source>voucher export 需要 --format 和 --out</source>
        <translation>voucher export 需要 --format 和 --out</translation>
    </message>
    <message>
        <source>voucher show 需要 --day</source>
        <translation>voucher show 需要 --day</translation>
    </message>
    <message>
        <source>voucher {action} 需要 --day 或 --month 之一</source>
        <translation>voucher {action} 需要 --day 或 --month 之一</translation>
    </message>
    <message>
        <source>{action} {n}</source>
        <translation>{action} {n}</translation>
    </message>
    <message>
        <source>{as_of} 已日结，不能再收款</source>
        <translation>{as_of} 已日結，不能再收款</translation>
    </message>
    <message>
        <source>{building} 栋</source>
        <translation>{building} 棟</translation>
    </message>
    <message>
        <source>{cashier}（班次 {shift}，{opened} 开班）</source>
        <translation>{cashier}（班次 {shift}，{opened} 開班）</translation>
    </message>
    <message>
        <source>{charge} 已随收据作废取消（审计记录第 {row} 条），却又恢复（在程序之外被改动）</source>
        <translation>{charge} 已隨收據作廢取消（審計記錄第 {row} 條），卻又恢復（在程式之外被改動）</translation>
    </message>
    <message>
        <source>{charge} 所属的收据与封存它的记录不符（在程序之外被改动）</source>
        <translation>{charge} 所屬的收據與封存它的記錄不符（在程式之外被改動）</translation>
    </message>
    <message>
        <source>{charge} 的计费键被改成已取消的样子，应收却没有取消（在程序之外被改动）</source>
        <translation>{charge} 的計費鍵被改成已取消的樣子，應收卻沒有取消（在程式之外被改動）</translation>
    </message>
    <message>
        <source>{charge} 被取消，但审计记录里没有这次取消（在程序之外被改动）</source>
        <translation>{charge} 被取消，但審計記錄裡沒有這次取消（在程式之外被改動）</translation>
    </message>
    <message>
        <source>{day} 已经日结</source>
        <translation>{day} 已經日結</translation>
    </message>
    <message>
        <source>{day} 早于本账本的第一个营业日 {first}，没有可日结的营业日</source>
        <translation>{day} 早於本賬本的第一個營業日 {first}，沒有可日結的營業日</translation>
    </message>
    <message>
        <source>{day} 没有待开具的开票申请，没有生成文件</source>
        <translation>{day} 沒有待開具的開票申請，沒有生成檔案</translation>
    </message>
    <message>
        <source>{day} 没有日结</source>
        <translation>{day} 沒有日結</translation>
    </message>
    <message>
        <source>{day} 的凭证已于 {at} 由 {who} 导出到 {file}，确需再次导出请选择“再次导出”（--again）</source>
        <translation>{day} 的憑證已於 {at} 由 {who} 匯出到 {file}，確需再次匯出請選擇“再次匯出”（--again）</translation>
    </message>
    <message>
        <source>{day} 的日结已重开：可以再开班、收款；再日结时，日结报表会列出这次重开</source>
        <translation>{day} 的日結已重開：可以再開班、收款；再日結時，日結報表會列出這次重開</translation>
    </message>
    <message>
        <source>{day} 的日结记录</source>
        <translation>{day} 的日結記錄</translation>
    </message>
    <message>
        <source>{day} 还没有到（今天是 {today}），不能日结以后的营业日</source>
        <translation>{day} 還沒有到（今天是 {today}），不能日結以後的營業日</translation>
    </message>
    <message>
        <source>{day} 还没有日结，日结后才能生成凭证</source>
        <translation>{day} 還沒有日結，日結後才能生成憑證</translation>
    </message>
    <message>
        <source>{db} 已存在；演示数据库只能新建</source>
        <translation>{db} 已存在；演示資料庫只能新建</translation>
    </message>
    <message>
        <source>{file} 不是可读取的 Excel 工作簿（{kind}）：文件可能已损坏，请在 Excel 中打开后另存再导入</source>
        <translation>{file} 不是可讀取的 Excel 工作簿（{kind}）：檔案可能已損壞，請在 Excel 中開啟後另存再匯入</translation>
    </message>
    <message>
        <source>{file} 不是可读取的 Excel 工作簿（文件已损坏或不完整）：请重新导出或另存后再导入</source>
        <translation>{file} 不是可讀取的 Excel 工作簿（檔案已損壞或不完整）：請重新匯出或另存後再匯入</translation>
    </message>
    <message>
        <source>{file} 不是本程序的账本备份（既不是单机账本，也不是服务器的 pg_dump 备份），没有恢复</source>
        <translation>{file} 不是本程式的賬本備份（既不是單機賬本，也不是伺服器的 pg_dump 備份），沒有恢復</translation>
    </message>
    <message>
        <source>{file} 不是本程序的账本备份，没有恢复</source>
        <translation>{file} 不是本程式的賬本備份，沒有恢復</translation>
    </message>
    <message>
        <source>{file} 不是表格文件：请导入 Excel 工作簿（.xlsx）或 CSV 文件</source>
        <translation>{file} 不是表格檔案：請匯入 Excel 工作簿（.xlsx）或 CSV 檔案</translation>
    </message>
    <message>
        <source>{file} 在预览之后被改动过，请重新预览后再导入</source>
        <translation>{file} 在預覽之後被改動過，請重新預覽後再匯入</translation>
    </message>
    <message>
        <source>{file} 既不是 UTF-8 也不是 GB18030 编码的 CSV 文件，请在 Excel 中另存为 .xlsx</source>
        <translation>{file} 既不是 UTF-8 也不是 GB18030 編碼的 CSV 檔案，請在 Excel 中另存為 .xlsx</translation>
    </message>
    <message>
        <source>{file} 是 Excel 2003 XML 表格：{save_as}</source>
        <translation>{file} 是 Excel 2003 XML 表格：{save_as}</translation>
    </message>
    <message>
        <source>{file} 是 Excel 二进制工作簿（.xlsb）：{save_as}</source>
        <translation>{file} 是 Excel 二進位制工作簿（.xlsb）：{save_as}</translation>
    </message>
    <message>
        <source>{file} 是 Office 97-2003 格式的文件（可能是旧版 .xls，或设有打开密码的工作簿）：取消密码并{save_as}</source>
        <translation>{file} 是 Office 97-2003 格式的檔案（可能是舊版 .xls，或設有開啟密碼的工作簿）：取消密碼並{save_as}</translation>
    </message>
    <message>
        <source>{file} 是 OpenDocument 表格（.ods）：{save_as}</source>
        <translation>{file} 是 OpenDocument 表格（.ods）：{save_as}</translation>
    </message>
    <message>
        <source>{file} 是 PDF 文件，不是表格：请导入 Excel 工作簿（.xlsx）或 CSV 文件</source>
        <translation>{file} 是 PDF 檔案，不是表格：請匯入 Excel 工作簿（.xlsx）或 CSV 檔案</translation>
    </message>
    <message>
        <source>{file} 是 PowerPoint 演示文稿，不是表格：请导入 Excel 工作簿（.xlsx）或 CSV 文件</source>
        <translation>{file} 是 PowerPoint 簡報，不是表格：請匯入 Excel 工作簿（.xlsx）或 CSV 檔案</translation>
    </message>
    <message>
        <source>{file} 是 RTF 文档，不是表格：请导入 Excel 工作簿（.xlsx）或 CSV 文件</source>
        <translation>{file} 是 RTF 文件，不是表格：請匯入 Excel 工作簿（.xlsx）或 CSV 檔案</translation>
    </message>
    <message>
        <source>{file} 是 Word 文档（.docx），不是表格：请导入 Excel 工作簿（.xlsx）或 CSV 文件</source>
        <translation>{file} 是 Word 文件（.docx），不是表格：請匯入 Excel 工作簿（.xlsx）或 CSV 檔案</translation>
    </message>
    <message>
        <source>{file} 是 Word 文档（.doc），不是表格：请导入 Excel 工作簿（.xlsx）或 CSV 文件</source>
        <translation>{file} 是 Word 文件（.doc），不是表格：請匯入 Excel 工作簿（.xlsx）或 CSV 檔案</translation>
    </message>
    <message>
        <source>{file} 是 XML 或网页文件，不是表格：{save_as}</source>
        <translation>{file} 是 XML 或網頁檔案，不是表格：{save_as}</translation>
    </message>
    <message>
        <source>{file} 是单机账本的备份，不能恢复到服务器账本；没有恢复（单机账本搬上服务器请用 counter-app migrate-db）</source>
        <translation>{file} 是單機賬本的備份，不能恢復到伺服器賬本；沒有恢復（單機賬本搬上伺服器請用 counter-app migrate-db）</translation>
    </message>
    <message>
        <source>{file} 是压缩文件（zip），不是 Excel 工作簿：请导入 Excel 工作簿（.xlsx）或 CSV 文件</source>
        <translation>{file} 是壓縮檔案（zip），不是 Excel 工作簿：請匯入 Excel 工作簿（.xlsx）或 CSV 檔案</translation>
    </message>
    <message>
        <source>{file} 是另一个账本的备份（账本编号 {theirs}，建于 {their_start}；当前账本编号 {ours}，建于 {our_start}），没有恢复。只能恢复本账本的备份，或恢复到新安装的空账本</source>
        <translation>{file} 是另一個賬本的備份（賬本編號 {theirs}，建於 {their_start}；當前賬本編號 {ours}，建於 {our_start}），沒有恢復。只能恢復本賬本的備份，或恢復到新安裝的空賬本</translation>
    </message>
    <message>
        <source>{file} 是另一个账本（{other}…）的密钥，本账本为 {ledger}…；没有导入</source>
        <translation>{file} 是另一個賬本（{other}…）的金鑰，本賬本為 {ledger}…；沒有匯入</translation>
    </message>
    <message>
        <source>{file} 是旧版 Excel 97-2003 工作簿（.xls），但读不出来（可能已损坏或设有密码）：{save_as}</source>
        <translation>{file} 是舊版 Excel 97-2003 工作簿（.xls），但讀不出來（可能已損壞或設有密碼）：{save_as}</translation>
    </message>
    <message>
        <source>{file} 是服务器账本的备份，不能恢复到单机账本；没有恢复</source>
        <translation>{file} 是伺服器賬本的備份，不能恢復到單機賬本；沒有恢復</translation>
    </message>
    <message>
        <source>{file} 是网页（HTML）文件，里面没有表格：{save_as}</source>
        <translation>{file} 是網頁（HTML）檔案，裡面沒有表格：{save_as}</translation>
    </message>
    <message>
        <source>{file} 是网页（HTML）格式的表格，常见于旧系统导出的 .xls：{save_as}</source>
        <translation>{file} 是網頁（HTML）格式的表格，常見於舊系統匯出的 .xls：{save_as}</translation>
    </message>
    <message>
        <source>{file} 有 {total} 行，超过一次导入的上限 {most} 行，请分成几个文件</source>
        <translation>{file} 有 {total} 行，超過一次匯入的上限 {most} 行，請分成幾個檔案</translation>
    </message>
    <message>
        <source>{file} 设有打开密码：请在 Excel 中打开（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码），保存后再导入</source>
        <translation>{file} 設有開啟密碼：請在 Excel 中開啟（檔案 → 資訊 → 保護工作簿 → 用密碼進行加密，清空密碼），儲存後再匯入</translation>
    </message>
    <message>
        <source>{file} 读不出来（{why}），不能恢复</source>
        <translation>{file} 讀不出來（{why}），不能恢復</translation>
    </message>
    <message>
        <source>{file} 里找不到{kind}的表头：缺少 {missing} 列{hidden}（{sheet}前 {rows} 行中最接近的是第 {line} 行）。{others}可用 counter-app import-template {name} 取得模板</source>
        <translation>{file} 裡找不到{kind}的表頭：缺少 {missing} 列{hidden}（{sheet}前 {rows} 行中最接近的是第 {line} 行）。{others}可用 counter-app import-template {name} 取得模板</translation>
    </message>
    <message>
        <source>{first} 至 {last}</source>
        <translation>{first} 至 {last}</translation>
    </message>
    <message>
        <source>{first} 至 {last} 中不止一行的内容与封存不符（在程序之外被改动；封存于{record}）</source>
        <translation>{first} 至 {last} 中不止一行的內容與封存不符（在程式之外被改動；封存於{record}）</translation>
    </message>
    <message>
        <source>{first} 至 {last} 没有可导出的凭证：{why}</source>
        <translation>{first} 至 {last} 沒有可匯出的憑證：{why}</translation>
    </message>
    <message>
        <source>{first} 至 长期</source>
        <translation>{first} 至 長期</translation>
    </message>
    <message>
        <source>{item} {period} 已全部退款，不能开发票</source>
        <translation>{item} {period} 已全部退款，不能開發票</translation>
    </message>
    <message>
        <source>{item} {period} 已在开票申请中（{status}），不能重复开票</source>
        <translation>{item} {period} 已在開票申請中（{status}），不能重複開票</translation>
    </message>
    <message>
        <source>{item} 不是临时/一次性收费项目</source>
        <translation>{item} 不是臨時/一次性收費專案</translation>
    </message>
    <message>
        <source>{item} 不是公摊项目</source>
        <translation>{item} 不是公攤專案</translation>
    </message>
    <message>
        <source>{item} 不是抄表计量的项目</source>
        <translation>{item} 不是抄表計量的專案</translation>
    </message>
    <message>
        <source>{item} 不是抄表计量的项目，不能设阶梯价</source>
        <translation>{item} 不是抄表計量的專案，不能設階梯價</translation>
    </message>
    <message>
        <source>{item} 不是按月收取的项目，不能设预交优惠</source>
        <translation>{item} 不是按月收取的專案，不能設預交優惠</translation>
    </message>
    <message>
        <source>{item} 不能预交</source>
        <translation>{item} 不能預交</translation>
    </message>
    <message>
        <source>{item} 不适用于{kind} {unit}</source>
        <translation>{item} 不適用於{kind} {unit}</translation>
    </message>
    <message>
        <source>{item} 为一次性收费，金额在收费时确定</source>
        <translation>{item} 為一次性收費，金額在收費時確定</translation>
    </message>
    <message>
        <source>{item} 在 {day} 已有一条标准；标准不能改，请选另一个生效日期</source>
        <translation>{item} 在 {day} 已有一條標準；標準不能改，請選另一個生效日期</translation>
    </message>
    <message>
        <source>{item} 在 {month} 没有生效的收费标准</source>
        <translation>{item} 在 {month} 沒有生效的收費標準</translation>
    </message>
    <message>
        <source>{item} 在 {month} 的收费户数记为 {kept_units} 户（欠费 {kept_owing} 户），按各笔应收数为 {units} 户（欠费 {owing} 户）（户数汇总被改动）</source>
        <translation>{item} 在 {month} 的收費戶數記為 {kept_units} 戶（欠費 {kept_owing} 戶），按各筆應收數為 {units} 戶（欠費 {owing} 戶）（戶數彙總被改動）</translation>
    </message>
    <message>
        <source>{item} 在 {read_on} 没有生效的收费标准</source>
        <translation>{item} 在 {read_on} 沒有生效的收費標準</translation>
    </message>
    <message>
        <source>{item} 已计费到 {through}，新标准最早从 {first} 起生效；要改已计费月份的金额，请先在 管理 → 计费 撤销那次计费</source>
        <translation>{item} 已計費到 {through}，新標準最早從 {first} 起生效；要改已計費月份的金額，請先在 管理 → 計費 撤銷那次計費</translation>
    </message>
    <message>
        <source>{item} 最多可退 {most} 元，不能退 {amount} 元</source>
        <translation>{item} 最多可退 {most} 元，不能退 {amount} 元</translation>
    </message>
    <message>
        <source>{item} 没有生效的标准，请输入金额</source>
        <translation>{item} 沒有生效的標準，請輸入金額</translation>
    </message>
    <message>
        <source>{item}（{kind}）的金额不能预先试算</source>
        <translation>{item}（{kind}）的金額不能預先試算</translation>
    </message>
    <message>
        <source>{kind} {key}</source>
        <translation>{kind} {key}</translation>
    </message>
    <message>
        <source>{kind} 值无效：{value}</source>
        <translation>{kind} 值無效：{value}</translation>
    </message>
    <message>
        <source>{kind}不按月计费</source>
        <translation>{kind}不按月計費</translation>
    </message>
    <message>
        <source>{kind}（{reason}）</source>
        <translation>{kind}（{reason}）</translation>
    </message>
    <message>
        <source>{label} {row}</source>
        <translation>{label} {row}</translation>
    </message>
    <message>
        <source>{label}（id {id}）</source>
        <translation>{label}（id {id}）</translation>
    </message>
    <message>
        <source>{loss}
仍要恢复，须确认丢弃以上各项（命令行加 --accept-loss）；没有恢复</source>
        <translation>{loss}
仍要恢復，須確認丟棄以上各項（命令列加 --accept-loss）；沒有恢復</translation>
    </message>
    <message>
        <source>{loss}
确认丢失这些、仍要恢复，请加 --accept-loss；没有恢复</source>
        <translation>{loss}
確認丟失這些、仍要恢復，請加 --accept-loss；沒有恢復</translation>
    </message>
    <message>
        <source>{method}退款需要填写交易参考号</source>
        <translation>{method}退款需要填寫交易參考號</translation>
    </message>
    <message>
        <source>{method}金额必须大于零</source>
        <translation>{method}金額必須大於零</translation>
    </message>
    <message>
        <source>{method}需要填写交易参考号</source>
        <translation>{method}需要填寫交易參考號</translation>
    </message>
    <message>
        <source>{month} 时 {item} 还没有收费标准</source>
        <translation>{month} 時 {item} 還沒有收費標準</translation>
    </message>
    <message>
        <source>{month} 比本月提前 {ahead} 个月：这些应收会出现在下一次“缴清全部欠费”里。确需提前计费，请确认后再生成（命令行加 --confirm-ahead）</source>
        <translation>{month} 比本月提前 {ahead} 個月：這些應收會出現在下一次“繳清全部欠費”裡。確需提前計費，請確認後再生成（命令列加 --confirm-ahead）</translation>
    </message>
    <message>
        <source>{month} 没有生效的收费标准</source>
        <translation>{month} 沒有生效的收費標準</translation>
    </message>
    <message>
        <source>{month} 还没有到，看板只看今天（{today}）以前的月份</source>
        <translation>{month} 還沒有到，看板只看今天（{today}）以前的月份</translation>
    </message>
    <message>
        <source>{name}  {units}  {day} 迁出</source>
        <translation>{name}  {units}  {day} 遷出</translation>
    </message>
    <message>
        <source>{name} {amount} 元</source>
        <translation>{name} {amount} 元</translation>
    </message>
    <message>
        <source>{name} 从 {since} 起才是业主，过户日期不能更早</source>
        <translation>{name} 從 {since} 起才是業主，過戶日期不能更早</translation>
    </message>
    <message>
        <source>{name} 已不在账本中（在程序之外被删除）</source>
        <translation>{name} 已不在賬本中（在程式之外被刪除）</translation>
    </message>
    <message>
        <source>{name} 没有审计封存记录（在程序之外新增）</source>
        <translation>{name} 沒有審計封存記錄（在程式之外新增）</translation>
    </message>
    <message>
        <source>{name} 的 {fields} 与审计记录不符（在程序之外被改动）</source>
        <translation>{name} 的 {fields} 與審計記錄不符（在程式之外被改動）</translation>
    </message>
    <message>
        <source>{name} 的 {fields} 在审计记录第 {number} 条写入前已与审计记录不符（在程序之外被改动）</source>
        <translation>{name} 的 {fields} 在審計記錄第 {number} 條寫入前已與審計記錄不符（在程式之外被改動）</translation>
    </message>
    <message>
        <source>{name} 的个人信息查阅件已输出到 {path}（本次查看已记录）</source>
        <translation>{name} 的個人資訊查閱件已輸出到 {path}（本次檢視已記錄）</translation>
    </message>
    <message>
        <source>{number} {what} {amount} 元</source>
        <translation>{number} {what} {amount} 元</translation>
    </message>
    <message>
        <source>{number} 不在本人当前未交班的班次中：已交班班次的现金收支不能冲销</source>
        <translation>{number} 不在本人當前未交班的班次中：已交班班次的現金收支不能沖銷</translation>
    </message>
    <message>
        <source>{number} 已经冲销</source>
        <translation>{number} 已經沖銷</translation>
    </message>
    <message>
        <source>{number} 本身是冲销单，不能再冲销</source>
        <translation>{number} 本身是沖銷單，不能再衝銷</translation>
    </message>
    <message>
        <source>{number}（请求编号 {request_id}）</source>
        <translation>{number}（請求編號 {request_id}）</translation>
    </message>
    <message>
        <source>{n} 个月计滞纳金</source>
        <translation>{n} 個月計滯納金</translation>
    </message>
    <message>
        <source>{n} 张</source>
        <translation>{n} 張</translation>
    </message>
    <message>
        <source>{n} 户（{first}–{last} 中迟缴 6 个月以上）</source>
        <translation>{n} 戶（{first}–{last} 中遲繳 6 個月以上）</translation>
    </message>
    <message>
        <source>{n} 笔</source>
        <translation>{n} 筆</translation>
    </message>
    <message>
        <source>{path} 不是数据库文件，或已损坏（若这是账本，请从备份恢复）</source>
        <translation>{path} 不是資料庫檔案，或已損壞（若這是賬本，請從備份恢復）</translation>
    </message>
    <message>
        <source>{path} 不是本程序的账本，或已损坏（若这是账本，请从备份恢复）</source>
        <translation>{path} 不是本程式的賬本，或已損壞（若這是賬本，請從備份恢復）</translation>
    </message>
    <message>
        <source>{path} 是空文件（0 字节），不是账本</source>
        <translation>{path} 是空檔案（0 位元組），不是賬本</translation>
    </message>
    <message>
        <source>{path}：{why}</source>
        <translation>{path}：{why}</translation>
    </message>
    <message>
        <source>{person} 不在 {unit} 登记</source>
        <translation>{person} 不在 {unit} 登記</translation>
    </message>
    <message>
        <source>{problem}。已有数据库请用 --db 指明它的位置；新建请用 counter-app demo （演示数据）或启动程序按设置向导操作；损坏的账本请从备份恢复（counter-app restore）。</source>
        <translation>{problem}。已有資料庫請用 --db 指明它的位置；新建請用 counter-app demo （演示資料）或啟動程式按設定嚮導操作；損壞的賬本請從備份恢復（counter-app restore）。</translation>
    </message>
    <message>
        <source>{program} 失败（{target}）：{why}</source>
        <translation>{program} 失敗（{target}）：{why}</translation>
    </message>
    <message>
        <source>{reason}须填写凭证号</source>
        <translation>{reason}須填寫憑證號</translation>
    </message>
    <message>
        <source>{receipt}由公钥 {key} 签名，内容未被改动（是否已作废或退款，请向物业处查询）</source>
        <translation>{receipt}由公鑰 {key} 簽名，內容未被改動（是否已作廢或退款，請向物業處查詢）</translation>
    </message>
    <message>
        <source>{receipt}的签名不是公钥 {key} 签的：伪造或被改过</source>
        <translation>{receipt}的簽名不是公鑰 {key} 籤的：偽造或被改過</translation>
    </message>
    <message>
        <source>{report}：收据 {count} 张，实收 {taken} 元，应有现金 {expected} 元</source>
        <translation>{report}：收據 {count} 張，實收 {taken} 元，應有現金 {expected} 元</translation>
    </message>
    <message>
        <source>{report}：收据 {count} 张，实收 {taken} 元，应有现金 {expected} 元，实点 {counted} 元，差额 {difference} 元</source>
        <translation>{report}：收據 {count} 張，實收 {taken} 元，應有現金 {expected} 元，實點 {counted} 元，差額 {difference} 元</translation>
    </message>
    <message>
        <source>{report}：收据 {count} 张，实收 {taken} 元，盲点：点钞保存后才显示应有现金</source>
        <translation>{report}：收據 {count} 張，實收 {taken} 元，盲點：點鈔儲存後才顯示應有現金</translation>
    </message>
    <message>
        <source>{role}无权执行此操作：{action}</source>
        <translation>{role}無權執行此操作：{action}</translation>
    </message>
    <message>
        <source>{role}的密码至少 {shortest} 位</source>
        <translation>{role}的密碼至少 {shortest} 位</translation>
    </message>
    <message>
        <source>{row} 已不在账本中（被删除；封存于{record}）</source>
        <translation>{row} 已不在賬本中（被刪除；封存於{record}）</translation>
    </message>
    <message>
        <source>{row} 没有审计记录为它封存（在程序之外新增）</source>
        <translation>{row} 沒有審計記錄為它封存（在程式之外新增）</translation>
    </message>
    <message>
        <source>{row} 的内容与封存不符（在程序之外被改动；封存于{record}）</source>
        <translation>{row} 的內容與封存不符（在程式之外被改動；封存於{record}）</translation>
    </message>
    <message>
        <source>{sheet} 第 {line} 行</source>
        <translation>{sheet} 第 {line} 行</translation>
    </message>
    <message>
        <source>{sheet}（{rows} 行）</source>
        <translation>{sheet}（{rows} 行）</translation>
    </message>
    <message>
        <source>{sheet}（{why}）</source>
        <translation>{sheet}（{why}）</translation>
    </message>
    <message>
        <source>{title}：{counts}</source>
        <translation>{title}：{counts}</translation>
    </message>
    <message>
        <source>{today} 已日结，不能再开班</source>
        <translation>{today} 已日結，不能再開班</translation>
    </message>
    <message>
        <source>{unchecked}
仍要恢复没能全部核对的备份，须另外确认（命令行加 --accept-unchecked）；没有恢复，当前账本没有改动</source>
        <translation>{unchecked}
仍要恢復沒能全部核對的備份，須另外確認（命令列加 --accept-unchecked）；沒有恢復，當前賬本沒有改動</translation>
    </message>
    <message>
        <source>{unchecked}
仍要恢复，请加 --accept-unchecked；没有恢复，当前账本没有改动</source>
        <translation>{unchecked}
仍要恢復，請加 --accept-unchecked；沒有恢復，當前賬本沒有改動</translation>
    </message>
    <message>
        <source>{units} 的预存余额不足或已被其他收款改变，请刷新后重试</source>
        <translation>{units} 的預存餘額不足或已被其他收款改變，請重新整理後重試</translation>
    </message>
    <message>
        <source>{unit} 在 {month} 没有{item}的分摊</source>
        <translation>{unit} 在 {month} 沒有{item}的分攤</translation>
    </message>
    <message>
        <source>{unit} 在 {month} 没有{item}的抄表记录</source>
        <translation>{unit} 在 {month} 沒有{item}的抄表記錄</translation>
    </message>
    <message>
        <source>{unit} 已有生效的代扣授权；请先终止它再登记新的</source>
        <translation>{unit} 已有生效的代扣授權；請先終止它再登記新的</translation>
    </message>
    <message>
        <source>{unit} 已经停用</source>
        <translation>{unit} 已經停用</translation>
    </message>
    <message>
        <source>{unit} 本月已录入读数 {reading}，不能重复录入</source>
        <translation>{unit} 本月已錄入讀數 {reading}，不能重複錄入</translation>
    </message>
    <message>
        <source>{unit} 没有可冲抵的欠费</source>
        <translation>{unit} 沒有可衝抵的欠費</translation>
    </message>
    <message>
        <source>{unit} 没有欠费</source>
        <translation>{unit} 沒有欠費</translation>
    </message>
    <message>
        <source>{unit} 没有车位 {space}</source>
        <translation>{unit} 沒有車位 {space}</translation>
    </message>
    <message>
        <source>{unit} 现在没有登记 {name}</source>
        <translation>{unit} 現在沒有登記 {name}</translation>
    </message>
    <message>
        <source>{unit} 的读数 {value} 小于上次读数 {last}：如已换表，请按 F9 填写旧表止码和新表起始读数</source>
        <translation>{unit} 的讀數 {value} 小於上次讀數 {last}：如已換表，請按 F9 填寫舊錶止碼和新表起始讀數</translation>
    </message>
    <message>
        <source>{user} 是唯一在用的管理员，不能停用或改为其他角色；请先另设一位管理员</source>
        <translation>{user} 是唯一在用的管理員，不能停用或改為其他角色；請先另設一位管理員</translation>
    </message>
    <message>
        <source>{user} 没有此项授权的权限</source>
        <translation>{user} 沒有此項授權的許可權</translation>
    </message>
    <message>
        <source>{user} 的密码：</source>
        <translation>{user} 的密碼：</translation>
    </message>
    <message>
        <source>{user} 的角色已改为{role}</source>
        <translation>{user} 的角色已改為{role}</translation>
    </message>
    <message>
        <source>{what} {day} 已过，应为今天或以后</source>
        <translation>{what} {day} 已過，應為今天或以後</translation>
    </message>
    <message>
        <source>{what}“{raw}”被 Excel 存成了科学计数法，后几位已丢失：请把这一列设为“文本”后重新输入</source>
        <translation>{what}“{raw}”被 Excel 存成了科學計數法，後幾位已丟失：請把這一列設為“文本”後重新輸入</translation>
    </message>
    <message>
        <source>{what}“{text}”不是有效的数字</source>
        <translation>{what}“{text}”不是有效的數字</translation>
    </message>
    <message>
        <source>{what}“{text}”不是有效的数字（例如 1234.50 或 1,234.50）</source>
        <translation>{what}“{text}”不是有效的數字（例如 1234.50 或 1,234.50）</translation>
    </message>
    <message>
        <source>{what}“{text}”不能为负数</source>
        <translation>{what}“{text}”不能為負數</translation>
    </message>
    <message>
        <source>{what}“{text}”位数太多，请核对</source>
        <translation>{what}“{text}”位數太多，請核對</translation>
    </message>
    <message>
        <source>{what}“{text}”最多允许 {places} 位小数</source>
        <translation>{what}“{text}”最多允許 {places} 位小數</translation>
    </message>
    <message>
        <source>{what}“{text}”超过两位小数（最小单位为分）</source>
        <translation>{what}“{text}”超過兩位小數（最小單位為分）</translation>
    </message>
    <message>
        <source>{what}“{text}”过大，请核对</source>
        <translation>{what}“{text}”過大，請核對</translation>
    </message>
    <message>
        <source>{what}不能为空</source>
        <translation>{what}不能為空</translation>
    </message>
    <message>
        <source>{what}不能为零</source>
        <translation>{what}不能為零</translation>
    </message>
    <message>
        <source>{what}与{seen}的编号格式会产生相同的编号（如 {number}），请加以区分</source>
        <translation>{what}與{seen}的編號格式會產生相同的編號（如 {number}），請加以區分</translation>
    </message>
    <message>
        <source>{what}应写成 YYYY-MM-DD，如 2027-01-01</source>
        <translation>{what}應寫成 YYYY-MM-DD，如 2027-01-01</translation>
    </message>
    <message>
        <source>{what}最多 {limit} 个字（现在 {count} 个），请删减后再提交</source>
        <translation>{what}最多 {limit} 個字（現在 {count} 個），請刪減後再提交</translation>
    </message>
    <message>
        <source>{what}编号格式“{fmt}”不正确，可用 {{year}} 与 {{seq:06d}}，如 SJ{{year}}-{{seq:06d}}</source>
        <translation>{what}編號格式“{fmt}”不正確，可用 {{year}} 與 {{seq:06d}}，如 SJ{{year}}-{{seq:06d}}</translation>
    </message>
    <message>
        <source>{what}编号格式“{fmt}”不能区分不同的流水号</source>
        <translation>{what}編號格式“{fmt}”不能區分不同的流水號</translation>
    </message>
    <message>
        <source>{what}编号格式“{fmt}”不能含空格或控制字符（收据条码要读它）</source>
        <translation>{what}編號格式“{fmt}”不能含空格或控制字元（收據條碼要讀它）</translation>
    </message>
    <message>
        <source>{what}编号格式“{fmt}”含未知字段 {unknown}，可用 {{year}} 与 {{seq}}</source>
        <translation>{what}編號格式“{fmt}”含未知欄位 {unknown}，可用 {{year}} 與 {{seq}}</translation>
    </message>
    <message>
        <source>{what}编号格式“{fmt}”必须含年份 {{year}} 和流水号 {{seq}}（流水号每年从 1 起）</source>
        <translation>{what}編號格式“{fmt}”必須含年份 {{year}} 和流水號 {{seq}}（流水號每年從 1 起）</translation>
    </message>
    <message>
        <source>{what}编号格式不能为空，也不能超过 {most} 个字符</source>
        <translation>{what}編號格式不能為空，也不能超過 {most} 個字元</translation>
    </message>
    <message>
        <source>{what}缺少列：{missing}（需要 {needed}）</source>
        <translation>{what}缺少列：{missing}（需要 {needed}）</translation>
    </message>
    <message>
        <source>{when}按付款方式</source>
        <translation>{when}按付款方式</translation>
    </message>
    <message>
        <source>{when}按收款员</source>
        <translation>{when}按收款員</translation>
    </message>
    <message>
        <source>{when}按收费项目</source>
        <translation>{when}按收費專案</translation>
    </message>
    <message>
        <source>{where}：{path}（{units} 户，{months} 个月历史）
演示用户：cashier/cashier，manager/manager，admin/admin</source>
        <translation>{where}：{path}（{units} 戶，{months} 個月曆史）
演示使用者：cashier/cashier，manager/manager，admin/admin</translation>
    </message>
    <message>
        <source>{word} {amount} 元：请填写说明后再交班</source>
        <translation>{word} {amount} 元：請填寫說明後再交班</translation>
    </message>
    <message>
        <source>“{text}”不是营业日（2026-01-10）或月份（2026-01）</source>
        <translation>“{text}”不是營業日（2026-01-10）或月份（2026-01）</translation>
    </message>
    <message>
        <source>“{value}”不可用，应写成 {form}</source>
        <translation>“{value}”不可用，應寫成 {form}</translation>
    </message>
    <message>
        <source>“{value}”不可用，应写成 {form}（{detail}）</source>
        <translation>“{value}”不可用，應寫成 {form}（{detail}）</translation>
    </message>
    <message>
        <source>…… 另有 {more} 处</source>
        <translation>…… 另有 {more} 處</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>一个回盘文件只能对应一个批次，此文件含 {batches}</source>
        <translation>一個回盤檔案只能對應一個批次，此檔案含 {batches}</translation>
    </message>
    <message>
        <source>一本收据最多 {most} 张，请核对起止号</source>
        <translation>一本收據最多 {most} 張，請核對起止號</translation>
    </message>
    <message>
        <source>一次性</source>
        <translation>一次性</translation>
    </message>
    <message>
        <source>一次性收费的金额必须精确到分</source>
        <translation>一次性收費的金額必須精確到分</translation>
    </message>
    <message>
        <source>不变</source>
        <translation>不變</translation>
    </message>
    <message>
        <source>不是数据库文件的路径，也不是 postgresql:// 开头的服务器地址</source>
        <translation>不是資料庫檔案的路徑，也不是 postgresql:// 開頭的伺服器地址</translation>
    </message>
    <message>
        <source>不是整数</source>
        <translation>不是整數</translation>
    </message>
    <message>
        <source>不是文字</source>
        <translation>不是文字</translation>
    </message>
    <message>
        <source>不是日期</source>
        <translation>不是日期</translation>
    </message>
    <message>
        <source>不是时间</source>
        <translation>不是時間</translation>
    </message>
    <message>
        <source>不能与参数 {other} 同时使用</source>
        <translation>不能與引數 {other} 同時使用</translation>
    </message>
    <message>
        <source>不能停用自己正在使用的账号；请由另一位管理员操作</source>
        <translation>不能停用自己正在使用的賬號；請由另一位管理員操作</translation>
    </message>
    <message>
        <source>不能再登记发票号码</source>
        <translation>不能再登記發票號碼</translation>
    </message>
    <message>
        <source>不能自己为自己授权作废</source>
        <translation>不能自己為自己授權作廢</translation>
    </message>
    <message>
        <source>不能自己为自己授权现金支出</source>
        <translation>不能自己為自己授權現金支出</translation>
    </message>
    <message>
        <source>不能自己为自己授权退款</source>
        <translation>不能自己為自己授權退款</translation>
    </message>
    <message>
        <source>不能自己为自己授权，请由另一位主管授权</source>
        <translation>不能自己為自己授權，請由另一位主管授權</translation>
    </message>
    <message>
        <source>不需要红字发票</source>
        <translation>不需要紅字發票</translation>
    </message>
    <message>
        <source>业主</source>
        <translation>業主</translation>
    </message>
    <message>
        <source>业主与住户</source>
        <translation>業主與住戶</translation>
    </message>
    <message>
        <source>主管</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>主题</source>
        <translation>主題</translation>
    </message>
    <message>
        <source>习惯性迟缴户</source>
        <translation>習慣性遲繳戶</translation>
    </message>
    <message>
        <source>交易参考号</source>
        <translation>交易參考號</translation>
    </message>
    <message>
        <source>交款入保险柜</source>
        <translation>交款入保險櫃</translation>
    </message>
    <message>
        <source>交班</source>
        <translation>交班</translation>
    </message>
    <message>
        <source>交班报表（中间报表 X）</source>
        <translation>交班報表（中間報表 X）</translation>
    </message>
    <message>
        <source>交班说明</source>
        <translation>交班說明</translation>
    </message>
    <message>
        <source>交班需要 --count 点钞结果，如 100x5,50x2,10x3</source>
        <translation>交班需要 --count 點鈔結果，如 100x5,50x2,10x3</translation>
    </message>
    <message>
        <source>交费月数和赠送月数应在 1 到 {most} 之间</source>
        <translation>交費月數和贈送月數應在 1 到 {most} 之間</translation>
    </message>
    <message>
        <source>今天</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>今日</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>今日与本月实收同日结报表与月度收费汇总；本月收费率、户收费率、清欠、清缴率、预收即月度收费汇总的数字；至今收费率按费用所属月份、以今天已收计。</source>
        <translation>今日與本月實收同日結報表與月度收費彙總；本月收費率、戶收費率、清欠、清繳率、預收即月度收費彙總的數字；至今收費率按費用所屬月份、以今天已收計。</translation>
    </message>
    <message>
        <source>今日到期</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>今日实收</source>
        <translation>今日實收</translation>
    </message>
    <message>
        <source>从备份恢复数据库</source>
        <translation>從備份恢復資料庫</translation>
    </message>
    <message>
        <source>从未登录</source>
        <translation>從未登入</translation>
    </message>
    <message>
        <source>付款不足：应收 {due} 元，实付 {paid} 元，还差 {short} 元</source>
        <translation>付款不足：應收 {due} 元，實付 {paid} 元，還差 {short} 元</translation>
    </message>
    <message>
        <source>付款人</source>
        <translation>付款人</translation>
    </message>
    <message>
        <source>付款方式</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>付款方式合计与收据合计不符</source>
        <translation>付款方式合計與收據合計不符</translation>
    </message>
    <message>
        <source>代扣授权 {id} 已于 {on} 终止</source>
        <translation>代扣授權 {id} 已於 {on} 終止</translation>
    </message>
    <message>
        <source>代扣授权须填写开户行和户名</source>
        <translation>代扣授權須填寫開戶行和戶名</translation>
    </message>
    <message>
        <source>代扣格式 {name}：不认识的字段 {field}</source>
        <translation>代扣格式 {name}：不認識的欄位 {field}</translation>
    </message>
    <message>
        <source>代扣格式 {name}：分隔符应为一个字符</source>
        <translation>代扣格式 {name}：分隔符應為一個字元</translation>
    </message>
    <message>
        <source>代扣格式 {name}：批量文件须有参考号和金额，回盘文件须有参考号、金额和结果</source>
        <translation>代扣格式 {name}：批次檔案須有參考號和金額，回盤檔案須有參考號、金額和結果</translation>
    </message>
    <message>
        <source>代扣格式 {name}：编码应为 {choices}</source>
        <translation>代扣格式 {name}：編碼應為 {choices}</translation>
    </message>
    <message>
        <source>代扣格式 {name}：金额单位应为 {choices}</source>
        <translation>代扣格式 {name}：金額單位應為 {choices}</translation>
    </message>
    <message>
        <source>代扣格式文件 {file} 读不出：{why}</source>
        <translation>代扣格式檔案 {file} 讀不出：{why}</translation>
    </message>
    <message>
        <source>以后各期（柜台）</source>
        <translation>以後各期（櫃檯）</translation>
    </message>
    <message>
        <source>以逗号分隔的费用编号，如 101,102</source>
        <translation>以逗號分隔的費用編號，如 101,102</translation>
    </message>
    <message>
        <source>优惠 {name} 从 {start} 起，不能在此之前结束</source>
        <translation>優惠 {name} 從 {start} 起，不能在此之前結束</translation>
    </message>
    <message>
        <source>优惠 {name} 已于 {end} 结束</source>
        <translation>優惠 {name} 已於 {end} 結束</translation>
    </message>
    <message>
        <source>优惠名称</source>
        <translation>優惠名稱</translation>
    </message>
    <message>
        <source>优惠政策 {name} 不适用于本次收款的任何费用</source>
        <translation>優惠政策 {name} 不適用於本次收款的任何費用</translation>
    </message>
    <message>
        <source>优惠政策 {name} 在 {day} 不适用（有效期 {start} 至 {end}）</source>
        <translation>優惠政策 {name} 在 {day} 不適用（有效期 {start} 至 {end}）</translation>
    </message>
    <message>
        <source>优惠政策 {name} 已于 {end} 结束</source>
        <translation>優惠政策 {name} 已於 {end} 結束</translation>
    </message>
    <message>
        <source>优惠政策名称</source>
        <translation>優惠政策名稱</translation>
    </message>
    <message>
        <source>优惠政策必须有名称</source>
        <translation>優惠政策必須有名稱</translation>
    </message>
    <message>
        <source>优惠政策至少要适用于一个收费项目</source>
        <translation>優惠政策至少要適用於一個收費專案</translation>
    </message>
    <message>
        <source>优惠结束日期 {to} 早于开始日期 {start}</source>
        <translation>優惠結束日期 {to} 早於開始日期 {start}</translation>
    </message>
    <message>
        <source>优惠规则需要名称</source>
        <translation>優惠規則需要名稱</translation>
    </message>
    <message>
        <source>住宅</source>
        <translation>住宅</translation>
    </message>
    <message>
        <source>住户</source>
        <translation>住戶</translation>
    </message>
    <message>
        <source>作废</source>
        <translation>作廢</translation>
    </message>
    <message>
        <source>作废原因</source>
        <translation>作廢原因</translation>
    </message>
    <message>
        <source>作废已打印</source>
        <translation>作廢已列印</translation>
    </message>
    <message>
        <source>作废张数</source>
        <translation>作廢張數</translation>
    </message>
    <message>
        <source>作废必须填写原因</source>
        <translation>作廢必須填寫原因</translation>
    </message>
    <message>
        <source>作废收据</source>
        <translation>作廢收據</translation>
    </message>
    <message>
        <source>作废未打印</source>
        <translation>作廢未列印</translation>
    </message>
    <message>
        <source>作废表单必须填写原因</source>
        <translation>作廢表單必須填寫原因</translation>
    </message>
    <message>
        <source>使用收据本表单</source>
        <translation>使用收據本表單</translation>
    </message>
    <message>
        <source>保存年限应为 1 到 30 年</source>
        <translation>儲存年限應為 1 到 30 年</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>修改收费标准</source>
        <translation>修改收費標準</translation>
    </message>
    <message>
        <source>修改本人密码</source>
        <translation>修改本人密碼</translation>
    </message>
    <message>
        <source>修改角色需要 --role</source>
        <translation>修改角色需要 --role</translation>
    </message>
    <message>
        <source>修改设置</source>
        <translation>修改設定</translation>
    </message>
    <message>
        <source>倍率必须大于零</source>
        <translation>倍率必須大於零</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>停用原因</source>
        <translation>停用原因</translation>
    </message>
    <message>
        <source>停用房屋必须写明原因</source>
        <translation>停用房屋必須寫明原因</translation>
    </message>
    <message>
        <source>催缴方式应为 {channels}</source>
        <translation>催繳方式應為 {channels}</translation>
    </message>
    <message>
        <source>催缴记录</source>
        <translation>催繳記錄</translation>
    </message>
    <message>
        <source>全部楼栋</source>
        <translation>全部樓棟</translation>
    </message>
    <message>
        <source>公摊分摊</source>
        <translation>公攤分攤</translation>
    </message>
    <message>
        <source>公摊总额不能为负数</source>
        <translation>公攤總額不能為負數</translation>
    </message>
    <message>
        <source>公摊费用</source>
        <translation>公攤費用</translation>
    </message>
    <message>
        <source>其中预存</source>
        <translation>其中預存</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>其他证件</source>
        <translation>其他證件</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>写不了 {path}：{why}</source>
        <translation>寫不了 {path}：{why}</translation>
    </message>
    <message>
        <source>军官证</source>
        <translation>軍官證</translation>
    </message>
    <message>
        <source>冲销</source>
        <translation>沖銷</translation>
    </message>
    <message>
        <source>冲销原因</source>
        <translation>沖銷原因</translation>
    </message>
    <message>
        <source>冲销必须填写原因</source>
        <translation>沖銷必須填寫原因</translation>
    </message>
    <message>
        <source>减免</source>
        <translation>減免</translation>
    </message>
    <message>
        <source>减免原因</source>
        <translation>減免原因</translation>
    </message>
    <message>
        <source>减免滞纳金</source>
        <translation>減免滯納金</translation>
    </message>
    <message>
        <source>减免滞纳金 {waived} 元超过收费员限额 {limit} 元，需要主管办理</source>
        <translation>減免滯納金 {waived} 元超過收費員限額 {limit} 元，需要主管辦理</translation>
    </message>
    <message>
        <source>减免滞纳金必须填写原因</source>
        <translation>減免滯納金必須填寫原因</translation>
    </message>
    <message>
        <source>减免限额必须是不小于零的整数（分）</source>
        <translation>減免限額必須是不小於零的整數（分）</translation>
    </message>
    <message>
        <source>减几成，如 20%（减 20%）或 8折</source>
        <translation>減幾成，如 20%（減 20%）或 8折</translation>
    </message>
    <message>
        <source>凭证借贷不平：借方 {debit} 分，贷方 {credit} 分</source>
        <translation>憑證借貸不平：借方 {debit} 分，貸方 {credit} 分</translation>
    </message>
    <message>
        <source>凭证号</source>
        <translation>憑證號</translation>
    </message>
    <message>
        <source>凭证号须从 1 或更大的数开始</source>
        <translation>憑證號須從 1 或更大的數開始</translation>
    </message>
    <message>
        <source>凭证文件没能写到 {path}：{why}</source>
        <translation>憑證檔案沒能寫到 {path}：{why}</translation>
    </message>
    <message>
        <source>凭证格式文件 {file} 有误：{why}</source>
        <translation>憑證格式檔案 {file} 有誤：{why}</translation>
    </message>
    <message>
        <source>凭证格式文件 {file} 没有列</source>
        <translation>憑證格式檔案 {file} 沒有列</translation>
    </message>
    <message>
        <source>凭证格式文件 {file} 的列“{column}”须有标题，以及字段（{fields}）或固定值 value</source>
        <translation>憑證格式檔案 {file} 的列“{column}”須有標題，以及欄位（{fields}）或固定值 value</translation>
    </message>
    <message>
        <source>分摊总额不能为负数</source>
        <translation>分攤總額不能為負數</translation>
    </message>
    <message>
        <source>分摊权重不能为负数</source>
        <translation>分攤權重不能為負數</translation>
    </message>
    <message>
        <source>分摊的总面积为零，无法分摊</source>
        <translation>分攤的總面積為零，無法分攤</translation>
    </message>
    <message>
        <source>到期应缴</source>
        <translation>到期應繳</translation>
    </message>
    <message>
        <source>前一日链头</source>
        <translation>前一日鏈頭</translation>
    </message>
    <message>
        <source>办公</source>
        <translation>辦公</translation>
    </message>
    <message>
        <source>加密方式应为 none、starttls 或 ssl，不是“{tls}”</source>
        <translation>加密方式應為 none、starttls 或 ssl，不是“{tls}”</translation>
    </message>
    <message>
        <source>单价</source>
        <translation>單價</translation>
    </message>
    <message>
        <source>单价不能为负数</source>
        <translation>單價不能為負數</translation>
    </message>
    <message>
        <source>单元号应为 1 到 99 的整数</source>
        <translation>單元號應為 1 到 99 的整數</translation>
    </message>
    <message>
        <source>单号</source>
        <translation>單號</translation>
    </message>
    <message>
        <source>占比</source>
        <translation>佔比</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>原密码错误</source>
        <translation>原密碼錯誤</translation>
    </message>
    <message>
        <source>原收据</source>
        <translation>原收據</translation>
    </message>
    <message>
        <source>原日结时间</source>
        <translation>原日結時間</translation>
    </message>
    <message>
        <source>原账本校验不通过，不能迁移：{problem}。请先用 counter-app audit verify 查明。</source>
        <translation>原賬本校驗不通過，不能遷移：{problem}。請先用 counter-app audit verify 查明。</translation>
    </message>
    <message>
        <source>参数 {argument}：{message}</source>
        <translation>引數 {argument}：{message}</translation>
    </message>
    <message>
        <source>参考号“{ref}”不是本系统的代扣参考号</source>
        <translation>參考號“{ref}”不是本系統的代扣參考號</translation>
    </message>
    <message>
        <source>发信人名称</source>
        <translation>發信人名稱</translation>
    </message>
    <message>
        <source>发信服务器</source>
        <translation>發信伺服器</translation>
    </message>
    <message>
        <source>发现问题：</source>
        <translation>發現問題：</translation>
    </message>
    <message>
        <source>发票号码 {number} 已经登记过</source>
        <translation>發票號碼 {number} 已經登記過</translation>
    </message>
    <message>
        <source>发票号码“{value}”不正确（数电票号码为 20 位数字）</source>
        <translation>發票號碼“{value}”不正確（數電票號碼為 20 位數字）</translation>
    </message>
    <message>
        <source>发票导出、导入与红冲</source>
        <translation>發票匯出、匯入與紅衝</translation>
    </message>
    <message>
        <source>发票状态</source>
        <translation>發票狀態</translation>
    </message>
    <message>
        <source>发送电子账单</source>
        <translation>傳送電子賬單</translation>
    </message>
    <message>
        <source>取整单位只能是分、角或元</source>
        <translation>取整單位只能是分、角或元</translation>
    </message>
    <message>
        <source>取整方式只能是按月或按单</source>
        <translation>取整方式只能是按月或按單</translation>
    </message>
    <message>
        <source>取整规则：{rule}</source>
        <translation>取整規則：{rule}</translation>
    </message>
    <message>
        <source>只有支出需要填写支出原因和凭证号</source>
        <translation>只有支出需要填寫支出原因和憑證號</translation>
    </message>
    <message>
        <source>只有柜台收据可以作废；预存扣款请办理退款</source>
        <translation>只有櫃檯收據可以作廢；預存扣款請辦理退款</translation>
    </message>
    <message>
        <source>只能选择一种方式：指定费用、全部欠费或按金额</source>
        <translation>只能選擇一種方式：指定費用、全部欠費或按金額</translation>
    </message>
    <message>
        <source>台湾居民来往大陆通行证</source>
        <translation>臺灣居民來往大陸通行證</translation>
    </message>
    <message>
        <source>各户预存与押金</source>
        <translation>各戶預存與押金</translation>
    </message>
    <message>
        <source>各月费用至今未收（元）</source>
        <translation>各月費用至今未收（元）</translation>
    </message>
    <message>
        <source>各班次</source>
        <translation>各班次</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>合计 {amount} 元（{words}）</source>
        <translation>合計 {amount} 元（{words}）</translation>
    </message>
    <message>
        <source>合计与各项不符</source>
        <translation>合計與各項不符</translation>
    </message>
    <message>
        <source>同一笔费用不能选两次</source>
        <translation>同一筆費用不能選兩次</translation>
    </message>
    <message>
        <source>名单文件应为 .csv 或 .xlsx</source>
        <translation>名單檔案應為 .csv 或 .xlsx</translation>
    </message>
    <message>
        <source>名单格式应为 {layouts}</source>
        <translation>名單格式應為 {layouts}</translation>
    </message>
    <message>
        <source>名字太长</source>
        <translation>名字太長</translation>
    </message>
    <message>
        <source>咨询内容</source>
        <translation>諮詢內容</translation>
    </message>
    <message>
        <source>咨询登记</source>
        <translation>諮詢登記</translation>
    </message>
    <message>
        <source>商铺</source>
        <translation>商鋪</translation>
    </message>
    <message>
        <source>回盘文件不是 {encoding} 编码</source>
        <translation>回盤檔案不是 {encoding} 編碼</translation>
    </message>
    <message>
        <source>回盘文件第 {row} 行只有 {have} 列，应有 {need} 列</source>
        <translation>回盤檔案第 {row} 行只有 {have} 列，應有 {need} 列</translation>
    </message>
    <message>
        <source>回盘文件第 {row} 行：{why}</source>
        <translation>回盤檔案第 {row} 行：{why}</translation>
    </message>
    <message>
        <source>回盘文件读不出：不是任何代扣格式，或不属于本小区的批次</source>
        <translation>回盤檔案讀不出：不是任何代扣格式，或不屬於本小區的批次</translation>
    </message>
    <message>
        <source>固定电话“{raw}”位数不对（区号加号码，共 10 到 12 位）</source>
        <translation>固定電話“{raw}”位數不對（區號加號碼，共 10 到 12 位）</translation>
    </message>
    <message>
        <source>固定金额</source>
        <translation>固定金額</translation>
    </message>
    <message>
        <source>在用</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>地址{where}上的程序不是 PostgreSQL 数据库服务器。请管理员检查连接设置里的服务器地址和端口。</source>
        <translation>地址{where}上的程式不是 PostgreSQL 資料庫伺服器。請管理員檢查連線設定裡的伺服器地址和埠。</translation>
    </message>
    <message>
        <source>垫付</source>
        <translation>墊付</translation>
    </message>
    <message>
        <source>处理结果只能是：{outcomes}</source>
        <translation>處理結果只能是：{outcomes}</translation>
    </message>
    <message>
        <source>备份 {file} 来自较新版本的程序（数据库版本 {version}，本程序支持到 {supported}），请升级程序后再恢复；没有恢复</source>
        <translation>備份 {file} 來自較新版本的程式（資料庫版本 {version}，本程式支援到 {supported}），請升級程式後再恢復；沒有恢復</translation>
    </message>
    <message>
        <source>备份位置 {folder} 不存在（U 盘或网络共享没有连接？）；没有备份，账本没有改动</source>
        <translation>備份位置 {folder} 不存在（U 盤或網路共享沒有連線？）；沒有備份，賬本沒有改動</translation>
    </message>
    <message>
        <source>备份位置 {folder} 空间不足：需要约 {need:.0f} MB，只剩 {free:.0f} MB；没有备份，账本没有改动</source>
        <translation>備份位置 {folder} 空間不足：需要約 {need:.0f} MB，只剩 {free:.0f} MB；沒有備份，賬本沒有改動</translation>
    </message>
    <message>
        <source>备份位置 {folder} 空间已满，备份没有写完（已删除未完成的文件）；账本没有改动</source>
        <translation>備份位置 {folder} 空間已滿，備份沒有寫完（已刪除未完成的檔案）；賬本沒有改動</translation>
    </message>
    <message>
        <source>备份位置 {folder} 里同一秒的备份太多；没有备份，账本没有改动</source>
        <translation>備份位置 {folder} 裡同一秒的備份太多；沒有備份，賬本沒有改動</translation>
    </message>
    <message>
        <source>备份写入后校验失败（{problem}），已删除该备份；请换一个备份位置重试</source>
        <translation>備份寫入後校驗失敗（{problem}），已刪除該備份；請換一個備份位置重試</translation>
    </message>
    <message>
        <source>备份已写入 {path}，但其中的审计链校验不通过（{problem}）：账本本身可能被改动过，请运行“检查账本”</source>
        <translation>備份已寫入 {path}，但其中的審計鏈校驗不通過（{problem}）：賬本本身可能被改動過，請執行“檢查賬本”</translation>
    </message>
    <message>
        <source>备份已损坏：{name}（{why}），没有恢复；当前账本没有改动</source>
        <translation>備份已損壞：{name}（{why}），沒有恢復；當前賬本沒有改動</translation>
    </message>
    <message>
        <source>备份数据库</source>
        <translation>備份資料庫</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>备用金</source>
        <translation>備用金</translation>
    </message>
    <message>
        <source>备用金不能为负数</source>
        <translation>備用金不能為負數</translation>
    </message>
    <message>
        <source>外国人永久居留身份证</source>
        <translation>外國人永久居留身份證</translation>
    </message>
    <message>
        <source>多余的值：{value}</source>
        <translation>多餘的值：{value}</translation>
    </message>
    <message>
        <source>大于零的金额（元），如 1234.50</source>
        <translation>大於零的金額（元），如 1234.50</translation>
    </message>
    <message>
        <source>天数应在 0 到 366 之间</source>
        <translation>天數應在 0 到 366 之間</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>字母和数字组成的字轨，如 A 或 SJ-2026</source>
        <translation>字母和數字組成的字軌，如 A 或 SJ-2026</translation>
    </message>
    <message>
        <source>字轨只能由字母、数字和 - _ / 组成，最多 20 个字符：{series}</source>
        <translation>字軌只能由字母、數字和 - _ / 組成，最多 20 個字元：{series}</translation>
    </message>
    <message>
        <source>存入预存</source>
        <translation>存入預存</translation>
    </message>
    <message>
        <source>存入预存余额</source>
        <translation>存入預存餘額</translation>
    </message>
    <message>
        <source>完好（integrity_check，每行每个值可读）</source>
        <translation>完好（integrity_check，每行每個值可讀）</translation>
    </message>
    <message>
        <source>完好（已先检查）</source>
        <translation>完好（已先檢查）</translation>
    </message>
    <message>
        <source>完整电话须说明用途（如：催缴联系业主）</source>
        <translation>完整電話須說明用途（如：催繳聯絡業主）</translation>
    </message>
    <message>
        <source>实收</source>
        <translation>實收</translation>
    </message>
    <message>
        <source>实收合计</source>
        <translation>實收合計</translation>
    </message>
    <message>
        <source>实收现金 {cash}，找零 {change}</source>
        <translation>實收現金 {cash}，找零 {change}</translation>
    </message>
    <message>
        <source>实点现金</source>
        <translation>實點現金</translation>
    </message>
    <message>
        <source>实点现金合计</source>
        <translation>實點現金合計</translation>
    </message>
    <message>
        <source>审计记录第 {count} 条与锚点不符：锚点打印之后，链在此处被重写</source>
        <translation>審計記錄第 {count} 條與錨點不符：錨點列印之後，鏈在此處被重寫</translation>
    </message>
    <message>
        <source>审计记录第 {count} 条（id {row_id}）与前一条的链接不符（之前的记录被删除或改动）</source>
        <translation>審計記錄第 {count} 條（id {row_id}）與前一條的連結不符（之前的記錄被刪除或改動）</translation>
    </message>
    <message>
        <source>审计记录第 {count} 条（id {row_id}）在删除个人信息后又被改动</source>
        <translation>審計記錄第 {count} 條（id {row_id}）在刪除個人資訊後又被改動</translation>
    </message>
    <message>
        <source>审计记录第 {count} 条（id {row_id}）声称改用无密钥的链接（被伪造）</source>
        <translation>審計記錄第 {count} 條（id {row_id}）聲稱改用無金鑰的連結（被偽造）</translation>
    </message>
    <message>
        <source>审计记录第 {count} 条（id {row_id}，{action}）的内容被修改，或不是用本账本的密钥写的</source>
        <translation>審計記錄第 {count} 條（id {row_id}，{action}）的內容被修改，或不是用本賬本的金鑰寫的</translation>
    </message>
    <message>
        <source>审计记录第 {count} 条：写入时发现链头被改动（链头记为 {recorded} 条），此前的记录可能被截去</source>
        <translation>審計記錄第 {count} 條：寫入時發現鏈頭被改動（鏈頭記為 {recorded} 條），此前的記錄可能被截去</translation>
    </message>
    <message>
        <source>审计记录第 {first}–{last} 条以密钥 {key_id} 封存，本机没有这把密钥，无法核对（在原电脑上导出密钥，或用恢复码 counter-app key import 导入后再核对）</source>
        <translation>審計記錄第 {first}–{last} 條以金鑰 {key_id} 封存，本機沒有這把金鑰，無法核對（在原電腦上匯出金鑰，或用恢復碼 counter-app key import 匯入後再核對）</translation>
    </message>
    <message>
        <source>审计记录第 {number} 条（{action} {entity}）</source>
        <translation>審計記錄第 {number} 條（{action} {entity}）</translation>
    </message>
    <message>
        <source>审计链共 {rows} 条，链头 {head}</source>
        <translation>審計鏈共 {rows} 條，鏈頭 {head}</translation>
    </message>
    <message>
        <source>审计链共 {rows} 条，链头 {head}（其中升级前无密钥的 {unkeyed} 条按 SHA-256 核对，只防无意的改动）</source>
        <translation>審計鏈共 {rows} 條，鏈頭 {head}（其中升級前無金鑰的 {unkeyed} 條按 SHA-256 核對，只防無意的改動）</translation>
    </message>
    <message>
        <source>审计链头</source>
        <translation>審計鏈頭</translation>
    </message>
    <message>
        <source>审计链头的校验值不符：链尾的记录被截去，或链头被改动</source>
        <translation>審計鏈頭的校驗值不符：鏈尾的記錄被截去，或鏈頭被改動</translation>
    </message>
    <message>
        <source>审计链的末端与记录的链头不符（链头 {head} 条，实有 {count} 条）：最后的记录被删除或改动</source>
        <translation>審計鏈的末端與記錄的鏈頭不符（鏈頭 {head} 條，實有 {count} 條）：最後的記錄被刪除或改動</translation>
    </message>
    <message>
        <source>审计链：{rows} 条</source>
        <translation>審計鏈：{rows} 條</translation>
    </message>
    <message>
        <source>客显没有显示：串口 {port} 无法打开（{why}）</source>
        <translation>客顯沒有顯示：序列埠 {port} 無法開啟（{why}）</translation>
    </message>
    <message>
        <source>密码不能以空格开头或结尾，也不能含控制字符</source>
        <translation>密碼不能以空格開頭或結尾，也不能含控制字元</translation>
    </message>
    <message>
        <source>密钥文件 {path} 读不出来：{why}</source>
        <translation>金鑰檔案 {path} 讀不出來：{why}</translation>
    </message>
    <message>
        <source>密钥文件里没有账本编号</source>
        <translation>金鑰檔案裡沒有賬本編號</translation>
    </message>
    <message>
        <source>对账单</source>
        <translation>對賬單</translation>
    </message>
    <message>
        <source>导入资料</source>
        <translation>匯入資料</translation>
    </message>
    <message>
        <source>导出文件名请以 .xlsx 或 .csv 结尾</source>
        <translation>匯出檔名請以 .xlsx 或 .csv 結尾</translation>
    </message>
    <message>
        <source>导出资料</source>
        <translation>匯出資料</translation>
    </message>
    <message>
        <source>将删除 {count} 位迁出住户的个人信息（保存期 {years} 年）</source>
        <translation>將刪除 {count} 位遷出住戶的個人資訊（儲存期 {years} 年）</translation>
    </message>
    <message>
        <source>小区名称</source>
        <translation>小區名稱</translation>
    </message>
    <message>
        <source>小区设置</source>
        <translation>小區設定</translation>
    </message>
    <message>
        <source>居民身份证</source>
        <translation>居民身份證</translation>
    </message>
    <message>
        <source>工作表“{sheet}”</source>
        <translation>工作表“{sheet}”</translation>
    </message>
    <message>
        <source>工作表“{sheet}”第 {line} 行</source>
        <translation>工作表“{sheet}”第 {line} 行</translation>
    </message>
    <message>
        <source>已停用用户 {user}</source>
        <translation>已停用使用者 {user}</translation>
    </message>
    <message>
        <source>已入住</source>
        <translation>已入住</translation>
    </message>
    <message>
        <source>已写出模板：{path}（在“数据”工作表填写；“示例”和“说明”供参考）</source>
        <translation>已寫出模板：{path}（在“資料”工作表填寫；“示例”和“說明”供參考）</translation>
    </message>
    <message>
        <source>已删除 {count} 位迁出住户的个人信息（保存期 {years} 年）</source>
        <translation>已刪除 {count} 位遷出住戶的個人資訊（儲存期 {years} 年）</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>已取消导入，没有写入任何数据</source>
        <translation>已取消匯入，沒有寫入任何資料</translation>
    </message>
    <message>
        <source>已取消打印</source>
        <translation>已取消列印</translation>
    </message>
    <message>
        <source>已启用用户 {user}</source>
        <translation>已啟用使用者 {user}</translation>
    </message>
    <message>
        <source>已导入（文件 SHA-256 {sha256}…，已记入审计日志）。</source>
        <translation>已匯入（檔案 SHA-256 {sha256}…，已記入審計日誌）。</translation>
    </message>
    <message>
        <source>已导出 {count} 行到 {path}</source>
        <translation>已匯出 {count} 行到 {path}</translation>
    </message>
    <message>
        <source>已开发票清单</source>
        <translation>已開發票清單</translation>
    </message>
    <message>
        <source>已开班：班次 {shift}，备用金 {amount} 元</source>
        <translation>已開班：班次 {shift}，備用金 {amount} 元</translation>
    </message>
    <message>
        <source>已打印</source>
        <translation>已列印</translation>
    </message>
    <message>
        <source>已按应收和收据重算全部留存数字（已记入审计日志）</source>
        <translation>已按應收和收據重算全部留存數字（已記入審計日誌）</translation>
    </message>
    <message>
        <source>已新增用户 {user}</source>
        <translation>已新增使用者 {user}</translation>
    </message>
    <message>
        <source>已日结</source>
        <translation>已日結</translation>
    </message>
    <message>
        <source>已有同名的文件</source>
        <translation>已有同名的檔案</translation>
    </message>
    <message>
        <source>已有同名的文件，请写文件夹</source>
        <translation>已有同名的檔案，請寫資料夾</translation>
    </message>
    <message>
        <source>已有名为 {name} 的优惠</source>
        <translation>已有名為 {name} 的優惠</translation>
    </message>
    <message>
        <source>已有名为 {name} 的优惠政策</source>
        <translation>已有名為 {name} 的優惠政策</translation>
    </message>
    <message>
        <source>已有未交班的班次，请先交班</source>
        <translation>已有未交班的班次，請先交班</translation>
    </message>
    <message>
        <source>已解答</source>
        <translation>已解答</translation>
    </message>
    <message>
        <source>已记账：{command} {number}（{amount} 元，{when}，{by}）</source>
        <translation>已記賬：{command} {number}（{amount} 元，{when}，{by}）</translation>
    </message>
    <message>
        <source>已记账：{command} {number}（{unit}，{amount} 元，{when}，{by}）</source>
        <translation>已記賬：{command} {number}（{unit}，{amount} 元，{when}，{by}）</translation>
    </message>
    <message>
        <source>已记账：{recorded}；但结果没能输出（接收输出的程序已关闭）</source>
        <translation>已記賬：{recorded}；但結果沒能輸出（接收輸出的程式已關閉）</translation>
    </message>
    <message>
        <source>已重开，未再日结</source>
        <translation>已重開，未再日結</translation>
    </message>
    <message>
        <source>已重置 {user} 的密码（并解除锁定）</source>
        <translation>已重置 {user} 的密碼（並解除鎖定）</translation>
    </message>
    <message>
        <source>年份 {year} 不在 {first} 到 {last} 之间</source>
        <translation>年份 {year} 不在 {first} 到 {last} 之間</translation>
    </message>
    <message>
        <source>应存现金</source>
        <translation>應存現金</translation>
    </message>
    <message>
        <source>应存银行现金</source>
        <translation>應存銀行現金</translation>
    </message>
    <message>
        <source>应收</source>
        <translation>應收</translation>
    </message>
    <message>
        <source>应收户数</source>
        <translation>應收戶數</translation>
    </message>
    <message>
        <source>应收金额已变化（显示 {shown} 元，现为 {now} 元）{who}；本次没有记账，请刷新后重试</source>
        <translation>應收金額已變化（顯示 {shown} 元，現為 {now} 元）{who}；本次沒有記賬，請重新整理後重試</translation>
    </message>
    <message>
        <source>应有现金</source>
        <translation>應有現金</translation>
    </message>
    <message>
        <source>应缴合计</source>
        <translation>應繳合計</translation>
    </message>
    <message>
        <source>建筑面积</source>
        <translation>建築面積</translation>
    </message>
    <message>
        <source>建筑面积 {area}㎡ 不合理，请核对</source>
        <translation>建築面積 {area}㎡ 不合理，請核對</translation>
    </message>
    <message>
        <source>开户行</source>
        <translation>開戶行</translation>
    </message>
    <message>
        <source>开班</source>
        <translation>開班</translation>
    </message>
    <message>
        <source>开票申请</source>
        <translation>開票申請</translation>
    </message>
    <message>
        <source>开票申请 {request} 刚被处理过</source>
        <translation>開票申請 {request} 剛被處理過</translation>
    </message>
    <message>
        <source>开票申请 {request} 现为“{status}”，{refusal}</source>
        <translation>開票申請 {request} 現為“{status}”，{refusal}</translation>
    </message>
    <message>
        <source>开钱箱要写明原因</source>
        <translation>開錢箱要寫明原因</translation>
    </message>
    <message>
        <source>张数</source>
        <translation>張數</translation>
    </message>
    <message>
        <source>张数不能为负数</source>
        <translation>張數不能為負數</translation>
    </message>
    <message>
        <source>张数过大，请核对</source>
        <translation>張數過大，請核對</translation>
    </message>
    <message>
        <source>当期</source>
        <translation>當期</translation>
    </message>
    <message>
        <source>当期实收</source>
        <translation>當期實收</translation>
    </message>
    <message>
        <source>当期应收</source>
        <translation>當期應收</translation>
    </message>
    <message>
        <source>当期收费率（按收费项目）</source>
        <translation>當期收費率（按收費專案）</translation>
    </message>
    <message>
        <source>录入抄表</source>
        <translation>錄入抄表</translation>
    </message>
    <message>
        <source>往期尚欠</source>
        <translation>往期尚欠</translation>
    </message>
    <message>
        <source>往期（柜台）</source>
        <translation>往期（櫃檯）</translation>
    </message>
    <message>
        <source>微信支付</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>必须给出参数 {names} 之一</source>
        <translation>必須給出引數 {names} 之一</translation>
    </message>
    <message>
        <source>恢复前要先在服务器 {target} 上另建一个临时数据库 {name} 检查备份，但这个用户没有建库权限。请管理员执行 ALTER ROLE 用户名 CREATEDB（见 docs/SERVER.md 第 6 节）；账本没有改动</source>
        <translation>恢復前要先在伺服器 {target} 上另建一個臨時資料庫 {name} 檢查備份，但這個使用者沒有建庫許可權。請管理員執行 ALTER ROLE 使用者名稱 CREATEDB（見 docs/SERVER.md 第 6 節）；賬本沒有改動</translation>
    </message>
    <message>
        <source>恢复后的账本与检查过的备份不一致。恢复前的账本已备份在 {saved}，可用它恢复回去。</source>
        <translation>恢復後的賬本與檢查過的備份不一致。恢復前的賬本已備份在 {saved}，可用它恢復回去。</translation>
    </message>
    <message>
        <source>恢复码只含字母 A–Z 和数字 2–7（可带空格和连字符）</source>
        <translation>恢復碼只含字母 A–Z 和數字 2–7（可帶空格和連字元）</translation>
    </message>
    <message>
        <source>恢复码校验不符（抄错或输错了字符），请核对后重新输入</source>
        <translation>恢復碼校驗不符（抄錯或輸錯了字元），請核對後重新輸入</translation>
    </message>
    <message>
        <source>恢复码长度不对，请核对后重新输入</source>
        <translation>恢復碼長度不對，請核對後重新輸入</translation>
    </message>
    <message>
        <source>您手中没有可用的收据本</source>
        <translation>您手中沒有可用的收據本</translation>
    </message>
    <message>
        <source>截止日期应为 YYYY-MM-DD</source>
        <translation>截止日期應為 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>截至</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>截至 {day}：{figures}；预存余额 {prepaid} 元</source>
        <translation>截至 {day}：{figures}；預存餘額 {prepaid} 元</translation>
    </message>
    <message>
        <source>截至 {up_to} 没有要代扣的费用</source>
        <translation>截至 {up_to} 沒有要代扣的費用</translation>
    </message>
    <message>
        <source>截至日 {as_of} 在今天（{today}）之后</source>
        <translation>截至日 {as_of} 在今天（{today}）之後</translation>
    </message>
    <message>
        <source>户名</source>
        <translation>戶名</translation>
    </message>
    <message>
        <source>户收费率</source>
        <translation>戶收費率</translation>
    </message>
    <message>
        <source>户数</source>
        <translation>戶數</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>房號</translation>
    </message>
    <message>
        <source>房号 {code} 已存在</source>
        <translation>房號 {code} 已存在</translation>
    </message>
    <message>
        <source>房号“{room}”应为 1 到 8 位数字或字母，如 501</source>
        <translation>房號“{room}”應為 1 到 8 位數字或字母，如 501</translation>
    </message>
    <message>
        <source>房号“{room}”看不出楼层，请填写楼层</source>
        <translation>房號“{room}”看不出樓層，請填寫樓層</translation>
    </message>
    <message>
        <source>房屋</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>房屋 {unit} 在 {month} 的迟缴记为 {kept} 笔，按收据明细为 {counted} 笔（迟缴月份记录被改动）</source>
        <translation>房屋 {unit} 在 {month} 的遲繳記為 {kept} 筆，按收據明細為 {counted} 筆（遲繳月份記錄被改動）</translation>
    </message>
    <message>
        <source>房屋 {unit} 的预存余额为 {stored}，各笔收支合计为 {moved}（余额被改动）</source>
        <translation>房屋 {unit} 的預存餘額為 {stored}，各筆收支合計為 {moved}（餘額被改動）</translation>
    </message>
    <message>
        <source>房屋 {unit} 记下的欠费 {kept} 元（滞纳金 {kept_late} 元），按各笔应收算为 {added} 元（滞纳金 {added_late} 元）：欠费汇总与应收不符</source>
        <translation>房屋 {unit} 記下的欠費 {kept} 元（滯納金 {kept_late} 元），按各筆應收算為 {added} 元（滯納金 {added_late} 元）：欠費彙總與應收不符</translation>
    </message>
    <message>
        <source>房屋 {unit} 记下的欠费明细（各收费项目、笔数、月份、最早到期日）与各笔应收不符，或不是程序写下的样子（欠费汇总被改动）</source>
        <translation>房屋 {unit} 記下的欠費明細（各收費專案、筆數、月份、最早到期日）與各筆應收不符，或不是程式寫下的樣子（欠費彙總被改動）</translation>
    </message>
    <message>
        <source>房屋状态应为 {states}</source>
        <translation>房屋狀態應為 {states}</translation>
    </message>
    <message>
        <source>房屋类型应为 {kinds}</source>
        <translation>房屋型別應為 {kinds}</translation>
    </message>
    <message>
        <source>房屋类型或状态不正确</source>
        <translation>房屋型別或狀態不正確</translation>
    </message>
    <message>
        <source>所选范围内没有需要通知的欠费，未生成通知单</source>
        <translation>所選範圍內沒有需要通知的欠費，未生成通知單</translation>
    </message>
    <message>
        <source>所选费用已被其他收款冲抵，请刷新后重试</source>
        <translation>所選費用已被其他收款衝抵，請重新整理後重試</translation>
    </message>
    <message>
        <source>手机号码“{raw}”是 {n} 位，应为 11 位</source>
        <translation>手機號碼“{raw}”是 {n} 位，應為 11 位</translation>
    </message>
    <message>
        <source>打印收据</source>
        <translation>列印收據</translation>
    </message>
    <message>
        <source>打印时间</source>
        <translation>列印時間</translation>
    </message>
    <message>
        <source>打印机无法开始打印（脱机或缺纸？）</source>
        <translation>印表機無法開始列印（離線或缺紙？）</translation>
    </message>
    <message>
        <source>打印：counter-app receipt pdf {number} --out {number}.pdf 后送打印机，或在收费窗口按 Ctrl+P</source>
        <translation>列印：counter-app receipt pdf {number} --out {number}.pdf 後送印表機，或在收費視窗按 Ctrl+P</translation>
    </message>
    <message>
        <source>扣费单号</source>
        <translation>扣費單號</translation>
    </message>
    <message>
        <source>批次号应形如 PL2026-0001</source>
        <translation>批次號應形如 PL2026-0001</translation>
    </message>
    <message>
        <source>批量计费</source>
        <translation>批次計費</translation>
    </message>
    <message>
        <source>找不到 PostgreSQL 的 {name} 程序：请安装 PostgreSQL 客户端工具，或把它所在的文件夹写入环境变量 COUNTER_APP_PG_BIN</source>
        <translation>找不到 PostgreSQL 的 {name} 程式：請安裝 PostgreSQL 客戶端工具，或把它所在的資料夾寫入環境變數 COUNTER_APP_PG_BIN</translation>
    </message>
    <message>
        <source>找不到凭证格式文件 {file}</source>
        <translation>找不到憑證格式檔案 {file}</translation>
    </message>
    <message>
        <source>找不到打印机“{printer}”</source>
        <translation>找不到印表機“{printer}”</translation>
    </message>
    <message>
        <source>找不到数据库服务器{where}：这个名字在网络上查不到（网络断开，或地址写错）。本次操作没有记账；{retry}若一直如此请管理员检查连接设置里的服务器地址。</source>
        <translation>找不到資料庫伺服器{where}：這個名字在網路上查不到（網路斷開，或地址寫錯）。本次操作沒有記賬；{retry}若一直如此請管理員檢查連線設定裡的伺服器地址。</translation>
    </message>
    <message>
        <source>找不到文件 {path}</source>
        <translation>找不到檔案 {path}</translation>
    </message>
    <message>
        <source>承诺缴费日期</source>
        <translation>承諾繳費日期</translation>
    </message>
    <message>
        <source>抄表</source>
        <translation>抄表</translation>
    </message>
    <message>
        <source>抄表日期 {read_on} 早于上次抄表 {last}</source>
        <translation>抄表日期 {read_on} 早於上次抄表 {last}</translation>
    </message>
    <message>
        <source>抄表计量</source>
        <translation>抄表計量</translation>
    </message>
    <message>
        <source>抄表计量的项目请输入用量</source>
        <translation>抄表計量的專案請輸入用量</translation>
    </message>
    <message>
        <source>抄表读数</source>
        <translation>抄表讀數</translation>
    </message>
    <message>
        <source>把账本迁移到服务器</source>
        <translation>把賬本遷移到伺服器</translation>
    </message>
    <message>
        <source>投诉</source>
        <translation>投訴</translation>
    </message>
    <message>
        <source>折扣</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>折扣/减免原因</source>
        <translation>折扣/減免原因</translation>
    </message>
    <message>
        <source>折扣/减免必须填写原因</source>
        <translation>折扣/減免必須填寫原因</translation>
    </message>
    <message>
        <source>折扣/减免需要 --reason 原因和 --authoriser 主管</source>
        <translation>折扣/減免需要 --reason 原因和 --authoriser 主管</translation>
    </message>
    <message>
        <source>折扣/减免需要主管授权</source>
        <translation>折扣/減免需要主管授權</translation>
    </message>
    <message>
        <source>折扣/减免（不收款）</source>
        <translation>折扣/減免（不收款）</translation>
    </message>
    <message>
        <source>折扣比例</source>
        <translation>折扣比例</translation>
    </message>
    <message>
        <source>折扣比例必须大于 0% 且小于 100%</source>
        <translation>折扣比例必須大於 0% 且小於 100%</translation>
    </message>
    <message>
        <source>护照</source>
        <translation>護照</translation>
    </message>
    <message>
        <source>抹零</source>
        <translation>抹零</translation>
    </message>
    <message>
        <source>押金</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>押金不能用现金支出退还：请在收据查询中找到收取押金的收据，办理退款（F7），退款单会核销押金</source>
        <translation>押金不能用現金支出退還：請在收據查詢中找到收取押金的收據，辦理退款（F7），退款單會核銷押金</translation>
    </message>
    <message>
        <source>押金合计</source>
        <translation>押金合計</translation>
    </message>
    <message>
        <source>押金收取</source>
        <translation>押金收取</translation>
    </message>
    <message>
        <source>押金退还</source>
        <translation>押金退還</translation>
    </message>
    <message>
        <source>拒绝</source>
        <translation>拒絕</translation>
    </message>
    <message>
        <source>指纹：{fingerprint}</source>
        <translation>指紋：{fingerprint}</translation>
    </message>
    <message>
        <source>按付款方式</source>
        <translation>按付款方式</translation>
    </message>
    <message>
        <source>按收费项目</source>
        <translation>按收費專案</translation>
    </message>
    <message>
        <source>按车位</source>
        <translation>按車位</translation>
    </message>
    <message>
        <source>按金额收款不能使用折扣/减免，请选择要收的费用</source>
        <translation>按金額收款不能使用折扣/減免，請選擇要收的費用</translation>
    </message>
    <message>
        <source>损坏</source>
        <translation>損壞</translation>
    </message>
    <message>
        <source>换表请填写旧表止码（旧表拆下时的读数）和新表起始读数</source>
        <translation>換表請填寫舊錶止碼（舊錶拆下時的讀數）和新表起始讀數</translation>
    </message>
    <message>
        <source>授权人</source>
        <translation>授權人</translation>
    </message>
    <message>
        <source>授权人 {user} 的密码：</source>
        <translation>授權人 {user} 的密碼：</translation>
    </message>
    <message>
        <source>授权人用户名或密码错误</source>
        <translation>授權人使用者名稱或密碼錯誤</translation>
    </message>
    <message>
        <source>授权人账号已锁定</source>
        <translation>授權人賬號已鎖定</translation>
    </message>
    <message>
        <source>授权截止日期 {until} 早于起始日期 {since}</source>
        <translation>授權截止日期 {until} 早於起始日期 {since}</translation>
    </message>
    <message>
        <source>授权折扣/减免</source>
        <translation>授權折扣/減免</translation>
    </message>
    <message>
        <source>授权现金支出、交款与冲销</source>
        <translation>授權現金支出、交款與沖銷</translation>
    </message>
    <message>
        <source>接收发票的邮箱或手机号不正确：“{contact}”（邮箱如 name@example.com，手机为 11 位）</source>
        <translation>接收發票的郵箱或手機號不正確：“{contact}”（郵箱如 name@example.com，手機為 11 位）</translation>
    </message>
    <message>
        <source>撤销原因</source>
        <translation>撤銷原因</translation>
    </message>
    <message>
        <source>撤销计费必须填写原因</source>
        <translation>撤銷計費必須填寫原因</translation>
    </message>
    <message>
        <source>操作没有完成</source>
        <translation>操作沒有完成</translation>
    </message>
    <message>
        <source>支付宝</source>
        <translation>支付寶</translation>
    </message>
    <message>
        <source>支出</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>支出原因</source>
        <translation>支出原因</translation>
    </message>
    <message>
        <source>支出原因为“其他”时须写明用途</source>
        <translation>支出原因為“其他”時須寫明用途</translation>
    </message>
    <message>
        <source>收据</source>
        <translation>收據</translation>
    </message>
    <message>
        <source>收据 {number}</source>
        <translation>收據 {number}</translation>
    </message>
    <message>
        <source>收据 {number}  {unit}  {payer}</source>
        <translation>收據 {number}  {unit}  {payer}</translation>
    </message>
    <message>
        <source>收据 {number} 不是您本班次开出的收据</source>
        <translation>收據 {number} 不是您本班次開出的收據</translation>
    </message>
    <message>
        <source>收据 {number} 与账本相符，但本机没有封存它的密钥 {key}，无法确认校验值（导入密钥后再试）</source>
        <translation>收據 {number} 與賬本相符，但本機沒有封存它的金鑰 {key}，無法確認校驗值（匯入金鑰後再試）</translation>
    </message>
    <message>
        <source>收据 {number} 在账本中的内容与封存不符，请运行 核对账本</source>
        <translation>收據 {number} 在賬本中的內容與封存不符，請執行 核對賬本</translation>
    </message>
    <message>
        <source>收据 {number} 已作废（{amount} 元，原因：{reason}，授权：{authoriser}）；所收费用已恢复为欠费</source>
        <translation>收據 {number} 已作廢（{amount} 元，原因：{reason}，授權：{authoriser}）；所收費用已恢復為欠費</translation>
    </message>
    <message>
        <source>收据 {number} 已作废，不能开发票</source>
        <translation>收據 {number} 已作廢，不能開發票</translation>
    </message>
    <message>
        <source>收据 {number} 已作废，不能退款</source>
        <translation>收據 {number} 已作廢，不能退款</translation>
    </message>
    <message>
        <source>收据 {number} 已作废，却又被改回有效（在程序之外被改动）</source>
        <translation>收據 {number} 已作廢，卻又被改回有效（在程式之外被改動）</translation>
    </message>
    <message>
        <source>收据 {number} 已开具发票 No.{invoices}：{what}后须在电子税务局开具红字发票。请填写红字发票说明后再办理</source>
        <translation>收據 {number} 已開具發票 No.{invoices}：{what}後須在電子稅務局開具紅字發票。請填寫紅字發票說明後再辦理</translation>
    </message>
    <message>
        <source>收据 {number} 已有退款，不能作废</source>
        <translation>收據 {number} 已有退款，不能作廢</translation>
    </message>
    <message>
        <source>收据 {number} 已经作废</source>
        <translation>收據 {number} 已經作廢</translation>
    </message>
    <message>
        <source>收据 {number} 已经记在表单 {form} 上</source>
        <translation>收據 {number} 已經記在表單 {form} 上</translation>
    </message>
    <message>
        <source>收据 {number} 已输出到 {path}</source>
        <translation>收據 {number} 已輸出到 {path}</translation>
    </message>
    <message>
        <source>收据 {number} 已输出到 {path}（重印第 {count} 次）</source>
        <translation>收據 {number} 已輸出到 {path}（重印第 {count} 次）</translation>
    </message>
    <message>
        <source>收据 {number} 所在班次尚未交班，请直接作废</source>
        <translation>收據 {number} 所在班次尚未交班，請直接作廢</translation>
    </message>
    <message>
        <source>收据 {number} 所在班次已交班，不能作废，只能办理退款</source>
        <translation>收據 {number} 所在班次已交班，不能作廢，只能辦理退款</translation>
    </message>
    <message>
        <source>收据 {number} 是练习收据，不能开发票</source>
        <translation>收據 {number} 是練習收據，不能開發票</translation>
    </message>
    <message>
        <source>收据 {number} 有 {n} 个开票申请，请用申请号指明</source>
        <translation>收據 {number} 有 {n} 個開票申請，請用申請號指明</translation>
    </message>
    <message>
        <source>收据 {number} 没有作废</source>
        <translation>收據 {number} 沒有作廢</translation>
    </message>
    <message>
        <source>收据 {number} 没有可以开发票的费用行（已申请或已开具，或已退款）</source>
        <translation>收據 {number} 沒有可以開發票的費用行（已申請或已開具，或已退款）</translation>
    </message>
    <message>
        <source>收据 {number} 没有审计记录（在程序之外新增）</source>
        <translation>收據 {number} 沒有審計記錄（在程式之外新增）</translation>
    </message>
    <message>
        <source>收据 {number} 没有第 {line} 行</source>
        <translation>收據 {number} 沒有第 {line} 行</translation>
    </message>
    <message>
        <source>收据 {number} 没有行号 {lines}（可退的行：{left}）</source>
        <translation>收據 {number} 沒有行號 {lines}（可退的行：{left}）</translation>
    </message>
    <message>
        <source>收据 {number} 的作废</source>
        <translation>收據 {number} 的作廢</translation>
    </message>
    <message>
        <source>收据 {number} 的内容与审计记录不符（金额或明细被改动）</source>
        <translation>收據 {number} 的內容與審計記錄不符（金額或明細被改動）</translation>
    </message>
    <message>
        <source>收据 {number} 的封存记录不是用本账本的密钥写的：账本被改动</source>
        <translation>收據 {number} 的封存記錄不是用本賬本的金鑰寫的：賬本被改動</translation>
    </message>
    <message>
        <source>收据 {number} 的校验值不符：不是本处开出的收据（或账本被改动）</source>
        <translation>收據 {number} 的校驗值不符：不是本處開出的收據（或賬本被改動）</translation>
    </message>
    <message>
        <source>收据 {number} 的签名有效（{date} {unit} {amount} 元），但账本中记为 {held_date} {held_unit} {held_amount} 元：账本被改动，请运行 核对账本</source>
        <translation>收據 {number} 的簽名有效（{date} {unit} {amount} 元），但賬本中記為 {held_date} {held_unit} {held_amount} 元：賬本被改動，請執行 核對賬本</translation>
    </message>
    <message>
        <source>收据 {number} 的签名有效，但它在账本中的内容与封存不符，请运行 核对账本</source>
        <translation>收據 {number} 的簽名有效，但它在賬本中的內容與封存不符，請執行 核對賬本</translation>
    </message>
    <message>
        <source>收据 {number} 的金额为 {held} 元，扫描到的是 {scanned} 元：收据被改过，不是本处开出的原样</source>
        <translation>收據 {number} 的金額為 {held} 元，掃描到的是 {scanned} 元：收據被改過，不是本處開出的原樣</translation>
    </message>
    <message>
        <source>收据 {number} 被标为作废，但审计记录里没有这次作废（在程序之外被改动）</source>
        <translation>收據 {number} 被標為作廢，但審計記錄裡沒有這次作廢（在程式之外被改動）</translation>
    </message>
    <message>
        <source>收据 {number} 记在审计记录第 {row} 条，账本里却没有这张收据（被删除）</source>
        <translation>收據 {number} 記在審計記錄第 {row} 條，賬本里卻沒有這張收據（被刪除）</translation>
    </message>
    <message>
        <source>收据 {number}（{amount} 元）是本处开出的有效收据</source>
        <translation>收據 {number}（{amount} 元）是本處開出的有效收據</translation>
    </message>
    <message>
        <source>收据 {number}（{amount} 元）是本处开出的，但已作废</source>
        <translation>收據 {number}（{amount} 元）是本處開出的，但已作廢</translation>
    </message>
    <message>
        <source>收据 {number}（{amount} 元）是本处开出的，已退款 {back} 元（{refunds}）</source>
        <translation>收據 {number}（{amount} 元）是本處開出的，已退款 {back} 元（{refunds}）</translation>
    </message>
    <message>
        <source>收据 {number}（{amount} 元）的签名不是本处的密钥签的：伪造或被改过（金额、房号、日期任何一项改动都使签名失效）</source>
        <translation>收據 {number}（{amount} 元）的簽名不是本處的金鑰籤的：偽造或被改過（金額、房號、日期任何一項改動都使簽名失效）</translation>
    </message>
    <message>
        <source>收据 {number}（{date} {unit} {amount} 元）</source>
        <translation>收據 {number}（{date} {unit} {amount} 元）</translation>
    </message>
    <message>
        <source>收据 {number}（{date} {unit} {amount} 元）由本处的密钥签名，但本账本里没有这张收据（另一个小区或另一个账本开出的？）</source>
        <translation>收據 {number}（{date} {unit} {amount} 元）由本處的金鑰簽名，但本賬本里沒有這張收據（另一個小區或另一個賬本開出的？）</translation>
    </message>
    <message>
        <source>收据 {number}：{what}</source>
        <translation>收據 {number}：{what}</translation>
    </message>
    <message>
        <source>收据 {number}：抹零不合规则（一元以上、多于一笔或没有现金）</source>
        <translation>收據 {number}：抹零不合規則（一元以上、多於一筆或沒有現金）</translation>
    </message>
    <message>
        <source>收据付款方式</source>
        <translation>收據付款方式</translation>
    </message>
    <message>
        <source>收据号</source>
        <translation>收據號</translation>
    </message>
    <message>
        <source>收据号 {number} 在审计记录中出现 {times} 次（第 {rows} 条）</source>
        <translation>收據號 {number} 在審計記錄中出現 {times} 次（第 {rows} 條）</translation>
    </message>
    <message>
        <source>收据号码</source>
        <translation>收據號碼</translation>
    </message>
    <message>
        <source>收据张数</source>
        <translation>收據張數</translation>
    </message>
    <message>
        <source>收据明细</source>
        <translation>收據明細</translation>
    </message>
    <message>
        <source>收据本</source>
        <translation>收據本</translation>
    </message>
    <message>
        <source>收据本 {book} 已经在 {user} 手中</source>
        <translation>收據本 {book} 已經在 {user} 手中</translation>
    </message>
    <message>
        <source>收据本 {book} 已经用完</source>
        <translation>收據本 {book} 已經用完</translation>
    </message>
    <message>
        <source>收据本 {series} {first}–{last} 与已登记的 {series} {a}–{b} 号码重叠</source>
        <translation>收據本 {series} {first}–{last} 與已登記的 {series} {a}–{b} 號碼重疊</translation>
    </message>
    <message>
        <source>收据本的止号必须不小于起号，且起号大于零</source>
        <translation>收據本的止號必須不小於起號，且起號大於零</translation>
    </message>
    <message>
        <source>收据本表单</source>
        <translation>收據本表單</translation>
    </message>
    <message>
        <source>收据本领用</source>
        <translation>收據本領用</translation>
    </message>
    <message>
        <source>收据标题</source>
        <translation>收據標題</translation>
    </message>
    <message>
        <source>收据校验码的格式为 收据号|金额|12 位校验值（扫描收据上的二维码）</source>
        <translation>收據校驗碼的格式為 收據號|金額|12 位校驗值（掃描收據上的二維碼）</translation>
    </message>
    <message>
        <source>收据校验码里的金额“{amount}”不是金额</source>
        <translation>收據校驗碼裡的金額“{amount}”不是金額</translation>
    </message>
    <message>
        <source>收据版式之一：{layouts}</source>
        <translation>收據版式之一：{layouts}</translation>
    </message>
    <message>
        <source>收据行号[:金额]，以逗号分隔，如 12:50.00,13（不写金额即退该行余额）</source>
        <translation>收據行號[:金額]，以逗號分隔，如 12:50.00,13（不寫金額即退該行餘額）</translation>
    </message>
    <message>
        <source>收款</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>收款内容仍在屏幕上，程序会自动重试。</source>
        <translation>收款內容仍在螢幕上，程式會自動重試。</translation>
    </message>
    <message>
        <source>收款合计（各日日结之和）</source>
        <translation>收款合計（各日日結之和）</translation>
    </message>
    <message>
        <source>收款员</source>
        <translation>收款員</translation>
    </message>
    <message>
        <source>收款金额必须大于零且在合理范围内</source>
        <translation>收款金額必須大於零且在合理範圍內</translation>
    </message>
    <message>
        <source>收费员</source>
        <translation>收費員</translation>
    </message>
    <message>
        <source>收费本金</source>
        <translation>收費本金</translation>
    </message>
    <message>
        <source>收费标准</source>
        <translation>收費標準</translation>
    </message>
    <message>
        <source>收费率</source>
        <translation>收費率</translation>
    </message>
    <message>
        <source>收费率 = 当期实收 ÷ 当期应收；户收费率 = 缴清户数 ÷ 应收户数；清缴率 = 收回往期欠费 ÷（收回 + 尚欠）。费用按其期间起始月份归属。</source>
        <translation>收費率 = 當期實收 ÷ 當期應收；戶收費率 = 繳清戶數 ÷ 應收戶數；清繳率 = 收回往期欠費 ÷（收回 + 尚欠）。費用按其期間起始月份歸屬。</translation>
    </message>
    <message>
        <source>收费说明</source>
        <translation>收費說明</translation>
    </message>
    <message>
        <source>收费项目</source>
        <translation>收費專案</translation>
    </message>
    <message>
        <source>收费项目 {items} 还没有设置税收分类编码和税率（counter-app invoice item），没有生成文件</source>
        <translation>收費專案 {items} 還沒有設定稅收分類編碼和稅率（counter-app invoice item），沒有生成檔案</translation>
    </message>
    <message>
        <source>收费项目 {item} 在 {month} 的应收合计记为 {kept}，各笔应收合计为 {added}</source>
        <translation>收費專案 {item} 在 {month} 的應收合計記為 {kept}，各筆應收合計為 {added}</translation>
    </message>
    <message>
        <source>收费项目 {item} 在 {month} 的欠费合计记为 {kept}，各笔未收合计为 {added}（欠费汇总被改动）</source>
        <translation>收費專案 {item} 在 {month} 的欠費合計記為 {kept}，各筆未收合計為 {added}（欠費彙總被改動）</translation>
    </message>
    <message>
        <source>收费项目代码 {code} 已存在，请换一个代码</source>
        <translation>收費專案程式碼 {code} 已存在，請換一個程式碼</translation>
    </message>
    <message>
        <source>政策依据</source>
        <translation>政策依據</translation>
    </message>
    <message>
        <source>政策依据：{basis}</source>
        <translation>政策依據：{basis}</translation>
    </message>
    <message>
        <source>数据库中已是文件中的内容，没有需要导入的。</source>
        <translation>資料庫中已是檔案中的內容，沒有需要匯入的。</translation>
    </message>
    <message>
        <source>数据库中还没有小区资料</source>
        <translation>資料庫中還沒有小區資料</translation>
    </message>
    <message>
        <source>数据库出错（{code}）。本次操作没有记账；请重试，若仍出错请联系管理员。</source>
        <translation>資料庫出錯（{code}）。本次操作沒有記賬；請重試，若仍出錯請聯絡管理員。</translation>
    </message>
    <message>
        <source>数据库文件 {path} 位于{where}上。SQLite 数据库只能放在本机硬盘上：网络共享不支持它的日志方式，多台电脑同时使用会损坏账目。请把数据库放回本机；几个收费窗口共用一套账时，请使用 PostgreSQL 服务器。</source>
        <translation>資料庫檔案 {path} 位於{where}上。SQLite 資料庫只能放在本機硬碟上：網路共享不支援它的日誌方式，多臺電腦同時使用會損壞賬目。請把資料庫放回本機；幾個收費視窗共用一套賬時，請使用 PostgreSQL 伺服器。</translation>
    </message>
    <message>
        <source>数据库文件{where}已损坏或不是本程序的数据库。请不要再在它上面收款：从备份恢复，或联系管理员；损坏的文件请保留以便检查。</source>
        <translation>資料庫檔案{where}已損壞或不是本程式的資料庫。請不要再在它上面收款：從備份恢復，或聯絡管理員；損壞的檔案請保留以便檢查。</translation>
    </message>
    <message>
        <source>数据库文件{where}或它所在的文件夹是只读的，无法记账。请检查文件夹的写入权限，或把数据库放到可写的位置。</source>
        <translation>資料庫檔案{where}或它所在的資料夾是隻讀的，無法記賬。請檢查資料夾的寫入許可權，或把資料庫放到可寫的位置。</translation>
    </message>
    <message>
        <source>数据库文件损坏：{problem}</source>
        <translation>資料庫檔案損壞：{problem}</translation>
    </message>
    <message>
        <source>数据库文件的路径，或服务器地址 postgresql://用户@服务器/数据库</source>
        <translation>資料庫檔案的路徑，或伺服器地址 postgresql://使用者@伺服器/資料庫</translation>
    </message>
    <message>
        <source>数据库文件：{integrity}</source>
        <translation>資料庫檔案：{integrity}</translation>
    </message>
    <message>
        <source>数据库服务器{where}不允许这个用户使用设置里的数据库（没有 CONNECT 权限）。请管理员授权。</source>
        <translation>資料庫伺服器{where}不允許這個使用者使用設定裡的資料庫（沒有 CONNECT 許可權）。請管理員授權。</translation>
    </message>
    <message>
        <source>数据库服务器{where}不允许这台电脑（或这个用户）连接（pg_hba.conf 没有相应的条目）。请管理员在服务器的 pg_hba.conf 里允许这台电脑的地址。</source>
        <translation>資料庫伺服器{where}不允許這臺電腦（或這個使用者）連線（pg_hba.conf 沒有相應的條目）。請管理員在伺服器的 pg_hba.conf 裡允許這臺電腦的地址。</translation>
    </message>
    <message>
        <source>数据库服务器{where}只接受加密（TLS）连接，而连接设置没有要求加密。请在地址后加上 ?sslmode=require（见 docs/SERVER.md 第 3、5 节）。</source>
        <translation>資料庫伺服器{where}只接受加密（TLS）連線，而連線設定沒有要求加密。請在地址後加上 ?sslmode=require（見 docs/SERVER.md 第 3、5 節）。</translation>
    </message>
    <message>
        <source>数据库服务器{where}拒绝了登录：用户名或密码不对。请管理员检查连接设置（或 pgpass 文件）里的密码。</source>
        <translation>資料庫伺服器{where}拒絕了登入：使用者名稱或密碼不對。請管理員檢查連線設定（或 pgpass 檔案）裡的密碼。</translation>
    </message>
    <message>
        <source>数据库服务器{where}的证书不受信任或与地址不符（sslmode=verify-full）。请管理员检查 root.crt 和服务器证书。</source>
        <translation>資料庫伺服器{where}的證書不受信任或與地址不符（sslmode=verify-full）。請管理員檢查 root.crt 和伺服器證書。</translation>
    </message>
    <message>
        <source>数据库服务器{where}的连接数已满或正在启动。本次操作没有记账；{retry}</source>
        <translation>資料庫伺服器{where}的連線數已滿或正在啟動。本次操作沒有記賬；{retry}</translation>
    </message>
    <message>
        <source>数据库服务器{where}要求密码，但连接设置里没有密码。请管理员在地址或 pgpass 文件里写上密码。</source>
        <translation>資料庫伺服器{where}要求密碼，但連線設定裡沒有密碼。請管理員在地址或 pgpass 檔案裡寫上密碼。</translation>
    </message>
    <message>
        <source>数据库服务器上没有设置里的数据库{where}。请检查数据库名称。</source>
        <translation>資料庫伺服器上沒有設定裡的資料庫{where}。請檢查資料庫名稱。</translation>
    </message>
    <message>
        <source>数据库正被另一个程序或收费窗口占用，等待超时。请稍候重试；若一直如此，请关闭其他正在使用该数据库的程序。</source>
        <translation>資料庫正被另一個程式或收費窗口占用，等待超時。請稍候重試；若一直如此，請關閉其他正在使用該資料庫的程式。</translation>
    </message>
    <message>
        <source>文件 {file} 不存在</source>
        <translation>檔案 {file} 不存在</translation>
    </message>
    <message>
        <source>文件夹 {folder} 不存在</source>
        <translation>資料夾 {folder} 不存在</translation>
    </message>
    <message>
        <source>文件夹 {folder} 不存在；没有恢复</source>
        <translation>資料夾 {folder} 不存在；沒有恢復</translation>
    </message>
    <message>
        <source>文件或文件夹不存在</source>
        <translation>檔案或資料夾不存在</translation>
    </message>
    <message>
        <source>文件或文件夹的路径（不能为空，不能含控制字符）</source>
        <translation>檔案或資料夾的路徑（不能為空，不能含控制字元）</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>新增标准需要项目、--from 和 --rate</source>
        <translation>新增標準需要專案、--from 和 --rate</translation>
    </message>
    <message>
        <source>新增用户需要 --name、--role 和 --new-password</source>
        <translation>新增使用者需要 --name、--role 和 --new-password</translation>
    </message>
    <message>
        <source>新库校验：{problem}</source>
        <translation>新庫校驗：{problem}</translation>
    </message>
    <message>
        <source>新表起始读数</source>
        <translation>新表起始讀數</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>方式:金额[:参考号]，方式为 {methods}</source>
        <translation>方式:金額[:參考號]，方式為 {methods}</translation>
    </message>
    <message>
        <source>无效的选择：{value}（可选：{choices}）</source>
        <translation>無效的選擇：{value}（可選：{choices}）</translation>
    </message>
    <message>
        <source>无法写入备份位置 {folder}：{detail}；没有备份，账本没有改动</source>
        <translation>無法寫入備份位置 {folder}：{detail}；沒有備份，賬本沒有改動</translation>
    </message>
    <message>
        <source>无法打开数据库文件{where}：文件夹不存在或没有访问权限。请检查路径（--db）和文件夹权限。</source>
        <translation>無法開啟資料庫檔案{where}：資料夾不存在或沒有訪問許可權。請檢查路徑（--db）和資料夾許可權。</translation>
    </message>
    <message>
        <source>无法识别的参数：{names}</source>
        <translation>無法識別的引數：{names}</translation>
    </message>
    <message>
        <source>无法读取收据 PDF</source>
        <translation>無法讀取收據 PDF</translation>
    </message>
    <message>
        <source>日期 {day} 不在 1950 年到 2100 年之间，请核对</source>
        <translation>日期 {day} 不在 1950 年到 2100 年之間，請核對</translation>
    </message>
    <message>
        <source>日期“{value}”不存在</source>
        <translation>日期“{value}”不存在</translation>
    </message>
    <message>
        <source>日期“{value}”看不懂（可写 2026-01-05、2026/1/5 或 2026年1月5日）</source>
        <translation>日期“{value}”看不懂（可寫 2026-01-05、2026/1/5 或 2026年1月5日）</translation>
    </message>
    <message>
        <source>日期应写成 YYYY-MM-DD</source>
        <translation>日期應寫成 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>日结人</source>
        <translation>日結人</translation>
    </message>
    <message>
        <source>日结报表</source>
        <translation>日結報表</translation>
    </message>
    <message>
        <source>日结时间</source>
        <translation>日結時間</translation>
    </message>
    <message>
        <source>旧表止码</source>
        <translation>舊錶止碼</translation>
    </message>
    <message>
        <source>旧表止码 {final} 小于旧表上次读数 {last}</source>
        <translation>舊錶止碼 {final} 小於舊錶上次讀數 {last}</translation>
    </message>
    <message>
        <source>旧表止码 {final} 小于旧表上次读数 {prev}</source>
        <translation>舊錶止碼 {final} 小於舊錶上次讀數 {prev}</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>明细与合计不符</source>
        <translation>明細與合計不符</translation>
    </message>
    <message>
        <source>显示或导出完整的电话、证件号码须说明用途（如：催缴联系业主、业主本人查阅）</source>
        <translation>顯示或匯出完整的電話、證件號碼須說明用途（如：催繳聯絡業主、業主本人查閱）</translation>
    </message>
    <message>
        <source>最多只能有一个值</source>
        <translation>最多隻能有一個值</translation>
    </message>
    <message>
        <source>最早欠费月份</source>
        <translation>最早欠費月份</translation>
    </message>
    <message>
        <source>最近登录 {at}</source>
        <translation>最近登入 {at}</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>月数应在 1 到 120 之间</source>
        <translation>月數應在 1 到 120 之間</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>有被拒绝的行，没有导入任何数据。</source>
        <translation>有被拒絕的行，沒有匯入任何資料。</translation>
    </message>
    <message>
        <source>服务器上的演示账本已建好</source>
        <translation>伺服器上的演示賬本已建好</translation>
    </message>
    <message>
        <source>服务器地址写得不对</source>
        <translation>伺服器地址寫得不對</translation>
    </message>
    <message>
        <source>服务器数据库 {target} 里已经有账本；演示数据只建在空数据库里</source>
        <translation>伺服器資料庫 {target} 裡已經有賬本；演示資料只建在空資料庫裡</translation>
    </message>
    <message>
        <source>服务器数据库 {target} 里还没有账本。请用 counter-app migrate-db 把现有账本搬上去，或在收费程序的设置向导里新建。</source>
        <translation>伺服器資料庫 {target} 裡還沒有賬本。請用 counter-app migrate-db 把現有賬本搬上去，或在收費程式的設定嚮導裡新建。</translation>
    </message>
    <message>
        <source>服务器数据库（完整性和每个值的类型、编码由 PostgreSQL 保证）</source>
        <translation>伺服器資料庫（完整性和每個值的型別、編碼由 PostgreSQL 保證）</translation>
    </message>
    <message>
        <source>期初押金</source>
        <translation>期初押金</translation>
    </message>
    <message>
        <source>期初欠费</source>
        <translation>期初欠費</translation>
    </message>
    <message>
        <source>未交班</source>
        <translation>未交班</translation>
    </message>
    <message>
        <source>未交班或已删除</source>
        <translation>未交班或已刪除</translation>
    </message>
    <message>
        <source>未列入</source>
        <translation>未列入</translation>
    </message>
    <message>
        <source>未到期</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>未发放</source>
        <translation>未發放</translation>
    </message>
    <message>
        <source>未打印</source>
        <translation>未列印</translation>
    </message>
    <message>
        <source>未收</source>
        <translation>未收</translation>
    </message>
    <message>
        <source>未日结</source>
        <translation>未日結</translation>
    </message>
    <message>
        <source>未知的付款方式：{method}（可用：{methods}）</source>
        <translation>未知的付款方式：{method}（可用：{methods}）</translation>
    </message>
    <message>
        <source>未知的优惠方式：{kind}（可用：{kinds}）</source>
        <translation>未知的優惠方式：{kind}（可用：{kinds}）</translation>
    </message>
    <message>
        <source>未知的凭证格式：{format}（可用：{formats}）</source>
        <translation>未知的憑證格式：{format}（可用：{formats}）</translation>
    </message>
    <message>
        <source>未知的抹零设置：{rule}（可用：{rules}）</source>
        <translation>未知的抹零設定：{rule}（可用：{rules}）</translation>
    </message>
    <message>
        <source>未知的时区“{zone}”，应写成如 Asia/Shanghai</source>
        <translation>未知的時區“{zone}”，應寫成如 Asia/Shanghai</translation>
    </message>
    <message>
        <source>未知的现金收支类型：{kind}</source>
        <translation>未知的現金收支型別：{kind}</translation>
    </message>
    <message>
        <source>未知的角色：{role}</source>
        <translation>未知的角色：{role}</translation>
    </message>
    <message>
        <source>未知的计费周期：{cycle}</source>
        <translation>未知的計費週期：{cycle}</translation>
    </message>
    <message>
        <source>未知的计费方式：{kind}</source>
        <translation>未知的計費方式：{kind}</translation>
    </message>
    <message>
        <source>未知的设置：{names}</source>
        <translation>未知的設定：{names}</translation>
    </message>
    <message>
        <source>未缴</source>
        <translation>未繳</translation>
    </message>
    <message>
        <source>未缴本金</source>
        <translation>未繳本金</translation>
    </message>
    <message>
        <source>未读取的列：{columns}</source>
        <translation>未讀取的列：{columns}</translation>
    </message>
    <message>
        <source>未读取的工作表：{sheets}</source>
        <translation>未讀取的工作表：{sheets}</translation>
    </message>
    <message>
        <source>未读取的工作表：{sheets}。</source>
        <translation>未讀取的工作表：{sheets}。</translation>
    </message>
    <message>
        <source>本小区没有启用盲点，点钞随交班一起保存</source>
        <translation>本小區沒有啟用盲點，點鈔隨交班一起儲存</translation>
    </message>
    <message>
        <source>本小区没有编号为 {number} 的收据：不是本处开出的收据</source>
        <translation>本小區沒有編號為 {number} 的收據：不是本處開出的收據</translation>
    </message>
    <message>
        <source>本月</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>本月实收</source>
        <translation>本月實收</translation>
    </message>
    <message>
        <source>本月收款合计</source>
        <translation>本月收款合計</translation>
    </message>
    <message>
        <source>本月柜台收款（按所缴费用的期间）</source>
        <translation>本月櫃檯收款（按所繳費用的期間）</translation>
    </message>
    <message>
        <source>本期读数 {value} 小于上期读数 {prev}；如更换了表具，请标记为换表并填写旧表止码和新表起始读数</source>
        <translation>本期讀數 {value} 小於上期讀數 {prev}；如更換了表具，請標記為換表並填寫舊錶止碼和新表起始讀數</translation>
    </message>
    <message>
        <source>本期读数小于上期读数；如更换了表具，请标记为换表</source>
        <translation>本期讀數小於上期讀數；如更換了表具，請標記為換表</translation>
    </message>
    <message>
        <source>本期读数小于新表起始读数</source>
        <translation>本期讀數小於新表起始讀數</translation>
    </message>
    <message>
        <source>本机没有可用的系统密钥库（COUNTER_APP_KEYSTORE=keyring）</source>
        <translation>本機沒有可用的系統金鑰庫（COUNTER_APP_KEYSTORE=keyring）</translation>
    </message>
    <message>
        <source>本机没有这个账本的密钥，没有可导出的</source>
        <translation>本機沒有這個賬本的金鑰，沒有可匯出的</translation>
    </message>
    <message>
        <source>本机还没有这个账本的密钥</source>
        <translation>本機還沒有這個賬本的金鑰</translation>
    </message>
    <message>
        <source>本次读数 {value} 小于新表起始读数 {start}</source>
        <translation>本次讀數 {value} 小於新表起始讀數 {start}</translation>
    </message>
    <message>
        <source>本班次已保存点钞，请先交班，再开班收款</source>
        <translation>本班次已儲存點鈔，請先交班，再開班收款</translation>
    </message>
    <message>
        <source>本班次没有现金收支</source>
        <translation>本班次沒有現金收支</translation>
    </message>
    <message>
        <source>来访人</source>
        <translation>來訪人</translation>
    </message>
    <message>
        <source>查看完整个人信息</source>
        <translation>檢視完整個人資訊</translation>
    </message>
    <message>
        <source>查看审计日志</source>
        <translation>檢視審計日誌</translation>
    </message>
    <message>
        <source>查看房屋</source>
        <translation>檢視房屋</translation>
    </message>
    <message>
        <source>查看欠费</source>
        <translation>檢視欠費</translation>
    </message>
    <message>
        <source>校验失败：</source>
        <translation>校驗失敗：</translation>
    </message>
    <message>
        <source>校验失败：有读不出的值</source>
        <translation>校驗失敗：有讀不出的值</translation>
    </message>
    <message>
        <source>检查结果没能写到 {path}：{why}</source>
        <translation>檢查結果沒能寫到 {path}：{why}</translation>
    </message>
    <message>
        <source>检查账本</source>
        <translation>檢查賬本</translation>
    </message>
    <message>
        <source>检查通过（{seconds} 秒）</source>
        <translation>檢查通過（{seconds} 秒）</translation>
    </message>
    <message>
        <source>楼层，-9 到 999 的整数</source>
        <translation>樓層，-9 到 999 的整數</translation>
    </message>
    <message>
        <source>楼栋与房屋</source>
        <translation>樓棟與房屋</translation>
    </message>
    <message>
        <source>概要</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>模板是 Excel 工作簿，文件名请以 .xlsx 结尾</source>
        <translation>模板是 Excel 工作簿，檔名請以 .xlsx 結尾</translation>
    </message>
    <message>
        <source>欠费户数</source>
        <translation>欠費戶數</translation>
    </message>
    <message>
        <source>欠费明细</source>
        <translation>欠費明細</translation>
    </message>
    <message>
        <source>欠费汇总等留存数字的不符，管理员可用 counter-app rebuild-kept 按应收和收据重算</source>
        <translation>欠費彙總等留存數字的不符，管理員可用 counter-app rebuild-kept 按應收和收據重算</translation>
    </message>
    <message>
        <source>欠费项目</source>
        <translation>欠費專案</translation>
    </message>
    <message>
        <source>正整数</source>
        <translation>正整數</translation>
    </message>
    <message>
        <source>此命令需要 --user 用户名</source>
        <translation>此命令需要 --user 使用者名稱</translation>
    </message>
    <message>
        <source>此命令需要 --user 用户名（恢复到空账本时，用备份里的管理员登录）</source>
        <translation>此命令需要 --user 使用者名稱（恢復到空賬本時，用備份裡的管理員登入）</translation>
    </message>
    <message>
        <source>此数据库中有多个小区，请在登录时选择小区</source>
        <translation>此資料庫中有多個小區，請在登入時選擇小區</translation>
    </message>
    <message>
        <source>此数据库已经设置过</source>
        <translation>此資料庫已經設定過</translation>
    </message>
    <message>
        <source>此数据库由较新版本的程序创建（数据库版本 {version}，本程序支持到 {supported}），请升级程序后再打开；为保护数据，本程序不会修改它。</source>
        <translation>此資料庫由較新版本的程式建立（資料庫版本 {version}，本程式支援到 {supported}），請升級程式後再開啟；為保護資料，本程式不會修改它。</translation>
    </message>
    <message>
        <source>每月减免金额必须大于零且在合理范围内</source>
        <translation>每月減免金額必須大於零且在合理範圍內</translation>
    </message>
    <message>
        <source>没有 {fen} 分的面额</source>
        <translation>沒有 {fen} 分的面額</translation>
    </message>
    <message>
        <source>没有 {yuan} 元的面额</source>
        <translation>沒有 {yuan} 元的面額</translation>
    </message>
    <message>
        <source>没有“{name}”这种导入；可用：{kinds}</source>
        <translation>沒有“{name}”這種匯入；可用：{kinds}</translation>
    </message>
    <message>
        <source>没有代扣批次 {number}</source>
        <translation>沒有代扣批次 {number}</translation>
    </message>
    <message>
        <source>没有代扣授权 {id}</source>
        <translation>沒有代扣授權 {id}</translation>
    </message>
    <message>
        <source>没有代扣格式 {name}（可用：{names}）</source>
        <translation>沒有代扣格式 {name}（可用：{names}）</translation>
    </message>
    <message>
        <source>没有写入备份位置 {folder} 的权限（只读的 U 盘或共享？）；没有备份，账本没有改动</source>
        <translation>沒有寫入備份位置 {folder} 的許可權（只讀的 U 盤或共享？）；沒有備份，賬本沒有改動</translation>
    </message>
    <message>
        <source>没有即将到期且留有电话的户，未生成名单</source>
        <translation>沒有即將到期且留有電話的戶，未生成名單</translation>
    </message>
    <message>
        <source>没有可退的金额</source>
        <translation>沒有可退的金額</translation>
    </message>
    <message>
        <source>没有名为 {name} 的优惠</source>
        <translation>沒有名為 {name} 的優惠</translation>
    </message>
    <message>
        <source>没有名为 {name} 的优惠政策</source>
        <translation>沒有名為 {name} 的優惠政策</translation>
    </message>
    <message>
        <source>没有含 {form} 号的收据本</source>
        <translation>沒有含 {form} 號的收據本</translation>
    </message>
    <message>
        <source>没有备份文件 {backup}</source>
        <translation>沒有備份檔案 {backup}</translation>
    </message>
    <message>
        <source>没有备份文件 {path}</source>
        <translation>沒有備份檔案 {path}</translation>
    </message>
    <message>
        <source>没有小区“{estate}”</source>
        <translation>沒有小區“{estate}”</translation>
    </message>
    <message>
        <source>没有房号 {code}</source>
        <translation>沒有房號 {code}</translation>
    </message>
    <message>
        <source>没有折扣/减免政策</source>
        <translation>沒有折扣/減免政策</translation>
    </message>
    <message>
        <source>没有收据 {number}</source>
        <translation>沒有收據 {number}</translation>
    </message>
    <message>
        <source>没有收费项目 {items}</source>
        <translation>沒有收費專案 {items}</translation>
    </message>
    <message>
        <source>没有收费项目 {item}</source>
        <translation>沒有收費專案 {item}</translation>
    </message>
    <message>
        <source>没有数据库文件 {path}</source>
        <translation>沒有資料庫檔案 {path}</translation>
    </message>
    <message>
        <source>没有数据行</source>
        <translation>沒有資料行</translation>
    </message>
    <message>
        <source>没有未交班的班次</source>
        <translation>沒有未交班的班次</translation>
    </message>
    <message>
        <source>没有权限</source>
        <translation>沒有許可權</translation>
    </message>
    <message>
        <source>没有楼栋 {code}</source>
        <translation>沒有樓棟 {code}</translation>
    </message>
    <message>
        <source>没有用户 {user}</source>
        <translation>沒有使用者 {user}</translation>
    </message>
    <message>
        <source>没有登记 {name}</source>
        <translation>沒有登記 {name}</translation>
    </message>
    <message>
        <source>没有登记 {name}（{phone}）</source>
        <translation>沒有登記 {name}（{phone}）</translation>
    </message>
    <message>
        <source>没有第 {request} 号开票申请</source>
        <translation>沒有第 {request} 號開票申請</translation>
    </message>
    <message>
        <source>没有编号为 {book} 的收据本</source>
        <translation>沒有編號為 {book} 的收據本</translation>
    </message>
    <message>
        <source>没有编号为 {estate} 的小区</source>
        <translation>沒有編號為 {estate} 的小區</translation>
    </message>
    <message>
        <source>没有编号为 {number} 的收据</source>
        <translation>沒有編號為 {number} 的收據</translation>
    </message>
    <message>
        <source>没有编号为 {number} 的现金收支单</source>
        <translation>沒有編號為 {number} 的現金收支單</translation>
    </message>
    <message>
        <source>没有编号为 {number} 的退款单</source>
        <translation>沒有編號為 {number} 的退款單</translation>
    </message>
    <message>
        <source>没有编号为 {run} 的计费记录</source>
        <translation>沒有編號為 {run} 的計費記錄</translation>
    </message>
    <message>
        <source>没有表 {meter}</source>
        <translation>沒有表 {meter}</translation>
    </message>
    <message>
        <source>没有要收的费用</source>
        <translation>沒有要收的費用</translation>
    </message>
    <message>
        <source>没有要退的金额：空格选行，或输入金额</source>
        <translation>沒有要退的金額：空格選行，或輸入金額</translation>
    </message>
    <message>
        <source>没有记账：请求编号 {request_id} 在这个账本里没有记录（可以重新办理）</source>
        <translation>沒有記賬：請求編號 {request_id} 在這個賬本里沒有記錄（可以重新辦理）</translation>
    </message>
    <message>
        <source>没有设置钱箱（打印设置 → 钱箱连接）</source>
        <translation>沒有設定錢箱（列印設定 → 錢箱連線）</translation>
    </message>
    <message>
        <source>没有费用 {charge}</source>
        <translation>沒有費用 {charge}</translation>
    </message>
    <message>
        <source>没有这些房号：{units}</source>
        <translation>沒有這些房號：{units}</translation>
    </message>
    <message>
        <source>没有这条待跟进的咨询</source>
        <translation>沒有這條待跟進的諮詢</translation>
    </message>
    <message>
        <source>没有这样的凭证科目项：{key}</source>
        <translation>沒有這樣的憑證科目項：{key}</translation>
    </message>
    <message>
        <source>没有需要提醒且留有电话的欠费户，未生成名单</source>
        <translation>沒有需要提醒且留有電話的欠費戶，未生成名單</translation>
    </message>
    <message>
        <source>注意：{problem}</source>
        <translation>注意：{problem}</translation>
    </message>
    <message>
        <source>注意：本机没有这把密钥的私钥，本机打印的收据不带签名（用 key import 导入）</source>
        <translation>注意：本機沒有這把金鑰的私鑰，本機列印的收據不帶簽名（用 key import 匯入）</translation>
    </message>
    <message>
        <source>港澳台居民居住证</source>
        <translation>港澳臺居民居住證</translation>
    </message>
    <message>
        <source>港澳居民来往内地通行证</source>
        <translation>港澳居民來往內地通行證</translation>
    </message>
    <message>
        <source>滞纳{days}天</source>
        <translation>滯納{days}天</translation>
    </message>
    <message>
        <source>滞纳天数</source>
        <translation>滯納天數</translation>
    </message>
    <message>
        <source>滞纳金</source>
        <translation>滯納金</translation>
    </message>
    <message>
        <source>滞纳金日费率不能超过 {most}%（万分之一百）</source>
        <translation>滯納金日費率不能超過 {most}%（萬分之一百）</translation>
    </message>
    <message>
        <source>滞纳金规则不能为负数</source>
        <translation>滯納金規則不能為負數</translation>
    </message>
    <message>
        <source>滞纳金规则：{rule}</source>
        <translation>滯納金規則：{rule}</translation>
    </message>
    <message>
        <source>滞纳金（计至截至日）</source>
        <translation>滯納金（計至截至日）</translation>
    </message>
    <message>
        <source>演示数据库已创建</source>
        <translation>演示資料庫已建立</translation>
    </message>
    <message>
        <source>点钞</source>
        <translation>點鈔</translation>
    </message>
    <message>
        <source>点钞“{part}”应写成 面额x张数，如 100x5</source>
        <translation>點鈔“{part}”應寫成 面額x張數，如 100x5</translation>
    </message>
    <message>
        <source>点钞保存后才显示应有现金</source>
        <translation>點鈔儲存後才顯示應有現金</translation>
    </message>
    <message>
        <source>点钞已经保存（{amount} 元），交班须用保存的点钞</source>
        <translation>點鈔已經儲存（{amount} 元），交班須用儲存的點鈔</translation>
    </message>
    <message>
        <source>点钞已经保存，不能重点</source>
        <translation>點鈔已經儲存，不能重點</translation>
    </message>
    <message>
        <source>点钞需要 --count 点钞结果，如 100x5,50x2,10x3</source>
        <translation>點鈔需要 --count 點鈔結果，如 100x5,50x2,10x3</translation>
    </message>
    <message>
        <source>物业公司名称</source>
        <translation>物業公司名稱</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>现金</source>
        <translation>現金</translation>
    </message>
    <message>
        <source>现金支出、交款和冲销需要 --authoriser 主管</source>
        <translation>現金支出、交款和沖銷需要 --authoriser 主管</translation>
    </message>
    <message>
        <source>现金支出、交款和冲销须由主管授权</source>
        <translation>現金支出、交款和沖銷須由主管授權</translation>
    </message>
    <message>
        <source>现金支出单</source>
        <translation>現金支出單</translation>
    </message>
    <message>
        <source>现金收入（不含找零）</source>
        <translation>現金收入（不含找零）</translation>
    </message>
    <message>
        <source>现金收支</source>
        <translation>現金收支</translation>
    </message>
    <message>
        <source>现金收支单</source>
        <translation>現金收支單</translation>
    </message>
    <message>
        <source>现金退款</source>
        <translation>現金退款</translation>
    </message>
    <message>
        <source>现金部分</source>
        <translation>現金部分</translation>
    </message>
    <message>
        <source>班次</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>班次 {shift} 没有交班报表</source>
        <translation>班次 {shift} 沒有交班報表</translation>
    </message>
    <message>
        <source>班次 {shift} 的交班在审计记录中出现 {times} 次</source>
        <translation>班次 {shift} 的交班在審計記錄中出現 {times} 次</translation>
    </message>
    <message>
        <source>班次 {shift} 的交班报表 {z} 没有审计记录（在程序之外新增）</source>
        <translation>班次 {shift} 的交班報表 {z} 沒有審計記錄（在程式之外新增）</translation>
    </message>
    <message>
        <source>班次 {shift} 的交班（Z {z}，审计记录第 {row} 条）与账本不符（账本中为 {held}）</source>
        <translation>班次 {shift} 的交班（Z {z}，審計記錄第 {row} 條）與賬本不符（賬本中為 {held}）</translation>
    </message>
    <message>
        <source>班次数</source>
        <translation>班次數</translation>
    </message>
    <message>
        <source>生效日期应写成 YYYY-MM-DD，如 2027-01-01</source>
        <translation>生效日期應寫成 YYYY-MM-DD，如 2027-01-01</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>用户 {user}（{role}）无权执行此操作：{action}</source>
        <translation>使用者 {user}（{role}）無權執行此操作：{action}</translation>
    </message>
    <message>
        <source>用户名 {user} 已存在</source>
        <translation>使用者名稱 {user} 已存在</translation>
    </message>
    <message>
        <source>用户名为 2 到 32 个字母、数字或 _ . -</source>
        <translation>使用者名稱為 2 到 32 個字母、數字或 _ . -</translation>
    </message>
    <message>
        <source>用户名或密码错误</source>
        <translation>使用者名稱或密碼錯誤</translation>
    </message>
    <message>
        <source>用法：voucher accounts list，或 voucher accounts set 科目项 科目代码 科目名称</source>
        <translation>用法：voucher accounts list，或 voucher accounts set 科目項 科目程式碼 科目名稱</translation>
    </message>
    <message>
        <source>用途</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>用量</source>
        <translation>用量</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>电话“{raw}”位数不对（手机 11 位，固定电话 7 到 8 位或带区号）</source>
        <translation>電話“{raw}”位數不對（手機 11 位，固定電話 7 到 8 位或帶區號）</translation>
    </message>
    <message>
        <source>电话“{raw}”含有数字以外的字符（一格只填一个号码）</source>
        <translation>電話“{raw}”含有數字以外的字元（一格只填一個號碼）</translation>
    </message>
    <message>
        <source>电话为完整号码，仅限内部催缴使用，不得外传。</source>
        <translation>電話為完整號碼，僅限內部催繳使用，不得外傳。</translation>
    </message>
    <message>
        <source>电话已遮蔽。</source>
        <translation>電話已遮蔽。</translation>
    </message>
    <message>
        <source>登录用户名</source>
        <translation>登入使用者名稱</translation>
    </message>
    <message>
        <source>登记与发放收据本</source>
        <translation>登記與發放收據本</translation>
    </message>
    <message>
        <source>登记催缴记录</source>
        <translation>登記催繳記錄</translation>
    </message>
    <message>
        <source>登记咨询</source>
        <translation>登記諮詢</translation>
    </message>
    <message>
        <source>登记开票申请</source>
        <translation>登記開票申請</translation>
    </message>
    <message>
        <source>登记现金收支</source>
        <translation>登記現金收支</translation>
    </message>
    <message>
        <source>目标数据库 {target} 里已经有账本；迁移只写入空数据库，以免覆盖。</source>
        <translation>目標資料庫 {target} 裡已經有賬本；遷移只寫入空資料庫，以免覆蓋。</translation>
    </message>
    <message>
        <source>盲点</source>
        <translation>盲點</translation>
    </message>
    <message>
        <source>盲点设置只能是开或关</source>
        <translation>盲點設定只能是開或關</translation>
    </message>
    <message>
        <source>短信模板中的占位符有误：{problem}；可用 {{estate}} {{owner}} {{unit}} {{amount}} {{due}}</source>
        <translation>簡訊模板中的佔位符有誤：{problem}；可用 {{estate}} {{owner}} {{unit}} {{amount}} {{due}}</translation>
    </message>
    <message>
        <source>短款</source>
        <translation>短款</translation>
    </message>
    <message>
        <source>磁盘已满，数据库{where}无法写入。请腾出磁盘空间后重试；本次操作没有记账。</source>
        <translation>磁碟已滿，資料庫{where}無法寫入。請騰出磁碟空間後重試；本次操作沒有記賬。</translation>
    </message>
    <message>
        <source>磁盘已满，没有写完</source>
        <translation>磁碟已滿，沒有寫完</translation>
    </message>
    <message>
        <source>磁盘是只读的</source>
        <translation>磁碟是隻讀的</translation>
    </message>
    <message>
        <source>科目代码“{code}”应为数字，一级科目四位，如 1001 或 5001.01</source>
        <translation>科目程式碼“{code}”應為數字，一級科目四位，如 1001 或 5001.01</translation>
    </message>
    <message>
        <source>科目名称不能为空，且不超过 60 个字</source>
        <translation>科目名稱不能為空，且不超過 60 個字</translation>
    </message>
    <message>
        <source>程序内部错误（{kind}），详情已写入日志 {path}。</source>
        <translation>程式內部錯誤（{kind}），詳情已寫入日誌 {path}。</translation>
    </message>
    <message>
        <source>稍后可再运行同一命令（收款、作废、退款带上同一个 --request-id，不会重复记账）。</source>
        <translation>稍後可再運行同一命令（收款、作廢、退款帶上同一個 --request-id，不會重複記賬）。</translation>
    </message>
    <message>
        <source>税收分类编码“{code}”不正确（应为 19 位数字）</source>
        <translation>稅收分類編碼“{code}”不正確（應為 19 位數字）</translation>
    </message>
    <message>
        <source>税率“{rate}”不正确（如 6、9、13、3，单位为 %）</source>
        <translation>稅率“{rate}”不正確（如 6、9、13、3，單位為 %）</translation>
    </message>
    <message>
        <source>空置</source>
        <translation>空置</translation>
    </message>
    <message>
        <source>空置优惠比例应在 0 到 100 之间</source>
        <translation>空置優惠比例應在 0 到 100 之間</translation>
    </message>
    <message>
        <source>端口 {port} 不对（1 到 65535）</source>
        <translation>埠 {port} 不對（1 到 65535）</translation>
    </message>
    <message>
        <source>笔数</source>
        <translation>筆數</translation>
    </message>
    <message>
        <source>第 {line} 行</source>
        <translation>第 {line} 行</translation>
    </message>
    <message>
        <source>第 {line} 行的{problem}</source>
        <translation>第 {line} 行的{problem}</translation>
    </message>
    <message>
        <source>第 {line} 行的金额“{value}”不正确</source>
        <translation>第 {line} 行的金額“{value}”不正確</translation>
    </message>
    <message>
        <source>答复</source>
        <translation>答覆</translation>
    </message>
    <message>
        <source>签名收据码的格式为 CA1|收据号|日期|房号|金额|签名（扫描收据上的二维码）</source>
        <translation>簽名收據碼的格式為 CA1|收據號|日期|房號|金額|簽名（掃描收據上的二維碼）</translation>
    </message>
    <message>
        <source>签名收据码的签名“{sig}”不完整（应为 86 个字符）</source>
        <translation>簽名收據碼的簽名“{sig}”不完整（應為 86 個字元）</translation>
    </message>
    <message>
        <source>签名收据码里的日期“{day}”不是 YYYY-MM-DD</source>
        <translation>簽名收據碼裡的日期“{day}”不是 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>签名收据码里的金额“{amount}”不是金额</source>
        <translation>簽名收據碼裡的金額“{amount}”不是金額</translation>
    </message>
    <message>
        <source>管理员</source>
        <translation>管理員</translation>
    </message>
    <message>
        <source>管理报表（欠费清单、收费率）</source>
        <translation>管理報表（欠費清單、收費率）</translation>
    </message>
    <message>
        <source>管理用户</source>
        <translation>管理使用者</translation>
    </message>
    <message>
        <source>管理账本密钥</source>
        <translation>管理賬本金鑰</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>型別</translation>
    </message>
    <message>
        <source>红字发票说明</source>
        <translation>紅字發票說明</translation>
    </message>
    <message>
        <source>纳税人识别号 {code} 的校验位不对，请核对后重新输入</source>
        <translation>納稅人識別號 {code} 的校驗位不對，請核對後重新輸入</translation>
    </message>
    <message>
        <source>纳税人识别号含有不允许的字符：{bad}（不含 I、O、S、V、Z）</source>
        <translation>納稅人識別號含有不允許的字元：{bad}（不含 I、O、S、V、Z）</translation>
    </message>
    <message>
        <source>纳税人识别号应为 18 位统一社会信用代码，现为 {count} 位</source>
        <translation>納稅人識別號應為 18 位統一社會信用程式碼，現為 {count} 位</translation>
    </message>
    <message>
        <source>终止代扣授权须填写原因</source>
        <translation>終止代扣授權須填寫原因</translation>
    </message>
    <message>
        <source>终止原因</source>
        <translation>終止原因</translation>
    </message>
    <message>
        <source>经手人</source>
        <translation>經手人</translation>
    </message>
    <message>
        <source>结束日期 {end} 早于开始日期 {start}</source>
        <translation>結束日期 {end} 早於開始日期 {start}</translation>
    </message>
    <message>
        <source>结束日期早于开始日期</source>
        <translation>結束日期早於開始日期</translation>
    </message>
    <message>
        <source>结构完好，但有读不出的值</source>
        <translation>結構完好，但有讀不出的值</translation>
    </message>
    <message>
        <source>维护房产资料</source>
        <translation>維護房產資料</translation>
    </message>
    <message>
        <source>维护折扣/减免政策</source>
        <translation>維護折扣/減免政策</translation>
    </message>
    <message>
        <source>编号 {series}（{year}）有缺号或重号：{count} 张，最大号 {highest}，计数器 {counter}</source>
        <translation>編號 {series}（{year}）有缺號或重號：{count} 張，最大號 {highest}，計數器 {counter}</translation>
    </message>
    <message>
        <source>编号 {series}（{year}）的单据没有编号计数器</source>
        <translation>編號 {series}（{year}）的單據沒有編號計數器</translation>
    </message>
    <message>
        <source>缴清户数</source>
        <translation>繳清戶數</translation>
    </message>
    <message>
        <source>缴费期限 {due} 已过</source>
        <translation>繳費期限 {due} 已過</translation>
    </message>
    <message>
        <source>缺少必需的参数：{names}</source>
        <translation>缺少必需的引數：{names}</translation>
    </message>
    <message>
        <source>网页里的表格过大（或跨行跨列的格过多），请在 Excel 中另存为 .xlsx 后再导入</source>
        <translation>網頁裡的表格過大（或跨行跨列的格過多），請在 Excel 中另存為 .xlsx 後再匯入</translation>
    </message>
    <message>
        <source>能核对的部分账目一致</source>
        <translation>能核對的部分賬目一致</translation>
    </message>
    <message>
        <source>自动扣费金额（不含在实收内）</source>
        <translation>自動扣費金額（不含在實收內）</translation>
    </message>
    <message>
        <source>至今已收</source>
        <translation>至今已收</translation>
    </message>
    <message>
        <source>至今未收</source>
        <translation>至今未收</translation>
    </message>
    <message>
        <source>至少需要一个值</source>
        <translation>至少需要一個值</translation>
    </message>
    <message>
        <source>范围</source>
        <translation>範圍</translation>
    </message>
    <message>
        <source>营业日</source>
        <translation>營業日</translation>
    </message>
    <message>
        <source>行号:哈希，如 1234:3F2A9C0B1D4E（交班或日结报表上的审计链头）</source>
        <translation>行號:雜湊，如 1234:3F2A9C0B1D4E（交班或日結報表上的審計鏈頭）</translation>
    </message>
    <message>
        <source>表 {table} 第 {row} 行 {column} {what}（{value}）</source>
        <translation>表 {table} 第 {row} 行 {column} {what}（{value}）</translation>
    </message>
    <message>
        <source>表 {table} 第 {row} 行 {column} 不是有效的文字（{value}）</source>
        <translation>表 {table} 第 {row} 行 {column} 不是有效的文字（{value}）</translation>
    </message>
    <message>
        <source>表单 {form} 已经{state}，一张表单只能用一次</source>
        <translation>表單 {form} 已經{state}，一張表單只能用一次</translation>
    </message>
    <message>
        <source>表单 {form} 所在的收据本不在您手中</source>
        <translation>表單 {form} 所在的收據本不在您手中</translation>
    </message>
    <message>
        <source>表单号</source>
        <translation>表單號</translation>
    </message>
    <message>
        <source>表单号必须是数字：{number}</source>
        <translation>表單號必須是數字：{number}</translation>
    </message>
    <message>
        <source>表单号（数字，可带前导零），如 0000101</source>
        <translation>表單號（數字，可帶前導零），如 0000101</translation>
    </message>
    <message>
        <source>表底读数</source>
        <translation>表底讀數</translation>
    </message>
    <message>
        <source>表格中合并的单元格过多，请取消合并后另存再导入</source>
        <translation>表格中合併的單元格過多，請取消合併後另存再匯入</translation>
    </message>
    <message>
        <source>装修中</source>
        <translation>裝修中</translation>
    </message>
    <message>
        <source>要写入的文件夹的路径（可以是新文件夹，但它的上一级须已存在）</source>
        <translation>要寫入的資料夾的路徑（可以是新資料夾，但它的上一級須已存在）</translation>
    </message>
    <message>
        <source>要写的文件的路径（所在的文件夹须已存在）</source>
        <translation>要寫的檔案的路徑（所在的資料夾須已存在）</translation>
    </message>
    <message>
        <source>要减免滞纳金的费用 {charges} 不在本次收款中</source>
        <translation>要減免滯納金的費用 {charges} 不在本次收款中</translation>
    </message>
    <message>
        <source>角色应为 cashier（收费员）、manager（主管）、admin（管理员）</source>
        <translation>角色應為 cashier（收費員）、manager（主管）、admin（管理員）</translation>
    </message>
    <message>
        <source>计费</source>
        <translation>計費</translation>
    </message>
    <message>
        <source>计费 {run} 已撤销（审计记录第 {row} 条），其应收却有未取消的（在程序之外被改动）</source>
        <translation>計費 {run} 已撤銷（審計記錄第 {row} 條），其應收卻有未取消的（在程式之外被改動）</translation>
    </message>
    <message>
        <source>计费 {run} 的应收在撤销时发生了变化，请重试</source>
        <translation>計費 {run} 的應收在撤銷時發生了變化，請重試</translation>
    </message>
    <message>
        <source>计费 {run} 的撤销状态与审计记录不符（在程序之外被改动）</source>
        <translation>計費 {run} 的撤銷狀態與審計記錄不符（在程式之外被改動）</translation>
    </message>
    <message>
        <source>计费 {run}（{month}）已于之前撤销</source>
        <translation>計費 {run}（{month}）已於之前撤銷</translation>
    </message>
    <message>
        <source>计费 {run}（{month}）已有 {paid} 笔应收收过款（柜台收款或预存自动扣费），不能撤销；请先作废或退款那些收据，或改为对个别应收做调整</source>
        <translation>計費 {run}（{month}）已有 {paid} 筆應收收過款（櫃檯收款或預存自動扣費），不能撤銷；請先作廢或退款那些收據，或改為對個別應收做調整</translation>
    </message>
    <message>
        <source>计费月数必须大于零</source>
        <translation>計費月數必須大於零</translation>
    </message>
    <message>
        <source>记账凭证（科目与导出）</source>
        <translation>記賬憑證（科目與匯出）</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>證件號碼</translation>
    </message>
    <message>
        <source>证件号码“{raw}”不正确（身份证 18 位；其他证件 5 到 20 位字母或数字）</source>
        <translation>證件號碼“{raw}”不正確（身份證 18 位；其他證件 5 到 20 位字母或數字）</translation>
    </message>
    <message>
        <source>证件类型“{raw}”应为 {kinds} 之一</source>
        <translation>證件型別“{raw}”應為 {kinds} 之一</translation>
    </message>
    <message>
        <source>该房屋没有登记建筑面积，无法按面积计费</source>
        <translation>該房屋沒有登記建築面積，無法按面積計費</translation>
    </message>
    <message>
        <source>该房屋没有登记车位，无法按车位计费</source>
        <translation>該房屋沒有登記車位，無法按車位計費</translation>
    </message>
    <message>
        <source>该标准不是抄表计量</source>
        <translation>該標準不是抄表計量</translation>
    </message>
    <message>
        <source>该班次已经交班</source>
        <translation>該班次已經交班</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>请先在左边选中一个收费项目</source>
        <translation>請先在左邊選中一個收費專案</translation>
    </message>
    <message>
        <source>请先在表中选中一项优惠</source>
        <translation>請先在表中選中一項優惠</translation>
    </message>
    <message>
        <source>请先在表中选中一项政策</source>
        <translation>請先在表中選中一項政策</translation>
    </message>
    <message>
        <source>请先开班（清点并输入备用金）再收款</source>
        <translation>請先開班（清點並輸入備用金）再收款</translation>
    </message>
    <message>
        <source>请先点钞</source>
        <translation>請先點鈔</translation>
    </message>
    <message>
        <source>请写出用户名</source>
        <translation>請寫出使用者名稱</translation>
    </message>
    <message>
        <source>请勾选要开发票的费用</source>
        <translation>請勾選要開發票的費用</translation>
    </message>
    <message>
        <source>请在 Excel 或 WPS 中打开，另存为“Excel 工作簿（.xlsx）”后再导入</source>
        <translation>請在 Excel 或 WPS 中開啟，另存為“Excel 工作簿（.xlsx）”後再匯入</translation>
    </message>
    <message>
        <source>请填写发信服务器</source>
        <translation>請填寫發信伺服器</translation>
    </message>
    <message>
        <source>请填写发信邮箱</source>
        <translation>請填寫發信郵箱</translation>
    </message>
    <message>
        <source>请填写发票抬头（购买方名称）</source>
        <translation>請填寫發票抬頭（購買方名稱）</translation>
    </message>
    <message>
        <source>请填写咨询内容</source>
        <translation>請填寫諮詢內容</translation>
    </message>
    <message>
        <source>请填写姓名</source>
        <translation>請填寫姓名</translation>
    </message>
    <message>
        <source>请填写小区名称和物业公司名称</source>
        <translation>請填寫小區名稱和物業公司名稱</translation>
    </message>
    <message>
        <source>请填写收据本的字轨（表单系列）</source>
        <translation>請填寫收據本的字軌（表單系列）</translation>
    </message>
    <message>
        <source>请填写车位号</source>
        <translation>請填寫車位號</translation>
    </message>
    <message>
        <source>请填写项目名称</source>
        <translation>請填寫專案名稱</translation>
    </message>
    <message>
        <source>请指定一个营业日或一个月份</source>
        <translation>請指定一個營業日或一個月份</translation>
    </message>
    <message>
        <source>请求编号 {id}（不确定是否已记账时：counter-app request {id}，或加 --request-id {id} 重试，不会重复记账）</source>
        <translation>請求編號 {id}（不確定是否已記賬時：counter-app request {id}，或加 --request-id {id} 重試，不會重複記賬）</translation>
    </message>
    <message>
        <source>请求编号 {request_id} 已用于{command} {number}（{unit}），不能再用于另一笔；本次没有记账</source>
        <translation>請求編號 {request_id} 已用於{command} {number}（{unit}），不能再用於另一筆；本次沒有記賬</translation>
    </message>
    <message>
        <source>请求编号应为 8 到 64 个字母、数字或 _ . : -，以字母或数字开头</source>
        <translation>請求編號應為 8 到 64 個字母、數字或 _ . : -，以字母或數字開頭</translation>
    </message>
    <message>
        <source>请用 --date YYYY-MM-DD 指定营业日，或用 --shift 指定班次</source>
        <translation>請用 --date YYYY-MM-DD 指定營業日，或用 --shift 指定班次</translation>
    </message>
    <message>
        <source>请用 --drawer 指明钱箱连接</source>
        <translation>請用 --drawer 指明錢箱連線</translation>
    </message>
    <message>
        <source>请用 --out 指定报表写到哪个文件夹</source>
        <translation>請用 --out 指定報表寫到哪個資料夾</translation>
    </message>
    <message>
        <source>请设置 COUNTER_APP_AUTH_PASSWORD 或在终端中输入授权人密码</source>
        <translation>請設定 COUNTER_APP_AUTH_PASSWORD 或在終端中輸入授權人密碼</translation>
    </message>
    <message>
        <source>请设置 COUNTER_APP_PASSWORD 或在终端中输入密码</source>
        <translation>請設定 COUNTER_APP_PASSWORD 或在終端中輸入密碼</translation>
    </message>
    <message>
        <source>请选择支出原因</source>
        <translation>請選擇支出原因</translation>
    </message>
    <message>
        <source>读不了公钥文件 {path}：{why}</source>
        <translation>讀不了公鑰檔案 {path}：{why}</translation>
    </message>
    <message>
        <source>读不出的值：{problem}</source>
        <translation>讀不出的值：{problem}</translation>
    </message>
    <message>
        <source>读不出的值：{values}</source>
        <translation>讀不出的值：{values}</translation>
    </message>
    <message>
        <source>读写出错（磁盘或 U 盘有故障？）</source>
        <translation>讀寫出錯（磁碟或 U 盤有故障？）</translation>
    </message>
    <message>
        <source>读写数据库文件{where}时磁盘出错（U 盘或硬盘被拔出、或硬盘故障）。本次操作没有记账；请检查磁盘后重试。</source>
        <translation>讀寫資料庫檔案{where}時磁碟出錯（U 盤或硬碟被拔出、或硬碟故障）。本次操作沒有記賬；請檢查磁碟後重試。</translation>
    </message>
    <message>
        <source>读取时出错：{kind}</source>
        <translation>讀取時出錯：{kind}</translation>
    </message>
    <message>
        <source>读取的工作表：{sheets}</source>
        <translation>讀取的工作表：{sheets}</translation>
    </message>
    <message>
        <source>读数</source>
        <translation>讀數</translation>
    </message>
    <message>
        <source>读法提示：</source>
        <translation>讀法提示：</translation>
    </message>
    <message>
        <source>账单种类应为 notice（缴费通知单）或 statement（对账单），不是“{kind}”</source>
        <translation>賬單種類應為 notice（繳費通知單）或 statement（對賬單），不是“{kind}”</translation>
    </message>
    <message>
        <source>账号 {user} 已停用，不能登录；需要时请管理员在 管理 → 用户与权限 中重新启用</source>
        <translation>賬號 {user} 已停用，不能登入；需要時請管理員在 管理 → 使用者與許可權 中重新啟用</translation>
    </message>
    <message>
        <source>账号 {user} 的资料（{fields}）在程序之外被改动，不能登录或授权；请管理员检查账本</source>
        <translation>賬號 {user} 的資料（{fields}）在程式之外被改動，不能登入或授權；請管理員檢查賬本</translation>
    </message>
    <message>
        <source>账期“{period}”格式应为 YYYY-MM</source>
        <translation>賬期“{period}”格式應為 YYYY-MM</translation>
    </message>
    <message>
        <source>账本中维护欠费汇总的触发器 {names} 不见了（被人删除）：欠费清单等报表可能漏记其后的收款；重新打开程序会重建它们并重算汇总</source>
        <translation>賬本中維護欠費彙總的觸發器 {names} 不見了（被人刪除）：欠費清單等報表可能漏記其後的收款；重新開啟程式會重建它們並重算彙總</translation>
    </message>
    <message>
        <source>账本信息（meta）</source>
        <translation>賬本資訊（meta）</translation>
    </message>
    <message>
        <source>账本核对未通过（{problem}），先查明原因再删除个人信息</source>
        <translation>賬本核對未通過（{problem}），先查明原因再刪除個人資訊</translation>
    </message>
    <message>
        <source>账本还有留存数字以外的问题（{count} 处），先用 check 查明并处理；重算留存数字不会改正它们，还会抹去与之不符的汇总</source>
        <translation>賬本還有留存數字以外的問題（{count} 處），先用 check 查明並處理；重算留存數字不會改正它們，還會抹去與之不符的彙總</translation>
    </message>
    <message>
        <source>账目一致</source>
        <translation>賬目一致</translation>
    </message>
    <message>
        <source>账目没有查完（{kind}）：先处理上面读不出的值</source>
        <translation>賬目沒有查完（{kind}）：先處理上面讀不出的值</translation>
    </message>
    <message>
        <source>账龄</source>
        <translation>賬齡</translation>
    </message>
    <message>
        <source>账龄（按最早一笔欠费逾期天数）</source>
        <translation>賬齡（按最早一筆欠費逾期天數）</translation>
    </message>
    <message>
        <source>购买方</source>
        <translation>購買方</translation>
    </message>
    <message>
        <source>购买方名称</source>
        <translation>購買方名稱</translation>
    </message>
    <message>
        <source>费用 {charge} 的已收金额不一致，不能作废</source>
        <translation>費用 {charge} 的已收金額不一致，不能作廢</translation>
    </message>
    <message>
        <source>费用 {charge} 的已收金额为 {stored}，收据实收为 {paid}（已收金额被改动）</source>
        <translation>費用 {charge} 的已收金額為 {stored}，收據實收為 {paid}（已收金額被改動）</translation>
    </message>
    <message>
        <source>费用 {cid} 不存在或不属于 {unit}</source>
        <translation>費用 {cid} 不存在或不屬於 {unit}</translation>
    </message>
    <message>
        <source>费用 {cid}（{item} {period:%Y.%m}）已缴清{who}；本次没有记账，请刷新后再收</source>
        <translation>費用 {cid}（{item} {period:%Y.%m}）已繳清{who}；本次沒有記賬，請重新整理後再收</translation>
    </message>
    <message>
        <source>赠送</source>
        <translation>贈送</translation>
    </message>
    <message>
        <source>赠送的月份不能单独退款，请选择所缴的月份</source>
        <translation>贈送的月份不能單獨退款，請選擇所繳的月份</translation>
    </message>
    <message>
        <source>超限额减免滞纳金</source>
        <translation>超限額減免滯納金</translation>
    </message>
    <message>
        <source>跟进人</source>
        <translation>跟進人</translation>
    </message>
    <message>
        <source>跟进日期</source>
        <translation>跟進日期</translation>
    </message>
    <message>
        <source>路径里有一级不是文件夹</source>
        <translation>路徑裡有一級不是資料夾</translation>
    </message>
    <message>
        <source>跳号记录</source>
        <translation>跳號記錄</translation>
    </message>
    <message>
        <source>跳号（未交代）</source>
        <translation>跳號（未交代）</translation>
    </message>
    <message>
        <source>跳号：本册已用或作废的最大号码以下、既未使用也未作废的表单，须查明交代。</source>
        <translation>跳號：本冊已用或作廢的最大號碼以下、既未使用也未作廢的表單，須查明交代。</translation>
    </message>
    <message>
        <source>跳过</source>
        <translation>跳過</translation>
    </message>
    <message>
        <source>跳过的行：</source>
        <translation>跳過的行：</translation>
    </message>
    <message>
        <source>身份应为{owner}或{tenant}</source>
        <translation>身份應為{owner}或{tenant}</translation>
    </message>
    <message>
        <source>身份证号“{raw}”是 15 位的旧号码，请填写 18 位的号码</source>
        <translation>身份證號“{raw}”是 15 位的舊號碼，請填寫 18 位的號碼</translation>
    </message>
    <message>
        <source>身份证号“{raw}”是 {n} 位，居民身份证号应为 18 位</source>
        <translation>身份證號“{raw}”是 {n} 位，居民身份證號應為 18 位</translation>
    </message>
    <message>
        <source>身份证号“{raw}”是 {n} 位，居民身份证号应为 18 位（如是其他证件，请在 证件类型 中写明）</source>
        <translation>身份證號“{raw}”是 {n} 位，居民身份證號應為 18 位（如是其他證件，請在 證件型別 中寫明）</translation>
    </message>
    <message>
        <source>身份证号“{raw}”的校验位不对，请核对</source>
        <translation>身份證號“{raw}”的校驗位不對，請核對</translation>
    </message>
    <message>
        <source>车位 {code} 已存在</source>
        <translation>車位 {code} 已存在</translation>
    </message>
    <message>
        <source>车位与车牌</source>
        <translation>車位與車牌</translation>
    </message>
    <message>
        <source>车位号</source>
        <translation>車位號</translation>
    </message>
    <message>
        <source>车库</source>
        <translation>車庫</translation>
    </message>
    <message>
        <source>车牌“{plate}”不正确，应如 浙A·12345</source>
        <translation>車牌“{plate}”不正確，應如 浙A·12345</translation>
    </message>
    <message>
        <source>转账</source>
        <translation>轉賬</translation>
    </message>
    <message>
        <source>输出中断：接收输出的程序已关闭</source>
        <translation>輸出中斷：接收輸出的程式已關閉</translation>
    </message>
    <message>
        <source>迁出住户的个人信息保存 {years} 年</source>
        <translation>遷出住戶的個人資訊儲存 {years} 年</translation>
    </message>
    <message>
        <source>迁出日期 {on} 还没到</source>
        <translation>遷出日期 {on} 還沒到</translation>
    </message>
    <message>
        <source>迁移目标必须是数据库服务器地址（postgresql://用户@服务器/数据库）</source>
        <translation>遷移目標必須是資料庫伺服器地址（postgresql://使用者@伺服器/資料庫）</translation>
    </message>
    <message>
        <source>过户日期 {on} 还没到；请在过户当天或之后登记</source>
        <translation>過戶日期 {on} 還沒到；請在過戶當天或之後登記</translation>
    </message>
    <message>
        <source>过户日期应写成 YYYY-MM-DD</source>
        <translation>過戶日期應寫成 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>近 24 个月收费（按费用所属月份，至今）</source>
        <translation>近 24 個月收費（按費用所屬月份，至今）</translation>
    </message>
    <message>
        <source>近 24 个月：应收与至今已收（元）</source>
        <translation>近 24 個月：應收與至今已收（元）</translation>
    </message>
    <message>
        <source>还有未交班的班次，不能日结：{shifts}</source>
        <translation>還有未交班的班次，不能日結：{shifts}</translation>
    </message>
    <message>
        <source>还没有收据</source>
        <translation>還沒有收據</translation>
    </message>
    <message>
        <source>还没有设置发信服务器（管理 → 电子账单设置，或 counter-app mail settings）</source>
        <translation>還沒有設定發信伺服器（管理 → 電子賬單設定，或 counter-app mail settings）</translation>
    </message>
    <message>
        <source>这不是一把公钥（应为 PEM 文件或它的 base64）</source>
        <translation>這不是一把公鑰（應為 PEM 檔案或它的 base64）</translation>
    </message>
    <message>
        <source>这不是本程序导出的密钥文件</source>
        <translation>這不是本程式匯出的金鑰檔案</translation>
    </message>
    <message>
        <source>这个账本没有收据签名密钥（练习账本不签名）</source>
        <translation>這個賬本沒有收據簽名金鑰（練習賬本不簽名）</translation>
    </message>
    <message>
        <source>这张收据存入的预存款已被使用，不能作废，请办理退款</source>
        <translation>這張收據存入的預存款已被使用，不能作廢，請辦理退款</translation>
    </message>
    <message>
        <source>这把公钥不是 Ed25519 公钥</source>
        <translation>這把公鑰不是 Ed25519 公鑰</translation>
    </message>
    <message>
        <source>这是一个文件夹，不是文件</source>
        <translation>這是一個資料夾，不是檔案</translation>
    </message>
    <message>
        <source>这是一个文件夹，请写文件名</source>
        <translation>這是一個資料夾，請寫檔名</translation>
    </message>
    <message>
        <source>这是练习账本：不会向业主发送任何邮件</source>
        <translation>這是練習賬本：不會向業主傳送任何郵件</translation>
    </message>
    <message>
        <source>这是预览，没有写入任何数据。</source>
        <translation>這是預覽，沒有寫入任何資料。</translation>
    </message>
    <message>
        <source>连接不上数据库服务器{where}（网络断开或服务器停机）。本次操作没有记账；{retry}若一直如此，请检查网线或请管理员检查服务器。</source>
        <translation>連線不上資料庫伺服器{where}（網路斷開或伺服器停機）。本次操作沒有記賬；{retry}若一直如此，請檢查網線或請管理員檢查伺服器。</translation>
    </message>
    <message>
        <source>连接设置要求加密（sslmode），但数据库服务器{where}没有开启加密（TLS）。请管理员在服务器上开启 ssl（见 docs/SERVER.md 第 3 节），或改正连接设置。</source>
        <translation>連線設定要求加密（sslmode），但資料庫伺服器{where}沒有開啟加密（TLS）。請管理員在伺服器上開啟 ssl（見 docs/SERVER.md 第 3 節），或改正連線設定。</translation>
    </message>
    <message>
        <source>连续输错密码次数过多，账号已锁定到 {until}，请联系管理员</source>
        <translation>連續輸錯密碼次數過多，賬號已鎖定到 {until}，請聯絡管理員</translation>
    </message>
    <message>
        <source>迟缴月数</source>
        <translation>遲繳月數</translation>
    </message>
    <message>
        <source>退押金</source>
        <translation>退押金</translation>
    </message>
    <message>
        <source>退款</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>退款 {amount} 元不足以退回抹零 {rounding} 元，请多退几项</source>
        <translation>退款 {amount} 元不足以退回抹零 {rounding} 元，請多退幾項</translation>
    </message>
    <message>
        <source>退款单</source>
        <translation>退款單</translation>
    </message>
    <message>
        <source>退款单 {number}</source>
        <translation>退款單 {number}</translation>
    </message>
    <message>
        <source>退款单 {number} 没有审计记录（在程序之外新增）</source>
        <translation>退款單 {number} 沒有審計記錄（在程式之外新增）</translation>
    </message>
    <message>
        <source>退款单 {number} 记在审计记录第 {row} 条，账本里却没有这张退款单（被删除）</source>
        <translation>退款單 {number} 記在審計記錄第 {row} 條，賬本里卻沒有這張退款單（被刪除）</translation>
    </message>
    <message>
        <source>退款单 {number}：退 {original} 共 {amount} 元（{words}），方式 {method}，授权：{authoriser}</source>
        <translation>退款單 {number}：退 {original} 共 {amount} 元（{words}），方式 {method}，授權：{authoriser}</translation>
    </message>
    <message>
        <source>退款单号</source>
        <translation>退款單號</translation>
    </message>
    <message>
        <source>退款单号 {number} 在审计记录中出现 {times} 次</source>
        <translation>退款單號 {number} 在審計記錄中出現 {times} 次</translation>
    </message>
    <message>
        <source>退款原因</source>
        <translation>退款原因</translation>
    </message>
    <message>
        <source>退款必须填写原因</source>
        <translation>退款必須填寫原因</translation>
    </message>
    <message>
        <source>退款支出</source>
        <translation>退款支出</translation>
    </message>
    <message>
        <source>退款方式[:参考号]，方式为 {methods}</source>
        <translation>退款方式[:參考號]，方式為 {methods}</translation>
    </message>
    <message>
        <source>退款方式不正确：{method}</source>
        <translation>退款方式不正確：{method}</translation>
    </message>
    <message>
        <source>退款明细</source>
        <translation>退款明細</translation>
    </message>
    <message>
        <source>退款金额必须大于零</source>
        <translation>退款金額必須大於零</translation>
    </message>
    <message>
        <source>选项 {option} 不明确，可能是：{matches}</source>
        <translation>選項 {option} 不明確，可能是：{matches}</translation>
    </message>
    <message>
        <source>通知单种类应为 due（缴费）或 overdue（催缴），不是“{kind}”</source>
        <translation>通知單種類應為 due（繳費）或 overdue（催繳），不是“{kind}”</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>逾期合计</source>
        <translation>逾期合計</translation>
    </message>
    <message>
        <source>逾期天数</source>
        <translation>逾期天數</translation>
    </message>
    <message>
        <source>逾期本金</source>
        <translation>逾期本金</translation>
    </message>
    <message>
        <source>邮箱</source>
        <translation>郵箱</translation>
    </message>
    <message>
        <source>邮箱“{raw}”格式不对（应为 名字@域名，如 zhang@example.com）</source>
        <translation>郵箱“{raw}”格式不對（應為 名字@域名，如 zhang@example.com）</translation>
    </message>
    <message>
        <source>邮箱或手机</source>
        <translation>郵箱或手機</translation>
    </message>
    <message>
        <source>部分已缴</source>
        <translation>部分已繳</translation>
    </message>
    <message>
        <source>重印收据</source>
        <translation>重印收據</translation>
    </message>
    <message>
        <source>重开人</source>
        <translation>重開人</translation>
    </message>
    <message>
        <source>重开日结需要 --reason 原因</source>
        <translation>重開日結需要 --reason 原因</translation>
    </message>
    <message>
        <source>重开时间</source>
        <translation>重開時間</translation>
    </message>
    <message>
        <source>重开记录</source>
        <translation>重開記錄</translation>
    </message>
    <message>
        <source>重新打开日结必须填写原因</source>
        <translation>重新開啟日結必須填寫原因</translation>
    </message>
    <message>
        <source>重新打开日结的原因</source>
        <translation>重新開啟日結的原因</translation>
    </message>
    <message>
        <source>重算前有 {n} 处留存数字与账目不符：</source>
        <translation>重算前有 {n} 處留存數字與賬目不符：</translation>
    </message>
    <message>
        <source>重算前留存数字与账目一致</source>
        <translation>重算前留存數字與賬目一致</translation>
    </message>
    <message>
        <source>重算留存数字</source>
        <translation>重算留存數字</translation>
    </message>
    <message>
        <source>重置密码需要 --new-password</source>
        <translation>重置密碼需要 --new-password</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>金额“{text}”应为整数分</source>
        <translation>金額“{text}”應為整數分</translation>
    </message>
    <message>
        <source>金额必须大于零</source>
        <translation>金額必須大於零</translation>
    </message>
    <message>
        <source>金额过大，请核对</source>
        <translation>金額過大，請核對</translation>
    </message>
    <message>
        <source>金额（元），如 1234.50</source>
        <translation>金額（元），如 1234.50</translation>
    </message>
    <message>
        <source>金额：{amount} 元</source>
        <translation>金額：{amount} 元</translation>
    </message>
    <message>
        <source>钱箱已打开（{where}），已记入审计日志</source>
        <translation>錢箱已開啟（{where}），已記入審計日誌</translation>
    </message>
    <message>
        <source>钱箱没有打开：{where} 无法连接（{why}）</source>
        <translation>錢箱沒有開啟：{where} 無法連線（{why}）</translation>
    </message>
    <message>
        <source>钱箱没有打开：打印队列 {name} 拒绝了任务（lp 退出码 {code}）</source>
        <translation>錢箱沒有開啟：列印佇列 {name} 拒絕了任務（lp 退出碼 {code}）</translation>
    </message>
    <message>
        <source>钱箱的应有现金不够付出 {amount} 元，请核对金额</source>
        <translation>錢箱的應有現金不夠付出 {amount} 元，請核對金額</translation>
    </message>
    <message>
        <source>钱箱的应有现金只有 {held} 元，不够付出 {amount} 元，请核对金额</source>
        <translation>錢箱的應有現金只有 {held} 元，不夠付出 {amount} 元，請核對金額</translation>
    </message>
    <message>
        <source>钱箱连接 {spec} 无法识别（可用：network:地址、usb:VID:PID、serial:端口、queue:打印机）</source>
        <translation>錢箱連線 {spec} 無法識別（可用：network:地址、usb:VID:PID、serial:埠、queue:印表機）</translation>
    </message>
    <message>
        <source>钱箱连接 {spec} 无法识别：USB 需要 usb:厂商号:产品号（十六进制）</source>
        <translation>錢箱連線 {spec} 無法識別：USB 需要 usb:廠商號:產品號（十六進位制）</translation>
    </message>
    <message>
        <source>银行代扣</source>
        <translation>銀行代扣</translation>
    </message>
    <message>
        <source>银行代扣（授权、批量文件、回盘）</source>
        <translation>銀行代扣（授權、批次檔案、回盤）</translation>
    </message>
    <message>
        <source>银行卡</source>
        <translation>銀行卡</translation>
    </message>
    <message>
        <source>银行账号应为 12 到 30 位数字</source>
        <translation>銀行賬號應為 12 到 30 位數字</translation>
    </message>
    <message>
        <source>错误：{text}</source>
        <translation>錯誤：{text}</translation>
    </message>
    <message>
        <source>锚点第 {number} 条不在账本中：审计链只有 {count} 条（之后的记录被截去）</source>
        <translation>錨點第 {number} 條不在賬本中：審計鏈只有 {count} 條（之後的記錄被截去）</translation>
    </message>
    <message>
        <source>长款</source>
        <translation>長款</translation>
    </message>
    <message>
        <source>长短款</source>
        <translation>長短款</translation>
    </message>
    <message>
        <source>长短款合计</source>
        <translation>長短款合計</translation>
    </message>
    <message>
        <source>问题清单已写入 {path}，可在 Excel 中对照修改</source>
        <translation>問題清單已寫入 {path}，可在 Excel 中對照修改</translation>
    </message>
    <message>
        <source>问题：</source>
        <translation>問題：</translation>
    </message>
    <message>
        <source>阶梯上限</source>
        <translation>階梯上限</translation>
    </message>
    <message>
        <source>阶梯上限:单价，如 18:2.90；最后一档不设上限写成 :6.70</source>
        <translation>階梯上限:單價，如 18:2.90；最後一檔不設上限寫成 :6.70</translation>
    </message>
    <message>
        <source>阶梯上限应从小到大、大于零，只有最后一档可以不设上限（写成 :单价）</source>
        <translation>階梯上限應從小到大、大於零，只有最後一檔可以不設上限（寫成 :單價）</translation>
    </message>
    <message>
        <source>阶梯价格没有覆盖全部用量（最后一档应不设上限）</source>
        <translation>階梯價格沒有覆蓋全部用量（最後一檔應不設上限）</translation>
    </message>
    <message>
        <source>阶梯写成 上限:单价，用逗号分开，最后一档写成 :单价，如 18:2.90, 25:3.85, :6.70</source>
        <translation>階梯寫成 上限:單價，用逗號分開，最後一檔寫成 :單價，如 18:2.90, 25:3.85, :6.70</translation>
    </message>
    <message>
        <source>阶梯单价</source>
        <translation>階梯單價</translation>
    </message>
    <message>
        <source>隐藏的列，未读取：{columns}</source>
        <translation>隱藏的列，未讀取：{columns}</translation>
    </message>
    <message>
        <source>零星采购</source>
        <translation>零星採購</translation>
    </message>
    <message>
        <source>零钱补充</source>
        <translation>零錢補充</translation>
    </message>
    <message>
        <source>需要一个值</source>
        <translation>需要一個值</translation>
    </message>
    <message>
        <source>需跟进</source>
        <translation>需跟進</translation>
    </message>
    <message>
        <source>需跟进或投诉时请填写跟进人</source>
        <translation>需跟進或投訴時請填寫跟進人</translation>
    </message>
    <message>
        <source>非现金付款 {non_cash} 元超过应收 {due} 元</source>
        <translation>非現金付款 {non_cash} 元超過應收 {due} 元</translation>
    </message>
    <message>
        <source>面积</source>
        <translation>面積</translation>
    </message>
    <message>
        <source>面积 {area}㎡ 不合理，请核对</source>
        <translation>面積 {area}㎡ 不合理，請核對</translation>
    </message>
    <message>
        <source>面积 × 单价</source>
        <translation>面積 × 單價</translation>
    </message>
    <message>
        <source>面额</source>
        <translation>面額</translation>
    </message>
    <message>
        <source>面额x张数，以逗号分隔，如 100x12,50x3,0.1x4</source>
        <translation>面額x張數，以逗號分隔，如 100x12,50x3,0.1x4</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>專案</translation>
    </message>
    <message>
        <source>项目:月数，如 WYF:6</source>
        <translation>專案:月數，如 WYF:6</translation>
    </message>
    <message>
        <source>项目[:金额[:说明]]，如 ZXYJ:2000:装修押金</source>
        <translation>專案[:金額[:說明]]，如 ZXYJ:2000:裝修押金</translation>
    </message>
    <message>
        <source>项目代码为 1 到 16 位大写字母、数字或 _，以字母开头，如 WYF</source>
        <translation>專案程式碼為 1 到 16 位大寫字母、數字或 _，以字母開頭，如 WYF</translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation>專案名稱</translation>
    </message>
    <message>
        <source>预交月数应在 1 到 120 之间</source>
        <translation>預交月數應在 1 到 120 之間</translation>
    </message>
    <message>
        <source>预存余额</source>
        <translation>預存餘額</translation>
    </message>
    <message>
        <source>预存余额 {amount} 元</source>
        <translation>預存餘額 {amount} 元</translation>
    </message>
    <message>
        <source>预存余额不足：余额 {balance} 元，拟抵扣 {used} 元</source>
        <translation>預存餘額不足：餘額 {balance} 元，擬抵扣 {used} 元</translation>
    </message>
    <message>
        <source>预存余额为业主预交、尚未抵扣的款项；押金为已收未退的押金（含启用本系统前收取的期初押金）。</source>
        <translation>預存餘額為業主預交、尚未抵扣的款項；押金為已收未退的押金（含啟用本系統前收取的期初押金）。</translation>
    </message>
    <message>
        <source>预存余额合计</source>
        <translation>預存餘額合計</translation>
    </message>
    <message>
        <source>预存抵扣</source>
        <translation>預存抵扣</translation>
    </message>
    <message>
        <source>预存抵扣只能有一笔</source>
        <translation>預存抵扣只能有一筆</translation>
    </message>
    <message>
        <source>预存抵扣（不收现金）</source>
        <translation>預存抵扣（不收現金）</translation>
    </message>
    <message>
        <source>预存款</source>
        <translation>預存款</translation>
    </message>
    <message>
        <source>预存流水</source>
        <translation>預存流水</translation>
    </message>
    <message>
        <source>预存自动扣费</source>
        <translation>預存自動扣費</translation>
    </message>
    <message>
        <source>预存金额不正确</source>
        <translation>預存金額不正確</translation>
    </message>
    <message>
        <source>预存（含多付转预存）</source>
        <translation>預存（含多付轉預存）</translation>
    </message>
    <message>
        <source>预测基准月 {month} 应为已结束的月份（{last} 或更早）</source>
        <translation>預測基準月 {month} 應為已結束的月份（{last} 或更早）</translation>
    </message>
    <message>
        <source>领用人</source>
        <translation>領用人</translation>
    </message>
    <message>
        <source>（{columns} 列被隐藏了，请取消隐藏）</source>
        <translation>（{columns} 列被隱藏了，請取消隱藏）</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>，</source>
        <translation>，</translation>
    </message>
    <message>
        <source>，{at:%m-%d %H:%M} 由 {cashier} 收取（收据 {number}）</source>
        <translation>，{at:%m-%d %H:%M} 由 {cashier} 收取（收據 {number}）</translation>
    </message>
    <message>
        <source>，冲销 {number}</source>
        <translation>，沖銷 {number}</translation>
    </message>
    <message>
        <source>，授权：{authoriser}</source>
        <translation>，授權：{authoriser}</translation>
    </message>
    <message>
        <source>，锁定到 {until}（连续输错密码）</source>
        <translation>，鎖定到 {until}（連續輸錯密碼）</translation>
    </message>
    <message>
        <source>；</source>
        <translation>；</translation>
    </message>
    <message>
        <source>；钱箱现金 {change} 元</source>
        <translation>；錢箱現金 {change} 元</translation>
    </message>
</context>
</TS>