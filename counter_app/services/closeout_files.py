"""Writing a shift's or a day's report as PDF (A4, and the 80 mm roll for a shift), XLSX and CSV,
all from the same sections."""
from __future__ import annotations

from pathlib import Path

from ..documents.report_pdf import render_report_pdf
from . import exports
from .closeout import DayReport, ShiftReport
from .closeout_tables import day_sections, shift_sections, title_of_shift


def shift_pdf(report: ShiftReport, page: str = "a4") -> bytes:
    mark = "中间报表（X）· 仅供核对，不改变任何数据 / INTERIM" if report.kind == "X" else ""
    return render_report_pdf(title_of_shift(report), f"{report.title}　{report.company}", shift_sections(report),
                             page=page, mark=mark)


def day_pdf(report: DayReport) -> bytes:
    mark = "" if report.status == "closed" else "未日结 · 数字可能变化 / NOT CLOSED"
    if report.open_shifts:
        mark += "　未交班：" + "；".join(report.open_shifts)
    return render_report_pdf(f"日结报表 {report.business_date}", f"{report.title}　{report.company}",
                             day_sections(report), mark=mark)


def write_shift(report: ShiftReport, folder: str | Path) -> list[Path]:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"shift-{report.shift_id}-{report.z_number or 'X'}"
    sections = shift_sections(report)
    (folder / f"{stem}.pdf").write_bytes(shift_pdf(report))
    (folder / f"{stem}-80mm.pdf").write_bytes(shift_pdf(report, "80mm"))
    return [folder / f"{stem}.pdf", folder / f"{stem}-80mm.pdf",
            exports.write_sections_xlsx(folder / f"{stem}.xlsx", sections),
            exports.write_sections_csv(folder / f"{stem}.csv", sections)]


def write_day(report: DayReport, folder: str | Path) -> list[Path]:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"day-{report.business_date}"
    sections = day_sections(report)
    (folder / f"{stem}.pdf").write_bytes(day_pdf(report))
    return [folder / f"{stem}.pdf", exports.write_sections_xlsx(folder / f"{stem}.xlsx", sections),
            exports.write_sections_csv(folder / f"{stem}.csv", sections)]
