"""Words shown from data (statuses, tender names, column headers): marked here for translation,
looked up at run time with `label()`."""
from __future__ import annotations

from PyQt6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Labels"

MARKED = (
    # charge statuses (core/ledger)
    QT_TRANSLATE_NOOP("Labels", "逾期"), QT_TRANSLATE_NOOP("Labels", "未缴"), QT_TRANSLATE_NOOP("Labels", "部分已缴"),
    # tenders (core/tenders.METHODS)
    QT_TRANSLATE_NOOP("Labels", "现金"), QT_TRANSLATE_NOOP("Labels", "银行卡"), QT_TRANSLATE_NOOP("Labels", "微信支付"),
    QT_TRANSLATE_NOOP("Labels", "支付宝"), QT_TRANSLATE_NOOP("Labels", "转账"), QT_TRANSLATE_NOOP("Labels", "预存抵扣"),
    QT_TRANSLATE_NOOP("Labels", "银行代扣"),
    QT_TRANSLATE_NOOP("Labels", "折扣/减免（不收款）"), QT_TRANSLATE_NOOP("Labels", "赠送"),
    # receipt kinds and states
    QT_TRANSLATE_NOOP("Labels", "预存扣款"), QT_TRANSLATE_NOOP("Labels", "有效"), QT_TRANSLATE_NOOP("Labels", "作废"),
    QT_TRANSLATE_NOOP("Labels", "已退款"), QT_TRANSLATE_NOOP("Labels", "房号"), QT_TRANSLATE_NOOP("Labels", "交款人"),
    QT_TRANSLATE_NOOP("Labels", "已解答"), QT_TRANSLATE_NOOP("Labels", "需跟进"), QT_TRANSLATE_NOOP("Labels", "投诉"),
    # charge table
    QT_TRANSLATE_NOOP("Labels", "选择"), QT_TRANSLATE_NOOP("Labels", "项目"), QT_TRANSLATE_NOOP("Labels", "起止日期"),
    QT_TRANSLATE_NOOP("Labels", "计费依据"), QT_TRANSLATE_NOOP("Labels", "应收"), QT_TRANSLATE_NOOP("Labels", "已收"),
    QT_TRANSLATE_NOOP("Labels", "欠费"), QT_TRANSLATE_NOOP("Labels", "滞纳金"), QT_TRANSLATE_NOOP("Labels", "状态"),
    # history table
    QT_TRANSLATE_NOOP("Labels", "收据号"), QT_TRANSLATE_NOOP("Labels", "时间"), QT_TRANSLATE_NOOP("Labels", "金额"),
    QT_TRANSLATE_NOOP("Labels", "付款方式"), QT_TRANSLATE_NOOP("Labels", "收款人"),
    # unit fields
    QT_TRANSLATE_NOOP("Labels", "住户"), QT_TRANSLATE_NOOP("Labels", "面积/类型"), QT_TRANSLATE_NOOP("Labels", "车位/车牌"),
    QT_TRANSLATE_NOOP("Labels", "预存余额"), QT_TRANSLATE_NOOP("Labels", "押金"), QT_TRANSLATE_NOOP("Labels", "备注"),
    QT_TRANSLATE_NOOP("Labels", "最近催缴"),
    # reminder channels (services/reports/reminders.CHANNELS)
    QT_TRANSLATE_NOOP("Labels", "通知单"), QT_TRANSLATE_NOOP("Labels", "电话"), QT_TRANSLATE_NOOP("Labels", "上门"),
    QT_TRANSLATE_NOOP("Labels", "短信/微信"),
    # notice kinds (services/reports/notices.KINDS)
    QT_TRANSLATE_NOOP("Labels", "缴费通知单"), QT_TRANSLATE_NOOP("Labels", "催缴通知单"),
    # what a unit owes (core/figures.NAMES)
    QT_TRANSLATE_NOOP("Labels", "应缴合计"), QT_TRANSLATE_NOOP("Labels", "到期应缴"), QT_TRANSLATE_NOOP("Labels", "逾期合计"),
    QT_TRANSLATE_NOOP("Labels", "逾期本金"), QT_TRANSLATE_NOOP("Labels", "今日到期"),
    QT_TRANSLATE_NOOP("Labels", "未缴本金"), QT_TRANSLATE_NOOP("Labels", "逾期天数"), QT_TRANSLATE_NOOP("Labels", "滞纳天数"),
    # floor grid states (services/reports/floor_grid.STATES)
    QT_TRANSLATE_NOOP("Labels", "已缴清"), QT_TRANSLATE_NOOP("Labels", "未到期"), QT_TRANSLATE_NOOP("Labels", "长期欠费"),
    QT_TRANSLATE_NOOP("Labels", "空置"),
    # collect actions
    QT_TRANSLATE_NOOP("Labels", "收选中"), QT_TRANSLATE_NOOP("Labels", "全部缴清"), QT_TRANSLATE_NOOP("Labels", "按金额收"),
    QT_TRANSLATE_NOOP("Labels", "预交"), QT_TRANSLATE_NOOP("Labels", "押金/临时收费"), QT_TRANSLATE_NOOP("Labels", "咨询"),
    # kinds of data imported (services/imports/kinds) and what a row would do (imports/spec.ACTION_NAMES)
    QT_TRANSLATE_NOOP("Labels", "楼栋与房屋"), QT_TRANSLATE_NOOP("Labels", "业主与住户"),
    QT_TRANSLATE_NOOP("Labels", "车位与车牌"), QT_TRANSLATE_NOOP("Labels", "抄表读数"), QT_TRANSLATE_NOOP("Labels", "期初欠费"),
    QT_TRANSLATE_NOOP("Labels", "押金"), QT_TRANSLATE_NOOP("Labels", "新增"), QT_TRANSLATE_NOOP("Labels", "修改"),
    QT_TRANSLATE_NOOP("Labels", "不变"), QT_TRANSLATE_NOOP("Labels", "拒绝"), QT_TRANSLATE_NOOP("Labels", "跳过"),
)


def label(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)
