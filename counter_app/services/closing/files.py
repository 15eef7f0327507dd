"""Writing a shift's or a day's report as PDF (A4, and the 80 mm roll for a shift), XLSX and CSV,
all from the same sections."""
from __future__ import annotations

from pathlib import Path

from ...documents.report_pdf import CLOSE_OUT_SIGNATURES, render_report_pdf
from ..common import exports
from .close import DayReport, ShiftReport
from .tables import day_sections, shift_sections, title_of_shift


def shift_pdf(report: ShiftReport, page: str = "a4") -> bytes:
    mark = "中间报表（X）· 仅供核对，不改变任何数据" if report.kind == "X" else ""
    return render_report_pdf(title_of_shift(report), f"{report.title}　{report.company}", shift_sections(report),
                             page=page, mark=mark, signatures=CLOSE_OUT_SIGNATURES)


def day_pdf(report: DayReport) -> bytes:
    mark = "" if report.status == "closed" else "未日结 · 数字可能变化"
    if report.open_shifts:
        mark += "　未交班：" + "；".join(report.open_shifts)
    return render_report_pdf(f"日结报表 {report.business_date}", f"{report.title}　{report.company}",
                             day_sections(report), mark=mark, signatures=CLOSE_OUT_SIGNATURES)


def write_shift(report: ShiftReport, folder: str | Path) -> list[Path]:
    stem = f"shift-{report.shift_id}-{report.z_number or 'X'}"
    files = exports.write_report_files(folder, stem, shift_pdf(report), shift_sections(report))
    roll = Path(folder) / f"{stem}-80mm.pdf"
    roll.write_bytes(shift_pdf(report, "80mm"))
    return files[:1] + [roll] + files[1:]


def write_day(report: DayReport, folder: str | Path) -> list[Path]:
    return exports.write_report_files(folder, f"day-{report.business_date}", day_pdf(report), day_sections(report))
