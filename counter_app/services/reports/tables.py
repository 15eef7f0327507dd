"""The arrears list and the monthly collection report as report sections, and the PDF, Excel and
CSV files written from them (one set of rows for every form, so they never disagree)."""
from __future__ import annotations

from pathlib import Path

from ...core.collection import RATE_NAMES, rate_text
from ...core.errors import Finding, Word
from ...core.figures import NAMES
from ...core.discounts import NAME as DISCOUNT_NAME
from ...core.offers import REPORT_LINE as OFFER_LINE
from ...core.rounding import NAME as ROUNDING_NAME
from ...core.tables import TOTAL, Fen, Section, money_rows
from ...documents.charts import bar_chart
from ...documents.report_pdf import render_report_pdf
from ..common import exports
from .arrears import ArrearsReport
from .collection import CollectionReport
from .dashboard import Dashboard
from .holdings import HoldingsReport


def arrears_sections(r: ArrearsReport) -> list[Section]:
    summary = (("截至", r.as_of.isoformat()), ("范围", Finding("{building} 栋", building=r.building) if r.building else "全部楼栋"),
               ("欠费户数", len(r.lines)), (NAMES["overdue"], Fen(r.principal_fen)),
               ("滞纳金（计至截至日）", Fen(r.late_fee_fen)), (NAMES["overdue_total"], Fen(r.principal_fen + r.late_fee_fen)),
               ("未列入", f"未到期及截至日当天到期的费用（{NAMES['total']}见收费窗口）"))
    sections = [Section("概要", ("项目", "内容"), summary),
                Section("账龄（按最早一笔欠费逾期天数）", ("账龄", "户数", NAMES["overdue"], "占比"),
                        tuple((label, units, Fen(owed), rate_text(owed, r.principal_fen))
                              for label, units, owed in r.buckets)
                        + ((TOTAL, len(r.lines), Fen(r.principal_fen), rate_text(r.principal_fen, r.principal_fen)),)),
                # A unit owing several items counts under each: the units do not add up, the amounts do.
                Section("按收费项目", ("收费项目", "户数", NAMES["overdue"]),
                        tuple((name, units, Fen(owed)) for name, units, owed in r.by_item)
                        + ((TOTAL, "", Fen(r.principal_fen)),))]
    shown, title = r.lines, "欠费明细"
    sections.append(Section(
        title, ("房号", "业主", "电话", "欠费项目", "最早欠费月份", "笔数", NAMES["overdue"], NAMES["late_fee"],
                NAMES["overdue_total"], NAMES["days_overdue"], "账龄"),
        tuple((ln.code, ln.owner, ln.phone, ln.items, f"{ln.first_period:%Y-%m}", ln.charges, Fen(ln.principal_fen),
               Fen(ln.late_fee_fen), Fen(ln.total_fen), ln.oldest_days, ln.bucket) for ln in shown)
        + ((TOTAL, "", "", "", "", sum(ln.charges for ln in shown), Fen(sum(ln.principal_fen for ln in shown)),
            Fen(sum(ln.late_fee_fen for ln in shown)), Fen(sum(ln.total_fen for ln in shown)), "", ""),)
        if shown else ()))
    return sections


def collection_sections(r: CollectionReport) -> list[Section]:
    summary = (("月份", r.month), ("截至", r.as_of.isoformat()), ("当期应收", Fen(r.billed_fen)),
               ("当期实收", Fen(r.collected_fen)), ("应收户数", r.units_billed), ("缴清户数", r.units_paid),
               *month_rates(r))
    items = tuple((i.item, Fen(i.billed_fen), Fen(i.collected_fen), i.rate, i.units_billed, i.units_paid,
                   rate_text(i.units_paid, i.units_billed)) for i in r.items)
    # Households are counted once in the total (one may be billed for several items).
    items += ((TOTAL, Fen(r.billed_fen), Fen(r.collected_fen), r.rate, r.units_billed, r.units_paid, r.unit_rate),)
    cash = tuple((c.item, Fen(c.current_fen), Fen(c.arrears_fen), Fen(c.advance_fen), Fen(c.total_fen))
                 for c in r.cash)
    cash += ((TOTAL, Fen(sum(c.current_fen for c in r.cash)), Fen(sum(c.arrears_fen for c in r.cash)),
              Fen(sum(c.advance_fen for c in r.cash)), Fen(sum(c.total_fen for c in r.cash))),)
    takings = (("收据张数", r.receipts), ("收费本金", Fen(sum(c.total_fen for c in r.cash))),
               ("滞纳金", Fen(r.late_fees_fen)), ("减免", Fen(r.waived_fen)), ("存入预存", Fen(r.topups_fen)),
               *(((DISCOUNT_NAME, Fen(-r.discount_fen)),) if r.discount_fen else ()),
               *(((ROUNDING_NAME, Fen(r.rounding_fen)),) if r.rounding_fen else ()),
               *(((OFFER_LINE, Fen(-r.offer_fen)),) if r.offer_fen else ()),
               ("收款合计（各日日结之和）", Fen(r.received_fen)), ("预存抵扣（不收现金）", Fen(r.deductions_fen)),
               ("退款支出", Fen(r.refunds_fen)))
    return [Section("概要", ("项目", "内容"), summary),
            Section("当期收费率（按收费项目）", ("收费项目", "当期应收", "当期实收", "收费率", "应收户数", "缴清户数",
                                       "户收费率"), items),
            Section("本月柜台收款（按所缴费用的期间）", ("收费项目", "当期", "往期（柜台）", "以后各期（柜台）", "合计"),
                    cash),
            Section("本月收款合计", ("项目", "金额"), takings)]


def holdings_sections(r: HoldingsReport) -> list[Section]:
    summary = (("截至", r.as_of.isoformat()), ("范围", Finding("{building} 栋", building=r.building) if r.building else "全部楼栋"),
               ("户数", len(r.lines)), ("预存余额合计", Fen(r.prepaid_fen)), ("押金合计", Fen(r.deposits_fen)),
               (TOTAL, Fen(r.prepaid_fen + r.deposits_fen)))
    detail = tuple((ln.code, ln.owner, Fen(ln.prepaid_fen), Fen(ln.deposits_fen), Fen(ln.total_fen)) for ln in r.lines)
    if detail:
        detail += ((TOTAL, "", Fen(r.prepaid_fen), Fen(r.deposits_fen), Fen(r.prepaid_fen + r.deposits_fen)),)
    return [Section("概要", ("项目", "内容"), summary),
            Section("各户预存与押金", ("房号", "业主", "预存余额", "押金", "合计"), detail)]


def holdings_pdf(r: HoldingsReport) -> bytes:
    return render_report_pdf(f"预存与押金（截至 {r.as_of.isoformat()}）", f"{r.title}　{r.company}",
                             holdings_sections(r), footer="预存余额为业主预交、尚未抵扣的款项；押金为已收未退的押金"
                                                         "（含启用本系统前收取的期初押金）。")


def write_holdings(r: HoldingsReport, folder: str | Path) -> list[Path]:
    stem = f"holdings-{r.as_of.isoformat()}" + (f"-{r.building}" if r.building else "")
    return exports.write_report_files(folder, stem, holdings_pdf(r), holdings_sections(r))


def month_rates(r: CollectionReport) -> tuple[tuple, ...]:
    """The month's rates and what they are made of, by RATE_NAMES: the collection report's summary
    and the dashboard's show these same rows."""
    return ((RATE_NAMES["rate"], r.rate), (RATE_NAMES["unit_rate"], r.unit_rate),
            (f"{RATE_NAMES['arrears_recovered']}（收回往期欠费）", Fen(r.arrears_recovered_fen)),
            ("往期尚欠", Fen(r.arrears_open_fen)), (RATE_NAMES["recovery_rate"], r.recovery_rate),
            (f"{RATE_NAMES['advance']}（柜台收以后各期）", Fen(sum(c.advance_fen for c in r.cash))))


def dashboard_sections(d: Dashboard) -> list[Section]:
    r = d.month_report
    summary = (("今天", d.today.isoformat()), ("今日实收", Fen(d.day.received_fen)), ("月份", d.month),
               ("本月实收", Fen(d.month_takings.received_fen)),
               *((f"本月{name}（截至 {r.as_of}）", value) for name, value in month_rates(r)),
               ("习惯性迟缴户", Finding("{n} 户（{first}–{last} 中迟缴 6 个月以上）", n=len(d.late),
                                         first=d.late_window[0], last=d.late_window[-1])))
    sections = [Section("概要", ("项目", "内容"), summary)]
    for when, t in (("今日", d.day), ("本月", d.month_takings)):
        # each breakdown adds up to what was received (tested): its 合计 is that figure
        sections += [Section(Finding("{when}按收费项目", when=Word(when)), ("收费项目", "金额"),
                             money_rows(t.by_item, t.received_fen)),
                     Section(Finding("{when}按付款方式", when=Word(when)), ("付款方式", "金额"),
                             money_rows(t.by_tender, t.received_fen)),
                     Section(Finding("{when}按收款员", when=Word(when)), ("收款员", "金额"),
                             money_rows(t.by_cashier, t.received_fen))]
    sections.append(Section("近 24 个月收费（按费用所属月份，至今）",
                            ("月份", "应收", "至今已收", RATE_NAMES["rate_to_date"], "至今未收"),
                            tuple((p.month, Fen(p.billed_fen), Fen(p.collected_fen), p.rate, Fen(p.owed_fen))
                                  for p in d.trend)))
    sections.append(Section("习惯性迟缴户", ("房号", "业主", "迟缴月数", NAMES["total"]),
                            tuple((p.code, p.owner, len(p.late_months), Fen(p.owed_fen)) for p in d.late)))
    return sections


def dashboard_charts(d: Dashboard) -> list:
    labels = [p.month[2:] for p in d.trend]
    return [bar_chart("近 24 个月：应收与至今已收（元）", labels, [("应收", [p.billed_fen for p in d.trend]),
                                                               ("至今已收", [p.collected_fen for p in d.trend])]),
            bar_chart("各月费用至今未收（元）", labels, [("未收", [p.owed_fen for p in d.trend])])]


def dashboard_pdf(d: Dashboard) -> bytes:
    return render_report_pdf(f"经营看板 {d.month}", f"{d.title}　{d.company}", dashboard_sections(d),
                             charts=dashboard_charts(d), signatures="",
                             footer="今日与本月实收同日结报表与月度收费汇总；本月收费率、户收费率、清欠、清缴率、预收即月度收费汇总的数字；"
                                    "至今收费率按费用所属月份、以今天已收计。")


def write_dashboard(d: Dashboard, folder: str | Path) -> list[Path]:
    return exports.write_report_files(folder, f"dashboard-{d.month}", dashboard_pdf(d), dashboard_sections(d))


def arrears_pdf(r: ArrearsReport) -> bytes:
    phones = "电话为完整号码，仅限内部催缴使用，不得外传。" if r.full_phones else "电话已遮蔽。"
    # Landscape: eleven columns, each as wide as its content, so a unit is one line.
    return render_report_pdf(f"欠费清单（截至 {r.as_of.isoformat()}）", f"{r.title}　{r.company}",
                             arrears_sections(r), page="a4-landscape",
                             footer=f"滞纳金按各收费项目的规定计至截至日；{phones}")


def collection_pdf(r: CollectionReport) -> bytes:
    return render_report_pdf(f"月度收费汇总 {r.month}", f"{r.title}　{r.company}", collection_sections(r),
                             footer="收费率 = 当期实收 ÷ 当期应收；户收费率 = 缴清户数 ÷ 应收户数；"
                                    "清缴率 = 收回往期欠费 ÷（收回 + 尚欠）。费用按其期间起始月份归属。")


def write_arrears(r: ArrearsReport, folder: str | Path) -> list[Path]:
    stem = f"arrears-{r.as_of.isoformat()}" + (f"-{r.building}" if r.building else "")
    return exports.write_report_files(folder, stem, arrears_pdf(r), arrears_sections(r))


def write_collection(r: CollectionReport, folder: str | Path) -> list[Path]:
    return exports.write_report_files(folder, f"collection-{r.month}", collection_pdf(r), collection_sections(r))
